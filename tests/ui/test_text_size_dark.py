"""Large text reaches the whole window and the routine player; light and dark read at AA.

WCAG AA asks for 4.5:1 between normal text and its background. The palette pairs are
checked in the light and in the dark scheme, and so is every colour the ui code writes
itself (found by scanning it for colour literals), against the backgrounds it is drawn on.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from backplan.bootstrap import open_services
from backplan.domain.clock import FixedClock
from backplan.ui.common.theme import (
    AA_CONTRAST,
    ERROR_ON_DARK,
    ERROR_ON_LIGHT,
    READ_PAIRS,
    apply_color_scheme,
    apply_text_scale,
    contrast_ratio,
    error_color,
)
from backplan.ui.routine.player import RoutinePlayer

PROJECT = Path(__file__).resolve().parents[2]
EXAMPLES = PROJECT / "tests" / "data" / "examples"
# Colours written in the ui code on a fixed background of their own: (text, background).
FIXED_PAIRS = {
    ("#7a0010", "#fde7ea"),  # the red-flag banner in the log form
    ("#5f2120", "#fdecea"),  # the connection banner: server lost
    ("#1e4620", "#edf7ed"),  # the connection banner: connected again
}
# Colours that are not text (borders, the countdown ring's track, picture backgrounds).
NOT_TEXT = {"#b00020:border", "#ffffff", "#d32f2f:border", "#2e7d32:border"}


@pytest.fixture
def app() -> Iterator[QApplication]:
    application = QApplication.instance()
    assert isinstance(application, QApplication)
    before = application.palette()
    yield application
    application.setPalette(before)


def test_contrast_ratio_matches_known_values() -> None:
    assert contrast_ratio(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert contrast_ratio(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio(QColor("#ffffff"), QColor("#ffffff")) == pytest.approx(1.0)


@pytest.mark.parametrize("scheme", [Qt.ColorScheme.Light, Qt.ColorScheme.Dark])
def test_every_reading_pair_of_the_palette_reaches_aa(app: QApplication, scheme: Qt.ColorScheme) -> None:
    dark = apply_color_scheme(app, scheme)
    assert dark is (scheme == Qt.ColorScheme.Dark)
    palette = app.palette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for fg, bg in READ_PAIRS:
            ratio = contrast_ratio(palette.color(group, fg), palette.color(group, bg))
            assert ratio >= AA_CONTRAST, f"{scheme.name}: {fg.name} on {bg.name} is {ratio:.2f}:1"


@pytest.mark.parametrize("scheme", [Qt.ColorScheme.Light, Qt.ColorScheme.Dark])
def test_warning_red_reads_on_the_schemes_backgrounds(app: QApplication, scheme: Qt.ColorScheme) -> None:
    apply_color_scheme(app, scheme)
    palette = app.palette()
    red = error_color(palette)
    assert red.name() == (ERROR_ON_DARK if scheme == Qt.ColorScheme.Dark else ERROR_ON_LIGHT)
    for role in (QPalette.ColorRole.Base, QPalette.ColorRole.Window, QPalette.ColorRole.AlternateBase):
        assert contrast_ratio(red, palette.color(role)) >= AA_CONTRAST, (scheme.name, role.name)


def test_every_colour_literal_in_the_ui_is_accounted_for() -> None:
    """A new hard-coded colour must be checked here: on both schemes or on its own background."""
    found = set()
    for path in (PROJECT / "src" / "backplan" / "ui").rglob("*.py"):
        for match in re.finditer(r"#[0-9a-fA-F]{6}\b", path.read_text(encoding="utf-8")):
            found.add(match.group(0).lower())
    checked = {c for pair in FIXED_PAIRS for c in pair} | {ERROR_ON_LIGHT, ERROR_ON_DARK}
    checked |= {c.split(":")[0] for c in NOT_TEXT}
    from backplan.ui.common import theme

    checked |= {c.lower() for c in re.findall(r"#[0-9a-fA-F]{6}", Path(theme.__file__).read_text())}
    for text, back in FIXED_PAIRS:
        assert contrast_ratio(QColor(text), QColor(back)) >= AA_CONTRAST
    assert found - checked == set(), "colours written in the ui without a contrast check"
    # The light red is for light backgrounds only: the ui asks theme.error_color() for it.
    for path in (PROJECT / "src" / "backplan" / "ui").rglob("*.py"):
        if path.name != "theme.py":
            source = path.read_text(encoding="utf-8").lower()
            assert f"color: {ERROR_ON_LIGHT}" not in source, path
            assert f'qcolor("{ERROR_ON_LIGHT}")' not in source, path


def test_text_size_scales_the_routine_player(app: QApplication, qtbot: QtBot, tmp_path: Path) -> None:
    clock = FixedClock(datetime.fromisoformat("2026-12-01T13:30:00+00:00"))
    services = open_services(tmp_path, clock)
    base = apply_text_scale(app, 100)
    try:
        pid = services.import_file(EXAMPLES / "acute-3-weeks.backplan.json").patient_id
        sizes = {}
        for percent in (100, 175):
            apply_text_scale(app, percent)
            player = RoutinePlayer(services, pid, "morning-stretch", None, clock)
            qtbot.addWidget(player)
            player.show()
            qtbot.waitExposed(player)
            labels = [w for w in player.findChildren(QLabel) if w.isVisible() and w.text().strip()]
            sizes[percent] = sorted(w.font().pointSizeF() for w in labels)
            player.close()
        assert sizes[175][0] >= base * 1.7  # the smallest text grew with the setting
        assert sizes[175][-1] > sizes[100][-1] * 1.6
    finally:
        apply_text_scale(app, 100)
        services.listeners.clear()
        services.db.dispose()
