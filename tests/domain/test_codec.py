"""Every validation rule of the plan format, each with a case that breaks it.

Each case mutates a valid document and checks that reading it fails at exactly the
JSON path the spec would point a person to.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from backplan.domain.codec import Warnings, document_from_json, document_to_json
from backplan.domain.errors import ValidationError

EXAMPLES = Path(__file__).resolve().parents[1] / "data" / "examples"


def load(name: str) -> dict[str, Any]:
    return json.loads((EXAMPLES / f"{name}.backplan.json").read_text("utf-8"))


@pytest.mark.parametrize("name", ["acute-3-weeks", "with-history"])
def test_examples_round_trip(name: str) -> None:
    original = load(name)
    doc = document_from_json(original)
    written = document_to_json(doc, all_sections=False)
    assert {k: v for k, v in written.items() if k != "events"} == {
        k: v for k, v in original.items() if k != "events"
    }
    # Events are written in time order; as a set they are the same.
    key = lambda e: json.dumps(e, sort_keys=True)  # noqa: E731
    assert sorted(map(key, written.get("events", []))) == sorted(map(key, original.get("events", [])))
    # And the written document reads back to the same domain objects.
    assert document_from_json(written) == doc


def test_events_and_log_are_written_in_time_order() -> None:
    doc = document_from_json(load("with-history"))
    written = document_to_json(doc)
    from datetime import datetime

    moments = [datetime.fromisoformat(e.get("at") or e["scheduled_for"]) for e in written["events"]]
    assert moments == sorted(moments)
    log_times = [datetime.fromisoformat(e["at"]) for e in written["log"]]
    assert log_times == sorted(log_times)


def test_defaults_are_not_invented() -> None:
    doc = document_from_json(load("acute-3-weeks"))
    ibuprofen = doc.medications[1]
    assert ibuprofen.units_per_dose is None and ibuprofen.effective_units_per_dose == 1
    assert doc.activities[1].exercises[1].sets == 2
    assert doc.activities[1].exercises[2].effective_sets == 1
    assert doc.activity_end(doc.activities[0]) == doc.plan.end


Mutation = Callable[[dict[str, Any]], None]


def _set(path: list[Any], value: Any) -> Mutation:
    def apply(doc: dict[str, Any]) -> None:
        target: Any = doc
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return apply


def _delete(path: list[Any]) -> Mutation:
    def apply(doc: dict[str, Any]) -> None:
        target: Any = doc
        for key in path[:-1]:
            target = target[key]
        del target[path[-1]]

    return apply


def _apply(fn: Callable[[dict[str, Any]], Any]) -> Mutation:
    def apply(doc: dict[str, Any]) -> None:
        fn(doc)

    return apply


ACUTE_CASES: list[tuple[str, Mutation, str]] = [
    ("format", _set(["format"], "backplan2"), "format"),
    ("version newer", _set(["version"], 2), "version"),
    ("version as string", _set(["version"], "1"), "version"),
    ("version bool", _set(["version"], True), "version"),
    ("unknown top key", _set(["extra"], 1), "extra"),
    ("missing patient", _delete(["patient"]), "patient"),
    ("patient name empty", _set(["patient", "name"], ""), "patient.name"),
    ("patient name too long", _set(["patient", "name"], "x" * 121), "patient.name"),
    ("unknown time zone", _set(["patient", "timezone"], "Mars/Olympus"), "patient.timezone"),
    ("time zone path", _set(["patient", "timezone"], "../../etc/passwd"), "patient.timezone"),
    ("patient unknown key", _set(["patient", "age"], 40), "patient.age"),
    ("plan title missing", _delete(["plan", "title"]), "plan.title"),
    ("plan title too long", _set(["plan", "title"], "t" * 201), "plan.title"),
    ("plan start bad date", _set(["plan", "start"], "2026-02-30"), "plan.start"),
    ("plan start format", _set(["plan", "start"], "01/12/2026"), "plan.start"),
    ("plan end before start", _set(["plan", "end"], "2026-11-01"), "plan.end"),
    ("clinician without name", _set(["plan", "clinician"], {"role": "Physio"}), "plan.clinician.name"),
    ("psfs empty", _set(["plan", "psfs_activities"], []), "plan.psfs_activities"),
    ("psfs six", _set(["plan", "psfs_activities"], list("abcdef")), "plan.psfs_activities"),
    ("goals not list", _set(["plan", "goals"], "walk"), "plan.goals"),
    ("notes too long", _set(["plan", "notes"], "n" * 10_001), "plan.notes"),
    ("med id not kebab", _set(["medications", 0, "id"], "Cari_soprodol"), "medications[0].id"),
    ("duplicate id", _set(["medications", 1, "id"], "carisoprodol"), "medications[1].id"),
    ("reserved id", _set(["activities", 0, "id"], "flare-up"), "activities[0].id"),
    ("med name missing", _delete(["medications", 0, "name"]), "medications[0].name"),
    ("ingredients empty", _set(["medications", 0, "ingredients"], []), "medications[0].ingredients"),
    (
        "substance upper",
        _set(["medications", 0, "ingredients", 0, "substance"], "Carisoprodol"),
        "medications[0].ingredients[0].substance",
    ),
    ("mg zero", _set(["medications", 0, "ingredients", 0, "mg"], 0), "medications[0].ingredients[0].mg"),
    (
        "mg string",
        _set(["medications", 0, "ingredients", 0, "mg"], "350"),
        "medications[0].ingredients[0].mg",
    ),
    ("mg bool", _set(["medications", 0, "ingredients", 0, "mg"], True), "medications[0].ingredients[0].mg"),
    ("days and end", _set(["medications", 0, "end"], "2026-12-10"), "medications[0].days"),
    ("neither days nor end", _delete(["medications", 0, "days"]), "medications[0].days"),
    ("days zero", _set(["medications", 0, "days"], 0), "medications[0].days"),
    ("days fractional", _set(["medications", 0, "days"], 2.5), "medications[0].days"),
    ("course past plan end", _set(["medications", 0, "days"], 30), "medications[0].days"),
    ("med before plan start", _set(["medications", 0, "start"], "2026-11-30"), "medications[0].start"),
    (
        "time format",
        _set(["medications", 0, "schedule", "times", 0], "8:00"),
        "medications[0].schedule.times[0]",
    ),
    (
        "time 24:00",
        _set(["medications", 0, "schedule", "times", 0], "24:00"),
        "medications[0].schedule.times[0]",
    ),
    (
        "times duplicate",
        _set(["medications", 0, "schedule", "times", 1], "08:00"),
        "medications[0].schedule.times[1]",
    ),
    ("times empty", _set(["medications", 0, "schedule", "times"], []), "medications[0].schedule.times"),
    (
        "two shapes",
        _set(["medications", 0, "schedule", "once"], "2026-12-03T10:00"),
        "medications[0].schedule.once",
    ),
    ("no shape", _set(["medications", 0, "schedule"], {}), "medications[0].schedule"),
    (
        "as_needed false",
        _set(["medications", 1, "schedule", "as_needed"], False),
        "medications[1].schedule.as_needed",
    ),
    (
        "interval string",
        _set(["medications", 1, "schedule", "min_interval_hours"], "6"),
        "medications[1].schedule.min_interval_hours",
    ),
    (
        "interval missing",
        _delete(["medications", 1, "schedule", "min_interval_hours"]),
        "medications[1].schedule.min_interval_hours",
    ),
    (
        "max doses zero",
        _set(["medications", 1, "schedule", "max_doses_per_day"], 0),
        "medications[1].schedule.max_doses_per_day",
    ),
    ("units per dose zero", _set(["medications", 1, "units_per_dose"], 0), "medications[1].units_per_dose"),
    (
        "stock negative",
        _set(["medications", 1, "stock"], {"on_hand": -1, "as_of": "2026-12-01"}),
        "medications[1].stock.on_hand",
    ),
    (
        "bad rrule",
        _set(["activities", 0, "schedule", "rrule"], "FREQ=SOMETIMES"),
        "activities[0].schedule.rrule",
    ),
    (
        "rrule with dtstart",
        _set(["activities", 0, "schedule", "rrule"], "DTSTART:20261201T100000\nRRULE:FREQ=DAILY"),
        "activities[0].schedule.rrule",
    ),
    ("rrule every minute", _set(["activities", 0, "schedule", "rrule"], "FREQ=MINUTELY"),
     "activities[0].schedule.rrule"),
    ("rrule without time", _delete(["activities", 0, "schedule", "time"]), "activities[0].schedule.time"),
    (
        "activity as needed",
        _set(
            ["activities", 0, "schedule"],
            {"as_needed": True, "min_interval_hours": 1, "max_doses_per_day": 1},
        ),
        "activities[0].schedule.as_needed",
    ),
    ("kind unknown", _set(["activities", 0, "kind"], "yoga"), "activities[0].kind"),
    ("duration zero", _set(["activities", 0, "duration_minutes"], 0), "activities[0].duration_minutes"),
    ("duration too long", _set(["activities", 0, "duration_minutes"], 481), "activities[0].duration_minutes"),
    ("heat 31", _set(["activities", 0, "heat_before_minutes"], 31), "activities[0].heat_before_minutes"),
    ("cold 0", _set(["activities", 0, "cold_after_minutes"], 0), "activities[0].cold_after_minutes"),
    ("activity end past plan", _set(["activities", 0, "end"], "2026-12-31"), "activities[0].end"),
    (
        "weekday unknown",
        _set(["activities", 2, "schedule", "weekdays"], ["monday"]),
        "activities[2].schedule.weekdays[0]",
    ),
    (
        "unknown exercise",
        _set(["activities", 1, "exercises", 0, "exercise"], "headstand"),
        "activities[1].exercises[0].exercise",
    ),
    (
        "custom without object",
        _set(["activities", 1, "exercises", 0, "exercise"], "custom"),
        "activities[1].exercises[0].custom",
    ),
    ("sets 11", _set(["activities", 1, "exercises", 1, "sets"], 11), "activities[1].exercises[1].sets"),
    ("reps 101", _set(["activities", 1, "exercises", 1, "reps"], 101), "activities[1].exercises[1].reps"),
    (
        "hold 301",
        _set(["activities", 1, "exercises", 0, "hold_seconds"], 301),
        "activities[1].exercises[0].hold_seconds",
    ),
    (
        "side unknown",
        _set(["activities", 1, "exercises", 0, "side"], "up"),
        "activities[1].exercises[0].side",
    ),
    (
        "once outside dates",
        _set(["activities", 2, "schedule"], {"once": "2026-11-20T10:00"}),
        "activities[2].schedule.once",
    ),
    (
        "once with offset",
        _set(["activities", 2, "schedule"], {"once": "2026-12-03T10:00+01:00"}),
        "activities[2].schedule.once",
    ),
]


HISTORY_CASES: list[tuple[str, Mutation, str]] = [
    ("log pain 11", _set(["log", 0, "pain"], 11), "log[0].pain"),
    ("log pain missing", _delete(["log", 0, "pain"]), "log[0].pain"),
    ("log at without offset", _set(["log", 0, "at"], "2026-11-02T20:30:00"), "log[0].at"),
    ("log location unknown", _set(["log", 0, "locations"], ["knee"]), "log[0].locations[0]"),
    ("log psfs unknown activity", _set(["log", 0, "psfs"], {"Dancing": 3}), "log[0].psfs.Dancing"),
    (
        "log psfs score string",
        _set(["log", 0, "psfs", "Bending to pick up a bag"], "2"),
        "log[0].psfs.Bending to pick up a bag",
    ),
    ("log walking 1441", _set(["log", 0, "walking_minutes"], 1441), "log[0].walking_minutes"),
    ("log side effect unknown", _set(["log", 1, "side_effects"], ["itching"]), "log[1].side_effects[0]"),
    ("log red flag unknown", _set(["log", 1, "red_flags"], ["headache"]), "log[1].red_flags[0]"),
    ("event unknown item", _set(["events", 0, "item"], "aspirin"), "events[0].item"),
    ("event heat of activity without", _set(["events", 0, "item"], "pain-o-soma:heat"), "events[0].item"),
    ("event status", _set(["events", 0, "status"], "taken"), "events[0].status"),
    ("event done without at", _delete(["events", 0, "at"]), "events[0].at"),
    ("event scheduled_for missing", _delete(["events", 0, "scheduled_for"]), "events[0].scheduled_for"),
    ("event pain_after 12", _set(["events", 4, "pain_after"], 12), "events[4].pain_after"),
    ("flare days 15", _set(["plan", "flare_up", "days"], 15), "plan.flare_up.days"),
    ("flare advice missing", _delete(["plan", "flare_up", "advice"]), "plan.flare_up.advice"),
    (
        "flare med with start",
        _set(["plan", "flare_up", "medications", 0, "start"], "2026-11-02"),
        "plan.flare_up.medications[0].start",
    ),
    (
        "flare activity with end",
        _set(["plan", "flare_up", "activities", 0, "end"], "2026-11-02"),
        "plan.flare_up.activities[0].end",
    ),
    (
        "flare id duplicates plan id",
        _set(["plan", "flare_up", "medications", 0, "id"], "paracetamol"),
        "plan.flare_up.medications[0].id",
    ),
    (
        "stock as_of bad",
        _set(["medications", 1, "stock", "as_of"], "yesterday"),
        "medications[1].stock.as_of",
    ),
    (
        "custom exercise unknown key",
        _set(["activities", 0, "exercises", 2, "custom", "video"], "x"),
        "activities[0].exercises[2].custom.video",
    ),
]


@pytest.mark.parametrize(("label", "mutate", "path"), ACUTE_CASES, ids=[c[0] for c in ACUTE_CASES])
def test_acute_rule_breaks(label: str, mutate: Mutation, path: str) -> None:
    doc = copy.deepcopy(load("acute-3-weeks"))
    mutate(doc)
    with pytest.raises(ValidationError) as info:
        document_from_json(doc)
    assert info.value.path == path, str(info.value)
    assert info.value.message


@pytest.mark.parametrize(("label", "mutate", "path"), HISTORY_CASES, ids=[c[0] for c in HISTORY_CASES])
def test_history_rule_breaks(label: str, mutate: Mutation, path: str) -> None:
    doc = copy.deepcopy(load("with-history"))
    mutate(doc)
    with pytest.raises(ValidationError) as info:
        document_from_json(doc)
    assert info.value.path == path, str(info.value)


def test_newer_version_message_is_clear() -> None:
    doc = load("acute-3-weeks")
    doc["version"] = 2
    with pytest.raises(ValidationError, match="newer than this backplan"):
        document_from_json(doc)


def test_unknown_exercise_lists_the_known_ones() -> None:
    doc = load("acute-3-weeks")
    doc["activities"][1]["exercises"][0]["exercise"] = "handstand"
    with pytest.raises(ValidationError) as info:
        document_from_json(doc)
    for known in ("knee-to-chest", "hamstring-stretch", "walking"):
        assert known in info.value.message


def test_heat_above_twenty_minutes_is_a_warning_not_an_error() -> None:
    doc = load("acute-3-weeks")
    doc["activities"][0]["heat_before_minutes"] = 25
    warnings = Warnings()
    parsed = document_from_json(doc, warnings)
    assert parsed.activities[0].heat_before_minutes == 25
    assert len(warnings) == 1 and "activities[0].heat_before_minutes" in warnings[0]


def test_integral_float_is_accepted_as_a_whole_number() -> None:
    doc = load("acute-3-weeks")
    doc["activities"][0]["duration_minutes"] = 45.0
    assert document_from_json(doc).activities[0].duration_minutes == 45


def test_ids_of_flare_up_items_may_be_referenced_by_events() -> None:
    doc = load("with-history")
    doc["events"].append(
        {
            "item": "flare-walk",
            "status": "done",
            "scheduled_for": "2026-11-09T09:00:00+05:30",
            "at": "2026-11-09T09:05:00+05:30",
        }
    )
    assert any(e.item == "flare-walk" for e in document_from_json(doc).events)


def test_offsets_are_kept_as_written() -> None:
    doc = load("with-history")
    doc["log"][0]["at"] = "2026-11-02T15:00:00+00:00"
    written = document_to_json(document_from_json(doc))
    assert "2026-11-02T15:00:00+00:00" in [e["at"] for e in written["log"]]
