"""The customer file (Kundenkartei) for the salesperson: search, one record, its actions."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from PySide6.QtCore import QItemSelection, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kundengespraech.domain.followups import CareRuleError
from kundengespraech.services.app import AppServices
from kundengespraech.services.customer_export import ExportFormatError
from kundengespraech.services.errors import StorageError
from kundengespraech.ui.customer_detail import CustomerDetail
from kundengespraech.ui.customer_model import CustomerTableModel
from kundengespraech.ui.erasure import ErasureFlow
from kundengespraech.ui.retention_dialog import RetentionDialog


class CustomersWindow(QWidget):
    """A window of its own (it shows every customer: not for the customer's eyes).

    Signals: ``changed`` after anything that may change the Wiedervorlage.
    """

    changed = Signal()

    def __init__(
        self, services: AppServices, prompter: Any, dialogs: Any, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Kundenkartei"))
        self.resize(1300, 760)
        self.services = services
        self.prompter = prompter
        self.dialogs = dialogs
        self.erasure = ErasureFlow(services.privacy, prompter, self)
        self.retention_dialog: RetentionDialog | None = None
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Suchen: Name, Telefon oder E-Mail"))
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(self._search_timer.start)
        self.model = CustomerTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.count = QLabel()
        self.count.setObjectName("muted")
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.table, 1)
        self.retention_button = QPushButton(self.tr("Aufbewahrung prüfen…"))
        self.retention_button.clicked.connect(self.review_retention)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.retention_button)
        left_layout.addLayout(bottom)
        self.detail = CustomerDetail()
        self.empty = QLabel(self.tr("Wählen Sie links einen Kunden."))
        self.empty.setObjectName("muted")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.detail)
        right_layout.addWidget(self.empty)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([640, 660])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.addWidget(splitter)
        self._connect_detail()
        self.current: uuid.UUID | None = None
        self.reload()

    def _connect_detail(self) -> None:
        d = self.detail
        d.stage_chosen.connect(self._set_stage)
        d.wish_toggled.connect(self._set_wish)
        d.hand_over_requested.connect(self.hand_over)
        d.consent_requested.connect(self.record_consent)
        d.withdraw_requested.connect(self.withdraw_consent)
        d.promise_requested.connect(self.add_promise)
        d.contact_requested.connect(self.add_contact)
        d.merge_requested.connect(self.merge)
        d.delete_requested.connect(self.delete)
        d.export_requested.connect(self.export_data)

    # -- list -------------------------------------------------------------------------------

    def reload(self) -> None:
        keep = self.current
        rows = self.services.customers.search(self.search.text())
        self.model.set_rows(rows)
        self.count.setText(self.tr("Kunden: %1").replace("%1", str(len(rows))))
        row = self.model.row_of(keep) if keep is not None else None
        if row is not None:
            self.table.selectRow(row)
        else:
            self._show(None)

    def select(self, customer_id: uuid.UUID) -> None:
        row = self.model.row_of(customer_id)
        if row is None:
            self.search.clear()
            self.reload()
            row = self.model.row_of(customer_id)
        if row is not None:
            self.table.selectRow(row)

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        self._show(self.model.record(indexes[0].row()).id if indexes else None)

    def _show(self, customer_id: uuid.UUID | None) -> None:
        self.current = customer_id
        self.detail.setVisible(customer_id is not None)
        self.empty.setVisible(customer_id is None)
        if customer_id is None:
            return
        customers = self.services.customers
        self.detail.show_customer(
            customers.get(customer_id),
            customers.consents(customer_id),
            self.services.timeline.of_customer(customer_id),
            customers.duplicates_of(customer_id),
        )

    def _refresh(self) -> None:
        self._show(self.current)
        self.changed.emit()

    # -- actions ----------------------------------------------------------------------------

    def _name(self) -> str:
        return self.services.customers.get(self.current).name if self.current else ""

    def _set_stage(self, stage: str) -> None:
        if self.current is not None:
            self.services.customers.set_stage(self.current, stage)
            self.reload()

    def _set_wish(self, wish: bool) -> None:
        if self.current is not None:
            self.services.customers.set_wish_customer(self.current, wish)
            self.reload()

    def hand_over(self) -> None:
        if self.current is None:
            return
        record = self.services.customers.get(self.current)
        colleagues = [
            p for p in self.services.salespeople.profiles() if p.id != record.salesperson_id
        ]
        if not colleagues:
            self.prompter.inform(
                self.tr("Kunden übergeben"),
                self.tr("Es gibt noch keine Kollegin und keinen Kollegen. Legen Sie sie unter "
                        "Kunden → Verkäuferinnen und Verkäufer an."),
            )  # fmt: skip
            return
        choice = self.dialogs.hand_over(colleagues)
        if choice is not None:
            self.services.customers.hand_over(self.current, choice[0], choice[1])
            self.reload()
            self.changed.emit()

    def record_consent(self) -> None:
        if self.current is None:
            return
        channels = self.dialogs.consent(self._name())
        for channel in channels or []:
            self.services.customers.record_consent(self.current, channel)
        if channels:
            self._refresh()

    def withdraw_consent(self, channel: str) -> None:
        if self.current is None:
            return
        if self.prompter.confirm(
            self.tr("Einverständnis widerrufen"),
            self.tr("Den Widerruf jetzt mit Datum und Uhrzeit festhalten?"),
        ):
            self.services.customers.withdraw_consent(self.current, channel)
            self._refresh()

    def add_promise(self) -> None:
        if self.current is None:
            return
        choice = self.dialogs.promise(self._name())
        if choice is None:
            return
        try:
            self.services.promises.promise(
                choice.kind,
                choice.due,
                customer_id=self.current,
                text=choice.text,
                channel=choice.channel,
                with_offer=choice.with_offer,
            )
        except CareRuleError as error:
            self.prompter.warn(self.tr("Zusage nicht möglich"), str(error))
            return
        self._refresh()

    def add_contact(self) -> None:
        if self.current is None:
            return
        choice = self.dialogs.contact(self._name())
        if choice is None:
            return
        try:
            self.services.customers.record_contact(
                self.current, choice.kind, choice.at, choice.channel, choice.text
            )
        except CareRuleError as error:
            self.prompter.warn(self.tr("Kontakt nicht möglich"), str(error))
            return
        self._refresh()

    def merge(self) -> None:
        if self.current is None:
            return
        duplicates = self.services.customers.duplicates_of(self.current)
        if not duplicates:
            return
        # The older record survives, so that its id (known elsewhere) stays valid.
        keep, other = sorted([self.current, duplicates[0].id])
        if self.prompter.confirm(
            self.tr("Zusammenführen"),
            self.tr("Beide Datensätze zu einem zusammenführen? Alle Gespräche, Zusagen, Kontakte "
                    "und Einverständnisse bleiben erhalten."),
        ):  # fmt: skip
            self.services.customers.merge(keep, other)
            self.current = keep
            self.reload()
            self.changed.emit()

    def delete(self) -> None:
        if self.current is None or not self.erasure.confirm_one(self._name()):
            return
        if not self.erasure.erase(self.current):
            return
        self.current = None
        self.reload()
        self.changed.emit()

    def export_data(self) -> None:
        """Everything about the customer as PDF (to read) or JSON (machine-readable)."""
        if self.current is None:
            return
        record = self.services.customers.get(self.current)
        last = "".join(c for c in record.contact.last_name if c.isalnum() or c in "-_ ").strip()
        suggested = f"Datenauskunft {last or 'Kunde'} {datetime.now():%Y-%m-%d}.pdf"
        path = self.prompter.save_path(
            self.tr("Daten exportieren"),
            suggested,
            self.tr("PDF zum Lesen (*.pdf);;JSON, maschinenlesbar (*.json)"),
        )
        if path is None:
            return
        if not path.suffix:
            path = path.with_suffix(".pdf")
        title = self.tr("Export nicht möglich")
        try:
            self.services.customer_export.write(self.current, path)
        except ExportFormatError:
            self.prompter.warn(
                title,
                self.tr("„%1“: Bitte wählen Sie einen Dateinamen mit der Endung .pdf (zum Lesen) "
                        "oder .json (maschinenlesbar).").replace("%1", path.name),
            )  # fmt: skip
        except OSError as error:
            self.prompter.warn(
                title,
                self.tr("Die Datei „%1“ konnte nicht geschrieben werden: %2")
                .replace("%1", str(path))
                .replace("%2", error.strerror or str(error)),
            )
        except StorageError as error:
            self.prompter.warn(title, str(error))
        else:
            self.prompter.inform(
                self.tr("Daten exportiert"),
                self.tr("Alle gespeicherten Daten von %1 stehen in „%2“.")
                .replace("%1", record.name or self.tr("diesem Kunden"))
                .replace("%2", str(path)),
            )

    def review_retention(self) -> RetentionDialog:
        """The customers without activity for longer than the retention period, to erase."""
        dialog = RetentionDialog(self.services, self.erasure, self)
        dialog.erased.connect(self._after_retention)
        self.retention_dialog = dialog
        dialog.show()
        return dialog

    def _after_retention(self) -> None:
        self.reload()
        self.changed.emit()
