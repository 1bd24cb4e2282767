"""`backplan patients [--json]` and `--patient` by name or identifier (cli.md)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from backplan.cli import main

ACUTE = Path(__file__).resolve().parent / "data" / "examples" / "acute-3-weeks.backplan.json"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def _file(tmp_path: Path, name: str, **patient: Any) -> Path:
    raw = json.loads(ACUTE.read_text(encoding="utf-8"))
    raw["patient"].update(patient)
    for key in [k for k, v in patient.items() if v is None]:
        del raw["patient"][key]
    path = tmp_path / name
    path.write_text(json.dumps(raw), encoding="utf-8")
    return path


def test_two_sam_riveras(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = str(tmp_path / "data")
    one = _file(tmp_path, "one.json", identifier="MRN-1", birth_date="1961-03-03")
    two = _file(tmp_path, "two.json", identifier="MRN-2")
    assert run(capsys, "--data-dir", folder, "import", one)[0] == 0
    assert run(capsys, "--data-dir", folder, "import", two)[0] == 0  # same name, other identifier
    code, _, err = run(capsys, "--data-dir", folder, "import", two)
    assert code == 2 and "already exists" in err
    # Without an identifier the file cannot say which Sam Rivera it means.
    code, _, err = run(capsys, "--data-dir", folder, "import", _file(tmp_path, "none.json", identifier=None))
    assert code == 2 and "'MRN-1', 'MRN-2'" in err

    code, out, _ = run(capsys, "--data-dir", folder, "patients", "--json")
    assert code == 0
    assert json.loads(out) == [
        {
            "name": "Sam Rivera",
            "identifier": "MRN-1",
            "birth_date": "1961-03-03",
            "plan_title": "Acute low back pain: 3-week plan",
            "plan_start": "2026-12-01",
            "plan_end": "2026-12-21",
        },
        {
            "name": "Sam Rivera",
            "identifier": "MRN-2",
            "birth_date": None,
            "plan_title": "Acute low back pain: 3-week plan",
            "plan_start": "2026-12-01",
            "plan_end": "2026-12-21",
        },
    ]
    code, out, _ = run(capsys, "--data-dir", folder, "patients")
    assert code == 0 and out.count("Sam Rivera") == 2 and "MRN-1" in out and "born 1961-03-03" in out

    # A shared name is refused with the identifiers; an identifier (any case, spaces
    # around) picks the patient.
    code, _, err = run(
        capsys, "--data-dir", folder, "--patient", " sam rivera ", "agenda", "--date", "2026-12-02"
    )
    assert code == 2 and "'MRN-1', 'MRN-2'" in err
    code, out, _ = run(capsys, "--data-dir", folder, "--patient", " mrn-2 ", "agenda", "--date", "2026-12-02")
    assert code == 0 and "Morning stretches" in out
    code, _, err = run(capsys, "--data-dir", folder, "--patient", "MRN-9", "agenda")
    assert code == 2 and "no patient named or identified 'MRN-9'" in err


def test_patients_in_an_empty_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--data-dir", str(tmp_path / "data"), "patients", "--json")
    assert code == 0 and json.loads(out) == []
