"""The chart's text on the Agg canvas, as matplotlib draws it.

Each string lands in the box the layout measured for it, upright and turned; text
that needs shaping comes out as in any matplotlib figure; and drawing the chart
replaces nothing of matplotlib's (it once drew its text through the renderer's
internals, which the next matplotlib release could break).
"""

from __future__ import annotations

from datetime import UTC, datetime

import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg, RendererAgg
from matplotlib.figure import Figure
from matplotlib.text import Text
from report_builders import example

from backplan.reports.chart_layout import ProgressFigure
from backplan.reports.charts import build_progress_figure
from backplan.reports.progress import progress_data

NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)


def _ink(canvas: FigureCanvasAgg, text: Text, margin: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """The text's box in the picture (``margin`` pixels wider), and the inked pixels there.

    Ink is any pixel darker than the panel behind the text (the chart's light theme
    draws text in near black on white).
    """
    picture = np.asarray(canvas.buffer_rgba())[:, :, :3].astype(int)
    height = picture.shape[0]
    box = text.get_window_extent(canvas.get_renderer())
    x0, x1 = int(np.floor(box.x0)) - margin, int(np.ceil(box.x1)) + margin
    y0, y1 = height - int(np.ceil(box.y1)) - margin, height - int(np.floor(box.y0)) + margin
    region = picture[max(y0, 0) : y1, max(x0, 0) : x1]
    return region, region.min(axis=2) < 160


def _drawn_chart() -> tuple[Figure, FigureCanvasAgg]:
    data = progress_data(example("with-history.backplan.json"), None, None, NOW)
    fig = build_progress_figure(data)
    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    return fig, canvas


def test_every_string_is_drawn_inside_the_box_measured_for_it() -> None:
    fig, canvas = _drawn_chart()
    pain, _walk, _psfs, line = fig.axes
    legend = pain.get_legend()
    assert legend is not None
    title = pain.get_title(loc="left")
    texts = [
        pain.findobj(lambda a: isinstance(a, Text) and a.get_text() == title)[0],  # the panel's title
        pain.yaxis.label,  # turned a quarter
        line.get_yticklabels()[0],  # a row of the lower panel
        legend.get_texts()[0],
    ]
    for text in texts:
        assert text.get_text()
        _, inside = _ink(canvas, text, margin=1)
        _, around = _ink(canvas, text, margin=4)
        assert inside.sum() > 20, text.get_text()  # drawn
        assert around.sum() == inside.sum(), text.get_text()  # and nowhere outside its box


def test_text_that_needs_shaping_is_drawn_as_matplotlib_draws_it() -> None:
    """A name in Cyrillic with a combining accent comes out exactly as a plain figure draws it."""
    name = "\u0418\u0431\u0443\u043f\u0440\u043e\u0444\u0435\u0301\u043d"  # Ибупрофе́н
    pictures = []
    for figure in (Figure(figsize=(3, 1)), ProgressFigure(figsize=(3, 1))):
        figure.text(0.1, 0.4, name, fontsize=12)
        canvas = FigureCanvasAgg(figure)
        canvas.draw()
        pictures.append(np.asarray(canvas.buffer_rgba()).copy())
    assert np.array_equal(pictures[0], pictures[1])


def test_drawing_the_chart_changes_nothing_of_matplotlibs() -> None:
    """No method of the renderer or its class is replaced, not even for the chart's own draw."""
    before = dict(vars(RendererAgg))
    _fig, canvas = _drawn_chart()
    renderer = canvas.get_renderer()
    assert dict(vars(RendererAgg)) == before
    assert "draw_text" not in vars(renderer)
    assert "get_text_width_height_descent" not in vars(renderer)
