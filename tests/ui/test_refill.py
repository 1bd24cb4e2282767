"""Tablets left in the Today view, and a refill reminder that fires once."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from backplan.domain.clock import FixedClock
from backplan.services.backplan_service import Backplan
from backplan.ui.today.reminders import Reminders
from backplan.ui.today.view import TodayView

CHICAGO = ZoneInfo("America/Chicago")
ACUTE = Path(__file__).resolve().parents[1] / "data" / "examples" / "acute-3-weeks.backplan.json"


def _with_stock(tmp_path: Path, on_hand: int) -> Path:
    doc = json.loads(ACUTE.read_text("utf-8"))
    doc["medications"][1]["stock"] = {"on_hand": on_hand, "as_of": "2026-12-01", "remind_below": 4}
    doc["medications"][1]["units_per_dose"] = 2
    path = tmp_path / "stock.backplan.json"
    path.write_text(json.dumps(doc), "utf-8")
    return path


def _labels(widget: TodayView) -> str:
    return "\n".join(label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget))


def test_today_shows_tablets_left_and_a_low_warning(
    qtbot: QtBot, services: Backplan, clock: FixedClock, tmp_path: Path
) -> None:
    clock.set(datetime(2026, 12, 1, 9, 0, tzinfo=CHICAGO))
    pid = services.import_file(_with_stock(tmp_path, 6)).patient_id
    view = _today(qtbot, services, clock, pid)
    assert "\u2068Ibuprofen 200 mg\u2069: 6 left" in _labels(view)
    assert "Running low" not in _labels(view)
    services.record_dose(pid, "ibuprofen")
    view.refresh()
    assert "\u2068Ibuprofen 200 mg\u2069: 4 left" in _labels(view)
    assert "Running low" not in _labels(view)  # 4 is not below 4


def _today(qtbot: QtBot, services: Backplan, clock: FixedClock, pid: int) -> TodayView:
    from backplan.ui.shell.main_window import MainWindow
    from backplan.ui.shell.settings import Settings

    window = MainWindow(services, Settings.for_data_dir(services.data_dir), clock)
    qtbot.addWidget(window)
    view = window.findChild(TodayView)
    assert view is not None
    view.set_patient(pid)
    return view


def test_the_refill_reminder_fires_once(
    qtbot: QtBot, services: Backplan, clock: FixedClock, tmp_path: Path
) -> None:
    clock.set(datetime(2026, 12, 1, 9, 0, tzinfo=CHICAGO))
    pid = services.import_file(_with_stock(tmp_path, 5)).patient_id
    reminders = Reminders(services, clock)
    reminders.set_patient(pid)
    reminders.tick()
    services.record_dose(pid, "ibuprofen")  # 3 left, below 4
    clock.advance(timedelta(minutes=1))
    notice = reminders.tick()
    assert notice is not None and notice.refills == ("ibuprofen",)
    assert "Time to get more Ibuprofen 200 mg: 3 left." in notice.text
    for _ in range(5):
        clock.advance(timedelta(minutes=1))
        later = reminders.tick()
        assert later is None or not later.refills
