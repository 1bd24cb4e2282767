"""The use cases, in one object the window and the command line both drive.

It owns no state but the database, the clock and the data folder it is given (no
globals), so tests build one on a temporary folder with a fixed clock.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from backplan.domain.clock import Clock
from backplan.domain.codec import validate_document
from backplan.domain.errors import ValidationError
from backplan.domain.model import (
    FLARE_UP_ITEM,
    Activity,
    Event,
    EventStatus,
    LogEntry,
    Medication,
    Patient,
    Plan,
    PlanDocument,
)
from backplan.interchange.planfile import PlanFileError, ReadResult, read_plan_file
from backplan.safety.catalogue import Catalogue, load_catalogue
from backplan.safety.dose_guard import (
    DoseDecision,
    check_dose,
    history_reach,
    next_allowed_at,
    scheduled_time_for,
)
from backplan.safety.findings import Finding
from backplan.safety.plan_checks import check_plan
from backplan.schedule.agenda import day_bounds
from backplan.schedule.expand import expand
from backplan.schedule.flare import active_flare_up, flare_up_windows
from backplan.schedule.occurrence import FlareUpWindow, Occurrence
from backplan.schedule.stock import RECENT_USE_DAYS, StockStatus, stock_after_count, stock_status
from backplan.schedule.wallclock import start_of_day, zone
from backplan.storage.backup import (
    automatic_backup_name,
    backup_database,
    backup_dir,
    before_change_path,
    list_backups,
    prune_before_change_backups,
    prune_daily_backups,
    restore_database,
    risky_change_lock,
    verify_backup,
)
from backplan.storage.database import Database, migrate

from .errors import ConflictError, SafetyRefusal, UsageError

if TYPE_CHECKING:
    from backplan.storage.reading import Reader

# The repository (SQLAlchemy with its ORM: half a second to load) and the bundles are
# imported by the methods that write or restore. Reads go through ``Database.reading``,
# which on SQLite needs neither, so a start that only reads shows its window sooner.


# How far past the clock's now a dose may say it was taken: clocks on two devices
# differ by a little; more than this is a slip (FACTS.md: bad input).
FUTURE_TOLERANCE = timedelta(minutes=5)


@lru_cache(maxsize=16)
def plan_made_key(patient_id: int) -> str:
    """The meta key holding when a patient's plan was made or imported (UTC, ISO 8601)."""
    return f"plan_made:{patient_id}"


def _plan_check(doc: PlanDocument, catalogue: Catalogue) -> tuple[Finding, ...]:
    """The plan's findings, remembered: they depend on the plan alone (a frozen value),
    and the window asks again at every refresh; for a plan of several years the check
    takes a fifth of a second."""
    return tuple(check_plan(doc, catalogue))


@dataclass(frozen=True)
class ImportResult:
    patient_id: int
    patient_name: str
    replaced: bool
    warnings: tuple[str, ...] = ()
    findings: tuple[Finding, ...] = ()
    backup: Path | None = None


@dataclass(frozen=True)
class DoseResult:
    event_id: int
    event: Event
    decision: DoseDecision
    overridden: bool


@dataclass
class Backplan:
    """The application's use cases over one data folder."""

    db: Database
    clock: Clock
    data_dir: Path
    catalogue_loader: Callable[[], Catalogue] = load_catalogue
    listeners: list[Callable[[str], None]] = field(default_factory=list)

    # --- plumbing ----------------------------------------------------------------

    @property
    def catalogue(self) -> Catalogue:
        return self.catalogue_loader()

    def now(self) -> datetime:
        return self.clock.now()

    def _changed(self, what: str) -> None:
        """Tells listeners (the window) that data changed, so views refresh."""
        for listener in list(self.listeners):
            listener(what)

    # --- patients ----------------------------------------------------------------

    def patient_names(self) -> list[str]:
        with self.db.reading() as r:
            return r.patient_names()

    def patients(self) -> list[tuple[int, Patient]]:
        """Every patient with its id, by name (same-named ones by id)."""
        with self.db.reading() as r:
            return r.patients()

    def resolve_patient(self, name: str | None) -> int:
        """The patient a command means: by name or identifier, or the only one.

        ``--patient`` takes either (cli.md), case and surrounding spaces ignored; an
        identifier wins over a name. A name two patients share is refused with the
        identifiers that tell them apart, never resolved to one of them by chance.
        """
        everyone = self.patients()
        if name is not None:
            return _pick_patient(everyone, name)
        if not everyone:
            raise UsageError("no patient yet: import a plan first (backplan import FILE)")
        if len(everyone) > 1:
            listed = ", ".join(patient_key(p) for _, p in everyone)
            raise UsageError(f"--patient: this data folder holds several patients ({listed}); name one")
        return everyone[0][0]

    def existing_patient(self, patient: Patient) -> int | None:
        """The stored patient an imported file's patient is (plan-format.md, cli.md).

        The same identifier when the file has one, else the same name. A name that
        several stored patients share cannot say which one is meant: refused, with
        their identifiers.
        """
        everyone = self.patients()
        if patient.identifier is not None:
            wanted = _fold(patient.identifier)
            same = [pid for pid, p in everyone if p.identifier is not None and _fold(p.identifier) == wanted]
            return same[0] if same else None
        named = [(pid, p) for pid, p in everyone if _fold(p.name) == _fold(patient.name)]
        if len(named) > 1:
            ids = ", ".join(repr(p.identifier) for _, p in named if p.identifier)
            raise UsageError(
                f"patient {patient.name!r}: {len(named)} patients here have that name ({ids}); "
                "give the file an identifier to say which one"
            )
        return named[0][0] if named else None

    def patient(self, patient_id: int) -> Patient:
        with self.db.reading() as r:
            return r.get_patient(patient_id)

    def delete_patient(self, patient_id: int) -> None:
        from backplan.storage import repository as repo

        with risky_change_lock(self.data_dir):
            self.backup_now("before-delete")
            with self.db.write() as s:
                repo.delete_patient(s, patient_id)
        self._changed("patients")

    # --- documents ---------------------------------------------------------------

    def document(self, patient_id: int, *, with_history: bool = True) -> PlanDocument:
        with self.db.reading() as r:
            return r.read_document(patient_id, with_history=with_history)

    def plan_revision(self, patient_id: int) -> int:
        with self.db.reading() as r:
            return r.patient_revision(patient_id)

    def read_file(self, path: Path) -> ReadResult:
        try:
            return read_plan_file(path)
        except PlanFileError as exc:
            raise UsageError(str(exc)) from None

    def import_file(self, path: Path, *, replace: bool = False) -> ImportResult:
        result = self.read_file(path)
        return self.import_document(result.document, replace=replace, warnings=result.warnings)

    def import_document(
        self, doc: PlanDocument, *, replace: bool = False, warnings: Sequence[str] = ()
    ) -> ImportResult:
        """Stores a whole document in one transaction: all of it, or nothing."""
        from sqlalchemy.exc import IntegrityError

        from backplan.storage import repository as repo

        name = doc.patient.name
        # One risky change at a time (storage.backup.risky_change_lock): a second
        # replace waits, then backs up the first one's result under a name of its own.
        with risky_change_lock(self.data_dir):
            existing = self.existing_patient(doc.patient)
            if existing is not None and not replace:
                raise UsageError(
                    f"patient {patient_key(doc.patient)} already exists in this data folder; use --replace "
                    "to replace their plan, log and events (a backup is taken first)"
                )
            # The checks run before anything is written: should one of them fail on
            # the file, nothing of it is stored (all or nothing).
            findings = tuple(check_plan(doc, self.catalogue))
            backup = self.backup_now("before-replace") if existing is not None else None
            try:
                with self.db.write() as s:
                    patient_id = repo.write_document(s, doc, existing)
                    repo.set_meta(s, plan_made_key(patient_id), self.now().astimezone(UTC).isoformat())
            except IntegrityError as exc:  # pragma: no cover - a concurrent import of the same name
                raise UsageError(f"patient {name!r} could not be stored: {exc.orig}") from None
        self._changed("plan")
        return ImportResult(
            patient_id=patient_id,
            patient_name=name,
            replaced=existing is not None,
            warnings=tuple(warnings),
            findings=findings,
            backup=backup,
        )

    def save_plan(
        self,
        patient_id: int,
        patient: Patient,
        plan: Plan,
        medications: Sequence[Medication],
        activities: Sequence[Activity],
        *,
        expected_revision: int | None = None,
    ) -> list[Finding]:
        """Replaces the plan (from the editor), checked by the file format's own rules."""
        from backplan.storage import repository as repo

        current = self.document(patient_id)
        candidate = replace(
            current, patient=patient, plan=plan, medications=tuple(medications), activities=tuple(activities)
        )
        try:
            validate_document(candidate)
        except ValidationError as exc:
            raise UsageError(str(exc)) from None
        findings = check_plan(candidate, self.catalogue)  # before the write, as for imports
        with self.db.write() as s:
            # The revision is compared and moved in the write's first statement (a
            # compare-and-set), so two editors of the same revision cannot both save.
            try:
                repo.write_plan(
                    s, patient_id, plan, medications, activities, expected_revision=expected_revision
                )
            except repo.StaleRevision:
                raise ConflictError(
                    "the plan was changed elsewhere since you opened it; reload it and make your change again"
                ) from None
            if patient.name != current.patient.name:
                other = repo.find_patient_id(s, patient.name)
                if other is not None and other != patient_id:
                    raise UsageError(f"patient name: {patient.name!r} is already used by another patient")
            repo.update_patient(s, patient_id, patient)
        self._changed("plan")
        return findings

    def plan_findings(self, patient_id: int) -> list[Finding]:
        return list(_plan_check(self.document(patient_id, with_history=False), self.catalogue))

    # --- the schedule ------------------------------------------------------------

    def flare_up_windows(self, patient_id: int, doc: PlanDocument | None = None) -> list[FlareUpWindow]:
        doc = doc or self.document(patient_id, with_history=False)
        if doc.plan.flare_up is None:
            return []
        with self.db.reading() as r:
            flare_events = [e for _, e in r.events(patient_id, items=[FLARE_UP_ITEM])]
        return flare_up_windows(flare_events, doc.plan.flare_up.days)

    def occurrences(self, patient_id: int, start: datetime, end: datetime) -> list[Occurrence]:
        doc = self.document(patient_id, with_history=False)
        return expand(doc, start, end, self.flare_up_windows(patient_id, doc))

    def agenda(
        self, patient_id: int, day: date | None = None, days: int = 1, *, doc: PlanDocument | None = None
    ) -> list[Occurrence]:
        """The day's occurrences; ``doc``: the patient's document the caller just read
        (the Today view reads it once for all it shows), else it is read here."""
        if days < 1:
            raise UsageError(f"--days: expected a whole number of 1 or more, got {days}")
        doc = doc or self.document(patient_id, with_history=False)
        tz = zone(doc.patient.timezone)
        if day is None:
            day = self.now().astimezone(tz).date()
        start, end = day_bounds(doc.patient.timezone, day, days)
        return expand(doc, start, end, self.flare_up_windows(patient_id, doc))

    def today(self, patient_id: int) -> date:
        tz = zone(self.patient(patient_id).timezone)
        return self.now().astimezone(tz).date()

    # --- events and doses --------------------------------------------------------

    def events(
        self, patient_id: int, start: datetime | None = None, end: datetime | None = None
    ) -> list[tuple[int, Event]]:
        with self.db.reading() as r:
            return r.events(patient_id, start, end)

    def check_dose(self, patient_id: int, med_id: str, at: datetime | None = None) -> DoseDecision:
        at = at or self.now()
        self._not_in_future(at)
        with self.db.reading() as r:
            doc = r.read_document(patient_id, with_history=False)
            return self._decide(r, doc, patient_id, med_id, at)

    def _not_in_future(self, at: datetime) -> None:
        """A dose "taken" more than 5 minutes from now is a typing slip, not a dose:
        bad input (FACTS.md), refused before the guard and before anything is written."""
        now = self.now()
        if at > now + FUTURE_TOLERANCE:
            tz = at.tzinfo
            shown = at.strftime("%Y-%m-%d %H:%M")
            now_shown = now.astimezone(tz).strftime("%Y-%m-%d %H:%M")
            raise UsageError(
                f"--at: {shown} is in the future (it is now {now_shown}); a dose can be "
                "recorded only once it has been taken"
            )

    def _decide(
        self, r: Reader, doc: PlanDocument, patient_id: int, med_id: str, at: datetime
    ) -> DoseDecision:
        """The guard's answer, from the plan and the few doses that can matter: those
        within the guard's reach of ``at`` and those recorded for its scheduled time."""
        if med_id not in {m.id for m in doc.all_medications()}:
            known = ", ".join(m.id for m in doc.all_medications()) or "none"
            raise UsageError(f"MED_ID: no medication {med_id!r} in the plan (medications: {known})")
        windows = self.flare_up_windows(patient_id, doc)
        reach = history_reach(doc)
        found = dict(r.events(patient_id, at - reach, at + reach + timedelta(seconds=1)))
        due = scheduled_time_for(doc, self.catalogue, med_id, at, windows)
        if due is not None:
            found.update(r.events_for_occurrence(patient_id, med_id, due))
        events = [event for _, event in sorted(found.items())]
        return check_dose(doc, self.catalogue, med_id, at, events, windows)

    def record_dose(
        self,
        patient_id: int,
        med_id: str,
        at: datetime | None = None,
        override: str | None = None,
        note: str | None = None,
    ) -> DoseResult:
        """Records a dose as taken, through the safety guard; an override needs a reason."""
        from backplan.storage import repository as repo

        if override is not None and not override.strip():
            raise UsageError("--override: give the reason for overriding the safety guard")
        tz = zone(self.patient(patient_id).timezone)
        at = (at or self.now()).astimezone(tz)
        self._not_in_future(at)
        with self.db.write() as s:
            # Decide inside the write transaction, so two processes cannot both pass:
            # on a server the patient's row lock makes the second wait for the first.
            repo.lock_patient(s, patient_id)
            doc = repo.read_document(s, patient_id, with_history=False)
            decision = self._decide(repo.SessionReader(s), doc, patient_id, med_id, at)
            if not decision.allowed and override is None:
                raise SafetyRefusal(decision.refusals)
            scheduled = decision.scheduled_for.astimezone(tz) if decision.scheduled_for else None
            event = Event(
                item=med_id,
                status=EventStatus.DONE,
                scheduled_for=scheduled,
                at=at,
                override_reason=override if not decision.allowed else None,
                note=note,
            )
            (event_id,) = repo.add_events(s, patient_id, [event])
        self._changed("events")
        return DoseResult(event_id, event, decision, overridden=not decision.allowed)

    def next_allowed(
        self, patient_id: int, med_id: str, *, doc: PlanDocument | None = None
    ) -> datetime | None:
        """When the next dose is allowed (``doc`` as in ``agenda``)."""
        doc = doc or self.document(patient_id, with_history=False)
        now = self.now()
        # Only doses that can still hold back a dose at ``now`` or later count: those in
        # the last 24 hours or the longest minimum interval. Reading just those keeps
        # the Today view quick with years of history.
        since = now - history_reach(doc) - timedelta(hours=1)
        events = [event for _, event in self.events(patient_id, since)]
        return next_allowed_at(
            doc, self.catalogue, med_id, events, now, self.flare_up_windows(patient_id, doc)
        )

    def record_event(self, patient_id: int, event: Event) -> int:
        """Records what happened to an occurrence (skip, missed, activity or heat done)."""
        from backplan.storage import repository as repo

        doc = self.document(patient_id, with_history=False)
        if event.status is EventStatus.DONE and event.item in {m.id for m in doc.all_medications()}:
            raise UsageError("a dose goes through record_dose, so the safety guard sees it")
        tz = zone(doc.patient.timezone)
        event = replace(
            event,
            scheduled_for=event.scheduled_for.astimezone(tz) if event.scheduled_for else None,
            at=event.at.astimezone(tz) if event.at else None,
        )
        with self.db.write() as s:
            # The same outcome for the same occurrence twice (the clock jumped back and
            # the view offered it again, or two windows) is refused, not doubled.
            repo.lock_patient(s, patient_id)
            if event.scheduled_for is not None:
                for _, earlier in repo.events_for_occurrence(s, patient_id, event.item, event.scheduled_for):
                    if earlier.status is event.status:
                        when = event.scheduled_for.strftime("%Y-%m-%d %H:%M")
                        status = event.status.value
                        raise UsageError(f"{event.item} at {when} is already recorded as {status}")
            (event_id,) = repo.add_events(s, patient_id, [event])
        self._changed("events")
        return event_id

    def remove_event(self, event_id: int, reason: str | None = None) -> Event:
        """Takes a record back (an undo, a deletion) without erasing it.

        The event is marked removed now (``events[].removed``): it counts for nothing
        from then on (not for the guard, not for adherence or stock) but stays in
        exports and in the clinician report. Returns the event as it stood, so that a
        redo can record it again.
        """
        from backplan.storage import repository as repo

        with self.db.write() as s:
            event = repo.remove_event(s, event_id, self.now(), reason)
        self._changed("events")
        return event

    def restore_event(self, patient_id: int, event: Event) -> int:
        """Records again an event that undo took back (no guard: it was allowed once).

        The taken-back record stays as it is, marked removed; this is a new record.
        """
        from backplan.storage import repository as repo

        with self.db.write() as s:
            (event_id,) = repo.add_events(s, patient_id, [event])
        self._changed("events")
        return event_id

    # --- exports for other systems ------------------------------------------------

    def write_calendar(self, patient_id: int, out: Path, start: date | None = None, days: int = 90) -> None:
        """The schedule as iCalendar events with reminders: the same occurrences as the agenda."""
        from backplan.interchange.ical import write_calendar

        doc = self.document(patient_id, with_history=False)
        first = start or self.today(patient_id)
        self._writing(
            out,
            lambda: write_calendar(
                doc, out, first, days, self.flare_up_windows(patient_id, doc), now=self.now()
            ),
        )

    def write_fhir(self, patient_id: int, out: Path, *, transaction: bool = False) -> None:
        """A FHIR bundle; ``transaction``: one a FHIR server imports (docs/exports.md)."""
        from backplan.interchange.fhir import write_fhir_bundle

        doc = self.document(patient_id)
        self._writing(out, lambda: write_fhir_bundle(doc, out, now=self.now(), transaction=transaction))

    def write_csv(self, patient_id: int, which: str, out: Path, *, bom: bool = False) -> None:
        """``which`` is "log" or "events": one row each, for a spreadsheet; ``bom``: for Excel."""
        from backplan.interchange.csv_export import write_events_csv, write_log_csv

        doc = self.document(patient_id)
        writer = write_log_csv if which == "log" else write_events_csv
        self._writing(out, lambda: writer(doc, out, bom=bom))

    def _writing(self, out: Path, write: Callable[[], None]) -> None:
        try:
            write()
        except OSError as exc:
            raise UsageError(f"{out}: cannot write ({exc.strerror or exc})") from None

    # --- stock ----------------------------------------------------------------

    def stock_statuses(self, patient_id: int, *, doc: PlanDocument | None = None) -> list[StockStatus]:
        """Units left and refill reminders for every medicine that tracks its stock
        (``doc`` as in ``agenda``)."""
        doc = doc or self.document(patient_id, with_history=False)
        tracked = [m for m in doc.all_medications() if m.stock is not None]
        if not tracked:
            return []
        now = self.now()
        # Only doses since the oldest count, or in the recent-use window, change the
        # figures; the Today view asks every minute, so only those are read.
        tz = zone(doc.patient.timezone)
        since = min(start_of_day(m.stock.as_of, tz) for m in tracked if m.stock is not None)
        since = min(since, now - timedelta(days=RECENT_USE_DAYS))
        events = [event for _, event in self.events(patient_id, since - timedelta(days=1))]
        out = []
        for med in tracked:
            status = stock_status(doc, med, events, now)
            if status is not None:
                out.append(status)
        return out

    def refill_reminders_due(self, patient_id: int) -> list[StockStatus]:
        """Medicines running low that have not been reminded of yet: each fires once.

        A reminder is remembered against the stock it was computed from, so it comes
        again only after a tablet count (a new stock object) that is still too low.
        """
        due = []
        doc = self.document(patient_id, with_history=False)
        stocks = {m.id: m.stock for m in doc.all_medications()}
        for status in self.stock_statuses(patient_id):
            if not status.needs_refill:
                continue
            stock = stocks.get(status.med_id)
            signature = f"{stock.as_of}:{stock.on_hand}" if stock is not None else ""
            key = f"refill-reminded:{patient_id}:{status.med_id}"
            if self.get_meta(key) == signature:
                continue
            self.set_meta(key, signature)
            due.append(status)
        return due

    def record_stock(self, patient_id: int, med_id: str, units: float, at: datetime | None = None) -> None:
        """A tablet count: from now on the units left start from ``units``."""
        from backplan.storage import repository as repo

        if not units >= 0 or units != units or units > 1_000_000:
            raise UsageError(f"UNITS: expected a number of units from 0 up, got {units}")
        at = at or self.now()
        with self.db.write() as s:
            repo.lock_patient(s, patient_id)
            doc = repo.read_document(s, patient_id)
            meds = list(doc.medications)
            flare = doc.plan.flare_up
            flare_meds = list(flare.medications) if flare else []
            for group in (meds, flare_meds):
                for i, med in enumerate(group):
                    if med.id == med_id:
                        group[i] = replace(med, stock=stock_after_count(doc, med, doc.events, units, at))
                        break
                else:
                    continue
                break
            else:
                known = ", ".join(m.id for m in doc.all_medications()) or "none"
                raise UsageError(f"MED_ID: no medication {med_id!r} in the plan (medications: {known})")
            plan = (
                doc.plan
                if flare is None
                else replace(doc.plan, flare_up=replace(flare, medications=tuple(flare_meds)))
            )
            repo.write_plan(s, patient_id, plan, meds, doc.activities)
        self._changed("plan")

    # --- flare-ups ---------------------------------------------------------------

    def active_flare_up(self, patient_id: int, *, doc: PlanDocument | None = None) -> FlareUpWindow | None:
        """The flare-up under way now, if any (``doc`` as in ``agenda``)."""
        return active_flare_up(self.flare_up_windows(patient_id, doc), self.now())

    def start_flare_up(self, patient_id: int, at: datetime | None = None, note: str | None = None) -> int:
        from backplan.storage import repository as repo

        doc = self.document(patient_id, with_history=False)
        if doc.plan.flare_up is None:
            raise UsageError("this plan has no flare-up plan; ask your clinician to add one")
        tz = zone(doc.patient.timezone)
        at = (at or self.now()).astimezone(tz)
        if active_flare_up(self.flare_up_windows(patient_id, doc), at) is not None:
            raise UsageError("a flare-up is already running")
        event = Event(item=FLARE_UP_ITEM, status=EventStatus.DONE, scheduled_for=None, at=at, note=note)
        with self.db.write() as s:
            (event_id,) = repo.add_events(s, patient_id, [event])
        self._changed("events")
        return event_id

    def end_flare_up(self, patient_id: int, at: datetime | None = None) -> int:
        from backplan.storage import repository as repo

        doc = self.document(patient_id, with_history=False)
        tz = zone(doc.patient.timezone)
        at = (at or self.now()).astimezone(tz)
        window = active_flare_up(self.flare_up_windows(patient_id, doc), at)
        if window is None:
            raise UsageError("no flare-up is running")
        event = Event(
            item=FLARE_UP_ITEM,
            status=EventStatus.SKIPPED,
            scheduled_for=window.start.astimezone(tz),
            at=at,
            note="ended early",
        )
        with self.db.write() as s:
            (event_id,) = repo.add_events(s, patient_id, [event])
        self._changed("events")
        return event_id

    # --- the log -----------------------------------------------------------------

    def log_entries(
        self, patient_id: int, start: datetime | None = None, end: datetime | None = None
    ) -> list[tuple[int, LogEntry]]:
        with self.db.reading() as r:
            return r.log_entries(patient_id, start, end)

    def last_log_entry(self, patient_id: int) -> LogEntry | None:
        with self.db.reading() as r:
            return r.last_log_entry(patient_id)

    def record_log(self, patient_id: int, entry: LogEntry) -> int:
        from backplan.storage import repository as repo

        doc = self.document(patient_id, with_history=False)
        self._check_log(doc, entry)
        with self.db.write() as s:
            (entry_id,) = repo.add_log_entries(s, patient_id, [entry])
        self._changed("log")
        return entry_id

    def update_log(self, patient_id: int, entry_id: int, entry: LogEntry) -> None:
        from backplan.storage import repository as repo

        self._check_log(self.document(patient_id, with_history=False), entry)
        with self.db.write() as s:
            repo.update_log_entry(s, entry_id, entry)
        self._changed("log")

    def delete_log(self, entry_id: int) -> LogEntry:
        from backplan.storage import repository as repo

        with self.db.write() as s:
            entry = repo.delete_log_entry(s, entry_id)
        self._changed("log")
        return entry

    def _check_log(self, doc: PlanDocument, entry: LogEntry) -> None:
        from backplan.domain.codec import log_entry_to_json, parse_log_entry

        try:
            parse_log_entry(log_entry_to_json(entry), "log", doc.plan.psfs_activities)
        except ValidationError as exc:
            raise UsageError(str(exc)) from None

    def plan_made_at(self, patient_id: int) -> datetime | None:
        """When this patient's plan was made or imported here (None: before this was kept).

        Today does not call the items before that moment "Missed": nobody could have
        done them with this plan (a plan made at 14:54 has no missed morning).
        """
        text = self.get_meta(plan_made_key(patient_id))
        try:
            return datetime.fromisoformat(text) if text else None
        except ValueError:
            return None

    # --- meta --------------------------------------------------------------------

    def get_meta(self, key: str) -> str | None:
        with self.db.reading() as r:
            return r.get_meta(key)

    def writes_ready(self) -> bool:
        """Whether a write would start at once rather than wait for SQLAlchemy to load.

        The window starts on reads alone and loads SQLAlchemy after its first paint, on
        a worker thread; a write asked for meanwhile waits for that import.
        """
        return self.db.loaded

    def set_meta(self, key: str, value: str) -> None:
        from backplan.storage import repository as repo

        with self.db.write() as s:
            repo.set_meta(s, key, value)

    # --- backups -----------------------------------------------------------------

    def backup_to(self, dest: Path) -> Path:
        """A consistent copy: of the SQLite file, or (on a server, or to a ``.zip``) a bundle.

        A bundle (storage/bundle.py) holds every patient in the plan format; it is what
        a database on a PostgreSQL server can be backed up to from a workstation.
        """
        try:
            if self.db.path is None or dest.suffix.lower() == ".zip":
                from backplan.storage.bundle import export_bundle

                export_bundle(self.db, dest, self.now())
                return dest
            return backup_database(self.db.path, dest)
        except OSError as exc:
            raise UsageError(f"{dest}: cannot write the backup ({exc.strerror or exc})") from None

    def backup_now(self, reason: str, *, keep: Path | None = None) -> Path:
        """A backup in the data folder's backups/ before a risky change (under its lock).

        Each gets a name of its own (``-2``, ``-3`` within one second); the older
        ones are then pruned (``prune_before_change_backups``: the newest 10 kept, the
        rest once 30 days old, 30 at most), never the one just written nor ``keep``
        (the backup a restore is about to read).
        """
        now = self.now()
        suffix = ".sqlite3" if self.db.path is not None else ".zip"
        dest = before_change_path(self.data_dir, now.strftime("%Y%m%dT%H%M%S"), reason, suffix)
        written = self.backup_to(dest)
        prune_before_change_backups(self.data_dir, now, keep=(written, keep))
        return written

    def automatic_backup(self) -> Path | None:
        """At most one a day, keeping 7 daily and 4 weekly.

        None on a server: the clinic's database backups cover it (docs/clinic.md), and
        a daily copy of every patient on every workstation would spread the records.
        """
        if self.db.path is None:
            return None
        today = self.now().date()
        dest = backup_dir(self.data_dir) / automatic_backup_name(today)
        if dest.exists():
            return None
        path = self.backup_to(dest)
        prune_daily_backups(self.data_dir)
        return path

    def backups(self) -> list[tuple[datetime, Path]]:
        return list_backups(self.data_dir)

    def restore_from(self, source: Path) -> Path:
        """Replaces the database with a checked backup; the current state is backed up first."""
        from backplan.storage.backup import BackupError
        from backplan.storage.bundle import is_bundle

        if is_bundle(source):
            return self._restore_bundle(source)
        if self.db.path is None:
            raise UsageError(
                f"{source}: not a bundle; on a database server restore a bundle that "
                "`backplan backup --out FILE.zip` wrote (a single computer's database file "
                "can be turned into one there with the same command)"
            )
        try:
            verify_backup(source)
        except BackupError as exc:
            raise UsageError(str(exc)) from None
        with risky_change_lock(self.data_dir):
            safety_copy = self.backup_now("before-restore", keep=source)
            assert self.db.path is not None
            self.db.dispose()
            restore_database(source, self.db.path)
            migrate(self.db)
        self._changed("all")
        return safety_copy

    def _restore_bundle(self, source: Path) -> Path:
        """Replaces every patient with those of a bundle; the current state is saved first."""
        from backplan.storage.bundle import BundleError, read_bundle, restore_bundle

        try:
            docs = read_bundle(source)
        except BundleError as exc:
            raise UsageError(str(exc)) from None
        with risky_change_lock(self.data_dir):
            safety_copy = self.backup_now("before-restore", keep=source)
            restore_bundle(self.db, docs)
        self._changed("all")
        return safety_copy


def _fold(text: str) -> str:
    return text.strip().casefold()


def patient_key(patient: Patient) -> str:
    """``'Sam Rivera' (identifier 'MRN-1')``: how messages name a patient."""
    if patient.identifier:
        return f"{patient.name!r} (identifier {patient.identifier!r})"
    return repr(patient.name)


def _pick_patient(everyone: Sequence[tuple[int, Patient]], key: str) -> int:
    """``--patient KEY``: an identifier first, then a name that only one patient has."""
    wanted = _fold(key)
    by_id = [pid for pid, p in everyone if p.identifier is not None and _fold(p.identifier) == wanted]
    if len(by_id) == 1:
        return by_id[0]
    named = [(pid, p) for pid, p in everyone if _fold(p.name) == wanted]
    if len(named) == 1:
        return named[0][0]
    if len(named) > 1:
        ids = ", ".join(repr(p.identifier) if p.identifier else "(none)" for _, p in named)
        raise UsageError(
            f"--patient: {len(named)} patients are named {key.strip()!r}; give the identifier "
            f"instead (identifiers: {ids})"
        )
    known = ", ".join(patient_key(p) for _, p in everyone) if everyone else "none yet"
    raise UsageError(f"--patient: no patient named or identified {key!r} (patients: {known})")
