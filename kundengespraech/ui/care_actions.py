"""Relationship care in the main window: the Wiedervorlage, the Kunden menu, linking customers."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime
from typing import Any, Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMenuBar, QWidget

from kundengespraech.domain.followups import CareRuleError, Suggestion
from kundengespraech.services.app import AppServices
from kundengespraech.services.promises import local_now
from kundengespraech.ui.agenda_panel import AgendaPanel
from kundengespraech.ui.care_dialogs import CareDialogs
from kundengespraech.ui.customers_window import CustomersWindow
from kundengespraech.ui.dashboard_window import DashboardWindow
from kundengespraech.ui.salespeople_dialog import SalespeopleDialog


class AskUser(Protocol):
    """The parts of the prompter this controller uses."""

    def save_path(self, title: str, suggested: str, file_filter: str) -> Any: ...
    def confirm(self, title: str, text: str) -> bool: ...
    def inform(self, title: str, text: str) -> None: ...
    def warn(self, title: str, text: str, details: str = "") -> None: ...


class CareActions(QObject):
    """Connects the Wiedervorlage panel and the care windows to the services."""

    def __init__(
        self,
        services: AppServices,
        prompter: AskUser,
        agenda: AgendaPanel,
        parent: QWidget,
        dialogs: Any = None,
        clock: Callable[[], datetime] = local_now,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.prompter = prompter
        self.agenda = agenda
        self.dialogs = dialogs or CareDialogs(parent)
        self._parent = parent
        self._clock = clock
        self._windows: list[QWidget] = []
        agenda.done_requested.connect(self.done)
        agenda.reschedule_requested.connect(self.reschedule)
        agenda.calendar_requested.connect(self.export_calendar)
        agenda.accept_requested.connect(self.accept)
        agenda.customers_requested.connect(self.open_customers)

    def add_menu(self, bar: QMenuBar) -> None:
        menu = bar.addMenu(self.tr("&Kunden"))
        for text, slot in (
            (self.tr("&Kundenkartei…"), self.open_customers),
            (self.tr("&Auswertung…"), self.open_dashboard),
            (self.tr("&Verkäuferinnen und Verkäufer…"), self.open_salespeople),
            (self.tr("Wiedervorlage als &Kalender (.ics)…"), lambda: self.export_calendar(None)),
            (self.tr("&Nachfrage nach … Monaten…"), self.set_checkin_months),
        ):
            action = menu.addAction(text)
            action.triggered.connect(lambda _checked=False, slot=slot: slot())

    # -- the Wiedervorlage ------------------------------------------------------------------

    def refresh(self) -> None:
        now = self._clock()
        self.agenda.show_agenda(self.services.promises.my_agenda(now), now)

    def done(self, promise_id: uuid.UUID) -> None:
        try:
            self.services.promises.done(promise_id)
        except CareRuleError as error:
            self.prompter.warn(self.tr("Nicht möglich"), str(error))
            return
        self.refresh()

    def reschedule(self, promise_id: uuid.UUID) -> None:
        record = self.services.promises.get(promise_id)
        choice = self.dialogs.reschedule(record, self._clock())
        if choice is None:
            return
        self.services.promises.reschedule(
            promise_id, choice.new_due, choice.customer_informed, choice.note
        )
        self.refresh()

    def accept(self, suggestion: Suggestion) -> None:
        try:
            self.services.promises.accept(suggestion)
        except CareRuleError as error:
            self.prompter.warn(self.tr("Nicht möglich"), str(error))
            return
        self.refresh()

    def export_calendar(self, promise_id: uuid.UUID | None) -> None:
        suggested = "wiedervorlage.ics" if promise_id is None else "termin.ics"
        path = self.prompter.save_path(
            self.tr("Als Kalenderdatei speichern"), suggested, self.tr("Kalender (*.ics)")
        )
        if path is None:
            return
        if path.suffix.lower() != ".ics":
            path = path.with_suffix(".ics")
        if promise_id is None:
            data = self.services.calendar.export_all()
        else:
            data = self.services.calendar.export_one(promise_id)
        try:
            self.services.calendar.write(path, data)
        except OSError as error:
            self.prompter.warn(
                self.tr("Speichern fehlgeschlagen"),
                self.tr("Die Datei %1 kann nicht geschrieben werden.").replace("%1", str(path)),
                str(error),
            )

    def set_checkin_months(self) -> None:
        """How many months after the last contact the app suggests asking how things are."""
        months = self.dialogs.checkin_months(self.services.promises.rules().checkin_months)
        if months is not None:
            self.services.promises.set_checkin_months(months)
            self.refresh()

    # -- linking a conversation to its customer ---------------------------------------------

    def link_customer(self, interview_id: uuid.UUID) -> uuid.UUID | None:
        """Find or create the conversation's customer; a known one is offered discreetly.

        The question names no customer and shows nothing the customer did not say.
        """
        proposal = self.services.customers.propose_link(interview_id)
        if proposal.linked or proposal.match is None:
            return proposal.customer_id
        match = proposal.match
        text = (
            self.tr("Diese Angaben passen zu einem Kunden, der schon bei uns war (seit %1, "
                    "bisherige Gespräche: %2). Dieses Gespräch dort zuordnen?")
            .replace("%1", match.since.strftime("%m/%Y"))
            .replace("%2", str(match.conversations))
        )  # fmt: skip
        same = self.prompter.confirm(self.tr("Bekannter Kunde"), text)
        return self.services.customers.link(interview_id, match.customer_id if same else None)

    # -- windows ----------------------------------------------------------------------------

    def _show(self, window: QWidget) -> None:
        self._windows = [w for w in self._windows if w.isVisible()]
        self._windows.append(window)
        window.show()
        window.raise_()
        window.activateWindow()

    def open_customers(self, customer_id: uuid.UUID | None = None) -> QWidget:
        window = CustomersWindow(self.services, self.prompter, self.dialogs, self._parent)
        window.changed.connect(self.refresh)
        if customer_id is not None:
            window.select(customer_id)
        self._show(window)
        return window

    def open_dashboard(self) -> QWidget:
        window = DashboardWindow(self.services, self._parent)
        self._show(window)
        return window

    def open_salespeople(self) -> QWidget:
        window = SalespeopleDialog(self.services, self._parent)
        self._show(window)
        return window
