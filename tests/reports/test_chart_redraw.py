"""The progress chart drawn again: a layout solved once, ticks remembered, rows kept.

A window switches the chart's range many times; these tests check that what makes
that cheap (the layout kept after the first draw, the date ticks remembered, the
whole history's rows kept) never changes what is drawn.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import numpy as np
import pytest
from matplotlib.backend_bases import ResizeEvent
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.dates import AutoDateLocator, ConciseDateFormatter, date2num, num2date
from matplotlib.figure import Figure
from matplotlib.layout_engine import ConstrainedLayoutEngine
from report_builders import example, long_history

from backplan.domain.model import PlanDocument
from backplan.reports.chart_layout import forget_solved_layouts
from backplan.reports.charts import build_progress_figure, timeline_rows, update_progress_figure
from backplan.reports.progress import ProgressData, progress_data

NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)


@pytest.fixture
def history() -> PlanDocument:
    return example("with-history.backplan.json")


def _positions(fig: Figure) -> list[tuple[float, ...]]:
    return [tuple(float(v) for v in ax.get_position().bounds) for ax in fig.axes]


def _same(a: list[tuple[float, ...]], b: list[tuple[float, ...]]) -> bool:
    """The same places to well under a pixel (the solver may stop a hair apart)."""
    return len(a) == len(b) and all(np.allclose(x, y, atol=2e-4) for x, y in zip(a, b, strict=True))


def _drawn(data: ProgressData, **kwargs: object) -> Figure:
    fig = build_progress_figure(data, **kwargs)  # type: ignore[arg-type]
    FigureCanvasAgg(fig).draw()
    return fig


def _solving(fig: Figure) -> bool:
    return isinstance(fig.get_layout_engine(), ConstrainedLayoutEngine)


def test_the_layout_is_solved_at_the_first_draw_and_then_kept(history: PlanDocument) -> None:
    data = progress_data(history, None, None, NOW)
    fig = build_progress_figure(data)
    assert _solving(fig)
    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    assert not _solving(fig)  # kept as solved
    solved = _positions(fig)
    assert solved != [(0.125, 0.11, 0.775, 0.77)] * 4  # really laid out, not the default
    canvas.draw()
    assert _positions(fig) == solved
    # A fresh figure of the same data is laid out the same way.
    assert _same(_positions(_drawn(data)), solved)


def test_a_resize_lays_the_figure_out_again(history: PlanDocument) -> None:
    data = progress_data(history, None, None, NOW)
    fig = _drawn(data)
    kept = _positions(fig)
    fig.set_size_inches(7.0, 9.0)
    ResizeEvent("resize_event", fig.canvas)._process()
    assert _solving(fig)
    fig.canvas.draw()
    assert not _same(_positions(fig), kept)
    assert _same(_positions(fig), _positions(_drawn(data, figsize=(7.0, 9.0))))


def test_an_update_in_place_keeps_the_layout_a_fresh_figure_would_have(history: PlanDocument) -> None:
    full = progress_data(history, date(2026, 11, 2), date(2026, 11, 11), NOW)
    part = progress_data(history, date(2026, 11, 2), date(2026, 11, 5), NOW)
    assert timeline_rows(part) == timeline_rows(full)
    fig = _drawn(full)
    axes = list(fig.axes)
    update_progress_figure(fig, part)
    assert fig.axes == axes  # in place
    fig.canvas.draw()
    assert _same(_positions(fig), _positions(_drawn(part)))


def test_a_key_entry_that_takes_no_room_keeps_the_layout(history: PlanDocument) -> None:
    everything = progress_data(history, None, None, NOW)
    rows = timeline_rows(everything)
    assert everything.flare_ups  # the pain panel's key has a "Flare-up" entry
    quiet = progress_data(history, date(2026, 11, 3), date(2026, 11, 3), NOW)
    assert not quiet.flare_ups and set(timeline_rows(quiet)) <= set(rows)
    fig = _drawn(everything, rows=rows)
    update_progress_figure(fig, quiet, rows)
    labels = [t.get_text() for t in fig.axes[0].get_legend().get_texts()]
    assert "Flare-up" not in labels
    # The key is shorter but as wide, inside its panel's height: the layout holds...
    assert not _solving(fig)
    fig.canvas.draw()
    # ...and is the one a figure built for the day has.
    assert _same(_positions(fig), _positions(_drawn(quiet, rows=rows)))


def test_a_key_that_goes_lays_the_figure_out_again(history: PlanDocument) -> None:
    everything = progress_data(history, None, None, NOW)
    rows = timeline_rows(everything)
    after = progress_data(history, date(2026, 11, 24), date(2026, 11, 24), NOW)
    assert not any(r.key.startswith("med:") for r in timeline_rows(after))
    fig = _drawn(everything, rows=rows)
    assert fig.axes[3].get_legend() is not None
    update_progress_figure(fig, after, rows)
    assert fig.axes[3].get_legend() is None  # no medicine in the range: no medicine key
    assert _solving(fig)  # the room it took beside the panels is found again
    fig.canvas.draw()
    assert not _solving(fig)
    assert _same(_positions(fig), _positions(_drawn(after, rows=rows)))


def test_the_whole_historys_rows_stay_for_every_range(history: PlanDocument) -> None:
    everything = progress_data(history, None, None, NOW)
    rows = timeline_rows(everything)
    last_days = progress_data(history, date(2026, 11, 20), date(2026, 11, 26), NOW)
    assert timeline_rows(last_days) != rows  # on its own, the short range has fewer rows
    fig = _drawn(everything, rows=rows)
    axes = list(fig.axes)
    update_progress_figure(fig, last_days, rows)
    assert fig.axes == axes  # updated in place
    assert [t.get_text() for t in fig.axes[3].get_yticklabels()] == [r.label for r in rows]
    # A row with nothing in the range is drawn empty; a kind done in it has its marks.
    shown = {r.key for r in timeline_rows(last_days)}
    marked = {
        -round(float(line.get_ydata()[0]))
        for line in fig.axes[3].get_lines()
        if len(line.get_ydata()) and line.get_marker() != "x"
    }
    for index, row in enumerate(rows):
        if row.key not in shown:
            assert index not in marked, row
        elif row.key.startswith("kind:"):
            assert index in marked, row
    lo, hi = fig.axes[0].get_xlim()
    assert (lo, hi) == pytest.approx(
        (float(date2num(last_days.range_start)), float(date2num(last_days.range_end)))  # type: ignore[no-untyped-call]
    )


def test_rows_that_miss_one_the_range_needs_are_not_used(history: PlanDocument) -> None:
    everything = progress_data(history, None, None, NOW)
    fig = _drawn(everything, rows=timeline_rows(everything)[:1])
    assert [t.get_text() for t in fig.axes[3].get_yticklabels()] == [
        r.label for r in timeline_rows(everything)
    ]


@pytest.mark.parametrize("days", [14, 91, 365, 5 * 365])
def test_remembered_ticks_are_the_date_locators_ticks(days: int) -> None:
    doc = long_history(days=5 * 365)
    first = doc.plan.start
    data = progress_data(doc, None, None, NOW)
    fig = _drawn(data)
    axis = fig.axes[3].xaxis
    plain_locator = AutoDateLocator(tz=data.tz, minticks=4, maxticks=10)  # type: ignore[no-untyped-call]
    plain_formatter = ConciseDateFormatter(plain_locator, tz=data.tz)  # type: ignore[no-untyped-call]
    plain_locator.set_axis(axis)
    # Several ranges one after the other: what was remembered never leaks into the next.
    for offset in (0, 30, 0):
        start = first + timedelta(days=offset)
        update_progress_figure(fig, progress_data(doc, start, start + timedelta(days=days - 1), NOW))
        fig.canvas.draw()
        ticks = axis.get_major_locator()()
        assert list(ticks) == list(plain_locator())
        labels = [t.get_text() for t in axis.get_ticklabels()]
        assert labels == list(plain_formatter.format_ticks(ticks))
        # matplotlib's offset, except that ticks over several months are not labelled
        # with the last tick's month ("2026-Dec" beside Sep, Oct, Nov, Dec): the year.
        plain_offset = plain_formatter.get_offset()
        months = {(d.year, d.month) for d in num2date(ticks, tz=data.tz)}  # type: ignore[no-untyped-call]
        expected = str(max(months)[0]) if plain_offset and len(months) > 1 else plain_offset
        assert axis.get_offset_text().get_text() == expected


# --- a layout solved once serves every figure of the same geometry -------------------


@pytest.fixture
def solves(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Figure]]:
    """The figures the constrained layout is solved for, from an empty store of layouts."""
    forget_solved_layouts()
    solved: list[Figure] = []
    execute = ConstrainedLayoutEngine.execute

    def counting(self: ConstrainedLayoutEngine, fig: Figure) -> object:
        solved.append(fig)
        return execute(self, fig)

    monkeypatch.setattr(ConstrainedLayoutEngine, "execute", counting)
    yield solved
    forget_solved_layouts()


def _pixels(fig: Figure) -> np.ndarray:
    canvas = fig.canvas
    assert isinstance(canvas, FigureCanvasAgg)
    return np.asarray(canvas.buffer_rgba()).copy()


def _freshly_solved(data: ProgressData, **kwargs: object) -> Figure:
    """A figure whose layout is solved for it, whatever the store holds."""
    forget_solved_layouts()
    return _drawn(data, **kwargs)


@pytest.mark.parametrize(
    "options",
    [{}, {"dark": True}, {"compact": True, "figsize": (7.5, 9.0)}],
    ids=["light", "dark", "compact"],
)
@pytest.mark.parametrize(
    "period",
    [(None, None), (date(2025, 11, 27), date(2026, 11, 26)), (date(2026, 11, 13), date(2026, 11, 26))],
    ids=["all", "year", "two-weeks"],
)
def test_a_figure_of_the_same_geometry_takes_the_solved_layout(
    history: PlanDocument,
    solves: list[Figure],
    period: tuple[date | None, date | None],
    options: dict[str, object],
) -> None:
    data = progress_data(history, *period, NOW)
    first = _drawn(data, **options)
    again = _drawn(data, **options)
    assert solves == [first]  # the second figure was not solved...
    assert not _solving(again)  # ...its layout is kept as for a solved one...
    fresh = _freshly_solved(data, **options)
    assert solves == [first, fresh]
    assert _positions(again) == _positions(fresh)  # ...and is the one a solve gives
    assert np.array_equal(_pixels(again), _pixels(fresh))


def test_a_kept_layout_still_gives_way_to_a_resize(history: PlanDocument, solves: list[Figure]) -> None:
    data = progress_data(history, None, None, NOW)
    _drawn(data)
    fig = _drawn(data)
    fig.set_size_inches(7.0, 9.0)
    ResizeEvent("resize_event", fig.canvas)._process()
    assert _solving(fig)
    fig.canvas.draw()
    assert solves[-1] is fig
    # Solved from where the panels were, so a hair apart from a new figure's solve.
    assert _same(_positions(fig), _positions(_freshly_solved(data, figsize=(7.0, 9.0))))


def test_a_longer_medicine_name_solves_the_layout_anew(history: PlanDocument, solves: list[Figure]) -> None:
    data = progress_data(history, None, None, NOW)
    _drawn(data)
    med_id = next(r.key[4:] for r in timeline_rows(data) if r.key.startswith("med:"))
    longer = replace(data, medicine_names={**data.medicine_names, med_id: "Paracetamol 500 mg, slow release"})
    fig = _drawn(longer)
    assert solves[-1] is fig
    assert _positions(fig) != _positions(_drawn(data))  # the row labels take more room
    assert _positions(fig) == _positions(_freshly_solved(longer))


def test_a_wider_tick_label_solves_the_layout_anew(history: PlanDocument, solves: list[Figure]) -> None:
    data = progress_data(history, None, None, NOW)
    _drawn(data)
    fig = build_progress_figure(data)
    fig.axes[1].set_ylim(0, 12000)  # walking minutes with five digits
    FigureCanvasAgg(fig).draw()
    assert solves[-1] is fig  # (the row labels are wider still, so the panels stay put)
    fresh = build_progress_figure(data)
    fresh.axes[1].set_ylim(0, 12000)
    forget_solved_layouts()
    FigureCanvasAgg(fresh).draw()
    assert _positions(fig) == _positions(fresh)


def test_a_title_added_after_building_solves_the_layout_anew(
    history: PlanDocument, solves: list[Figure]
) -> None:
    """As ``write_chart`` does: the suptitle takes room at the top."""
    data = progress_data(history, None, None, NOW)
    kept = _drawn(data)
    fig = build_progress_figure(data)
    fig.suptitle("Pain and mobility: the whole history", x=0.01, ha="left")
    FigureCanvasAgg(fig).draw()
    assert solves[-1] is fig
    assert _positions(fig) != _positions(kept)


def test_the_offset_of_a_range_over_months_is_its_year_and_of_one_month_its_month() -> None:
    doc = long_history(days=365)
    first = doc.plan.start
    fig = _drawn(progress_data(doc, None, None, NOW))
    axis = fig.axes[3].xaxis
    # Ninety days from the plan's start run over several months: no one month names them.
    update_progress_figure(fig, progress_data(doc, first, first + timedelta(days=89), NOW))
    fig.canvas.draw()
    assert axis.get_offset_text().get_text() == str((first + timedelta(days=89)).year)
    # Ten days inside one month keep matplotlib's year and month.
    day = date(first.year, first.month, 1) + timedelta(days=40)
    start = day.replace(day=2)
    update_progress_figure(fig, progress_data(doc, start, start + timedelta(days=9), NOW))
    fig.canvas.draw()
    assert axis.get_offset_text().get_text() == start.strftime("%Y-%b")
