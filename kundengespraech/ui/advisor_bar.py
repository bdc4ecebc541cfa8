"""Steering the result together with the customer: what-if, critiques, "Warum nicht …?"."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QLocale, QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kundengespraech.domain.relax import Relaxation

SLIDER_ID = "priorities.safety_vs_sport"
BUDGET_ID = "budget.max_price_eur"
CRITIQUE_KINDS = ("cheaper", "sportier", "roomier", "more_economical")
WHAT_IF_PAUSE_MS = 60


class AdvisorBar(QWidget):
    """Signals: ``answer_changed(str, object)``, ``critique_requested(str)``,
    ``why_not_requested(str)`` (a vehicle id), ``compare_requested()``,
    ``relaxation_chosen(object)`` (the answer changes of a relaxation)."""

    answer_changed = Signal(str, object)
    critique_requested = Signal(str)
    why_not_requested = Signal(str)
    compare_requested = Signal()
    relaxation_chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._silent = False
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, 100)
        self.slider.setSingleStep(5)
        self.slider.setPageStep(20)
        self.slider.setMinimumWidth(220)
        self.slider.setAccessibleName(self.tr("Sicherheit oder Sportlichkeit"))
        self.budget = QSpinBox()
        self.budget.setLocale(QLocale(QLocale.Language.German, QLocale.Country.Germany))
        self.budget.setGroupSeparatorShown(True)
        self.budget.setRange(0, 500_000)
        self.budget.setSingleStep(1000)
        self.budget.setSpecialValueText(self.tr("offen"))
        self.budget.setSuffix(" €")
        self.budget.setKeyboardTracking(False)
        self.budget.setAccessibleName(self.tr("Budget"))
        self._pause = QTimer(self, singleShot=True, interval=WHAT_IF_PAUSE_MS)
        self._pause.timeout.connect(self._slider_settled)
        self.slider.valueChanged.connect(lambda _v: None if self._silent else self._pause.start())
        self.budget.valueChanged.connect(self._budget_changed)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Warum nicht …? Modell eingeben"))
        self.search.setAccessibleName(self.tr("Warum nicht …?"))
        self.search.returnPressed.connect(self._search_entered)
        self._completer = QCompleter([], self)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self._completer.activated.connect(self._chosen)
        self.search.setCompleter(self._completer)
        self._ids: dict[str, str] = {}
        self.compare_button = QPushButton(self.tr("Vergleichen…"))
        self.compare_button.clicked.connect(self.compare_requested)

        what_if = QHBoxLayout()
        safety = QLabel(self.tr("Sicherheit"))
        sport = QLabel(self.tr("Sportlichkeit"))
        for caption in (safety, sport):
            caption.setObjectName("caption")
        what_if.addWidget(safety)
        what_if.addWidget(self.slider, 1)
        what_if.addWidget(sport)
        what_if.addSpacing(16)
        what_if.addWidget(QLabel(self.tr("Budget:")))
        what_if.addWidget(self.budget)
        what_if.addSpacing(16)
        what_if.addWidget(self.search, 1)
        what_if.addWidget(self.compare_button)

        self.critique_buttons: dict[str, QPushButton] = {}
        steer = QHBoxLayout()
        steer.addWidget(QLabel(self.tr("Vom Favoriten aus:")))
        labels = {
            "cheaper": self.tr("Günstiger"),
            "sportier": self.tr("Sportlicher"),
            "roomier": self.tr("Mehr Platz"),
            "more_economical": self.tr("Sparsamer"),
        }
        for kind in CRITIQUE_KINDS:
            button = QPushButton(labels[kind])
            button.clicked.connect(lambda _checked=False, k=kind: self.critique_requested.emit(k))
            self.critique_buttons[kind] = button
            steer.addWidget(button)
        steer.addStretch(1)
        self.alternative = QLabel()
        self.alternative.setObjectName("reasonFor")
        self.alternative.setWordWrap(True)
        self.alternative.hide()
        self._relax_box = QHBoxLayout()
        self.relax_buttons: list[QPushButton] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(what_if)
        layout.addLayout(steer)
        layout.addWidget(self.alternative)
        layout.addLayout(self._relax_box)

    # -- filled by the controller -------------------------------------------------------------

    def set_answers(self, answers: Mapping[str, Any]) -> None:
        self._silent = True
        try:
            self.slider.setValue(int(answers.get(SLIDER_ID, 50)))
            self.budget.setValue(int(answers.get(BUDGET_ID) or 0))
        finally:
            self._silent = False

    def set_vehicles(self, titles: Sequence[tuple[str, str]]) -> None:
        """(id, title) of every catalogue vehicle, for the "Warum nicht …?" search."""
        self._ids = {title: vehicle_id for vehicle_id, title in titles}
        self._completer.setModel(QStringListModel(sorted(self._ids), self._completer))

    def show_alternative(self, text: str | None) -> None:
        self.alternative.setText(text or "")
        self.alternative.setVisible(bool(text))

    def show_relaxations(self, relaxations: Sequence[Relaxation]) -> None:
        for button in self.relax_buttons:
            self._relax_box.removeWidget(button)
            button.deleteLater()
        self.relax_buttons = []
        for relaxation in relaxations:
            button = QPushButton(relaxation.text)
            button.setToolTip(self.tr("Diesen Wunsch so anpassen"))
            button.clicked.connect(
                lambda _checked=False, change=relaxation.change: self.relaxation_chosen.emit(
                    dict(change)
                )
            )
            self._relax_box.addWidget(button)
            self.relax_buttons.append(button)

    # -- user input ---------------------------------------------------------------------------

    def _slider_settled(self) -> None:
        self.answer_changed.emit(SLIDER_ID, self.slider.value())

    def _budget_changed(self, value: int) -> None:
        if not self._silent:
            self.answer_changed.emit(BUDGET_ID, value or None)

    def _search_entered(self) -> None:
        text = self.search.text().strip()
        match = self._ids.get(text) or next(
            (vid for title, vid in self._ids.items() if text.lower() in title.lower()), None
        )
        if text and match:
            self.why_not_requested.emit(match)

    def _chosen(self, title: str) -> None:
        if title in self._ids:
            self.why_not_requested.emit(self._ids[title])
