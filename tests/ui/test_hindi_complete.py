"""Hindi reaches what was left in English: generated titles, chart words and months, the
catalogue's cautions, and one time format (24-hour) across the window.

Expected Hindi is read from the reviewed ``.ts`` file, not typed here.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QLocale, QTranslator
from pytestqt.qtbot import QtBot

from backplan.reports.charts import localized_months, panel_names
from backplan.schedule.occurrence import Occurrence
from backplan.ui.common import formatting as fmt
from backplan.ui.i18n import read_ts
from backplan.ui.log.model import format_moment

HINDI_TS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "backplan_hi.ts"
CHICAGO = ZoneInfo("America/Chicago")
AT = datetime(2026, 12, 1, 20, 8, tzinfo=CHICAGO)


def _hindi(context: str, source: str) -> str:
    found = read_ts(HINDI_TS)[(context, source)]
    assert found.finished
    return found.forms[0]


def _heat() -> Occurrence:
    return Occurrence(AT, "stretch:heat", AT, "heat", "Heat before Morning stretches", "stretch")


def test_generated_titles_speak_hindi(hindi: QTranslator) -> None:
    heat = _heat()
    wording = _hindi("formatting", "Heat before {title}")
    assert fmt.occurrence_title(heat) == wording.format(title="Morning stretches")
    [shown] = fmt.localized([heat])
    assert (shown.item, shown.start) == (heat.item, heat.start)  # what records refer to stays
    cold = Occurrence(AT, "pt:cold", AT, "cold", "Cold after Physical therapy", "pt")
    assert fmt.occurrence_title(cold) == _hindi("formatting", "Cold after {title}").format(
        title="Physical therapy"
    )


def test_titles_stay_english_without_a_translation() -> None:
    assert fmt.occurrence_title(_heat()) == "Heat before Morning stretches"


def test_chart_titles_legends_and_months_speak_hindi(hindi: QTranslator) -> None:
    titles = [title for title, _label in panel_names(compact=True)]
    assert titles[0] == _hindi("Charts", "Pain")
    assert titles[3] == _hindi("Charts", "What was done")
    december = QLocale().standaloneMonthName(12, QLocale.FormatType.ShortFormat)
    assert december != "Dec"
    assert localized_months("2026-Dec") == f"2026-{december}"
    assert localized_months("15") == "15"


def test_months_stay_as_matplotlib_wrote_them_in_english() -> None:
    assert localized_months("2026-Dec") == "2026-Dec"


def test_one_time_format_in_the_log_as_in_today(hindi: QTranslator) -> None:
    # Today and the reminders say 20:08; the log said "8:08 pm" in Hindi, "8:08 PM" in English.
    assert format_moment(AT).endswith("20:08")
    assert fmt.hhmm(AT) == "20:08"


def test_the_catalogues_cautions_speak_hindi_in_today(
    qtbot: QtBot, hindi: QTranslator, acute_window: object
) -> None:
    from backplan.ui.shell.main_window import MainWindow

    assert isinstance(acute_window, MainWindow)
    view = acute_window.today_view
    view.refresh()
    caution = "Do not drink alcohol while taking it."  # the one alcohol advice (FACTS.md rule 12)
    texts = [w.text() for w in view.findChildren(type(view.date_heading)) if hasattr(w, "text")]
    assert any(_hindi("Catalogue", caution) in t for t in texts), texts
    assert not any(caution in t for t in texts)


def test_a_refusal_names_its_rule_and_the_plan_in_hindi(hindi: QTranslator) -> None:
    from PySide6.QtWidgets import QLabel

    from backplan.safety.findings import ALREADY_TAKEN, PLAN_SOURCE, Finding
    from backplan.ui.common.widgets import finding_widget

    finding = Finding(ALREADY_TAKEN, "refusal", "Carisoprodol 350 mg was already taken.", PLAN_SOURCE)
    widget = finding_widget(finding)  # kept: its labels go with it
    texts = [label.text() for label in widget.findChildren(QLabel)]
    assert any(_hindi("SafetyRules", ALREADY_TAKEN) in text for text in texts), texts
    assert any(_hindi("SafetyRules", PLAN_SOURCE) in text for text in texts), texts


def test_a_rule_broken_in_the_last_24_hours_is_named_in_hindi(
    qtbot: QtBot, hindi: QTranslator, acute_window: object, imported: tuple[object, int], clock: object
) -> None:
    """Today's card names the broken rule in the window's language."""
    from PySide6.QtWidgets import QLabel

    from backplan.domain.clock import FixedClock
    from backplan.services.backplan_service import Backplan
    from backplan.ui.shell.main_window import MainWindow

    assert isinstance(acute_window, MainWindow) and isinstance(clock, FixedClock)
    services, pid = imported
    assert isinstance(services, Backplan)
    clock.set(datetime(2026, 12, 2, 12, 0, tzinfo=CHICAGO))
    services.record_dose(pid, "ibuprofen", datetime(2026, 12, 2, 8, 0, tzinfo=CHICAGO))
    services.record_dose(pid, "ibuprofen", datetime(2026, 12, 2, 9, 0, tzinfo=CHICAGO), override="x")
    view = acute_window.today_view
    view.refresh()
    texts = " ".join(label.text() for label in view.rule_break_box.findChildren(QLabel))
    assert _hindi("SafetyRules", "minimum interval") in texts
    assert "minimum interval" not in texts
