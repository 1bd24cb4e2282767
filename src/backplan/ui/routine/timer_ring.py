"""The routine player's big clock: a ring that empties as a hold or rest runs down."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from .parts import KeyboardFocusFrame, mix


def tr(text: str) -> str:
    return QCoreApplication.translate("routine_player", text)


class CountdownRing(KeyboardFocusFrame):
    """The big clock: a ring that empties as a hold or rest runs down, digits in its middle.

    Painted rather than built from labels so the digits can fill the ring at any window
    size: they are sized from the ring, which is sized from the window, and the ring is
    never smaller than a size taken from the text size setting. Colours are palette
    roles (highlight for a hold, a quieter mix for a rest), so a dark desktop works.
    It also shows a rep ("4" and "of 10") when the step has no timer.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._big = ""
        self._caption = ""
        self._fraction = 0.0
        self._rest = False
        self._paused = False
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # keys reach the player through it
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(tr("Countdown"))

    def minimumSizeHint(self) -> QSize:
        # Small enough that the player fits a laptop screen at 175 % text; the layout
        # gives the ring whatever room is left, which is far more than this.
        side = math.ceil(QFontMetricsF(self.font()).height() * 10)
        return QSize(side, side)

    def sizeHint(self) -> QSize:
        # 26 lines of text: about 360 px at a 10 pt font, so digits of 96 pt and more.
        side = math.ceil(QFontMetricsF(self.font()).height() * 26)
        return QSize(side, side)

    def hasHeightForWidth(self) -> bool:
        return False

    def set_state(self, big: str, caption: str, fraction: float, *, rest: bool, paused: bool) -> None:
        if (big, caption, fraction, rest, paused) == (
            self._big,
            self._caption,
            self._fraction,
            self._rest,
            self._paused,
        ):
            return
        spoken_changed = (big, caption) != (self._big, self._caption)
        self._big, self._caption, self._fraction = big, caption, fraction
        self._rest, self._paused = rest, paused
        if spoken_changed:
            # Once a second at most, so a screen reader is not flooded.
            self.setAccessibleDescription(f"{big} {caption}".strip())
        self.update()

    @property
    def big_text(self) -> str:
        return self._big

    @property
    def caption(self) -> str:
        return self._caption

    @property
    def fraction(self) -> float:
        return self._fraction

    def digit_pixel_size(self) -> float:
        """The height of the digits in pixels, as painted at the current size."""
        return self._ring_rect().height() * 0.45

    def _ring_rect(self) -> QRectF:
        side = min(self.width(), self.height())
        pen = side * 0.075
        inner = side - pen - 4
        return QRectF((self.width() - inner) / 2, (self.height() - inner) / 2, inner, inner)

    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        back = palette.color(QPalette.ColorRole.Window)
        highlight = palette.color(QPalette.ColorRole.Highlight)
        track = mix(back, text, 0.14)
        active = mix(highlight, back, 0.45) if self._rest else highlight
        digits = mix(text, back, 0.35) if self._paused else text

        rect = self._ring_rect()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen_width = max(6.0, rect.width() * 0.075)
        pen = QPen(track, pen_width)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        painter.setPen(pen)
        painter.drawArc(rect, 0, 360 * 16)
        if self._fraction > 0:
            pen = QPen(active, pen_width)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            # From twelve o'clock, clockwise (negative span), shrinking as time runs out.
            painter.drawArc(rect, 90 * 16, -round(360 * 16 * self._fraction))

        font = QFont(self.font())
        font.setBold(True)
        font.setPixelSize(max(8, round(self.digit_pixel_size())))
        metrics = QFontMetricsF(font)
        allowed = rect.width() * 0.72
        width = metrics.horizontalAdvance(self._big)
        if width > allowed:  # "12:30" or a long word: shrink to fit inside the ring
            font.setPixelSize(max(8, math.floor(font.pixelSize() * allowed / width)))
            metrics = QFontMetricsF(font)
        painter.setFont(font)
        painter.setPen(digits)
        digit_box = QRectF(
            rect.x(), rect.center().y() - metrics.height() * 0.62, rect.width(), metrics.height()
        )
        painter.drawText(digit_box, Qt.AlignmentFlag.AlignCenter, self._big)

        caption_font = QFont(self.font())
        caption_font.setPixelSize(max(8, round(rect.height() * 0.085)))
        caption_metrics = QFontMetricsF(caption_font)
        if caption_metrics.horizontalAdvance(self._caption) > rect.width() * 0.7:
            caption_font.setPixelSize(
                max(
                    8,
                    math.floor(
                        caption_font.pixelSize()
                        * rect.width()
                        * 0.7
                        / caption_metrics.horizontalAdvance(self._caption)
                    ),
                )
            )
        painter.setFont(caption_font)
        painter.setPen(text)
        caption_box = QRectF(
            rect.x(),
            digit_box.bottom() - metrics.height() * 0.05,
            rect.width(),
            QFontMetricsF(caption_font).height() * 1.3,
        )
        painter.drawText(
            caption_box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, self._caption
        )

        self.paint_focus_frame(painter)
        painter.end()
