"""Text size, style and language for the whole application.

The text size scales the application font, so every widget (and every heading, which
is sized relative to it) follows; 100 % is never below 10 points, a size that stays
readable for the people backplan is for. Colours follow the system's light or dark
scheme (the platform palette, or backplan's dark one where the platform has none),
with every text/background pair at WCAG AA contrast or better.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLocale, QRectF, QSizeF, Qt, QTranslator
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget

from backplan.resources_path import resources_dir

log = logging.getLogger(__name__)

MIN_BASE_POINTS = 10.0
_BASE_PROPERTY = "backplanBaseFontPoints"


def apply_text_scale(app: QApplication, percent: int) -> float:
    """Sets the application font to ``percent`` of the base size; returns the new size.

    Check boxes and radio buttons grow with the text (see ``ScaledIndicators``).
    """
    base = app.property(_BASE_PROPERTY)
    if not isinstance(base, float):
        base = max(MIN_BASE_POINTS, app.font().pointSizeF())
        app.setProperty(_BASE_PROPERTY, base)
    font = app.font()
    factor = max(100, min(200, percent)) / 100
    size = base * factor
    font.setPointSizeF(size)
    app.setFont(font)
    _scale_indicators(app, factor)
    return size


class ScaledIndicators(QProxyStyle):
    """The platform's style with check boxes and radio buttons as large as the text.

    A style draws the tick box at a fixed pixel size (13 px in Fusion): at 175 % text
    it sat beside the words like a dot, too small to see and to hit. Everything else
    is the platform's own drawing.
    """

    METRICS = (
        QStyle.PixelMetric.PM_IndicatorWidth,
        QStyle.PixelMetric.PM_IndicatorHeight,
        QStyle.PixelMetric.PM_ExclusiveIndicatorWidth,
        QStyle.PixelMetric.PM_ExclusiveIndicatorHeight,
    )

    def __init__(self, base: str, factor: float) -> None:
        super().__init__(base)
        self.factor = factor

    OUTLINED = (
        QStyle.PrimitiveElement.PE_IndicatorCheckBox,
        QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck,
        QStyle.PrimitiveElement.PE_IndicatorRadioButton,
    )

    def pixelMetric(
        self,
        metric: QStyle.PixelMetric,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> int:
        value = super().pixelMetric(metric, option, widget)
        return round(value * self.factor) if metric in self.METRICS else value

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        """The platform's tick box, with an outline in the text colour on a dark palette.

        Fusion draws an empty box in the base colour with a border darker than the
        window: on the dark palette an unticked box could not be seen at all (WCAG
        asks 3:1 for the edge of a control).
        """
        super().drawPrimitive(element, option, painter, widget)
        if element not in self.OUTLINED or not palette_is_dark(option.palette):
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(option.palette.color(QPalette.ColorRole.Text))
        pen.setWidthF(max(1.0, self.factor))
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        side = min(option.rect.width(), option.rect.height()) - pen.widthF()
        box = QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5)
        box.setSize(box.size().boundedTo(QSizeF(side, side)))
        if element == QStyle.PrimitiveElement.PE_IndicatorRadioButton:
            painter.drawEllipse(box)
        else:
            painter.drawRoundedRect(box, 2, 2)
        painter.restore()


_styles: list[QStyle] = []  # the style in use, kept alive from Python too


def _scale_indicators(app: QApplication, factor: float) -> None:
    style = app.style()
    if isinstance(style, ScaledIndicators):
        if style.factor == factor:
            return
        name = style.baseStyle().name()
    elif style is None:
        return
    else:
        name = style.name()
    palette = app.palette()
    scaled = ScaledIndicators(name, factor)
    app.setStyle(scaled)
    app.setPalette(palette)  # a new style brings its own palette: keep the chosen one
    _styles[:] = [scaled]


def install_translation(app: QCoreApplication, language: str) -> QTranslator | None:
    """Loads ``resources/translations/backplan_<lang>.qm`` if it exists; English otherwise.

    Dates follow the language the window speaks: the chosen (or system) language when
    its translation is there, else English in the system's country, so a German system
    without a German translation does not mix German month names into English text.
    """
    locale = QLocale(language) if language else QLocale.system()
    translator = QTranslator(app)
    loaded = False
    try:
        folder = resources_dir() / "translations"
        loaded = folder.is_dir() and translator.load(locale, "backplan", "_", str(folder))
    except FileNotFoundError:  # pragma: no cover - a broken install
        loaded = False
    if loaded:
        app.installTranslator(translator)
        QLocale.setDefault(locale)
    elif locale.language() not in (QLocale.Language.English, QLocale.Language.C):
        # English words, the country's conventions (its paper size, first day of week).
        QLocale.setDefault(QLocale(QLocale.Language.English, locale.territory()))
    return translator if loaded else None


# --- light and dark ----------------------------------------------------------------------

AA_CONTRAST = 4.5
# The pairs a person reads: text on its background (WCAG 2 "contrast ratio").
READ_PAIRS = (
    (QPalette.ColorRole.Text, QPalette.ColorRole.Base),
    (QPalette.ColorRole.WindowText, QPalette.ColorRole.Window),
    (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Button),
    (QPalette.ColorRole.HighlightedText, QPalette.ColorRole.Highlight),
    (QPalette.ColorRole.Text, QPalette.ColorRole.AlternateBase),
    (QPalette.ColorRole.ToolTipText, QPalette.ColorRole.ToolTipBase),
)
# Warning red for text: the light one on light backgrounds, the pale one on dark.
ERROR_ON_LIGHT = "#b00020"
ERROR_ON_DARK = "#ff8a80"
# Amber for "please check" text (not an error): dark amber on light, pale amber on dark.
WARNING_ON_LIGHT = "#7a4f00"
WARNING_ON_DARK = "#ffcc80"


def relative_luminance(color: QColor) -> float:
    """WCAG 2 relative luminance of an sRGB colour (0 black to 1 white)."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in (color.redF(), color.greenF(), color.blueF()))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio between two colours, 1 to 21."""
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def palette_is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def error_color(palette: QPalette | None = None) -> QColor:
    """The red for warning text that stays readable (AA) on the current background."""
    pal = palette if palette is not None else QGuiApplication.palette()
    return QColor(ERROR_ON_DARK if palette_is_dark(pal) else ERROR_ON_LIGHT)


def warning_color(palette: QPalette | None = None) -> QColor:
    """The amber for caution text, readable (AA) on the current background like error_color."""
    pal = palette if palette is not None else QGuiApplication.palette()
    return QColor(WARNING_ON_DARK if palette_is_dark(pal) else WARNING_ON_LIGHT)


def dark_palette() -> QPalette:
    """A dark palette for platforms that report a dark scheme but paint light widgets."""
    pal = QPalette()
    colors = {
        QPalette.ColorRole.Window: "#202124",
        QPalette.ColorRole.WindowText: "#e8eaed",
        QPalette.ColorRole.Base: "#17181a",
        QPalette.ColorRole.AlternateBase: "#2a2c30",
        QPalette.ColorRole.Text: "#e8eaed",
        QPalette.ColorRole.Button: "#2d2f33",
        QPalette.ColorRole.ButtonText: "#e8eaed",
        QPalette.ColorRole.Highlight: "#8ab4f8",
        QPalette.ColorRole.HighlightedText: "#101114",
        QPalette.ColorRole.ToolTipBase: "#2d2f33",
        QPalette.ColorRole.ToolTipText: "#e8eaed",
        QPalette.ColorRole.PlaceholderText: "#a8abb0",
        QPalette.ColorRole.Link: "#8ab4f8",
        QPalette.ColorRole.LinkVisited: "#c58af9",
        QPalette.ColorRole.BrightText: "#ffffff",
        QPalette.ColorRole.Light: "#4a4d52",
        QPalette.ColorRole.Midlight: "#3a3d41",
        QPalette.ColorRole.Mid: "#5f6368",
        QPalette.ColorRole.Dark: "#111214",
        QPalette.ColorRole.Shadow: "#000000",
    }
    for role, value in colors.items():
        pal.setColor(role, QColor(value))
    disabled = QColor("#8a8d91")
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return pal


def with_readable_contrast(palette: QPalette) -> QPalette:
    """The palette with each reading pair brought to WCAG AA by shading the background.

    Fusion's light highlight (white on a mid blue) reads at about 3.7:1; people with
    poor eyesight select rows in the log and the plan, so the blue is deepened until
    the pair reaches 4.5:1. Pairs that already pass are left as the platform drew them.
    """
    pal = QPalette(palette)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for fg_role, bg_role in READ_PAIRS:
            fg, bg = pal.color(group, fg_role), pal.color(group, bg_role)
            darken = relative_luminance(fg) > relative_luminance(bg)
            for _ in range(40):
                if contrast_ratio(fg, bg) >= AA_CONTRAST:
                    break
                bg = bg.darker(108) if darken else bg.lighter(108)
                if not darken and bg.lightness() >= 250:
                    fg = fg.darker(110)  # a light background cannot lighten further
            pal.setColor(group, bg_role, bg)
            pal.setColor(group, fg_role, fg)
    return pal


def apply_color_scheme(app: QApplication, scheme: Qt.ColorScheme | None = None) -> bool:
    """Follows the system's light or dark scheme; returns whether the window is dark.

    Qt draws a dark palette itself where the platform provides one. Where the system
    (or ``scheme``) says dark but the palette is still light, backplan's own dark
    palette is used. Either way the reading pairs are brought to AA contrast.
    """
    wanted = scheme if scheme is not None else app.styleHints().colorScheme()
    base = app.style().standardPalette() if app.style() is not None else app.palette()
    if wanted == Qt.ColorScheme.Dark and not palette_is_dark(base):
        base = dark_palette()
    elif wanted == Qt.ColorScheme.Light and palette_is_dark(base):
        base = app.style().standardPalette()
    app.setPalette(with_readable_contrast(base))
    return palette_is_dark(app.palette())


THEMES = ("system", "light", "dark")
_THEME_PROPERTY = "backplanTheme"
_SCHEMES = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}


def apply_theme(app: QApplication, theme: str) -> bool:
    """Applies the patient's choice (system, light or dark) at once; returns whether it is dark.

    "system" follows the desktop's scheme, now and whenever it switches (see
    ``follow_color_scheme``); "light" and "dark" hold whatever the desktop does.
    """
    choice = theme if theme in THEMES else "system"
    app.setProperty(_THEME_PROPERTY, choice)
    return apply_color_scheme(app, _SCHEMES.get(choice))


def follow_color_scheme(app: QApplication, theme: str = "system") -> None:
    """Applies the theme now, and the system's scheme again whenever it switches (if followed)."""
    apply_theme(app, theme)

    def switched(scheme: Qt.ColorScheme) -> None:
        if app.property(_THEME_PROPERTY) in (None, "system"):
            apply_color_scheme(app, scheme)

    app.styleHints().colorSchemeChanged.connect(switched)
