"""How the log's coded values read on screen: pain locations, side effects, red flags.

The wording lives once, in ``resources/safety/texts.json``, so that the log form, the
history table, the printed report and the command line all say "Left leg" the same
way. A missing or broken file must never stop a person from logging, so each value
falls back to a readable form of its code. Every label goes through Qt's translation
so a language pack can carry it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from enum import StrEnum
from functools import cache
from typing import Any

from PySide6.QtCore import QCoreApplication

from backplan.domain.model import PainLocation, RedFlag, SideEffect
from backplan.resources_path import resources_dir

_CONTEXT = "LogLabels"


@cache
def _texts() -> dict[str, Any]:
    try:
        data = json.loads((resources_dir() / "safety" / "texts.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _section(key: str) -> dict[str, str]:
    section = _texts().get(key)
    if not isinstance(section, dict):
        return {}
    return {k: v for k, v in section.items() if isinstance(v, str)}


def _fallback(code: str) -> str:
    return code.replace("_", " ").capitalize()


def _label(section: str, value: StrEnum) -> str:
    text = _section(section).get(value.value) or _fallback(value.value)
    return QCoreApplication.translate(_CONTEXT, text)


def location_label(value: PainLocation) -> str:
    return _label("locations", value)


def side_effect_label(value: SideEffect) -> str:
    return _label("side_effects", value)


def red_flag_label(value: RedFlag) -> str:
    return _label("red_flags", value)


def join_labels(values: Iterable[StrEnum] | None) -> str:
    """A comma-separated list of labels for a table cell ("" when none)."""
    if not values:
        return ""
    out: list[str] = []
    for value in values:
        if isinstance(value, PainLocation):
            out.append(location_label(value))
        elif isinstance(value, SideEffect):
            out.append(side_effect_label(value))
        elif isinstance(value, RedFlag):
            out.append(red_flag_label(value))
        else:
            out.append(_fallback(value.value))
    return ", ".join(out)


def measure_description(key: str) -> str:
    """The one-line explanation of a measure (pain, sleep, PSFS...), for tooltips."""
    measures = _texts().get("measures")
    if isinstance(measures, dict):
        entry = measures.get(key)
        if isinstance(entry, dict) and isinstance(entry.get("description"), str):
            return QCoreApplication.translate(_CONTEXT, entry["description"])
    return ""


def psfs_meaningful_change() -> int:
    """The PSFS change that counts as meaningful (2 points, Stratford 1995)."""
    measures = _texts().get("measures")
    if isinstance(measures, dict):
        psfs = measures.get("psfs")
        if isinstance(psfs, dict) and isinstance(psfs.get("meaningful_change_points"), int):
            return int(psfs["meaningful_change_points"])
    return 2


__all__ = [
    "join_labels",
    "location_label",
    "measure_description",
    "psfs_meaningful_change",
    "red_flag_label",
    "side_effect_label",
]
