"""Preferences: the grace period, the tray, start at login, text size, language and
the clinic database.

Changes apply when the dialog is accepted; the window reacts to ``applied``. The
tray option is offered only where the desktop has a tray, since "keep running in the
tray" without one would leave an invisible app running. The clinic database URL is
checked as it is typed (the services' own check, which refuses a password in it) and
only a URL that passes is stored; it is used from the next start.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from backplan.services.clinic import check_database_url
from backplan.services.errors import UsageError

from . import settings as s
from .theme import error_color
from .widgets import heading, muted, text_label

THEME_NAMES = (("system", "Like the system"), ("light", "Light"), ("dark", "Dark"))
LANGUAGES = (("", "System language"), ("en", "English"), ("hi", "हिन्दी (Hindi)"))


def tr(text: str) -> str:
    return QCoreApplication.translate("Preferences", text)


class PreferencesDialog(QDialog):
    applied = Signal()

    def __init__(self, settings: s.Settings, tray_available: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(tr("Preferences"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("Preferences"), 2))
        form = QFormLayout()

        self.grace = QSpinBox(self)
        self.grace.setRange(s.MIN_GRACE_MINUTES, s.MAX_GRACE_MINUTES)
        self.grace.setSingleStep(15)
        self.grace.setSuffix(tr(" minutes"))
        self.grace.setValue(settings.grace_minutes)
        self.grace.setAccessibleName(tr("Time before a reminder counts as missed"))
        self._row(form, tr("Counts as &missed after:"), self.grace)

        # Quit, or keep reminding (desktop notifications, or the tray) with the window closed.
        self.on_close = QComboBox(self)
        self.on_close.addItem(tr("Quit backplan"), False)
        self.on_close.addItem(tr("Keep reminding me"), True)
        self.on_close.setCurrentIndex(1 if settings.keep_in_tray and tray_available else 0)
        self.on_close.setEnabled(tray_available)
        self.on_close.setAccessibleName(tr("When the window is closed"))
        self._row(form, tr("When the window is &closed:"), self.on_close)
        # The reminder rows, then the note and the login box in the page itself: a wrapped
        # note spanning a form's row kept one line's height and was cut off at 175 %.
        layout.addLayout(form)
        if not tray_available:
            layout.addWidget(
                muted(
                    text_label(
                        tr(
                            "This desktop shows no notifications and has no system tray, "
                            "so reminders show in the window."
                        )
                    )
                )
            )
        self.login = QCheckBox(tr("Start backplan when I &log in"), self)
        self.login.setChecked(settings.start_at_login)
        layout.addWidget(self.login)
        form = QFormLayout()

        self.scale = QSpinBox(self)
        self.scale.setRange(s.MIN_TEXT_SCALE, s.MAX_TEXT_SCALE)
        self.scale.setSingleStep(25)
        self.scale.setSuffix(" %")
        self.scale.setValue(settings.text_scale)
        self.scale.setAccessibleName(tr("Text size in percent"))
        self._row(form, tr("Text si&ze:"), self.scale)

        self.theme = QComboBox(self)
        for code, name in THEME_NAMES:
            self.theme.addItem(tr(name), code)
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings.theme)))
        self.theme.setAccessibleName(tr("Colours"))
        self._row(form, tr("C&olours:"), self.theme)

        self.language = QComboBox(self)
        for code, name in LANGUAGES:
            self.language.addItem(tr(name) if code == "" else name, code)
        index = self.language.findData(settings.language)
        self.language.setCurrentIndex(max(0, index))
        self.language.setAccessibleName(tr("Language"))
        self._row(form, tr("&Language:"), self.language)
        layout.addLayout(form)
        layout.addWidget(muted(text_label(tr("A new language is used from the next start."))))

        clinic = QFormLayout()
        self.database_url = QLineEdit(settings.database_url, self)
        self.database_url.setPlaceholderText(tr("Empty: this computer's own database file"))
        self.database_url.setAccessibleName(tr("Clinic database URL"))
        self.database_url.textChanged.connect(self._check_database_url)
        self._row(clinic, tr("Clinic &database (PostgreSQL URL):"), self.database_url)
        self.database_url_problem = text_label("")
        self.database_url_problem.setObjectName("databaseUrlProblem")
        self.database_url_problem.setStyleSheet(f"color: {error_color().name()};")
        clinic.addRow(self.database_url_problem)
        layout.addLayout(clinic)
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

    def showEvent(self, event: QShowEvent) -> None:
        """Tall enough for its wrapped notes at the width it opens with (175 % text cut them)."""
        super().showEvent(event)
        needed = self.heightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

    def _check_database_url(self, text: str) -> str | None:
        """The URL to store ("" for none), or None when it is refused; says why beside it.

        OK is disabled while the URL is refused, so a URL with a password never
        reaches the settings file.
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
        self.database_url_problem.setVisible(bool(problem))
        if hasattr(self, "ok_button"):
            self.ok_button.setEnabled(checked is not None)
        return checked

    def _row(self, form: QFormLayout, text: str, widget: QWidget) -> None:
        label = QLabel(text, self)
        label.setBuddy(widget)
        form.addRow(label, widget)

    def apply(self) -> None:
        self.settings.grace_minutes = self.grace.value()
        self.settings.keep_in_tray = bool(self.on_close.currentData())
        self.settings.theme = str(self.theme.currentData() or "system")
        self.settings.start_at_login = self.login.isChecked()
        self.settings.text_scale = self.scale.value()
        self.settings.language = str(self.language.currentData() or "")
        url = self._check_database_url(self.database_url.text())
        if url is None:
            return
        self.settings.database_url = url
        self.settings.sync()
        self.accept()
        self.applied.emit()
