"""Use case: rank the catalogue for an interview's answers, with the catalogue kept in memory."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from kundengespraech.domain.catalogue import Vehicle
from kundengespraech.domain.needs import NeedsProfile, derive_needs
from kundengespraech.domain.questionnaire import Questionnaire
from kundengespraech.domain.ranking import Ranking
from kundengespraech.domain.recommend import rank
from kundengespraech.storage import vehicles as vehicle_store
from kundengespraech.storage.database import Database


class RecommendationService:
    """Loads the catalogue once (until :meth:`reload`) so that re-ranking stays instant."""

    def __init__(self, db: Database, questionnaire: Questionnaire) -> None:
        self._db = db
        self._questionnaire = questionnaire
        self._vehicles: list[Vehicle] | None = None

    def vehicles(self) -> list[Vehicle]:
        if self._vehicles is None:
            with self._db.session() as session:
                self._vehicles = vehicle_store.load_vehicles(session)
        return self._vehicles

    def reload(self) -> None:
        self._vehicles = None

    def needs(self, answers: Mapping[str, Any]) -> NeedsProfile:
        """The needs profile of the answers that count (hidden questions are ignored)."""
        return derive_needs(self._questionnaire.effective(answers))

    def rank(self, answers: Mapping[str, Any]) -> Ranking:
        return rank(self.needs(answers), self.vehicles())
