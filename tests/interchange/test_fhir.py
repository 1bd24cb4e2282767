"""The FHIR bundle, read back by ``fhir.resources`` (R4B) and counted against the document."""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from fhir.resources.R4B.bundle import Bundle

from backplan.domain.codec import document_from_json, document_to_json
from backplan.domain.model import ActivityKind, EventStatus, PlanDocument
from backplan.interchange.fhir import (
    PAIN_LOINC,
    PSFS_PREFIX,
    build_bundle,
    bundle_dict,
    write_fhir_bundle,
)

EXAMPLES = Path(__file__).resolve().parents[1] / "data" / "examples"


def _example(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((EXAMPLES / name).read_text("utf-8"))
    return data


def busy_acute() -> PlanDocument:
    """The acute example with a week of history: sessions, doses, an override, PSFS."""
    data = _example("acute-3-weeks.backplan.json")
    data["log"] = [
        {
            "at": "2026-12-01T20:00:00-06:00",
            "pain": 7,
            "pain_worst": 9,
            "locations": ["lower_back", "leg_right"],
            "psfs": {"Putting on socks": 3, "Sitting for 30 minutes": 2, "Walking to the bus stop": 4},
            "note": "First day; stiff, \"worse\" when sitting",
        },
        {"at": "2026-12-03T20:00:00-06:00", "pain": 6},
        {
            "at": "2026-12-05T09:15:00-06:00",
            "pain": 4,
            "psfs": {"Putting on socks": 6},
        },
    ]
    data["events"] = [
        {"item": "carisoprodol", "status": "done", "scheduled_for": "2026-12-01T08:00:00-06:00",
         "at": "2026-12-01T08:05:00-06:00"},
        {"item": "carisoprodol", "status": "skipped", "scheduled_for": "2026-12-01T14:00:00-06:00"},
        {"item": "pt:heat", "status": "done", "scheduled_for": "2026-12-01T09:45:00-06:00",
         "at": "2026-12-01T09:45:00-06:00"},
        {"item": "pt", "status": "done", "scheduled_for": "2026-12-01T10:00:00-06:00",
         "at": "2026-12-01T10:02:00-06:00", "pain_before": 7, "pain_after": 5,
         "note": "Went well"},
        {"item": "ibuprofen", "status": "done", "scheduled_for": None,
         "at": "2026-12-01T12:30:00-06:00", "override_reason": "Dentist said so",
         "note": "After lunch"},
        {"item": "pt", "status": "missed", "scheduled_for": "2026-12-04T10:00:00-06:00"},
        {"item": "carisoprodol", "status": "done", "scheduled_for": "2026-12-04T20:00:00-06:00",
         "at": "2026-12-04T20:30:00-06:00"},
        {"item": "pt", "status": "done", "scheduled_for": "2026-12-08T10:00:00-06:00",
         "at": "2026-12-08T10:00:00-06:00"},
        {"item": "morning-stretch", "status": "done", "scheduled_for": "2026-12-02T07:15:00-06:00",
         "at": "2026-12-02T07:20:00-06:00"},
    ]
    return document_from_json(data)


def read(path: Path) -> Bundle:
    """The written file, parsed and validated by the library."""
    return Bundle.model_validate_json(path.read_text("utf-8"))


def by_type(bundle: Bundle) -> dict[str, list[Any]]:
    found: dict[str, list[Any]] = {}
    for entry in bundle.entry or []:
        found.setdefault(entry.resource.get_resource_type(), []).append(entry.resource)
    return found


def _instant(value: Any) -> datetime:
    if isinstance(value, datetime):
        return value.astimezone(UTC)
    return datetime.fromisoformat(str(value)).astimezone(UTC)


def check_counts(doc: PlanDocument, bundle: Bundle) -> dict[str, list[Any]]:
    res = by_type(bundle)
    meds = {m.id: m for m in doc.all_medications()}
    therapy = {a.id for a in doc.all_activities() if a.kind is ActivityKind.PHYSICAL_THERAPY}
    done = [e for e in doc.events if e.status is EventStatus.DONE]
    assert len(res["Patient"]) == 1
    assert len(res["CarePlan"]) == 1
    assert len(res["MedicationRequest"]) == len(meds)
    assert len(res.get("MedicationStatement", [])) == sum(e.item in meds for e in done)
    assert len(res.get("Procedure", [])) == sum(e.item in therapy for e in done)
    pain = [o for o in res.get("Observation", []) if o.code.coding and o.code.coding[0].code == PAIN_LOINC]
    assert len(pain) == len(doc.log)
    psfs = [o for o in res.get("Observation", []) if (o.code.text or "").startswith(PSFS_PREFIX)]
    assert len(psfs) == sum(len(e.psfs or ()) for e in doc.log)
    plan = res["CarePlan"][0]
    assert sum(a.detail is not None for a in plan.activity) == len(doc.all_activities())
    assert sum(a.reference is not None for a in plan.activity) == len(meds)
    return res


def test_history_example_round_trips_through_the_library(tmp_path: Path) -> None:
    raw = _example("with-history.backplan.json")
    doc = document_from_json(raw)
    out = tmp_path / "bundle.json"
    write_fhir_bundle(doc, out)
    bundle = read(out)
    assert bundle.type == "collection"
    res = check_counts(doc, bundle)
    assert res["Patient"][0].name[0].text == "Priya Nair"
    assert res["Patient"][0].extension[0].valueCode == "Asia/Kolkata"
    # Values, not only counts: pain scores and their times, in log order.
    pain = [o for o in res["Observation"] if o.code.coding and o.code.coding[0].system == "http://loinc.org"]
    assert [(int(o.valueQuantity.value), _instant(o.effectiveDateTime)) for o in pain] == [
        (e.pain, e.at.astimezone(UTC)) for e in doc.log
    ]
    assert [p.name for p in tmp_path.iterdir()] == ["bundle.json"]


def test_medication_requests_carry_timing_limits_and_dose(tmp_path: Path) -> None:
    doc = busy_acute()
    out = tmp_path / "b.json"
    write_fhir_bundle(doc, out)
    res = check_counts(doc, read(out))
    requests = {r.identifier[0].value: r for r in res["MedicationRequest"]}
    cari = requests["carisoprodol"]
    assert cari.medicationCodeableConcept.text == "Carisoprodol 350 mg"
    assert cari.intent == "order" and cari.requester.display == "Dr. Ana Ortiz"
    dosage = cari.dosageInstruction[0]
    assert dosage.asNeededBoolean is False
    assert dosage.text.startswith("1 tablet")
    assert dosage.patientInstruction.startswith("May cause drowsiness")
    repeat = dosage.timing.repeat
    assert [str(t) for t in repeat.timeOfDay] == ["08:00:00", "14:00:00", "20:00:00", "22:30:00"]
    assert str(repeat.boundsPeriod.start) == "2026-12-01"
    assert str(repeat.boundsPeriod.end) == "2026-12-14"
    assert float(dosage.doseAndRate[0].doseQuantity.value) == 350
    assert dosage.maxDosePerPeriod is None

    ibu = requests["ibuprofen"].dosageInstruction[0]
    assert ibu.asNeededBoolean is True
    assert float(ibu.maxDosePerPeriod.numerator.value) == 3
    assert float(ibu.maxDosePerPeriod.denominator.value) == 24
    assert ibu.maxDosePerPeriod.denominator.code == "h"
    assert float(ibu.timing.repeat.period) == 6 and ibu.timing.repeat.periodUnit == "h"


def test_doses_sessions_and_scores(tmp_path: Path) -> None:
    doc = busy_acute()
    out = tmp_path / "b.json"
    write_fhir_bundle(doc, out)
    res = check_counts(doc, read(out))
    statements = res["MedicationStatement"]
    taken = [e for e in doc.events if e.status is EventStatus.DONE and e.item in
             {"carisoprodol", "ibuprofen"}]
    assert [_instant(s.effectiveDateTime) for s in statements] == [
        e.at.astimezone(UTC) for e in taken if e.at is not None
    ]
    assert all(s.status == "completed" for s in statements)
    override = [s for s in statements if s.medicationCodeableConcept.text == "Ibuprofen 200 mg"]
    notes = " ".join(n.text for n in override[0].note)
    assert "Dentist said so" in notes and "After lunch" in notes

    sessions = res["Procedure"]
    assert [_instant(p.performedDateTime) for p in sessions] == [
        datetime(2026, 12, 1, 16, 2, tzinfo=UTC),
        datetime(2026, 12, 8, 16, 0, tzinfo=UTC),
    ]
    assert sessions[0].code.text == "Physical therapy at Riverside Physio"
    assert "before: 7; after: 5" in sessions[0].note[0].text

    psfs = [o for o in res["Observation"] if (o.code.text or "").startswith(PSFS_PREFIX)]
    expected = [
        (PSFS_PREFIX + activity, score, entry.at.astimezone(UTC))
        for entry in doc.log
        for activity, score in entry.psfs or ()
    ]
    got = [(o.code.text, int(o.valueQuantity.value), _instant(o.effectiveDateTime)) for o in psfs]
    assert got == expected
    worst = [o for o in res["Observation"] if o.code.text and o.code.text.startswith("Worst")]
    assert [int(o.valueQuantity.value) for o in worst] == [9]


def test_references_resolve_inside_the_bundle() -> None:
    data = bundle_dict(busy_acute())
    urls = {entry["fullUrl"] for entry in data["entry"]}
    assert len(urls) == len(data["entry"])

    def refs(value: Any) -> list[str]:
        if isinstance(value, dict):
            found = [value["reference"]] if isinstance(value.get("reference"), str) else []
            return found + [r for v in value.values() for r in refs(v)]
        if isinstance(value, list):
            return [r for v in value for r in refs(v)]
        return []

    all_refs = refs(data["entry"])
    assert all_refs and set(all_refs) <= urls


def test_ids_are_stable_and_per_patient() -> None:
    doc = busy_acute()
    first = [e["fullUrl"] for e in bundle_dict(doc)["entry"]]
    assert first == [e["fullUrl"] for e in bundle_dict(doc)["entry"]]
    other = document_from_json(
        {**document_to_json(doc), "patient": {"name": "Someone Else", "timezone": "America/Chicago"}}
    )
    assert set(first).isdisjoint(e["fullUrl"] for e in bundle_dict(other)["entry"])


def test_statuses_follow_now_when_given() -> None:
    doc = busy_acute()
    plain = by_type(build_bundle(doc))
    assert {r.status for r in plain["MedicationRequest"]} == {"active"}
    assert plain["CarePlan"][0].status == "active"

    later = by_type(build_bundle(doc, now=datetime(2026, 12, 16, 12, 0, tzinfo=UTC)))
    status = {r.identifier[0].value: r.status for r in later["MedicationRequest"]}
    assert status == {"carisoprodol": "completed", "ibuprofen": "completed"}
    assert {a.detail.status for a in later["CarePlan"][0].activity if a.detail} == {"in-progress"}

    before = by_type(build_bundle(doc, now=datetime(2026, 11, 20, tzinfo=UTC)))
    assert {a.detail.status for a in before["CarePlan"][0].activity if a.detail} == {"not-started"}
    after = by_type(build_bundle(doc, now=datetime(2027, 1, 5, tzinfo=UTC)))
    assert after["CarePlan"][0].status == "completed"
    with pytest.raises(ValueError, match="aware"):
        build_bundle(doc, now=datetime(2027, 1, 5))


def test_flare_up_items_are_exported_and_marked() -> None:
    doc = document_from_json(_example("with-history.backplan.json"))
    res = by_type(build_bundle(doc))
    flare = [r for r in res["MedicationRequest"] if r.identifier[0].value == "flare-ibuprofen"]
    assert len(flare) == 1 and "flare-up plan" in flare[0].note[-1].text
    walks = [a.detail for a in res["CarePlan"][0].activity if a.detail and a.detail.code.text == "walk"]
    assert len(walks) == 1 and "flare-up plan" in walks[0].description


def test_counts_match_the_database_through_the_cli(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from backplan.bootstrap import open_services
    from backplan.cli import main

    folder = tmp_path / "data"
    assert main(["--data-dir", str(folder), "import", str(EXAMPLES / "with-history.backplan.json")]) == 0
    out = tmp_path / "x.json"
    code = main(["--data-dir", str(folder), "export", "--fhir", "--out", str(out)])
    assert code == 0, capsys.readouterr().err
    services = open_services(folder)
    try:
        doc = services.document(services.resolve_patient(None))
    finally:
        services.db.dispose()
    assert doc.log and doc.events
    check_counts(doc, read(out))
    assert Counter(e["resource"]["resourceType"] for e in json.loads(out.read_text())["entry"])[
        "Observation"
    ] >= len(doc.log)


def test_rule_and_single_time_schedules() -> None:
    data = _example("acute-3-weeks.backplan.json")
    data["medications"][0]["schedule"] = {"rrule": "FREQ=WEEKLY;BYDAY=MO,TH", "time": "08:30"}
    data["activities"][0]["schedule"] = {"once": "2026-12-03T10:00"}
    doc = document_from_json(data)
    res = by_type(build_bundle(doc))
    cari = next(r for r in res["MedicationRequest"] if r.identifier[0].value == "carisoprodol")
    timing = cari.dosageInstruction[0].timing
    assert timing.code.text == "RRULE:FREQ=WEEKLY;BYDAY=MO,TH"
    assert [str(t) for t in timing.repeat.timeOfDay] == ["08:30:00"]
    pt = next(a.detail for a in res["CarePlan"][0].activity if a.detail and a.detail.code.text
              == "physical_therapy")
    # Local 10:00 in Chicago in December is 16:00 UTC.
    assert [_instant(e) for e in pt.scheduledTiming.event] == [datetime(2026, 12, 3, 16, 0, tzinfo=UTC)]


@pytest.mark.parametrize(
    ("rule", "repeat"),
    [
        (
            "FREQ=WEEKLY;BYDAY=TU,FR",
            {"frequency": 1, "period": 1, "periodUnit": "d", "dayOfWeek": ["tue", "fri"]},
        ),
        ("FREQ=DAILY;INTERVAL=2", {"frequency": 1, "period": 2, "periodUnit": "d"}),
        ("FREQ=WEEKLY;INTERVAL=3;COUNT=4", {"frequency": 1, "period": 3, "periodUnit": "wk", "count": 4}),
        # Not said by Timing.repeat: only the rule's text, never more doses than planned.
        ("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,FR", {}),
        ("FREQ=MONTHLY;BYDAY=1MO", {}),
        ("FREQ=DAILY;UNTIL=20261215", {}),
        ("FREQ=WEEKLY;BYDAY=1TU", {}),
    ],
)
def test_a_rule_fills_timing_repeat_where_it_can(rule: str, repeat: dict[str, Any]) -> None:
    data = _example("acute-3-weeks.backplan.json")
    data["medications"][0]["schedule"] = {"rrule": rule, "time": "10:00"}
    bundle = bundle_dict(document_from_json(data))
    Bundle.model_validate(bundle)
    cari = next(
        e["resource"] for e in bundle["entry"]
        if e["resource"]["resourceType"] == "MedicationRequest"
        and e["resource"]["identifier"][0]["value"] == "carisoprodol"
    )  # fmt: skip
    timing = cari["dosageInstruction"][0]["timing"]
    assert timing["code"] == {"text": f"RRULE:{rule}"}
    got = {k: v for k, v in timing["repeat"].items() if k not in ("timeOfDay", "boundsPeriod")}
    assert got == repeat
    assert timing["repeat"]["timeOfDay"] == ["10:00:00"]


def test_scores_are_quantities_in_ucum_score() -> None:
    res = by_type(build_bundle(busy_acute()))
    for obs in res["Observation"]:
        q = obs.valueQuantity
        assert (q.system, q.code, q.unit) == ("http://unitsofmeasure.org", "{score}", "score")
        assert obs.valueInteger is None
    pain = [o for o in res["Observation"] if o.code.coding and o.code.coding[0].code == PAIN_LOINC]
    assert [int(o.valueQuantity.value) for o in pain] == [7, 6, 4]


def test_patient_ids_are_not_the_name_alone() -> None:
    doc = busy_acute()
    raw = document_to_json(doc)
    same_name = document_from_json({**raw, "patient": {**raw["patient"], "timezone": "Europe/Berlin"}})
    first = bundle_dict(doc)["entry"][0]["fullUrl"]
    assert first != bundle_dict(same_name)["entry"][0]["fullUrl"]


def test_transaction_bundle_creates_conditionally_and_validates() -> None:
    doc = busy_acute()
    data = bundle_dict(doc, transaction=True)
    bundle = Bundle.model_validate(data)
    assert bundle.type == "transaction"
    urls = {e["fullUrl"] for e in data["entry"]}
    for entry in data["entry"]:
        resource, request = entry["resource"], entry["request"]
        assert "id" not in resource  # the server assigns ids
        assert request["method"] == "POST" and request["url"] == resource["resourceType"]
        own = {"system": "urn:ietf:rfc:3986", "value": entry["fullUrl"]}
        assert own in resource["identifier"]
        assert request["ifNoneExist"] == f"identifier=urn:ietf:rfc:3986|{entry['fullUrl']}"
    # The references still name entries of the bundle, which the server rewrites.
    text = json.dumps(data)
    assert all(url in urls for url in re.findall(r'"reference": "(urn:uuid:[^"]+)"', text))
    # The same data gives the same conditional creates: importing twice adds nothing.
    assert bundle_dict(doc, transaction=True) == data


def test_cli_transaction_and_bom_options(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from backplan.cli import main

    folder = tmp_path / "data"
    assert main(["--data-dir", str(folder), "import", str(EXAMPLES / "with-history.backplan.json")]) == 0
    out = tmp_path / "t.json"
    assert main(["--data-dir", str(folder), "export", "--fhir", "--transaction", "--out", str(out)]) == 0
    assert read(out).type == "transaction"
    capsys.readouterr()
    assert main(["--data-dir", str(folder), "export", "--transaction", "--out", str(out)]) == 2
    assert "--transaction applies to --fhir only" in capsys.readouterr().err
    assert main(["--data-dir", str(folder), "export", "--fhir", "--bom", "--out", str(out)]) == 2
    assert "--bom applies to --csv only" in capsys.readouterr().err


def test_patient_identifier_and_birth_date_and_ids_from_the_record_number() -> None:
    raw = document_to_json(busy_acute())
    patient = {**raw["patient"], "identifier": "MRN-0042", "birth_date": "1961-04-09"}
    doc = document_from_json({**raw, "patient": patient})
    res = by_type(build_bundle(doc))
    (fhir_patient,) = res["Patient"]
    assert [(i.system, i.value) for i in fhir_patient.identifier] == [("urn:backplan:patient", "MRN-0042")]
    assert str(fhir_patient.birthDate) == "1961-04-09"
    # Same name, another record number: another patient, other ids.
    twin = document_from_json({**raw, "patient": {**patient, "identifier": "MRN-0043"}})
    assert bundle_dict(doc)["entry"][0]["fullUrl"] != bundle_dict(twin)["entry"][0]["fullUrl"]
    # The transaction matches the Patient by the record number.
    entry = bundle_dict(doc, transaction=True)["entry"][0]
    assert entry["request"]["ifNoneExist"] == "identifier=urn:backplan:patient|MRN-0042"


def test_a_dose_taken_back_stays_as_entered_in_error() -> None:
    raw = document_to_json(busy_acute())
    removal = {"at": "2026-12-01T08:07:00-06:00", "reason": "wrong box"}
    raw["events"][0] = {**raw["events"][0], "removed": removal}
    doc = document_from_json(raw)
    statements = by_type(build_bundle(doc))["MedicationStatement"]
    first = statements[0]
    assert first.status == "entered-in-error"
    assert "wrong box" in first.note[-1].text and "2026-12-01T08:07:00-06:00" in first.note[-1].text
    assert {s.status for s in statements[1:]} == {"completed"}
