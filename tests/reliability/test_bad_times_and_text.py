"""Bad times and hostile text are bad input (shared/spec/cli.md): exit 2 or shown safely.

A date outside 1900-2199 used to reach the schedule and end in an OverflowError (exit 1,
"unexpected"); a lone surrogate (undecodable bytes in an option, or a "\\udc80" escape
in a file) in an UnicodeEncodeError; and escape codes in a name went to the terminal raw.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from backplan.cli import main

EXAMPLES = Path(__file__).resolve().parents[1] / "data" / "examples"
ACUTE = EXAMPLES / "acute-3-weeks.backplan.json"


def run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    """The command in-process; argparse's own refusals end in SystemExit(2)."""
    try:
        code = main([str(a) for a in args])
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture()
def data(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    folder = tmp_path / "data"
    assert run(capsys, "--data-dir", folder, "import", ACUTE)[0] == 0
    return folder


@pytest.mark.parametrize(
    "args",
    [
        ["agenda", "--date", "9999-12-31"],
        ["agenda", "--date", "1899-12-31"],
        ["agenda", "--date", "2199-12-31", "--days", "2"],
        ["record", "pain", "3", "--at", "9999-12-31T23:59"],
        ["record", "pain", "3", "--at", "0001-01-01T00:00"],
        ["record", "dose", "ibuprofen", "--at", "9999-12-31T23:59"],
        ["record", "stock", "ibuprofen", "20", "--at", "9999-12-31T23:59"],
        ["flare-up", "start", "--at", "9999-12-31T23:59"],
        ["calendar", "--from", "9999-12-01", "--out", "{tmp}/c.ics"],
        ["calendar", "--from", "2199-12-01", "--out", "{tmp}/c.ics"],
        ["chart", "--from", "2026-01-01", "--to", "9999-12-31", "--out", "{tmp}/c.png"],
        ["report", "--from", "0001-01-01", "--out", "{tmp}/r.pdf"],
        ["sheet", "--week", "9999-12-31", "--out", "{tmp}/s.pdf"],
    ],
    ids=lambda a: " ".join(a[:3]),
)
def test_a_date_outside_1900_to_2199_is_bad_input(
    args: list[str], data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = [a.replace("{tmp}", str(tmp_path)) for a in args]
    code, _, err = run(capsys, "--data-dir", data, *args)
    assert code == 2, err
    assert "Traceback" not in err and "unexpected" not in err
    assert "2199" in err  # the message says which years work


def test_the_last_day_in_range_still_works(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--data-dir", data, "agenda", "--date", "2199-12-31")
    assert code == 0, err


@pytest.mark.parametrize(
    ("where", "value"),
    [
        (("plan", "start"), "9999-12-30"),
        (("plan", "start"), "1899-12-31"),
        (("log", 0, "at"), "9999-12-31T23:59:00+00:00"),
        (("medications", 0, "start"), "2200-01-01"),
    ],
)
def test_a_date_outside_the_range_in_a_file_is_refused_with_its_path(
    where: tuple[str | int, ...], value: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = json.loads(ACUTE.read_text("utf-8"))
    if where[0] == "log":
        doc["log"] = [{"at": value, "pain": 3}]
    else:
        target = doc
        for key in where[:-1]:
            target = target[key]
        target[where[-1]] = value
    path = tmp_path / "far.backplan.json"
    path.write_text(json.dumps(doc), "utf-8")
    code, _, err = run(capsys, "--data-dir", tmp_path / "data", "import", path)
    assert code == 2, err
    dotted = ".".join(str(k) if isinstance(k, str) else f"[{k}]" for k in where).replace(".[", "[")
    assert str(path) in err and dotted in err and "1900 to 2199" in err, err
    assert not (tmp_path / "data" / "backplan.sqlite3").exists() or "imported" not in err


def test_a_course_that_ends_after_2199_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = json.loads(ACUTE.read_text("utf-8"))
    med = doc["medications"][0]
    med.pop("end", None)
    med["start"] = "2199-12-01"
    med["days"] = 40
    path = tmp_path / "long.backplan.json"
    path.write_text(json.dumps(doc), "utf-8")
    code, _, err = run(capsys, "--data-dir", tmp_path / "data", "import", path)
    assert code == 2 and "days" in err and "2199-12-31" in err, err


def test_a_lone_surrogate_in_a_file_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = ACUTE.read_text("utf-8")
    doc = json.loads(text)
    name = doc["patient"]["name"]
    path = tmp_path / "surrogate.backplan.json"
    path.write_text(text.replace(json.dumps(name), json.dumps(name)[:-1] + '\\udc80"', 1), "utf-8")
    code, _, err = run(capsys, "--data-dir", tmp_path / "data", "import", path)
    assert code == 2, err
    assert "patient.name" in err and "surrogate" in err and "Traceback" not in err


@pytest.mark.parametrize(
    "args",
    [
        ["record", "pain", "3", "--at", "2026-12-02T10:00", "--note", "caf\udcc3"],
        ["--patient", "\udcff", "agenda", "--date", "2026-12-02"],
        ["record", "dose", "ibu\udcffprofen", "--at", "2026-12-02T10:00"],
    ],
)
def test_undecodable_bytes_in_an_option_are_bad_input(
    args: list[str], data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "--data-dir", data, *args)
    assert code == 2, err
    assert "not valid text" in err


ESCAPES = "\x1b[2J\x1b]0;owned\x07\x9b31m\u202e"


def test_escape_codes_in_a_file_are_shown_as_escapes_on_the_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = json.loads(ACUTE.read_text("utf-8"))
    doc["patient"]["name"] = "Eve" + ESCAPES
    for act in doc["activities"]:
        act["title"] = "Walk" + ESCAPES
    path = tmp_path / "hostile.backplan.json"
    path.write_text(json.dumps(doc), "utf-8")
    folder = tmp_path / "data"
    code, _, err = run(capsys, "--data-dir", folder, "import", path)
    assert code == 0, err
    code, out, err2 = run(capsys, "--data-dir", folder, "agenda", "--date", "2026-12-02")
    assert code == 0, err2
    code, json_out, _ = run(capsys, "--data-dir", folder, "agenda", "--date", "2026-12-02", "--json")
    assert code == 0
    code, listed, _ = run(capsys, "--data-dir", folder, "patients")
    assert code == 0 and "Eve\\x1b[2J" in listed
    code, listed_json, _ = run(capsys, "--data-dir", folder, "patients", "--json")
    assert code == 0 and json.loads(listed_json)[0]["name"] == "Eve" + ESCAPES
    for shown in (err, out, err2, json_out, listed, listed_json):
        assert not any(ch in shown for ch in "\x1b\x07\x9b\u202e"), repr(shown)
    assert "Eve\\x1b[2J\\x1b]0;owned\\x07\\x9b31m\\u202e" in err
    assert "Walk\\x1b[2J" in out
    # The JSON still says exactly what the file said.
    titles = {item["title"] for item in json.loads(json_out)}
    assert "Walk" + ESCAPES in titles
