"""Every string the window shows is marked for translation, and Hindi is complete.

Three checks: an ast walk over the ui code finds no text literal handed straight to a
widget (it would stay English in every language); the Hindi catalogue covers every
marked string, finished, with the same placeholders and Alt letters; and the compiled
catalogue really turns the window Hindi when the language setting asks for it.
"""

from __future__ import annotations

import ast
import os
import re
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

from backplan.ui.common.theme import install_translation
from backplan.ui.i18n import extract, read_ts, source_files

PROJECT = Path(__file__).resolve().parents[2]
TRANSLATIONS = PROJECT / "resources" / "translations"

# Calls whose text arguments a person reads.
SETTERS = {
    "setText", "setWindowTitle", "setToolTip", "setPlaceholderText", "setStatusTip", "setWhatsThis",
    "setAccessibleName", "setAccessibleDescription", "addAction", "addMenu", "setInformativeText",
    "setTitle", "setLabelText", "showMessage", "addTab", "setSuffix", "setPrefix",
    "setSpecialValueText", "setHeaderLabels", "setHorizontalHeaderLabels", "addButton",
    "information", "warning", "critical", "question", "about", "getOpenFileName", "getSaveFileName",
}  # fmt: skip
CONSTRUCTORS = {
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QToolButton",
    "QMessageBox", "QMenu", "QCommandLinkButton", "QProgressDialog",
}  # fmt: skip
# Receivers that are not widgets: a log line is for developers, not translated.
NOT_WIDGETS = {"log", "logging", "logger", "warnings"}
# Not words: unit symbols and the recurrence-rule syntax shown as an example to fill in.
ALLOWED = {" mg", "mg", " ml"}
CODE_LIKE = re.compile(r"^[A-Z0-9=;,:+-]+$")
PLACEHOLDER = re.compile(r"\{[A-Za-z_0-9]*\}|%n|%\d")


def _is_words(node: ast.AST) -> bool:
    """A literal with words in it (two letters or more); "—", "%", digits pass."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        if node.value in ALLOWED or CODE_LIKE.match(node.value):
            return False
        return re.search(r"[^\W\d_]{2,}", node.value) is not None
    if isinstance(node, ast.JoinedStr):
        return any(_is_words(v) for v in node.values if isinstance(v, ast.Constant))
    if isinstance(node, ast.BinOp):
        return _is_words(node.left) or _is_words(node.right)
    return False


def _text_arguments(call: ast.Call, name: str) -> list[ast.AST]:
    if name in ("addItem", "insertItem"):  # (text, data): only the text is read
        index = 1 if name == "insertItem" else 0
        return call.args[index : index + 1]
    return [*call.args, *(k.value for k in call.keywords)]


def unmarked_strings(paths: list[Path]) -> Iterator[str]:
    for path in paths:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            if isinstance(func, ast.Attribute):
                name = func.attr
                if isinstance(func.value, ast.Name) and func.value.id in NOT_WIDGETS:
                    continue
            elif isinstance(func, ast.Name):
                name = func.id
            else:
                continue
            if name not in SETTERS | CONSTRUCTORS | {"addItem", "insertItem"}:
                continue
            for arg in _text_arguments(node, name):
                if _is_words(arg):
                    yield f"{path.relative_to(PROJECT)}:{node.lineno}: {ast.unparse(arg)[:80]}"


def test_the_check_finds_an_unmarked_string(tmp_path: Path) -> None:
    sample = PROJECT / "src" / "backplan" / "ui" / "_sample_for_test.py"
    try:
        sample.write_text(
            'label.setText("Take your dose")\nbox.setText(tr("Fine"))\nlog.warning("for developers")\n'
            'combo.addItem(tr("US Letter"), "letter")\nb.setText("—")\n',
            encoding="utf-8",
        )
        found = list(unmarked_strings([sample]))
    finally:
        sample.unlink()
    assert len(found) == 1 and "Take your dose" in found[0]


def test_no_user_visible_string_escapes_translation() -> None:
    ui = sorted((PROJECT / "src" / "backplan" / "ui").rglob("*.py"))
    assert list(unmarked_strings(ui)) == []


@pytest.fixture(scope="module")
def catalogue() -> dict[tuple[str, str], object]:
    return dict(extract(source_files(PROJECT), PROJECT))


@pytest.mark.parametrize("language", ["en", "hi"])
def test_the_catalogue_covers_every_marked_string(language: str, catalogue: dict) -> None:
    translations = read_ts(TRANSLATIONS / f"backplan_{language}.ts")
    missing = [src for key, _ in catalogue.items() if key not in translations for src in [key[1]]]
    assert missing == [], "run `python -m backplan.ui.i18n` and translate the new strings"
    assert (TRANSLATIONS / f"backplan_{language}.qm").stat().st_size > 1000


def test_hindi_is_finished_with_the_same_placeholders_and_alt_letters() -> None:
    text = (TRANSLATIONS / "backplan_hi.ts").read_text(encoding="utf-8")
    assert 'type="unfinished"' not in text
    translations = read_ts(TRANSLATIONS / "backplan_hi.ts")
    assert len(translations) > 300
    for (context, source), tr in translations.items():
        assert tr.finished, (context, source)
        for form in tr.forms:
            assert form.strip(), (context, source)
            assert sorted(PLACEHOLDER.findall(form)) == sorted(PLACEHOLDER.findall(source)), (source, form)
            letter = re.search(r"&([^&\s])", source)
            if letter:
                assert f"&{letter.group(1).upper()}" in form.upper(), (source, form)
        if source not in ("backplan",) and re.search(r"[A-Za-z]{4,}", source) and "{" not in source:
            # Real words are translated, apart from names of keys and formats.
            devanagari = re.search(r"[\u0900-\u097F]", "".join(tr.forms))
            keep = {"Enter", "Escape", "Space", "Page Down", "US Letter", "PSFS"}
            assert devanagari or source in keep, f"{source!r} was left in English"


def test_the_hindi_setting_turns_the_window_hindi() -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = QLocale()
    translator = install_translation(app, "hi")
    try:
        assert translator is not None, "backplan_hi.qm was not found or not loaded"
        assert QCoreApplication.translate("MainWindow", "&Today") == "आज (&T)"
        assert QCoreApplication.translate("TodayView", "Due now") == "अभी करना है"
        assert QCoreApplication.translate("LogView", "%n entries", "", 3) == "3 प्रविष्टियाँ"
        # Dates and numbers follow Hindi (India) from now on.
        assert QLocale().language() == QLocale.Language.Hindi
        assert "मार्च" in QLocale().toString(QLocale().toDate("2026-03-04", "yyyy-MM-dd"), "d MMMM yyyy")
    finally:
        if translator is not None:
            app.removeTranslator(translator)
        QLocale.setDefault(before)
    assert QCoreApplication.translate("TodayView", "Due now") == "Due now"
