"""Clinic mode from the command line, and two processes editing the same plan.

Runs once per engine. In the PostgreSQL run the ``database_url`` fixture puts the
test database's URL in BACKPLAN_DATABASE_URL, as a clinic workstation would have it,
so ``backplan --data-dir ...`` and the child processes below reach the server while the
data folder keeps only backups.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from backplan.cli import main

EXAMPLES = Path(__file__).resolve().parents[1] / "data" / "examples"
ACUTE = EXAMPLES / "acute-3-weeks.backplan.json"
HISTORY = EXAMPLES / "with-history.backplan.json"

# A second process with a plan open: it reads the revision, says "ready", waits for
# the word to save, and reports what happened (exit 0 saved, 4 told of a conflict).
EDITOR = textwrap.dedent(
    """
    import sys
    from dataclasses import replace
    from pathlib import Path

    from backplan.bootstrap import open_services
    from backplan.services.errors import ConflictError

    folder, title = Path(sys.argv[1]), sys.argv[2]
    services = open_services(folder)
    pid = services.resolve_patient(None)
    revision = services.plan_revision(pid)
    doc = services.document(pid, with_history=False)
    print("ready", revision, flush=True)
    sys.stdin.readline()
    try:
        services.save_plan(
            pid, doc.patient, replace(doc.plan, title=title), doc.medications, doc.activities,
            expected_revision=revision,
        )
    except ConflictError as exc:
        print("conflict:", exc, flush=True)
        sys.exit(4)
    finally:
        services.db.dispose()
    print("saved", flush=True)
    """
)


def run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_the_command_line_round_trip_and_backup_on_both_engines(
    database_url: str | None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "data"
    assert run(capsys, "--data-dir", folder, "import", HISTORY)[0] == 0
    assert not (folder / "backplan.sqlite3").exists() or database_url is None  # the server holds the data
    out = tmp_path / "export.backplan.json"
    assert run(capsys, "--data-dir", folder, "export", "--out", out)[0] == 0
    exported = json.loads(out.read_text("utf-8"))
    original = json.loads(HISTORY.read_text("utf-8"))
    # The export writes events in time order; the example lists them as they were made.
    assert exported["plan"] == original["plan"] and exported["log"] == original["log"]
    assert sorted(map(json.dumps, exported["events"])) == sorted(map(json.dumps, original["events"]))

    bundle = tmp_path / "clinic-backup.zip"
    code, _, err = run(capsys, "--data-dir", folder, "backup", "--out", bundle)
    assert code == 0, err
    assert run(capsys, "--data-dir", folder, "record", "pain", "7", "--note", "after the backup")[0] == 0
    code, _, err = run(capsys, "--data-dir", folder, "restore", bundle)
    assert code == 0, err
    again = tmp_path / "again.backplan.json"
    assert run(capsys, "--data-dir", folder, "export", "--out", again)[0] == 0
    assert json.loads(again.read_text("utf-8")) == exported  # the pain entry after it is gone


def test_the_database_url_option_reaches_the_server(
    database_url: str | None, engine: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    if database_url is None:
        pytest.skip("the option names a server; the SQLite run has none")
    monkeypatch.delenv("BACKPLAN_DATABASE_URL")
    folder = tmp_path / "data"
    code, _, err = run(capsys, "--data-dir", folder, "--database-url", database_url, "import", ACUTE)
    assert code == 0, err
    code, out, _ = run(
        capsys, "agenda", "--json", "--date", "2026-12-01", "--data-dir", folder,
        "--database-url", database_url,
    )
    assert code == 0 and json.loads(out)
    # Without the option, the same folder is its own (empty) SQLite database.
    code, _, err = run(capsys, "--data-dir", folder, "agenda")
    assert code == 2 and "no patient yet" in err


def test_a_url_with_a_password_is_refused_and_not_repeated(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = "postgresql+psycopg://therapist:hunter2@db.clinic.example/backplan"
    code, _, err = run(capsys, "--data-dir", tmp_path, "--database-url", url, "agenda")
    assert code == 2
    assert "contains a password" in err and "PGPASSWORD" in err
    assert "hunter2" not in err


def test_two_processes_editing_the_same_plan_the_second_is_told(
    database_url: str | None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "data"
    assert run(capsys, "--data-dir", folder, "import", ACUTE)[0] == 0
    editors = [
        subprocess.Popen(
            [sys.executable, "-c", EDITOR, str(folder), f"saved by process {n}"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in (1, 2)
    ]
    try:
        for editor in editors:  # both have the plan open at the same revision
            assert editor.stdout is not None
            assert editor.stdout.readline().split()[0] == "ready"
        results = []
        for editor in editors:  # the first saves, then the second
            out, err = editor.communicate("go\n", timeout=60)
            results.append((editor.returncode, out.strip(), err))
    finally:
        for editor in editors:
            if editor.poll() is None:
                editor.kill()
    assert results[0][0] == 0 and results[0][1] == "saved", results[0]
    assert results[1][0] == 4, results[1]
    assert results[1][1].startswith("conflict: the plan was changed elsewhere")
    out = tmp_path / "now.backplan.json"
    assert run(capsys, "--data-dir", folder, "export", "--out", out)[0] == 0
    assert json.loads(out.read_text("utf-8"))["plan"]["title"] == "saved by process 1"
