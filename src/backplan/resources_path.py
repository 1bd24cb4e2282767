"""Finds the bundled ``resources/`` folder from a wheel, a bundle or a checkout."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    here = Path(__file__).resolve().parent
    candidates = [
        here / "resources",  # installed wheel (force-included) or PyInstaller bundle
        here.parent.parent / "resources",  # checkout: src/backplan -> repo root
    ]
    bundle_root = getattr(sys, "_MEIPASS", None)
    if bundle_root:
        candidates.insert(0, Path(bundle_root) / "backplan" / "resources")
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("backplan's resources folder was not found")
