"""Reading and writing `.backplan.json` files (shared/spec/plan-format.md).

The domain codec knows the rules for values; this module adds what only a file has:
its size, its encoding, JSON syntax, duplicate keys, and the file name in every
message. Reading never writes anything, so an import can be all-or-nothing.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from backplan.domain.codec import Warnings, document_from_json, document_to_json
from backplan.domain.errors import ValidationError
from backplan.domain.files import NotARegularFile, read_regular_file, write_private_bytes, write_private_text
from backplan.domain.model import PlanDocument

MAX_FILE_BYTES = 64 * 1024 * 1024
SUFFIX = ".backplan.json"


class PlanFileError(ValueError):
    """A file that cannot be imported; the message names the file, the path and why."""

    def __init__(self, file: str, path: str, message: str) -> None:
        self.file = file
        self.path = path
        self.message = message
        where = f"{file}: {path}: " if path else f"{file}: "
        super().__init__(where + message)


@dataclass(frozen=True)
class ReadResult:
    document: PlanDocument
    warnings: list[str] = field(default_factory=list)


class _DuplicateKey(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise _DuplicateKey(key)
        out[key] = value
    return out


def _no_constants(token: str) -> Any:
    raise ValueError(f"{token} is not a JSON number")


def decode(raw: bytes, file: str) -> Any:
    """Bytes to JSON values, refusing what JSON itself would let slip."""
    if len(raw) > MAX_FILE_BYTES:
        raise PlanFileError(file, "", f"the file is {len(raw):,} bytes; at most 64 MiB is allowed")
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise PlanFileError(
            file, "", f"the file is not UTF-8 text (bad byte at offset {exc.start})"
        ) from None
    if not text.strip():
        raise PlanFileError(file, "", "the file is empty; expected a backplan JSON document")
    try:
        return json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constants)
    except _DuplicateKey as exc:
        raise PlanFileError(file, "", f"the key {exc.key!r} appears twice in one object") from None
    except json.JSONDecodeError as exc:
        raise PlanFileError(
            file, "", f"not valid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
        ) from None
    except ValueError as exc:
        raise PlanFileError(file, "", f"not valid JSON: {exc}") from None
    except RecursionError:
        raise PlanFileError(file, "", "the JSON is nested too deeply") from None


def parse_bytes(raw: bytes, file: str = "<input>") -> ReadResult:
    data = decode(raw, file)
    warnings = Warnings()
    try:
        doc = document_from_json(data, warnings)
    except ValidationError as exc:
        raise PlanFileError(file, exc.path, exc.message) from None
    except RecursionError:
        raise PlanFileError(file, "", "the JSON is nested too deeply") from None
    return ReadResult(doc, list(warnings))


def read_plan_file(path: str | os.PathLike[str]) -> ReadResult:
    file = os.fspath(path)
    try:
        raw = read_regular_file(file, MAX_FILE_BYTES)  # one byte over: decode refuses it
    except NotARegularFile as exc:
        # A named pipe would wait forever for a writer, a device read without end.
        raise PlanFileError(file, "", f"this is {exc.kind}; only a regular file can be imported") from None
    except FileNotFoundError:
        raise PlanFileError(file, "", "no such file") from None
    except PermissionError:
        raise PlanFileError(file, "", "permission denied") from None
    except OSError as exc:
        raise PlanFileError(file, "", f"cannot be read ({exc.strerror})") from None
    return parse_bytes(raw, file)


def dumps(doc: PlanDocument) -> str:
    return json.dumps(document_to_json(doc), ensure_ascii=False, indent=2) + "\n"


def write_plan_file(doc: PlanDocument, path: str | os.PathLike[str]) -> None:
    """Writes atomically: a crash leaves either the old file or the whole new one."""
    atomic_write_text(Path(path), dumps(doc))


def atomic_write_text(target: Path, text: str) -> None:
    """Private (0600) and atomic: see ``domain.files``, the one writer of every output."""
    write_private_text(target, text)


def atomic_write_bytes(target: Path, data: bytes) -> None:
    """Private (0600) and atomic: see ``domain.files``, the one writer of every output."""
    write_private_bytes(target, data)
