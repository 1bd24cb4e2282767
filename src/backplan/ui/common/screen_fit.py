"""Windows and dialogs that fit the screen they are on, and never grow past it.

A 1366x768 laptop leaves some 1366x730 for windows once the desktop's panel is
counted, and a 1280x720 one less. A dialog that asks for 780 px of height there has
its buttons under the panel, and a window whose content asks for more width than the
screen has grows off it (the Take buttons at the right edge cut off). So:

* every window and dialog asks for its preferred size through :func:`fit_to_screen`,
  which caps it to the available geometry of the screen it opens on;
* their content scrolls inside where it must (the forms, the sections);
* :class:`ScreenBound` watches a top-level window and, should its layout ask for more
  than the screen (a long message, a larger text size), shrinks it back within the
  screen once the layout has settled.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QRect, QSize, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QStackedWidget, QWidget

SCREEN_SHARE = 0.95
"""The part of the available screen a window or dialog may take at most when it opens.

Not all of it: the window frame and title bar come on top of the size asked for, and a
dialog that covers the whole screen hides the window it belongs to.
"""

FRAME_ALLOWANCE = QSize(16, 40)
"""What a window manager adds around a window (borders, title bar), when Qt cannot tell yet."""

Area = Callable[[], QRect]


def available_geometry(widget: QWidget | None = None) -> QRect:
    """The usable part (without panels and docks) of the screen ``widget`` is on."""
    screen = widget.screen() if widget is not None else None
    if screen is None:
        screen = QGuiApplication.primaryScreen()
    if screen is None:  # pragma: no cover - no screen at all
        return QRect(0, 0, 1280, 720)
    return screen.availableGeometry()


def fitted_size(width: int, height: int, area: QRect, share: float = SCREEN_SHARE) -> QSize:
    """``width`` x ``height``, made smaller where the area cannot hold it with its frame."""
    most_w = max(1, round(area.width() * share) - FRAME_ALLOWANCE.width())
    most_h = max(1, round(area.height() * share) - FRAME_ALLOWANCE.height())
    return QSize(min(width, most_w), min(height, most_h))


def fit_to_screen(widget: QWidget, width: int, height: int, area: QRect | None = None) -> QSize:
    """Resizes ``widget`` to its preferred size, or less where its screen is smaller."""
    parent = widget.parentWidget()
    where = area if area is not None else available_geometry(parent.window() if parent else widget)
    size = fitted_size(width, height, where)
    widget.resize(size)
    return size


class ScreenBound(QObject):
    """Keeps a top-level window within its screen's available geometry.

    Qt grows a top-level window when its layout's minimum size grows; this shrinks it
    back (the content scrolls instead) and moves it back onto the screen. ``area`` gives
    the geometry to keep to (the window's screen by default; tests pass a laptop's).
    """

    def __init__(self, window: QWidget, area: Area | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.area: Area = area or (lambda: available_geometry(window))
        self._pending = False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() in (
            QEvent.Type.Resize,
            QEvent.Type.Show,
            QEvent.Type.LayoutRequest,
        ) and not self._pending:
            self._pending = True
            QTimer.singleShot(0, self.keep_within)
        return False

    def keep_within(self) -> None:
        """Shrinks and moves the window back inside the area, if it has gone past it."""
        self._pending = False
        window = self.window
        if not window.isVisible() or window.isMaximized() or window.isFullScreen():
            return
        keep_on_screen(window, self.area())


def keep_on_screen(window: QWidget, area: QRect | None = None) -> None:
    """Shrinks ``window`` to ``area`` (its screen's available geometry by default) where
    it is larger, and moves it so that all of it, frame included, is inside."""
    area = area if area is not None else available_geometry(window)
    frame = window.frameGeometry()
    extra_w = frame.width() - window.width()
    extra_h = frame.height() - window.height()
    most = QSize(area.width() - extra_w, area.height() - extra_h)
    if window.width() > most.width() or window.height() > most.height():
        window.resize(min(window.width(), most.width()), min(window.height(), most.height()))
        frame = window.frameGeometry()
    x = min(max(frame.x(), area.left()), max(area.left(), area.right() + 1 - frame.width()))
    y = min(max(frame.y(), area.top()), max(area.top(), area.bottom() + 1 - frame.height()))
    if (x, y) != (frame.x(), frame.y()):
        window.move(x, y)


class CurrentPageStack(QStackedWidget):
    """A stack as large as the page it shows, not as its largest page.

    ``QStackedWidget`` asks for the largest minimum of all its pages, so the Log's
    wide table made the Today section (in the same stack) wider than a small screen:
    inside the window's scroll area it was cut off at the right. Each page now counts
    only while it is shown.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentChanged.connect(lambda _index: self.updateGeometry())

    def sizeHint(self) -> QSize:
        page = self.currentWidget()
        return page.sizeHint() if page is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        page = self.currentWidget()
        if page is None:
            return super().minimumSizeHint()
        return page.minimumSizeHint().expandedTo(page.minimumSize())


__all__ = [
    "CurrentPageStack",
    "ScreenBound",
    "available_geometry",
    "fit_to_screen",
    "fitted_size",
    "keep_on_screen",
]
