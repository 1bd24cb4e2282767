"""Text the command line shows on a terminal: what a plan file or an option says, made safe.

A name, a title or a note comes from a file someone else wrote. Shown raw on a terminal,
an escape sequence in it (``ESC [ 2 J``, ``ESC ] 0 ; title BEL``, the one-byte C1
``CSI``) would clear the screen, retitle the window or recolour what follows, and a
bidirectional override would make the line read differently from what it says. A lone
surrogate (what undecodable bytes in an option become) cannot be encoded at all and
would end the command with a traceback. Each of these is shown as its escape instead
(``\\x1b``, ``\\u202e``, ``\\udcff``): visible, harmless, and still telling what was there.
"""

from __future__ import annotations

import re

# C0 controls (tab and newline included: one field, one line), DEL and the C1 controls,
# the bidirectional embeddings, overrides and isolates, and the surrogates.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
# In JSON text: what json.dumps leaves raw with ensure_ascii=False (it escapes C0 itself).
_UNSAFE_IN_JSON = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def shown(text: object) -> str:
    """``text`` fit for a terminal: control, bidi and surrogate characters as escapes."""
    return _UNSAFE.sub(_escape, str(text))


def shown_lines(text: object) -> str:
    """Like ``shown``, but a message's own line breaks stay line breaks."""
    return "\n".join(shown(line) for line in str(text).split("\n"))


def json_text(text: str) -> str:
    """JSON text (``json.dumps(..., ensure_ascii=False)``) for a terminal: the same value,
    with the characters above that ``json.dumps`` leaves raw written as \\u escapes."""
    return _UNSAFE_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def has_surrogates(text: str) -> bool:
    """Whether ``text`` holds a lone surrogate (undecodable bytes given on the command line)."""
    return any("\ud800" <= char <= "\udfff" for char in text)


__all__ = ["has_surrogates", "json_text", "shown", "shown_lines"]
