"""The bundled fonts: present with their licence, carried by both packagings, registered."""

from __future__ import annotations

import tomllib
from pathlib import Path

from PySide6.QtGui import QFontDatabase

from backplan.reports.fonts import (
    FONT_FAMILIES,
    LICENCE_FILE,
    font_paths,
    register_fonts,
    registered_families,
)
from backplan.resources_path import resources_dir

ROOT = Path(__file__).resolve().parents[2]


def test_the_fonts_and_their_licence_are_in_the_resources() -> None:
    for path in font_paths():
        assert path.is_file() and path.stat().st_size > 50_000, path
    licence = (resources_dir() / "fonts" / LICENCE_FILE).read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in licence
    assert "PERMISSION & CONDITIONS" in licence


def test_both_packagings_carry_the_resources_and_jpeg_support() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    force = project["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    assert force["resources"] == "backplan/resources"  # resources/fonts with it
    spec = (ROOT / "packaging" / "backplan.spec").read_text(encoding="utf-8")
    assert '(str(ROOT / "resources"), "backplan/resources")' in spec
    assert "libqjpeg.so" in spec  # custom.image may be a JPEG


def test_registered_for_qt(qapp: object) -> None:
    """What the window does at start (app.py), so Hindi shows without system fonts."""
    register_fonts()
    # From backplan's own files, whatever the system has installed.
    assert set(registered_families()) == set(FONT_FAMILIES)
    families = set(QFontDatabase.families())
    for family in FONT_FAMILIES:
        assert family in families, family
    assert QFontDatabase.WritingSystem.Devanagari in QFontDatabase.writingSystems("Noto Sans Devanagari")
