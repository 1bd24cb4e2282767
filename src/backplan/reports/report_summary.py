"""The clinician report's first page, its adherence and "what helped", as HTML.

The figures come from :mod:`backplan.reports.summary`; this module only words them,
escaping anything a person typed. Kept apart from :mod:`backplan.reports.report`
(which assembles the pages) so each stays a size one can read.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Final

from backplan.domain.model import Medication, PlanDocument
from backplan.reports.progress import (
    KIND_LABELS,
    PSFS_MEANINGFUL_CHANGE,
    ItemAdherence,
    ProgressData,
    psfs_change,
    what_helped,
)
from backplan.reports.qtdoc import esc
from backplan.reports.summary import (
    MIN_HELPED_DAYS,
    WeekMean,
    day_ranges,
    days_without_records,
    helped_comparisons,
    is_recorded,
    pain_extremes,
    period_weeks,
    recorded_items,
    red_flag_dates,
    where_it_hurts,
)
from backplan.reports.wording import hhmm, safety_texts, taper_groups, taper_step_labels
from backplan.safety.findings import format_date

NOT_RECORDED: Final = "not recorded"
TABLE: Final = (
    '<table border="1" cellspacing="0" cellpadding="4" width="100%" '
    'style="border-collapse: collapse; border-color: #808080"'
)


def num(value: float) -> str:
    """One decimal, without a trailing ``.0``: ``6.7``, ``4``."""
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


def signed(value: float) -> str:
    if abs(value) < 0.05:
        return "0"
    sign = "+" if value > 0 else "\u2212"
    return sign + num(abs(value))


def plural(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else (many or one + 's')}"


def facts_table(rows: Sequence[tuple[str, str]], label_width: int = 18) -> str:
    body = "".join(
        f'<tr><td width="{label_width}%"><b>{label}</b></td><td>{value}</td></tr>' for label, value in rows
    )
    return f"{TABLE}>{body}</table>"


def _dates(days: Sequence[date]) -> str:
    """``3 Dec 2026, 5 Dec 2026 to 7 Dec 2026``: each day, runs joined."""
    parts = []
    for lo, hi in day_ranges(days):
        parts.append(format_date(lo) if lo == hi else f"{format_date(lo)} to {format_date(hi)}")
    return ", ".join(parts)


def _week_text(name: str, week: WeekMean) -> str:
    span = f"{format_date(week.first_day)} to {format_date(week.last_day)}"
    if week.mean is None:
        return f"{name} ({span}): no entries"
    return (
        f"{name} ({span}): {num(week.mean)} "
        f"(n = {plural(week.days, 'day')} with entries, {plural(week.entries, 'entry', 'entries')})"
    )


def pain_rows(data: ProgressData) -> list[tuple[str, str]]:
    """Pain: first and last week of the period, highest and lowest, where it hurts."""
    rows: list[tuple[str, str]] = []
    if not data.points:
        return [("Pain (0-10)", "No pain entries in this period.")]
    first, last = period_weeks(data)
    text = f"{esc(_week_text('first 7 days', first))}<br/>{esc(_week_text('last 7 days', last))}"
    if first.mean is not None and last.mean is not None:
        text += f"<br/>change {signed(last.mean - first.mean)}"
    rows.append(("Pain, mean of the daily values (0-10)", text))
    extremes = pain_extremes(data)
    if extremes is not None:
        high, low = extremes
        rows.append(
            (
                "Highest and lowest pain",
                f"highest {high.pain} on {esc(format_date(high.at.date()))} at {hhmm(high.at)}; "
                f"lowest {low.pain} on {esc(format_date(low.at.date()))} at {hhmm(low.at)}",
            )
        )
    rows.append(("Where it hurts", where_text(data)))
    return rows


def where_text(data: ProgressData) -> str:
    where = where_it_hurts(data)
    names: dict[str, str] = safety_texts().get("locations", {})
    total = len(data.entries)
    if not where.by_location:
        return f"No location recorded ({plural(total, 'entry', 'entries')})."
    counts = ", ".join(f"{esc(names.get(place.value, place.value))}: {n}" for place, n in where.by_location)
    lines = [f"Entries naming each place ({where.with_location} of {total} name one): {counts}"]
    if where.leg_entries:
        lines.append(f"<b>Leg pain (radiating) in {plural(where.leg_entries, 'entry', 'entries')}</b>")
    else:
        lines.append("No leg pain recorded")
    if where.both_legs:
        days = _dates([at.date() for at in where.both_legs])
        lines.append(f"<b>Both legs in {plural(len(where.both_legs), 'entry', 'entries')}: {esc(days)}</b>")
    return "<br/>".join(lines)


def psfs_row(data: ProgressData) -> tuple[str, str]:
    psfs = psfs_change(data)
    threshold = num(PSFS_MEANINGFUL_CHANGE)
    if psfs is None:
        return ("PSFS average (0-10)", "Fewer than two PSFS scores in this period.")
    verdict = (
        f"at least the {threshold}-point change that is meaningful"
        if psfs.meaningful
        else f"less than the {threshold}-point change that is meaningful"
    )
    return (
        "PSFS average (0-10)",
        f"{num(psfs.first)} on {format_date(psfs.first_at.date())}, "
        f"{num(psfs.last)} on {format_date(psfs.last_at.date())}: change "
        f"{signed(psfs.change)}, {verdict} (Stratford et al. 1995)",
    )


def red_flag_row(data: ProgressData) -> tuple[str, str]:
    flags: dict[str, str] = safety_texts().get("red_flags", {})
    found = red_flag_dates(data)
    if not found:
        return ("Red flags", "None recorded")
    lines = [
        f"<b>{esc(flags.get(flag.value, flag.value.replace('_', ' ')))}</b>: {esc(_dates(days))}"
        for flag, days in found
    ]
    return ("Red flags", "<br/>".join(lines))


def side_effect_row(effects: dict[str, int]) -> tuple[str, str]:
    names: dict[str, str] = safety_texts().get("side_effects", {})
    if not effects:
        return ("Side effects", "None recorded")
    text = ", ".join(
        f"{esc(names.get(k, k))}: {plural(n, 'entry', 'entries')}"
        for k, n in sorted(effects.items(), key=lambda kv: (-kv[1], kv[0]))
    )
    return ("Side effects", text)


def flare_row(data: ProgressData) -> tuple[str, str]:
    if not data.flare_ups:
        return ("Flare-ups", "None started")
    spans = [
        f"{format_date(s.start.date())} to {format_date((s.end - timedelta(microseconds=1)).date())}"
        for s in data.flare_ups
    ]
    return ("Flare-ups", esc(f"{len(spans)}: " + "; ".join(spans)))


# --- adherence ---------------------------------------------------------------------


def item_share(row: ItemAdherence, recorded: set[str]) -> str:
    """``8 of 10 (80 %)``, or "not recorded" for an item without any record."""
    if not is_recorded(row, recorded):
        return f"{NOT_RECORDED} ({plural(row.counted, 'was', 'were')} due)"
    if row.counted == 0:
        return "none due yet"
    return f"{row.done} of {row.counted} ({round(100 * row.done / row.counted)} %)"


def adherence_summary(data: ProgressData, now: datetime) -> str:
    """Per kind: done / due over the items with records, and which are not recorded."""
    recorded = recorded_items(data)
    by_kind: dict[str, list[ItemAdherence]] = {}
    for row in data.item_adherence:
        by_kind.setdefault(row.kind, []).append(row)
    lines = []
    for kind in [*KIND_LABELS, *(k for k in by_kind if k not in KIND_LABELS)]:
        rows = by_kind.get(kind)
        if not rows:
            continue
        label = KIND_LABELS.get(kind, kind)
        kept = [r for r in rows if is_recorded(r, recorded)]
        quiet = [r for r in rows if not is_recorded(r, recorded)]
        parts = []
        if kept:
            done = sum(r.done for r in kept)
            due = sum(r.counted for r in kept)
            parts.append(f"{done} of {due} ({round(100 * done / due)} %)" if due else "none due yet")
        if quiet:
            names = ", ".join(r.title for r in quiet)
            parts.append(f"{NOT_RECORDED}: {names}" if kept else NOT_RECORDED)
        lines.append(f"{esc(label)}: {esc('; '.join(parts))}")
    if not lines:
        lines.append("Nothing was due in this period.")
    lines.append(esc(quiet_days_text(data, now)))
    return "<br/>".join(lines)


def quiet_days_text(data: ProgressData, now: datetime) -> str:
    quiet = days_without_records(data, now)
    if quiet.of == 0:
        return "The period has not started yet."
    if quiet.count == 0:
        return f"Every one of the {quiet.of} days has a record."
    text = f"Days with no record at all (no log entry, dose or activity): {quiet.count} of {quiet.of}"
    if quiet.count <= 12:
        text += f" ({_dates(quiet.days)})"
    return text + "."


def adherence_section(data: ProgressData, now: datetime, doc: PlanDocument) -> str:
    """Every item: done / due with the share, skipped, missed; "not recorded" where none."""
    recorded = recorded_items(data)
    steps = taper_step_labels(doc.medications)
    rows = ["<tr><th>Item</th><th>Kind</th><th>Done of due</th><th>Skipped</th><th>Missed</th></tr>"]
    for row in data.item_adherence:
        title = esc(row.title)
        if row.item in steps:
            title += f"<br/>{esc(steps[row.item])}"
        kept = is_recorded(row, recorded)
        rows.append(
            f"<tr><td>{title}</td><td>{esc(KIND_LABELS.get(row.kind, row.kind))}</td>"
            f"<td>{esc(item_share(row, recorded))}</td>"
            f"<td>{row.skipped if kept else ''}</td><td>{row.missed if kept else ''}</td></tr>"
        )
    out = [
        "<h2>Adherence</h2>",
        "<p>Past occurrences in the period. An item with nothing recorded (done, skipped or "
        f"missed) is shown as \u201c{NOT_RECORDED}\u201d: no record is not a missed dose. "
        f"{esc(quiet_days_text(data, now))}</p>",
    ]
    if len(rows) > 1:
        out += [f'{TABLE} class="small">', *rows, "</table>"]
    else:
        out.append("<p>Nothing was due in this period.</p>")
    return "\n".join(out)


def as_needed_section(data: ProgressData, doc: PlanDocument) -> str:
    """Doses per week (Monday to Sunday) of each as-needed medicine."""
    meds = [m for m in doc.all_medications() if m.as_needed]
    if not meds:
        return ""
    tz = data.tz
    weeks: list[date] = []
    monday = data.start - timedelta(days=data.start.weekday())
    while monday <= data.end:
        weeks.append(monday)
        monday += timedelta(days=7)
    counts: Counter[tuple[str, date]] = Counter()
    for tick in data.doses:
        day = tick.at.astimezone(tz).date()
        counts[(tick.med_id, day - timedelta(days=day.weekday()))] += 1
    head = "<tr><th>Week from</th>" + "".join(f"<th>{esc(m.name)}</th>" for m in meds) + "</tr>"
    rows = [head]
    for week in weeks:
        cells = "".join(f"<td>{counts[(m.id, week)]}</td>" for m in meds)
        rows.append(f"<tr><td>{esc(format_date(week))}</td>{cells}</tr>")
    return "\n".join(
        [
            "<h2>As-needed use</h2>",
            "<p>Doses recorded as taken, per week (Monday to Sunday).</p>",
            f'{TABLE} class="small">',
            *rows,
            "</table>",
        ]
    )


def taper_section(doc: PlanDocument) -> str:
    groups = taper_groups(doc.medications)
    if not groups:
        return ""
    labels = taper_step_labels(doc.medications)
    out = ["<h2>Taper steps</h2>"]
    for steps in groups:
        out.append(f"<h3>{esc(steps[0].name)}</h3><ul>")
        out += [f"<li>{esc(_step_line(med, labels))}</li>" for med in steps]
        out.append("</ul>")
    return "\n".join(out)


def _step_line(med: Medication, labels: dict[str, str]) -> str:
    text = labels[med.id]
    if med.last_day is not None:
        text += f" to {format_date(med.last_day)}"
    return text[:1].upper() + text[1:]


def what_helped_section(data: ProgressData, doc: PlanDocument) -> str:
    helped = what_helped(data, doc)
    verdicts = helped_comparisons(helped.rows, data)
    out = [
        "<h2>What helped?</h2>",
        f"<p>Mean daily pain on days with each item against days without, for items with at "
        f"least {MIN_HELPED_DAYS} days of each in the period. {esc(helped.note)} A row marked "
        "\u201ctrend\u201d could be explained by the pain trend alone (the days with it fall "
        "where pain was lower or higher anyway).</p>",
    ]
    if not verdicts:
        out.append(
            f"<p>No item has at least {MIN_HELPED_DAYS} days with and {MIN_HELPED_DAYS} days "
            "without it in this period.</p>"
        )
        return "\n".join(out)
    rows = [
        "<tr><th>Activity or medicine</th><th>Mean pain on days with it</th>"
        "<th>Mean pain on days without</th><th>Difference</th></tr>"
    ]
    for verdict in verdicts:
        row = verdict.row
        diff = "" if row.difference is None else signed(row.difference)
        if verdict.trend_explains:
            diff += "<br/><b>trend</b>: the pain trend alone could explain this"
        rows.append(
            f"<tr><td>{esc(row.label)}</td>"
            f"<td>{_mean_n(row.mean_with, row.n_with)}</td>"
            f"<td>{_mean_n(row.mean_without, row.n_without)}</td><td>{diff}</td></tr>"
        )
    out += [f'{TABLE} class="small">', *rows, "</table>"]
    return "\n".join(out)


def _mean_n(mean: float | None, n: int) -> str:
    if mean is None:
        return f"no days (n = {n})"
    return f"{num(mean)} (n = {plural(n, 'day')})"
