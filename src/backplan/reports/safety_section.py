"""The clinician report's Safety section: every dose in the period that broke a rule.

report.md: "every dose in the period that broke a rule (minimum interval, daily
maximum, label maximum, course dates, already taken), named by rule, dated, with the
override reason or 'no reason recorded' (imported or restored history). Removed records
are listed as such. An empty section says 'None'." The doses come from
:func:`backplan.safety.history.rule_breaks`, the same guard that refuses them as they
are recorded, so the report and the window cannot disagree about what broke a rule.
Kept apart from ``report.py`` (one call there) so each section has one owner.
"""

from __future__ import annotations

from datetime import datetime
from typing import Final
from zoneinfo import ZoneInfo

from backplan.domain.model import Event, PlanDocument
from backplan.reports.qtdoc import esc
from backplan.reports.wording import hhmm
from backplan.safety.catalogue import Catalogue
from backplan.safety.findings import format_date
from backplan.safety.history import RuleBreak, removed_doses, rule_breaks
from backplan.safety.red_flags import red_flag_level, red_flag_text

_TABLE: Final = (
    '<table border="1" cellspacing="0" cellpadding="4" width="100%" '
    'style="border-collapse: collapse; border-color: #808080" class="small">'
)


def safety_section_html(
    doc: PlanDocument, catalogue: Catalogue, start: datetime, end: datetime, tz: ZoneInfo
) -> str:
    """The section as HTML, for the doses taken in ``[start, end)``."""
    breaks = rule_breaks(doc, catalogue, doc.events, start, end)
    removed = removed_doses(doc, doc.events, start, end)
    other_overrides = _overrides_without_a_break(doc, breaks, start, end)
    out = ["<h2>Safety</h2>", *_red_flags(doc, start, end, tz)]
    if not breaks and not removed and not other_overrides:
        out.append("<p>None</p>")
        return "\n".join(out)
    if breaks:
        rows = ["<tr><th>Taken</th><th>Medicine</th><th>Rule broken</th><th>Reason given</th></tr>"]
        for found in breaks:
            rules = "<br/>".join(f"<b>{esc(f.rule)}</b>: {esc(f.message)}" for f in found.findings)
            rows.append(
                f"<tr><td>{esc(_when(found.at, tz))}</td><td>{esc(found.medicine)}</td>"
                f"<td>{rules}</td><td>{esc(found.reason)}</td></tr>"
            )
        out += [_TABLE, *rows, "</table>"]
    else:
        out.append("<p>No dose in the period broke a rule.</p>")
    if other_overrides:
        # Recorded past a refusal, yet no rule flags it as the plan stands now (the plan
        # was changed since): listed all the same, so no override goes unreported.
        names = {m.id: m.name for m in doc.all_medications()}
        out.append("<h3>Other doses recorded with a safety override</h3>")
        rows = ["<tr><th>Taken</th><th>Medicine</th><th>Reason given</th><th>Note</th></tr>"]
        for event in other_overrides:
            assert event.at is not None
            rows.append(
                f"<tr><td>{esc(_when(event.at, tz))}</td><td>{esc(names.get(event.item, event.item))}</td>"
                f"<td>{esc(event.override_reason)}</td><td>{esc(event.note)}</td></tr>"
            )
        out += [_TABLE, *rows, "</table>"]
    if removed:
        names = {m.id: m.name for m in doc.all_medications()}
        out.append("<h3>Removed records</h3><ul>")
        out += [f"<li>{esc(_removed_line(e, names, tz))}</li>" for e in removed]
        out.append("</ul>")
    return "\n".join(out)


def _red_flags(doc: PlanDocument, start: datetime, end: datetime, tz: ZoneInfo) -> list[str]:
    """Each red-flag entry of the period under its level's headline: "Go to an
    emergency department now" for possible cauda equina syndrome (FACTS.md rule 10)."""
    text = red_flag_text()
    begin, stop = start.astimezone(tz), end.astimezone(tz)
    lines = []
    for entry in doc.log:
        level = red_flag_level(entry.red_flags or ())
        if level is None or not begin <= entry.at.astimezone(tz) < stop:
            continue
        flags = ", ".join(text.labels[f] for f in dict.fromkeys(entry.red_flags or ()))
        lines.append(
            f"<li>{esc(_when(entry.at, tz))}: <b>{esc(text.headline(level))}</b> ({esc(flags)})</li>"
        )
    if not lines:
        return []
    return ["<h3>Red flags recorded (advice shown)</h3><ul>", *lines, "</ul>", "<h3>Doses</h3>"]


def _overrides_without_a_break(
    doc: PlanDocument, breaks: list[RuleBreak], start: datetime, end: datetime
) -> list[Event]:
    """Standing doses of the period recorded with an override reason that are not
    among ``breaks``: the Safety section is the one place the report lists overrides."""
    listed = {id(found.event) for found in breaks}
    return [
        e
        for e in doc.events
        if e.override_reason and e.counts and e.at is not None and start <= e.at < end and id(e) not in listed
    ]


def _when(moment: datetime, tz: ZoneInfo) -> str:
    local = moment.astimezone(tz)
    return f"{format_date(local.date())} {hhmm(local)}"


def _removed_line(event: Event, names: dict[str, str], tz: ZoneInfo) -> str:
    """``Ibuprofen 200 mg: recorded at 2 Dec 2026 08:05, removed at 2 Dec 2026 08:07``."""
    assert event.at is not None and event.removed is not None
    line = (
        f"{names.get(event.item, event.item)}: recorded at {_when(event.at, tz)}, "
        f"removed at {_when(event.removed.at, tz)}"
    )
    if event.removed.reason:
        line += f" ({event.removed.reason})"
    if event.override_reason:
        line += f"; it had been recorded despite a safety rule, with the reason: {event.override_reason}"
    return line


__all__ = ["safety_section_html"]
