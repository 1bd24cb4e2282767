"""The pain and mobility chart: a matplotlib ``Figure`` built from :class:`ProgressData`.

Built on ``matplotlib.figure.Figure`` and explicit canvases, never ``pyplot``: pyplot
keeps global state and picks a GUI backend, which neither the window (that embeds the
figure in its own canvas) nor the command line (that has no display) wants.

What the figure shows, on panels that share one date axis:

* Pain, 0-10: each entry as a point, the 7-day mean as a line, the worst pain in the
  last 24 hours as triangles; red-flag days as dotted vertical lines.
* The longest comfortable walk of each day, in minutes.
* The PSFS average, 0-10.
* "Plan and what was done": one row per medicine (its course shaded, each dose taken a
  tick, a dose taken with a safety override crossed), one row per kind of activity
  done, heat and cold, side effects and red flags.
* Flare-ups hatched across every panel.

Colours are the Okabe-Ito palette, which people with the common colour-vision
deficiencies can tell apart; every series also has its own marker or line style, so
the chart still reads printed in black and white.
"""

from __future__ import annotations

import functools
import io
import math
import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any, Final

import matplotlib
import numpy as np
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg, RendererAgg, get_hinting_flag
from matplotlib.collections import PolyCollection
from matplotlib.dates import AutoDateLocator, ConciseDateFormatter, date2num, get_epoch
from matplotlib.figure import Figure
from matplotlib.layout_engine import ConstrainedLayoutEngine, LayoutEngine
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.text import Text
from matplotlib.ticker import FixedLocator
from matplotlib.transforms import Bbox
from PySide6.QtCore import QCoreApplication, QLocale

from backplan.domain.files import private_temp_file
from backplan.domain.model import PlanDocument
from backplan.reports.fonts import register_chart_fonts
from backplan.reports.progress import KIND_LABELS, ProgressData, progress_data
from backplan.safety.findings import format_date
from backplan.schedule.agenda import day_bounds
from backplan.schedule.expand import MEDICATION_KIND


def tr(text: str) -> str:
    """Chart words in the window's language (English where no translation is loaded)."""
    return QCoreApplication.translate("Charts", text)


def kind_label(label: str) -> str:
    """A kind's name ("Stretching") as the Progress section's tables say it."""
    return QCoreApplication.translate("ProgressModels", label)


_ENGLISH_MONTHS: Final = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MONTH_WORD = re.compile(r"\b(" + "|".join(_ENGLISH_MONTHS) + r")\b")


def localized_months(text: str) -> str:
    """Month names that matplotlib wrote in English ("Oct", "2026-Dec"), in the locale's words.

    matplotlib formats dates with ``strftime`` in the C locale; the window's language
    lives in ``QLocale``'s default, so its short month names replace the English ones.
    """
    locale = QLocale()
    if locale.language() in (QLocale.Language.English, QLocale.Language.C):
        return text
    return _MONTH_WORD.sub(
        lambda m: locale.standaloneMonthName(
            _ENGLISH_MONTHS.index(m.group(1)) + 1, QLocale.FormatType.ShortFormat
        ),
        text,
    )


# Okabe & Ito (2008), "Color Universal Design".
OKABE_ITO: Final[dict[str, str]] = {
    "black": "#000000",
    "orange": "#E69F00",
    "sky_blue": "#56B4E9",
    "bluish_green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish_purple": "#CC79A7",
}

CHART_TITLE: Final = "backplan progress chart"
A4_LANDSCAPE_INCHES: Final = (11.69, 8.27)
_MAX_ROW_LABEL = 28


@dataclass(frozen=True)
class Theme:
    name: str
    background: str
    panel: str
    text: str
    grid: str
    ink: str  # the colour that is black on paper
    span_alpha: float


LIGHT: Final = Theme("light", "#ffffff", "#ffffff", "#1a1a1a", "#d9d9d9", "#000000", 0.22)
DARK: Final = Theme("dark", "#202124", "#2a2b2e", "#e8e8e8", "#4a4b4e", "#f2f2f2", 0.35)

# Marker and colour for each kind of thing done, on the "Plan and what was done" panel.
_KIND_STYLE: Final[dict[str, tuple[str, str]]] = {
    "physical_therapy": ("P", OKABE_ITO["blue"]),
    "exercise": ("o", OKABE_ITO["bluish_green"]),
    "stretching": ("s", OKABE_ITO["reddish_purple"]),
    "walk": ("^", OKABE_ITO["sky_blue"]),
    "other": ("D", OKABE_ITO["yellow"]),
    "heat": (">", OKABE_ITO["orange"]),
    "cold": ("<", OKABE_ITO["sky_blue"]),
}
_SIDE_EFFECT_STYLE: Final = ("d", OKABE_ITO["reddish_purple"])
_RED_FLAG_STYLE: Final = ("X", OKABE_ITO["vermillion"])


def plain(text: str) -> str:
    """User text as matplotlib should print it: a ``$`` must not start mathtext."""
    return text.replace("$", r"\$")


def _shorten(text: str, limit: int = _MAX_ROW_LABEL) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


# --- date ticks -----------------------------------------------------------------------


class _DateLocator(AutoDateLocator):
    """``AutoDateLocator`` that remembers the ticks of the view it last placed.

    The four panels share one date axis, and a draw (with the layout solved, several
    times over) asks for the same ticks again and again; working them out is an
    ``rrule`` walk each time. The ticks depend only on the view's limits.
    """

    _key: tuple[float, float] | None = None
    _ticks: Any = None

    def __call__(self) -> Any:
        assert self.axis is not None
        vmin, vmax = self.axis.get_view_interval()
        key = (float(vmin), float(vmax))
        if key != self._key:
            self._ticks = np.array(super().__call__())  # type: ignore[no-untyped-call]
            self._key = key
        return self._ticks.copy()  # a copy: whoever asked may change theirs


class _DateFormatter(ConciseDateFormatter):
    """``ConciseDateFormatter`` that remembers the labels of the ticks it last wrote."""

    _key: tuple[float, ...] | None = None
    _labels: Any = None
    _offset: str = ""

    def format_ticks(self, values: Any) -> Any:
        key = tuple(float(v) for v in values)
        if key != self._key:
            labels = super().format_ticks(values)  # type: ignore[no-untyped-call]
            self._labels = [localized_months(str(label)) for label in labels]
            self._offset = localized_months(str(self.get_offset()))  # type: ignore[no-untyped-call]
            self._key = key
        # Where get_offset() reads it: matplotlib 3.11 renamed the attribute.
        if "offset_string" in vars(self):
            self.offset_string = self._offset
        else:
            self._offset_string = self._offset
        return list(self._labels)


# --- text on the Agg canvas -----------------------------------------------------------


def _whole_string_text(text: str) -> bool:
    """Text that FreeType can lay out on its own: no shaping, no combining marks.

    Latin letters (with their accents as single characters) and general punctuation
    such as the ellipsis; anything else (a medicine named in Devanagari or Arabic,
    combining accents) keeps matplotlib's own path, which shapes it.
    """
    return all(ord(c) < 0x0300 or 0x2000 <= ord(c) <= 0x206F for c in text)


@dataclass(frozen=True)
class _Bitmap:
    """A string as FreeType rendered it: the picture and where it sits (pixels), and
    the size it was measured at (1/64 pixel, as ``set_text`` gives it)."""

    image: np.ndarray
    descent: float
    offset: tuple[float, float]
    measured: tuple[float, float, float] = (0.0, 0.0, 0.0)  # width, height, descent


class _TextBitmaps:
    """Strings as measured and rendered while a layout measured them.

    Measuring a string (``set_text``) is what costs: with matplotlib 3.11's shaping
    about 1 ms a string here, some 40 strings a chart; the bitmap is then a few
    microseconds more. One store serves every canvas (each new figure gets a new
    renderer, and draws the same titles, labels and ticks), so a string measured for
    one chart is drawn in the next without being laid out again. Charts are drawn on
    worker threads too, hence the lock; the images are only read once kept.
    """

    LIMIT: Final = 1024

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._found: dict[tuple[Any, ...], _Bitmap] = {}

    @staticmethod
    def _key(s: str, font: Any, prop: Any, renderer: RendererAgg) -> tuple[Any, ...]:
        """Everything the string's picture depends on: the font (and its fallbacks,
        through the properties), size, dpi, hinting and kerning."""
        flags = get_hinting_flag()  # type: ignore[no-untyped-call]
        rc = matplotlib.rcParams
        return (
            s,
            font.fname,
            hash(prop),
            float(prop.get_size_in_points()),
            float(renderer.dpi),
            flags,
            rc["text.hinting_factor"],
            rc["text.kerning_factor"],
        )

    def keep(self, s: str, font: Any, prop: Any, renderer: RendererAgg) -> None:
        """Render the string ``font`` has just laid out (``set_text``) and keep it."""
        width, height = font.get_width_height()
        descent = font.get_descent()
        font.draw_glyphs_to_bitmap(antialiased=True)
        xo, yo = font.get_bitmap_offset()
        bitmap = _Bitmap(
            np.array(font.get_image()), descent / 64.0, (xo / 64.0, yo / 64.0), (width, height, descent)
        )
        key = self._key(s, font, prop, renderer)
        with self._lock:
            if len(self._found) >= self.LIMIT:
                self._found.clear()
            self._found[key] = bitmap

    def get(self, s: str, font: Any, prop: Any, renderer: RendererAgg) -> _Bitmap | None:
        key = self._key(s, font, prop, renderer)
        with self._lock:
            return self._found.get(key)


_TEXT_BITMAPS: Final = _TextBitmaps()


def _measure_text_whole(
    renderer: RendererAgg, bitmaps: _TextBitmaps, s: str, prop: Any, ismath: Any
) -> tuple[float, float, float]:
    """``RendererAgg.get_text_width_height_descent``, keeping the string's bitmap."""
    if ismath or not _whole_string_text(s):
        return RendererAgg.get_text_width_height_descent(renderer, s, prop, ismath)  # type: ignore[no-untyped-call,no-any-return]
    font = renderer._prepare_font(prop)  # type: ignore[no-untyped-call]
    kept = bitmaps.get(s, font, prop, renderer)
    if kept is not None:
        width, height, descent = kept.measured
        return width / 64.0, height / 64.0, descent / 64.0
    font.set_text(s, 0.0, flags=get_hinting_flag())  # type: ignore[no-untyped-call]
    width, height = font.get_width_height()  # of the unrotated string, in 1/64 pixel
    descent = font.get_descent()
    bitmaps.keep(s, font, prop, renderer)
    return width / 64.0, height / 64.0, descent / 64.0


def _draw_text_whole(
    renderer: RendererAgg,
    bitmaps: _TextBitmaps,
    gc: Any,
    x: float,
    y: float,
    s: str,
    prop: Any,
    angle: float,
    ismath: Any = False,
    mtext: Any = None,
) -> None:
    """``RendererAgg.draw_text`` as one FreeType bitmap of the whole string.

    Matplotlib 3.11 draws text glyph by glyph from Python (a size, a transform and a
    bitmap per glyph): about 0.17 ms a glyph here, 12 ms for the PSFS panel's title,
    half of drawing the five-year chart. FreeType lays the string out and renders it
    in one call instead, which is how matplotlib drew text until 3.10 and how 3.11
    still measures it (``get_text_width_height_descent`` uses ``set_text``), so the
    text lands exactly in the box the layout measured for it. The bitmap is usually
    the one made when the string was measured (see :class:`_TextBitmaps`).
    """
    if (
        ismath
        or not _whole_string_text(s)
        or (mtext is not None and (mtext.get_fontfeatures() or mtext.get_language()))
    ):
        RendererAgg.draw_text(renderer, gc, x, y, s, prop, angle, ismath=ismath, mtext=mtext)  # type: ignore[no-untyped-call]
        return
    font = renderer._prepare_font(prop)  # type: ignore[no-untyped-call]
    antialiased = gc.get_antialiased()
    bitmap = bitmaps.get(s, font, prop, renderer) if antialiased else None
    if bitmap is None:
        font.set_text(s, 0, flags=get_hinting_flag())  # type: ignore[no-untyped-call]
        font.draw_glyphs_to_bitmap(antialiased=antialiased)
        xo, yo = font.get_bitmap_offset()
        bitmap = _Bitmap(np.asarray(font.get_image()), font.get_descent() / 64.0, (xo / 64.0, yo / 64.0))
    # The bitmap is placed by its lower left corner, y downwards; the descent turns
    # with the text.
    x = round(x + bitmap.offset[0] + bitmap.descent * math.sin(math.radians(angle)))
    y = round(y + bitmap.offset[1] + bitmap.descent * math.cos(math.radians(angle)))
    renderer._renderer.draw_text_image(bitmap.image, x, y + 1, angle, gc)


_BITMAPS_ATTR: Final = "_backplan_text_bitmaps"


def _whole_strings_available() -> bool:
    """Whether this matplotlib has what drawing a string at a time uses.

    ``RendererAgg._prepare_font``, its Agg renderer's ``draw_text_image`` and FT2Font's
    whole-string methods are matplotlib's internals (3.8 to 3.11 have them all). A
    release without one of them gets matplotlib's own text drawing: slower, and the
    same chart.
    """
    from matplotlib.ft2font import FT2Font

    needed = (
        "set_text",
        "draw_glyphs_to_bitmap",
        "get_bitmap_offset",
        "get_image",
        "get_width_height",
        "get_descent",
    )
    return callable(getattr(RendererAgg, "_prepare_font", None)) and all(
        callable(getattr(FT2Font, name, None)) for name in needed
    )


_WHOLE_STRINGS: Final = _whole_strings_available()


class _ProgressFigure(Figure):
    """The chart's figure: on an Agg canvas its text is drawn a string at a time.

    Only for the duration of its own draw, and only on its own canvas's renderer
    (see :func:`_draw_text_whole`; the bitmaps of measured strings are kept in one
    locked store): nothing else global changes, so figures can still be built and
    drawn on worker threads. PDF and SVG output is untouched.
    """

    def draw(self, renderer: Any) -> None:
        if not isinstance(renderer, RendererAgg) or "draw_text" in vars(renderer):
            super().draw(renderer)
            return
        _reuse_layout(self, renderer)
        if not (_WHOLE_STRINGS and callable(getattr(renderer._renderer, "draw_text_image", None))):
            super().draw(renderer)
            return
        bitmaps = getattr(renderer, _BITMAPS_ATTR, None)  # a renderer's own (tests give one a fresh store)
        if not isinstance(bitmaps, _TextBitmaps):
            bitmaps = _TEXT_BITMAPS
        renderer.draw_text = functools.partial(_draw_text_whole, renderer, bitmaps)  # type: ignore[method-assign]
        renderer.get_text_width_height_descent = functools.partial(  # type: ignore[method-assign]
            _measure_text_whole, renderer, bitmaps
        )
        try:
            super().draw(renderer)
        finally:
            del renderer.draw_text
            del renderer.get_text_width_height_descent


# --- rows of the "Plan and what was done" panel -------------------------------------


@dataclass(frozen=True)
class Row:
    key: str  # "med:<id>", "kind:<kind>", "side_effects", "red_flags"
    label: str


def timeline_rows(data: ProgressData) -> tuple[Row, ...]:
    """The rows the lower panel shows, top to bottom: medicines, kinds, symptoms."""
    rows: list[Row] = []
    course_ids = {c.med_id for c in data.courses}
    dosed = {t.med_id for t in data.doses}
    for med_id, name in data.medicine_names.items():
        if med_id in course_ids or med_id in dosed:
            rows.append(Row(f"med:{med_id}", name))
    for kind, label in KIND_LABELS.items():
        if kind != MEDICATION_KIND and data.done.get(kind):
            rows.append(Row(f"kind:{kind}", tr("{label} done").format(label=kind_label(label))))
    for kind, marks in data.done.items():
        if kind not in KIND_LABELS and marks:
            rows.append(Row(f"kind:{kind}", tr("{label} done").format(label=kind)))
    if data.side_effect_days:
        rows.append(Row("side_effects", tr("Side effects")))
    if data.red_flag_days:
        rows.append(Row("red_flags", tr("Red flags")))
    return tuple(rows)


# --- the figure -----------------------------------------------------------------------


@dataclass
class _Handles:
    """The artists an update changes in place, kept per figure."""

    theme: Theme
    compact: bool
    rows: tuple[Row, ...]
    pain_ax: Axes
    walk_ax: Axes
    psfs_ax: Axes
    line_ax: Axes
    points: Line2D
    rolling: Line2D
    worst: Line2D
    psfs: Line2D
    row_markers: dict[str, Line2D]
    overrides: Line2D | None
    empty: dict[str, Any]
    replaceable: list[Any] = field(default_factory=list)  # spans, bars, flag lines
    key_widths: tuple[tuple[float, ...], ...] | None = None  # how far the keys reached out, when kept


# What a figure keeps for updates in place, and the layout engine of a figure whose
# layout was solved and is now kept as it is: attributes of the figure itself. (A
# module-level WeakKeyDictionary kept every figure alive for good, since the handles
# refer to the figure's axes and so to the figure: each chart built stayed in memory,
# and every full garbage collection had to walk all of them again.)
_HANDLES_ATTR: Final = "_backplan_handles"
_FROZEN_ATTR: Final = "_backplan_frozen_layout"


def _handles(fig: Figure) -> _Handles | None:
    found = getattr(fig, _HANDLES_ATTR, None)
    return found if isinstance(found, _Handles) else None


def _frozen(fig: Figure) -> LayoutEngine | None:
    found = getattr(fig, _FROZEN_ATTR, None)
    return found if isinstance(found, LayoutEngine) else None


def _freeze_layout(event: Any) -> None:
    """After a draw, keep the panels where the constrained layout put them.

    Solving the layout measures every tick label and legend of the four panels,
    which is about half of a draw; once solved it holds until the figure changes
    size, or a key or the rows change (which thaw it, see :func:`_thaw_layout`).
    """
    fig = event.canvas.figure
    engine = fig.get_layout_engine()
    if isinstance(engine, ConstrainedLayoutEngine):
        setattr(fig, _FROZEN_ATTR, engine)
        fig.set_layout_engine("none")
        handles = _handles(fig)
        if handles is not None:
            handles.key_widths = _key_widths(handles, event.renderer)
        key = getattr(fig, _LAYOUT_KEY_ATTR, None)
        if key is not None:
            setattr(fig, _LAYOUT_KEY_ATTR, None)
            _LAYOUTS.keep(key, _SolvedLayout.of(fig, handles))


# --- layouts solved for figures of the same geometry ---------------------------------


@dataclass(frozen=True)
class _SolvedLayout:
    """Where the constrained layout put a figure's panels (and its suptitle)."""

    axes: tuple[tuple[tuple[float, ...], tuple[float, ...]], ...]  # (original, active) corners
    suptitle: tuple[float, float, str] | None  # position and vertical alignment
    key_widths: tuple[tuple[float, ...], ...] | None

    @staticmethod
    def of(fig: Figure, handles: _Handles | None) -> _SolvedLayout:
        title = fig._suptitle  # type: ignore[attr-defined]
        return _SolvedLayout(
            tuple(
                (_corners(ax.get_position(original=True)), _corners(ax.get_position(original=False)))
                for ax in fig.axes
            ),
            (*title.get_position(), title.get_verticalalignment()) if title is not None else None,
            handles.key_widths if handles is not None else None,
        )

    def apply(self, fig: Figure) -> None:
        for ax, (original, active) in zip(fig.axes, self.axes, strict=True):
            ax._set_position(Bbox(np.reshape(original, (2, 2))), which="original")  # type: ignore[attr-defined]
            ax._set_position(Bbox(np.reshape(active, (2, 2))), which="active")  # type: ignore[attr-defined]
        title = fig._suptitle  # type: ignore[attr-defined]
        if title is not None and self.suptitle is not None:
            title.set_position(self.suptitle[:2])
            title.set_verticalalignment(self.suptitle[2])
        handles = _handles(fig)
        if handles is not None:
            handles.key_widths = self.key_widths


def _corners(box: Bbox) -> tuple[float, ...]:
    """x0, y0, x1, y1 as they are (bounds would add the width back: a last bit off)."""
    return tuple(float(v) for v in box.get_points().flat)


class _Layouts:
    """Solved layouts by everything the solution depends on; see :func:`_layout_key`.

    Every chart of the same size, with the same titles, keys, row labels and tick
    labels, comes out of the constrained layout in the same place, and solving it is
    a fifth of building and drawing a chart (matplotlib measures every text of every
    panel, twice). Figures are built and drawn on worker threads too, hence the lock;
    a few dozen geometries is more than a session sees, hence the bound.
    """

    LIMIT: Final = 32

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._solved: dict[tuple[Any, ...], _SolvedLayout] = {}

    def get(self, key: tuple[Any, ...]) -> _SolvedLayout | None:
        with self._lock:
            return self._solved.get(key)

    def keep(self, key: tuple[Any, ...], solved: _SolvedLayout) -> None:
        with self._lock:
            while len(self._solved) >= self.LIMIT:
                del self._solved[next(iter(self._solved))]  # the oldest
            self._solved[key] = solved

    def clear(self) -> None:
        with self._lock:
            self._solved.clear()


_LAYOUTS: Final = _Layouts()
_LAYOUT_KEY_ATTR: Final = "_backplan_layout_key"


def _text_key(text: Text) -> tuple[Any, ...]:
    """What the layout measures of a text (matplotlib compares fonts by hash too)."""
    return (
        text.get_text(),
        text.get_visible(),
        text.get_in_layout(),
        hash(text.get_fontproperties()),
        text.get_rotation(),
        text.get_horizontalalignment(),
        text.get_verticalalignment(),
    )


def _layout_key(fig: Figure, renderer: RendererAgg) -> tuple[Any, ...] | None:
    """Everything the constrained layout of ``fig`` depends on, or None to solve it.

    The layout engine sizes each panel's margins from the boxes of its texts: titles,
    axis labels, tick labels, the offset of the date axis, keys, the figure's
    suptitle. A figure built by :func:`build_progress_figure` with the same size,
    dpi, grid, texts and fonts, starting from the same places, comes out the same. The
    tick labels are the ones at the starting places; an axis whose ticks depend on
    its length in pixels (the walking minutes) adds its range, since the solver
    measures it again at other lengths.
    """
    handles = _handles(fig)
    engine = fig.get_layout_engine()
    if handles is None or not isinstance(engine, ConstrainedLayoutEngine) or fig.subfigs or fig.legends:
        return None
    if len(fig.axes) != 4 or any(ax.get_subplotspec() is None for ax in fig.axes):
        return None
    parts: list[Any] = [
        float(fig.dpi),
        tuple(float(v) for v in fig.get_size_inches()),
        float(renderer.dpi),
        get_hinting_flag(),  # type: ignore[no-untyped-call]
        tuple(sorted((k, str(v)) for k, v in engine.get().items())),
        handles.compact,
        str(fig.axes[0].get_subplotspec().get_gridspec().get_height_ratios()),  # type: ignore[union-attr]
        tuple(_text_key(t) for t in fig.texts),
    ]
    for name in ("_suptitle", "_supxlabel", "_supylabel"):
        title = getattr(fig, name, None)
        parts.append(None if title is None else (*_text_key(title), *title.get_position()))
    for ax in fig.axes:
        parts.append(tuple(ax.get_position(original=True).bounds))
        parts.append((ax.axison, ax.get_visible(), ax.get_in_layout()))
        texts: list[Text] = [ax.title, ax._left_title, ax._right_title, *ax.texts]  # type: ignore[attr-defined]
        for axis in (ax.xaxis, ax.yaxis):
            ticks = axis._update_ticks()  # type: ignore[union-attr]
            texts += [axis.label, axis.offsetText]
            texts += [label for tick in ticks for label in (tick.label1, tick.label2)]
            first = ticks[0] if ticks else None
            parts.append(
                (
                    axis.get_visible(),
                    axis.labelpad,
                    len(ticks),
                    None if first is None else (first.get_pad(), first.get_tick_padding()),
                )
            )
            if not isinstance(axis.get_major_locator(), (FixedLocator, AutoDateLocator)):
                parts.append(tuple(float(v) for v in axis.get_view_interval()))
        legend = ax.get_legend()
        if legend is not None:
            texts += [*legend.get_texts(), legend.get_title()]
            parts.append((legend.get_visible(), legend.get_in_layout(), legend._ncols, legend.get_frame_on()))  # type: ignore[attr-defined]
        parts.append(tuple(_text_key(t) for t in texts))
    return tuple(parts)


def _reuse_layout(fig: Figure, renderer: RendererAgg) -> None:
    """Before a draw that would solve the layout: take a solution kept for the same
    inputs, or note the inputs so that :func:`_freeze_layout` keeps this one."""
    key = _layout_key(fig, renderer)
    setattr(fig, _LAYOUT_KEY_ATTR, None)
    if key is None:
        return
    solved = _LAYOUTS.get(key)
    if solved is None or len(solved.axes) != len(fig.axes):
        setattr(fig, _LAYOUT_KEY_ATTR, key)
        return
    solved.apply(fig)
    engine = fig.get_layout_engine()
    assert engine is not None
    setattr(fig, _FROZEN_ATTR, engine)
    fig.set_layout_engine("none")


def _thaw_layout(fig: Figure) -> None:
    """Solve the layout again at the next draw."""
    engine = _frozen(fig)
    if engine is not None:
        setattr(fig, _FROZEN_ATTR, None)
        fig.set_layout_engine(engine)


def _on_resize(event: Any) -> None:
    _thaw_layout(event.canvas.figure)


def build_progress_figure(
    data: ProgressData,
    *,
    dark: bool = False,
    figsize: tuple[float, float] = (11.0, 7.5),
    compact: bool = False,
    rows: Sequence[Row] | None = None,
) -> Figure:
    """A new figure of ``data``; light for paper, ``dark`` for a dark window theme.

    ``compact`` is for a portrait page (the report): the keys go above the panels
    instead of beside them, titles are shorter and the type a little smaller, so the
    plots keep the page's full width.

    ``rows`` are the lower panel's rows (by default :func:`timeline_rows` of
    ``data``). A window that switches between ranges passes the rows of the whole
    history, so that every range fits the same rows and a switch is an update in
    place; a row with nothing in the range stays empty.

    The layout is solved at the first draw and then kept (see ``_freeze_layout``)
    until the figure is resized or its keys or rows change.
    """
    register_chart_fonts()
    fig = _ProgressFigure(figsize=figsize, layout="constrained")
    # The callbacks belong to the figure, so they hold on whichever canvas shows it.
    fig.canvas.mpl_connect("draw_event", _freeze_layout)
    fig.canvas.mpl_connect("resize_event", _on_resize)
    _populate(fig, data, DARK if dark else LIGHT, compact, _rows_for(data, rows))
    return fig


def update_progress_figure(fig: Figure, data: ProgressData, rows: Sequence[Row] | None = None) -> None:
    """Show ``data`` in a figure made by :func:`build_progress_figure`.

    When the lower panel keeps the same rows (the usual case when only the range
    changes, always when the window passes the whole history's ``rows``) the series
    are swapped in place (``set_data``, a new x range) instead of building every axis
    again; otherwise the figure is cleared and refilled. The figure object stays the
    same either way, so a canvas showing it keeps working.
    """
    wanted = _rows_for(data, rows)
    handles = _handles(fig)
    if handles is None or handles.rows != wanted:
        theme = handles.theme if handles is not None else LIGHT
        compact = handles.compact if handles is not None else False
        fig.clear()
        _populate(fig, data, theme, compact, wanted)
        return
    _fill(handles, data)
    _legends(handles, data)


def _rows_for(data: ProgressData, rows: Sequence[Row] | None) -> tuple[Row, ...]:
    """``rows`` when every row ``data`` needs is among them, else ``data``'s own rows."""
    own = timeline_rows(data)
    if rows is None:
        return own
    given = tuple(rows)
    return given if set(own) <= set(given) else own


def set_progress_range(fig: Figure, start: date, end: date, timezone: str) -> None:
    """Show local days ``start`` to ``end`` without touching the data (cheapest zoom)."""
    lo, hi = day_bounds(timezone, start, (end - start).days + 1)
    handles = _handles(fig)
    if handles is not None:
        handles.pain_ax.set_xlim(_x(lo), _x(hi))


# Each panel's title and upright axis label (None: none), in the wide and the compact
# layout. Compact: the walking and PSFS panels are too short for an upright label (it
# ran into the next panel), so their unit is in the title; the pain label is cut to
# its scale (the whole one was as tall as the panel in the smallest window), as the
# pain key takes the room beside the title; the plan panel's title leaves room for
# its key.
def _panel_names(compact: bool) -> tuple[tuple[str, str | None], ...]:
    """Each panel's title and axis label, in the language of the moment (asked at each draw)."""
    if compact:
        return (
            (tr("Pain"), "0-10"),
            (tr("Walking, minutes"), None),
            (tr("PSFS average, 0-10 (10 = as before the injury)"), None),
            (tr("What was done"), None),
        )
    return (
        (tr("Pain, 0 (none) to 10 (worst imaginable)"), tr("Pain (0-10)")),
        (tr("Longest comfortable walk"), tr("Minutes")),
        (tr("Activities you chose (PSFS average): 0 unable, 10 as before the injury"), tr("PSFS (0-10)")),
        (tr("Plan and what was done"), None),
    )


def _name_panels(axes: tuple[Axes, ...], theme: Theme, compact: bool) -> None:
    for ax, (title, label) in zip(axes, _panel_names(compact), strict=True):
        ax.set_title(title, loc="left", color=theme.text, y=1.0, pad=4)
        if label is not None:
            ax.set_ylabel(label, color=theme.text)


def _populate(fig: Figure, data: ProgressData, theme: Theme, compact: bool, rows: tuple[Row, ...]) -> None:
    _thaw_layout(fig)  # new axes: lay them out afresh
    small = 8 if compact else 9
    fig.set_facecolor(theme.background)
    heights = [3.0, 1.25, 1.25, max(1.1, 0.34 * len(rows) + 0.5)]
    grid = fig.add_gridspec(4, 1, height_ratios=heights)
    pain_ax = fig.add_subplot(grid[0])
    walk_ax = fig.add_subplot(grid[1], sharex=pain_ax)
    psfs_ax = fig.add_subplot(grid[2], sharex=pain_ax)
    line_ax = fig.add_subplot(grid[3], sharex=pain_ax)
    axes = (pain_ax, walk_ax, psfs_ax, line_ax)
    for ax in axes:
        _style(ax, theme, small)

    tz = data.tz
    locator = _DateLocator(tz=tz, minticks=4, maxticks=10)  # type: ignore[no-untyped-call]
    formatter = _DateFormatter(locator, tz=tz)  # type: ignore[no-untyped-call]
    line_ax.xaxis.set_major_locator(locator)
    line_ax.xaxis.set_major_formatter(formatter)
    for ax in axes[:-1]:
        ax.tick_params(labelbottom=False)

    # Pain
    points = pain_ax.plot(
        [],
        [],
        linestyle="none",
        marker="o",
        markersize=5,
        color=theme.ink,
        label=tr("Pain (each entry)"),
        zorder=4,
    )[0]
    rolling = pain_ax.plot(
        [], [], color=OKABE_ITO["blue"], linewidth=2.4, label=tr("7-day mean"), zorder=3
    )[0]
    worst = pain_ax.plot(
        [],
        [],
        linestyle=(0, (1, 2)),
        linewidth=1,
        marker="^",
        markersize=6,
        markerfacecolor="none",
        color=OKABE_ITO["vermillion"],
        label=tr("Worst pain (last 24 h)"),
        zorder=3,
    )[0]
    pain_ax.set_ylim(-0.5, 10.5)
    pain_ax.set_yticks(range(0, 11, 2))
    _name_panels(axes, theme, compact)

    psfs = psfs_ax.plot(
        [],
        [],
        marker="D",
        markersize=5,
        linewidth=1.6,
        linestyle="--",
        color=OKABE_ITO["reddish_purple"],
        label=tr("PSFS average"),
    )[0]
    psfs_ax.set_ylim(-0.5, 10.5)
    psfs_ax.set_yticks(range(0, 11, 5))

    row_markers: dict[str, Line2D] = {}
    for row in rows:
        marker, colour = _row_style(row, theme)
        size = 14 if row.key.startswith("med:") else 7
        row_markers[row.key] = line_ax.plot(
            [],
            [],
            linestyle="none",
            marker=marker,
            markersize=size,
            color=colour,
            markeredgewidth=1.6 if marker == "|" else 0.8,
            zorder=3,
        )[0]
    overrides = None
    if any(r.key.startswith("med:") for r in rows):
        overrides = line_ax.plot(
            [],
            [],
            linestyle="none",
            marker="x",
            markersize=9,
            markeredgewidth=2,
            color=OKABE_ITO["vermillion"],
            zorder=4,
        )[0]
    line_ax.set_yticks([-i for i in range(len(rows))])
    line_ax.set_yticklabels([plain(_shorten(r.label)) for r in rows])
    line_ax.set_ylim(-max(1, len(rows)) + 0.5, 0.5)
    line_ax.grid(axis="y", visible=False)

    empty = {
        "pain": _empty_text(pain_ax, "No pain entries in this period", theme),
        "walk": _empty_text(walk_ax, "No walking minutes in this period", theme),
        "psfs": _empty_text(psfs_ax, "No PSFS scores in this period", theme),
        "line": _empty_text(line_ax, "Nothing recorded as done in this period", theme),
    }

    handles = _Handles(
        theme,
        compact,
        rows,
        pain_ax,
        walk_ax,
        psfs_ax,
        line_ax,
        points,
        rolling,
        worst,
        psfs,
        row_markers,
        overrides,
        empty,
    )
    setattr(fig, _HANDLES_ATTR, handles)
    _fill(handles, data)
    _legends(handles, data)


def _row_style(row: Row, theme: Theme) -> tuple[str, str]:
    if row.key.startswith("med:"):
        return "|", theme.ink
    if row.key.startswith("kind:"):
        return _KIND_STYLE.get(row.key[5:], ("o", theme.ink))
    if row.key == "side_effects":
        return _SIDE_EFFECT_STYLE
    return _RED_FLAG_STYLE


def _style(ax: Axes, theme: Theme, size: int) -> None:
    ax.set_facecolor(theme.panel)
    ax.grid(True, color=theme.grid, linewidth=0.6)
    ax.set_axisbelow(True)
    ax.tick_params(colors=theme.text, labelsize=size)
    ax.title.set_fontsize(size + 2)
    ax.yaxis.label.set_fontsize(size + 1)
    for spine in ax.spines.values():
        spine.set_color(theme.grid)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)


def _empty_text(ax: Axes, text: str, theme: Theme) -> Any:
    return ax.text(
        0.5,
        0.5,
        text,
        transform=ax.transAxes,
        ha="center",
        va="center",
        fontsize=11,
        color=theme.text,
        alpha=0.8,
        visible=False,
    )


def _x(moment: datetime) -> float:
    """``date2num`` for one aware datetime, without its per-call overhead.

    Matplotlib counts days since its epoch; an instant's POSIX timestamp gives the
    same number directly, which matters when a year of doses is plotted.
    """
    return _epoch_offset() + moment.timestamp() / 86400.0


_EPOCH_CACHE: dict[str, float] = {}


def _epoch_offset() -> float:
    epoch = get_epoch()  # type: ignore[no-untyped-call]
    offset = _EPOCH_CACHE.get(epoch)
    if offset is None:
        offset = float(date2num(datetime(1970, 1, 1, tzinfo=UTC)))  # type: ignore[no-untyped-call]
        _EPOCH_CACHE[epoch] = offset
    return offset


def _xs(moments: Sequence[datetime]) -> np.ndarray:
    """:func:`_x` for many instants at once (the epoch looked up once)."""
    offset = _epoch_offset()
    return np.fromiter((m.timestamp() for m in moments), float, len(moments)) / 86400.0 + offset


def _noon(day: date, data: ProgressData) -> datetime:
    """Daily values are drawn at local noon of their day."""
    return datetime.combine(day, time(12), data.tz)


def _day_xs(data: ProgressData) -> np.ndarray:
    """Local noon of every day of the range, worked out once for all daily series."""
    tz = data.tz
    return _xs([datetime.combine(day, time(12), tz) for day in data.daily.days])


def _series(
    data: ProgressData, values: Sequence[float | int | None], day_xs: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """The days of ``values`` that have a value, at noon, and those values."""
    present = np.fromiter((v is not None for v in values), bool, len(values))
    ys = np.fromiter((v for v in values if v is not None), float)
    return day_xs[present], ys


def _rolling_series(data: ProgressData, day_xs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The 7-day mean with gaps (NaN) where a whole week has no entry."""
    values = data.daily.pain_mean_7d
    ys = np.fromiter((np.nan if v is None else v for v in values), float, len(values))
    return day_xs, ys


# Marker sizes at two weeks to two months; longer ranges draw them smaller.
_BASE_SIZES: Final = {"points": 5.0, "worst": 6.0, "psfs": 5.0, "dose": 14.0, "mark": 7.0}


def _scale_markers(h: _Handles, data: ProgressData) -> None:
    """Smaller markers (and no joining line for the worst pain) over long ranges.

    A year of daily points at two-week sizes merges into a smear; shrinking them
    with the square root of the density keeps single days visible and the trend
    readable, from two weeks to five years.
    """
    days = (data.end - data.start).days + 1
    scale = 1.0 if days <= 60 else max(0.3, (60 / days) ** 0.5)
    h.points.set_markersize(_BASE_SIZES["points"] * scale)
    h.worst.set_markersize(_BASE_SIZES["worst"] * scale)
    h.worst.set_linestyle((0, (1, 2)) if days <= 60 else "none")
    h.psfs.set_markersize(_BASE_SIZES["psfs"] * scale)
    for key, line in h.row_markers.items():
        base = _BASE_SIZES["dose"] if key.startswith("med:") else _BASE_SIZES["mark"]
        line.set_markersize(base * max(scale, 0.5))


def _fill(h: _Handles, data: ProgressData) -> None:
    """Put ``data`` into the artists (also used for an in-place update)."""
    for artist in h.replaceable:
        artist.remove()
    h.replaceable.clear()
    theme = h.theme

    day_xs = _day_xs(data)
    h.points.set_data(_xs([p.at for p in data.points]), [p.pain for p in data.points])
    _scale_markers(h, data)
    h.rolling.set_data(*_rolling_series(data, day_xs))
    h.worst.set_data(*_series(data, data.daily.pain_worst, day_xs))
    psfs_x, psfs_y = _series(data, data.daily.psfs_average, day_xs)
    h.psfs.set_data(psfs_x, psfs_y)

    wx, wy = _series(data, data.daily.walking_minutes, day_xs)
    if len(wx):
        # One collection rather than a patch per day: years of bars stay fast.
        # Gaps between bars only where a day is several pixels wide; over long
        # ranges touching bars read as an area instead of a moiré of slivers.
        half = 0.35 if (data.end - data.start).days < 120 else 0.5
        verts = np.zeros((len(wx), 4, 2))
        verts[:, (0, 1), 0] = (wx - half)[:, None]
        verts[:, (2, 3), 0] = (wx + half)[:, None]
        verts[:, (1, 2), 1] = wy[:, None]
        bars = PolyCollection(
            verts,  # type: ignore[arg-type]  # an (n, 4, 2) array is accepted
            facecolors=OKABE_ITO["bluish_green"],
            edgecolors=theme.ink,
            linewidths=0.3 if len(wx) <= 120 else 0.0,
            label=tr("Walking minutes"),
        )
        bars.set_gid("walking")
        h.walk_ax.add_collection(bars, autolim=False)
        h.replaceable.append(bars)
        h.walk_ax.set_ylim(0, max(10.0, float(wy.max()) * 1.15))
    else:
        h.walk_ax.set_ylim(0, 10)

    # Rows: medicines (course spans and dose ticks), kinds, symptoms.
    index = {row.key: -i for i, row in enumerate(h.rows)}
    tz = data.tz
    for course in data.courses:
        y = index.get(f"med:{course.med_id}")
        if y is None:
            continue
        lo = datetime.combine(course.first, time(), tz)
        hi = datetime.combine(course.last + timedelta(days=1), time(), tz)
        span = h.line_ax.fill_between(
            [_x(lo), _x(hi)],
            y - 0.32,
            y + 0.32,
            color=OKABE_ITO["sky_blue"],
            alpha=theme.span_alpha + 0.2,
            linewidth=0,
            hatch="..",
            edgecolor=theme.grid,
            zorder=1,
        )
        span.set_gid(f"course:{course.med_id}")
        h.replaceable.append(span)
    doses: dict[str, list[datetime]] = {}
    override_at: list[datetime] = []
    override_y: list[float] = []
    for tick in data.doses:
        doses.setdefault(tick.med_id, []).append(tick.at)
        if tick.override_reason:
            override_at.append(tick.at)
            override_y.append(index.get(f"med:{tick.med_id}", 0))
    override_x = _xs(override_at)
    for row in h.rows:
        moments: Sequence[datetime]
        if row.key.startswith("med:"):
            moments = doses.get(row.key[4:], [])
        elif row.key.startswith("kind:"):
            moments = [m.at for m in data.done.get(row.key[5:], ())]
        elif row.key == "side_effects":
            moments = [_noon(s.day, data) for s in data.side_effect_days]
        else:
            moments = [_noon(s.day, data) for s in data.red_flag_days]
        xs = _xs(moments)
        h.row_markers[row.key].set_data(xs, np.full(len(xs), float(index[row.key])))
    if h.overrides is not None:
        h.overrides.set_data(override_x, override_y)

    for flare in data.flare_ups:
        for ax in (h.pain_ax, h.walk_ax, h.psfs_ax, h.line_ax):
            band = ax.axvspan(
                _x(flare.start),
                _x(flare.end),
                facecolor=OKABE_ITO["yellow"],
                alpha=theme.span_alpha,
                hatch="//",
                edgecolor=OKABE_ITO["orange"],
                linewidth=0,
                zorder=0,
            )
            band.set_gid("flare-up")
            h.replaceable.append(band)
    for flagged in data.red_flag_days:
        mark = h.pain_ax.axvline(
            _x(_noon(flagged.day, data)),
            color=OKABE_ITO["vermillion"],
            linestyle=(0, (1, 1.5)),
            linewidth=1.6,
            zorder=2,
        )
        mark.set_gid("red-flag")
        h.replaceable.append(mark)

    h.empty["pain"].set_visible(not data.points)
    h.empty["walk"].set_visible(not len(wx))
    h.empty["psfs"].set_visible(not len(psfs_x))
    h.empty["line"].set_visible(not timeline_rows(data))
    h.pain_ax.set_xlim(_x(data.range_start), _x(data.range_end))
    # The data are clipped to their panels, so the layout need not measure them.
    for line in (h.points, h.rolling, h.worst, h.psfs, *h.row_markers.values(), h.overrides):
        if line is not None:
            line.set_in_layout(False)
    for artist in h.replaceable:
        artist.set_in_layout(False)


def _legends(h: _Handles, data: ProgressData) -> None:
    """A key for each panel that needs one; entries only for what the period shows."""
    before = _legend_labels(h)
    _make_legends(h, data)
    fig = h.pain_ax.get_figure(root=True)
    if _legend_labels(h) == before or not isinstance(fig, Figure) or _frozen(fig) is None:
        return
    # Entries came or went. The layout keeps room beside the panels for the keys'
    # widths (their height stays within the panels): solve it again only when a
    # width changed, as a figure built afresh would have it.
    if h.key_widths is None or _key_widths(h, fig.canvas.get_renderer()) != h.key_widths:  # type: ignore[attr-defined]
        _thaw_layout(fig)


def _legend_labels(h: _Handles) -> tuple[tuple[str, ...], ...]:
    labels = []
    for ax in (h.pain_ax, h.line_ax):
        legend = ax.get_legend()
        labels.append(tuple(t.get_text() for t in legend.get_texts()) if legend is not None else ())
    return tuple(labels)


def _key_widths(h: _Handles, renderer: Any) -> tuple[tuple[float, ...], ...]:
    """How far each panel's key reaches out of its panel on each side, in pixels.

    That is what the layout makes room for (a key inside its panel's height takes
    no room of its own); rounded, so that a hair is no change.
    """
    sizes = []
    for ax in (h.pain_ax, h.line_ax):
        legend = ax.get_legend()
        if legend is None:
            sizes.append((0.0, 0.0, 0.0, 0.0))
            continue
        box, panel = legend.get_window_extent(renderer), ax.bbox
        sizes.append(
            tuple(
                round(max(0.0, out), 1)
                for out in (panel.x0 - box.x0, box.x1 - panel.x1, panel.y0 - box.y0, box.y1 - panel.y1)
            )
        )
    return tuple(sizes)


def _make_legends(h: _Handles, data: ProgressData) -> None:
    theme = h.theme
    pain_items: list[Any] = [h.points, h.rolling, h.worst]
    if data.flare_ups:
        pain_items.append(
            Patch(
                facecolor=OKABE_ITO["yellow"],
                alpha=theme.span_alpha + 0.2,
                hatch="//",
                edgecolor=OKABE_ITO["orange"],
                label=tr("Flare-up"),
            )
        )
    if data.red_flag_days:
        pain_items.append(
            Line2D(
                [],
                [],
                color=OKABE_ITO["vermillion"],
                linestyle=(0, (1, 1.5)),
                linewidth=1.6,
                label=tr("Red flag logged"),
            )
        )
    _legend(h.pain_ax, pain_items, theme, h.compact)
    if any(r.key.startswith("med:") for r in timeline_rows(data)):
        items: list[Any] = [
            Patch(
                facecolor=OKABE_ITO["sky_blue"],
                alpha=theme.span_alpha + 0.2,
                hatch="..",
                edgecolor=theme.grid,
                label=tr("Medicine course"),
            ),
            Line2D(
                [],
                [],
                linestyle="none",
                marker="|",
                markersize=12,
                markeredgewidth=1.6,
                color=theme.ink,
                label=tr("Dose taken"),
            ),
        ]
        if any(t.override_reason for t in data.doses):
            items.append(
                Line2D(
                    [],
                    [],
                    linestyle="none",
                    marker="x",
                    markersize=8,
                    markeredgewidth=2,
                    color=OKABE_ITO["vermillion"],
                    label=tr("Taken with a safety override"),
                )
            )
        _legend(h.line_ax, items, theme, h.compact)
    elif (old := h.line_ax.get_legend()) is not None:
        old.remove()  # no medicine in this range (the rows kept are empty): no key for them


def _legend(ax: Axes, handles: list[Any], theme: Theme, compact: bool) -> None:
    if compact:
        # Above the panel, right-aligned, beside its (short) title.
        legend = ax.legend(
            handles=handles,
            loc="lower right",
            bbox_to_anchor=(0.985, 1.0),
            ncol=min(3 if ax.get_title(loc="left") == tr("Pain") else 2, len(handles)),
            fontsize=7.5,
            frameon=False,
            borderaxespad=0.2,
            columnspacing=1.2,
            handlelength=1.8,
        )
    else:
        legend = ax.legend(
            handles=handles,
            loc="upper left",
            bbox_to_anchor=(1.01, 1.0),
            fontsize=9,
            frameon=True,
            borderaxespad=0.0,
        )
    legend.get_frame().set_facecolor(theme.panel)
    legend.get_frame().set_edgecolor(theme.grid)
    for text in legend.get_texts():
        text.set_color(theme.text)


# --- export ---------------------------------------------------------------------------


def period_text(start: date, end: date) -> str:
    """``2 Nov 2026 to 26 Nov 2026``, the same words the documents use."""
    return f"{format_date(start)} to {format_date(end)}"


def write_chart(
    doc: PlanDocument,
    out: Path,
    start: date | None,
    end: date | None,
    *,
    now: datetime,
) -> None:
    """The chart for local days ``start``-``end`` as .pdf (one page), .png or .svg.

    The format follows the extension. The page is titled with the patient and the
    period; the file's own metadata names only the document and backplan.
    """
    suffix = out.suffix.lower()
    if suffix not in (".pdf", ".png", ".svg"):
        raise ValueError(f"{out.name}: the chart is written as .pdf, .png or .svg")
    data = progress_data(doc, start, end, now)
    fig = build_progress_figure(data, figsize=A4_LANDSCAPE_INCHES)
    fig.suptitle(
        f"Pain and mobility: {plain(data.patient)}, {period_text(data.start, data.end)}",
        fontsize=14,
        x=0.01,
        ha="left",
    )
    save_figure(fig, out, title=CHART_TITLE)


def save_figure(fig: Figure, out: Path, *, title: str, dpi: int = 150) -> None:
    """Write ``fig`` in the format its extension names, with minimal metadata.

    The figure gets an Agg canvas, and ``savefig`` switches to the PDF or SVG
    canvas for those formats; pyplot is never involved. The metadata keeps only the
    document's name and backplan (no dates, no library banners).
    """
    suffix = out.suffix.lower()
    metadata: dict[str, str | None]
    if suffix == ".pdf":
        metadata = {"Title": title, "Creator": "backplan", "Producer": None, "CreationDate": None}
    elif suffix == ".svg":
        metadata = {"Title": title, "Creator": "backplan", "Date": None}
    elif suffix == ".png":
        metadata = {"Title": title, "Software": "backplan"}
    else:
        raise ValueError(f"{out.name}: expected .pdf, .png or .svg")
    FigureCanvasAgg(fig)
    # A private temporary file renamed into place (domain.files): the chart is health
    # data, and a link planted at ``out`` must not be followed.
    with (
        matplotlib.rc_context({"pdf.fonttype": 42, "svg.hashsalt": "backplan"}),
        private_temp_file(Path(out)) as tmp,
    ):
        fig.savefig(str(tmp), format=suffix[1:], dpi=dpi, metadata=metadata)


def figure_png_bytes(fig: Figure, dpi: int = 150) -> bytes:
    """The figure as PNG bytes (for documents that embed it as a picture)."""
    buffer = io.BytesIO()
    FigureCanvasAgg(fig)
    fig.savefig(buffer, format="png", dpi=dpi, metadata={"Software": "backplan"})
    return buffer.getvalue()


__all__ = [
    "A4_LANDSCAPE_INCHES",
    "CHART_TITLE",
    "DARK",
    "LIGHT",
    "OKABE_ITO",
    "Row",
    "Theme",
    "build_progress_figure",
    "figure_png_bytes",
    "period_text",
    "plain",
    "save_figure",
    "set_progress_range",
    "timeline_rows",
    "update_progress_figure",
    "write_chart",
]
