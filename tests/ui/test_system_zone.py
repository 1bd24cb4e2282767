"""The computer's time zone: read from /etc/localtime's link when it is one, else from
Qt, and always a zone Python can load (UTC otherwise)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray

from backplan.ui.common import system_zone


def _qt_says(monkeypatch: pytest.MonkeyPatch, zone_id: str) -> None:
    fake = type("FakeZone", (), {"systemTimeZoneId": staticmethod(lambda: QByteArray(zone_id.encode()))})
    monkeypatch.setattr(system_zone, "QTimeZone", fake)


def _link(tmp_path: Path, target: str) -> str:
    link = tmp_path / "localtime"
    os.symlink(target, link)
    return str(link)


def test_the_link_names_the_zone_without_asking_qt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TZ", raising=False)
    _qt_says(monkeypatch, "Asia/Tokyo")
    assert system_zone.system_timezone(_link(tmp_path, "/usr/share/zoneinfo/Europe/Paris")) == "Europe/Paris"
    relative = tmp_path / "etc"
    relative.mkdir()
    link = relative / "localtime"
    os.symlink("../usr/share/zoneinfo/America/Chicago", link)
    assert system_zone.system_timezone(str(link)) == "America/Chicago"


def test_without_such_a_link_or_with_tz_set_qt_is_asked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _qt_says(monkeypatch, "Asia/Tokyo")
    monkeypatch.delenv("TZ", raising=False)
    copied = tmp_path / "copied"
    copied.write_bytes(b"TZif")
    assert system_zone.system_timezone(str(copied)) == "Asia/Tokyo"  # a copy, not a link
    assert system_zone.system_timezone(str(tmp_path / "missing")) == "Asia/Tokyo"
    assert system_zone.system_timezone(_link(tmp_path, "/somewhere/else")) == "Asia/Tokyo"
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    paris = tmp_path / "paris"
    paris.mkdir()
    assert system_zone.system_timezone(_link(paris, "/usr/share/zoneinfo/Europe/Paris")) == "Asia/Tokyo"


@pytest.mark.parametrize(
    ("qt_id", "expected"),
    [
        ("America/Chicago", "America/Chicago"),
        ("UTC", "UTC"),
        ("Nowhere/Atlantis", "UTC"),  # unknown to zoneinfo
        ("America", "UTC"),  # a folder of the zone database
        ("posixrules", "UTC"),  # a file of it, not a zone
        ("", "UTC"),
    ],
)
def test_a_name_python_cannot_load_becomes_utc(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qt_id: str, expected: str
) -> None:
    monkeypatch.delenv("TZ", raising=False)
    _qt_says(monkeypatch, qt_id)
    assert system_zone.system_timezone(str(tmp_path / "no-link")) == expected
    assert system_zone.system_timezone(_link(tmp_path, f"/usr/share/zoneinfo/{qt_id}")) == expected
