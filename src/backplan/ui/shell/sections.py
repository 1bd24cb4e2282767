"""The window's five sections: their names, how each is built, and what stands in for it.

One table (:data:`SECTION_SPECS`) lists the sections in the order of the navigation,
each with a typed factory. A factory imports its section's module inside the function,
so a start on Today imports neither Plan, Log, Progress nor Print (some 20 ms of Qt
making Python types, and Progress would bring in the charts); until a section is first
shown or used, a :class:`PendingSection` holds its place. A factory returns a
:class:`Built`, which mypy checks is a widget and a :class:`~..common.section.Section`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from backplan.domain.clock import Clock
from backplan.services.backplan_service import Backplan

from ..common.section import Offers, Section
from ..common.widgets import heading, muted, text_label

if TYPE_CHECKING:
    from ..today.actions import RecordActions
    from ..today.view import TodayView

log = logging.getLogger(__name__)


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


@dataclass(frozen=True)
class SectionContext:
    """What the window hands a section's factory: the services and the window's hooks."""

    services: Backplan
    clock: Clock
    recorder: RecordActions
    grace: Callable[[], timedelta]
    say: Callable[[str], None]  # the window's confirmation line
    patient_created: Callable[[int], None]
    start_routine: Callable[[str], None]  # an activity's id


class Built(NamedTuple):
    """A section as built: the widget the window shows and the same object as a Section.

    Python has no "widget and Section" type; giving the view twice lets mypy check both.
    """

    widget: QWidget
    section: Section


@dataclass(frozen=True)
class SectionSpec:
    """One section: its key (settings, ``show_section``), its label and its factory."""

    key: str
    label: str  # with its mnemonic, translated in the "MainWindow" context
    build: Callable[[SectionContext], Built]

    @property
    def title(self) -> str:
        return tr(self.label).replace("&", "")


def build_today(context: SectionContext) -> TodayView:
    """Today, the section a start shows: the window builds it with itself."""
    from ..today.view import TodayView

    return TodayView(context.services, context.clock, context.recorder, context.grace)


def _today(context: SectionContext) -> Built:
    view = build_today(context)
    return Built(view, view)


def _plan(context: SectionContext) -> Built:
    from ..plan.view import PlanView

    view = PlanView(context.services)
    view.patient_created.connect(context.patient_created)
    view.message.connect(context.say)
    view.routine_requested.connect(context.start_routine)
    return Built(view, view)


def _log(context: SectionContext) -> Built:
    from ..log.view import LogView

    view = LogView(context.services)
    return Built(view, view)


def _progress(context: SectionContext) -> Built:
    from ..progress.view import ProgressView

    view = ProgressView(context.services)
    return Built(view, view)


def _print(context: SectionContext) -> Built:
    from ..print.view import PrintView

    view = PrintView(context.services)
    return Built(view, view)


SECTION_SPECS: tuple[SectionSpec, ...] = (
    SectionSpec("today", "&Today", _today),
    SectionSpec("plan", "&Plan", _plan),
    SectionSpec("log", "&Log", _log),
    SectionSpec("progress", "P&rogress", _progress),
    SectionSpec("print", "Pr&int", _print),
)


class PendingSection(QWidget):
    """Holds a section's place in the stack until it is first shown or used."""

    def __init__(self, spec: SectionSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec


class Placeholder(QWidget):
    """Stands in for a section that could not be built: the window goes on without it."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.addWidget(heading(title, 1))
        layout.addWidget(muted(text_label(text)))
        layout.addStretch(1)

    def set_patient(self, patient_id: int | None) -> None:
        pass

    def section_offers(self) -> Offers:
        return Offers()


def build(section: SectionSpec, context: SectionContext) -> Built:
    """The section built, or a :class:`Placeholder` saying why not (never an exception)."""
    try:
        return section.build(context)
    except ImportError:  # a broken install
        log.exception("the %s section's module could not be imported", section.key)
        page = Placeholder(section.title, tr("This section is coming soon."))
    except Exception as exc:  # a section that fails must not take the window down
        log.exception("the %s section could not be loaded", section.key)
        page = Placeholder(section.title, tr("This section could not be opened: {error}").format(error=exc))
    return Built(page, page)


__all__ = [
    "SECTION_SPECS",
    "Built",
    "PendingSection",
    "Placeholder",
    "SectionContext",
    "SectionSpec",
    "build",
    "build_today",
]
