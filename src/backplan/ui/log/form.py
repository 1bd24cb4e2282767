"""The form for one pain-log entry, used for new entries and for editing old ones.

Built for a person who is in pain and may not want to reach for the mouse: the
cursor starts on "Pain now", typing a digit and pressing Enter saves, every field
has a mnemonic (Alt + the underlined letter), and Tab walks the fields in reading
order. Nothing is silently assumed: optional scores stay blank until given, and a
problem is named next to the field it concerns.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from datetime import datetime, timedelta, tzinfo
from enum import StrEnum
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QDateTime, QEvent, QItemSelectionModel, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from backplan.domain.model import LogEntry, PainLocation, RedFlag, SideEffect

from ..common.log_labels import location_label, measure_description, red_flag_label, side_effect_label
from ..common.number_box import OptionalNumberBox
from ..common.theme import error_color
from .model import to_qdatetime

NOTE_LIMIT = 10_000
E = TypeVar("E", bound=StrEnum)


class CheckList(QListWidget, Generic[E]):
    """A short list of checkable choices: one Tab stop, arrows to move, Space to tick."""

    changed = Signal()

    def __init__(
        self, values: Sequence[E], label: Any, parent: QWidget | None = None, *, wrap: bool = True
    ) -> None:
        super().__init__(parent)
        self._values = list(values)
        for value in self._values:
            item = QListWidgetItem(label(value), self)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
            )
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, value.value)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Short words side by side; long sentences (the warning signs) one per line.
        self.setFlow(QListWidget.Flow.LeftToRight if wrap else QListWidget.Flow.TopToBottom)
        self.setWrapping(wrap)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setSpacing(2)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        if self.count():
            # A current item for the keyboard, but nothing highlighted: a highlighted
            # warning sign would read as ticked.
            self.setCurrentRow(0, QItemSelectionModel.SelectionFlag.NoUpdate)
        self.itemChanged.connect(lambda _item: self.changed.emit())

    def _fit_height(self) -> None:
        # Wrapped items: grow to show every row, so nothing hides behind a scroll bar.
        if not self.count():
            return
        bottom = max(self.visualItemRect(self.item(i)).bottom() for i in range(self.count()))
        wanted = bottom + 2 * self.frameWidth() + 6
        if wanted > 10 and self.height() != wanted:
            self.setFixedHeight(wanted)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self._fit_height()

    def values(self) -> tuple[E, ...]:
        return tuple(
            v for i, v in enumerate(self._values) if self.item(i).checkState() == Qt.CheckState.Checked
        )

    def set_values(self, chosen: Sequence[E] | None) -> None:
        wanted = set(chosen or ())
        self.blockSignals(True)
        try:
            for i, value in enumerate(self._values):
                state = Qt.CheckState.Checked if value in wanted else Qt.CheckState.Unchecked
                self.item(i).setCheckState(state)
        finally:
            self.blockSignals(False)
        self.changed.emit()

    def set_checked(self, value: E, checked: bool = True) -> None:
        i = self._values.index(value)
        self.item(i).setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)


class LogEntryForm(QWidget):
    """Every field of a log entry, with its validation messages."""

    submitted = Signal()
    red_flags_changed = Signal(object)  # tuple[RedFlag, ...]: the ticked flags
    when_edited = Signal()
    advice_requested = Signal(object)  # tuple[RedFlag, ...]: show the advice again

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._psfs_boxes: list[tuple[str, OptionalNumberBox]] = []
        self._fields: list[QWidget] = []
        self._loading = False
        self._build_measures()
        self._build_lists()
        self._build_red_flags()
        self._build_note()
        self._lay_out()
        for widget in (
            self.when,
            self.pain,
            self.worst,
            self.spasm,
            self.sleep,
            self.walking,
            self.locations,
            self.side_effects,
            self.red_flags,
            self.note,
        ):
            self._watch(widget)
        self.set_psfs_activities(())

    # --- building ------------------------------------------------------------------

    def _build_measures(self) -> None:
        """When, and the numbers: pain now and at worst, spasm, sleep, the longest walk."""
        self.when = QDateTimeEdit(self)
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat(_datetime_format())
        self.when.setAccessibleName(self.tr("Date and time of the entry"))
        self.when.dateTimeChanged.connect(self._when_changed)
        self.when_error = self._error_label()

        self.pain = OptionalNumberBox(10, self)
        self.pain.setAccessibleName(self.tr("Pain now, 0 to 10"))
        self.pain.setAccessibleDescription(measure_description("pain"))
        self.pain.setToolTip(measure_description("pain"))
        self.pain_error = self._error_label()

        self.worst = OptionalNumberBox(10, self)
        self.worst.setAccessibleName(self.tr("Worst pain in the last 24 hours, 0 to 10"))
        self.worst_error = self._error_label()

        self.spasm = OptionalNumberBox(10, self)
        self.spasm.setAccessibleName(self.tr("Muscle spasm, 0 to 10"))
        self.spasm.setAccessibleDescription(measure_description("spasm"))
        self.spasm.setToolTip(measure_description("spasm"))

        self.sleep = OptionalNumberBox(10, self)
        self.sleep.setAccessibleName(self.tr("Sleep last night, 0 to 10"))
        self.sleep.setAccessibleDescription(measure_description("sleep"))
        self.sleep.setToolTip(measure_description("sleep"))

        self.walking = OptionalNumberBox(1440, self)
        self.walking.setAccessibleName(self.tr("Longest comfortable walk today, in minutes"))
        self.walking.setAccessibleDescription(measure_description("walking_minutes"))
        self.walking.setToolTip(measure_description("walking_minutes"))

    def _build_lists(self) -> None:
        """Where it hurts, the activities the patient chose (PSFS), side effects."""
        self.locations: CheckList[PainLocation] = CheckList(list(PainLocation), location_label, self)
        self.locations.setAccessibleName(self.tr("Where it hurts"))
        self.locations.setAccessibleDescription(
            self.tr("Arrow keys move, Space ticks a place. Left and right leg record pain that spreads down.")
        )

        self.psfs_group = QGroupBox(self.tr("Activities you chose with your clinician (PSFS)"), self)
        self.psfs_group.setAccessibleName(self.psfs_group.title())
        self.psfs_group.setToolTip(measure_description("psfs"))
        self._psfs_layout = QFormLayout(self.psfs_group)
        psfs_hint = QLabel(self.tr("0 = unable to do it, 10 = as well as before the injury"), self.psfs_group)
        psfs_hint.setWordWrap(True)
        self._psfs_layout.addRow(psfs_hint)

        self.side_effects: CheckList[SideEffect] = CheckList(list(SideEffect), side_effect_label, self)
        self.side_effects.setAccessibleName(self.tr("Side effects"))
        self.side_effects.setAccessibleDescription(self.tr("Arrow keys move, Space ticks a side effect."))

    def _build_red_flags(self) -> None:
        """The warning signs, and the banner that says to get help today when one is ticked."""
        self.red_flags: CheckList[RedFlag] = CheckList(list(RedFlag), red_flag_label, self, wrap=False)
        self.red_flags.setAccessibleName(self.tr("Warning signs"))
        self.red_flags.setAccessibleDescription(
            self.tr("Tick any warning sign you have; backplan then shows what to do.")
        )
        self.red_flags.changed.connect(self._red_flags_changed)
        self.red_flag_banner = QLabel(self)
        self.red_flag_banner.setWordWrap(True)
        self.red_flag_banner.setObjectName("redFlagBanner")
        self.red_flag_banner.setStyleSheet(
            "QLabel#redFlagBanner { color: #7a0010; background: #fde7ea; border: 1px solid #b00020;"
            " border-radius: 4px; padding: 6px; }"
        )
        self.red_flag_banner.setTextFormat(Qt.TextFormat.RichText)
        self.red_flag_banner.setText(
            self.tr(
                "You ticked a warning sign: get medical help today. "
                '<a href="advice">Show the advice again</a>'
            )
        )
        self.red_flag_banner.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        # No fixed accessible name: the banner's own text, with its link, is what is read.
        self.red_flag_banner.linkActivated.connect(
            lambda _link: self.advice_requested.emit(self.red_flags.values())
        )
        self.red_flag_banner.setVisible(False)

    def _build_note(self) -> None:
        """The free note, and the form's own error line."""
        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(self.tr("Anything else worth remembering (Ctrl+Enter saves)"))
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.note_error = self._error_label()

        self.form_error = self._error_label()

    def _lay_out(self) -> None:
        """The numbers in a form, then the lists, the warning signs and the note."""
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self._add_row(form, self.tr("&When"), self.when, self.when_error)
        self._add_row(form, self.tr("Pain &now (0-10)"), self.pain, self.pain_error)
        self._add_row(form, self.tr("Worst pain, last &24 h"), self.worst, self.worst_error)
        self._add_row(form, self.tr("Spas&m (0-10)"), self.spasm)
        self._add_row(form, self.tr("&Sleep last night (0-10)"), self.sleep)
        self._add_row(form, self.tr("Longest wal&k (minutes)"), self.walking)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.form_error)
        outer.addLayout(form)
        outer.addWidget(self._buddy_label(self.tr("Where it h&urts"), self.locations))
        outer.addWidget(self.locations)
        outer.addWidget(self.psfs_group)
        outer.addWidget(self._buddy_label(self.tr("Si&de effects"), self.side_effects))
        outer.addWidget(self.side_effects)
        outer.addWidget(
            self._buddy_label(self.tr("Warning si&gns (get help today if you have any)"), self.red_flags)
        )
        outer.addWidget(self.red_flags)
        outer.addWidget(self.red_flag_banner)
        outer.addWidget(self._buddy_label(self.tr("N&ote"), self.note))
        outer.addWidget(self.note)
        outer.addWidget(self.note_error)

    def _error_label(self) -> QLabel:
        label = QLabel(self)
        label.setWordWrap(True)
        label.setStyleSheet(f"color: {error_color().name()};")
        label.setVisible(False)
        return label

    def _buddy_label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def _add_row(self, form: QFormLayout, text: str, field: QWidget, error: QLabel | None = None) -> None:
        row = QHBoxLayout()
        row.addWidget(field)
        if error is not None:
            row.addWidget(error, 1)
        else:
            row.addStretch(1)
        form.addRow(self._buddy_label(text, field), row)

    def _watch(self, widget: QWidget) -> None:
        widget.installEventFilter(self)
        self._fields.append(widget)

    def set_psfs_activities(self, activities: Sequence[str]) -> None:
        """One score per PSFS activity of the plan; keeps scores already typed by name."""
        typed = {name: box.number() for name, box in self._psfs_boxes}
        while self._psfs_layout.rowCount() > 1:
            self._psfs_layout.removeRow(1)
        for _, box in self._psfs_boxes:
            if box in self._fields:
                self._fields.remove(box)
        self._psfs_boxes = []
        for name in activities:
            box = OptionalNumberBox(10, self.psfs_group)
            box.setAccessibleName(self.tr("PSFS score for {0}, 0 to 10").format(name))
            box.setAccessibleDescription(measure_description("psfs"))
            box.set_number(typed.get(name))
            label = QLabel(name, self.psfs_group)
            label.setWordWrap(True)
            label.setBuddy(box)
            self._psfs_layout.addRow(label, box)
            self._psfs_boxes.append((name, box))
            self._watch(box)
        self.psfs_group.setVisible(bool(activities))
        self._fix_tab_order()

    def _fix_tab_order(self) -> None:
        chain: list[QWidget] = [self.when, self.pain, self.worst, self.spasm, self.sleep, self.walking]
        chain.append(self.locations)
        chain.extend(box for _, box in self._psfs_boxes)
        chain.extend([self.side_effects, self.red_flags, self.note])
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def last_field(self) -> QWidget:
        return self.note

    # --- keyboard ------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
            if watched is self.note and not ctrl:
                return False  # a new line in the note
            if isinstance(watched, QDateTimeEdit) and watched.calendarWidget().isVisible():
                return False
            self.submitted.emit()
            return True
        return super().eventFilter(watched, event)

    # --- signals -------------------------------------------------------------------

    def _when_changed(self, _value: QDateTime) -> None:
        if not self._loading:
            self.when_edited.emit()

    def _red_flags_changed(self) -> None:
        flags = self.red_flags.values()
        self.red_flag_banner.setVisible(bool(flags))
        if not self._loading:
            self.red_flags_changed.emit(flags)

    # --- reading and writing -------------------------------------------------------

    def set_when(self, moment: datetime) -> None:
        self._loading = True
        try:
            self.when.setDateTime(to_qdatetime(moment))
        finally:
            self._loading = False

    def when_local(self, tz: tzinfo) -> datetime:
        qdt = self.when.dateTime()
        d, t = qdt.date(), qdt.time()
        return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=tz)

    def clear_for_new(self, moment: datetime, last: LogEntry | None) -> None:
        """A fresh form: now, blank scores, and where it hurt and the PSFS scores of last time."""
        self._loading = True
        try:
            self.when.setDateTime(to_qdatetime(moment))
            for box in (self.pain, self.worst, self.spasm, self.sleep, self.walking):
                box.set_number(None)
            self.locations.set_values(last.locations if last else None)
            last_psfs = dict(last.psfs or ()) if last else {}
            for name, box in self._psfs_boxes:
                box.set_number(last_psfs.get(name))
            self.side_effects.set_values(None)
            self.red_flags.set_values(None)
            self.note.setPlainText("")
        finally:
            self._loading = False
        self.clear_errors()

    def load(self, entry: LogEntry, tz: tzinfo) -> None:
        """Shows an existing entry, for editing."""
        self._loading = True
        try:
            self.when.setDateTime(to_qdatetime(entry.at.astimezone(tz)))
            self.pain.set_number(entry.pain)
            self.worst.set_number(entry.pain_worst)
            self.spasm.set_number(entry.spasm)
            self.sleep.set_number(entry.sleep)
            self.walking.set_number(entry.walking_minutes)
            self.locations.set_values(entry.locations)
            scores = dict(entry.psfs or ())
            for name, box in self._psfs_boxes:
                box.set_number(scores.get(name))
            self.side_effects.set_values(entry.side_effects)
            self.red_flags.set_values(entry.red_flags)
            self.note.setPlainText(entry.note or "")
        finally:
            self._loading = False
        self.clear_errors()

    def _field_of(self, label: QLabel) -> QWidget | None:
        fields: dict[QLabel, QWidget] = {
            self.when_error: self.when,
            self.pain_error: self.pain,
            self.worst_error: self.worst,
            self.note_error: self.note,
        }
        return fields.get(label)

    def clear_errors(self) -> None:
        for label in (self.when_error, self.pain_error, self.worst_error, self.note_error, self.form_error):
            label.clear()
            label.setVisible(False)
            field = self._field_of(label)
            if field is not None and field.property("plainDescription") is not None:
                field.setAccessibleDescription(str(field.property("plainDescription")))

    def show_form_error(self, message: str) -> None:
        self.form_error.setText(message)
        self.form_error.setVisible(True)

    def _show(self, label: QLabel, message: str) -> None:
        """Shows the problem under its field and puts it in the field's accessible
        description, so a screen reader says it when the focus lands there."""
        label.setText(message)
        label.setVisible(True)
        field = self._field_of(label)
        if field is not None:
            if field.property("plainDescription") is None:
                field.setProperty("plainDescription", field.accessibleDescription())
            plain = str(field.property("plainDescription"))
            field.setAccessibleDescription(f"{message} {plain}".strip())

    def entry(self, tz: tzinfo, now: datetime, at: datetime | None = None) -> LogEntry | None:
        """The entry the form describes, or None after showing what needs fixing.

        ``at`` overrides the time field (the view passes the exact instant when the
        person left the time at "now").
        """
        self.clear_errors()
        first_bad: QWidget | None = None
        moment = at if at is not None else self.when_local(tz)
        if moment > now + timedelta(minutes=1):
            self._show(self.when_error, self.tr("This time is in the future; log what has happened."))
            first_bad = first_bad or self.when
        pain = self.pain.number()
        if pain is None:
            self._show(self.pain_error, self.tr("Type your pain now: a number from 0 to 10."))
            first_bad = first_bad or self.pain
        worst = self.worst.number()
        if worst is not None and pain is not None and worst < pain:
            self._show(
                self.worst_error,
                self.tr(
                    "The worst pain of the last 24 hours cannot be lower than your pain now ({0})."
                ).format(pain),
            )
            first_bad = first_bad or self.worst
        note = self.note.toPlainText().strip()
        if len(note) > NOTE_LIMIT:
            self._show(
                self.note_error,
                self.tr("The note is {0} characters long; at most {1} fit.").format(len(note), NOTE_LIMIT),
            )
            first_bad = first_bad or self.note
        if first_bad is not None or pain is None:
            if first_bad is not None:
                first_bad.setFocus(Qt.FocusReason.OtherFocusReason)
            return None
        psfs = tuple((name, score) for name, box in self._psfs_boxes if (score := box.number()) is not None)
        return LogEntry(
            at=moment,
            pain=pain,
            pain_worst=worst,
            locations=self.locations.values() or None,
            spasm=self.spasm.number(),
            walking_minutes=self.walking.number(),
            psfs=psfs or None,
            sleep=self.sleep.number(),
            side_effects=self.side_effects.values() or None,
            red_flags=self.red_flags.values() or None,
            note=note or None,
        )


def _datetime_format() -> str:
    """A date that cannot be misread (the month by name) and the locale's clock."""
    from .model import datetime_format

    return datetime_format()


__all__ = ["CheckList", "LogEntryForm", "OptionalNumberBox"]
