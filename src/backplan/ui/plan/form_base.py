"""The plan editor's form machinery: a dialog whose fields are checked as they are typed.

Every form checks what is typed with the file format's own rules: it builds the JSON
the file would hold, reads it back with the domain codec, puts the candidate into the
whole document and runs ``validate_document`` on it, so the form refuses exactly what an
import would refuse. The problem is shown in one fixed place under the fields (the rows
never move while typing, so a click lands where it was aimed), in the patient's words
(``form_words``), and on the field and the disabled Save button for screen readers.
"""

from __future__ import annotations

import re
import zoneinfo
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from backplan.domain import codec
from backplan.domain.errors import ValidationError
from backplan.domain.model import (
    PlanDocument,
)
from backplan.safety.catalogue import Catalogue
from backplan.safety.findings import Finding
from backplan.safety.plan_checks import check_plan

from ..common.screen_fit import fit_to_screen
from ..common.theme import error_color, warning_color
from ..common.widgets import finding_widget, heading, text_label
from .form_words import plain_message

# Given the item a form holds, the whole candidate document and the item's JSON path in it.
Context = Callable[[Any], tuple[PlanDocument, str]]


def error_style() -> str:
    """Style for a field's error line, asked at use so it follows light or dark (AA)."""
    return f"color: {error_color().name()};"


def warning_style() -> str:
    """Style for a "please check" line: amber readable on the current background."""
    return f"color: {warning_color().name()};"


def tr(text: str) -> str:
    return QCoreApplication.translate("PlanForms", text)


# --- small conversions ---------------------------------------------------------------


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def number_or_text(text: str) -> Any:
    """A typed number as a JSON number; anything else as text, for the codec to refuse
    with its own message ("expected a number > 0, got the text '1,5x'")."""
    raw = text.strip()
    if not raw:
        return None
    try:
        return int(raw)
    except ValueError:
        pass
    try:
        return float(raw.replace(",", "."))
    except ValueError:
        return raw


def fmt_number(value: float | int | None) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def slug(text: str) -> str:
    """A kebab-case id made from a name: ``Carisoprodol 350 mg`` -> ``carisoprodol-350-mg``."""
    words = re.findall(r"[a-z0-9]+", text.casefold())
    return "-".join(words)[:60].strip("-")


def unique_id(base: str, taken: set[str], fallback: str) -> str:
    base = base or fallback
    candidate, n = base, 2
    while candidate in taken or candidate == "flare-up":
        candidate = f"{base}-{n}"
        n += 1
    return candidate


def lines_of(edit: QPlainTextEdit) -> list[str]:
    return [line.strip() for line in edit.toPlainText().splitlines() if line.strip()]


def date_edit(parent: QWidget, day: date, name: str) -> QDateEdit:
    edit = QDateEdit(qdate(day), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setAccessibleName(name)
    return edit


def line_edit(parent: QWidget, name: str, text: str = "", max_len: int = 200) -> QLineEdit:
    edit = QLineEdit(text, parent)
    edit.setAccessibleName(name)
    edit.setMaxLength(max_len)
    return edit


def timezone_box(parent: QWidget, zone: str, name: str) -> QComboBox:
    """An editable list of the IANA time zones, ``zone`` chosen, that completes what is
    typed anywhere in a name ("chicago" finds America/Chicago)."""
    box = QComboBox(parent)
    box.setEditable(True)
    box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    zones = sorted(z for z in zoneinfo.available_timezones() if "/" in z or z == "UTC")
    box.addItems(zones)
    completer = QCompleter(zones, box)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    box.setCompleter(completer)
    box.setCurrentText(zone)
    box.setAccessibleName(name)
    return box


def text_edit(parent: QWidget, name: str, text: str = "", lines: int = 3) -> QPlainTextEdit:
    edit = QPlainTextEdit(text, parent)
    edit.setAccessibleName(name)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 12)
    return edit


def optional_spin(parent: QWidget, name: str, hi: int, none_text: str, value: int | None) -> QSpinBox:
    """A spin box whose lowest value (0) means "not set", shown as ``none_text``."""
    spin = QSpinBox(parent)
    spin.setRange(0, hi)
    spin.setSpecialValueText(none_text)
    spin.setValue(value or 0)
    spin.setAccessibleName(name)
    return spin


class DerivedId:
    """The id a plan item's records refer to, made from its name, never a field.

    Patients met an "Id" field and could not tell what to write there. A new item takes
    its id from its name (kebab-case, made unique within the plan by ``unique_id``); an
    item being edited keeps the id its records already point at. It answers ``text()``
    and ``setText()`` like the line edit it replaces, so the forms build their JSON the
    same way.
    """

    def __init__(self, text: str = "") -> None:
        self._text = text

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:
        self._text = text


# --- the form machinery --------------------------------------------------------------


class ValidatingForm(QDialog):
    """A dialog whose fields are checked by the codec on every change.

    Subclasses add rows with :meth:`add_row` naming the JSON key each field writes,
    and implement :meth:`build` (values -> the checked item, raising
    ``ValidationError``) and :meth:`candidate` (the item -> document and path). The
    result is in :attr:`value` once the dialog is accepted.
    """

    changed = Signal()

    def __init__(self, title: str, catalogue: Catalogue | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.catalogue = catalogue
        self.value: Any = None
        self.error: ValidationError | None = None
        self.findings: list[Finding] = []
        self.warnings: list[str] = []
        self._errors: dict[str, QLabel] = {}  # JSON key -> the row's label
        self._fields: dict[QLabel, QWidget] = {}  # the row's label -> its field
        self._marked: list[QLabel] = []
        self._ready = False

        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 14, 16, 12)
        scroll = QScrollArea(self)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a tab stop: its fields are
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        page = QWidget(scroll)
        self.body = QVBoxLayout(page)
        self.body.setContentsMargins(0, 0, 8, 0)
        self.body.addWidget(heading(title, 2))
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.body.addLayout(self.form)
        scroll.setWidget(page)
        outer.addWidget(scroll, 1)

        # One fixed place for the form's problem, always as tall as two lines, below the
        # fields: a message appearing or going never moves a row under the pointer.
        self.general_error = text_label()
        self.general_error.setObjectName("formProblem")
        self.general_error.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.general_error.setMinimumHeight(self.general_error.fontMetrics().lineSpacing() * 2 + 4)
        outer.addWidget(self.general_error)
        self.findings_group = QGroupBox(tr("Safety checks while you type"), self)
        self.findings_layout = QVBoxLayout(self.findings_group)
        self.findings_layout.setContentsMargins(8, 4, 8, 4)
        self.findings_group.hide()
        outer.addWidget(self.findings_group)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(tr("&Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        fit_to_screen(self, 640, 720)

    # --- building rows -------------------------------------------------------------

    def add_row(self, label: str, widget: QWidget, *keys: str) -> QLabel:
        """A labelled field for the JSON keys it writes; returns the row's label, which
        turns to the error colour while the field has a problem (the message itself
        is shown in the form's one fixed place, and on the field for screen readers)."""
        title = QLabel(label, self)
        # A composite field (the schedule, the course length) is labelled at its first
        # control: the label's mnemonic focuses it, and a screen reader names it by it.
        title.setBuddy(widget.focusProxy() or widget)
        self.form.addRow(title, widget)
        self._fields[title] = widget
        for key in keys:
            self._errors[key] = title
        return title

    def watch(self, *widgets: QWidget) -> None:
        """Re-checks the form whenever one of these widgets changes."""
        for widget in widgets:
            if isinstance(widget, QLineEdit | QPlainTextEdit):
                widget.textChanged.connect(self.revalidate)
            elif isinstance(widget, QSpinBox | QDoubleSpinBox):
                widget.valueChanged.connect(self.revalidate)
            elif isinstance(widget, QDateTimeEdit):  # QDateEdit too
                widget.dateTimeChanged.connect(self.revalidate)
            elif isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(self.revalidate)
                if widget.isEditable():
                    widget.editTextChanged.connect(self.revalidate)
            elif isinstance(widget, QCheckBox):
                widget.toggled.connect(self.revalidate)
            elif hasattr(widget, "changed"):  # a composite editor (the schedule) says when it changed
                widget.changed.connect(self.revalidate)

    # --- checking ----------------------------------------------------------------

    def build(self) -> Any:
        raise NotImplementedError

    def candidate(self, value: Any) -> tuple[PlanDocument, str]:
        raise NotImplementedError

    def finding_concerns(self, finding: Finding, value: Any) -> bool:
        return True

    def error_label(self, path: str) -> QLabel | None:
        """The label of the row whose field a JSON path points into (the longest known key)."""
        probe = path
        while probe:
            if probe in self._errors:
                return self._errors[probe]
            cut = max(probe.rfind("."), probe.rfind("["))
            probe = probe[:cut] if cut > 0 else ""
        return None

    def revalidate(self, *_args: object) -> None:
        if not self._ready:
            return
        self.value, self.error, self.findings, self.warnings = None, None, [], []
        try:
            value = self.build()
            doc, prefix = self.candidate(value)
            try:
                codec.validate_document(doc)
            except ValidationError as exc:
                raise self._relative(exc, prefix) from None
            self.value = value
            if self.catalogue is not None:
                self.findings = [
                    f for f in check_plan(doc, self.catalogue) if self.finding_concerns(f, value)
                ]
        except ValidationError as exc:
            self.error = exc
        self._show()
        self.changed.emit()

    @staticmethod
    def _relative(exc: ValidationError, prefix: str) -> ValidationError:
        if prefix and (exc.path == prefix or exc.path.startswith((prefix + ".", prefix + "["))):
            rest = exc.path[len(prefix) :].lstrip(".")
            return ValidationError(rest, exc.message)
        return ValidationError("~" + exc.path, str(exc))  # elsewhere in the plan: shown below

    def _field_name(self, title: QLabel) -> str:
        return title.text().replace("&", "").rstrip(": ")

    def _mark(self, title: QLabel, text: str, style: str) -> None:
        title.setStyleSheet(style)
        field = self._fields.get(title)
        if field is not None:
            field.setAccessibleDescription(text)
        self._marked.append(title)

    def _problem_lines(self) -> list[tuple[str, str]]:
        """The problems to show, each (text, style): the error first, then the warnings."""
        lines: list[tuple[str, str]] = []
        if self.error is not None:
            elsewhere = self.error.path.startswith("~")
            target = None if elsewhere else self.error_label(self.error.path)
            if target is not None:
                text = plain_message(self.error.message)
                self._mark(target, text, error_style())
                lines.append((f"{self._field_name(target)}: {text}", error_style()))
            else:
                path, _, message = str(self.error).lstrip("~").partition(": ")
                text = tr("Elsewhere in the plan ({where}): {problem}").format(
                    where=path, problem=plain_message(message or path)
                )
                lines.append((text, error_style()))
        for message in self.warnings:
            path, _, text = message.partition(": ")
            target = self.error_label(path)
            shown = tr("Please check: {text}").format(text=text)
            if target is not None:
                if target not in self._marked:
                    self._mark(target, shown, warning_style())
                shown = f"{self._field_name(target)}: {shown}"
            lines.append((shown, warning_style()))
        return lines

    def _show(self) -> None:
        for title in self._marked:
            title.setStyleSheet("")
            field = self._fields.get(title)
            if field is not None:
                field.setAccessibleDescription("")
        self._marked = []
        lines = self._problem_lines()
        self.general_error.setText("\n".join("⚠ " + text for text, _ in lines))
        self.general_error.setStyleSheet(lines[0][1] if lines else "")
        while self.findings_layout.count():
            item = self.findings_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # gone at once, not only when the event loop deletes it
                widget.deleteLater()
        said: set[tuple[str, str]] = set()
        for finding in self.findings:
            if (finding.rule, finding.message) in said:  # two steps of one taper say it once
                continue
            said.add((finding.rule, finding.message))
            self.findings_layout.addWidget(finding_widget(finding, self.findings_group))
        self.findings_group.setVisible(bool(self.findings))
        self.save_button.setEnabled(self.value is not None)
        why = ""
        if self.value is None and lines:
            why = tr("Not yet: {problem}").format(problem=lines[0][0])
        self.save_button.setToolTip(why)  # a disabled Save says why, on hover and to a screen reader
        self.save_button.setAccessibleDescription(why)

    def start_checking(self) -> None:
        self.body.addStretch(1)  # spare height below the fields, not between them
        self._ready = True
        self.revalidate()

    def messages(self) -> list[str]:
        """Every message shown now (for tests), one per problem."""
        return [line for line in self.general_error.text().split("\n") if line]

    def _save(self) -> None:
        self.revalidate()
        if self.value is not None:
            self.accept()
