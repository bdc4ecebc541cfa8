"""One customer's file for the salesperson: stage, Wunschkunde, owner, consent and timeline."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kundengespraech.domain.consent import CHANNEL_NAMES, CONSENT_CHANNELS
from kundengespraech.services.customers import STAGE_NAMES
from kundengespraech.services.record_types import ConsentRecord, CustomerRecord
from kundengespraech.services.timeline import TimelineEntry
from kundengespraech.ui import theme

DETAIL_STYLE = f"""
QFrame#duplicateBanner {{ background: #FFF4E0; border: 1px solid #E0B060; border-radius: 8px; }}
QLabel#consentNo {{ color: {theme.ERROR}; }}
QLabel#consentYes {{ color: #1F5A34; }}
"""


def local(moment: datetime) -> str:
    return moment.astimezone().strftime("%d.%m.%Y %H:%M")


class CustomerDetail(QWidget):
    """Shows one customer; edits are signals (the window calls the services).

    Signals: ``stage_chosen(str)``, ``wish_toggled(bool)``, and the button signals
    ``hand_over_requested``, ``consent_requested``, ``withdraw_requested(str)``,
    ``promise_requested``, ``contact_requested``, ``merge_requested``, ``delete_requested``,
    ``export_requested``.
    """

    stage_chosen = Signal(str)
    wish_toggled = Signal(bool)
    hand_over_requested = Signal()
    consent_requested = Signal()
    withdraw_requested = Signal(str)
    promise_requested = Signal()
    contact_requested = Signal()
    merge_requested = Signal()
    delete_requested = Signal()
    export_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(DETAIL_STYLE)
        self.name = QLabel()
        self.name.setObjectName("pageTitle")
        self.contact_line = QLabel()
        self.contact_line.setObjectName("muted")
        self.contact_line.setWordWrap(True)
        self.stage = QComboBox()
        for stage, name in STAGE_NAMES.items():
            self.stage.addItem(name, stage)
        self.stage.activated.connect(lambda: self.stage_chosen.emit(self.stage.currentData()))
        self.wish = QCheckBox(self.tr("Wunschkunde"))
        self.wish.clicked.connect(self.wish_toggled)
        self.owner = QLabel()
        self.hand_over = QPushButton(self.tr("Übergeben…"))
        self.hand_over.clicked.connect(self.hand_over_requested)
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Beziehung:")), 0, 0)
        grid.addWidget(self.stage, 0, 1)
        grid.addWidget(self.wish, 0, 2)
        grid.addWidget(QLabel(self.tr("Betreut von:")), 1, 0)
        grid.addWidget(self.owner, 1, 1)
        grid.addWidget(self.hand_over, 1, 2)
        grid.setColumnStretch(1, 1)

        self.duplicate_banner = QFrame()
        self.duplicate_banner.setObjectName("duplicateBanner")
        self.duplicate_text = QLabel()
        self.duplicate_text.setWordWrap(True)
        self.merge_button = QPushButton(self.tr("Zusammenführen…"))
        self.merge_button.clicked.connect(self.merge_requested)
        banner = QHBoxLayout(self.duplicate_banner)
        banner.addWidget(self.duplicate_text, 1)
        banner.addWidget(self.merge_button)

        consent_title = QLabel(self.tr("Einverständnis zur Kontaktaufnahme"))
        consent_title.setObjectName("sectionTitle")
        self.consent_labels: dict[str, QLabel] = {}
        self.withdraw_buttons: dict[str, QPushButton] = {}
        consent_grid = QGridLayout()
        for row, channel in enumerate(CONSENT_CHANNELS):
            consent_grid.addWidget(QLabel(CHANNEL_NAMES[channel] + ":"), row, 0)
            label = QLabel()
            self.consent_labels[channel] = label
            consent_grid.addWidget(label, row, 1)
            withdraw = QPushButton(self.tr("Widerrufen"))
            withdraw.setObjectName("small")
            withdraw.clicked.connect(lambda _c=False, ch=channel: self.withdraw_requested.emit(ch))
            self.withdraw_buttons[channel] = withdraw
            consent_grid.addWidget(withdraw, row, 2)
        consent_grid.setColumnStretch(1, 1)
        self.consent_button = QPushButton(self.tr("Einverständnis erfassen…"))
        self.consent_button.clicked.connect(self.consent_requested)

        timeline_title = QLabel(self.tr("Verlauf"))
        timeline_title.setObjectName("sectionTitle")
        self.timeline = QTreeWidget()
        self.timeline.setHeaderLabels([self.tr("Wann"), self.tr("Was"), self.tr("Einzelheiten")])
        self.timeline.setRootIsDecorated(False)
        self.timeline.setWordWrap(True)
        self.timeline.setColumnWidth(0, 170)
        self.timeline.setColumnWidth(1, 330)
        self.promise_button = QPushButton(self.tr("Zusage/Termin…"))
        self.promise_button.setObjectName("primary")
        self.promise_button.clicked.connect(self.promise_requested)
        self.contact_button = QPushButton(self.tr("Kontakt erfassen…"))
        self.contact_button.clicked.connect(self.contact_requested)
        self.delete_button = QPushButton(self.tr("Kunden löschen…"))
        self.delete_button.clicked.connect(self.delete_requested)
        self.export_button = QPushButton(self.tr("Daten exportieren…"))
        self.export_button.setToolTip(
            self.tr("Alles, was zu dieser Person gespeichert ist: als PDF zum Lesen oder als "
                    "JSON, maschinenlesbar (DSGVO Art. 15 und 20)")
        )  # fmt: skip
        self.export_button.clicked.connect(self.export_requested)
        actions = QHBoxLayout()
        actions.addWidget(self.promise_button)
        actions.addWidget(self.contact_button)
        actions.addStretch(1)
        actions.addWidget(self.export_button)
        actions.addWidget(self.delete_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 0, 0, 0)
        layout.addWidget(self.name)
        layout.addWidget(self.contact_line)
        layout.addLayout(grid)
        layout.addWidget(self.duplicate_banner)
        layout.addWidget(consent_title)
        layout.addLayout(consent_grid)
        layout.addWidget(self.consent_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(timeline_title)
        layout.addWidget(self.timeline, 1)
        layout.addLayout(actions)

    def show_customer(
        self,
        record: CustomerRecord,
        consents: list[ConsentRecord],
        timeline: list[TimelineEntry],
        duplicates: list[CustomerRecord],
    ) -> None:
        contact = record.contact
        self.name.setText(" ".join(p for p in (contact.salutation, record.name) if p))
        parts = [contact.phone, contact.email]
        if contact.birthday:
            parts.append(
                self.tr("Geburtstag %1").replace("%1", contact.birthday.strftime("%d.%m.%Y"))
            )
        parts.append(
            self.tr("Kunde seit %1").replace("%1", record.created_at.astimezone().strftime("%m/%Y"))
        )
        self.contact_line.setText(" · ".join(p for p in parts if p))
        self.stage.setCurrentIndex(max(0, self.stage.findData(record.stage)))
        self.wish.setChecked(record.wish_customer)
        self.owner.setText(record.salesperson_name or self.tr("niemand"))
        self._show_consents(consents)
        self.duplicate_banner.setVisible(bool(duplicates))
        if duplicates:
            other = duplicates[0]
            self.duplicate_text.setText(
                self.tr("Möglicherweise doppelt: %1 (angelegt %2) – gleicher Name und gleiche "
                        "Telefonnummer oder E-Mail.")
                .replace("%1", other.name)
                .replace("%2", other.created_at.astimezone().strftime("%d.%m.%Y"))
            )  # fmt: skip
        self.timeline.clear()
        for entry in timeline:
            item = QTreeWidgetItem([local(entry.at), entry.title, entry.detail])
            item.setToolTip(2, entry.detail)
            self.timeline.addTopLevelItem(item)
        self.timeline.resizeColumnToContents(0)

    def _show_consents(self, consents: list[ConsentRecord]) -> None:
        now = datetime.now().astimezone()
        for channel in CONSENT_CHANNELS:
            given = [c.consent for c in consents if c.consent.channel == channel]
            active = [c for c in given if c.active_at(now)]
            label = self.consent_labels[channel]
            if active:
                label.setText(self.tr("ja, seit %1").replace("%1", local(active[-1].granted_at)))
                label.setObjectName("consentYes")
            elif given and given[-1].withdrawn_at is not None:
                label.setText(
                    self.tr("widerrufen am %1").replace("%1", local(given[-1].withdrawn_at))
                )
                label.setObjectName("consentNo")
            else:
                label.setText(self.tr("nein – nicht kontaktieren"))
                label.setObjectName("consentNo")
            label.style().unpolish(label)
            label.style().polish(label)
            self.withdraw_buttons[channel].setVisible(bool(active))
