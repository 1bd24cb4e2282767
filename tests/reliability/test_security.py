"""Security: no network at all, a private data folder, nothing executed from a file,
user text shown as text.

The network test arms an audit hook (it sees every socket any Python code opens, even
ones made before a monkeypatch could reach them) and makes ``connect`` and
``create_connection`` raise, then runs a representative session through the command
line in-process: import, agenda, record, flare-up, export (file, FHIR, CSV), chart,
sheet, report, calendar, backup, restore. Qt is C++ and escapes both; where ``strace``
is installed a second test watches a real process for ``connect()`` calls instead.
"""

from __future__ import annotations

import ast
import os
import shutil
import socket
import stat
import subprocess
import sys
import unicodedata
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from backplan.cli import main
from backplan.domain.clock import FixedClock
from backplan.domain.codec import document_from_json

EXAMPLES = Path(__file__).resolve().parents[1] / "data" / "examples"
HISTORY = EXAMPLES / "with-history.backplan.json"
SRC = Path(__file__).resolve().parents[2] / "src" / "backplan"
PAYLOAD = '<img src="file:///etc/passwd">'

# --- no network ----------------------------------------------------------------------

_NETWORK_EVENTS = {"socket.connect", "socket.getaddrinfo", "socket.gethostbyname", "urllib.Request"}
_armed: list[list[str]] = []  # the list of the running test, while it watches


def _audit(event: str, args: tuple[Any, ...]) -> None:
    if _armed and event in _NETWORK_EVENTS:
        _armed[-1].append(f"{event}{args!r}"[:200])


sys.addaudithook(_audit)  # hooks cannot be removed; it records only while a test arms it


class _Watch:
    """Refuses and records every connection attempt made while it is on."""

    def __init__(self) -> None:
        self.attempts: list[str] = []

    def refuse(self, *args: Any, **kwargs: Any) -> Any:
        self.attempts.append(f"connect{args!r}"[:200])
        raise OSError("backplan must not use the network")

    def __enter__(self) -> _Watch:
        self._patch = pytest.MonkeyPatch()
        self._patch.setattr(socket.socket, "connect", self.refuse)
        self._patch.setattr(socket.socket, "connect_ex", self.refuse)
        self._patch.setattr(socket, "create_connection", self.refuse)
        _armed.append(self.attempts)
        return self

    def __exit__(self, *exc: object) -> None:
        _armed.remove(self.attempts)
        self._patch.undo()


SESSION_NOW = datetime(2026, 11, 5, 12, 0, tzinfo=UTC)


def session(data: Path, out: Path) -> list[list[str]]:
    """A day of use, as command lines: everything that reads, writes or renders."""
    return [
        ["import", str(HISTORY)],
        ["agenda", "--date", "2026-11-03"],
        ["agenda", "--json", "--days", "3"],
        ["record", "pain", "4", "--note", "after the walk", "--at", "2026-11-03T10:00"],
        ["record", "dose", "paracetamol", "--at", "2026-11-03T08:00"],
        ["flare-up", "start", "--at", "2026-11-04T09:00"],
        ["flare-up", "end", "--at", "2026-11-04T18:00"],
        ["export", "--out", str(out / "plan.backplan.json")],
        ["export", "--fhir", "--out", str(out / "plan.fhir.json")],
        ["export", "--csv", "log", "--out", str(out / "log.csv")],
        ["export", "--csv", "events", "--out", str(out / "events.csv")],
        ["chart", "--out", str(out / "chart.png")],
        ["sheet", "--out", str(out / "sheet.pdf"), "--week", "2026-11-02"],
        ["report", "--out", str(out / "report.pdf")],
        ["calendar", "--out", str(out / "plan.ics"), "--from", "2026-11-02"],
        ["backup", "--out", str(out / "by-hand.sqlite3")],
        ["restore", str(out / "by-hand.sqlite3")],
    ]


@pytest.fixture(scope="module")
def used_folder(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    """A data folder after a session of commands (and the window's settings), run with the
    network watched and the usual umask, which would leave new files 0644."""
    from backplan.ui.shell.settings import Settings

    base = tmp_path_factory.mktemp("session")
    data, out = base / "data", base / "out"
    out.mkdir()
    old = os.umask(0o022)
    try:
        # The commands' clock fixed just after the session's times: with the real one, a
        # dose "--at 2026-11-03T08:00" is in the future on a clock a year behind.
        with _Watch() as watch, pytest.MonkeyPatch.context() as patch:
            patch.setattr("backplan.bootstrap.SystemClock", lambda: FixedClock(SESSION_NOW))
            for args in session(data, out):
                code = main(["--data-dir", str(data), *args])
                assert code == 0, f"backplan {' '.join(args)}: exit {code}"
        settings = Settings.for_data_dir(data)
        settings.grace_minutes = 90
        settings.last_section = "log"
        settings.sync()
        del settings
    finally:
        os.umask(old)
    return data, watch.attempts


def test_a_session_of_commands_opens_no_connection(used_folder: tuple[Path, list[str]]) -> None:
    _, attempts = used_folder
    assert attempts == []


def test_the_watch_sees_a_connection_attempt() -> None:
    """Without this, an empty list above could mean the watch saw nothing at all."""
    with _Watch() as watch, pytest.raises(OSError):
        socket.create_connection(("192.0.2.1", 80), timeout=0.1)
    assert watch.attempts and any("socket.connect" in a or "connect(" in a for a in watch.attempts)


@pytest.mark.skipif(shutil.which("strace") is None, reason="strace is not installed")
def test_a_real_process_makes_no_network_connect_call(tmp_path: Path) -> None:
    """strace sees every connect() a process makes, Qt's and the C libraries' included."""
    data, out = tmp_path / "data", tmp_path / "out"
    out.mkdir()
    log = tmp_path / "strace.log"
    # The commands that bring in Qt, matplotlib and the exporters; the rest is SQLite.
    wanted = ("import", "sheet", "report", "chart")
    commands = [args for args in session(data, out) if args[0] in wanted]
    script = (
        "import sys\nfrom backplan.cli import main\n"
        f"for args in {commands!r}:\n"
        f"    assert main(['--data-dir', {str(data)!r}, *args]) == 0, args\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MPLBACKEND": "Agg"}
    probe = subprocess.run(["strace", "-o", os.devnull, "true"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip("strace cannot trace here (no ptrace)")
    tracer = ["strace", "-f", "--seccomp-bpf", "-e", "trace=connect,sendto", "-o", str(log)]
    done = subprocess.run(
        [*tracer, sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    calls = [line for line in log.read_text().splitlines() if "AF_INET" in line]
    assert calls == [], "network calls:\n" + "\n".join(calls[:10])


# --- a private data folder -----------------------------------------------------------


def test_everything_in_the_data_folder_is_private_after_a_session(
    used_folder: tuple[Path, list[str]],
) -> None:
    data, _ = used_folder
    names = {p.name for p in data.rglob("*")}
    assert {"backplan.sqlite3", "backups", "settings.ini"} <= names
    assert any(n.endswith("-before-restore.sqlite3") for n in names)
    assert loose_modes(data) == []


def loose_modes(folder: Path) -> list[str]:
    """Everything under ``folder`` (itself included) not 0700 for folders or 0600 for files."""
    found = []
    for path in [folder, *sorted(folder.rglob("*"))]:
        mode, want = stat.S_IMODE(path.stat().st_mode), 0o700 if path.is_dir() else 0o600
        if mode != want:
            found.append(f"{path.relative_to(folder.parent)}: {oct(mode)}, expected {oct(want)}")
    return found


# --- nothing executed from a file --------------------------------------------------------

_FORBIDDEN_MODULES = {"pickle", "cPickle", "marshal", "shelve", "dill", "yaml"}
_FORBIDDEN_CALLS = {"eval", "exec", "compile", "__import__"}


def test_no_code_runs_anything_it_reads() -> None:
    """No pickle, marshal or shelve imported; no eval, exec or compile called."""
    found = []
    for path in sorted(SRC.rglob("*.py")):
        tree = ast.parse(path.read_text("utf-8"), str(path))
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [alias.name.split(".")[0] for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and not node.level:
                names = [(node.module or "").split(".")[0]]
            if any(n in _FORBIDDEN_MODULES for n in names):
                found.append(f"{path.relative_to(SRC)}:{node.lineno}: imports {names}")
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in _FORBIDDEN_CALLS
            ):
                found.append(f"{path.relative_to(SRC)}:{node.lineno}: calls {node.func.id}()")
    assert found == []


# --- user text is text -------------------------------------------------------------------


def _pdf_text(pdf: Path) -> str:
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    # Fonts join "fi" into one glyph; words wrap at the page edge.
    return "".join(unicodedata.normalize("NFKC", text).split())


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) missing")
def test_markup_in_user_text_is_printed_literally(tmp_path: Path) -> None:
    sheet_module = pytest.importorskip("backplan.reports.sheet")
    report_module = pytest.importorskip("backplan.reports.report")
    import json

    from backplan.safety.catalogue import load_catalogue

    raw = json.loads(HISTORY.read_text("utf-8"))
    raw["plan"]["notes"] = f"{PAYLOAD} plan"
    raw["medications"][0]["instructions"] = f"{PAYLOAD} medicine"
    raw["activities"][0]["notes"] = f"{PAYLOAD} activity"
    for entry in raw["log"]:
        entry["note"] = f"{PAYLOAD} log"
    doc = document_from_json(raw)
    catalogue = load_catalogue()
    sheet, report = tmp_path / "sheet.pdf", tmp_path / "report.pdf"
    sheet_module.write_sheet(doc, sheet, week=date(2026, 11, 2), catalogue=catalogue)
    report_module.write_report(
        doc, report, None, None, catalogue=catalogue, now=datetime(2026, 11, 23, tzinfo=UTC)
    )
    literal = "".join(PAYLOAD.split())
    sheet_text, report_text = _pdf_text(sheet), _pdf_text(report)
    for where in ("plan", "medicine", "activity"):
        assert literal + where in sheet_text, f"the sheet lost the {where} text or rendered it as markup"
    assert literal + "log" in report_text, "the report lost the log note or rendered it as markup"
