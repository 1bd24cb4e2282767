"""backplan: organizes the back-pain plan a clinician set."""

from backplan._version import __version__

APP_ID = "org.backplan.Backplan"
APP_NAME = "backplan"
ORG_NAME = "backplan"
ORG_DOMAIN = "backplan.org"

__all__ = ["APP_ID", "APP_NAME", "ORG_DOMAIN", "ORG_NAME", "__version__"]
