"""Turns the plain JSON values of the plan format into domain objects and back.

Every rule of shared/spec/plan-format.md is checked here, in document order, and the
first broken one is raised as a :class:`ValidationError` naming its JSON path. The
same functions serve the importer, the database's JSON columns and the editor's forms,
so a value means the same everywhere. Optional values the file leaves out stay
``None`` so that exporting writes back what was read.

The package in the order a document is read, each module importing only those above it:

- :mod:`.values`: one value at its JSON path (strings, numbers, dates, ids, enums) and the
  error that names the path;
- :mod:`.schedules`: the schedule shapes;
- :mod:`.items`: medications and activities with their exercises;
- :mod:`.plan`: the patient and the plan header with its flare-up;
- :mod:`.log`: the pain log and the events;
- :mod:`.writing`: every part written back as JSON;
- :mod:`.document`: the whole document and the rules across its sections.

Everything public is importable from ``backplan.domain.codec`` itself, which is what the
rest of the app uses.
"""

from __future__ import annotations

from .document import (
    FORMAT_NAME,
    FORMAT_VERSION,
    OPTIONAL_SECTIONS,
    check_dates,
    check_ids,
    document_from_json,
    document_to_json,
    validate_document,
)
from .items import (
    HEAT_COLD_WARN_ABOVE,
    parse_activity,
    parse_exercise,
    parse_image,
    parse_ingredient,
    parse_medication,
    parse_stock,
)
from .log import event_items, parse_event, parse_log_entry, parse_removal
from .plan import (
    BIRTH_DATE_MIN,
    IDENTIFIER_MAX,
    PATIENT_NAME_MAX,
    parse_birth_date,
    parse_clinician,
    parse_flare_up,
    parse_identifier,
    parse_patient,
    parse_plan,
)
from .schedules import parse_rrule, parse_schedule
from .values import (
    DOSES_PER_DAY_MAX,
    INTERVAL_HOURS_MAX,
    NAME_MAX,
    NUMBER_MAX,
    TEXT_MAX,
    Warnings,
    array,
    enum_list,
    enum_value,
    fail,
    integer,
    join,
    name,
    number,
    obj,
    optional,
    parse_aware_datetime,
    parse_date,
    parse_id,
    parse_local_datetime,
    parse_time,
    parse_timezone,
    string,
)
from .writing import (
    activity_to_json,
    event_to_json,
    exercise_to_json,
    log_entry_to_json,
    medication_to_json,
    patient_to_json,
    plan_to_json,
    schedule_to_json,
)

__all__ = [
    "BIRTH_DATE_MIN",
    "DOSES_PER_DAY_MAX",
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "HEAT_COLD_WARN_ABOVE",
    "IDENTIFIER_MAX",
    "INTERVAL_HOURS_MAX",
    "NAME_MAX",
    "NUMBER_MAX",
    "OPTIONAL_SECTIONS",
    "PATIENT_NAME_MAX",
    "TEXT_MAX",
    "Warnings",
    "activity_to_json",
    "array",
    "check_dates",
    "check_ids",
    "document_from_json",
    "document_to_json",
    "enum_list",
    "enum_value",
    "event_items",
    "event_to_json",
    "exercise_to_json",
    "fail",
    "integer",
    "join",
    "log_entry_to_json",
    "medication_to_json",
    "name",
    "number",
    "obj",
    "optional",
    "parse_activity",
    "parse_aware_datetime",
    "parse_birth_date",
    "parse_clinician",
    "parse_date",
    "parse_event",
    "parse_exercise",
    "parse_flare_up",
    "parse_id",
    "parse_identifier",
    "parse_image",
    "parse_ingredient",
    "parse_local_datetime",
    "parse_log_entry",
    "parse_medication",
    "parse_patient",
    "parse_plan",
    "parse_removal",
    "parse_rrule",
    "parse_schedule",
    "parse_stock",
    "parse_time",
    "parse_timezone",
    "patient_to_json",
    "plan_to_json",
    "schedule_to_json",
    "string",
    "validate_document",
]
