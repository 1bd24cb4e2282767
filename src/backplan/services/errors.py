"""What a use case can refuse, with the exit code the command line gives it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from backplan.safety.findings import Finding


class ServiceError(Exception):
    exit_code = 1


class UsageError(ServiceError):
    """Bad input: a file, an argument, a form value. The message says what and where."""

    exit_code = 2


class SafetyRefusal(ServiceError):
    """A safety guard refused; the findings name the rules and say why."""

    exit_code = 3

    def __init__(self, findings: Sequence[Finding]) -> None:
        self.findings = tuple(findings)
        lines = [f"refused by {f.rule}: {f.message} (source: {f.source})" for f in self.findings]
        super().__init__("\n".join(lines))


class ConflictError(ServiceError):
    """Someone else changed the plan since it was read; nothing was overwritten."""

    exit_code = 1
