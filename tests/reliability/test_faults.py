"""Faults are named (shared/spec/cli.md): a damaged or emptied database, a read-only folder, a full disk.

Each used to end every command with "unexpected error" (exit 1), and a zero-length
database was silently made into a new, empty one. Now each command says which fault it
is and what to do, exits 2, keeps the damaged file exactly as it was, and the commands
that only read keep working where the database can be read.

The read-only folder and the full disk are real: a tmpfs mounted read-only, and a small
tmpfs filled to the last byte. (Running as root, chmod would stop nothing.) Those tests
are skipped, saying why, where mounting is not allowed.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from backplan.cli import main
from backplan.storage.database import DB_FILENAME

EXAMPLES = Path(__file__).resolve().parents[1] / "data" / "examples"
ACUTE = EXAMPLES / "acute-3-weeks.backplan.json"
BACKUP_NAME = "backplan-2026-11-30-daily.sqlite3"


def run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def _folder_with_backup(folder: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    assert run(capsys, "--data-dir", folder, "import", ACUTE)[0] == 0
    backup = folder / "backups" / BACKUP_NAME
    assert run(capsys, "--data-dir", folder, "backup", "--out", backup)[0] == 0
    return backup


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# What each command needs besides the data folder; none of them may change the file.
COMMANDS: dict[str, list[str]] = {
    "agenda": ["agenda", "--date", "2026-12-02"],
    "export": ["export", "--out", "{tmp}/out.backplan.json"],
    "report": ["report", "--out", "{tmp}/r.pdf", "--from", "2026-11-01", "--to", "2026-11-30"],
    "record": ["record", "pain", "3", "--at", "2026-12-02T10:00"],
    "import": ["import", "--replace", str(ACUTE)],
}


def _damage(db: Path, how: str) -> None:
    if how == "empty":
        db.write_bytes(b"")
    elif how == "not-a-database":
        db.write_bytes(b"these are not the bytes of a database\n" * 200)
    else:  # malformed: a sound header, every page after it overwritten
        data = bytearray(db.read_bytes())
        data[100:] = bytes((i * 7 + 3) % 251 for i in range(len(data) - 100))
        db.write_bytes(bytes(data))
    for side in ("-wal", "-shm"):
        Path(f"{db}{side}").unlink(missing_ok=True)


@pytest.mark.parametrize("how", ["empty", "not-a-database", "malformed"])
@pytest.mark.parametrize("command", list(COMMANDS))
def test_a_damaged_or_emptied_database_is_named_with_the_backup_and_kept(
    how: str, command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "data"
    backup = _folder_with_backup(folder, capsys)
    db = folder / DB_FILENAME
    _damage(db, how)
    before = _sha(db)

    args = [a.replace("{tmp}", str(tmp_path)) for a in COMMANDS[command]]
    code, out, err = run(capsys, "--data-dir", folder, *args)

    assert code == 2, err
    assert "unexpected" not in err and "Traceback" not in err
    assert "the database is damaged" in err
    assert f"backplan restore {backup}" in err, err  # the newest good backup, named
    assert _sha(db) == before, "the damaged file was changed"
    assert not list(folder.glob("backplan-corrupt-*")), "moved aside by a command that did not restore"
    # ... and restoring that backup, as the message says, brings the data back.
    assert run(capsys, "--data-dir", folder, "restore", backup)[0] == 0
    assert list(folder.glob("backplan-corrupt-*")) or how == "empty"
    code, out, err = run(capsys, "--data-dir", folder, "agenda", "--date", "2026-12-02")
    assert code == 0 and "Morning stretches" in out, err


def test_an_empty_database_with_no_earlier_data_is_a_first_start(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / DB_FILENAME).write_bytes(b"")  # what an interrupted first start leaves
    code, _, err = run(capsys, "--data-dir", folder, "import", ACUTE)
    assert code == 0, err


# --- real mounts: a read-only folder, a full disk ------------------------------------


def _mount(target: Path, *options: str) -> None:
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", ",".join(options), "tmpfs", str(target)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({done.stderr.strip() or done.returncode}): needs root")


@pytest.fixture()
def mount_point(tmp_path: Path) -> Iterator[Path]:
    if shutil.which("mount") is None or os.name != "posix":
        pytest.skip("needs mount(8) to make a real read-only folder and a real full disk")
    if os.geteuid() != 0:
        pytest.skip("needs root to mount a tmpfs (chmod cannot make a folder read-only for root)")
    target = tmp_path / "mnt"
    target.mkdir()
    yield target
    subprocess.run(["umount", "-l", str(target)], capture_output=True, check=False)


def _data_on_tmpfs(mount_point: Path, size: str, capsys: pytest.CaptureFixture[str]) -> Path:
    """A data folder with a patient and a backup, on a new tmpfs of ``size``."""
    _mount(mount_point, f"size={size}", "mode=0700")
    folder = mount_point / "data"
    _folder_with_backup(folder, capsys)
    return folder


def test_a_read_only_folder_still_answers_the_commands_that_read(
    mount_point: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _data_on_tmpfs(mount_point, "8m", capsys)
    db = folder / DB_FILENAME
    before = _sha(db)
    subprocess.run(["mount", "-o", "remount,ro", str(mount_point)], check=True)

    code, out, err = run(capsys, "--data-dir", folder, "agenda", "--date", "2026-12-02")
    assert code == 0 and "Morning stretches" in out, err
    out_file = tmp_path / "export.backplan.json"
    code, _, err = run(capsys, "--data-dir", folder, "export", "--out", out_file)
    assert code == 0 and out_file.stat().st_size > 0, err
    code, _, err = run(
        capsys,
        "--data-dir",
        folder,
        "report",
        "--out",
        tmp_path / "r.pdf",
        "--from",
        "2026-11-01",
        "--to",
        "2026-11-30",
    )
    assert code == 0, err

    for args in (["record", "pain", "3", "--at", "2026-12-02T10:00"], ["import", "--replace", ACUTE]):
        code, _, err = run(capsys, "--data-dir", folder, *args)
        assert code == 2, err
        assert "read-only" in err and "still work" in err and "unexpected" not in err
    code, _, err = run(capsys, "--data-dir", folder, "export", "--out", mount_point / "x.json")
    assert code == 2 and "read-only" in err, err
    assert _sha(db) == before


def test_a_full_disk_is_named_and_reading_still_works(
    mount_point: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _data_on_tmpfs(mount_point, "4m", capsys)
    # Fill the disk to the last byte.
    with open(mount_point / "filler", "wb") as fh, pytest.raises(OSError):
        while True:
            fh.write(b"\0" * 65536)
            fh.flush()
    assert shutil.disk_usage(mount_point).free == 0

    for args in (
        ["record", "pain", "3", "--at", "2026-12-02T10:00"],
        ["import", "--replace", ACUTE],
        ["export", "--out", mount_point / "export.backplan.json"],
    ):
        code, _, err = run(capsys, "--data-dir", folder, *args)
        assert code == 2, err
        assert "the disk is full" in err and "free some space" in err and "unexpected" not in err
    code, out, err = run(capsys, "--data-dir", folder, "agenda", "--date", "2026-12-02")
    assert code == 0 and "Morning stretches" in out, err
    assert not list(mount_point.glob(".export.backplan.json.*")), "a temporary file was left behind"
    # Space freed: the same command works, and nothing was lost meanwhile.
    (mount_point / "filler").unlink()
    code, _, err = run(capsys, "--data-dir", folder, "record", "pain", "3", "--at", "2026-12-02T10:00")
    assert code == 0, err


def test_a_file_that_cannot_be_read_is_not_called_a_read_only_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Permission denied on a file given to import is that file's problem, not a write fault.

    (As root no permission stops a read, so the refusal is made where the file is opened.)
    """
    import errno

    import backplan.interchange.planfile as planfile

    def refuse(path: object, limit: int) -> bytes:
        raise PermissionError(errno.EACCES, "Permission denied", str(path))

    monkeypatch.setattr(planfile, "read_regular_file", refuse)
    code, _, err = run(capsys, "--data-dir", tmp_path / "data", "import", ACUTE)
    assert code == 2, err
    assert "permission denied" in err and "read-only" not in err and str(ACUTE) in err
