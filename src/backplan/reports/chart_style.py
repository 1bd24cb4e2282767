"""What the progress chart looks like and where things go on it, without matplotlib's figure.

The palette and the two themes, each series' marker, the rows of the "Plan and what
was done" panel, the panels' titles, and instants turned into matplotlib's date
numbers. Kept apart from the figure's building (``chart_figure``) so that each can
be read on its own.

Colours are the Okabe-Ito palette, which people with the common colour-vision
deficiencies can tell apart; every series also has its own marker or line style, so
the chart still reads printed in black and white.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import Any, Final

import numpy as np
from matplotlib.axes import Axes
from matplotlib.dates import date2num, get_epoch
from PySide6.QtCore import QCoreApplication, QLocale

from backplan.reports.progress import KIND_LABELS, ProgressData
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
MAX_ROW_LABEL: Final = 28


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
KIND_STYLE: Final[dict[str, tuple[str, str]]] = {
    "physical_therapy": ("P", OKABE_ITO["blue"]),
    "exercise": ("o", OKABE_ITO["bluish_green"]),
    "stretching": ("s", OKABE_ITO["reddish_purple"]),
    "walk": ("^", OKABE_ITO["sky_blue"]),
    "other": ("D", OKABE_ITO["yellow"]),
    "heat": (">", OKABE_ITO["orange"]),
    "cold": ("<", OKABE_ITO["sky_blue"]),
}
SIDE_EFFECT_STYLE: Final = ("d", OKABE_ITO["reddish_purple"])
RED_FLAG_STYLE: Final = ("X", OKABE_ITO["vermillion"])


def plain(text: str) -> str:
    """User text as matplotlib should print it: a ``$`` must not start mathtext."""
    return text.replace("$", r"\$")


def shorten(text: str, limit: int = MAX_ROW_LABEL) -> str:
    """A row label cut to fit beside the panel, with an ellipsis."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


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


# --- panels ----------------------------------------------------------------------


# Each panel's title and upright axis label (None: none), in the wide and the compact
# layout. Compact: the walking and PSFS panels are too short for an upright label (it
# ran into the next panel), so their unit is in the title; the pain label is cut to
# its scale (the whole one was as tall as the panel in the smallest window), as the
# pain key takes the room beside the title; the plan panel's title leaves room for
# its key.
def panel_names(compact: bool) -> tuple[tuple[str, str | None], ...]:
    """Each panel's title and axis label, in the language of the moment."""
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


def name_panels(axes: tuple[Axes, ...], theme: Theme, compact: bool) -> None:
    for ax, (title, label) in zip(axes, panel_names(compact), strict=True):
        ax.set_title(title, loc="left", color=theme.text, y=1.0, pad=4)
        if label is not None:
            ax.set_ylabel(label, color=theme.text)


def row_style(row: Row, theme: Theme) -> tuple[str, str]:
    if row.key.startswith("med:"):
        return "|", theme.ink
    if row.key.startswith("kind:"):
        return KIND_STYLE.get(row.key[5:], ("o", theme.ink))
    if row.key == "side_effects":
        return SIDE_EFFECT_STYLE
    return RED_FLAG_STYLE


def style_panel(ax: Axes, theme: Theme, size: int) -> None:
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


def empty_text(ax: Axes, text: str, theme: Theme) -> Any:
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


# --- instants as matplotlib's date numbers ---------------------------------------


def x_of(moment: datetime) -> float:
    """``date2num`` for one aware datetime, without its per-call overhead.

    Matplotlib counts days since its epoch; an instant's POSIX timestamp gives the
    same number directly, which matters when a year of doses is plotted.
    """
    return epoch_offset() + moment.timestamp() / 86400.0


EPOCH_CACHE: dict[str, float] = {}


def epoch_offset() -> float:
    epoch = get_epoch()  # type: ignore[no-untyped-call]
    offset = EPOCH_CACHE.get(epoch)
    if offset is None:
        offset = float(date2num(datetime(1970, 1, 1, tzinfo=UTC)))  # type: ignore[no-untyped-call]
        EPOCH_CACHE[epoch] = offset
    return offset


def xs_of(moments: Sequence[datetime]) -> np.ndarray:
    """:func:`x_of` for many instants at once (the epoch looked up once)."""
    offset = epoch_offset()
    return np.fromiter((m.timestamp() for m in moments), float, len(moments)) / 86400.0 + offset


def noon(day: date, data: ProgressData) -> datetime:
    """Daily values are drawn at local noon of their day."""
    return datetime.combine(day, time(12), data.tz)


def day_xs(data: ProgressData) -> np.ndarray:
    """Local noon of every day of the range, worked out once for all daily series."""
    tz = data.tz
    return xs_of([datetime.combine(day, time(12), tz) for day in data.daily.days])


def series(
    data: ProgressData, values: Sequence[float | int | None], at: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """The days of ``values`` that have a value, at noon, and those values."""
    present = np.fromiter((v is not None for v in values), bool, len(values))
    ys = np.fromiter((v for v in values if v is not None), float)
    return at[present], ys


def rolling_series(data: ProgressData, at: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The 7-day mean with gaps (NaN) where a whole week has no entry."""
    values = data.daily.pain_mean_7d
    ys = np.fromiter((np.nan if v is None else v for v in values), float, len(values))
    return at, ys
