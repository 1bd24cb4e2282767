"""The plan sheet: one week of the plan on paper, for the fridge door.

Patients follow what they can see. The sheet puts on paper who set the plan and how
to reach them, the week at a glance (medicine times, sessions, heat and cold, with a
box to tick), each exercise with its picture and the clinician's numbers, each
medicine with its dose, course and cautions, what to do when pain flares, how to use
heat and cold safely, and, boxed, when to get help now.

It must read printed in black and white: nothing is told by colour alone (times,
words and boxes carry the meaning), and body text is 11 pt or larger.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Final

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QImage, QTextDocument

from backplan.domain.model import (
    Activity,
    ExercisePrescription,
    Medication,
    PlanDocument,
    RedFlag,
    Side,
)
from backplan.reports.qtdoc import (
    HEADER_PROPERTY,
    PRINTED_PROPERTY,
    add_image,
    custom_image_bytes,
    empty_frame,
    ensure_gui_app,
    esc,
    new_document,
    svg_image,
    write_pdf,
)
from backplan.reports.wording import (
    LibraryExercise,
    day_label,
    describe_course,
    describe_dose,
    describe_schedule,
    exercise_library,
    hhmm,
    how_often,
    long_date,
    page_header,
    patient_label,
    printed_on,
    safety_texts,
    sided_steps,
    taper_groups,
    taper_step_labels,
)
from backplan.safety.catalogue import Catalogue
from backplan.safety.findings import format_date, format_list
from backplan.safety.plan_checks import check_plan
from backplan.schedule.agenda import day_bounds
from backplan.schedule.expand import COLD_KIND, HEAT_KIND, MEDICATION_KIND, expand
from backplan.schedule.flare import flare_up_windows
from backplan.schedule.occurrence import Occurrence
from backplan.schedule.wallclock import zone

SHEET_TITLE: Final = "backplan plan sheet"
HELP_NOW: Final = "When to get help now"
FLARE_HEADING: Final = "If your pain flares"
BOX: Final = "\u2610"  # a ballot box to tick
TAPER_HEADING: Final = "Stepping down"

# The parts of the day the week grid is split into (local wall-clock hours).
PERIODS: Final = (
    ("Morning", "05:00 to 12:00"),
    ("Afternoon", "12:00 to 17:00"),
    ("Evening", "17:00 to 21:00"),
    ("Night", "21:00 to 05:00"),
)
# Width of an exercise picture on paper, in CSS pixels (1/96 inch): 330 px is 8.7 cm,
# so each of a drawing's two poses is more than 4 cm wide (report.md).
_IMAGE_PX: Final = 330

_CSS: Final = """
body { font-size: 11pt; }
h1 { font-size: 18pt; margin-top: 0px; margin-bottom: 6px; }
h2 { font-size: 14pt; margin-top: 18px; margin-bottom: 6px; }
h3 { font-size: 12pt; margin-top: 12px; margin-bottom: 4px; }
p { margin-top: 0px; margin-bottom: 5px; }
td, th { font-size: 11pt; vertical-align: top; }
th { font-weight: bold; text-align: left; background-color: #e6e6e6; }
.muted { color: #333333; }
"""


def week_bounds(week: date) -> tuple[date, date]:
    """The Monday and the Sunday of the week that contains ``week``."""
    monday = week - timedelta(days=week.weekday())
    return monday, monday + timedelta(days=6)


def build_sheet_document(
    doc: PlanDocument,
    *,
    week: date,
    paper: str = "a4",
    catalogue: Catalogue,
    now: datetime | None = None,
) -> QTextDocument:
    """The plan sheet for the Monday-to-Sunday week containing ``week``.

    The document is laid out for ``paper`` when printed through
    :func:`backplan.reports.qtdoc.paint_document` (or :func:`write_sheet`). Every
    page's header names the patient and the week; its footer the day ``now`` falls
    on in the patient's zone (left out without ``now``).
    """
    ensure_gui_app()
    document = new_document()
    document.setDefaultStyleSheet(_CSS)
    monday, sunday = week_bounds(week)
    dates = f"week {format_date(monday)} to {format_date(sunday)}"
    document.setProperty(HEADER_PROPERTY, page_header("Plan sheet", doc.patient, dates))
    if now is not None:
        day = now.astimezone(zone(doc.patient.timezone)).date()
        document.setProperty(PRINTED_PROPERTY, printed_on(day))
    builder = _SheetBuilder(doc, week, paper, catalogue, document)
    document.setHtml(builder.html())
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, SHEET_TITLE)
    return document


def write_sheet(
    doc: PlanDocument,
    out: Path,
    *,
    week: date,
    paper: str = "a4",
    catalogue: Catalogue,
    now: datetime | None = None,
) -> None:
    """The plan sheet as a PDF (A4 or Letter), titled "backplan plan sheet"."""
    document = build_sheet_document(doc, week=week, paper=paper, catalogue=catalogue, now=now)
    write_pdf(document, out, title=SHEET_TITLE, paper=paper, numbers=True)


class _SheetBuilder:
    def __init__(
        self,
        doc: PlanDocument,
        week: date,
        paper: str,
        catalogue: Catalogue,
        document: QTextDocument,
    ) -> None:
        self.doc = doc
        self.monday, self.sunday = week_bounds(week)
        self.paper = paper
        self.catalogue = catalogue
        self.document = document
        tz = doc.patient.timezone
        lo, hi = day_bounds(tz, self.monday, 7)
        flare = doc.plan.flare_up
        # A flare-up that runs in this week puts its plan's items in the week grid.
        self.windows = flare_up_windows(doc.events, flare.days) if flare is not None else []
        self.occurrences = expand(doc, lo, hi, self.windows)
        self.flare_ids = (
            {m.id for m in flare.medications} | {a.id for a in flare.activities}
            if flare is not None
            else set()
        )
        self.steps = taper_step_labels(doc.medications)
        active = {o.source_id for o in self.occurrences}
        self.medicines = [m for m in doc.medications if self._med_in_week(m, active)]
        self.activities = [a for a in doc.activities if a.id in active]
        self.findings = check_plan(doc, catalogue)
        self.images: dict[str, str] = {}

    def _med_in_week(self, med: Medication, active: set[str]) -> bool:
        if med.id in active:
            return True
        last = med.last_day
        return (
            med.as_needed
            and med.start is not None
            and med.start <= self.sunday
            and (last is None or last >= self.monday)
        )

    # --- sections ------------------------------------------------------------------

    def html(self) -> str:
        parts = [
            "<html><body>",
            self._title(),
            self._week_grid(),
            self._medicines(),
            self._activities(),
            self._flare_up(),
            self._heat_cold(),
            self._help_now(),
            "</body></html>",
        ]
        return "\n".join(p for p in parts if p)

    def _title(self) -> str:
        plan = self.doc.plan
        dates = long_date(plan.start)
        dates = f"{dates} to {long_date(plan.end)}" if plan.end else f"from {dates}"
        left: list[tuple[str, str]] = [
            ("Patient", esc(patient_label(self.doc.patient))),
            ("Plan dates", esc(dates)),
        ]
        right: list[tuple[str, str]] = []
        if plan.clinician is not None:
            who = esc(plan.clinician.name)
            if plan.clinician.role:
                who += f" ({esc(plan.clinician.role)})"
            right.append(("Clinician", who))
            if plan.clinician.contact:
                right.append(("Contact", esc(plan.clinician.contact)))
        rows = []
        for index in range(max(len(left), len(right))):
            cells = ""
            for side in (left, right):
                if index < len(side):
                    label, value = side[index]
                    cells += f'<td width="15%"><b>{label}</b></td><td width="35%">{value}</td>'
                else:
                    cells += "<td></td><td></td>"
            rows.append(f"<tr>{cells}</tr>")
        out = [
            f"<h1>{esc(plan.title)}</h1>",
            '<table cellspacing="0" cellpadding="2" width="100%">' + "".join(rows) + "</table>",
        ]
        if plan.goals:
            goals = "".join(f"<li>{esc(goal)}</li>" for goal in plan.goals)
            out.append(f'<p style="margin-top:6px"><b>Your goals</b></p><ul>{goals}</ul>')
        if plan.notes:
            out.append(f"<p><b>Notes from your clinician:</b> {esc(plan.notes)}</p>")
        disclaimer = safety_texts().get("disclaimer", "")
        if disclaimer:
            out.append(f"<p><i>{esc(disclaimer)}</i></p>")
        return "\n".join(out)

    def _week_grid(self) -> str:
        """Days across, times of day down: one row per time and item, a box per day.

        Each row names its item once ("08:00 Carisoprodol 350 mg: 1 tablet") and the
        days it happens on get a box to tick, so a week of four daily doses, sessions
        and heat and cold fits on part of one page and reads in black and white.
        """
        days = [self.monday + timedelta(days=k) for k in range(7)]
        rows: dict[tuple[int, str, str], set[date]] = defaultdict(set)
        labels: dict[tuple[int, str, str], str] = {}
        for occ in self.occurrences:
            key = (_period(occ.start.hour), hhmm(occ.start), occ.item)
            rows[key].add(occ.start.date())
            labels.setdefault(key, self._grid_label(occ))
        plan = self.doc.plan
        outside = [d for d in days if d < plan.start or (plan.end is not None and d > plan.end)]
        # One small table per part of the day, each headed by its name and the days:
        # a table is kept whole on one page (qtdoc.keep_tables_together), so a row
        # never splits and a part's name never stays behind at the foot of a page,
        # and the grid still starts on the first page.
        groups: dict[int, list[str]] = defaultdict(list)
        for key in sorted(rows, key=lambda k: (k[0], _clock_order(k[1]), k[2])):
            cells = [f"<td>{labels[key]}</td>"]
            for day in days:
                box = f'<span style="font-size:14pt">{BOX}</span>' if day in rows[key] else ""
                cells.append(f'<td align="center">{box}</td>')
            groups[key[0]].append("<tr>" + "".join(cells) + "</tr>")
        tables = [self._grid_table(days, *PERIODS[period], body) for period, body in sorted(groups.items())]
        as_needed = [m for m in self.medicines if m.as_needed]
        needed_rows = []
        for med in as_needed:
            limits = _sentence(describe_schedule(med.schedule).removeprefix("when needed: "))
            course = describe_course(med)
            if course is not None:
                limits += f". Course: {course}"
            needed_rows.append(
                f"<tr><td><b>{esc(med.name)}</b>: {esc(med.dose)}</td>"
                f'<td colspan="7">{esc(limits)}.</td></tr>'
            )
        if needed_rows:
            tables.append(self._grid_table(None, "When needed", "not at fixed times", needed_rows))
        if not tables:
            tables.append(
                self._grid_table(
                    days, "This week", "", ['<tr><td colspan="8">Nothing is scheduled this week.</td></tr>']
                )
            )
        notes = []
        if outside:
            notes.append(f"Outside the plan dates: {esc(', '.join(day_label(d) for d in outside))}.")
        running = self._flare_days(days)
        if running:
            notes.append(
                f"<b>A flare-up is running</b> on {esc(format_list([day_label(d) for d in running]))}: "
                "the flare-up plan's items are in the grid, marked (flare-up plan)."
            )
        # Said above the grid (a heading's lead-in): they travel with its first table.
        out = [
            f"<h2>Week at a glance: {esc(day_label(self.monday))} to {esc(day_label(self.sunday))}</h2>",
            f"<p>Times are local time ({esc(self.doc.patient.timezone)}). "
            f"Tick the box {BOX} on the day when it is done.</p>",
            *(f"<p>{note}</p>" for note in notes),
            *tables,
        ]
        return "\n".join(out)

    def _grid_table(self, days: Sequence[date] | None, name: str, hours: str, body: list[str]) -> str:
        """One part of the day: a header row with its name and the days, then its rows."""
        label = f"<b>{name}</b> ({hours})" if hours else f"<b>{name}</b>"
        head = [f'<tr><th width="51%">{label}</th>']
        for day in days or ():
            short = day_label(day).split(" ", 1)[0]
            head.append(f'<th width="7%" align="center">{esc(short)}<br/>{day.day}</th>')
        if days is None:
            head.append('<th colspan="7">Limits</th>')
        return (
            '<table border="1" cellspacing="0" cellpadding="3" width="100%" '
            'style="border-collapse: collapse; border-color: #000000; margin-bottom: 4pt">'
            + "".join(head)
            + "</tr>"
            + "".join(body)
            + "</table>"
        )

    def _flare_days(self, days: Sequence[date]) -> list[date]:
        tz = self.doc.patient.timezone
        found = []
        for day in days:
            lo, hi = day_bounds(tz, day)
            if any(w.start < hi and w.end > lo for w in self.windows):
                found.append(day)
        return found

    def _grid_label(self, occ: Occurrence) -> str:
        label = self._item_label(occ)
        if occ.source_id in self.flare_ids:
            label += " <i>(flare-up plan)</i>"
        return label

    def _item_label(self, occ: Occurrence) -> str:
        when = hhmm(occ.start)
        if occ.kind == MEDICATION_KIND:
            med = _find_med(self.doc, occ.source_id)
            dose = f": {esc(med.dose)}" if med is not None else ""
            if occ.source_id in self.steps:
                dose = f", {esc(self.steps[occ.source_id])}"
            return f"<b>{when}</b> {esc(occ.title)}{dose}"
        if occ.kind in (HEAT_KIND, COLD_KIND):
            act = _find_activity(self.doc, occ.source_id)
            word = "Heat" if occ.kind == HEAT_KIND else "Cold"
            link = "before" if occ.kind == HEAT_KIND else "after"
            name = f" ({link} {esc(act.title)})" if act is not None else ""
            return f"<b>{when}</b> <i>{word}</i>, {_minutes(occ)} min{name}"
        until = f"-{hhmm(occ.end)}" if occ.end is not None else ""
        return f"<b>{when}{until}</b> {esc(occ.title)}"

    def _medicines(self) -> str:
        tapers = taper_groups(self.doc.medications)
        if not self.medicines and not tapers:
            return ""
        out = ["<h2>Medicines</h2>", f"<p>{esc(safety_texts().get('missed_dose', ''))}</p>"]
        out += [self._taper_table(steps) for steps in tapers]
        for med in self.medicines:
            out.append(self._medicine_box(med))
        return "\n".join(out)

    def _taper_table(self, steps: Sequence[Medication]) -> str:
        """One row per step, by date: the whole way down on one small table.

        The week grid shows only this week's step; the table shows where the course
        goes from here, so the patient sees when the next step starts.
        """
        strengths = {tuple((i.substance, i.mg) for i in m.ingredients) for m in steps}
        show_mg = len(strengths) > 1  # the strength changes between steps
        rows = [
            '<tr><th width="8%">Step</th><th width="32%">Dates</th>'
            '<th width="20%">Dose</th><th>How often</th></tr>'
        ]
        for number, med in enumerate(steps, start=1):
            # A date never breaks across lines: "7 Dec" over "2026" misreads easily.
            days = [_nobreak(format_date(d)) for d in (med.start, med.last_day) if d is not None]
            dose = esc(med.dose)
            if show_mg:
                mg = ", ".join(f"{i.mg} mg {i.substance}" for i in med.ingredients)
                dose += f" ({esc(mg)})"
            rows.append(
                f"<tr><td><b>{number} of {len(steps)}</b></td><td>{' to '.join(days)}</td><td>{dose}</td>"
                f"<td>{esc(how_often(med))}</td></tr>"
            )
        return (
            f"<h3>{TAPER_HEADING} {esc(steps[0].name)}</h3>"
            "<p>Your prescriber set this course to end in steps. Follow the step for "
            "the date; each step starts the day after the one before it ends.</p>"
            '<table border="1" cellspacing="0" cellpadding="4" width="100%" '
            'style="border-collapse: collapse; margin-bottom: 8pt; border-color: #000000">'
            + "".join(rows)
            + "</table>"
        )

    def _medicine_box(self, med: Medication, *, flare_up: bool = False) -> str:
        rows: list[tuple[str, str]] = [("Dose", esc(med.dose))]
        rows.append(("When", esc(_sentence(describe_schedule(med.schedule)))))
        course = describe_course(med)
        if course is not None:
            rows.append(("Course", esc(course)))
        elif flare_up:
            rows.append(("Course", "only during a flare-up"))
        if med.prescriber:
            rows.append(("Prescriber", esc(med.prescriber)))
        if med.instructions:
            rows.append(("Instructions", esc(med.instructions)))
        cautions = self._cautions(med)
        if cautions:
            items = "".join(f"<li>{esc(c)}</li>" for c in cautions)
            rows.append(("Cautions", f'<ul style="margin-left:0">{items}</ul>'))
        body = "".join(
            f'<tr><td width="20%"><b>{label}</b></td><td>{value}</td></tr>' for label, value in rows
        )
        return (
            '<table border="1" cellspacing="0" cellpadding="4" width="100%" '
            'style="border-collapse: collapse; margin-bottom: 8pt">'
            f'<tr><th colspan="2">{esc(med.name)}</th></tr>{body}</table>'
        )

    def _cautions(self, med: Medication) -> list[str]:
        """The plan's own warnings for this medicine, then what the catalogue says.

        Flags (a course longer than the label's, an unlabelled strength...) and notes
        come from the plan checks; the catalogue's cautions cover alcohol, driving and
        course length. Where the catalogue knows no substance of the medicine, the
        checks' cautions stand in.
        """
        mine = [f for f in self.findings if med.id in f.items]
        known = [self.catalogue.get(i.substance) for i in med.ingredients]
        infos = [i for i in known if i is not None]
        texts: list[str] = []
        wanted: tuple[str, ...] = ("flag", "note") if infos else ("flag", "note", "caution")
        texts += [f.message for f in mine if f.severity in wanted]
        for info in infos:
            texts += [c for c in info.cautions if not (med.prescriber and _is_otc_caution(c))]
        return list(dict.fromkeys(texts))

    def _activities(self) -> str:
        """Every activity of the week: where, when, how long, the clinician's notes,
        then its exercises (a walk or a physio visit has none, and still its address
        and "build up 5 minutes a week" belong on the fridge)."""
        if not self.activities:
            return ""
        out = ["<h2>Activities and exercises</h2>"]
        library = exercise_library()
        shared_caution = ""
        for activity in self.activities:
            out.append(self._activity_heading(activity))
            for ex in activity.exercises:
                out.append(self._exercise_card(ex))
                entry = library.get(ex.exercise)
                if entry is not None and entry.cautions and not shared_caution:
                    shared_caution = entry.cautions[0]
        if shared_caution:
            out.append(f"<p><b>{esc(shared_caution)}</b></p>")
        return "\n".join(out)

    def _activity_heading(self, activity: Activity, *, flare_up: bool = False) -> str:
        when = describe_schedule(activity.schedule)
        detail = f"{when}, {activity.duration_minutes} minutes"
        if activity.heat_before_minutes:
            detail += f"; heat for {activity.heat_before_minutes} minutes before"
        if activity.cold_after_minutes:
            detail += f"; cold for {activity.cold_after_minutes} minutes after"
        if flare_up:
            detail += " (during a flare-up)"
        lines = [f"<p><b>When:</b> {esc(_sentence(detail))}.</p>"]
        if activity.location:
            lines.append(f"<p><b>Where:</b> {esc(activity.location)}</p>")
        if activity.notes:
            lines.append(f"<p><b>Notes:</b> {esc(activity.notes)}</p>")
        # A heading and at most three short paragraphs: keep_tables_together moves
        # them with the first exercise card, keep_headings_with_next keeps the
        # heading with its lines otherwise.
        return f"<h3>{esc(activity.title)}</h3>" + "".join(lines)

    def _exercise_card(self, ex: ExercisePrescription) -> str:
        library = exercise_library()
        entry = library.get(ex.exercise)
        name = ex.custom.name if ex.custom is not None else (entry.name if entry else ex.exercise)
        dose = describe_dose(ex)
        lines = [f"<p><b>{esc(name)}</b></p>"]
        if dose:
            lines.append(f"<p>{esc(dose)}</p>")
        elif entry is not None and entry.typical_dose:
            lines.append(f"<p>Typical starting dose: {esc(entry.typical_dose)}</p>")
        if ex.custom is not None:
            lines.append(f"<p>{esc(ex.custom.instructions)}</p>")
            if ex.effective_side in (Side.LEFT, Side.RIGHT):
                lines.append(f"<p>{esc(ex.effective_side.value.capitalize())} side only.</p>")
        elif entry is not None:
            steps = "".join(f"<li>{esc(step)}</li>" for step in sided_steps(entry.steps, ex.effective_side))
            lines.append(f'<ol style="margin-left:0">{steps}</ol>')
        if ex.notes:
            lines.append(f"<p><i>Note:</i> {esc(ex.notes)}</p>")
        picture = self._picture(ex, entry)
        return (
            '<table border="1" cellspacing="0" cellpadding="5" width="100%" '
            'style="border-collapse: collapse; margin-bottom: 6pt">'
            f'<tr><td width="{_IMAGE_PX + 14}">{picture}</td><td>{"".join(lines)}</td></tr>'
            "</table>"
        )

    def _picture(self, ex: ExercisePrescription, entry: LibraryExercise | None) -> str:
        """The library drawing, the clinician's own picture, or a clear empty frame."""
        if entry is not None and entry.image is not None:
            src = self._image(entry.id, entry.image)
            return (
                f'<img src="{src}" width="{_IMAGE_PX}" height="{_IMAGE_PX // 2}">'
                f'<br/><span class="muted">Source: {esc(entry.source)}</span>'
            )
        data = custom_image_bytes(ex)
        if data is not None:
            image = QImage()
            if image.loadFromData(QByteArray(data)) and not image.isNull():
                key = f"custom-{len(self.images)}"
                self.images[key] = add_image(self.document, key, image)
                height = max(1, round(_IMAGE_PX * image.height() / max(1, image.width())))
                if height > _IMAGE_PX:  # a tall picture: as tall as the card is wide
                    width, height = round(_IMAGE_PX * image.width() / image.height()), _IMAGE_PX
                else:
                    width = _IMAGE_PX
                return f'<img src="{self.images[key]}" width="{width}" height="{height}">'
        if "empty-frame" not in self.images:
            self.images["empty-frame"] = add_image(self.document, "empty-frame", empty_frame(_IMAGE_PX * 3))
        return (
            f'<img src="{self.images["empty-frame"]}" width="{_IMAGE_PX}" height="{_IMAGE_PX // 2}">'
            '<br/><span class="muted">No picture: ask your clinician to show you.</span>'
        )

    def _image(self, key: str, path: Path) -> str:
        if key not in self.images:
            image = svg_image(path, _IMAGE_PX * 3)
            self.images[key] = add_image(self.document, key, image)
        return self.images[key]

    def _flare_up(self) -> str:
        flare = self.doc.plan.flare_up
        if flare is None:
            return ""
        out = [
            f"<h2>{FLARE_HEADING}</h2>",
            '<table border="2" cellspacing="0" cellpadding="6" width="100%" '
            'style="border-collapse: collapse">',
            "<tr><td>",
            f"<p>{esc(flare.advice)}</p>",
            f"<p>When you start a flare-up in backplan, these items run for {flare.days} "
            f"day{'s' if flare.days != 1 else ''}, or until you end it.</p>",
        ]
        for med in flare.medications:
            when = describe_schedule(med.schedule)
            out.append(f"<p><b>{esc(med.name)}</b>: {esc(med.dose)}, {esc(when)}.</p>")
            cautions = self._cautions(med)
            if cautions:
                out.append("<ul>" + "".join(f"<li>{esc(c)}</li>" for c in cautions) + "</ul>")
        for act in flare.activities:
            when = describe_schedule(act.schedule)
            out.append(f"<p><b>{esc(act.title)}</b>: {esc(when)}, {act.duration_minutes} minutes.</p>")
        out.append("</td></tr></table>")
        for act in flare.activities:
            if act.exercises or act.location or act.notes:
                out.append(self._activity_heading(act, flare_up=True))
                out += [self._exercise_card(ex) for ex in act.exercises]
        return "\n".join(out)

    def _heat_cold(self) -> str:
        uses = [
            a
            for a in (*self.activities, *self._flare_activities())
            if a.heat_before_minutes or a.cold_after_minutes
        ]
        if not uses:
            return ""
        texts = safety_texts()
        items = "".join(f"<li>{esc(t)}</li>" for t in texts.get("heat_cold_safety", []))
        source = texts.get("heat_cold_source", "")
        source_line = f'<p class="muted">Source: {esc(source)}</p>' if source else ""
        return (
            "<h2>Heat and cold safely</h2>"
            '<table border="1" cellspacing="0" cellpadding="6" width="100%" '
            'style="border-collapse: collapse">'
            f"<tr><td><ul>{items}</ul>{source_line}</td></tr></table>"
        )

    def _flare_activities(self) -> Sequence[Activity]:
        flare = self.doc.plan.flare_up
        return flare.activities if flare is not None else ()

    def _help_now(self) -> str:
        texts = safety_texts()
        flags: dict[str, str] = texts.get("red_flags", {})
        advice = texts.get("red_flag_advice", {})
        names = [flags.get(flag.value, flag.value) for flag in RedFlag]
        items = "".join(f"<li>{esc(name)}</li>" for name in names)
        contact = ""
        clinician = self.doc.plan.clinician
        if clinician is not None and clinician.contact:
            contact = (
                f"<p>For questions about your plan that are not urgent: "
                f"{esc(clinician.name)}, {esc(clinician.contact)}.</p>"
            )
        source = advice.get("source", "")
        return (
            '<table border="3" cellspacing="0" cellpadding="8" width="100%" '
            'style="border-collapse: collapse; margin-top: 12pt; border-color: #000000">'
            f"<tr><td><h2>{HELP_NOW}</h2>"
            "<p><b>Get medical help today if you notice any of these:</b></p>"
            f"<ul>{items}</ul>"
            f"<p>{esc(_help_body(advice.get('body', '')))}</p>"
            + contact
            + (f'<p class="muted">Source: {esc(source)}</p>' if source else "")
            + "</td></tr></table>"
        )


def _is_otc_caution(text: str) -> bool:
    """A catalogue caution about the over-the-counter label ("Without a doctor's
    advice, the US OTC label ..."): it is for medicines bought without a prescriber,
    and contradicts a dose a prescriber set (a prescribed naproxen 500 mg)."""
    return "OTC label" in text or text.startswith("Without a doctor's advice")


def _help_body(body: str) -> str:
    """The red-flag advice as it reads on paper, before anything was recorded.

    The bundled advice is written for the moment a log entry records a red flag
    ("You recorded a warning sign..."); that opening sentence is dropped here, and the
    rest of the wording is used unchanged.
    """
    sentences = body.split(". ")
    if sentences and sentences[0].startswith("You recorded"):
        sentences = sentences[1:]
    return ". ".join(sentences)


def _nobreak(text: str) -> str:
    return esc(text).replace(" ", "&nbsp;")


def _period(hour: int) -> int:
    """Morning 05-12, afternoon 12-17, evening 17-21, night 21-05 (the small hours)."""
    if hour < 5:
        return 3
    if hour < 12:
        return 0
    if hour < 17:
        return 1
    if hour < 21:
        return 2
    return 3


def _clock_order(hhmm_text: str) -> str:
    """Night rows run 21:00 ... 23:59, then the small hours (00:00 ... 04:59)."""
    return ("1" if hhmm_text < "12:00" else "0") + hhmm_text


def _find_activity(doc: PlanDocument, act_id: str) -> Activity | None:
    for act in doc.all_activities():
        if act.id == act_id:
            return act
    return None


def _minutes(occ: Occurrence) -> int:
    if occ.end is None:
        return 0
    return round((occ.end - occ.start).total_seconds() / 60)


def _find_med(doc: PlanDocument, med_id: str) -> Medication | None:
    for med in doc.all_medications():
        if med.id == med_id:
            return med
    return None


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


__all__ = [
    "FLARE_HEADING",
    "HELP_NOW",
    "SHEET_TITLE",
    "TAPER_HEADING",
    "build_sheet_document",
    "taper_groups",
    "week_bounds",
    "write_sheet",
]
