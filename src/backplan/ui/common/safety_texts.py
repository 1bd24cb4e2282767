"""The safety layer's texts in the window's language: urgent-care advice, red-flag
findings and the heat/cold lines, looked up by their reviewed English wording."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from backplan.domain.model import RedFlag

# The context of the urgent-care advice, heat/cold safety lines and disclaimer from
# ``resources/safety/texts.json``: one place, so the window and the extractor agree.
SAFETY_CONTEXT = "SafetyTexts"
# How safety.red_flags ends a finding's message, before the recorded flags.
_RECORDED = " What you recorded: "


def safety_text(text: str) -> str:
    """A wording from the safety texts in the window's language (English if untranslated).

    The texts stay in English in the JSON (the one reviewed source); the translation
    is looked up by that English text, so a changed wording shows in English until it
    is translated again rather than showing an outdated translation.
    """
    return QCoreApplication.translate(SAFETY_CONTEXT, text)


def red_flag_message(message: str, flags: Iterable[RedFlag]) -> str:
    """A red-flag finding's message with its title, body and recorded flags translated.

    ``red_flag_findings`` builds one English sentence (title, body, "What you recorded:
    ..."); the window swaps in the translated title and body and, once something was
    translated, rebuilds the recorded-flags tail from the translated labels so one
    message is not half in each language. In English the message is left untouched.
    """
    from backplan.safety.red_flags import red_flag_text

    from .log_labels import red_flag_label

    wording = red_flag_text()
    out = message
    for english in (wording.emergency_title, wording.emergency_body, wording.title, wording.body):
        out = out.replace(english, safety_text(english))
    at = out.rfind(_RECORDED)
    if out != message and at >= 0:
        recorded = ", ".join(red_flag_label(flag) for flag in dict.fromkeys(flags))
        tail = QCoreApplication.translate("SafetyTexts", "What you recorded: {0}.")
        out = out[:at] + " " + tail.format(recorded)
    return out


__all__ = ["SAFETY_CONTEXT", "red_flag_message", "safety_text"]
