"""Red flags in a pain log entry, and the urgent-care advice they call for (rule 10).

A red flag (both legs, numbness in the saddle area, new bladder or bowel trouble,
fever, major trauma, severe night pain, unexplained weight loss) can mean something
other than ordinary back pain, such as cauda equina syndrome, that needs a doctor the
same day. The advice must appear at once and must never fail to appear, so the
wording bundled in ``resources/safety/texts.json`` is used when it is there and
well-formed, and a built-in sentence otherwise.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Final

from backplan.domain.model import LogEntry, RedFlag
from backplan.resources_path import resources_dir
from backplan.safety.findings import RED_FLAG, Finding, format_list

RED_FLAG_SOURCE: Final = "NHS / HSC guidance"
TEXTS_KEY: Final = "red_flag_advice"

BUILT_IN_TITLE: Final = "Get urgent medical advice"
BUILT_IN_BODY: Final = (
    "What you recorded can be a sign of a serious problem that needs a doctor today, not "
    "ordinary back pain. Contact your doctor or an urgent care service now. If you have "
    "numbness around your genitals or bottom, cannot pass urine, have lost control of "
    "your bladder or bowel, or have weakness or numbness in both legs, go to an "
    "emergency department straight away."
)

# How each red flag reads in the advice: what the patient recorded, in their words.
RED_FLAG_WORDS: Final[dict[RedFlag, str]] = {
    RedFlag.BOTH_LEGS: "pain, numbness or weakness in both legs",
    RedFlag.SADDLE_NUMBNESS: "numbness around the genitals or bottom (saddle area)",
    RedFlag.BLADDER_BOWEL: "new trouble with the bladder or bowel",
    RedFlag.FEVER: "fever",
    RedFlag.TRAUMA: "a major injury, such as a fall or an accident",
    RedFlag.NIGHT_PAIN: "severe pain at night",
    RedFlag.WEIGHT_LOSS: "weight loss you cannot explain",
}


class SafetyTextError(ValueError):
    """The bundled safety texts are malformed (a build problem: the tests check it)."""


def load_red_flag_text(path: Path) -> tuple[str, str]:
    """The ``(title, body)`` of the red-flag advice in a texts file, checked strictly.

    For tests and for the resource check; the advice itself goes through
    :func:`red_flag_text`, which never fails.
    """
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise SafetyTextError(f"{path}: cannot be read as JSON ({exc})") from exc
    if not isinstance(data, dict) or not isinstance(data.get(TEXTS_KEY), dict):
        raise SafetyTextError(f"{path}: expected an object with {TEXTS_KEY!r}")
    entry = data[TEXTS_KEY]
    title, body = entry.get("title"), entry.get("body")
    if not isinstance(title, str) or not title.strip():
        raise SafetyTextError(f"{path}: {TEXTS_KEY}.title must be a non-empty string")
    if not isinstance(body, str) or not body.strip():
        raise SafetyTextError(f"{path}: {TEXTS_KEY}.body must be a non-empty string")
    return title.strip(), body.strip()


def default_texts_path() -> Path | None:
    try:
        return resources_dir() / "safety" / "texts.json"
    except FileNotFoundError:
        return None


@cache
def red_flag_text() -> tuple[str, str]:
    """The bundled ``(title, body)`` if present and well-formed, else the built-in one."""
    path = default_texts_path()
    if path is not None and path.is_file():
        try:
            return load_red_flag_text(path)
        except SafetyTextError:
            pass  # the advice must still appear; the resource test reports the file
    return BUILT_IN_TITLE, BUILT_IN_BODY


def red_flag_findings(entry: LogEntry) -> list[Finding]:
    """Urgent-care advice for an entry that records any red flag; empty otherwise.

    One finding per entry (the advice is the same whatever the flag), naming what
    was recorded so the patient sees why it appeared.
    """
    if not entry.red_flags:
        return []
    recorded = format_list([RED_FLAG_WORDS[flag] for flag in dict.fromkeys(entry.red_flags)])
    title, body = red_flag_text()
    stop = "" if title.endswith((".", "!", "?")) else "."
    message = f"{title}{stop} You recorded {recorded}. {body}"
    return [Finding(RED_FLAG, "advice", message, RED_FLAG_SOURCE)]


__all__ = [
    "RED_FLAG_SOURCE",
    "RED_FLAG_WORDS",
    "SafetyTextError",
    "load_red_flag_text",
    "red_flag_findings",
    "red_flag_text",
]
