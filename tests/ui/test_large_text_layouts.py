"""175 % text reaches everything: the Log form is not cut off, tick boxes grow with the text."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QStyle
from pytestqt.qtbot import QtBot

from backplan.ui.common.theme import apply_text_scale
from backplan.ui.shell.main_window import MainWindow


@pytest.fixture
def large_text(qapp: QApplication) -> Iterator[None]:
    original = QFont(qapp.font())
    apply_text_scale(qapp, 175)
    yield
    apply_text_scale(qapp, 100)
    qapp.setFont(original)


def test_tick_boxes_grow_with_the_text(qapp: QApplication) -> None:
    original = QFont(qapp.font())
    metric = QStyle.PixelMetric.PM_IndicatorWidth
    try:
        apply_text_scale(qapp, 100)
        normal = qapp.style().pixelMetric(metric)
        apply_text_scale(qapp, 175)
        assert qapp.style().pixelMetric(metric) == round(normal * 1.75)
        assert qapp.style().pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorHeight) > normal
    finally:
        apply_text_scale(qapp, 100)
        qapp.setFont(original)
    assert qapp.style().pixelMetric(metric) == normal


def test_the_log_form_is_not_cut_off_at_175_percent(
    qtbot: QtBot, large_text: None, acute_window: MainWindow
) -> None:
    acute_window.resize(1366, 740)
    acute_window.show_section("log")
    view = acute_window.views["log"]
    qtbot.waitUntil(lambda: view.isVisible())
    scroll = view.form_scroll
    qtbot.waitUntil(lambda: scroll.viewport().width() >= scroll.widget().minimumSizeHint().width())
    assert scroll.horizontalScrollBar().maximum() == 0  # nothing hidden to the right
    assert view.splitter.sizes()[1] > 300  # the history keeps room to be read


def test_an_unticked_box_can_be_seen_on_the_dark_palette(qtbot: QtBot, qapp: QApplication) -> None:
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QCheckBox, QStyleOptionButton

    from backplan.ui.common.theme import apply_theme, contrast_ratio

    before = qapp.palette()
    try:
        apply_text_scale(qapp, 100)
        apply_theme(qapp, "dark")
        box = QCheckBox("Upper back")
        qtbot.addWidget(box)
        box.show()
        qtbot.waitExposed(box)
        image = box.grab().toImage()
        option = QStyleOptionButton()
        box.initStyleOption(option)
        rect = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
        window = box.palette().color(QPalette.ColorRole.Window)
        edge = max(
            contrast_ratio(image.pixelColor(x, y), window)
            for x in range(rect.left(), rect.right() + 1)
            for y in range(rect.top(), rect.bottom() + 1)
        )
        assert edge >= 3.0  # WCAG 1.4.11: the edge of a control at 3:1
    finally:
        qapp.setPalette(before)


def test_the_preferences_notes_are_not_cut_at_175_percent(
    qtbot: QtBot, large_text: None, acute_window: MainWindow
) -> None:
    from PySide6.QtWidgets import QLabel

    dialog = acute_window.show_preferences()
    qtbot.waitExposed(dialog)
    [note] = [
        w
        for w in dialog.findChildren(QLabel)
        if w.isVisible() and w.text().startswith("This desktop shows no notifications")
    ]
    assert note.height() >= note.heightForWidth(note.width()), note.text()
    dialog.reject()
