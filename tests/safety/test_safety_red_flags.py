"""Rule 10: a log entry with a red flag shows urgent-care advice at once."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from backplan.domain.model import LogEntry, RedFlag
from backplan.safety import red_flags
from backplan.safety.findings import RED_FLAG
from backplan.safety.red_flags import (
    BUILT_IN_TEXT,
    SafetyTextError,
    load_red_flag_text,
    red_flag_findings,
    red_flag_level,
    red_flag_text,
)

AT = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _fresh_text_cache() -> Iterator[None]:
    red_flag_text.cache_clear()
    yield
    red_flag_text.cache_clear()


def test_no_red_flag_no_advice() -> None:
    assert red_flag_findings(LogEntry(at=AT, pain=6)) == []
    assert red_flag_findings(LogEntry(at=AT, pain=6, red_flags=())) == []


def test_a_red_flag_gives_urgent_advice() -> None:
    entry = LogEntry(at=AT, pain=8, red_flags=(RedFlag.FEVER, RedFlag.BOTH_LEGS))
    [finding] = red_flag_findings(entry)
    assert finding.rule == RED_FLAG
    assert finding.severity == "advice"
    assert finding.source == "NHS / HSC guidance"
    assert finding.items == ()
    text = red_flag_text()
    assert finding.message.startswith("Get medical help today.")
    assert text.body in finding.message
    assert "fever and" in finding.message.lower()
    assert "both legs" in finding.message


@pytest.mark.parametrize("flag", [RedFlag.SADDLE_NUMBNESS, RedFlag.BLADDER_BOWEL, RedFlag.LEG_WEAKNESS])
def test_cauda_equina_signs_are_an_emergency_headline(flag: RedFlag) -> None:
    # FACTS.md rule 10: the headline says the level, not a sentence inside a paragraph.
    entry = LogEntry(at=AT, pain=8, red_flags=(RedFlag.FEVER, flag))
    assert red_flag_level(entry.red_flags or ()) == "emergency"
    [finding] = red_flag_findings(entry)
    assert finding.message.startswith("Go to an emergency department now.")
    assert red_flag_text().emergency_body in finding.message


@pytest.mark.parametrize(
    "flag",
    [RedFlag.BOTH_LEGS, RedFlag.FEVER, RedFlag.TRAUMA, RedFlag.NIGHT_PAIN, RedFlag.WEIGHT_LOSS],
)
def test_the_other_red_flags_say_get_help_today(flag: RedFlag) -> None:
    assert red_flag_level((flag,)) == "today"
    [finding] = red_flag_findings(LogEntry(at=AT, pain=5, red_flags=(flag,)))
    assert finding.message.startswith("Get medical help today.")


def test_every_red_flag_has_words() -> None:
    for flag in RedFlag:
        [finding] = red_flag_findings(LogEntry(at=AT, pain=5, red_flags=(flag,)))
        assert red_flag_text().labels[flag].lower()[1:] in finding.message.lower()


def test_built_in_wording_when_the_file_is_missing_or_broken(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(red_flags, "default_texts_path", lambda: tmp_path / "absent.json")
    assert red_flag_text() is BUILT_IN_TEXT
    red_flag_text.cache_clear()
    broken = tmp_path / "texts.json"
    broken.write_text('{"red_flag_advice": {"title": ""}}', encoding="utf-8")
    monkeypatch.setattr(red_flags, "default_texts_path", lambda: broken)
    [finding] = red_flag_findings(LogEntry(at=AT, pain=5, red_flags=(RedFlag.FEVER,)))
    assert finding.message.startswith(BUILT_IN_TEXT.title)
    assert "emergency department" in finding.message
    assert finding.source == "NHS / HSC guidance"


def test_loader_reads_the_wording_and_labels(tmp_path: Path) -> None:
    path = tmp_path / "texts.json"
    data = {
        "red_flag_advice": {"title": "Get help", "body": "Call now."},
        "red_flags": {"fever": "High temperature"},
    }
    path.write_text(json.dumps(data), encoding="utf-8")
    text = load_red_flag_text(path)
    assert (text.title, text.body, text.source) == ("Get help", "Call now.", "NHS / HSC guidance")
    assert text.labels[RedFlag.FEVER] == "High temperature"
    assert text.labels[RedFlag.TRAUMA] == BUILT_IN_TEXT.labels[RedFlag.TRAUMA]


@pytest.mark.parametrize(
    "content",
    [
        "not json",
        "[]",
        '{"red_flag_advice": {"title": "T"}}',
        '{"red_flag_advice": {"title": "T", "body": 3}}',
        '{"red_flag_advice": {"title": "T", "body": "B"}, "red_flags": {"flu": "Flu"}}',
        '{"red_flag_advice": {"title": "T", "body": "B"}, "red_flags": []}',
    ],
)
def test_loader_refuses_malformed_texts(tmp_path: Path, content: str) -> None:
    path = tmp_path / "texts.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(SafetyTextError):
        load_red_flag_text(path)


def test_bundled_texts_are_well_formed() -> None:
    path = red_flags.default_texts_path()
    if path is None or not path.is_file():
        pytest.skip("resources/safety/texts.json not yet written")
    text = load_red_flag_text(path)
    assert text.source == "NHS / HSC guidance"
    assert set(text.labels) == set(RedFlag)
