"""The live side panel: the best fits so far, updated as the customer answers."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from kundengespraech.domain.ranking import Ranking
from kundengespraech.ui.recommendation_cards import RecommendationCard

PANEL_TOP = 3


class RecommendationsPanel(QFrame):
    """Shows the top three of a ranking; :meth:`show_ranking` replaces the cards."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidePanel")
        self.setMinimumWidth(340)
        self.setMaximumWidth(420)
        self._layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Passt bisher am besten"))
        heading.setObjectName("panelHeading")
        self._layout.addWidget(heading)
        self._summary = QLabel()
        self._summary.setObjectName("muted")
        self._summary.setWordWrap(True)
        self._layout.addWidget(self._summary)
        self._cards: list[RecommendationCard] = []
        self._layout.addStretch(1)

    def show_loading(self) -> None:
        self._summary.setText(self.tr("Der Fahrzeugkatalog wird geladen …"))

    def show_ranking(self, ranking: Ranking) -> None:
        for card in self._cards:
            self._layout.removeWidget(card)
            card.deleteLater()
        self._cards = []
        for place, rec in enumerate(ranking.top(PANEL_TOP), start=1):
            card = RecommendationCard(rec, place, compact=True)
            self._layout.insertWidget(1 + place, card)
            self._cards.append(card)
        fitting = len(ranking.recommendations)
        if fitting == 1:
            self._summary.setText(self.tr("1 Fahrzeug passt zu Ihren Angaben."))
        elif fitting:
            self._summary.setText(
                self.tr("%1 Fahrzeuge passen zu Ihren Angaben.").replace("%1", str(fitting))
            )
        else:
            self._summary.setText(
                self.tr(
                    "Noch passt kein Fahrzeug zu allen Angaben – wir finden gemeinsam eine Lösung."
                )
            )

    def titles(self) -> list[str]:
        """The vehicles shown, best first (for tests and accessibility)."""
        return [card.title for card in self._cards]
