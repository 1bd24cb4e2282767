"""The command line as scripts use it (shared/spec/cli.md), run in-process on real folders."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from backplan.cli import main
from backplan.domain.clock import FixedClock

EXAMPLES = Path(__file__).resolve().parent / "data" / "examples"
ACUTE = EXAMPLES / "acute-3-weeks.backplan.json"
HISTORY = EXAMPLES / "with-history.backplan.json"


# The command line's clock in these tests: after every date they record, so that a
# dose "--at 2026-12-20" is in the past whatever day the suite runs (a dose in the
# future is bad input).
CLI_NOW = datetime(2026, 12, 21, 18, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _fixed_cli_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("backplan.bootstrap.SystemClock", lambda: FixedClock(CLI_NOW))


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def digest(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()
    }


@pytest.fixture()
def data(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    folder = tmp_path / "data"
    code, _, err = run(capsys, "--data-dir", folder, "import", ACUTE)
    assert code == 0, err
    return folder


def test_import_then_export_gives_the_example_back(data: Path, tmp_path: Path, capsys: Any) -> None:
    out = tmp_path / "out.backplan.json"
    code, _, err = run(capsys, "--data-dir", data, "export", "--out", out)
    assert code == 0, err
    written = json.loads(out.read_text("utf-8"))
    original = json.loads(ACUTE.read_text("utf-8"))
    # Defaults may be written out: the empty log and events sections.
    assert written.pop("log") == [] and written.pop("events") == []
    assert written == original


def test_history_round_trip(tmp_path: Path, capsys: Any) -> None:
    folder = tmp_path / "d"
    assert run(capsys, "--data-dir", folder, "import", HISTORY)[0] == 0
    out = tmp_path / "h.json"
    assert run(capsys, "export", "--out", out, "--data-dir", folder)[0] == 0
    written = json.loads(out.read_text("utf-8"))
    original = json.loads(HISTORY.read_text("utf-8"))
    canon = lambda events: sorted(json.dumps(e, sort_keys=True) for e in events)  # noqa: E731
    assert canon(written.pop("events")) == canon(original.pop("events"))
    assert written == original


def test_data_folder_and_database_are_private(data: Path) -> None:
    assert (data.stat().st_mode & 0o777) == 0o700
    assert ((data / "backplan.sqlite3").stat().st_mode & 0o777) == 0o600


def test_environment_variable_sets_the_data_folder(
    tmp_path: Path, capsys: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "env"
    monkeypatch.setenv("BACKPLAN_DATA_DIR", str(folder))
    assert run(capsys, "import", ACUTE)[0] == 0
    assert (folder / "backplan.sqlite3").exists()


def test_same_patient_twice_is_refused_unless_replace(data: Path, capsys: Any) -> None:
    code, _, err = run(capsys, "--data-dir", data, "import", ACUTE)
    assert code == 2
    assert "already exists" in err and "--replace" in err
    code, _, err = run(capsys, "--data-dir", data, "import", ACUTE, "--replace")
    assert code == 0, err
    backups = list((data / "backups").glob("*before-replace*"))
    assert len(backups) == 1


def test_several_patients_need_patient_option(data: Path, capsys: Any) -> None:
    assert run(capsys, "--data-dir", data, "import", HISTORY)[0] == 0
    code, _, err = run(capsys, "--data-dir", data, "agenda", "--date", "2026-12-01")
    assert code == 2 and "--patient" in err
    code, out, _ = run(
        capsys, "agenda", "--date", "2026-12-01", "--json", "--data-dir", data, "--patient", "Sam Rivera"
    )
    assert code == 0 and json.loads(out)
    code, _, err = run(capsys, "--data-dir", data, "--patient", "Nobody", "agenda")
    assert code == 2 and "Nobody" in err


def test_agenda_json_for_the_first_day(data: Path, capsys: Any) -> None:
    code, out, err = run(capsys, "--data-dir", data, "agenda", "--json", "--date", "2026-12-01")
    assert code == 0, err
    rows = json.loads(out)
    got = [(r["start"], r["end"], r["kind"], r["item"]) for r in rows]
    assert got[:6] == [
        ("2026-12-01T07:00:00-06:00", "2026-12-01T07:15:00-06:00", "heat", "morning-stretch:heat"),
        ("2026-12-01T07:15:00-06:00", "2026-12-01T07:30:00-06:00", "stretching", "morning-stretch"),
        ("2026-12-01T08:00:00-06:00", None, "medication", "carisoprodol"),
        ("2026-12-01T09:45:00-06:00", "2026-12-01T10:00:00-06:00", "heat", "pt:heat"),
        ("2026-12-01T10:00:00-06:00", "2026-12-01T10:45:00-06:00", "physical_therapy", "pt"),
        ("2026-12-01T10:45:00-06:00", "2026-12-01T11:00:00-06:00", "cold", "pt:cold"),
    ]
    assert [r["start"][11:16] for r in rows[6:]] == ["14:00", "20:00", "22:30"]
    assert set(rows[0]) == {"start", "end", "kind", "item", "title"}


def test_agenda_several_days_and_text(data: Path, capsys: Any) -> None:
    code, out, _ = run(capsys, "--data-dir", data, "agenda", "--date", "2026-12-02", "--days", "2", "--json")
    rows = json.loads(out)
    assert {r["start"][:10] for r in rows} == {"2026-12-02", "2026-12-03"}
    assert any(r["item"] == "evening-walk:cold" for r in rows)  # Wednesday walk
    code, out, _ = run(capsys, "--data-dir", data, "agenda", "--date", "2026-12-01")
    assert code == 0 and "Morning stretches" in out and "08:00" in out


@pytest.mark.parametrize(
    "args",
    [
        ["agenda", "--date", "2026-13-01"],
        ["agenda", "--days", "0"],
        ["agenda", "--days", "many"],
        ["record", "pain", "11"],
        ["record", "dose"],
        ["frobnicate"],
        ["export"],
    ],
)
def test_usage_errors_exit_2(data: Path, capsys: Any, args: list[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--data-dir", str(data), *args])
    assert info.value.code == 2


def test_record_dose_minimum_interval(data: Path, capsys: Any) -> None:
    code, _, err = run(capsys, "--data-dir", data, "record", "dose", "ibuprofen", "--at", "2026-12-02T08:00")
    assert code == 0, err
    code, _, err = run(capsys, "--data-dir", data, "record", "dose", "ibuprofen", "--at", "2026-12-02T10:00")
    assert code == 3
    assert "minimum interval" in err
    code, _, err = run(
        capsys,
        "--data-dir",
        data,
        "record",
        "dose",
        "ibuprofen",
        "--at",
        "2026-12-02T10:00",
        "--override",
        "Dentist said so",
    )
    assert code == 0, err


def test_record_dose_already_taken(data: Path, capsys: Any, tmp_path: Path) -> None:
    code, _, err = run(
        capsys, "--data-dir", data, "record", "dose", "carisoprodol", "--at", "2026-12-01T08:05"
    )
    assert code == 0, err
    code, _, err = run(
        capsys, "--data-dir", data, "record", "dose", "carisoprodol", "--at", "2026-12-01T08:20"
    )
    assert code == 3
    assert "already taken" in err and "08:05" in err
    out = tmp_path / "x.json"
    run(capsys, "--data-dir", data, "export", "--out", out)
    events = json.loads(out.read_text("utf-8"))["events"]
    assert events == [
        {
            "item": "carisoprodol",
            "status": "done",
            "scheduled_for": "2026-12-01T08:00:00-06:00",
            "at": "2026-12-01T08:05:00-06:00",
        }
    ]


def test_record_dose_outside_course_and_unknown(data: Path, capsys: Any) -> None:
    code, _, err = run(
        capsys, "--data-dir", data, "record", "dose", "carisoprodol", "--at", "2026-12-20T08:00"
    )
    assert code == 3 and "course dates" in err
    code, _, err = run(capsys, "--data-dir", data, "record", "dose", "aspirin")
    assert code == 2 and "aspirin" in err
    code, _, err = run(capsys, "--data-dir", data, "record", "dose", "ibuprofen", "--at", "yesterday")
    assert code == 2 and "--at" in err


def test_record_dose_with_offset_time(data: Path, capsys: Any, tmp_path: Path) -> None:
    # 14:05 UTC is 08:05 in Chicago: the 08:00 dose.
    code, _, err = run(
        capsys, "--data-dir", data, "record", "dose", "carisoprodol", "--at", "2026-12-01T14:05:00+00:00"
    )
    assert code == 0, err
    out = tmp_path / "x.json"
    run(capsys, "--data-dir", data, "export", "--out", out)
    (event,) = json.loads(out.read_text("utf-8"))["events"]
    assert event["scheduled_for"] == "2026-12-01T08:00:00-06:00"
    assert event["at"] == "2026-12-01T08:05:00-06:00"


def test_record_pain(data: Path, capsys: Any, tmp_path: Path) -> None:
    code, _, err = run(
        capsys,
        "--data-dir",
        data,
        "record",
        "pain",
        "6",
        "--at",
        "2026-12-01T21:00",
        "--note",
        "stiff <b>evening</b>",
        "--location",
        "lower_back",
        "--psfs",
        "Putting on socks=4",
    )
    assert code == 0, err
    out = tmp_path / "x.json"
    run(capsys, "--data-dir", data, "export", "--out", out)
    (entry,) = json.loads(out.read_text("utf-8"))["log"]
    assert entry == {
        "at": "2026-12-01T21:00:00-06:00",
        "pain": 6,
        "locations": ["lower_back"],
        "psfs": {"Putting on socks": 4},
        "note": "stiff <b>evening</b>",
    }
    code, _, err = run(capsys, "--data-dir", data, "record", "pain", "3", "--psfs", "Dancing=3")
    assert code == 2 and "Dancing" in err


def test_red_flag_pain_entry_prints_advice(data: Path, capsys: Any) -> None:
    code, _, err = run(capsys, "--data-dir", data, "record", "pain", "8", "--red-flag", "saddle_numbness")
    assert code == 0
    assert "urgent" in err.lower() or "emergency" in err.lower() or "999" in err or "111" in err


def _write(path: Path, content: bytes | str) -> Path:
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    return path


def _mutated(change: Callable[[dict[str, Any]], Any]) -> str:
    doc = json.loads(ACUTE.read_text("utf-8"))
    change(doc)
    return json.dumps(doc)


BAD_FILES: list[tuple[str, Callable[[Path], Path], str]] = [
    ("truncated", lambda p: _write(p, ACUTE.read_text("utf-8")[:300]), "line"),
    (
        "not utf-8",
        lambda p: _write(p, ACUTE.read_text("utf-8").replace("Sam", "S\u00e4m").encode("latin-1")),
        "UTF-8",
    ),
    ("empty", lambda p: _write(p, ""), "empty"),
    ("array", lambda p: _write(p, "[]"), "object"),
    (
        "nan",
        lambda p: _write(
            p,
            _mutated(lambda d: d["medications"][0]["ingredients"][0].update(mg=1)).replace(
                '"mg": 1', '"mg": NaN'
            ),
        ),
        "NaN",
    ),
    (
        "duplicate key",
        lambda p: _write(p, ACUTE.read_text("utf-8").replace('"version": 1,', '"version": 1, "version": 1,')),
        "twice",
    ),
    ("version 2", lambda p: _write(p, _mutated(lambda d: d.update(version=2))), "version"),
    ("unknown key", lambda p: _write(p, _mutated(lambda d: d["plan"].update(titel="x"))), "plan.titel"),
    (
        "unknown zone",
        lambda p: _write(p, _mutated(lambda d: d["patient"].update(timezone="Europe/Atlantis"))),
        "patient.timezone",
    ),
    (
        "bad rrule",
        lambda p: _write(p, _mutated(lambda d: d["activities"][0]["schedule"].update(rrule="FREQ=NEVER"))),
        "activities[0].schedule.rrule",
    ),
    (
        "duplicate ids",
        lambda p: _write(p, _mutated(lambda d: d["activities"][1].update(id="pt"))),
        "activities[1].id",
    ),
    (
        "number as string",
        lambda p: _write(p, _mutated(lambda d: d["activities"][0].update(duration_minutes="45"))),
        "activities[0].duration_minutes",
    ),
    (
        "bool as number",
        lambda p: _write(p, _mutated(lambda d: d["medications"][0].update(days=True))),
        "medications[0].days",
    ),
    (
        "huge note",
        lambda p: _write(p, _mutated(lambda d: d["plan"].update(notes="x" * 12_000_000))),
        "plan.notes",
    ),
    ("wrong type patient", lambda p: _write(p, _mutated(lambda d: d.update(patient="Sam"))), "patient"),
    ("missing plan", lambda p: _write(p, _mutated(lambda d: d.pop("plan"))), "plan"),
    ("deep nesting", lambda p: _write(p, "[" * 100_000 + "]" * 100_000), "nested"),
    (
        "bad time",
        lambda p: _write(p, _mutated(lambda d: d["medications"][0]["schedule"].update(times=["25:00"]))),
        "medications[0].schedule.times[0]",
    ),
    ("format", lambda p: _write(p, _mutated(lambda d: d.update(format="otherapp"))), "format"),
    ("too large", lambda p: _write(p, b" " * (64 * 1024 * 1024 + 1)), "64 MiB"),
    ("missing file", lambda p: p.with_name("does-not-exist.json"), "no such file"),
    ("folder", lambda p: p.parent, "folder"),
    (
        "hostile text in id",
        lambda p: _write(p, _mutated(lambda d: d["medications"][0].update(id="<script>"))),
        "medications[0].id",
    ),
    (
        "event for unknown item",
        lambda p: _write(
            p,
            _mutated(
                lambda d: d.update(
                    events=[
                        {
                            "item": "nope",
                            "status": "done",
                            "scheduled_for": None,
                            "at": "2026-12-01T08:00:00-06:00",
                        }
                    ]
                )
            ),
        ),
        "events[0].item",
    ),
]


@pytest.mark.parametrize(("label", "make", "expected"), BAD_FILES, ids=[b[0] for b in BAD_FILES])
def test_bad_file_is_refused_and_changes_nothing(
    data: Path, tmp_path: Path, capsys: Any, label: str, make: Callable[[Path], Path], expected: str
) -> None:
    before = digest(data)
    bad = make(tmp_path / "bad.backplan.json")
    # A different patient name, so a file that passed would be written.
    code, out, err = run(capsys, "--data-dir", data, "import", bad)
    assert code == 2, err
    assert expected in err
    assert str(bad) in err
    assert out == ""
    assert digest(data) == before


def test_replace_with_a_bad_file_keeps_the_old_plan(data: Path, tmp_path: Path, capsys: Any) -> None:
    bad = _write(
        tmp_path / "b.json",
        _mutated(
            lambda d: (
                d["log"].append({"at": "x", "pain": 1})
                if "log" in d
                else d.update(log=[{"at": "x", "pain": 1}])
            )
        ),
    )
    before = digest(data)
    code, _, err = run(capsys, "--data-dir", data, "import", bad, "--replace")
    assert code == 2 and "log[0].at" in err
    assert digest(data) == before


def test_unexpected_errors_are_one_line(data: Path, capsys: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from backplan.services import backplan_service

    def broken(*_a: Any, **_k: Any) -> Any:
        raise RuntimeError("disk on fire\nsecond line")

    monkeypatch.setattr(backplan_service.Backplan, "agenda", broken)
    code, _, err = run(capsys, "--data-dir", data, "agenda")
    assert code == 1
    assert err.strip().count("\n") == 0 and "disk on fire" in err and "Traceback" not in err
    code, _, err = run(capsys, "--data-dir", data, "agenda", "--debug")
    assert code == 1 and "Traceback" in err


def test_backup_and_restore(data: Path, tmp_path: Path, capsys: Any) -> None:
    copy = tmp_path / "copy.sqlite3"
    assert run(capsys, "--data-dir", data, "backup", "--out", copy)[0] == 0
    assert (copy.stat().st_mode & 0o777) == 0o600
    assert run(capsys, "--data-dir", data, "record", "pain", "5")[0] == 0
    code, _, err = run(capsys, "--data-dir", data, "restore", copy)
    assert code == 0, err
    out = tmp_path / "x.json"
    run(capsys, "--data-dir", data, "export", "--out", out)
    assert json.loads(out.read_text("utf-8"))["log"] == []
    assert list((data / "backups").glob("*before-restore*"))
    not_db = _write(tmp_path / "nope.sqlite3", "hello")
    code, _, err = run(capsys, "--data-dir", data, "restore", not_db)
    assert code == 2 and "not a backplan database" in err


def test_runs_without_a_display(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    folder = tmp_path / "nodisplay"
    result = subprocess.run(
        [sys.executable, "-m", "backplan", "--data-dir", str(folder), "import", str(ACUTE)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "backplan",
            "agenda",
            "--date",
            "2026-12-01",
            "--json",
            "--data-dir",
            str(folder),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)[0]["item"] == "morning-stretch:heat"


def test_record_dose_in_the_future_is_bad_input(data: Path, tmp_path: Path, capsys: Any) -> None:
    before = tmp_path / "before.json"
    assert run(capsys, "--data-dir", data, "export", "--out", before)[0] == 0
    # CLI_NOW is 12:00 in Chicago on 21 Dec; 12:06 is six minutes ahead.
    code, _, err = run(
        capsys, "--data-dir", data, "record", "dose", "carisoprodol", "--at", "2026-12-21T12:06",
        "--override", "testing",
    )  # fmt: skip
    assert code == 2
    assert "--at: 2026-12-21 12:06 is in the future" in err
    after = tmp_path / "after.json"
    assert run(capsys, "--data-dir", data, "export", "--out", after)[0] == 0
    assert json.loads(after.read_text())["events"] == json.loads(before.read_text())["events"]


def test_record_dose_late_collides_with_a_later_dose(data: Path, capsys: Any) -> None:
    for at in ("2026-12-03T08:00", "2026-12-03T14:00", "2026-12-03T20:00"):
        assert run(capsys, "--data-dir", data, "record", "dose", "ibuprofen", "--at", at)[0] == 0
    code, _, err = run(capsys, "--data-dir", data, "record", "dose", "ibuprofen", "--at", "2026-12-03T02:00")
    assert code == 3
    assert "refused by the daily maximum rule" in err
    assert "collides with the later dose recorded at 20:00" in err


@pytest.mark.parametrize(
    ("change", "path", "expected"),
    [
        (
            lambda d: d["medications"][1]["ingredients"][0].update(mg=10**400),
            "medications[1].ingredients[0].mg",
            "at most 1,000,000,000,000",
        ),
        (
            lambda d: d["medications"][1]["schedule"].update(min_interval_hours=10**30),
            "medications[1].schedule.min_interval_hours",
            "at most 8,760",
        ),
        (
            lambda d: d["medications"][1]["schedule"].update(max_doses_per_day=10**30),
            "medications[1].schedule.max_doses_per_day",
            "from 1 to 1440",
        ),
        (
            lambda d: d["medications"][0].update(units_per_dose=10**20),
            "medications[0].units_per_dose",
            "at most",
        ),
    ],
)
def test_import_refuses_numbers_the_checks_cannot_work_with(
    tmp_path: Path, capsys: Any, change: Callable[[dict[str, Any]], None], path: str, expected: str
) -> None:
    data = json.loads(ACUTE.read_text(encoding="utf-8"))
    change(data)
    bad = tmp_path / "bad.backplan.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    folder = tmp_path / "data"
    code, _, err = run(capsys, "--data-dir", folder, "import", bad)
    assert code == 2, err
    assert f"{bad}: {path}" in err and expected in err
    # Nothing was written: the good file imports afterwards as the first patient.
    code, _, err = run(capsys, "--data-dir", folder, "import", ACUTE)
    assert code == 0, err
    dose = ("record", "dose", "ibuprofen", "--at", "2026-12-02T09:00")
    code, _, err = run(capsys, "--data-dir", folder, *dose)
    assert code == 0, err


@pytest.mark.parametrize("note", ["-2+3", "-", "- worse after sitting", "--- tired ---"])
def test_a_note_may_start_with_a_dash(data: Path, capsys: Any, tmp_path: Path, note: str) -> None:
    code, _, err = run(
        capsys, "--data-dir", data, "record", "pain", "4", "--at", "2026-12-01T21:00", "--note", note
    )
    assert code == 0, err
    out = tmp_path / "x.json"
    run(capsys, "--data-dir", data, "export", "--out", out)
    (entry,) = json.loads(out.read_text("utf-8"))["log"]
    assert entry["note"] == note


def test_a_note_that_is_an_option_is_still_missing(data: Path, capsys: Any) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--data-dir", str(data), "record", "pain", "4", "--note", "--at", "2026-12-01T21:00"])
    assert info.value.code == 2
    assert "--note=TEXT" in capsys.readouterr().err


def test_an_override_that_was_not_needed_is_said(data: Path, capsys: Any, tmp_path: Path) -> None:
    code, _, err = run(
        capsys, "--data-dir", data, "record", "dose", "ibuprofen", "--at", "2026-12-02T08:00",
        "--override", "just in case", "--note", "-1 tablet left",
    )  # fmt: skip
    assert code == 0, err
    assert "--override was not needed" in err
    out = tmp_path / "x.json"
    run(capsys, "--data-dir", data, "export", "--out", out)
    (event,) = json.loads(out.read_text("utf-8"))["events"]
    assert "override_reason" not in event and event["note"] == "-1 tablet left"
