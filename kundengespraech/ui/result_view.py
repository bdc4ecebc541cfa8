"""The result screen: the best three vehicles explained, the next step, print and save."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kundengespraech.domain.critique import Critique
from kundengespraech.domain.ranking import Ranking
from kundengespraech.ui.advisor_bar import AdvisorBar
from kundengespraech.ui.qt_dates import to_qdatetime
from kundengespraech.ui.recommendation_cards import RecommendationCard

SHEET_TOP = 3


class ResultView(QWidget):
    """Shows a ranking in full and collects the next agreed step.

    Signals: ``print_requested``, ``preview_requested``, ``quick_print_requested``,
    ``save_requested`` (the sheet), ``back_requested``,
    ``finish_requested``, and ``next_step_changed(str, object)`` (text, datetime or None).
    """

    print_requested = Signal()
    preview_requested = Signal()
    quick_print_requested = Signal()
    save_requested = Signal()
    back_requested = Signal()
    finish_requested = Signal()
    next_step_changed = Signal(str, object)
    all_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Unsere Empfehlungen für Sie"))
        title.setObjectName("pageTitle")
        self._summary = QLabel()
        self._summary.setObjectName("muted")
        self._summary.setWordWrap(True)
        self._cards_host = QWidget()
        self._cards = QHBoxLayout(self._cards_host)
        self._cards.setSpacing(16)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self._cards_host)

        self._step_text = QLineEdit()
        self._step_text.setPlaceholderText(self.tr("z. B. Probefahrt mit dem Kombi vereinbaren"))
        self._step_text.setMaxLength(300)
        self._step_due = QDateTimeEdit()
        self._step_due.setCalendarPopup(True)
        self._step_due.setDisplayFormat("dd.MM.yyyy HH:mm")
        self._has_due = QCheckBox(self.tr("bis"))
        self._has_due.setChecked(True)
        self._step_due.setEnabled(True)
        self._has_due.toggled.connect(self._step_due.setEnabled)
        for signal in (self._step_text.editingFinished, self._step_due.dateTimeChanged,
                       self._has_due.toggled):  # fmt: skip
            signal.connect(self._emit_next_step)
        due_row = QHBoxLayout()
        due_row.addWidget(self._has_due)
        due_row.addWidget(self._step_due, 1)
        form = QFormLayout()
        form.addRow(self.tr("Ihr nächster Schritt:"), self._step_text)
        form.addRow(self.tr("Termin:"), due_row)

        self.advisor = AdvisorBar()
        self.all_button = QPushButton(self.tr("← Alle Empfehlungen"))
        self.all_button.clicked.connect(self.all_requested)
        self.all_button.hide()
        self.back_button = QPushButton(self.tr("← Zurück zum Gespräch"))
        self.back_button.clicked.connect(self.back_requested)
        self.save_button = QPushButton(self.tr("Als PDF speichern…"))
        self.save_button.clicked.connect(self.save_requested)
        self.print_button = QPushButton(self.tr("Drucken…"))
        self.print_button.setObjectName("primary")
        self.print_button.clicked.connect(self.print_requested)
        self.preview_button = QPushButton(self.tr("Vorschau…"))
        self.preview_button.clicked.connect(self.preview_requested)
        self.quick_print_button = QPushButton(self.tr("Schnelldruck"))
        self.quick_print_button.setToolTip(self.tr("Sofort auf dem Standarddrucker drucken"))
        self.quick_print_button.clicked.connect(self.quick_print_requested)
        self.finish_button = QPushButton(self.tr("Gespräch abschließen"))
        self.finish_button.clicked.connect(self.finish_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.quick_print_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.finish_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(title)
        layout.addWidget(self._summary)
        layout.addWidget(self.advisor)
        layout.addWidget(self.all_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(scroll, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self._titles: list[str] = []
        self._ids: list[str] = []

    def _clear_cards(self) -> None:
        while self._cards.count():
            item = self._cards.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()

    def show_ranking(self, ranking: Ranking) -> None:
        self._clear_cards()
        self.all_button.hide()
        best = ranking.top(SHEET_TOP)
        self._titles = [r.vehicle.title for r in best]
        self._ids = [r.vehicle.id for r in best]
        for place, rec in enumerate(best, start=1):
            self._cards.addWidget(RecommendationCard(rec, place, compact=False), 1)
        if not best:
            none = QLabel(self.tr("Kein Fahrzeug unseres Bestands erfüllt alle Ihre Wünsche. "
                                  "Wir melden uns mit Vorschlägen bei Ihnen."))  # fmt: skip
            none.setWordWrap(True)
            self._cards.addWidget(none)
        self._summary.setText(
            self.tr("Aus %1 Fahrzeugen passen %2 zu Ihren Wünschen – hier die besten drei.")
            .replace("%1", str(len(ranking.recommendations) + len(ranking.excluded)))
            .replace("%2", str(len(ranking.recommendations)))
        )

    def show_critique(self, critique: Critique) -> None:
        """Vehicles that beat the favourite on one dimension, each said in relation to it."""
        self._clear_cards()
        self.all_button.show()
        self._titles = [c.recommendation.vehicle.title for c in critique.options]
        self._ids = [c.recommendation.vehicle.id for c in critique.options]
        for place, option in enumerate(critique.options, start=1):
            card = RecommendationCard(option.recommendation, place, False, note=option.sentence)
            self._cards.addWidget(card, 1)
        if not critique.options:
            none = QLabel(
                self.tr("Unter den passenden Fahrzeugen ist keines %1 als der %2.")
                .replace("%1", critique.label)
                .replace("%2", critique.favourite.title)
            )
            none.setWordWrap(True)
            self._cards.addWidget(none)
        self._summary.setText(
            self.tr("%1 als der %2: %3 passende Fahrzeuge.")
            .replace("%1", critique.label.capitalize())
            .replace("%2", critique.favourite.title)
            .replace("%3", str(critique.count))
        )

    def shown_ids(self) -> list[str]:
        return list(self._ids)

    def set_next_step(self, text: str, due: datetime | None) -> None:
        self._step_text.setText(text)
        if due is None:
            tomorrow = datetime.combine(datetime.now().date() + timedelta(days=1), time(10))
            self._step_due.setDateTime(to_qdatetime(tomorrow))
        else:
            local = due.astimezone().replace(tzinfo=None) if due.tzinfo else due
            self._step_due.setDateTime(to_qdatetime(local))
        self._has_due.setChecked(due is not None or not text)

    def next_step(self) -> tuple[str, datetime | None]:
        due: Any = self._step_due.dateTime().toPython() if self._has_due.isChecked() else None
        if isinstance(due, datetime):
            due = due.replace(second=0, microsecond=0)
        return self._step_text.text().strip(), due

    def titles(self) -> list[str]:
        return list(self._titles)

    def _emit_next_step(self) -> None:
        text, due = self.next_step()
        self.next_step_changed.emit(text, due)
