"""Errors that carry where in a document the bad value is."""

from __future__ import annotations


class ValidationError(ValueError):
    """A value breaks a rule of the plan format.

    ``path`` is the JSON path of the first bad value (``medications[1].schedule``),
    empty for the document itself, so a message can point a person at the spot.
    """

    def __init__(self, path: str, message: str) -> None:
        self.path = path
        self.message = message
        super().__init__(f"{path}: {message}" if path else message)
