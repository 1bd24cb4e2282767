"""The navigation down the window's left side and the stack of sections it switches.

Each section is built the first time it is shown or used (:meth:`SectionStack.view`),
from its factory in ``sections.py``; until then a ``PendingSection`` holds its place.
The stack knows the built sections as :class:`~..common.section.Section`\\ s, so the
window asks them for what they offer instead of probing the views.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QButtonGroup, QFrame, QScrollArea, QVBoxLayout, QWidget

from ..common.choice_button import ChoiceButton
from ..common.screen_fit import CurrentPageStack
from ..common.section import Offers, Section
from ..common.widgets import relative_font
from .sections import SECTION_SPECS, Built, PendingSection, SectionContext, SectionSpec, build


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class SectionStack(QObject):
    """The section buttons (``nav``) and the sections (``stack``), built on first use."""

    def __init__(
        self,
        context: SectionContext,
        built: dict[str, Built],
        undo_stack: QUndoStack,
        choose: Callable[[str], None],
        parent: QWidget,
    ) -> None:
        """``built``: the sections built with the window (Today); ``choose`` is called
        with a section's key when its button is pressed."""
        super().__init__(parent)
        self.context = context
        self.undo_stack = undo_stack  # the window's: sections that edit share it
        self.nav = QFrame(parent)
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(tr("Sections"))
        self.nav.setStyleSheet(
            "QFrame#navigation { background: palette(alternate-base); border-right: 1px solid palette(mid); }"
        )
        self.nav_layout = QVBoxLayout(self.nav)
        self.nav_layout.setContentsMargins(8, 12, 8, 12)
        self.nav_layout.setSpacing(4)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[str, ChoiceButton] = {}
        self.stack = CurrentPageStack(parent)  # as wide as the section shown
        self.views: dict[str, QWidget] = {}
        self._sections: dict[str, Section] = {}
        for index, section in enumerate(SECTION_SPECS):
            self._add_button(index, section, choose)
            ready = built.get(section.key)
            view = ready.widget if ready is not None else PendingSection(section)
            if ready is not None:
                self._sections[section.key] = ready.section
            self.views[section.key] = view
            self.stack.addWidget(view)
        self.nav_layout.addStretch(1)

    def _add_button(self, index: int, section: SectionSpec, choose: Callable[[str], None]) -> None:
        label = tr(section.label)
        button = ChoiceButton(label, self.nav)  # read as one choice of five, not a check box
        button.setMinimumWidth(130)
        relative_font(button, 1.1, min_lines=2.2)
        button.setAccessibleName(section.title)
        button.setToolTip(tr("{section} (Ctrl+{n})").format(section=section.title, n=index + 1))
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        button.clicked.connect(lambda _=False, k=section.key: choose(k))
        self.group.addButton(button, index)
        self.nav_layout.addWidget(button)
        self.buttons[section.key] = button

    def scroller(self, parent: QWidget) -> QScrollArea:
        """The sections inside a scroll area: a section wider or taller than a small
        screen (the Log's table, Progress at a large text size) scrolls there, instead of
        growing the window past the screen."""
        scroller = QScrollArea(parent)
        scroller.setObjectName("sectionScroller")
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroller.setWidget(self.stack)
        return scroller

    # --- the sections ---------------------------------------------------------------

    def is_built(self, key: str) -> bool:
        return key in self._sections

    def view(self, key: str, patient_id: int | None) -> QWidget:
        """The section's view, built on first use for ``patient_id``."""
        if key not in self._sections:
            old = self.views[key]
            assert isinstance(old, PendingSection)  # every section not built is pending
            built = build(old.spec, self.context)
            self.stack.insertWidget(self.stack.indexOf(old), built.widget)
            self.stack.removeWidget(old)
            old.deleteLater()
            self.views[key] = built.widget
            self._sections[key] = built.section
            share_undo = built.section.section_offers().share_undo
            if share_undo is not None:  # Edit > Undo undoes the section's edits
                share_undo(self.undo_stack)
            built.section.set_patient(patient_id)
        return self.views[key]

    def built(self) -> Iterator[tuple[str, QWidget, Section]]:
        """The sections built so far, in the navigation's order."""
        for key, view in self.views.items():
            section = self._sections.get(key)
            if section is not None:
                yield key, view, section

    def offers(self, key: str) -> Offers:
        """What a built section offers (nothing, if it is not built)."""
        section = self._sections.get(key)
        return section.section_offers() if section is not None else Offers()

    def current_key(self) -> str:
        for key, view in self.views.items():
            if view is self.stack.currentWidget():
                return key
        return "today"

    def show(self, key: str) -> None:
        """Puts the (built) section on top and checks its button."""
        self.stack.setCurrentWidget(self.views[key])
        self.buttons[key].setChecked(True)


__all__ = ["SectionStack"]
