"""The Log section: a quick pain-and-mobility entry, and the history of entries.

The form is on the left and the history on the right, so a person sees what they
logged last time while logging today. Saving, editing and deleting go through
undoable commands on the window's undo stack. A ticked warning sign (red flag) opens
the urgent-care advice at once, in a window that does not block the form, in the
words of the bundled safety texts; backplan never guesses a cause.
"""

from __future__ import annotations

from datetime import datetime, tzinfo
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QObject,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QActionEvent, QKeyEvent, QKeySequence, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from backplan.domain.model import LogEntry, RedFlag
from backplan.safety.red_flags import red_flag_findings, red_flag_level, red_flag_text
from backplan.services.backplan_service import Backplan

from ..common.events import ServiceEvents
from ..common.safety_texts import red_flag_message, safety_text
from ..common.screen_fit import fit_to_screen
from ..common.section import Offers
from ..common.widgets import empty_state
from .commands import DeleteLogCommand, LogIds, RecordLogCommand, UpdateLogCommand
from .form import LogEntryForm
from .model import SORT_ROLE, Column, LogTableModel, format_moment
from .records import RecordsPanel


def red_flag_advice_text(flags: tuple[RedFlag, ...], at: datetime) -> tuple[str, str, str]:
    """(title, advice, source) for the ticked flags, in the safety module's own words.

    Title and advice are shown in the window's language (``SafetyTexts`` catalogue).
    """
    findings = red_flag_findings(LogEntry(at=at, pain=0, red_flags=flags))
    if not findings:
        return "", "", ""
    finding = findings[0]
    level = red_flag_level(flags)
    assert level is not None
    title = red_flag_text().headline(level)
    advice = finding.message
    if advice.startswith(title):
        # The dialog shows the title as its heading; the rest is the advice itself.
        advice = advice[len(title) :].lstrip(". ")
    return safety_text(title), red_flag_message(advice, flags), finding.source


class RedFlagAdvice(QMessageBox):
    """The urgent-care advice: shown at once, on top, without blocking the form."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("redFlagAdvice")
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.setModal(False)
        self.setStandardButtons(QMessageBox.StandardButton.Ok)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)

    def present(self, flags: tuple[RedFlag, ...], at: datetime) -> None:
        title, message, source = red_flag_advice_text(flags, at)
        if not message:
            return
        self.setWindowTitle(title)
        # The level's headline is the dialog's text; the emergency one gets the
        # critical icon as well as its words (FACTS.md rule 10).
        emergency = red_flag_level(flags) == "emergency"
        self.setIcon(QMessageBox.Icon.Critical if emergency else QMessageBox.Icon.Warning)
        self.setText(title)
        self.setInformativeText(message)
        self.setDetailedText("")
        self.setAccessibleName(title)
        self.setAccessibleDescription(message)
        if source:
            self.setInformativeText(f"{message}\n\n" + self.tr("Source: {0}").format(source))
        self.show()
        self.raise_()
        self.activateWindow()


class LogEntryDialog(QDialog):
    """Edits one past entry in the same form as a new one."""

    def __init__(
        self,
        entry: LogEntry,
        tz: tzinfo,
        psfs_activities: tuple[str, ...],
        now: datetime,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("logEntryDialog")
        self.setWindowTitle(self.tr("Edit log entry"))
        self.setAccessibleName(self.windowTitle())
        self._tz = tz
        self._now = now
        self._original = entry
        self.result_entry: LogEntry | None = None
        self.form = LogEntryForm(self)
        self.form.set_psfs_activities(psfs_activities)
        self.form.load(entry, tz)
        self.form.submitted.connect(self.accept)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        for button in buttons.buttons():
            button.setAccessibleName(button.text().replace("&", ""))
        self.buttons = buttons
        scroll = QScrollArea(self)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a tab stop: its fields are
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(buttons)
        fit_to_screen(self, 560, 720)
        QTimer.singleShot(0, lambda: self.form.pain.setFocus(Qt.FocusReason.OtherFocusReason))

    def accept(self) -> None:
        # Keep the instant to the second when only other fields changed.
        local = self.form.when_local(self._tz)
        original_local = self._original.at.astimezone(self._tz)
        unchanged = local == original_local.replace(second=0, microsecond=0)
        entry = self.form.entry(self._tz, self._now, self._original.at if unchanged else None)
        if entry is None:
            return
        self.result_entry = entry
        super().accept()


class ShortActionButton(QToolButton):
    """A button for the undo stack's action that keeps its short label ("Undo").

    The stack names the command in the action's text ("Redo Take Carisoprodol 350 mg");
    on the button that text widened the Log and so the window past a laptop's screen
    (1435 px after an undo, cutting off the form at 175 % text). The full text goes
    into the tooltip and the accessible description instead.
    """

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._label = label
        self.setText(label)

    def actionEvent(self, event: QActionEvent) -> None:
        super().actionEvent(event)
        action = self.defaultAction()
        full = action.text() if action is not None else self._label
        self.setText(self._label)
        self.setToolTip(full)
        self.setAccessibleDescription(full)


class LogView(QWidget):
    """The Log section of the main window."""

    def __init__(
        self,
        services: Backplan,
        parent: QWidget | None = None,
        *,
        undo_stack: QUndoStack | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("logView")
        self.services = services
        self.owns_undo_stack = undo_stack is None
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self.patient_id: int | None = None
        self._tz: tzinfo = ZoneInfo("UTC")
        self._psfs: tuple[str, ...] = ()
        self._ids = LogIds()
        self._when_touched = False
        self._advised: set[RedFlag] = set()
        self.advice = RedFlagAdvice(self)
        self.edit_dialog: LogEntryDialog | None = None
        self.confirm_box: QMessageBox | None = None
        self._build_empty()
        form_scroll = self._build_form()
        history_box = self._build_history()
        self._build_layout(form_scroll, history_box)
        self._set_tab_order()
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

        # Refresh when the log changes anywhere (undo from the Edit menu, the tray, the CLI).
        ServiceEvents.of(services).changed.connect(self._data_changed)
        self.set_patient(None)

    # --- building -----------------------------------------------------------------

    def _build_empty(self) -> None:
        """What the section shows before there is a patient."""
        self.empty = empty_state(
            self.tr(
                "<h2>No plan yet</h2><p>The log belongs to a patient's plan. Import the plan file "
                "from your physiotherapist, start a new plan, or try the demo (all in the File "
                "menu), and then log your pain here in two keystrokes: a number and Enter.</p>"
            ),
            self.tr("No patient: import or start a plan to use the log"),
            self,
        )

    def _build_form(self) -> QScrollArea:
        """The new entry's form with its buttons, in a scroll area (returned)."""
        self.form = LogEntryForm(self)
        self.form.submitted.connect(self.save_entry)
        self.form.red_flags_changed.connect(self._red_flags_ticked)
        self.form.when_edited.connect(self._mark_when_touched)
        self.form.advice_requested.connect(lambda flags: self.advice.present(flags, self.services.now()))
        self.save_button = QPushButton(self.tr("S&ave entry"), self)
        self.save_button.setAccessibleName(self.tr("Save entry"))
        self.save_button.setToolTip(self.tr("Save this entry (Enter)"))
        self.save_button.clicked.connect(self.save_entry)
        self.clear_button = QPushButton(self.tr("&Clear"), self)
        self.clear_button.setAccessibleName(self.tr("Clear the form"))
        self.clear_button.clicked.connect(self.reset_form)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Last action"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)

        entry_box = QGroupBox(self.tr("New entry"), self)
        entry_layout = QVBoxLayout(entry_box)
        hint = QLabel(
            self.tr("Type your pain (0-10) and press Enter. Everything else is optional."), entry_box
        )
        hint.setWordWrap(True)
        entry_layout.addWidget(hint)
        entry_layout.addWidget(self.form)
        entry_layout.addLayout(buttons)
        entry_layout.addWidget(self.status)
        entry_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a tab stop: its fields are
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(entry_box)
        scroll.setMinimumWidth(420)
        scroll.setAccessibleName(self.tr("New log entry"))
        self.form_scroll = scroll
        return scroll

    def _build_history(self) -> QGroupBox:
        """The past entries' table and its buttons (edit, delete, undo, redo), in a box."""
        self.model = LogTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView(self)
        self.table.setObjectName("logHistory")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.WHEN, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("Log history"))
        self.table.setAccessibleDescription(
            self.tr("Your past entries, newest first. Enter edits the selected entry, Delete removes it.")
        )
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.installEventFilter(self)

        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.edit_button.setAccessibleName(self.tr("Edit the selected entry"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(self.tr("Delete…"), self)
        self.delete_button.setAccessibleName(self.tr("Delete the selected entry"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.undo_button = ShortActionButton(self.tr("Undo"), self)
        self.redo_button = ShortActionButton(self.tr("Redo"), self)
        self.undo_action: QAction | None = None
        self.redo_action: QAction | None = None
        self._bind_undo_actions()
        self.undo_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.redo_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.undo_button.setAccessibleName(self.tr("Undo"))
        self.redo_button.setAccessibleName(self.tr("Redo"))
        self.history_count = QLabel(self)
        history_buttons = QHBoxLayout()
        history_buttons.addWidget(self.edit_button)
        history_buttons.addWidget(self.delete_button)
        history_buttons.addStretch(1)
        history_buttons.addWidget(self.history_count)
        history_buttons.addWidget(self.undo_button)
        history_buttons.addWidget(self.redo_button)
        history_box = QGroupBox(self.tr("History"), self)
        history_layout = QVBoxLayout(history_box)
        history_layout.addWidget(self.table)
        history_layout.addLayout(history_buttons)
        return history_box

    def _build_layout(self, form_scroll: QScrollArea, history_box: QGroupBox) -> None:
        """The form beside the history, the doses and activities below it; the empty state."""
        # Below the pain entries, the doses and activities recorded, each removable.
        self.records = RecordsPanel(
            self.services, lambda: self.undo_stack, self._confirm_removal, self._report_error, self
        )
        right = QSplitter(Qt.Orientation.Vertical, self)
        right.addWidget(history_box)
        right.addWidget(self.records)
        right.setChildrenCollapsible(False)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(form_scroll)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([460, 700])
        self.splitter = splitter

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(splitter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.stack)

    def _set_tab_order(self) -> None:
        QWidget.setTabOrder(self.form.last_field(), self.save_button)
        QWidget.setTabOrder(self.save_button, self.clear_button)
        QWidget.setTabOrder(self.clear_button, self.table)
        QWidget.setTabOrder(self.table, self.edit_button)
        QWidget.setTabOrder(self.edit_button, self.delete_button)
        QWidget.setTabOrder(self.delete_button, self.undo_button)
        QWidget.setTabOrder(self.undo_button, self.redo_button)

    # --- the window's interface ---------------------------------------------------

    def set_undo_stack(self, stack: QUndoStack) -> None:
        """Puts this section's edits on the window's stack (its Edit menu undoes them)."""
        if stack is self.undo_stack:
            return
        old = self.undo_stack
        self.undo_stack = stack
        self.owns_undo_stack = False
        self._bind_undo_actions()
        if old.parent() is self and old.count() == 0:
            old.deleteLater()

    def _bind_undo_actions(self) -> None:
        """The Undo and Redo buttons under the history, following the current stack."""
        for action in (self.undo_action, self.redo_action):
            if action is not None:
                self.removeAction(action)
                action.deleteLater()
        undo_action = self.undo_stack.createUndoAction(self, self.tr("Undo"))
        redo_action = self.undo_stack.createRedoAction(self, self.tr("Redo"))
        if self.owns_undo_stack:
            # The window's Edit menu carries these shortcuts when the window owns the stack.
            undo_action.setShortcut(QKeySequence.StandardKey.Undo)
            redo_action.setShortcut(QKeySequence.StandardKey.Redo)
            for action in (undo_action, redo_action):
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                self.addAction(action)
        self.undo_action = undo_action
        self.redo_action = redo_action
        self.undo_button.setDefaultAction(undo_action)
        self.redo_button.setDefaultAction(redo_action)

    def set_patient(self, patient_id: int | None) -> None:
        self.patient_id = patient_id
        self._advised.clear()
        if patient_id is None:
            self.model.set_rows([])
            self.records.set_patient(None, self._tz)
            self.stack.setCurrentWidget(self.empty)
            self._update_buttons()
            return
        self._tz = ZoneInfo(self.services.patient(patient_id).timezone)
        self._load_plan()
        self._reload_rows()
        self.records.set_patient(patient_id, self._tz)
        self.reset_form()
        self.stack.setCurrentWidget(self.splitter)
        self.focus_entry()

    def focus_entry(self) -> None:
        """Puts the cursor on "Pain now" (the window's "Log pain" shortcut calls this)."""
        if self.patient_id is not None:
            self.form.pain.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.form.pain.selectAll()

    def reset_form(self) -> None:
        if self.patient_id is None:
            return
        self._when_touched = False
        self._advised.clear()
        last = self.services.last_log_entry(self.patient_id)
        self.form.clear_for_new(self._now_local(), last)

    # --- data ----------------------------------------------------------------------

    def _now_local(self) -> datetime:
        return self.services.now().astimezone(self._tz)

    def _load_plan(self) -> None:
        assert self.patient_id is not None
        doc = self.services.document(self.patient_id, with_history=False)
        psfs = tuple(doc.plan.psfs_activities or ())
        if psfs != self._psfs:
            self._psfs = psfs
            self.form.set_psfs_activities(psfs)

    def _reload_rows(self, select_id: int | None = None) -> None:
        if self.patient_id is None:
            return
        if select_id is None:
            select_id = self.selected_entry_id()
        self.model.set_rows(self.services.log_entries(self.patient_id), self._tz)
        count = self.model.rowCount()
        # Qt fills %n into the untranslated source ("1 entries") when no translation is
        # loaded; English's singular is said here then.
        counted = self.tr("%n entries", "", count)
        self.history_count.setText(self.tr("1 entry") if counted == "1 entries" else counted)
        if select_id is not None:
            self.select_entry(select_id)
        self._update_buttons()

    def _data_changed(self, what: str) -> None:
        if self.patient_id is None:
            return
        if what in ("patients", "all"):
            # The patient may be gone; the window decides what to show next.
            try:
                self.services.patient(self.patient_id)
            except LookupError:
                self.set_patient(None)
                return
        if what in ("plan", "all"):
            self._tz = ZoneInfo(self.services.patient(self.patient_id).timezone)
            self._load_plan()
        if what in ("log", "plan", "all"):
            self._reload_rows()
        if what in ("events", "plan", "all"):
            self.records.reload(self._tz)

    def _report_error(self, message: str) -> None:
        self.status.setText(message)

    def _confirm_removal(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes

    # --- selection -----------------------------------------------------------------

    def selected_entry_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        source = self.proxy.mapToSource(rows[0])
        return self.model.entry_id(source.row()) if source.isValid() else None

    def select_entry(self, entry_id: int) -> None:
        row = self.model.row_of(entry_id)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    def _update_buttons(self) -> None:
        has = self.selected_entry_id() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.edit_selected()
                return True
            if event.key() == Qt.Key.Key_Delete:
                self.delete_selected()
                return True
        return super().eventFilter(watched, event)

    # --- new entries ------------------------------------------------------------------

    def _mark_when_touched(self) -> None:
        self._when_touched = True

    def fit_form_pane(self) -> None:
        """Widens the form's pane to what its fields need (at 175 % text, ~590 px), so the
        form never hides its right side behind a horizontal scroll bar; the history gets
        the rest and scrolls sideways itself."""
        form = self.form_scroll.widget()
        assert form is not None  # set once in __init__
        needed = (
            form.minimumSizeHint().width()
            + self.form_scroll.verticalScrollBar().sizeHint().width()
            + 2 * self.form_scroll.frameWidth()
        )
        sizes = self.splitter.sizes()
        if len(sizes) == 2 and 0 < sizes[0] < needed:
            total = sum(sizes)
            self.splitter.setSizes([needed, max(1, total - needed)])

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fit_form_pane()
        if self.patient_id is not None and not self._when_touched:
            self.form.set_when(self._now_local())
        QTimer.singleShot(0, self.focus_entry)

    def save_entry(self) -> None:
        if self.patient_id is None:
            return
        now = self.services.now()
        at = self._now_local() if not self._when_touched else None
        entry = self.form.entry(self._tz, now, at)
        if entry is None:
            return
        try:
            entry_id = self.services.record_log(self.patient_id, entry)
        except Exception as exc:
            from ..common.connection import handled, not_saved_text

            # The form keeps what was typed either way; a lost server is said plainly.
            self.form.show_form_error(not_saved_text() if handled(exc) else str(exc))
            return
        self.undo_stack.push(
            RecordLogCommand(self.services, self.patient_id, self._ids, entry_id, entry, self._report_error)
        )
        if entry.red_flags and not set(entry.red_flags) <= self._advised:
            self.advice.present(tuple(entry.red_flags), entry.at)
        self.status.setText(
            self.tr("Saved: pain {0} at {1}. Undo with Ctrl+Z.").format(
                entry.pain, format_moment(entry.at.astimezone(self._tz))
            )
        )
        self._reload_rows(select_id=entry_id)
        self.reset_form()
        self.focus_entry()

    def _red_flags_ticked(self, flags: tuple[RedFlag, ...]) -> None:
        new = set(flags) - self._advised
        if new:
            self._advised |= set(flags)
            self.advice.present(flags, self.services.now())

    # --- editing and deleting ---------------------------------------------------------

    def edit_selected(self) -> None:
        entry_id = self.selected_entry_id()
        if entry_id is None or self.patient_id is None:
            return
        row = self.model.row_of(entry_id)
        assert row is not None
        before = self.model.entry(row)
        dialog = LogEntryDialog(before, self._tz, self._psfs, self.services.now(), self)
        for signal in (dialog.form.red_flags_changed, dialog.form.advice_requested):
            signal.connect(lambda flags: self.advice.present(flags, self.services.now()) if flags else None)
        patient_id = self.patient_id

        def done(result: int) -> None:
            after = dialog.result_entry
            self.edit_dialog = None
            dialog.deleteLater()
            if result != QDialog.DialogCode.Accepted or after is None or after == before:
                return
            try:
                self.services.update_log(patient_id, entry_id, after)
            except Exception as exc:
                self.status.setText(str(exc))
                return
            self.undo_stack.push(
                UpdateLogCommand(
                    self.services, patient_id, self._ids, entry_id, before, after, self._report_error
                )
            )
            self.status.setText(self.tr("Entry changed. Undo with Ctrl+Z."))
            self._reload_rows(select_id=entry_id)

        dialog.finished.connect(done)
        self.edit_dialog = dialog
        dialog.open()

    def delete_selected(self) -> None:
        entry_id = self.selected_entry_id()
        if entry_id is None or self.patient_id is None:
            return
        row = self.model.row_of(entry_id)
        assert row is not None
        entry = self.model.entry(row)
        when = format_moment(entry.at.astimezone(self._tz))
        box = QMessageBox(self)
        box.setObjectName("confirmDeleteLog")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Delete log entry"))
        box.setText(self.tr("Delete the entry of {0} (pain {1})?").format(when, entry.pain))
        box.setInformativeText(self.tr("You can undo this with Ctrl+Z."))
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("&Delete"))
        box.setAccessibleName(box.windowTitle())
        patient_id = self.patient_id

        def done(_result: int) -> None:
            clicked = box.standardButton(box.clickedButton()) if box.clickedButton() else None
            self.confirm_box = None
            box.deleteLater()
            if clicked != QMessageBox.StandardButton.Yes:
                return
            try:
                self.services.delete_log(entry_id)
            except Exception as exc:
                self.status.setText(str(exc))
                return
            self.undo_stack.push(
                DeleteLogCommand(self.services, patient_id, self._ids, entry_id, entry, self._report_error)
            )
            self.status.setText(self.tr("Entry of {0} deleted. Undo with Ctrl+Z.").format(when))
            self._reload_rows()

        box.finished.connect(done)
        self.confirm_box = box
        box.open()

    # --- for tests and the window -----------------------------------------------------

    def rows(self) -> list[tuple[int, LogEntry]]:
        return [(self.model.entry_id(r), self.model.entry(r)) for r in range(self.model.rowCount())]

    # --- the window's protocol (Section) ---------------------------------------------

    def section_offers(self) -> Offers:
        """What the main window may ask of this section (common/section.py).

        It reads again by itself on every change notice.
        """
        return Offers(share_undo=self.set_undo_stack)


__all__ = ["LogEntryDialog", "LogView", "RedFlagAdvice", "red_flag_advice_text"]
