"""Salesperson profiles: name, phone, e-mail, branch; add, edit, mark as left."""

from __future__ import annotations

import uuid
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kundengespraech.services.app import AppServices
from kundengespraech.services.record_types import SalespersonRecord

ID_ROLE = Qt.ItemDataRole.UserRole


class SalespeopleDialog(QWidget):
    """A small window listing every profile with a form to edit the selected one."""

    def __init__(self, services: AppServices, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Verkäuferinnen und Verkäufer"))
        self.resize(900, 520)
        self.services = services
        self.list = QListWidget()
        self.list.currentItemChanged.connect(self._selected)
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout()
        for name, label in (
            ("name", self.tr("Name")),
            ("phone", self.tr("Telefon")),
            ("email", self.tr("E-Mail")),
            ("branch", self.tr("Filiale")),
        ):
            edit = QLineEdit()
            edit.setObjectName(name)
            self.fields[name] = edit
            form.addRow(label, edit)
        self.active = QCheckBox(self.tr("im Haus tätig"))
        form.addRow("", self.active)
        self.save_button = QPushButton(self.tr("Speichern"))
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(self.save)
        self.new_button = QPushButton(self.tr("Neu"))
        self.new_button.clicked.connect(self.new)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addStretch(1)
        right.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addWidget(self.list, 2)
        layout.addLayout(right, 3)
        self._current: SalespersonRecord | None = None
        self.reload()

    def reload(self, select: uuid.UUID | None = None) -> None:
        self.list.clear()
        for person in self.services.salespeople.profiles(include_inactive=True):
            text = person.name + (f" · {person.branch}" if person.branch else "")
            if not person.active:
                text += self.tr(" (ausgeschieden)")
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, str(person.id))
            self.list.addItem(item)
            if person.id == select:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None:
            self.new()

    def _selected(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        person = self.services.salespeople.get(uuid.UUID(item.data(ID_ROLE)))
        self._current = person
        for name, edit in self.fields.items():
            edit.setText(getattr(person, name))
        self.active.setChecked(person.active)

    def new(self) -> None:
        self._current = None
        self.list.clearSelection()
        for edit in self.fields.values():
            edit.clear()
        self.active.setChecked(True)
        self.fields["name"].setFocus()

    def save(self) -> None:
        values = {name: edit.text().strip() for name, edit in self.fields.items()}
        if not values["name"]:
            self.fields["name"].setFocus()
            return
        if self._current is None:
            person_id = self.services.salespeople.add(
                values["name"], values["phone"], values["email"], values["branch"]
            )
        else:
            person_id = self._current.id
            self.services.salespeople.update(
                replace(
                    self._current,
                    name=values["name"],
                    phone=values["phone"],
                    email=values["email"],
                    branch=values["branch"],
                    active=self.active.isChecked(),
                )
            )
        self.reload(select=person_id)
