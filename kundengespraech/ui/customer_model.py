"""Table model of the customer list over plain :class:`CustomerRecord` rows."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from kundengespraech.services.customers import STAGE_NAMES
from kundengespraech.services.record_types import CustomerRecord

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole


class CustomerTableModel(QAbstractTableModel):
    """Name, phone, e-mail, relationship, Wunschkunde and the salesperson in charge."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CustomerRecord] = []
        self._headers = (
            self.tr("Name"),
            self.tr("Telefon"),
            self.tr("E-Mail"),
            self.tr("Beziehung"),
            self.tr("Wunschkunde"),
            self.tr("Betreut von"),
        )

    def set_rows(self, rows: list[CustomerRecord]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def record(self, row: int) -> CustomerRecord:
        return self._rows[row]

    def row_of(self, customer_id: uuid.UUID) -> int | None:
        for row, record in enumerate(self._rows):
            if record.id == customer_id:
                return row
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        record = self._rows[index.row()]
        if role == ID_ROLE:
            return str(record.id)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        contact = record.contact
        values = (
            f"{contact.last_name}, {contact.first_name}".strip(", "),
            contact.phone,
            contact.email,
            STAGE_NAMES.get(record.stage, record.stage),
            "★" if record.wish_customer else "",
            record.salesperson_name,
        )
        return values[index.column()]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None
