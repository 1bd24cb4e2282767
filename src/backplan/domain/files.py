"""Files that hold health data: the one way backplan writes them, and reads a file given to it.

Every file backplan writes (an export, a report, a chart, a sheet, a calendar, a backup,
the settings) holds health data, so each one is written the same way (shared/spec/cli.md):

* to a new temporary file in the same folder, created readable by the user alone (0600,
  whatever the umask), with a name nothing else uses, so two writers at once never share
  one;
* flushed to the disk, then renamed over the target. A reader sees the old file or the
  whole new one, never half; a symbolic link already at the target is replaced by the
  file, never followed (an attacker's link to a file elsewhere is not overwritten, and
  that file's looser mode is not inherited);
* on any failure the temporary file is removed and the target is left as it was.

And every file backplan is given to read (an import, a restore) must be a regular file:
a named pipe would block the reader forever, a device would be read without end.
``read_regular_file`` opens without blocking and checks what it opened.

This module lives in ``domain`` because it is the one layer every writer may import
(interchange, storage, reports); it needs only the standard library.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

PRIVATE_FILE_MODE = 0o600


class NotARegularFile(OSError):
    """A path given to read is a folder, a named pipe, a device or a socket."""

    def __init__(self, path: str, kind: str) -> None:
        super().__init__(f"{path}: this is {kind}, not a regular file")
        self.path = path
        self.kind = kind


def file_kind(mode: int) -> str:
    """What a ``st_mode`` says the path is, in words a message can use."""
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISREG(mode):
        return "a regular file"
    return "a special file"  # pragma: no cover - door files and the like


def read_regular_file(path: str | os.PathLike[str], limit: int) -> bytes:
    """At most ``limit + 1`` bytes of a regular file; refuses anything else at once.

    ``O_NONBLOCK`` makes opening a named pipe return instead of waiting for a writer,
    and ``fstat`` on the open descriptor checks what was opened (not what the name
    pointed to a moment before). Symbolic links are followed: a link to a plan file is
    a fine thing to import.
    """
    name = os.fspath(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(name, flags)
    except IsADirectoryError:
        raise NotARegularFile(name, "a folder") from None
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise NotARegularFile(name, file_kind(mode))
        with contextlib.suppress(AttributeError, OSError):
            os.set_blocking(fd, True)  # a regular file: ordinary reads from here on
        with os.fdopen(fd, "rb", closefd=True) as fh:
            fd = -1
            return fh.read(limit + 1)
    finally:
        if fd >= 0:
            os.close(fd)


def _directory_of(target: Path) -> Path:
    return target.parent if str(target.parent) else Path(".")


@contextlib.contextmanager
def private_temp_file(target: Path) -> Iterator[Path]:
    """A new, empty 0600 file next to ``target``, renamed over ``target`` when the block ends.

    For writers that need a path of their own (SQLite's backup API, a PDF writer): they
    write to the yielded path; when the block ends normally the file is flushed to disk
    and renamed into place (replacing a symbolic link, never following it). When the
    block raises, the temporary file is removed and ``target`` is untouched.
    """
    directory = _directory_of(target)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    os.close(fd)  # mkstemp made it 0600 whatever the umask
    tmp = Path(tmp_name)
    try:
        yield tmp
        os.chmod(tmp, PRIVATE_FILE_MODE)  # in case the writer recreated the file
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    _sync_directory(directory)


def write_private_bytes(target: Path, data: bytes) -> None:
    """Writes ``data`` to ``target`` privately and atomically (see the module's docstring)."""
    with private_temp_file(Path(target)) as tmp, open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()


def write_private_text(target: Path, text: str) -> None:
    """``write_private_bytes`` for text, as UTF-8."""
    write_private_bytes(target, text.encode("utf-8"))


def create_private_file(path: Path) -> bool:
    """Creates ``path`` empty and 0600 if nothing is there; True if it made it.

    For files another library writes later (the settings), so that they never exist
    with looser rights, not even for a moment. ``O_EXCL`` never follows a symbolic link.
    """
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_FILE_MODE)
    except FileExistsError:
        return False
    os.close(fd)
    return True


def _sync_directory(directory: Path) -> None:
    """Makes the rename itself durable (a power cut must not bring back the old file)."""
    if not hasattr(os, "O_DIRECTORY"):  # pragma: no cover - Windows syncs renames itself
        return
    with contextlib.suppress(OSError):
        fd = os.open(directory, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


__all__ = [
    "PRIVATE_FILE_MODE",
    "NotARegularFile",
    "create_private_file",
    "file_kind",
    "private_temp_file",
    "read_regular_file",
    "write_private_bytes",
    "write_private_text",
]
