"""What the progress chart shows, said in words.

A screen reader cannot see a chart, and a person in a hurry may not want to study
one. This turns the same :class:`ProgressData` the chart is drawn from into a few
plain sentences: the chart's accessible description, and the line under the chart.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from backplan.reports.progress import (
    KIND_LABELS,
    PainChange,
    ProgressData,
    PsfsChange,
    pain_change,
    psfs_change,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ProgressSummary", text)


def day_text(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy")


def number(value: float, decimals: int = 1) -> str:
    """A mean as the locale writes it, without a pointless ".0"."""
    if abs(value - round(value)) < 1e-9:
        return QLocale().toString(round(value))
    return QLocale().toString(value, "f", decimals)


def signed(value: float) -> str:
    text = number(abs(value))
    if value > 1e-9:
        return "+" + text
    if value < -1e-9:
        return "−" + text
    return text


def count(n: int, one: str, many: str) -> str:
    """``1 dose`` or ``3 doses``: ``one`` and ``many`` hold ``{0}``."""
    return (_tr(one) if n == 1 else _tr(many)).format(n)


def times(count: int) -> str:
    return _tr("once") if count == 1 else _tr("{0} times").format(count)


def pain_sentence(change: PainChange | None) -> str:
    if change is None:
        return ""
    first, last = change.first_entry, change.last_entry
    if first.at == last.at:
        return _tr("One pain entry: {0} on {1}.").format(first.pain, day_text(first.at.date()))
    sentence = _tr("Pain went from {0} on {1} to {2} on {3}.").format(
        first.pain, day_text(first.at.date()), last.pain, day_text(last.at.date())
    )
    if (last.at.date() - first.at.date()).days >= 13:
        # Two separate weeks to compare (shorter records would compare a week with itself).
        sentence += " " + _tr("The mean of the first week was {0}, of the last week {1}.").format(
            number(change.first_week_mean), number(change.last_week_mean)
        )
    return sentence


def psfs_sentence(change: PsfsChange | None) -> str:
    """The PSFS change measured against the 2 points that count as meaningful."""
    if change is None:
        return _tr("Not enough PSFS scores in this period to show a change (two are needed).")
    points = number(change.meaningful_change)
    verdict = (
        _tr("at least the {0}-point change that counts as meaningful").format(points)
        if change.meaningful
        else _tr("less than the {0}-point change that counts as meaningful").format(points)
    )
    return _tr("The PSFS average went from {0} on {1} to {2} on {3} ({4} points): {5}.").format(
        number(change.first),
        day_text(change.first_at.date()),
        number(change.last),
        day_text(change.last_at.date()),
        signed(change.change),
        verdict,
    )


def chart_summary(data: ProgressData) -> str:
    """A few sentences that say what the chart shows, for screen readers and at a glance."""
    parts: list[str] = [
        _tr("Progress chart for {0}, {1} to {2}.").format(
            data.patient, day_text(data.start), day_text(data.end)
        )
    ]
    if data.is_empty:
        parts.append(_tr("Nothing was logged or recorded in this period."))
        return " ".join(parts)
    if data.points:
        parts.append(count(len(data.points), "{0} pain entry.", "{0} pain entries."))
        parts.append(pain_sentence(pain_change(data)))
        worst = [v for v in data.daily.pain_worst if v is not None]
        if worst:
            parts.append(_tr("The highest worst-pain score was {0}.").format(max(worst)))
    else:
        parts.append(_tr("No pain entries in this period."))
    walks = data.daily.value_days(data.daily.walking_minutes)
    if walks:
        day, minutes = max(walks, key=lambda pair: pair[1])
        parts.append(
            _tr("The longest comfortable walk was {0} minutes, on {1}.").format(int(minutes), day_text(day))
        )
    change = psfs_change(data)
    if change is not None:
        parts.append(psfs_sentence(change))
    for course in data.courses:
        doses = sum(1 for t in data.doses if t.med_id == course.med_id)
        parts.append(
            _tr("{0}: course from {1} to {2}, {3}.").format(
                course.name,
                day_text(course.first),
                day_text(course.last),
                count(doses, "{0} dose taken", "{0} doses taken"),
            )
        )
    course_ids = {c.med_id for c in data.courses}
    extra: dict[str, int] = {}
    for tick in data.doses:
        if tick.med_id not in course_ids:
            extra[tick.name] = extra.get(tick.name, 0) + 1
    for name, doses in extra.items():
        parts.append(_tr("{0}: {1}.").format(name, count(doses, "{0} dose taken", "{0} doses taken")))
    done = [
        _tr("{0} {1}").format(
            QCoreApplication.translate("ProgressModels", KIND_LABELS.get(kind, kind)), times(len(marks))
        )
        for kind, marks in data.done.items()
        if marks
    ]
    if done:
        parts.append(_tr("Done: {0}.").format(", ".join(done)))
    overrides = sum(1 for t in data.doses if t.override_reason)
    if overrides:
        parts.append(
            count(
                overrides,
                "{0} dose was taken with a safety override.",
                "{0} doses were taken with a safety override.",
            )
        )
    if data.side_effect_days:
        parts.append(
            count(
                len(data.side_effect_days),
                "Side effects were logged on {0} day.",
                "Side effects were logged on {0} days.",
            )
        )
    if data.red_flag_days:
        parts.append(
            count(
                len(data.red_flag_days),
                "Warning signs (red flags) were logged on {0} day.",
                "Warning signs (red flags) were logged on {0} days.",
            )
        )
    if data.flare_ups:
        starts = ", ".join(day_text(f.start.date()) for f in data.flare_ups)
        parts.append(
            count(len(data.flare_ups), "{0} flare-up", "{0} flare-ups")
            + _tr(", starting {0}.").format(starts)
        )
    return " ".join(p for p in parts if p)


__all__ = ["chart_summary", "day_text", "number", "pain_sentence", "psfs_sentence", "signed"]
