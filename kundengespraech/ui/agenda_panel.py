"""The Wiedervorlage on the start screen: overdue (prominent), today, upcoming, care suggestions.

The start screen faces customers: names are shown discreetly ("Anna B.").
"""

from __future__ import annotations

import uuid
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kundengespraech.domain.consent import CHANNEL_NAMES
from kundengespraech.domain.followups import PROMISE_KINDS, Suggestion
from kundengespraech.services.promises import Agenda, AgendaItem
from kundengespraech.ui import theme

WEEKDAYS = ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So")

PANEL_STYLE = f"""
QFrame#agendaItem {{ background: {theme.SURFACE}; border: 1px solid #D9D6CF;
    border-radius: 8px; }}
QFrame#agendaItem[overdue="true"] {{ border: 2px solid {theme.ERROR};
    border-left: 8px solid {theme.ERROR}; }}
QFrame#agendaItem[suggestion="true"] {{ background: #F1F5F9; border-style: dashed; }}
QLabel#agendaHeading {{ font-size: 15pt; font-weight: 600; color: {theme.ACCENT}; }}
QLabel#agendaHeading[overdue="true"] {{ color: {theme.ERROR}; }}
QLabel#agendaWhen {{ font-weight: 600; }}
QLabel#agendaWhen[overdue="true"] {{ color: {theme.ERROR}; }}
QLabel#agendaBlocked {{ color: {theme.ERROR}; font-size: 12pt; }}
QLabel#agendaDetail {{ color: {theme.MUTED}; font-size: 12pt; }}
QPushButton#small {{ padding: 5px 12px; }}
"""


def discreet(full_name: str) -> str:
    """ "Anna Berger" -> "Anna B." (the start screen faces customers)."""
    parts = full_name.split()
    if len(parts) < 2:
        return full_name
    return f"{' '.join(parts[:-1])} {parts[-1][0]}."


def when_text(due: datetime, now: datetime) -> str:
    local = due.astimezone(now.tzinfo)
    day = WEEKDAYS[local.weekday()]
    if local.date() == now.date():
        return f"heute {local:%H:%M}"
    return f"{day} {local:%d.%m.} {local:%H:%M}"


class AgendaPanel(QFrame):
    """Shows an :class:`Agenda`; every button press is a signal, decisions happen elsewhere.

    Signals: ``done_requested(uuid)``, ``reschedule_requested(uuid)``,
    ``calendar_requested(object)`` (a promise id, or ``None`` for all),
    ``accept_requested(Suggestion)``, ``customers_requested()``.
    """

    done_requested = Signal(object)
    reschedule_requested = Signal(object)
    calendar_requested = Signal(object)
    accept_requested = Signal(object)
    customers_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agendaPanel")
        self.setStyleSheet(PANEL_STYLE)
        title = QLabel(self.tr("Wiedervorlage"))
        title.setObjectName("sectionTitle")
        self.summary = QLabel()
        self.summary.setObjectName("muted")
        self.summary.setWordWrap(True)
        self._body = QWidget()
        self._items = QVBoxLayout(self._body)
        self._items.setContentsMargins(0, 0, 8, 0)
        self._items.setSpacing(8)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self._body)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.export_button = QPushButton(self.tr("Alle in den Kalender (.ics)…"))
        self.export_button.clicked.connect(lambda: self.calendar_requested.emit(None))
        self.customers_button = QPushButton(self.tr("Kundenkartei…"))
        self.customers_button.clicked.connect(self.customers_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.customers_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.summary)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self.item_frames: dict[uuid.UUID, QFrame] = {}

    # -- filling ----------------------------------------------------------------------------

    def show_agenda(self, agenda: Agenda, now: datetime) -> None:
        self._clear()
        self.summary.setText(
            self.tr("%1 überfällig · %2 heute · %3 demnächst")
            .replace("%1", str(len(agenda.overdue)))
            .replace("%2", str(len(agenda.today)))
            .replace("%3", str(len(agenda.upcoming)))
        )
        sections = (
            (self.tr("Überfällig"), agenda.overdue, True),
            (self.tr("Heute"), agenda.today, False),
            (self.tr("Demnächst"), agenda.upcoming, False),
        )
        for heading, items, overdue in sections:
            if items:
                self._heading(heading, overdue)
                for item in items:
                    self._add_item(item, now)
        if agenda.suggestions:
            self._heading(self.tr("Vorschläge zur Kundenpflege"), False)
            for suggestion in agenda.suggestions:
                self._add_suggestion(suggestion)
        if agenda.is_empty:
            empty = QLabel(self.tr("Nichts fällig – alle Zusagen sind erledigt."))
            empty.setObjectName("muted")
            empty.setWordWrap(True)
            self._items.addWidget(empty)
        self._items.addStretch(1)
        self.export_button.setEnabled(not agenda.is_empty)

    def _clear(self) -> None:
        self.item_frames.clear()
        while self._items.count():
            entry = self._items.takeAt(0)
            widget = entry.widget() if entry is not None else None
            if widget is not None:
                widget.deleteLater()

    def _heading(self, text: str, overdue: bool) -> None:
        label = QLabel(text)
        label.setObjectName("agendaHeading")
        label.setProperty("overdue", overdue)
        self._items.addWidget(label)

    def _frame(self, overdue: bool = False, suggestion: bool = False) -> tuple[QFrame, QVBoxLayout]:
        frame = QFrame()
        frame.setObjectName("agendaItem")
        frame.setProperty("overdue", overdue)
        frame.setProperty("suggestion", suggestion)
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(4)
        self._items.addWidget(frame)
        return frame, layout

    def _add_item(self, item: AgendaItem, now: datetime) -> None:
        promise = item.promise
        overdue = item.section == "overdue"
        frame, layout = self._frame(overdue=overdue)
        self.item_frames[promise.id] = frame
        when = QLabel(when_text(promise.due, now))
        when.setObjectName("agendaWhen")
        when.setProperty("overdue", overdue)
        title = PROMISE_KINDS.get(promise.kind, promise.kind)
        who = discreet(promise.customer_name) or self.tr("ohne Namen")
        layout.addLayout(self._head(when, f"{title} · {who}"))
        details = [promise.text] if promise.text and promise.text != title else []
        if promise.channel:
            details.append(CHANNEL_NAMES.get(promise.channel, promise.channel))
        if promise.reschedules:
            details.append(self.tr("%1× verschoben").replace("%1", str(len(promise.reschedules))))
        if details:
            detail = QLabel(" · ".join(details))
            detail.setObjectName("agendaDetail")
            detail.setWordWrap(True)
            layout.addWidget(detail)
        if item.blocked:
            blocked = QLabel(item.blocked)
            blocked.setObjectName("agendaBlocked")
            blocked.setWordWrap(True)
            layout.addWidget(blocked)
        buttons = QHBoxLayout()
        done = self._button(self.tr("Erledigt"), "done")
        done.clicked.connect(lambda: self.done_requested.emit(promise.id))
        move = self._button(self.tr("Verschieben…"), "reschedule")
        move.clicked.connect(lambda: self.reschedule_requested.emit(promise.id))
        ics = self._button(self.tr("Kalender"), "calendar")
        ics.setToolTip(self.tr("Diesen Termin als .ics-Datei speichern"))
        ics.clicked.connect(lambda: self.calendar_requested.emit(promise.id))
        for button in (done, move):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(ics)
        layout.addLayout(buttons)

    def _add_suggestion(self, suggestion: Suggestion) -> None:
        _frame, layout = self._frame(suggestion=True)
        when = QLabel(f"{WEEKDAYS[suggestion.due.weekday()]} {suggestion.due:%d.%m.}")
        when.setObjectName("agendaWhen")
        layout.addLayout(
            self._head(when, f"{suggestion.title} · {discreet(suggestion.customer_name)}")
        )
        reason = QLabel(suggestion.reason)
        reason.setObjectName("agendaDetail")
        reason.setWordWrap(True)
        layout.addWidget(reason)
        accept = self._button(self.tr("Übernehmen"), "accept")
        if suggestion.blocked:
            blocked = QLabel(suggestion.blocked)
            blocked.setObjectName("agendaBlocked")
            blocked.setWordWrap(True)
            layout.addWidget(blocked)
            accept.setEnabled(False)
        else:
            channel = CHANNEL_NAMES.get(suggestion.channel or "", "")
            accept.setToolTip(self.tr("Als Zusage übernehmen (Kanal: %1)").replace("%1", channel))
        accept.clicked.connect(lambda: self.accept_requested.emit(suggestion))
        row = QHBoxLayout()
        row.addWidget(accept)
        row.addStretch(1)
        layout.addLayout(row)

    def _head(self, when: QLabel, text: str) -> QHBoxLayout:
        what = QLabel(text)
        what.setWordWrap(True)
        head = QHBoxLayout()
        head.addWidget(when, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(what, 1)
        return head

    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName("small")
        button.setProperty("role", name)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        return button

    def buttons_of(self, promise_id: uuid.UUID) -> dict[str, QPushButton]:
        """The buttons of one promise by role (done, reschedule, calendar), for tests."""
        frame = self.item_frames[promise_id]
        return {str(b.property("role")): b for b in frame.findChildren(QPushButton)}
