"""Reads and writes whole domain objects; the only code that knows the tables.

Callers pass a session (one transaction) so that a use case made of several steps,
such as replacing a patient's plan, commits as one.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from backplan.domain import codec
from backplan.domain.model import (
    Activity,
    Event,
    EventStatus,
    LogEntry,
    Medication,
    PainLocation,
    Patient,
    Plan,
    PlanDocument,
    RedFlag,
    SideEffect,
)

from .tables import EventRow, LogEntryRow, MetaRow, PatientRow, PlanItemRow, PlanRow


class NotFound(LookupError):
    pass


# --- instants --------------------------------------------------------------------


def to_utc_parts(moment: datetime) -> tuple[datetime, int]:
    offset = moment.utcoffset()
    assert offset is not None, "instants must be aware"
    return moment.astimezone(UTC).replace(tzinfo=None), int(offset.total_seconds() // 60)


def from_utc_parts(utc: datetime, offset_min: int) -> datetime:
    tz = UTC if offset_min == 0 else timezone(timedelta(minutes=offset_min))
    return utc.replace(tzinfo=UTC).astimezone(tz)


def utc_naive(moment: datetime) -> datetime:
    return to_utc_parts(moment)[0]


# --- patients --------------------------------------------------------------------


def patient_names(session: Session) -> list[str]:
    return list(session.scalars(select(PatientRow.name).order_by(PatientRow.name)))


def find_patient_id(session: Session, name: str) -> int | None:
    return session.scalar(select(PatientRow.id).where(PatientRow.name == name))


def patient_count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(PatientRow)) or 0


def get_patient(session: Session, patient_id: int) -> Patient:
    row = session.get(PatientRow, patient_id)
    if row is None:
        raise NotFound(f"no patient {patient_id}")
    return Patient(name=row.name, timezone=row.timezone, notes=row.notes)


def patient_revision(session: Session, patient_id: int) -> int:
    row = session.get(PatientRow, patient_id)
    if row is None:
        raise NotFound(f"no patient {patient_id}")
    return row.revision


def delete_patient(session: Session, patient_id: int) -> None:
    session.execute(delete(PatientRow).where(PatientRow.id == patient_id))


# --- the plan --------------------------------------------------------------------


def _plan_details(plan: Plan) -> dict[str, Any]:
    data = codec.plan_to_json(plan)
    for key in ("title", "start", "end"):
        data.pop(key, None)
    if "flare_up" in data:
        # Flare-up items live in plan_item rows; keep only advice and days here.
        data["flare_up"] = {"advice": plan.flare_up.advice, "days": plan.flare_up.days}  # type: ignore[union-attr]
    return data


def write_plan(
    session: Session,
    patient_id: int,
    plan: Plan,
    medications: Sequence[Medication],
    activities: Sequence[Activity],
) -> None:
    """Replaces the patient's plan and all its items in the current transaction."""
    session.execute(delete(PlanItemRow).where(PlanItemRow.patient_id == patient_id))
    session.execute(delete(PlanRow).where(PlanRow.patient_id == patient_id))
    session.flush()
    session.add(
        PlanRow(
            patient_id=patient_id,
            title=plan.title,
            start=plan.start,
            end=plan.end,
            details=_plan_details(plan),
        )
    )
    flare = plan.flare_up
    items: list[tuple[str, bool, dict[str, Any]]] = []
    items += [("medication", False, codec.medication_to_json(m)) for m in medications]
    items += [("activity", False, codec.activity_to_json(a)) for a in activities]
    if flare is not None:
        items += [("medication", True, codec.medication_to_json(m)) for m in flare.medications]
        items += [("activity", True, codec.activity_to_json(a)) for a in flare.activities]
    for position, (category, is_flare, data) in enumerate(items):
        session.add(
            PlanItemRow(
                patient_id=patient_id,
                item_id=data["id"],
                category=category,
                flare_up=is_flare,
                position=position,
                data=data,
            )
        )
    row = session.get(PatientRow, patient_id)
    if row is not None:
        row.revision = (row.revision or 0) + 1


def read_plan(session: Session, patient_id: int) -> tuple[Plan, tuple[Medication, ...], tuple[Activity, ...]]:
    plan_row = session.scalar(select(PlanRow).where(PlanRow.patient_id == patient_id))
    if plan_row is None:
        raise NotFound(f"patient {patient_id} has no plan")
    rows = session.scalars(
        select(PlanItemRow).where(PlanItemRow.patient_id == patient_id).order_by(PlanItemRow.position)
    ).all()
    meds = [r for r in rows if r.category == "medication"]
    acts = [r for r in rows if r.category == "activity"]
    details = dict(plan_row.details or {})
    plan_json: dict[str, Any] = {"title": plan_row.title, "start": plan_row.start.isoformat(), **details}
    if plan_row.end is not None:
        plan_json["end"] = plan_row.end.isoformat()
    if "flare_up" in plan_json:
        fu = dict(plan_json["flare_up"])
        flare_meds = [r.data for r in meds if r.flare_up]
        flare_acts = [r.data for r in acts if r.flare_up]
        if flare_meds:
            fu["medications"] = flare_meds
        if flare_acts:
            fu["activities"] = flare_acts
        plan_json["flare_up"] = fu
    plan = codec.parse_plan(plan_json)
    medications = tuple(
        codec.parse_medication(r.data, f"medications[{i}]")
        for i, r in enumerate(x for x in meds if not x.flare_up)
    )
    activities = tuple(
        codec.parse_activity(r.data, f"activities[{i}]")
        for i, r in enumerate(x for x in acts if not x.flare_up)
    )
    return plan, medications, activities


# --- log -------------------------------------------------------------------------


def _log_row(patient_id: int, entry: LogEntry) -> LogEntryRow:
    at_utc, offset = to_utc_parts(entry.at)
    return LogEntryRow(
        patient_id=patient_id,
        at_utc=at_utc,
        at_offset_min=offset,
        pain=entry.pain,
        pain_worst=entry.pain_worst,
        spasm=entry.spasm,
        walking_minutes=entry.walking_minutes,
        sleep=entry.sleep,
        locations=None if entry.locations is None else [x.value for x in entry.locations],
        psfs=None if entry.psfs is None else [[k, v] for k, v in entry.psfs],
        side_effects=None if entry.side_effects is None else [x.value for x in entry.side_effects],
        red_flags=None if entry.red_flags is None else [x.value for x in entry.red_flags],
        note=entry.note,
    )


def row_to_log_entry(row: LogEntryRow) -> LogEntry:
    return LogEntry(
        at=from_utc_parts(row.at_utc, row.at_offset_min),
        pain=row.pain,
        pain_worst=row.pain_worst,
        locations=None if row.locations is None else tuple(PainLocation(x) for x in row.locations),
        spasm=row.spasm,
        walking_minutes=row.walking_minutes,
        psfs=None if row.psfs is None else tuple((str(k), int(v)) for k, v in row.psfs),
        sleep=row.sleep,
        side_effects=None if row.side_effects is None else tuple(SideEffect(x) for x in row.side_effects),
        red_flags=None if row.red_flags is None else tuple(RedFlag(x) for x in row.red_flags),
        note=row.note,
    )


def add_log_entries(session: Session, patient_id: int, entries: Iterable[LogEntry]) -> list[int]:
    rows = [_log_row(patient_id, e) for e in entries]
    session.add_all(rows)
    session.flush()
    return [r.id for r in rows]


def update_log_entry(session: Session, entry_id: int, entry: LogEntry) -> None:
    row = session.get(LogEntryRow, entry_id)
    if row is None:
        raise NotFound(f"no log entry {entry_id}")
    fresh = _log_row(row.patient_id, entry)
    for column in [c.key for c in LogEntryRow.__table__.columns]:
        if column not in ("id", "patient_id"):
            setattr(row, column, getattr(fresh, column))


def delete_log_entry(session: Session, entry_id: int) -> LogEntry:
    row = session.get(LogEntryRow, entry_id)
    if row is None:
        raise NotFound(f"no log entry {entry_id}")
    entry = row_to_log_entry(row)
    session.delete(row)
    return entry


def log_entries(
    session: Session,
    patient_id: int,
    start: datetime | None = None,
    end: datetime | None = None,
) -> list[tuple[int, LogEntry]]:
    query = select(LogEntryRow).where(LogEntryRow.patient_id == patient_id)
    if start is not None:
        query = query.where(LogEntryRow.at_utc >= utc_naive(start))
    if end is not None:
        query = query.where(LogEntryRow.at_utc < utc_naive(end))
    query = query.order_by(LogEntryRow.at_utc, LogEntryRow.id)
    return [(r.id, row_to_log_entry(r)) for r in session.scalars(query)]


def last_log_entry(session: Session, patient_id: int) -> LogEntry | None:
    row = session.scalar(
        select(LogEntryRow)
        .where(LogEntryRow.patient_id == patient_id)
        .order_by(LogEntryRow.at_utc.desc(), LogEntryRow.id.desc())
        .limit(1)
    )
    return None if row is None else row_to_log_entry(row)


# --- events ----------------------------------------------------------------------


def _event_row(patient_id: int, event: Event) -> EventRow:
    sched_utc = sched_off = at_utc = at_off = None
    if event.scheduled_for is not None:
        sched_utc, sched_off = to_utc_parts(event.scheduled_for)
    if event.at is not None:
        at_utc, at_off = to_utc_parts(event.at)
    return EventRow(
        patient_id=patient_id,
        item=event.item,
        status=event.status.value,
        scheduled_utc=sched_utc,
        scheduled_offset_min=sched_off,
        at_utc=at_utc,
        at_offset_min=at_off,
        override_reason=event.override_reason,
        pain_before=event.pain_before,
        pain_after=event.pain_after,
        note=event.note,
    )


def row_to_event(row: EventRow) -> Event:
    return Event(
        item=row.item,
        status=EventStatus(row.status),
        scheduled_for=None
        if row.scheduled_utc is None
        else from_utc_parts(row.scheduled_utc, row.scheduled_offset_min or 0),
        at=None if row.at_utc is None else from_utc_parts(row.at_utc, row.at_offset_min or 0),
        override_reason=row.override_reason,
        pain_before=row.pain_before,
        pain_after=row.pain_after,
        note=row.note,
    )


def add_events(session: Session, patient_id: int, events: Iterable[Event]) -> list[int]:
    rows = [_event_row(patient_id, e) for e in events]
    session.add_all(rows)
    session.flush()
    return [r.id for r in rows]


def delete_event(session: Session, event_id: int) -> Event:
    row = session.get(EventRow, event_id)
    if row is None:
        raise NotFound(f"no event {event_id}")
    event = row_to_event(row)
    session.delete(row)
    return event


def events(
    session: Session,
    patient_id: int,
    start: datetime | None = None,
    end: datetime | None = None,
    items: Sequence[str] | None = None,
) -> list[tuple[int, Event]]:
    """Events whose time (``at``, else ``scheduled_for``) lies in [start, end)."""
    moment = func.coalesce(EventRow.at_utc, EventRow.scheduled_utc)
    query = select(EventRow).where(EventRow.patient_id == patient_id)
    if start is not None:
        query = query.where(moment >= utc_naive(start))
    if end is not None:
        query = query.where(moment < utc_naive(end))
    if items is not None:
        query = query.where(EventRow.item.in_(list(items)))
    query = query.order_by(moment, EventRow.id)
    return [(r.id, row_to_event(r)) for r in session.scalars(query)]


def events_for_occurrence(
    session: Session, patient_id: int, item: str, scheduled_for: datetime
) -> list[tuple[int, Event]]:
    query = (
        select(EventRow)
        .where(EventRow.patient_id == patient_id)
        .where(EventRow.item == item)
        .where(EventRow.scheduled_utc == utc_naive(scheduled_for))
        .order_by(EventRow.id)
    )
    return [(r.id, row_to_event(r)) for r in session.scalars(query)]


# --- whole documents -------------------------------------------------------------


def create_patient(session: Session, patient: Patient) -> int:
    row = PatientRow(name=patient.name, timezone=patient.timezone, notes=patient.notes, revision=0)
    session.add(row)
    session.flush()
    return row.id


def update_patient(session: Session, patient_id: int, patient: Patient) -> None:
    row = session.get(PatientRow, patient_id)
    if row is None:
        raise NotFound(f"no patient {patient_id}")
    row.name = patient.name
    row.timezone = patient.timezone
    row.notes = patient.notes


def write_document(session: Session, doc: PlanDocument, patient_id: int | None = None) -> int:
    """Stores a whole document; with ``patient_id`` it replaces that patient's data."""
    if patient_id is None:
        patient_id = create_patient(session, doc.patient)
    else:
        update_patient(session, patient_id, doc.patient)
        session.execute(delete(LogEntryRow).where(LogEntryRow.patient_id == patient_id))
        session.execute(delete(EventRow).where(EventRow.patient_id == patient_id))
    write_plan(session, patient_id, doc.plan, doc.medications, doc.activities)
    session.add_all(_log_row(patient_id, e) for e in doc.log)
    session.add_all(_event_row(patient_id, e) for e in doc.events)
    session.flush()
    return patient_id


def read_document(session: Session, patient_id: int, *, with_history: bool = True) -> PlanDocument:
    patient = get_patient(session, patient_id)
    plan, meds, acts = read_plan(session, patient_id)
    log: tuple[LogEntry, ...] = ()
    evs: tuple[Event, ...] = ()
    if with_history:
        log = tuple(e for _, e in log_entries(session, patient_id))
        evs = tuple(e for _, e in events(session, patient_id))
    return PlanDocument(patient=patient, plan=plan, medications=meds, activities=acts, log=log, events=evs)


# --- meta ------------------------------------------------------------------------


def get_meta(session: Session, key: str) -> str | None:
    row = session.get(MetaRow, key)
    return None if row is None else row.value


def set_meta(session: Session, key: str, value: str) -> None:
    row = session.get(MetaRow, key)
    if row is None:
        session.add(MetaRow(key=key, value=value))
    else:
        row.value = value
