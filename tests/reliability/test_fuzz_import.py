"""Bad input: the importer accepts a file or refuses it with a message, nothing else.

Hypothesis feeds it random JSON values, the example plans with random mutations (a key
deleted, a value of another type, a random string or number, a list item doubled, any
value swapped for random JSON) and random bytes. Every input must either be accepted
or be refused with ``PlanFileError`` (reading) / ``UsageError`` (the service), with a
message: never another exception. A refused import through the service on a real data
folder must leave the database exactly as it was, and every accepted document must
come back unchanged from ``document_to_json`` -> ``document_from_json``.

The number of cases per test is printed; ``BACKPLAN_FUZZ_SCALE`` (default 1)
multiplies it for a longer hunt.
"""

from __future__ import annotations

import copy
import dataclasses
import json
import os
import sqlite3
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from backplan.bootstrap import open_services
from backplan.cli import main
from backplan.domain.clock import FixedClock
from backplan.domain.codec import document_from_json, document_to_json
from backplan.domain.model import PlanDocument
from backplan.interchange.planfile import PlanFileError, parse_bytes
from backplan.services.errors import UsageError
from backplan.storage.database import DB_FILENAME

EXAMPLES = sorted((Path(__file__).resolve().parents[1] / "data" / "examples").glob("*.backplan.json"))
SCALE = float(os.environ.get("BACKPLAN_FUZZ_SCALE", "1"))
NOW = datetime(2026, 12, 1, 13, 30, tzinfo=UTC)


def snapshot(db: Path) -> tuple[dict[str, int], list[str]]:
    """Row counts per table and every row as SQL: what a partial write would change."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        rows = {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
        return rows, list(conn.iterdump())
    finally:
        conn.close()


def examples(n: int) -> int:
    return max(1, int(n * SCALE))


def fuzz_settings(n: int) -> settings:
    # No example database: each run explores afresh, and nothing is written to the tree.
    return settings(
        max_examples=examples(n),
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )


# --- strategies ------------------------------------------------------------------------

json_scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=30)
)
json_values = st.recursive(
    json_scalars,
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=12), inner, max_size=5),
    max_leaves=30,
)
VALID = [json.loads(p.read_text("utf-8")) for p in EXAMPLES]
# Strings a plan file holds in special places: dates, times, ids, rules, zones, enums.
tricky_strings = st.sampled_from(
    [
        "", " ", "2026-02-30", "2026-13-01", "24:00", "07:60", "FREQ=DAILY;COUNT=0",
        "FREQ=SECONDLY", "Not/AZone", "UTC", "as_needed", "done", "heat", "-1", "1e309",
        "2026-11-01T02:30:00", "2026-11-01T02:30:00+25:00", "x" * 300, "é\u0000\ud7ff",
    ]
) | st.text(max_size=40)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place in a JSON value, as a tuple of keys and indexes."""
    found = [prefix]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _paths(item, (*prefix, index))
    return found


def _parent(doc: Any, path: tuple[Any, ...]) -> Any:
    for step in path[:-1]:
        doc = doc[step]
    return doc


@st.composite
def mutated_documents(draw: st.DrawFn) -> Any:
    """A valid example with one to four random mutations."""
    doc = copy.deepcopy(draw(st.sampled_from(VALID)))
    for _ in range(draw(st.integers(1, 4))):
        paths = [p for p in _paths(doc) if p]
        if not paths:
            break
        path = draw(st.sampled_from(paths))
        parent, last = _parent(doc, path), path[-1]
        op = draw(
            st.sampled_from(["delete", "retype", "string", "number", "duplicate", "random", "null"])
        )
        if op == "delete":
            del parent[last]
        elif op == "retype":
            current = parent[last]
            parent[last] = draw(
                st.sampled_from(
                    [[current], {"value": current}, str(current), 1, 1.5, True, None]
                )
            )
        elif op == "string":
            parent[last] = draw(tricky_strings)
        elif op == "number":
            parent[last] = draw(
                st.integers(-(2**40), 2**40) | st.floats(allow_nan=False, allow_infinity=False)
            )
        elif op == "duplicate":
            lists = [p for p in _paths(doc) if isinstance(_get(doc, p), list) and _get(doc, p)]
            if lists:
                target = _get(doc, draw(st.sampled_from(lists)))
                target.append(copy.deepcopy(draw(st.sampled_from(target))))
        elif op == "random":
            parent[last] = draw(json_values)
        else:
            parent[last] = None
    return doc


def _get(doc: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        doc = doc[step]
    return doc


def encode(value: Any) -> bytes:
    # allow_nan: a file may hold NaN or Infinity tokens, which the reader must refuse.
    return json.dumps(value, ensure_ascii=False, allow_nan=True).encode("utf-8", "surrogatepass")


@st.composite
def damaged_bytes(draw: st.DrawFn) -> bytes:
    """A valid file with bytes flipped, cut short or spliced: what a bad copy gives."""
    raw = bytearray(EXAMPLES[draw(st.integers(0, len(EXAMPLES) - 1))].read_bytes())
    op = draw(st.sampled_from(["flip", "truncate", "splice"]))
    if op == "flip":
        for _ in range(draw(st.integers(1, 8))):
            raw[draw(st.integers(0, len(raw) - 1))] = draw(st.integers(0, 255))
    elif op == "truncate":
        del raw[draw(st.integers(0, len(raw) - 1)) :]
    else:
        at = draw(st.integers(0, len(raw)))
        raw[at:at] = draw(st.binary(max_size=40))
    return bytes(raw)


any_input = (
    json_values.map(encode)
    | mutated_documents().map(encode)
    | st.binary(max_size=300)
    | damaged_bytes()
)


# --- the checks ------------------------------------------------------------------------


def _read(raw: bytes) -> PlanDocument | None:
    """The document, or None when refused with a proper message; anything else fails."""
    try:
        return parse_bytes(raw, "fuzz.backplan.json").document
    except PlanFileError as exc:
        assert exc.message.strip(), "a refusal must say why"
        assert str(exc).startswith("fuzz.backplan.json: "), "a refusal names the file"
        return None


def _round_trips(doc: PlanDocument) -> None:
    """Written and read back, the document is the same one.

    The writer puts the log and the events in time order (the file format's order), so
    the document is compared with its own history in that order.
    """
    written = json.loads(json.dumps(document_to_json(doc, all_sections=False)))
    again = document_from_json(written)
    assert again == in_file_order(doc)
    assert document_to_json(again, all_sections=False) == written


def in_file_order(doc: PlanDocument, *, keep_sections: bool = True) -> PlanDocument:
    """The document with its history in time order (and, if asked, no section record)."""
    return dataclasses.replace(
        doc,
        log=tuple(sorted(doc.log, key=lambda e: e.at)),
        events=tuple(sorted(doc.events, key=lambda e: e.sort_key)),
        present_sections=doc.present_sections if keep_sections else frozenset(),
    )


def _run(name: str, strategy: st.SearchStrategy[bytes], n: int, capsys: Any) -> None:
    tally: Counter[str] = Counter()

    @fuzz_settings(n)
    @given(raw=strategy)
    def check(raw: bytes) -> None:
        doc = _read(raw)
        tally["accepted" if doc is not None else "refused"] += 1
        if doc is not None:
            _round_trips(doc)

    check()
    with capsys.disabled():
        print(f"\nfuzz {name}: {sum(tally.values())} cases, {tally['accepted']} accepted, "
              f"{tally['refused']} refused with a message")
    assert tally["refused"] > 0


def test_random_json_values_are_refused_with_a_message(capsys: pytest.CaptureFixture[str]) -> None:
    _run("random JSON", json_values.map(encode), 250, capsys)


def test_mutated_valid_files_are_accepted_or_refused_with_a_message(
    capsys: pytest.CaptureFixture[str],
) -> None:
    _run("mutated examples", mutated_documents().map(encode), 800, capsys)


def test_random_and_damaged_bytes_are_refused_with_a_message(capsys: pytest.CaptureFixture[str]) -> None:
    _run("random and damaged bytes", st.binary(max_size=500) | damaged_bytes(), 1000, capsys)


def test_a_refused_import_never_writes_anything(
    tmp_path: Path, acute_doc: PlanDocument, capsys: pytest.CaptureFixture[str]
) -> None:
    """Through the service, on a real data folder that already holds a patient."""
    folder = tmp_path / "data"
    services = open_services(folder, FixedClock(NOW))
    services.import_document(acute_doc)
    db = folder / DB_FILENAME
    tally: Counter[str] = Counter()
    file = tmp_path / "fuzz.backplan.json"

    @fuzz_settings(300)
    @given(raw=any_input, replace=st.booleans())
    def check(raw: bytes, replace: bool) -> None:
        file.write_bytes(raw)
        before = snapshot(db)
        try:
            result = services.import_file(file, replace=replace)
        except UsageError as exc:
            assert str(exc).strip()
            assert snapshot(db) == before, "a refused import wrote to the database"
            tally["refused"] += 1
            return
        tally["accepted"] += 1
        # What the database gives back is what the file said.
        read = parse_bytes(raw).document
        stored = services.document(result.patient_id)
        assert in_file_order(stored, keep_sections=False) == in_file_order(read, keep_sections=False)

    try:
        check()
    finally:
        services.db.dispose()
    with capsys.disabled():
        print(f"\nfuzz service import: {sum(tally.values())} cases on a real data folder, "
              f"{tally['accepted']} accepted, {tally['refused']} refused without a write")
    assert tally["refused"] > 0


def test_the_command_line_exits_0_or_2_and_never_shows_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "data"
    file = tmp_path / "fuzz.backplan.json"
    codes: Counter[int] = Counter()

    @fuzz_settings(40)
    @given(raw=any_input)
    def check(raw: bytes) -> None:
        file.write_bytes(raw)
        code = main(["--data-dir", str(folder), "import", "--replace", str(file)])
        err = capsys.readouterr().err
        assert code in (0, 2), err
        assert "Traceback" not in err and "unexpected error" not in err
        if code == 2:
            assert err.startswith("backplan: "), err
        codes[code] += 1

    check()
    with capsys.disabled():
        print(f"\nfuzz command line: {sum(codes.values())} imports, exit 0 x{codes[0]}, exit 2 x{codes[2]}")



def test_a_course_that_ends_after_the_year_9999_is_refused_with_a_message() -> None:
    doc = copy.deepcopy(VALID[[p.name for p in EXAMPLES].index("acute-3-weeks.backplan.json")])
    doc["medications"][1]["days"] = 2_912_110
    assert _read(encode(doc)) is None
