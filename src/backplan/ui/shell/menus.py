"""The window's menu bar: File, Edit, View and Help, and what each item does.

The menus are built from what the window can do (:class:`MenuCommands`, which the main
window is); :class:`Menus` keeps the actions the window enables, disables and tests
trigger. The section items come from the same table as the navigation (sections.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence, QUndoGroup
from PySide6.QtWidgets import QMainWindow, QMenu

from .sections import SECTION_SPECS

if TYPE_CHECKING:
    from ..plan.view import PlanView


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class MenuCommands(Protocol):
    """What the menu items call: the main window's commands."""

    @property
    def plan_view(self) -> PlanView: ...
    def import_plan(self) -> None: ...
    def export_plan(self) -> None: ...
    def export_other(self, kind: str) -> Path | None: ...
    def backup(self) -> None: ...
    def restore(self) -> None: ...
    def print_(self) -> None: ...
    def quit(self) -> None: ...
    def show_preferences(self) -> object: ...
    def show_clinic_setup(self) -> object: ...
    def show_section(self, key: str) -> None: ...
    def show_user_guide(self) -> object: ...
    def show_about(self) -> object: ...


@dataclass
class Menus:
    """The menu bar's actions that the window (and its tests) reach by name."""

    import_action: QAction
    export_action: QAction
    patient_export_action: QAction
    new_patient_action: QAction
    from_template_action: QAction
    save_template_action: QAction
    backup_action: QAction
    restore_action: QAction
    print_action: QAction
    quit_action: QAction
    undo_action: QAction
    redo_action: QAction
    preferences_action: QAction
    clinic_setup_action: QAction
    guide_action: QAction
    about_action: QAction
    section_actions: dict[str, QAction] = field(default_factory=dict)

    def for_a_patient(self) -> list[QAction]:
        """The actions that need a patient shown (disabled without one)."""
        return [
            self.export_action, self.patient_export_action, self.save_template_action,
            self.print_action, *self.section_actions.values(),
        ]  # fmt: skip


def _action(
    window: QMainWindow,
    menu: QMenu,
    text: str,
    slot: Callable[[], Any],
    *shortcuts: QKeySequence | QKeySequence.StandardKey | str,
) -> QAction:
    action = QAction(text, window)
    keys = [QKeySequence(s) for s in shortcuts]
    if keys:
        action.setShortcuts(keys)
    action.triggered.connect(lambda _=False: slot())
    menu.addAction(action)
    return action


def _export_menu(window: QMainWindow, file_menu: QMenu, do: MenuCommands) -> None:
    """File > Export for other apps: the same files as the command line writes."""
    menu = file_menu.addMenu(tr("Export for &other apps"))
    _action(window, menu, tr("&Calendar (iCalendar)…"), lambda: do.export_other("calendar"))
    _action(window, menu, tr("Pain &log as a spreadsheet (CSV)…"), lambda: do.export_other("log"))
    _action(window, menu, tr("&Events as a spreadsheet (CSV)…"), lambda: do.export_other("events"))
    _action(window, menu, tr("Pain log for E&xcel (CSV)…"), lambda: do.export_other("log-excel"))
    _action(window, menu, tr("E&vents for Excel (CSV)…"), lambda: do.export_other("events-excel"))
    _action(window, menu, tr("Clinic system (&FHIR)…"), lambda: do.export_other("fhir"))
    _action(
        window, menu, tr("Import into a FHIR &server (transaction)…"),
        lambda: do.export_other("fhir-transaction"),
    )  # fmt: skip


def build_menus(window: QMainWindow, undo_group: QUndoGroup, do: MenuCommands) -> Menus:
    """Fills the window's menu bar; the actions that need a patient start enabled."""
    bar = window.menuBar()
    file_menu = bar.addMenu(tr("&File"))
    add = partial(_action, window, file_menu)
    import_action = add(tr("&Import plan…"), do.import_plan, QKeySequence.StandardKey.Open)
    export_action = add(tr("&Export plan…"), do.export_plan, "Ctrl+E", QKeySequence.StandardKey.Save)
    patient_export_action = add(tr("Export plan for &patient…"), lambda: do.plan_view.export_for_patient())
    file_menu.addSeparator()
    new_patient_action = add(
        tr("&New patient…"), lambda: do.plan_view.new_patient(), QKeySequence.StandardKey.New
    )
    from_template_action = add(tr("New plan from &template…"), lambda: do.plan_view.new_from_template())
    save_template_action = add(tr("Save plan as te&mplate…"), lambda: do.plan_view.save_as_template())
    _export_menu(window, file_menu, do)
    file_menu.addSeparator()
    backup_action = add(tr("&Backup…"), do.backup)
    restore_action = add(tr("&Restore…"), do.restore)
    file_menu.addSeparator()
    print_action = add(tr("&Print…"), do.print_, QKeySequence.StandardKey.Print)
    file_menu.addSeparator()
    quit_action = add(tr("&Quit"), do.quit, "Ctrl+Q")

    edit_menu = bar.addMenu(tr("&Edit"))
    undo_action = undo_group.createUndoAction(window, tr("&Undo"))
    undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
    redo_action = undo_group.createRedoAction(window, tr("&Redo"))
    redo_action.setShortcuts(QKeySequence.StandardKey.Redo)
    edit_menu.addAction(undo_action)
    edit_menu.addAction(redo_action)
    edit_menu.addSeparator()
    preferences_action = _action(
        window, edit_menu, tr("Pre&ferences…"), do.show_preferences,
        QKeySequence.StandardKey.Preferences, "Ctrl+,",
    )  # fmt: skip
    clinic_setup_action = _action(window, edit_menu, tr("Clinic set-&up…"), do.show_clinic_setup)

    view_menu = bar.addMenu(tr("&View"))
    section_actions = {
        section.key: _action(
            window, view_menu, tr(section.label), partial(do.show_section, section.key), f"Ctrl+{index + 1}"
        )
        for index, section in enumerate(SECTION_SPECS)
    }

    help_menu = bar.addMenu(tr("&Help"))
    guide_action = _action(
        window, help_menu, tr("&User guide"), do.show_user_guide, QKeySequence.StandardKey.HelpContents
    )
    about_action = _action(window, help_menu, tr("&About backplan"), do.show_about)
    return Menus(
        import_action, export_action, patient_export_action, new_patient_action, from_template_action,
        save_template_action, backup_action, restore_action, print_action, quit_action, undo_action,
        redo_action, preferences_action, clinic_setup_action, guide_action, about_action, section_actions,
    )  # fmt: skip


__all__ = ["MenuCommands", "Menus", "build_menus"]
