"""After a trade-fair day: the sheets of all conversations of one day, saved or printed at once."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kundengespraech.services.app import AppServices
from kundengespraech.services.batch import DaySheet, conversations_of_day, day_sheets, save_sheets
from kundengespraech.services.record_types import InterviewRecord
from kundengespraech.ui.printing import PrintError, print_pdfs, sheet_printer
from kundengespraech.ui.prompter import Prompter
from kundengespraech.ui.qt_dates import to_qdate
from kundengespraech.ui.start_view import discreet_name

ID_ROLE = Qt.ItemDataRole.UserRole


class BatchDialog(QDialog):
    """Pick a day, tick its conversations, then "Alle speichern…" (one PDF per customer into
    a folder) or "Alle drucken…" (one print dialog, one print job)."""

    def __init__(
        self,
        services: AppServices,
        prompter: Prompter,
        parent: QWidget | None = None,
        day: date | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._prompter = prompter
        self.setWindowTitle(self.tr("Empfehlungsblätter eines Tages"))
        self.resize(560, 480)
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd.MM.yyyy")
        self.date_edit.setDate(to_qdate(day or date.today()))
        self.date_edit.dateChanged.connect(self.reload)
        self.summary = QLabel()
        self.summary.setObjectName("muted")
        self.list = QListWidget()
        self.list.itemChanged.connect(self._update_buttons)
        self.select_all_button = QPushButton(self.tr("Alle auswählen"))
        self.select_all_button.clicked.connect(lambda: self._check_all(True))
        self.select_none_button = QPushButton(self.tr("Keine"))
        self.select_none_button.clicked.connect(lambda: self._check_all(False))
        self.save_button = QPushButton(self.tr("Alle speichern…"))
        self.save_button.clicked.connect(self.save_all)
        self.print_button = QPushButton(self.tr("Alle drucken…"))
        self.print_button.setObjectName("primary")
        self.print_button.clicked.connect(self.print_all)
        close_button = QPushButton(self.tr("Schließen"))
        close_button.clicked.connect(self.accept)

        day_row = QHBoxLayout()
        day_row.addWidget(QLabel(self.tr("Tag:")))
        day_row.addWidget(self.date_edit)
        day_row.addStretch(1)
        day_row.addWidget(self.select_all_button)
        day_row.addWidget(self.select_none_button)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(day_row)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.reload()

    # -- the list ------------------------------------------------------------------------

    def day(self) -> date:
        value = self.date_edit.date().toPython()
        assert isinstance(value, date)
        return value

    def reload(self) -> None:
        records = conversations_of_day(self._services, self.day())
        self.list.blockSignals(True)
        self.list.clear()
        for record in records:
            self.list.addItem(self._item(record))
        self.list.blockSignals(False)
        if not records:
            summary = self.tr("An diesem Tag wurden keine Gespräche geführt.")
        elif len(records) == 1:
            summary = self.tr("1 Gespräch an diesem Tag")
        else:
            summary = self.tr("%1 Gespräche an diesem Tag").replace("%1", str(len(records)))
        self.summary.setText(summary)
        self._update_buttons()

    def _item(self, record: InterviewRecord) -> QListWidgetItem:
        started = record.created_at.astimezone()
        name = discreet_name(record.customer_name) or self.tr("Ohne Namen")
        state = self.tr("abgeschlossen") if record.status == "finished" else self.tr("offen")
        item = QListWidgetItem(f"{started:%H:%M}   {name}   ({state})")
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked)
        item.setData(ID_ROLE, str(record.id))
        return item

    def _items(self) -> list[QListWidgetItem]:
        return [item for i in range(self.list.count()) if (item := self.list.item(i)) is not None]

    def _check_all(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        for item in self._items():
            item.setCheckState(state)

    def checked_ids(self) -> list[uuid.UUID]:
        return [
            uuid.UUID(str(item.data(ID_ROLE)))
            for item in self._items()
            if item.checkState() == Qt.CheckState.Checked
        ]

    def _update_buttons(self) -> None:
        any_checked = bool(self.checked_ids())
        self.save_button.setEnabled(any_checked)
        self.print_button.setEnabled(any_checked)

    def _sheets(self) -> list[DaySheet]:
        chosen = set(self.checked_ids())
        records = [r for r in conversations_of_day(self._services, self.day()) if r.id in chosen]
        return day_sheets(self._services, records)

    # -- actions -------------------------------------------------------------------------

    def save_all(self) -> list[Path]:
        """One PDF per ticked conversation into a folder the user picks."""
        folder = self._prompter.choose_folder(self.tr("Ordner für die Empfehlungsblätter"))
        if folder is None:
            return []
        try:
            written = save_sheets(self._sheets(), folder)
        except OSError as error:
            self._prompter.warn(
                self.tr("Speichern nicht möglich"),
                self.tr("In den Ordner „%1“ konnte nicht geschrieben werden: %2")
                .replace("%1", str(folder))
                .replace("%2", error.strerror or str(error)),
            )
            return []
        if len(written) == 1:
            message = self.tr("1 Empfehlungsblatt gespeichert in „%1“.")
        else:
            message = self.tr("%2 Empfehlungsblätter gespeichert in „%1“.")
        message = message.replace("%1", str(folder)).replace("%2", str(len(written)))
        self._prompter.inform(self.tr("Gespeichert"), message)
        return written

    def print_all(self) -> int:
        """Every ticked sheet through one print dialog as one job; returns the pages."""
        sheets = self._sheets()
        if not sheets:
            return 0
        printer = sheet_printer(self.tr("Empfehlungsblätter"))
        if not self._prompter.confirm_print(printer):
            return 0
        try:
            return print_pdfs([sheet.pdf for sheet in sheets], printer)
        except PrintError as error:
            self._prompter.warn(self.tr("Drucken nicht möglich"), str(error))
            return 0
