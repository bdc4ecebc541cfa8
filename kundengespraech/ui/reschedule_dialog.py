"""The dialog to move a promise: new time, and whether the customer was told beforehand."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta

from PySide6.QtWidgets import (
    QButtonGroup,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kundengespraech.domain.followups import PROMISE_KINDS
from kundengespraech.services.record_types import PromiseRecord
from kundengespraech.ui.qt_dates import to_qdatetime


@dataclass(frozen=True, slots=True)
class RescheduleChoice:
    new_due: datetime  # timezone-aware
    customer_informed: bool
    note: str


def suggested_time(due: datetime, now: datetime) -> datetime:
    """A day later, or tomorrow at 10:00 when the old time has already passed."""
    if due > now:
        return due + timedelta(days=1)
    return datetime.combine(now.date() + timedelta(days=1), time(10), tzinfo=now.tzinfo)


class RescheduleDialog(QDialog):
    """Asks for the new time and, before it can be confirmed, whether the customer was told."""

    def __init__(self, promise: PromiseRecord, now: datetime, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Zusage verschieben"))
        self.setMinimumWidth(560)
        local_due = promise.due.astimezone()
        what = QLabel(
            f"<b>{PROMISE_KINDS.get(promise.kind, promise.kind)}</b> · "
            f"{promise.customer_name or self.tr('ohne Namen')}<br>"
            + self.tr("bisher fällig: %1").replace("%1", local_due.strftime("%d.%m.%Y %H:%M"))
        )
        what.setWordWrap(True)
        self.new_due = QDateTimeEdit()
        self.new_due.setCalendarPopup(True)
        self.new_due.setDisplayFormat("dd.MM.yyyy HH:mm")
        proposal = suggested_time(promise.due, now).astimezone().replace(tzinfo=None)
        self.new_due.setDateTime(to_qdatetime(proposal))
        question = QLabel(self.tr("Wurde der Kunde vorher über die Verschiebung informiert?"))
        question.setWordWrap(True)
        question.setObjectName("questionLabel")
        self.informed_yes = QRadioButton(self.tr("Ja, der Kunde weiß Bescheid"))
        self.informed_no = QRadioButton(self.tr("Nein, noch nicht informiert"))
        self._told = QButtonGroup(self)
        self._told.addButton(self.informed_yes)
        self._told.addButton(self.informed_no)
        self._told.buttonToggled.connect(self._update)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("z. B. Fahrzeug noch nicht da"))
        self.note.setMaxLength(300)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Verschieben"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Neuer Termin:"), self.new_due)
        form.addRow(self.tr("Notiz:"), self.note)
        layout = QVBoxLayout(self)
        layout.addWidget(what)
        layout.addLayout(form)
        layout.addWidget(question)
        layout.addWidget(self.informed_yes)
        layout.addWidget(self.informed_no)
        layout.addWidget(self.buttons)
        self._update()

    def _update(self) -> None:
        self.ok_button.setEnabled(self._told.checkedButton() is not None)

    def choice(self) -> RescheduleChoice:
        value = self.new_due.dateTime().toPython()
        assert isinstance(value, datetime)
        due = value.replace(second=0, microsecond=0).astimezone()  # local wall time
        return RescheduleChoice(due, self.informed_yes.isChecked(), self.note.text().strip())
