"""The retention review: customers without activity for longer than the retention period.

The salesperson ticks the ones to erase; erasing asks first and offers the unlinked
conversations of each person, as "Kunden löschen…" does.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kundengespraech.services.app import AppServices
from kundengespraech.ui.erasure import ErasureFlow

ID_ROLE = Qt.ItemDataRole.UserRole


class RetentionDialog(QDialog):
    """Lists the customers due for review, longest inactive first.

    Signals: ``erased`` after customers were erased.
    """

    erased = Signal()

    def __init__(
        self, services: AppServices, erasure: ErasureFlow, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Aufbewahrung prüfen"))
        self.resize(720, 480)
        self.services = services
        self.erasure = erasure
        self.years = services.settings.retention_years()
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.list = QTreeWidget()
        self.list.setHeaderLabels(
            [self.tr("Kunde"), self.tr("Letzte Aktivität"), self.tr("Kunde seit")]
        )
        self.list.setRootIsDecorated(False)
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.list.itemChanged.connect(self._update_button)
        self.erase_button = QPushButton(self.tr("Ausgewählte löschen…"))
        self.erase_button.clicked.connect(self.erase_ticked)
        close = QPushButton(self.tr("Schließen"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.erase_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.reload()

    def reload(self, now: datetime | None = None) -> None:
        due = self.services.privacy.due_for_review(now or datetime.now(UTC), self.years)
        self.intro.setText(
            self.tr("Seit mehr als %1 Jahren ohne Kontakt (kein Gespräch, kein Kontakt, keine "
                    "Zusage, keine Änderung von Einverständnis oder Beziehung): %2 Kunden. Prüfen "
                    "Sie, ob die Daten noch gebraucht werden, und löschen Sie die übrigen. Den "
                    "Zeitraum stellen Sie unter Einstellungen ein.")
            .replace("%1", str(self.years))
            .replace("%2", str(len(due)))
        )  # fmt: skip
        self.list.blockSignals(True)
        self.list.clear()
        for entry in due:
            item = QTreeWidgetItem(
                [
                    entry.name or self.tr("(ohne Namen)"),
                    entry.last_activity.astimezone().strftime("%d.%m.%Y"),
                    entry.created_at.astimezone().strftime("%d.%m.%Y"),
                ]
            )
            item.setData(0, ID_ROLE, entry.customer_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Unchecked)
            self.list.addTopLevelItem(item)
        self.list.blockSignals(False)
        self._update_button()

    def ticked(self) -> list[tuple[uuid.UUID, str]]:
        chosen = []
        for row in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(row)
            if item is not None and item.checkState(0) == Qt.CheckState.Checked:
                chosen.append((item.data(0, ID_ROLE), item.text(0)))
        return chosen

    def _update_button(self) -> None:
        self.erase_button.setEnabled(bool(self.ticked()))

    def erase_ticked(self) -> None:
        chosen = self.ticked()
        if not chosen or not self.erasure.confirm_many([name for _, name in chosen]):
            return
        erased = 0
        for customer_id, _ in chosen:
            if not self.erasure.erase(customer_id):
                break  # the reason was shown; the rest stay listed
            erased += 1
        self.reload()
        if erased:
            self.erased.emit()
