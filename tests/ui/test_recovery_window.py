"""A damaged database at start: moved aside, and the newest good backup offered and restored."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from backplan.app import offer_recovery, watch_outside_changes
from backplan.bootstrap import open_services, open_services_or_recover
from backplan.domain.clock import FixedClock


def _damage(db: Path) -> None:
    data = bytearray(db.read_bytes())
    for offset in range(4096, len(data), 4096):
        data[offset : offset + 64] = b"\xde\xad\xbe\xef" * 16
    db.write_bytes(bytes(data))


def _click_when_shown(button_text: str) -> None:
    def click() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                for button in widget.buttons():
                    if button.text().replace("&", "") == button_text:
                        button.click()
                        return
        QTimer.singleShot(50, click)

    QTimer.singleShot(50, click)


def test_damaged_database_is_moved_aside_and_backup_restored(
    tmp_path: Path, clock: FixedClock, acute_doc, qtbot  # type: ignore[no-untyped-def]
) -> None:
    folder = tmp_path / "data"
    first = open_services(folder, clock)
    first.import_document(acute_doc)
    first.backup_now("daily")
    first.db.dispose()
    db = folder / "backplan.sqlite3"
    _damage(db)

    opened = open_services_or_recover(folder, clock)
    assert opened.recovered_from is not None and opened.recovered_from.exists()
    assert opened.newest_good_backup is not None
    assert opened.services.patient_names() == []

    parent = QWidget()
    qtbot.addWidget(parent)
    _click_when_shown("Restore the backup")
    assert offer_recovery(parent, opened)
    assert opened.services.patient_names() == ["Sam Rivera"]
    opened.services.db.dispose()


def test_outside_writes_reach_the_listeners(
    tmp_path: Path, clock: FixedClock, acute_doc, qtbot  # type: ignore[no-untyped-def]
) -> None:
    window_side = open_services(tmp_path / "d", clock)
    window_side.import_document(acute_doc)
    seen: list[str] = []
    window_side.listeners.append(seen.append)
    widget = QWidget()
    qtbot.addWidget(widget)
    probe = watch_outside_changes(widget, window_side)
    assert probe is not None
    cli_side = open_services(tmp_path / "d", clock)
    pid = cli_side.resolve_patient(None)
    from backplan.domain.model import LogEntry

    cli_side.record_log(pid, LogEntry(at=clock.now(), pain=4))
    qtbot.waitUntil(lambda: "all" in seen, timeout=8000)
    probe.close()
    cli_side.db.dispose()
    window_side.db.dispose()
