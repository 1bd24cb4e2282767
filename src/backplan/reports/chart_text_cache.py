"""The chart's texts that do not depend on the range shown, kept as pixels for the Agg canvas.

Drawing text is most of a chart's draw on matplotlib's public API: each string is
measured and then rendered glyph by glyph from Python (about 100 ms of a 145 ms draw
of the five-year chart). Many of the chart's texts are the same in every chart of a
window: the value axes' tick labels and labels, the plan's row labels and the keys.
Those are drawn once and kept as the pixels they made (``copy_from_bbox``); a later
chart of the same size whose texts are all found hides them for its draw and puts
their pixels back (``restore_region``). The date axis, which changes with the
range, is always drawn, and so are the panels' titles, which sit on the panel's edge.

Only for a canvas drawn on the Agg renderer (the window's chart, the report's
picture): a file written with ``savefig`` (PNG, PDF, SVG) draws every text. A
text's pixels are kept under everything that decides them (its string, font,
colour, alignment, where it is anchored on the canvas, the canvas's size, dpi and
background), and only when its box touches nothing else that is drawn: no panel
(where the data is), no text of another group, no tick of the date axis. A group
(a value axis's tick labels with its label, which is placed from their boxes) is
put back whole or drawn whole.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Final

import numpy as np
from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import RendererAgg
from matplotlib.colors import to_rgba
from matplotlib.figure import Figure
from matplotlib.legend import Legend
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.text import Text
from matplotlib.transforms import Bbox

from backplan.reports.bounded_store import BoundedStore

_SPILL: Final = 2.0  # pixels around a text's box that antialiasing may touch
_TICK_ROOM: Final = 12.0  # pixels below a panel where the date axis draws its ticks


# Pixels of texts by what decides them (``None``: a text that cannot be kept, as it
# touches something else drawn).
KEPT: Final[BoundedStore[tuple[Any, ...], tuple[Any, Bbox] | None]] = BoundedStore(512)


def forget_kept_texts() -> None:
    """Empty the store: every text is drawn again (tests)."""
    KEPT.clear()


def _font(text: Text) -> tuple[Any, ...]:
    return (
        text.get_text(),
        hash(text.get_fontproperties()),
        str(text.get_color()),
        text.get_alpha(),
        text.get_rotation(),
        text.get_horizontalalignment(),
        text.get_verticalalignment(),
        text.get_rotation_mode(),
        text.get_linespacing(),
    )


def _anchor(text: Text) -> tuple[float, ...]:
    """Where ``text`` is anchored on the canvas, in pixels (as matplotlib places it)."""
    x, y = text.get_transform().transform(text.get_position())
    return (float(x), float(y))


def _handle(artist: Any) -> tuple[Any, ...]:
    if isinstance(artist, Line2D):
        return (
            "line",
            str(artist.get_color()),
            str(artist.get_linestyle()),
            artist.get_linewidth(),
            str(artist.get_marker()),
            artist.get_markersize(),
            str(artist.get_markerfacecolor()),
            str(artist.get_markeredgecolor()),
        )
    if isinstance(artist, Patch):
        return ("patch", str(artist.get_facecolor()), str(artist.get_edgecolor()), artist.get_hatch())
    return (type(artist).__name__,)


def _legend_key(legend: Legend) -> tuple[Any, ...]:
    anchor = legend.get_bbox_to_anchor()
    return (
        tuple(_font(t) for t in legend.get_texts()),
        tuple(_handle(h) for h in legend.legend_handles),
        tuple(float(v) for v in anchor.bounds),
        legend.get_frame_on(),
        str(legend.get_frame().get_facecolor()),
        str(legend.get_frame().get_edgecolor()),
    )


def _titles(ax: Axes) -> list[Text]:
    return [
        child
        for child in ax.get_children()
        if isinstance(child, Text) and child not in ax.texts and child.get_visible() and child.get_text()
    ]


Group = list[tuple[Artist, tuple[Any, ...]]]


def _static_texts(fig: Figure) -> list[Group]:
    """The texts that do not depend on the range shown, each with what decides its pixels,
    in groups that are put back or drawn together.

    Per panel: each title, the key, and the value axis's tick labels (the plan
    panel's row labels among them) with the axis label, which is placed from their
    boxes (so its key holds theirs, and the group is drawn or put back whole).
    """
    groups: list[Group] = []
    for ax in fig.axes:
        if not ax.get_visible():
            continue
        panel = tuple(float(v) for v in ax.bbox.bounds)
        groups += [[(title, ("title", _font(title), _anchor(title)))] for title in _titles(ax)]
        ticks: Group = [
            (label, ("tick", _font(label), _anchor(label)))
            for label in ax.yaxis.get_majorticklabels()
            if label.get_visible() and label.get_text()
        ]
        ylabel = ax.yaxis.label
        if ylabel.get_visible() and ylabel.get_text():
            placed_by = tuple(key for _, key in ticks)
            ticks.append((ylabel, ("label", _font(ylabel), panel, ax.yaxis.labelpad, placed_by)))
        if ticks:
            groups.append(ticks)
        legend = ax.get_legend()
        if legend is not None and legend.get_visible():
            groups.append([(legend, ("key", panel, _legend_key(legend)))])
    return groups


def _canvas_key(fig: Figure, renderer: RendererAgg) -> tuple[Any, ...]:
    return (int(renderer.width), int(renderer.height), float(fig.dpi), str(fig.get_facecolor()))


def _no_go(fig: Figure, renderer: RendererAgg) -> list[Bbox]:
    """What a kept text must not touch: the panels with their date ticks, the date axes'
    texts (they change with the range), and the figure's own texts."""
    boxes = []
    for ax in fig.axes:
        box = ax.bbox
        boxes.append(Bbox.from_extents(box.x0 - 1, box.y0 - _TICK_ROOM, box.x1 + 1, box.y1 + 1))
        params = ax.xaxis.get_tick_params(which="major")
        if params.get("labelbottom", True) or params.get("labeltop", False) or ax.xaxis.label.get_text():
            # The panels that share the bottom one's dates show none: only it is asked.
            dates = ax.xaxis.get_tightbbox(renderer)
            if dates is not None:
                boxes.append(dates)
    boxes += [t.get_window_extent(renderer) for t in fig.texts if t.get_visible()]
    return boxes


def _region_box(box: Bbox, renderer: RendererAgg) -> Bbox | None:
    x0, y0 = max(0.0, float(int(box.x0 - _SPILL))), max(0.0, float(int(box.y0 - _SPILL)))
    x1 = min(float(renderer.width), float(int(box.x1 + _SPILL) + 1))
    y1 = min(float(renderer.height), float(int(box.y1 + _SPILL) + 1))
    return Bbox.from_extents(x0, y0, x1, y1) if x1 > x0 and y1 > y0 else None


def _clear(box: Bbox, others: Iterable[Bbox]) -> bool:
    return not any(box.overlaps(other) for other in others)


def draw_with_kept_texts(fig: Figure, renderer: Any, draw: Any, solving: bool) -> None:
    """``draw(renderer)``, with the static texts' pixels put back instead of drawn when
    they are kept; the first time, drawn as usual, and those that can be kept are.

    Asking for the tick labels after the draw leaves the figure marked stale (it is
    not: the same ticks are worked out again); no figure of the app redraws on that
    mark (they are not pyplot's), and the flag is matplotlib's to set.

    ``solving``: the layout is solved in this draw, so the texts are not where they
    will be drawn yet; they are drawn, and kept afterwards.
    """
    if not isinstance(renderer, RendererAgg) or fig.canvas.is_saving():
        # A file (``savefig``: a PNG, or a PDF's draws) is drawn the ordinary way: its
        # size and dpi are the file's, and matplotlib may draw it first with drawing
        # turned off to measure a tight box, which would keep blank pixels.
        draw(renderer)
        return
    found = None
    if not solving:
        groups = _static_texts(fig)
        canvas = _canvas_key(fig, renderer)
        found = KEPT.get_all([(canvas, key) for group in groups for _, key in group])
    if found is not None:
        members = [artist for group in groups for artist, _ in group]
        kept = [(artist, item) for artist, item in zip(members, found, strict=True) if item is not None]
        _draw_from_kept(fig, renderer, draw, kept)
    else:
        draw(renderer)
        _keep(fig, renderer)


def _draw_from_kept(
    fig: Figure, renderer: RendererAgg, draw: Any, kept: list[tuple[Artist, tuple[Any, Bbox]]]
) -> None:
    hidden = [artist for artist, _ in kept if artist.get_visible()]
    for artist in hidden:
        artist.set_visible(False)
    try:
        draw(renderer)
    finally:
        for artist in hidden:
            artist.set_visible(True)
    no_go = _no_go(fig, renderer)
    if not all(_clear(box, no_go) for _, (_, box) in kept):
        # This range's date axis reaches into a kept text: drawn the ordinary way.
        renderer.clear()  # type: ignore[no-untyped-call]
        draw(renderer)
        return
    for _, (region, _) in kept:
        renderer.restore_region(region)  # type: ignore[no-untyped-call]


def _keep(fig: Figure, renderer: RendererAgg) -> None:
    """Keeps the pixels of each group of static texts that touches nothing else drawn
    (its own members may touch: they are put back together, from one draw).

    Only from a draw that painted the figure's opaque background: one made with
    drawing turned off (``draw_without_rendering``) leaves the canvas blank.
    """
    if to_rgba(fig.get_facecolor())[3] < 1.0:
        return
    if np.asarray(renderer.buffer_rgba())[0, 0, 3] == 0:  # type: ignore[no-untyped-call]
        return
    groups = _static_texts(fig)  # where they were drawn, the layout solved
    canvas = _canvas_key(fig, renderer)
    boxes: list[list[Bbox | None]] = [
        [_region_box(artist.get_window_extent(renderer), renderer) for artist, _ in group] for group in groups
    ]
    no_go = _no_go(fig, renderer)
    for index, (group, group_boxes) in enumerate(zip(groups, boxes, strict=True)):
        others = [b for i, bs in enumerate(boxes) if i != index for b in bs if b is not None]
        keepable = all(b is not None and _clear(b, no_go) and _clear(b, others) for b in group_boxes)
        for (_, key), box in zip(group, group_boxes, strict=True):
            kept = (renderer.copy_from_bbox(box), box) if keepable and box is not None else None
            KEPT.keep((canvas, key), kept)


__all__ = ["KEPT", "draw_with_kept_texts", "forget_kept_texts"]
