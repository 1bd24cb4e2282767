"""The urgent-care advice follows the window's language.

The advice's wording lives in English in ``resources/safety/texts.json``; the window
looks it up in the ``SafetyTexts`` catalogue. A person who chose Hindi must read the
advice in Hindi (title, body and what they recorded), and in English it must stay
word for word the bundled text. Expected Hindi comes from the reviewed ``.ts`` file.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from backplan.domain.model import LogEntry, RedFlag
from backplan.safety.red_flags import red_flag_findings, red_flag_text
from backplan.ui.common.safety_texts import SAFETY_CONTEXT, red_flag_message
from backplan.ui.i18n import read_ts
from backplan.ui.log.view import RedFlagAdvice, red_flag_advice_text

HINDI_TS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "backplan_hi.ts"
AT = datetime(2026, 11, 12, 9, 15, tzinfo=ZoneInfo("Asia/Kolkata"))
# Saddle numbness makes it the emergency level (FACTS.md rule 10).
FLAGS = (RedFlag.SADDLE_NUMBNESS, RedFlag.FEVER)


def _hindi(context: str, source: str) -> str:
    tr = read_ts(HINDI_TS)[(context, source)]
    assert tr.finished
    return tr.forms[0]


def test_the_log_views_advice_is_hindi_when_hindi_is_chosen(qtbot, hindi) -> None:  # type: ignore[no-untyped-def]
    wording = red_flag_text()
    title, advice, _source = red_flag_advice_text(FLAGS, AT)
    assert title == _hindi(SAFETY_CONTEXT, wording.emergency_title)
    assert advice.startswith(_hindi(SAFETY_CONTEXT, wording.emergency_body))
    assert wording.emergency_body not in advice and "What you recorded" not in advice
    # What was recorded, in the Hindi labels the log form shows.
    for key in ("saddle_numbness", "fever"):
        label = _hindi("LogLabels", _label_source(key))
        assert label in advice
    # The advice window itself.
    box = RedFlagAdvice()
    qtbot.addWidget(box)
    box.present(FLAGS, AT)
    assert box.text() == title
    assert _hindi(SAFETY_CONTEXT, wording.emergency_body) in box.informativeText()
    box.close()


def test_the_advice_stays_the_bundled_english_without_a_translation(qtbot) -> None:  # type: ignore[no-untyped-def]
    wording = red_flag_text()
    title, advice, _source = red_flag_advice_text(FLAGS, AT)
    assert title == wording.emergency_title
    (finding,) = red_flag_findings(LogEntry(at=AT, pain=0, red_flags=FLAGS))
    # Word for word what the safety module says, title split off as the heading.
    assert f"{title}. {advice}" == finding.message
    assert red_flag_message(finding.message, FLAGS) == finding.message
    assert wording.emergency_body in advice and "What you recorded:" in advice


def test_todays_red_flag_message_is_hindi_when_hindi_is_chosen(hindi) -> None:  # type: ignore[no-untyped-def]
    wording = red_flag_text()
    (finding,) = red_flag_findings(LogEntry(at=AT, pain=0, red_flags=FLAGS))
    shown = red_flag_message(finding.message, FLAGS)
    assert shown.startswith(_hindi(SAFETY_CONTEXT, wording.emergency_title))
    assert _hindi(SAFETY_CONTEXT, wording.emergency_body) in shown
    assert wording.emergency_title not in shown and wording.emergency_body not in shown


def _label_source(key: str) -> str:
    import json

    from backplan.resources_path import resources_dir

    texts = json.loads((resources_dir() / "safety" / "texts.json").read_text(encoding="utf-8"))
    return str(texts["red_flags"][key])
