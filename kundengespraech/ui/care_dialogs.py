"""Small dialogs of relationship care: a new promise, a contact, consent, hand-over.

Each returns a plain value (or ``None`` when cancelled); :class:`CareDialogs` opens them, and
tests replace it with a fake.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kundengespraech.domain.consent import CHANNEL_NAMES, CONSENT_CHANNELS, CONSENT_WORDING
from kundengespraech.domain.followups import (
    BIRTHDAY_GREETING,
    CARE_KINDS,
    NEXT_STEP,
    PROMISE_KINDS,
)
from kundengespraech.services.customers import CONTACT_KINDS
from kundengespraech.services.record_types import PromiseRecord, SalespersonRecord
from kundengespraech.ui.qt_dates import to_qdatetime
from kundengespraech.ui.reschedule_dialog import RescheduleChoice, RescheduleDialog


@dataclass(frozen=True, slots=True)
class PromiseChoice:
    kind: str
    due: datetime
    channel: str
    text: str
    with_offer: bool


@dataclass(frozen=True, slots=True)
class ContactChoice:
    kind: str
    at: datetime
    channel: str
    text: str


def _buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def _date_time(value: datetime) -> QDateTimeEdit:
    edit = QDateTimeEdit(to_qdatetime(value))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd.MM.yyyy HH:mm")
    return edit


def _aware(edit: QDateTimeEdit) -> datetime:
    value = edit.dateTime().toPython()
    assert isinstance(value, datetime)
    return value.replace(second=0, microsecond=0).astimezone()


def _channels(combo: QComboBox, channels: tuple[str, ...]) -> None:
    for channel in channels:
        combo.addItem(CHANNEL_NAMES[channel], channel)


class PromiseDialog(QDialog):
    """Records what was promised, by when and on which channel."""

    def __init__(self, customer_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Zusage oder Termin für %1").replace("%1", customer_name))
        self.setMinimumWidth(560)
        self.kind = QComboBox()
        for kind, name in PROMISE_KINDS.items():
            if kind not in (NEXT_STEP, *CARE_KINDS) or kind == BIRTHDAY_GREETING:
                self.kind.addItem(name, kind)
        tomorrow = datetime.combine(datetime.now().date() + timedelta(days=1), time(10))
        self.due = _date_time(tomorrow.astimezone())
        self.channel = QComboBox()
        _channels(self.channel, ("", "phone", "email", "post", "in_person"))
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("z. B. Angebot für den Kombi mit Anhängerkupplung"))
        self.with_offer = QCheckBox(self.tr("Angebot beifügen"))
        self.offer_note = QLabel()
        self.offer_note.setObjectName("caption")
        self.offer_note.setWordWrap(True)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        form = QFormLayout()
        form.addRow(self.tr("Was:"), self.kind)
        form.addRow(self.tr("Fällig:"), self.due)
        form.addRow(self.tr("Kanal:"), self.channel)
        form.addRow(self.tr("Notiz:"), self.text)
        form.addRow("", self.with_offer)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.offer_note)
        layout.addWidget(_buttons(self, self.tr("Speichern")))
        self._kind_changed()

    def _kind_changed(self) -> None:
        greeting = self.kind.currentData() == BIRTHDAY_GREETING
        self.with_offer.setEnabled(not greeting)
        if greeting:
            self.with_offer.setChecked(False)
        self.offer_note.setText(
            self.tr("Ein Geburtstagsgruß bleibt ein Gruß – ohne Angebot.") if greeting else ""
        )

    def choice(self) -> PromiseChoice:
        return PromiseChoice(
            str(self.kind.currentData()),
            _aware(self.due),
            str(self.channel.currentData()),
            self.text.text().strip(),
            self.with_offer.isChecked(),
        )


class ContactDialog(QDialog):
    """Logs a contact that happened (call, visit, sale, vehicle handover …)."""

    def __init__(self, customer_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kontakt mit %1 erfassen").replace("%1", customer_name))
        self.setMinimumWidth(560)
        self.kind = QComboBox()
        for kind, name in CONTACT_KINDS.items():
            self.kind.addItem(name, kind)
        self.at = _date_time(datetime.now().astimezone())
        self.channel = QComboBox()
        _channels(self.channel, ("", "phone", "email", "post", "in_person"))
        self.text = QLineEdit()
        form = QFormLayout()
        form.addRow(self.tr("Was:"), self.kind)
        form.addRow(self.tr("Wann:"), self.at)
        form.addRow(self.tr("Kanal:"), self.channel)
        form.addRow(self.tr("Notiz:"), self.text)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_buttons(self, self.tr("Speichern")))

    def choice(self) -> ContactChoice:
        return ContactChoice(
            str(self.kind.currentData()),
            _aware(self.at),
            str(self.channel.currentData()),
            self.text.text().strip(),
        )


class ConsentDialog(QDialog):
    """Shows the customer the exact wording per channel; ticked channels are recorded."""

    def __init__(self, customer_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Einverständnis zur Kontaktaufnahme"))
        self.setMinimumWidth(640)
        intro = QLabel(
            self.tr("%1, bitte lesen Sie die Texte und kreuzen Sie an, wie wir Sie "
                    "kontaktieren dürfen.").replace("%1", customer_name)
        )  # fmt: skip
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        self.boxes: dict[str, QCheckBox] = {}
        for channel in CONSENT_CHANNELS:
            box = QCheckBox(CHANNEL_NAMES[channel])
            box.setObjectName(f"consent_{channel}")
            wording = QLabel(CONSENT_WORDING[channel])
            wording.setWordWrap(True)
            wording.setContentsMargins(36, 0, 0, 8)
            self.boxes[channel] = box
            layout.addWidget(box)
            layout.addWidget(wording)
        layout.addWidget(_buttons(self, self.tr("Einverständnis speichern")))

    def channels(self) -> list[str]:
        return [channel for channel, box in self.boxes.items() if box.isChecked()]


class HandOverDialog(QDialog):
    """Chooses the colleague who takes the customer over, with a note."""

    def __init__(self, colleagues: list[SalespersonRecord], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kunden übergeben"))
        self.setMinimumWidth(520)
        self.colleague = QComboBox()
        for person in colleagues:
            label = f"{person.name} ({person.branch})" if person.branch else person.name
            self.colleague.addItem(label, str(person.id))
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("z. B. Urlaubsvertretung"))
        hint = QLabel(self.tr("Alle Gespräche, Zusagen und Kontakte bleiben erhalten; offene "
                              "Zusagen gehen an die Kollegin oder den Kollegen."))  # fmt: skip
        hint.setWordWrap(True)
        hint.setObjectName("caption")
        form = QFormLayout()
        form.addRow(self.tr("An:"), self.colleague)
        form.addRow(self.tr("Notiz:"), self.note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(_buttons(self, self.tr("Übergeben")))

    def choice(self) -> tuple[uuid.UUID, str]:
        return uuid.UUID(str(self.colleague.currentData())), self.note.text().strip()


class CareDialogs:
    """Opens the care dialogs modally and returns what was chosen (``None``: cancelled)."""

    def __init__(self, parent: QWidget | None) -> None:
        self._parent = parent

    def reschedule(self, promise: PromiseRecord, now: datetime) -> RescheduleChoice | None:
        dialog = RescheduleDialog(promise, now, self._parent)
        return dialog.choice() if dialog.exec() else None

    def promise(self, customer_name: str) -> PromiseChoice | None:
        dialog = PromiseDialog(customer_name, self._parent)
        return dialog.choice() if dialog.exec() else None

    def contact(self, customer_name: str) -> ContactChoice | None:
        dialog = ContactDialog(customer_name, self._parent)
        return dialog.choice() if dialog.exec() else None

    def consent(self, customer_name: str) -> list[str] | None:
        dialog = ConsentDialog(customer_name, self._parent)
        return dialog.channels() if dialog.exec() else None

    def checkin_months(self, current: int) -> int | None:
        """Months after the last contact until the app suggests a check-in (0: never)."""
        months, ok = QInputDialog.getInt(
            self._parent,
            QCoreApplication.translate("CareDialogs", "Kundenpflege"),
            QCoreApplication.translate(
                "CareDialogs",
                "Nachfragen, ob alles passt – wie viele Monate nach dem letzten Kontakt? (0 = nie)",
            ),
            current,
            0,
            120,
        )
        return months if ok else None

    def hand_over(self, colleagues: list[SalespersonRecord]) -> tuple[uuid.UUID, str] | None:
        dialog = HandOverDialog(colleagues, self._parent)
        return dialog.choice() if dialog.exec() else None
