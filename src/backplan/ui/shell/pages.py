"""The window's two pages: the first-run page, for a start with no patient, and the main
page (the navigation beside the sections).

The first-run page is built the first time it is needed: a start with a patient never
shows it, and importing it (with the exercise library it can show) would slow that start.
Until then an empty page holds its place, before the main page.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QStackedWidget, QWidget

from backplan.services.backplan_service import Backplan

if TYPE_CHECKING:
    from ..common.first_run import FirstRunView


class WindowPages(QStackedWidget):
    """The first-run page (built on first use) and ``main_page``, whose ``layout`` the
    window fills with the navigation and the sections."""

    def __init__(
        self,
        services: Backplan,
        today: Callable[[], date],
        demo_launcher: Callable[[], bool] | None,
        patient_created: Callable[[int], None],
        window: QWidget,
    ) -> None:
        super().__init__(window)
        self._services = services
        self._today = today
        self._demo_launcher = demo_launcher
        self._patient_created = patient_created
        self._first_run: FirstRunView | None = None
        self._slot = QWidget(self)
        self.addWidget(self._slot)
        self.main_page = QWidget(window)
        self.layout_of_main = QHBoxLayout(self.main_page)
        self.layout_of_main.setContentsMargins(0, 0, 0, 0)
        self.layout_of_main.setSpacing(0)
        self.addWidget(self.main_page)

    @property
    def first_run(self) -> FirstRunView:
        """The first-run page, built on first use (in the place held for it)."""
        if self._first_run is None:
            from ..common.first_run import FirstRunView

            page = FirstRunView(self._services, self._today, self._demo_launcher, self.parentWidget())
            page.patient_created.connect(self._patient_created)
            showing = self.currentWidget() is self._slot
            self.insertWidget(self.indexOf(self._slot), page)
            if showing:
                self.setCurrentWidget(page)
            self.removeWidget(self._slot)
            self._slot.deleteLater()
            self._first_run = page
        return self._first_run

    def showing_main(self) -> bool:
        """Whether the main page is shown (else the first-run page, or none yet)."""
        return self.currentWidget() is self.main_page


__all__ = ["WindowPages"]
