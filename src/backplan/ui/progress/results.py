"""What the Progress section shows for a range, computed on a worker thread.

No Qt and no matplotlib here: these are the figures (pain over the days, adherence,
what helped, the PSFS change, the chart's summary in words) that a background job
works out from the plan document, for the section to show.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from backplan.domain.model import PlanDocument
from backplan.reports.progress import (
    ProgressData,
    PsfsChange,
    WhatHelped,
    adherence_rows,
    progress_data,
    psfs_change,
    what_helped,
)
from backplan.services.backplan_service import Backplan

from .ranges import Preset
from .summary import chart_summary


@dataclass(frozen=True)
class ProgressResult:
    """What a background job computed for one range: everything the section shows.

    ``doc`` and ``history`` (the figures over everything) are what the job read or was
    handed: the view keeps them until the services say the data changed, so that a
    switch of range computes only the new range instead of reading years of history
    from the database again, and the chart keeps the whole history's rows.
    """

    data: ProgressData
    helped: WhatHelped
    psfs: PsfsChange | None
    adherence: list[tuple[str, str, int, int]]
    doc: PlanDocument | None = None
    history: ProgressData | None = None
    summary: str = ""  # the chart in words (over years of data it takes a while to say)


def compute(
    services: Backplan,
    patient_id: int,
    start: date | None,
    end: date | None,
    doc: PlanDocument | None = None,
    history: ProgressData | None = None,
) -> ProgressResult:
    """Computes the range's figures (runs on a worker thread).

    The history is read from the database unless ``doc`` (read earlier and still
    current) is given; ``history``, the figures over everything, is computed with it
    unless given too.
    """
    if doc is None:
        doc = services.document(patient_id)
    now = services.now()
    data = progress_data(doc, start, end, now)
    if history is None:
        history = data if start is None and end is None else progress_data(doc, None, None, now)
    return ProgressResult(
        data,
        what_helped(data, doc),
        psfs_change(data),
        adherence_rows(data),
        doc,
        history,
        chart_summary(data),
    )


@dataclass(frozen=True)
class RangeResults:
    """Every preset's figures, computed before any of their charts is drawn ahead.

    The summary under the chart is as tall as the tallest preset needs, so the
    canvas keeps one size whichever preset is shown and the charts are drawn at it.
    """

    data_key: tuple[int, int, date]  # patient, generation, today
    results: dict[Preset, ProgressResult]
    rows: tuple[Any, ...]  # the timeline rows of the whole history


__all__ = ["ProgressResult", "RangeResults", "compute"]
