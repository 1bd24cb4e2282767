"""backplan: organizes the back-pain plan a clinician set."""

from importlib.metadata import PackageNotFoundError, version

APP_ID = "org.backplan.Backplan"
APP_NAME = "backplan"
ORG_NAME = "backplan"
ORG_DOMAIN = "backplan.org"

try:
    __version__ = version("backplan")
except PackageNotFoundError:  # running from a checkout without an install
    __version__ = "0.0.0+checkout"
