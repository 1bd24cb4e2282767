"""The version of backplan, kept in this one place.

``pyproject.toml`` reads it (hatchling's ``[tool.hatch.version]``) for the package
metadata, and ``backplan.__version__`` imports it: a constant costs nothing at start,
where asking ``importlib.metadata`` cost 50-100 ms (it imports email, zipfile, csv...
and scans the installed distributions) before the window could open.
"""

__version__ = "0.1.0"
