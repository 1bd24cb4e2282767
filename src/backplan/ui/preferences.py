"""Preferences: the grace period, the tray, start at login, text size and language.

Changes apply when the dialog is accepted; the window reacts to ``applied``. The
tray option is offered only where the desktop has a tray, since "keep running in the
tray" without one would leave an invisible app running. The clinic's database is not
a patient's preference: it has its own dialog (``clinic_setup``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from . import settings as s
from .widgets import heading, muted, text_label

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

        self.tray = QCheckBox(tr("&Keep running in the tray when the window is closed"), self)
        self.tray.setChecked(settings.keep_in_tray and tray_available)
        self.tray.setEnabled(tray_available)
        form.addRow(self.tray)
        if not tray_available:
            form.addRow(
                muted(text_label(tr("This desktop has no system tray, so reminders show in the window.")))
            )

        self.login = QCheckBox(tr("Start backplan when I &log in"), self)
        self.login.setChecked(settings.start_at_login)
        form.addRow(self.login)

        self.scale = QSpinBox(self)
        self.scale.setRange(s.MIN_TEXT_SCALE, s.MAX_TEXT_SCALE)
        self.scale.setSingleStep(25)
        self.scale.setSuffix(" %")
        self.scale.setValue(settings.text_scale)
        self.scale.setAccessibleName(tr("Text size in percent"))
        self._row(form, tr("Text si&ze:"), self.scale)

        self.language = QComboBox(self)
        for code, name in LANGUAGES:
            self.language.addItem(tr(name) if code == "" else name, code)
        index = self.language.findData(settings.language)
        self.language.setCurrentIndex(max(0, index))
        self.language.setAccessibleName(tr("Language"))
        self._row(form, tr("&Language:"), self.language)
        layout.addLayout(form)
        layout.addWidget(muted(text_label(tr("A new language is used from the next start."))))

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.apply)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)

    def _row(self, form: QFormLayout, text: str, widget: QWidget) -> None:
        label = QLabel(text, self)
        label.setBuddy(widget)
        form.addRow(label, widget)

    def apply(self) -> None:
        self.settings.grace_minutes = self.grace.value()
        self.settings.keep_in_tray = self.tray.isChecked()
        self.settings.start_at_login = self.login.isChecked()
        self.settings.text_scale = self.scale.value()
        self.settings.language = str(self.language.currentData() or "")
        self.settings.sync()
        self.accept()
        self.applied.emit()
