"""The start screen: a new conversation, and the recent and unfinished ones to resume."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kundengespraech.services.record_types import InterviewRecord
from kundengespraech.ui.agenda_panel import AgendaPanel

ID_ROLE = Qt.ItemDataRole.UserRole


def discreet_name(full_name: str) -> str:
    """The screen faces customers: show "Anna B." instead of another customer's full name."""
    parts = full_name.split()
    if len(parts) < 2:
        return full_name
    return f"{' '.join(parts[:-1])} {parts[-1][0]}."


class StartView(QWidget):
    """Signals: ``new_requested``; ``resume_requested(uuid.UUID)``.

    ``agenda`` is the Wiedervorlage beside the conversations; the main window's care actions
    fill it and handle its signals.
    """

    new_requested = Signal()
    resume_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Willkommen zum Beratungsgespräch"))
        title.setObjectName("pageTitle")
        intro = QLabel(self.tr("Wir fragen zuerst, was Sie brauchen – dann zeigen wir Ihnen "
                               "ehrlich, welche Fahrzeuge dazu passen."))  # fmt: skip
        intro.setWordWrap(True)
        intro.setObjectName("muted")
        self.new_button = QPushButton(self.tr("Neues Gespräch"))
        self.new_button.setObjectName("primary")
        self.new_button.setDefault(True)
        self.new_button.clicked.connect(self.new_requested)
        recent_title = QLabel(self.tr("Letzte und offene Gespräche"))
        recent_title.setObjectName("sectionTitle")
        self.recent = QListWidget()
        self.recent.setAccessibleName(self.tr("Letzte und offene Gespräche"))
        self.recent.itemActivated.connect(self._activated)
        self.resume_button = QPushButton(self.tr("Gespräch fortsetzen"))
        self.resume_button.clicked.connect(lambda: self._activated(self.recent.currentItem()))

        self.agenda = AgendaPanel()
        outer = QHBoxLayout(self)
        outer.setContentsMargins(48, 32, 32, 24)
        outer.setSpacing(32)
        layout = QVBoxLayout()
        layout.setSpacing(14)
        outer.addLayout(layout, 3)
        outer.addWidget(self.agenda, 2)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addSpacing(16)
        layout.addWidget(recent_title)
        layout.addWidget(self.recent, 1)
        layout.addWidget(self.resume_button, 0, Qt.AlignmentFlag.AlignLeft)

    def show_interviews(self, records: list[InterviewRecord]) -> None:
        self.recent.clear()
        for record in records:
            when = record.updated_at.astimezone().strftime("%d.%m.%Y %H:%M")
            name = discreet_name(record.customer_name) or self.tr("Ohne Namen")
            status = self.tr("offen") if record.status == "open" else self.tr("abgeschlossen")
            item = QListWidgetItem(f"{name} · {when} · {status}")
            item.setData(ID_ROLE, str(record.id))
            self.recent.addItem(item)
        if records:
            self.recent.setCurrentRow(0)
        else:
            empty = QListWidgetItem(
                self.tr("Noch keine Gespräche – beginnen Sie mit „Neues Gespräch“.")
            )
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.recent.addItem(empty)
        self.resume_button.setEnabled(bool(records))

    def _activated(self, item: QListWidgetItem | None) -> None:
        if item is not None and item.data(ID_ROLE):
            self.resume_requested.emit(uuid.UUID(item.data(ID_ROLE)))
