"""The file format's checks, said in a patient's words.

The forms check what is typed with the domain codec, whose messages are written for
someone reading a plan file ("expected a non-empty string, got ''"). A patient filling
in a form needs to know what to do instead ("Please fill this in."). Each known shape
of codec message is turned into a plain sentence here; an unknown one keeps the codec's
own words, less the developer's framing ("expected ..., got ...").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication


def tr(text: str) -> str:
    return QCoreApplication.translate("FormWords", text)


def _fill(_m: re.Match[str]) -> str:
    return tr("Please fill this in.")


# (pattern over the codec's message, its plain sentence). The first match wins.
_PLAIN: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], str]], ...] = (
    (re.compile(r"^(?:expected )?a non-empty string\b"), _fill),
    (re.compile(r"^(?:expected )?a name that is not blank\b"), _fill),
    (re.compile(r"^(?:expected )?a string, got (?:null|None)"), _fill),
    (re.compile(r"^(?:expected )?at least (\d+) characters"),
     lambda m: tr("Please write at least {n} characters.").format(n=m.group(1))),
    (re.compile(r"^(?:expected )?at most ([\d,]+) characters"),
     lambda m: tr("Please shorten this to {n} characters or fewer.").format(n=m.group(1))),
    (re.compile(r"^(?:expected )?a 24-hour time as HH:MM"),
     lambda m: tr("Write times on the 24-hour clock, like 08:00 or 20:30.")),
    (re.compile(r"^(?:expected )?a (?:real )?calendar date|^(?:expected )?a date as"),
     lambda m: tr("This is not a date on the calendar.")),
    (re.compile(r"^(?:expected )?a whole number"), lambda m: tr("Please write a whole number.")),
    (re.compile(r"^(?:expected )?a finite number|^(?:expected )?a number"),
     lambda m: tr("Please write a number.")),
    (re.compile(r"^(?:expected )?a list of at least 1 item"), lambda m: tr("Please add at least one.")),
    (re.compile(r"^(?:expected )?a unique id"),
     lambda m: tr("Another item of the plan already has this name: please choose another.")),
    (re.compile(r"^(?:expected )?a kebab-case id"),
     lambda m: tr("The name needs at least one letter or digit.")),
    (re.compile(r"^(?:expected )?an id other than 'flare-up'"),
     lambda m: tr("This name is kept for the flare-up plan: please choose another.")),
    (re.compile(r"^(?:expected )?text without NUL characters"),
     lambda m: tr("This text holds a character that cannot be stored: please retype it.")),
    (re.compile(r"RFC 5545|RRULE|recurrence rule|FREQ="),
     lambda m: tr("The repeating rule is not complete, e.g. FREQ=WEEKLY;BYDAY=TU,FR.")),
)

_FRAME = re.compile(r"^expected (?P<what>.+?)(?:, got .*)?$", re.S)


def plain_message(message: str) -> str:
    """The codec's ``message`` as a sentence a patient can act on."""
    text = message.strip()
    for pattern, plain in _PLAIN:
        found = pattern.search(text)
        if found is not None:
            return plain(found)
    framed = _FRAME.match(text)
    if framed is not None:
        what = framed.group("what")
        return tr("Please enter {what}.").format(what=what)
    return text


__all__ = ["plain_message"]
