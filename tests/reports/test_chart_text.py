"""The chart's text on the Agg canvas, drawn a string at a time.

The progress figure draws its Latin text as one FreeType bitmap per string (the way
matplotlib measures it) instead of matplotlib 3.11's glyph-by-glyph path. These
tests check that each string lands in the box the layout measured for it, upright
and turned, that text needing shaping still goes through matplotlib, and that
nothing outlives the figure's own draw.
"""

from __future__ import annotations

from datetime import UTC, datetime

import numpy as np
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.text import Text
from report_builders import example

from backplan.reports import charts
from backplan.reports.charts import _ProgressFigure, _TextBitmaps, build_progress_figure
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


def test_text_that_needs_shaping_is_drawn_by_matplotlib() -> None:
    """A name in Cyrillic with a combining accent comes out exactly as matplotlib draws it."""
    name = "\u0418\u0431\u0443\u043f\u0440\u043e\u0444\u0435\u0301\u043d"  # Ибупрофе́н
    pictures = []
    for figure in (Figure(figsize=(3, 1)), _ProgressFigure(figsize=(3, 1))):
        figure.text(0.1, 0.4, name, fontsize=12)
        canvas = FigureCanvasAgg(figure)
        canvas.draw()
        pictures.append(np.asarray(canvas.buffer_rgba()).copy())
    assert np.array_equal(pictures[0], pictures[1])


@pytest.mark.parametrize("label", ["Ibuprofène 200 mg", "Naproxen 250 mg \u2026"])
def test_latin_text_with_accents_and_punctuation_is_drawn_whole(label: str) -> None:
    """Drawn a string at a time: in its box, and like matplotlib's own path to within a pixel's shade."""
    figure = _ProgressFigure(figsize=(3, 1))
    text = figure.text(0.1, 0.4, label, fontsize=12)
    canvas = FigureCanvasAgg(figure)
    canvas.draw()
    _, inside = _ink(canvas, text, margin=1)
    _, around = _ink(canvas, text, margin=4)
    assert inside.sum() > 50 and around.sum() == inside.sum()
    plain = Figure(figsize=(3, 1))
    plain_text = plain.text(0.1, 0.4, label, fontsize=12)
    plain_canvas = FigureCanvasAgg(plain)
    plain_canvas.draw()
    # The same box, and ink in the same columns: the same string in the same place.
    assert (
        text.get_window_extent(canvas.get_renderer()).bounds
        == plain_text.get_window_extent(plain_canvas.get_renderer()).bounds
    )
    ours, theirs = _ink(canvas, text, 1)[1].any(axis=0), _ink(plain_canvas, plain_text, 1)[1].any(axis=0)
    assert abs(int(ours.sum()) - int(theirs.sum())) <= 3


def test_the_renderer_is_left_as_it_was() -> None:
    """The string-at-a-time drawing lasts for the figure's own draw only."""
    _fig, canvas = _drawn_chart()
    renderer = canvas.get_renderer()
    assert "draw_text" not in vars(renderer)
    # A plain figure drawn on a canvas of the same size still uses matplotlib's path.
    plain = Figure(figsize=(11, 7.5))
    plain.text(0.5, 0.5, "Pain")
    plain_canvas = FigureCanvasAgg(plain)
    plain_canvas.draw()
    assert "draw_text" not in vars(plain_canvas.get_renderer())


def test_a_string_drawn_from_its_measured_bitmap_is_the_string_rendered_afresh() -> None:
    """The bitmaps kept while the layout measured the strings draw what rendering them again draws."""

    class Forgetful(_TextBitmaps):
        def keep(self, s: str, font: object, prop: object, renderer: object) -> None:
            pass  # every string is laid out and rendered again when drawn

    data = progress_data(example("with-history.backplan.json"), None, None, NOW)
    pictures = []
    for forgetful in (False, True):
        canvas = FigureCanvasAgg(build_progress_figure(data))
        if forgetful:
            setattr(canvas.get_renderer(), "_backplan_text_bitmaps", Forgetful())  # noqa: B010
        canvas.draw()
        canvas.draw()  # again, with the layout kept: from the bitmaps of the first draw
        pictures.append(np.asarray(canvas.buffer_rgba()).copy())
    assert np.array_equal(pictures[0], pictures[1])


def test_a_new_canvas_draws_the_strings_another_chart_measured(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each new figure has a new renderer; the strings measured for one chart serve the next."""
    data = progress_data(example("with-history.backplan.json"), None, None, NOW)
    FigureCanvasAgg(build_progress_figure(data)).draw()
    measured: list[str] = []
    keep = _TextBitmaps.keep

    def noting(self: _TextBitmaps, s: str, font: object, prop: object, renderer: object) -> None:
        measured.append(s)
        keep(self, s, font, prop, renderer)  # type: ignore[arg-type]

    monkeypatch.setattr(_TextBitmaps, "keep", noting)
    canvas = FigureCanvasAgg(build_progress_figure(data))
    canvas.draw()
    assert measured == []
    # The same picture as strings laid out and rendered on this canvas.
    fresh = FigureCanvasAgg(build_progress_figure(data))
    setattr(fresh.get_renderer(), "_backplan_text_bitmaps", _TextBitmaps())  # noqa: B010
    fresh.draw()
    assert measured  # those were measured anew...
    assert np.array_equal(np.asarray(canvas.buffer_rgba()), np.asarray(fresh.buffer_rgba()))  # ...alike


def test_this_matplotlib_has_what_the_whole_string_path_uses() -> None:
    """The check finds the internals in the matplotlib installed (else every test above is moot)."""
    assert charts._whole_strings_available()


def test_without_those_internals_matplotlib_draws_the_text(monkeypatch: pytest.MonkeyPatch) -> None:
    """A matplotlib that lacks them gets its own text drawing: the chart still draws, text and all."""

    def must_not_run(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the whole-string path ran without its internals")

    monkeypatch.setattr(charts, "_WHOLE_STRINGS", False)
    monkeypatch.setattr(charts, "_draw_text_whole", must_not_run)
    monkeypatch.setattr(charts, "_measure_text_whole", must_not_run)
    fig, canvas = _drawn_chart()
    label = fig.axes[0].yaxis.label
    _region, ink = _ink(canvas, label)
    assert label.get_text() and ink.any()  # matplotlib drew the label where it measured it
