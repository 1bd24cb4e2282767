"""The computer's time zone, as an IANA name Python's zoneinfo can load.

The window compares it with the plan's zone at every start (a note when they
differ), and a new plan starts in it. Qt is asked only when the system does not say
it the usual Linux way: ``QTimeZone.systemTimeZoneId`` sets up Qt's time-zone
backend first, about 10 ms of a start.
"""

from __future__ import annotations

import os
import zoneinfo

from PySide6.QtCore import QTimeZone

LOCALTIME = "/etc/localtime"


def usable_zone(name: str) -> bool:
    """Whether zoneinfo loads ``name`` as a zone (not a folder of the database, nor a file
    of it that is no zone)."""
    if not name or name == "posixrules":
        return False
    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):  # OSError: a folder ("America")
        return False
    return True


def _linked_zone(localtime: str) -> str | None:
    """The zone ``/etc/localtime`` links to (``.../zoneinfo/Europe/Paris``), as Qt reads it
    when TZ is not set; None when it is no such link."""
    try:
        target = os.readlink(localtime)  # one step, as Qt follows it
    except OSError:  # no link (a copied file), or no file
        return None
    target = os.path.normpath(os.path.join(os.path.dirname(localtime), target))
    if "/zoneinfo/" not in target:
        return None
    return target.split("/zoneinfo/", 1)[1]


def system_timezone(localtime: str = LOCALTIME) -> str:
    """The computer's IANA time zone name, or UTC when it has none Python knows.

    Loads that one zone to check it (as everything that later uses the name does)
    rather than listing every zone zoneinfo has, which costs 15-25 ms.
    """
    name = _linked_zone(localtime) if "TZ" not in os.environ else None
    if name is None:
        name = bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace")
    return name if usable_zone(name) else "UTC"
