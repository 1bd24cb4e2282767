"""The Today section on the acute example's first day (1 Dec 2026, America/Chicago)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from backplan.domain.clock import FixedClock
from backplan.domain.model import EventStatus, LogEntry, PlanDocument, RedFlag
from backplan.safety.red_flags import red_flag_findings
from backplan.services.backplan_service import Backplan
from backplan.ui.common.dialogs import PainDialog
from backplan.ui.shell.main_window import MainWindow
from backplan.ui.today.view import TodayView

CHICAGO = ZoneInfo("America/Chicago")
KOLKATA = ZoneInfo("Asia/Kolkata")


def _today(window: MainWindow) -> TodayView:
    window.show_section("today")
    return window.today_view


def test_the_day_lists_the_agenda_in_order(acute_window: MainWindow, imported: tuple[Backplan, int]) -> None:
    services, pid = imported
    view = _today(acute_window)
    agenda = services.agenda(pid, date(2026, 12, 1))
    shown = [(row.occurrence.item, row.occurrence.start) for row in view.rows]
    assert shown == [(o.item, o.start) for o in agenda]
    # The first rows are what the acute example's "must show" names, in this order.
    first = [(row.time_label.text(), row.occurrence.item) for row in view.rows[:6]]
    assert first == [
        ("07:00–07:15", "morning-stretch:heat"),
        ("07:15–07:30", "morning-stretch"),
        ("08:00", "carisoprodol"),
        ("09:45–10:00", "pt:heat"),
        ("10:00–10:45", "pt"),
        ("10:45–11:00", "pt:cold"),
    ]
    assert view.date_heading.text() == "Tuesday 1 December 2026"


def test_the_now_line_sits_between_past_and_future(acute_window: MainWindow) -> None:
    view = _today(acute_window)
    assert view.now_line is not None
    assert view.now_line.label.text() == "Now, 07:30"
    layout = view.timeline
    position = layout.indexOf(view.now_line)
    before = [layout.itemAt(i).widget() for i in range(position)]
    assert [w.occurrence.item for w in before] == ["morning-stretch:heat", "morning-stretch"]  # type: ignore[union-attr]


def test_states_and_buttons_follow_the_clock(acute_window: MainWindow, clock: FixedClock) -> None:
    view = _today(acute_window)
    heat = view.row_for("morning-stretch:heat")
    assert heat is not None and heat.status_label.text() == "Due now"
    assert set(heat.buttons) == {"start", "skip", "snooze"}
    dose = view.row_for("carisoprodol")
    assert dose is not None and set(dose.buttons) == {"take", "skip"}  # upcoming: no snooze
    clock.set(datetime(2026, 12, 1, 9, 30, tzinfo=CHICAGO))  # 2 h 30 after 07:00: past the grace
    view.refresh()
    heat = view.row_for("morning-stretch:heat")
    assert heat is not None and heat.status_label.text() == "Missed"


def test_take_from_the_timeline_and_undo(
    qtbot: QtBot, acute_window: MainWindow, imported: tuple[Backplan, int], clock: FixedClock
) -> None:
    services, pid = imported
    clock.set(datetime(2026, 12, 1, 8, 2, tzinfo=CHICAGO))
    view = _today(acute_window)
    view.refresh()
    row = view.row_for("carisoprodol")
    assert row is not None
    qtbot.mouseClick(row.buttons["take"], Qt.MouseButton.LeftButton)
    events = [e for _, e in services.events(pid)]
    assert [(e.item, e.status, e.scheduled_for) for e in events] == [
        ("carisoprodol", EventStatus.DONE, datetime(2026, 12, 1, 8, 0, tzinfo=CHICAGO))
    ]
    qtbot.waitUntil(
        lambda: (r := view.row_for("carisoprodol")) is not None and "Taken at 08:02" in r.status_label.text()
    )
    acute_window.undo_action.trigger()
    # Undo takes the dose back without erasing it: kept, marked removed, not counted.
    [(_, undone)] = services.events(pid)
    assert undone.removed is not None and undone.removed.at == clock.now()
    qtbot.waitUntil(
        lambda: (r := view.row_for("carisoprodol")) is not None and "Taken" not in r.status_label.text()
    )
    acute_window.redo_action.trigger()
    assert [(e.item, e.counts) for _, e in services.events(pid)] == [
        ("carisoprodol", False),
        ("carisoprodol", True),
    ]


def test_activity_done_asks_pain_before_and_after(
    qtbot: QtBot, acute_window: MainWindow, imported: tuple[Backplan, int]
) -> None:
    services, pid = imported
    view = _today(acute_window)
    row = view.row_for("morning-stretch")
    assert row is not None
    qtbot.mouseClick(row.buttons["done"], Qt.MouseButton.LeftButton)
    dialog = view.recorder.dialog
    assert isinstance(dialog, PainDialog) and dialog.isVisible()
    dialog.before.setValue(6)
    dialog.after.setValue(4)
    dialog._done()
    [(_, event)] = services.events(pid)
    assert (event.item, event.status, event.pain_before, event.pain_after) == (
        "morning-stretch",
        EventStatus.DONE,
        6,
        4,
    )


def test_skip_records_a_skip(qtbot: QtBot, acute_window: MainWindow, imported: tuple[Backplan, int]) -> None:
    services, pid = imported
    view = _today(acute_window)
    row = view.row_for("morning-stretch:heat")
    assert row is not None
    qtbot.mouseClick(row.buttons["skip"], Qt.MouseButton.LeftButton)
    [(_, event)] = services.events(pid)
    assert (event.item, event.status) == ("morning-stretch:heat", EventStatus.SKIPPED)


def test_heat_counts_down_then_is_recorded(
    qtbot: QtBot, acute_window: MainWindow, imported: tuple[Backplan, int], clock: FixedClock
) -> None:
    services, pid = imported
    view = _today(acute_window)
    row = view.row_for("morning-stretch:heat")
    assert row is not None
    qtbot.mouseClick(row.buttons["start"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: (r := view.row_for("morning-stretch:heat")) is not None and "finish" in r.buttons)
    clock.advance(timedelta(minutes=6))
    view.recorder.check_countdowns()
    row = view.row_for("morning-stretch:heat")
    assert row is not None and row.status_label.text() == "9:00 left"  # 15 minutes, 6 gone
    assert services.events(pid) == []
    clock.advance(timedelta(minutes=9))
    view.recorder.check_countdowns()
    [(_, event)] = services.events(pid)
    assert (event.item, event.status) == ("morning-stretch:heat", EventStatus.DONE)


def test_quick_pain_entry_in_two_keystrokes(
    qtbot: QtBot, acute_window: MainWindow, imported: tuple[Backplan, int]
) -> None:
    services, pid = imported
    view = _today(acute_window)
    view.focus_pain()
    qtbot.keyClick(view.pain_spin, Qt.Key.Key_4)
    qtbot.keyClick(view.pain_spin, Qt.Key.Key_Return)
    [(_, entry)] = services.log_entries(pid)
    assert entry.pain == 4
    assert entry.at == datetime(2026, 12, 1, 7, 30, tzinfo=CHICAGO)
    acute_window.undo_action.trigger()
    assert services.log_entries(pid) == []


def test_as_needed_shows_when_the_next_dose_is_allowed(
    qtbot: QtBot, acute_window: MainWindow, imported: tuple[Backplan, int]
) -> None:
    services, pid = imported
    view = _today(acute_window)
    text = view.as_needed_card.findChildren(QLabel)
    assert any(label.text() == "Allowed now, if you need it." for label in text)
    qtbot.mouseClick(view.as_needed_buttons["ibuprofen"], Qt.MouseButton.LeftButton)
    assert [e.item for _, e in services.events(pid)] == ["ibuprofen"]
    qtbot.waitUntil(
        lambda: any(
            label.text() == "Next allowed at 13:30" for label in view.as_needed_card.findChildren(QLabel)
        )
    )


def test_courses_show_the_day_and_cautions(acute_window: MainWindow) -> None:
    view = _today(acute_window)
    texts = [label.text() for label in view.courses_card.findChildren(QLabel)]
    assert "\u2068Carisoprodol 350 mg\u2069: day 1 of 14" in texts
    assert "\u2068Ibuprofen 200 mg\u2069: day 1 of 10" in texts
    assert any("alcohol" in t.lower() for t in texts)
    assert any("driv" in t.lower() for t in texts)


def test_red_flag_advice_stays_until_acknowledged(
    qtbot: QtBot, acute_window: MainWindow, imported: tuple[Backplan, int]
) -> None:
    services, pid = imported
    view = _today(acute_window)
    assert not view.red_flag_box.isVisible()
    entry = LogEntry(
        at=datetime(2026, 12, 1, 7, 20, tzinfo=CHICAGO), pain=7, red_flags=(RedFlag.SADDLE_NUMBNESS,)
    )
    services.record_log(pid, entry)
    qtbot.waitUntil(view.red_flag_box.isVisible)
    [advice] = red_flag_findings(entry)
    # The emergency level's headline is the card's heading.
    assert view.red_flag_headline.text() == "Go to an emergency department now"
    labels = [label.text() for label in view.red_flag_box.findChildren(QLabel)]
    assert f"Get help: {advice.rule}" in labels
    # The headline once, as the heading; the paragraph goes on from it.
    assert advice.message.removeprefix("Go to an emergency department now. ") in labels
    assert f"Source: {advice.source}" in labels
    # A later entry without red flags does not take the advice away (FACTS.md rule 10).
    services.record_log(pid, LogEntry(at=datetime(2026, 12, 1, 7, 25, tzinfo=CHICAGO), pain=5))
    view.refresh()
    assert view.red_flag_box.isVisible()
    assert view.red_flag_headline.text() == "Go to an emergency department now"
    # Nor does a later red flag of the lower level hide the emergency.
    services.record_log(
        pid, LogEntry(at=datetime(2026, 12, 1, 7, 26, tzinfo=CHICAGO), pain=5, red_flags=(RedFlag.FEVER,))
    )
    view.refresh()
    assert view.red_flag_headline.text() == "Go to an emergency department now"
    qtbot.mouseClick(view.red_flag_ack, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not view.red_flag_box.isVisible())
    # Acknowledged stays acknowledged when the window reads everything again.
    view.refresh()
    assert not view.red_flag_box.isVisible()


def test_a_lower_level_red_flag_says_get_help_today(
    qtbot: QtBot, acute_window: MainWindow, imported: tuple[Backplan, int]
) -> None:
    services, pid = imported
    view = _today(acute_window)
    services.record_log(
        pid, LogEntry(at=datetime(2026, 12, 1, 7, 20, tzinfo=CHICAGO), pain=7, red_flags=(RedFlag.FEVER,))
    )
    qtbot.waitUntil(view.red_flag_box.isVisible)
    assert view.red_flag_headline.text() == "Get medical help today"


def test_today_says_when_the_last_24_hours_hold_a_dose_that_broke_a_rule(
    qtbot: QtBot, acute_window: MainWindow, imported: tuple[Backplan, int], clock: FixedClock
) -> None:
    services, pid = imported
    clock.set(datetime(2026, 12, 2, 12, 0, tzinfo=CHICAGO))
    view = _today(acute_window)
    view.refresh()
    assert not view.rule_break_box.isVisible()
    services.record_dose(pid, "ibuprofen", datetime(2026, 12, 2, 8, 0, tzinfo=CHICAGO))
    nine = datetime(2026, 12, 2, 9, 0, tzinfo=CHICAGO)
    services.record_dose(pid, "ibuprofen", nine, override="dropped one")
    view.refresh()
    assert view.rule_break_box.isVisible()
    labels = [label.text() for label in view.rule_break_box.findChildren(QLabel)]
    assert "Ibuprofen 200 mg, taken at 09:00: minimum interval (dropped one)." in [
        t.replace("\u2068", "").replace("\u2069", "") for t in labels
    ]
    # A day later the dose is no longer in the last 24 hours.
    clock.set(datetime(2026, 12, 3, 9, 1, tzinfo=CHICAGO))
    view.refresh()
    assert not view.rule_break_box.isVisible()


def test_the_flare_up_button_starts_and_ends_the_plan(
    qtbot: QtBot,
    window_factory: Callable[..., MainWindow],
    services: Backplan,
    history_doc: PlanDocument,
    clock: FixedClock,
) -> None:
    clock.set(datetime(2026, 11, 12, 9, 15, tzinfo=KOLKATA))
    pid = services.import_document(history_doc).patient_id
    window = window_factory(services, "Asia/Kolkata")
    view = _today(window)
    assert view.flare_button.isVisible() and not view.flare_box.isVisible()
    qtbot.mouseClick(view.flare_button, Qt.MouseButton.LeftButton)
    assert services.active_flare_up(pid) is not None
    assert view.flare_box.isVisible() and not view.flare_button.isVisible()
    assert view.flare_title.text() == "Flare-up day 1 of 3"
    assert history_doc.plan.flare_up is not None
    assert view.flare_advice.text() == history_doc.plan.flare_up.advice
    # It asks for a pain entry, with the cursor already in the pain box.
    assert view.pain_prompt.text().startswith("How bad is the pain right now?")
    assert window.focusWidget() is view.pain_spin
    assert view.row_for("flare-walk") is not None  # its items joined today's schedule
    clock.advance(timedelta(days=1))
    view.refresh()
    assert view.flare_title.text() == "Flare-up day 2 of 3"
    qtbot.mouseClick(view.end_flare_button, Qt.MouseButton.LeftButton)
    assert services.active_flare_up(pid) is None
    assert view.flare_button.isVisible()
    window.undo_action.trigger()  # undo "end": the flare-up runs again
    assert services.active_flare_up(pid) is not None


def test_a_refresh_reads_the_plan_once(
    acute_window: MainWindow, imported: tuple[Backplan, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every card (timeline, when-needed doses, stock, flare-up) is filled from one
    reading of the plan, not one each: a refresh comes every minute and at every start."""
    services, _ = imported
    view = _today(acute_window)
    assert view.as_needed_buttons  # the when-needed card, which asks per medicine, is shown
    reads: list[int] = []
    read = services.document

    def counted(patient_id: int, *, with_history: bool = True) -> PlanDocument:
        reads.append(patient_id)
        return read(patient_id, with_history=with_history)

    monkeypatch.setattr(services, "document", counted)
    view.refresh()
    assert len(reads) == 1


def test_a_second_nsaid_within_hours_is_flagged_in_the_window(
    qtbot: QtBot, window_factory: Callable[..., MainWindow], services: Backplan, clock: FixedClock
) -> None:
    import json
    from pathlib import Path

    from backplan.domain.codec import document_from_json

    acute = Path(__file__).resolve().parents[1] / "data" / "examples" / "acute-3-weeks.backplan.json"
    data = json.loads(acute.read_text(encoding="utf-8"))
    data["medications"].append(
        {
            "id": "naproxen",
            "name": "Naproxen 250 mg",
            "ingredients": [{"substance": "naproxen", "mg": 250}],
            "dose": "1 tablet",
            "schedule": {"as_needed": True, "min_interval_hours": 8, "max_doses_per_day": 2},
            "start": "2026-12-01",
            "days": 10,
            "prescriber": "Dr. Ana Ortiz",
        }
    )
    pid = services.import_document(document_from_json(data)).patient_id
    clock.set(datetime(2026, 12, 2, 11, 0, tzinfo=CHICAGO))
    services.record_dose(pid, "ibuprofen", datetime(2026, 12, 2, 8, 0, tzinfo=CHICAGO))
    window = window_factory(services)
    window.recorder.take(pid, "naproxen", "Naproxen 250 mg")
    box = window.recorder.dialog
    assert box is not None and box.objectName() == "doseFlags"
    assert "duplicate NSAID" in box.informativeText()  # type: ignore[attr-defined]
    assert "was taken at 08:00" in box.informativeText()  # type: ignore[attr-defined]
    # Recorded all the same: a flag never blocks.
    assert [e.item for _, e in services.events(pid)] == ["ibuprofen", "naproxen"]


def test_the_heat_timer_shows_the_safety_lines(
    qtbot: QtBot, acute_window: MainWindow, imported: tuple[Backplan, int], clock: FixedClock
) -> None:
    # 07:00-07:15 heat before the morning stretches, on the acute example's first day.
    clock.set(datetime(2026, 12, 1, 7, 0, tzinfo=CHICAGO))
    view = _today(acute_window)
    view.refresh()
    heat = next(r for r in view.rows if r.occurrence.kind == "heat")
    text = heat.detail_label.text()
    lines = ("Warm, not hot", "a cloth between your skin", "Check your skin", "Stop when the timer ends")
    for words in lines:
        assert words in text, words
    medicine = next(r for r in view.rows if r.occurrence.kind == "medication")
    assert "Warm, not hot" not in medicine.detail_label.text()


def test_one_caution_per_fact_on_today(
    qtbot: QtBot, acute_window: MainWindow, imported: tuple[Backplan, int], clock: FixedClock
) -> None:
    clock.set(datetime(2026, 12, 2, 9, 0, tzinfo=CHICAGO))
    view = _today(acute_window)
    view.refresh()
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the last refresh's
    texts = [label.text() for label in view.courses_card.findChildren(QLabel)]
    lines = [t for t in texts if t.startswith("•")]
    drowsy = [t for t in lines if "drows" in t.lower()]
    assert len(drowsy) == 1, lines
    alcohol = [t for t in lines if "alcohol" in t.lower()]
    assert alcohol == ["•  Do not drink alcohol while taking it."], lines
    # Carisoprodol's dependence and short-term use are on Today, not only on paper.
    assert any("short-term use" in t for t in lines)
    assert any("Dependence" in t for t in lines)
