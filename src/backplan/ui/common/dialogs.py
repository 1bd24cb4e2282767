"""The dialogs the window opens: a refused dose, pain around an activity, About.

They are window-modal and opened with ``open()`` (never a blocking ``exec()``), and
they report their answer through signals. That keeps the reminders ticking while a
dialog is up, and lets tests drive a dialog like a person would.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from backplan import __version__
from backplan.safety.findings import Finding

from .widgets import finding_widget, heading, muted, relative_font, text_label

NOTICE = "backplan organizes the plan your clinician set; it is not medical advice."
LICENCE = "GPL-3.0-or-later"


def tr(text: str) -> str:
    return QCoreApplication.translate("dialogs", text)


class RefusalDialog(QDialog):
    """A dose the safety guard refused: each rule, its reason and source, and a choice.

    "Don't take" is the default (Enter and Escape both choose it). "Record anyway"
    needs a reason typed in, which is kept with the record, because the prescriber may
    have said otherwise and the record must show why the rule was passed over.
    """

    override_chosen = Signal(str)

    def __init__(self, medicine: str, findings: Sequence[Finding], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.findings = tuple(findings)
        self.setWindowTitle(tr("Dose not recorded"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(heading(tr("{medicine} was not recorded").format(medicine=medicine), 2))
        layout.addWidget(text_label(tr("The plan's safety rules say this dose should not be taken now:")))
        for finding in self.findings:
            layout.addWidget(finding_widget(finding))
        layout.addWidget(
            text_label(
                tr(
                    "If your prescriber told you otherwise, you can record it anyway. "
                    "Say why, so that the record shows it:"
                )
            )
        )
        self.reason = QLineEdit(self)
        self.reason.setAccessibleName(tr("Reason for recording anyway"))
        self.reason.setPlaceholderText(tr("For example: my doctor told me to take it today"))
        layout.addWidget(self.reason)

        buttons = QDialogButtonBox(self)
        self.dont_take = QPushButton(tr("&Don't take"), self)
        self.dont_take.setDefault(True)
        self.dont_take.setAutoDefault(True)
        self.record_anyway = QPushButton(tr("&Record anyway"), self)
        self.record_anyway.setAutoDefault(False)
        self.record_anyway.setEnabled(False)
        buttons.addButton(self.dont_take, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.addButton(self.record_anyway, QDialogButtonBox.ButtonRole.AcceptRole)
        layout.addWidget(buttons)
        self.dont_take.clicked.connect(self.reject)
        self.record_anyway.clicked.connect(self._override)
        self.reason.textChanged.connect(lambda text: self.record_anyway.setEnabled(bool(text.strip())))
        self.dont_take.setFocus()

    def rules(self) -> list[str]:
        return [f.rule for f in self.findings]

    def _override(self) -> None:
        reason = self.reason.text().strip()
        if not reason:
            return
        self.accept()
        self.override_chosen.emit(reason)


def _pain_box(parent: QWidget, name: str) -> QSpinBox:
    box = QSpinBox(parent)
    box.setRange(-1, 10)
    box.setSpecialValueText(tr("not recorded"))
    box.setValue(-1)
    box.setAccessibleName(name)
    box.setAccessibleDescription(tr("0 is no pain, 10 the worst pain you can imagine"))
    return box


class PainDialog(QDialog):
    """Pain before and after an activity (0-10), both optional, asked when it is marked done."""

    answered = Signal(object, object)  # pain before, pain after: int or None

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Activity done"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(title, 2))
        layout.addWidget(text_label(tr("How was your pain? 0 is no pain, 10 the worst you can imagine.")))
        form = QFormLayout()
        self.before = _pain_box(self, tr("Pain before"))
        self.after = _pain_box(self, tr("Pain after"))
        before_label = QLabel(tr("Pain &before:"), self)
        before_label.setBuddy(self.before)
        after_label = QLabel(tr("Pain &after:"), self)
        after_label.setBuddy(self.after)
        form.addRow(before_label, self.before)
        form.addRow(after_label, self.after)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(tr("Mark &done"))
        buttons.accepted.connect(self._done)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.before.setFocus()

    def _done(self) -> None:
        def value(box: QSpinBox) -> int | None:
            return None if box.value() < 0 else box.value()

        self.accept()
        self.answered.emit(value(self.before), value(self.after))


class AboutDialog(QDialog):
    """Version, licence, what backplan is and is not, and where its clinical content comes from."""

    def __init__(self, sources: Sequence[tuple[str, Sequence[str]]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("About backplan"))
        self.setMinimumSize(560, 480)
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(heading("backplan", 1))
        self.version_label = text_label(tr("Version {version}").format(version=__version__))
        layout.addWidget(self.version_label)
        self.licence_label = text_label(
            tr("Free software under the GNU General Public License, version 3 or later ({spdx}).").format(
                spdx=LICENCE
            )
        )
        layout.addWidget(self.licence_label)
        self.notice_label = text_label(tr(NOTICE))
        relative_font(self.notice_label, 1.1, bold=True)
        layout.addWidget(self.notice_label)
        layout.addWidget(heading(tr("Sources of the bundled clinical content"), 3))
        lines: list[str] = []
        for group, items in sources:
            lines.append(group)
            lines += [f"  •  {item}" for item in items]
            lines.append("")
        self.sources = QPlainTextEdit(self)
        self.sources.setReadOnly(True)
        self.sources.setPlainText("\n".join(lines).strip())
        self.sources.setAccessibleName(tr("Sources of the bundled clinical content"))
        self.sources.setTabChangesFocus(True)
        layout.addWidget(self.sources, 1)
        layout.addWidget(
            muted(
                text_label(
                    tr(
                        "Medicine limits come from the medicines' labels; ask your "
                        "prescriber or pharmacist about your own doses."
                    )
                )
            )
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def text(self) -> str:
        """Everything the dialog says, for tests and for copying."""
        return "\n".join(
            [
                self.version_label.text(),
                self.licence_label.text(),
                self.notice_label.text(),
                self.sources.toPlainText(),
            ]
        )
