"""Red flags in a pain log entry, and the urgent-care advice they call for (rule 10).

A red flag (both legs, numbness in the saddle area, new bladder or bowel trouble, new
or worsening leg weakness, fever, major trauma, severe night pain, unexplained weight
loss) can mean something other than ordinary back pain. Two levels, and the headline
says which: saddle numbness, bladder or bowel trouble and leg weakness (possible cauda
equina syndrome or nerve compression) are an emergency, headed "Go to an emergency
department now"; the others are headed "Get medical help today". The advice must
appear at once and must never fail to appear, so the wording bundled in
``resources/safety/texts.json`` is used when it is there and well-formed, and built-in
wording otherwise.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Final, Literal

from backplan.domain.model import LogEntry, RedFlag
from backplan.resources_path import resources_dir
from backplan.safety.findings import RED_FLAG, Finding, format_list

RED_FLAG_SOURCE: Final = "NHS / HSC guidance"
ADVICE_KEY: Final = "red_flag_advice"
EMERGENCY_KEY: Final = "red_flag_emergency"
LABELS_KEY: Final = "red_flags"

Level = Literal["emergency", "today"]

# Possible cauda equina syndrome or nerve compression: the emergency level (FACTS.md).
EMERGENCY_FLAGS: Final[frozenset[RedFlag]] = frozenset(
    {RedFlag.SADDLE_NUMBNESS, RedFlag.BLADDER_BOWEL, RedFlag.LEG_WEAKNESS}
)

BUILT_IN_EMERGENCY_TITLE: Final = "Go to an emergency department now"
BUILT_IN_EMERGENCY_BODY: Final = (
    "What you recorded can be a sign of pressure on the nerves at the base of the spine "
    "(cauda equina syndrome) or on a nerve to the leg, which needs treatment within hours. "
    "Go to an emergency department or call the emergency number now; do not wait for an "
    "appointment. backplan cannot tell what is causing it."
)
BUILT_IN_TITLE: Final = "Get medical help today"
BUILT_IN_BODY: Final = (
    "What you recorded can be a sign of a serious problem that needs a doctor today, not "
    "ordinary back pain. Contact your doctor or an urgent care service now. If you have "
    "numbness around your genitals or bottom, cannot pass urine, have lost control of "
    "your bladder or bowel, or have weakness or numbness in both legs, go to an "
    "emergency department straight away."
)

# How each red flag reads in the advice when the texts file does not say.
BUILT_IN_LABELS: Final[Mapping[RedFlag, str]] = {
    RedFlag.BOTH_LEGS: "Pain, numbness or weakness in both legs",
    RedFlag.SADDLE_NUMBNESS: "Numbness around the genitals or bottom",
    RedFlag.BLADDER_BOWEL: "New trouble with the bladder or bowel",
    RedFlag.LEG_WEAKNESS: "New or worsening weakness in a leg or foot",
    RedFlag.FEVER: "Fever",
    RedFlag.TRAUMA: "A major injury, such as a fall or an accident",
    RedFlag.NIGHT_PAIN: "Severe pain at night",
    RedFlag.WEIGHT_LOSS: "Weight loss you cannot explain",
}


class SafetyTextError(ValueError):
    """The bundled safety texts are malformed (a build problem: the tests check it)."""


@dataclass(frozen=True)
class RedFlagText:
    """The advice's wording: a title, a body, its source and a label for each flag."""

    title: str
    body: str
    source: str = RED_FLAG_SOURCE
    labels: Mapping[RedFlag, str] = field(default_factory=lambda: dict(BUILT_IN_LABELS))
    emergency_title: str = BUILT_IN_EMERGENCY_TITLE
    emergency_body: str = BUILT_IN_EMERGENCY_BODY

    def headline(self, level: Level) -> str:
        return self.emergency_title if level == "emergency" else self.title

    def advice(self, level: Level) -> str:
        return self.emergency_body if level == "emergency" else self.body


BUILT_IN_TEXT: Final = RedFlagText(BUILT_IN_TITLE, BUILT_IN_BODY)


def red_flag_level(flags: Iterable[RedFlag]) -> Level | None:
    """``emergency`` when any flag is one of the emergency ones, ``today`` for any other
    flag, None for none."""
    found = set(flags)
    if not found:
        return None
    return "emergency" if found & EMERGENCY_FLAGS else "today"


def load_red_flag_text(path: Path) -> RedFlagText:
    """The red-flag wording in a texts file, checked strictly.

    ``red_flag_advice`` ``{title, body}`` is required (``source`` optional), and so is
    ``red_flag_emergency`` ``{title, body}`` when present (the built-in emergency
    wording otherwise); the ``red_flags`` labels are optional, each flag falling back
    to the built-in label.
    For tests and the resource check; the advice itself goes through
    :func:`red_flag_text`, which never fails.
    """
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise SafetyTextError(f"{path}: cannot be read as JSON ({exc})") from exc
    if not isinstance(data, dict) or not isinstance(data.get(ADVICE_KEY), dict):
        raise SafetyTextError(f"{path}: expected an object with {ADVICE_KEY!r}")
    entry = data[ADVICE_KEY]
    title = _text(entry.get("title"), path, f"{ADVICE_KEY}.title")
    body = _text(entry.get("body"), path, f"{ADVICE_KEY}.body")
    source = entry.get("source", RED_FLAG_SOURCE)
    source = _text(source, path, f"{ADVICE_KEY}.source")
    emergency_title, emergency_body = BUILT_IN_EMERGENCY_TITLE, BUILT_IN_EMERGENCY_BODY
    if EMERGENCY_KEY in data:
        emergency = data[EMERGENCY_KEY]
        if not isinstance(emergency, dict):
            raise SafetyTextError(f"{path}: {EMERGENCY_KEY} must be an object")
        emergency_title = _text(emergency.get("title"), path, f"{EMERGENCY_KEY}.title")
        emergency_body = _text(emergency.get("body"), path, f"{EMERGENCY_KEY}.body")
    labels = dict(BUILT_IN_LABELS)
    raw_labels = data.get(LABELS_KEY, {})
    if not isinstance(raw_labels, dict):
        raise SafetyTextError(f"{path}: {LABELS_KEY} must be an object")
    for key, value in raw_labels.items():
        try:
            flag = RedFlag(key)
        except ValueError as exc:
            raise SafetyTextError(f"{path}: {LABELS_KEY}.{key} is not a red flag") from exc
        labels[flag] = _text(value, path, f"{LABELS_KEY}.{key}")
    return RedFlagText(title, body, source, labels, emergency_title, emergency_body)


def _text(value: object, path: Path, where: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise SafetyTextError(f"{path}: {where} must be a non-empty string")
    return value.strip()


def default_texts_path() -> Path | None:
    try:
        return resources_dir() / "safety" / "texts.json"
    except FileNotFoundError:
        return None


@cache
def red_flag_text() -> RedFlagText:
    """The bundled wording if present and well-formed, else the built-in wording."""
    path = default_texts_path()
    if path is not None and path.is_file():
        try:
            return load_red_flag_text(path)
        except SafetyTextError:
            pass  # the advice must still appear; the resource test reports the file
    return BUILT_IN_TEXT


def red_flag_findings(entry: LogEntry) -> list[Finding]:
    """Urgent-care advice for an entry that records any red flag; empty otherwise.

    One finding per entry, headed by its level's headline (the message starts with
    it: "Go to an emergency department now." or "Get medical help today."), naming
    what was recorded so the patient sees why it appeared.
    """
    level = red_flag_level(entry.red_flags or ())
    if level is None:
        return []
    text = red_flag_text()
    recorded = format_list([_mid_sentence(text.labels[f]) for f in dict.fromkeys(entry.red_flags or ())])
    title = text.headline(level)
    stop = "" if title.endswith((".", "!", "?")) else "."
    message = f"{title}{stop} {text.advice(level)} What you recorded: {recorded}."
    return [Finding(RED_FLAG, "advice", message, text.source)]


def _mid_sentence(label: str) -> str:
    """``Fever`` -> ``fever``, for a label inside a sentence (acronyms kept)."""
    if len(label) > 1 and label[1].isupper():
        return label
    return label[:1].lower() + label[1:]


__all__ = [
    "BUILT_IN_TEXT",
    "EMERGENCY_FLAGS",
    "RED_FLAG_SOURCE",
    "RedFlagText",
    "SafetyTextError",
    "load_red_flag_text",
    "red_flag_findings",
    "red_flag_level",
    "red_flag_text",
]
