"""Clinic set-up: where a clinic keeps its shared database (a PostgreSQL server).

This is a clinic's or an installer's choice, not a patient's, so it is not among the
Preferences (a patient there met a "database URL" field and no way to tell what it
was for); it has its own dialog, reached from Edit > Clinic set-up. The URL is checked
as it is typed (the services' own check, which refuses a password in it) and only a
URL that passes is stored; it is used from the next start.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from backplan.services.clinic import check_database_url
from backplan.services.errors import UsageError

from ..common.theme import error_color
from ..common.widgets import heading, muted, text_label
from . import settings as s


def tr(text: str) -> str:
    return QCoreApplication.translate("ClinicSetup", text)


class ClinicSetupDialog(QDialog):
    """The clinic's database, checked as typed and stored only when sound."""

    applied = Signal()

    def __init__(self, settings: s.Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(tr("Clinic set-up"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("Clinic set-up"), 2))
        layout.addWidget(
            text_label(
                tr(
                    "For a clinic whose computers share one database. At home, leave this empty: "
                    "backplan keeps everything in a file on this computer."
                )
            )
        )
        form = QFormLayout()
        self.database_url = QLineEdit(settings.database_url, self)
        self.database_url.setPlaceholderText(tr("Empty: this computer's own database file"))
        self.database_url.textChanged.connect(self._check_database_url)
        label = QLabel(tr("Clinic &database (PostgreSQL URL):"), self)
        label.setBuddy(self.database_url)
        form.addRow(label, self.database_url)
        self.database_url.setAccessibleName(label.text().replace("&", "").rstrip(":"))
        layout.addLayout(form)
        # A fixed place for the problem: the rows do not move when it appears.
        self.database_url_problem = text_label("")
        self.database_url_problem.setObjectName("databaseUrlProblem")
        self.database_url_problem.setStyleSheet(f"color: {error_color().name()};")
        # Room for the longest refusal (four lines), so nothing moves or overlaps when it shows.
        self.database_url_problem.setMinimumHeight(self.fontMetrics().lineSpacing() * 4 + 4)
        self.database_url_problem.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.database_url_problem)
        layout.addWidget(
            muted(
                text_label(
                    tr(
                        "A changed database is used from the next start. Never put the password "
                        "in the URL: backplan refuses it."
                    )
                )
            )
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.apply)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self._check_database_url(self.database_url.text())

    def _check_database_url(self, text: str) -> str | None:
        """The URL to store ("" for none), or None when it is refused; says why.

        OK is disabled while the URL is refused (and says so), so a URL with a password
        never reaches the settings file.
        """
        checked: str | None
        if not text.strip():
            checked, problem = "", ""
        else:
            try:
                checked, problem = check_database_url(text), ""
            except UsageError as exc:
                checked, problem = None, tr("Not accepted: {reason}").format(reason=exc)
        self.database_url_problem.setText(problem)
        self.database_url.setAccessibleDescription(problem)
        if hasattr(self, "ok_button"):
            self.ok_button.setEnabled(checked is not None)
            self.ok_button.setToolTip(problem)
            self.ok_button.setAccessibleDescription(problem)
        return checked

    def apply(self) -> None:
        url = self._check_database_url(self.database_url.text())
        if url is None:
            return
        self.settings.database_url = url
        self.settings.sync()
        self.accept()
        self.applied.emit()


__all__ = ["ClinicSetupDialog"]
