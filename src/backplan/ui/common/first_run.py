"""The first-run screen: shown while the data folder holds no patient.

Three ways in, each a large button with a sentence that says what it does: type in a
new plan, import the file a physiotherapist gave you, or try the demo (which opens
a second window on a separate demo folder, so real data and demo data never mix).
"""

from __future__ import annotations

import logging
import shutil
import sys
import zoneinfo
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QProcess, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCommandLinkButton,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from backplan.domain.codec import validate_document
from backplan.domain.errors import ValidationError
from backplan.domain.model import Patient, Plan, PlanDocument
from backplan.services.backplan_service import Backplan, ImportResult
from backplan.services.errors import ServiceError, UsageError

from .system_zone import system_timezone
from .widgets import heading, muted, text_label

log = logging.getLogger(__name__)

PLAN_FILE_FILTER = "backplan plan files (*.backplan.json);;JSON files (*.json);;All files (*)"


def tr(text: str) -> str:
    return QCoreApplication.translate("FirstRun", text)


def _message(
    parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str, detail: str = ""
) -> QMessageBox:
    """A non-blocking message box with plain text (file names and reasons are shown as written)."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if detail:
        box.setInformativeText(detail)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.finished.connect(box.deleteLater)
    box.open()
    return box


def import_plan_file(
    services: Backplan, path: Path, parent: QWidget | None, *, replace: bool = False
) -> ImportResult | None:
    """Imports a plan file; on refusal shows the file, the place in it and why. Nothing is
    written when the file is refused (the services import all or nothing)."""
    try:
        return services.import_file(path, replace=replace)
    except UsageError as exc:
        _message(
            parent,
            QMessageBox.Icon.Warning,
            tr("Plan not imported"),
            tr("This file could not be imported. Nothing was changed."),
            str(exc),
        )
    except ServiceError as exc:  # pragma: no cover - other service failures
        _message(parent, QMessageBox.Icon.Warning, tr("Plan not imported"), str(exc))
    return None


def default_demo_launcher(data_dir: str | None) -> Callable[[], bool]:
    """Starts ``backplan --demo`` as a separate process; False if it could not start."""

    def launch() -> bool:
        if getattr(sys, "frozen", False):  # a bundle: the executable is backplan itself
            program, args = sys.executable, ["--demo"]
        else:
            script = shutil.which("backplan") or str(Path(sys.executable).with_name("backplan"))
            if Path(script).is_file():
                program, args = script, ["--demo"]
            else:
                program, args = sys.executable, ["-m", "backplan.cli", "--demo"]
        if data_dir:
            args += ["--data-dir", data_dir]
        ok, _pid = QProcess.startDetached(program, args)
        return bool(ok)

    return launch


class NewPlanDialog(QDialog):
    """The few facts a plan needs to start: whose it is, their time zone, a title and a date."""

    def __init__(self, services: Backplan, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.patient_id: int | None = None
        self.setWindowTitle(tr("Start a new plan"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("Start a new plan"), 2))
        layout.addWidget(
            text_label(tr("You can add medicines, activities and exercises in the Plan section afterwards."))
        )
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.name = QLineEdit(self)
        self.name.setAccessibleName(tr("Patient name"))
        self.name.setMaxLength(200)
        self.timezone = QComboBox(self)
        self.timezone.setEditable(True)
        self.timezone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        zones = sorted(z for z in zoneinfo.available_timezones() if "/" in z or z == "UTC")
        self.timezone.addItems(zones)
        self.timezone.setCurrentText(system_timezone())
        completer = QCompleter(zones, self.timezone)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.timezone.setCompleter(completer)
        self.timezone.setAccessibleName(tr("Time zone"))
        self.title = QLineEdit(tr("My back plan"), self)
        self.title.setAccessibleName(tr("Plan title"))
        self.title.setMaxLength(200)
        self.start = QDateEdit(QDate(today.year, today.month, today.day), self)
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("d MMM yyyy")
        self.start.setAccessibleName(tr("Start date"))
        for text, widget in (
            (tr("Patient &name:"), self.name),
            (tr("&Time zone:"), self.timezone),
            (tr("Plan &title:"), self.title),
            (tr("&Start date:"), self.start),
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addRow(label, widget)
        layout.addLayout(form)
        self.error = text_label()
        self.error.setAccessibleName(tr("Problem"))
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(tr("&Create plan"))
        self.ok.setEnabled(False)
        self.buttons.accepted.connect(self.create_plan)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.name.textChanged.connect(lambda text: self.ok.setEnabled(bool(text.strip())))
        self.name.setFocus()

    def document(self) -> PlanDocument:
        day = self.start.date()
        return PlanDocument(
            patient=Patient(name=self.name.text().strip(), timezone=self.timezone.currentText().strip()),
            plan=Plan(
                title=self.title.text().strip() or tr("My back plan"),
                start=date(day.year(), day.month(), day.day()),
            ),
        )

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def create_plan(self) -> None:
        zone_name = self.timezone.currentText().strip()
        if zone_name not in zoneinfo.available_timezones():
            self.show_error(
                tr("“{zone}” is not a time zone backplan knows. Pick one from the list.").format(
                    zone=zone_name
                )
            )
            return
        doc = self.document()
        try:
            validate_document(doc)
            result = self.services.import_document(doc)
        except ValidationError as exc:
            self.show_error(str(exc))
            return
        except UsageError as exc:
            self.show_error(str(exc))
            return
        self.patient_id = result.patient_id
        self.accept()


class FirstRunView(QWidget):
    """The welcome page with its three choices."""

    patient_created = Signal(int)

    def __init__(
        self,
        services: Backplan,
        today: Callable[[], date],
        demo_launcher: Callable[[], bool] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.today = today
        self.demo_launcher = demo_launcher or default_demo_launcher(None)
        self.dialog: QWidget | None = None

        # One readable column, centred: long lines are hard to follow.
        outer = QHBoxLayout(self)
        outer.setContentsMargins(32, 32, 32, 32)
        column = QWidget(self)
        column.setMaximumWidth(820)
        outer.addStretch(1)
        outer.addWidget(column, 6)
        outer.addStretch(1)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        layout.addStretch(1)
        layout.addWidget(heading(tr("Welcome to backplan"), 1))
        intro = text_label(
            tr(
                "backplan keeps the plan your clinician set for your back in one place: when to take "
                "each medicine, your exercises and therapy sessions, heat before and cold after, and "
                "a diary of your pain. It reminds you when something is due. It does not give medical "
                "advice or change a dose."
            )
        )
        layout.addWidget(intro)
        layout.addSpacing(8)
        layout.addWidget(heading(tr("How would you like to start?"), 2))

        self.new_button = QCommandLinkButton(
            tr("Start a new plan"),
            tr("Type in your name and the plan's start date; add medicines and exercises afterwards."),
            self,
        )
        self.import_button = QCommandLinkButton(
            tr("Import a plan file from your physiotherapist"),
            tr("Open the .backplan.json file you were given. Nothing is changed if the file has a problem."),
            self,
        )
        self.demo_button = QCommandLinkButton(
            tr("Try the demo"),
            tr(
                "Opens a second window with an example patient and six weeks of made-up history. "
                "Your own data is not touched."
            ),
            self,
        )
        for button in (self.new_button, self.import_button, self.demo_button):
            button.setAccessibleName(button.text())
            button.setAccessibleDescription(button.description())
            layout.addWidget(button)
        self.new_button.clicked.connect(self.start_new_plan)
        self.import_button.clicked.connect(self.choose_file)
        self.demo_button.clicked.connect(self.try_demo)
        layout.addSpacing(8)
        layout.addWidget(
            muted(text_label(tr("backplan organizes the plan your clinician set; it is not medical advice.")))
        )
        layout.addStretch(2)

    # --- the three choices ------------------------------------------------------------

    def start_new_plan(self) -> NewPlanDialog:
        dialog = NewPlanDialog(self.services, self.today(), self)
        dialog.accepted.connect(lambda: self._created(dialog.patient_id))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, tr("Import a plan file"), str(Path.home()), tr(PLAN_FILE_FILTER)
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> ImportResult | None:
        result = import_plan_file(self.services, path, self)
        if result is not None:
            self._created(result.patient_id)
        return result

    def try_demo(self) -> bool:
        started = False
        try:
            started = self.demo_launcher()
        except OSError as exc:  # pragma: no cover - depends on the system
            log.warning("could not start the demo: %s", exc)
        if started:
            self.dialog = _message(
                self,
                QMessageBox.Icon.Information,
                tr("Demo starting"),
                tr("The demo opens in a window of its own in a moment. Your own data is not touched."),
            )
        else:
            self.dialog = _message(
                self,
                QMessageBox.Icon.Information,
                tr("Try the demo"),
                tr("The demo could not be started from here. Run this command in a terminal:"),
                "backplan --demo",
            )
        return started

    def _created(self, patient_id: int | None) -> None:
        if patient_id is not None:
            self.patient_created.emit(patient_id)
