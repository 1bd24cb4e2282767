"""The chart's static texts kept as pixels on the Agg canvas: the same picture, faster.

A chart drawn with its titles, value-axis labels, row labels and keys put back from
pixels kept from an earlier draw must be the chart drawn the ordinary way, pixel for
pixel, for every range, theme and size; a PDF draws every text as text; and the
figure is left as it was (every text shown) after a draw.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from io import BytesIO
from typing import Any

import numpy as np
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.text import Text
from report_builders import long_history

from backplan.reports import chart_text_cache
from backplan.reports.charts import build_progress_figure
from backplan.reports.progress import progress_data

NOW = datetime(2026, 1, 15, 12, 0, tzinfo=UTC)
DOC = long_history(365)
RANGES = [(None, None), (date(2025, 3, 20), date(2025, 4, 2)), (date(2025, 6, 1), date(2025, 11, 30))]
LOOKS: list[dict[str, Any]] = [
    {},
    {"dark": True},
    {"compact": True, "figsize": (7.5, 7.5)},
    {"figsize": (9.0, 6.0)},
]


class _Counted:
    """Counts the draws that put kept pixels back (and can turn them off, for a reference)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.monkeypatch = monkeypatch
        self.from_kept = 0
        original = chart_text_cache._draw_from_kept

        def counted(*args: Any) -> None:
            self.from_kept += 1
            original(*args)

        monkeypatch.setattr(chart_text_cache, "_draw_from_kept", counted)

    def ordinary(self) -> Any:
        """A context in which nothing kept is found: every text is drawn."""
        return self.monkeypatch.context()


def _pixels(data: Any, **look: Any) -> np.ndarray:
    fig = build_progress_figure(data, **look)
    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    return np.asarray(canvas.buffer_rgba()).copy()


@pytest.mark.parametrize("look", LOOKS)
def test_a_chart_with_its_texts_put_back_is_the_chart_drawn_as_usual(
    monkeypatch: pytest.MonkeyPatch, look: dict[str, Any]
) -> None:
    chart_text_cache.forget_kept_texts()
    counted = _Counted(monkeypatch)
    for start, end in RANGES:
        data = progress_data(DOC, start, end, NOW)
        _pixels(data, **look)  # the layout solved, the texts kept
        before = counted.from_kept
        kept = _pixels(data, **look)
        assert counted.from_kept == before + 1  # drawn from kept pixels
        with counted.ordinary() as patch:
            patch.setattr(chart_text_cache.KEPT, "get_all", lambda keys: None)
            ordinary = _pixels(data, **look)
        assert counted.from_kept == before + 1
        differing = int((kept != ordinary).any(axis=-1).sum())
        assert differing == 0, f"{differing} pixels differ for {start}..{end} {look}"


def test_the_texts_are_shown_again_after_a_draw_and_a_pdf_draws_them_as_text(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    chart_text_cache.forget_kept_texts()
    counted = _Counted(monkeypatch)
    data = progress_data(DOC, None, None, NOW)
    _pixels(data)
    fig = build_progress_figure(data)
    FigureCanvasAgg(fig).draw()
    assert counted.from_kept == 1
    with counted.ordinary() as patch:
        patch.setattr(chart_text_cache.KEPT, "get_all", lambda keys: None)
        ordinary = build_progress_figure(data)
        FigureCanvasAgg(ordinary).draw()
    assert counted.from_kept == 1

    def shown(figure: Any) -> list[tuple[str, bool]]:
        return sorted((t.get_text(), t.get_visible()) for t in figure.findobj(Text))

    assert shown(fig) == shown(ordinary)  # every text hidden for the draw is shown again
    assert all(ax.get_legend().get_visible() for ax in (fig.axes[0], fig.axes[-1]))
    out = BytesIO()
    fig.savefig(out, format="pdf")
    assert counted.from_kept == 1  # the PDF's renderer is not Agg: every text drawn
    assert out.getvalue().startswith(b"%PDF")


def test_a_text_that_touches_a_panel_is_drawn_not_kept() -> None:
    """The panels' titles sit on the panel's edge, where a range's data may be drawn:
    they are drawn each time, never put back."""
    chart_text_cache.forget_kept_texts()
    fig = build_progress_figure(progress_data(DOC, None, None, NOW))
    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    canvas.draw()
    kept = chart_text_cache.KEPT.kept
    titles = [k for k, v in kept.items() if k[1][0] == "title"]
    ticks = [k for k, v in kept.items() if k[1][0] == "tick" and v is not None]
    assert titles and all(kept[k] is None for k in titles)
    assert ticks  # the value axes' tick labels and the row labels are kept


@pytest.mark.parametrize("dpi", [None, 150])
def test_a_file_written_after_texts_were_kept_has_every_text(
    monkeypatch: pytest.MonkeyPatch, dpi: float | None
) -> None:
    """``savefig`` first draws with drawing turned off (to solve the layout): nothing may
    be kept from that blank draw, and the file's own draw draws every text."""
    chart_text_cache.forget_kept_texts()
    counted = _Counted(monkeypatch)
    data = progress_data(DOC, None, None, NOW)
    _pixels(data)
    _pixels(data)  # texts kept for the canvas
    assert counted.from_kept == 1

    def written() -> bytes:
        fig = build_progress_figure(data)
        FigureCanvasAgg(fig)
        fig.savefig(BytesIO(), format="png", dpi=dpi)
        second = BytesIO()  # a second file of the same figure, its layout kept
        fig.savefig(second, format="png", dpi=dpi)
        return second.getvalue()

    kept = written()
    with counted.ordinary() as patch:
        patch.setattr(chart_text_cache.KEPT, "get_all", lambda keys: None)
        patch.setattr(chart_text_cache, "_keep", lambda fig, renderer: None)
        ordinary = written()
    assert counted.from_kept == 1
    assert kept == ordinary
