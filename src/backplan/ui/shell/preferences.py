"""Preferences: the grace period, the tray, start at login, text size and language.

Changes apply when the dialog is accepted; the window reacts to ``applied``. The
tray option is offered only where the desktop has a tray, since "keep running in the
tray" without one would leave an invisible app running. The clinic's database is not
a patient's preference: it has its own dialog (``clinic_setup``).
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
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..common.widgets import heading, muted, text_label
from . import settings as s

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

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.apply)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
    def showEvent(self, event: QShowEvent) -> None:
        """Tall enough for its wrapped notes at the width it opens with (175 % text cut them)."""
        super().showEvent(event)
        needed = self.heightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

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
        self.settings.sync()
        self.accept()
        self.applied.emit()
