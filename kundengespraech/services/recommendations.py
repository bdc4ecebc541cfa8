"""Use case: rank the catalogue for an interview's answers, with the catalogue indexed in memory."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from kundengespraech.domain.alternatives import ALTERNATIVE_MARGIN, cheaper_alternative
from kundengespraech.domain.catalogue import Vehicle
from kundengespraech.domain.catalogue_index import CatalogueIndex
from kundengespraech.domain.critique import Critique, critique
from kundengespraech.domain.needs import NeedsProfile, derive_needs
from kundengespraech.domain.questionnaire import Questionnaire
from kundengespraech.domain.ranking import Ranking, Recommendation
from kundengespraech.domain.recommend import rank_index
from kundengespraech.domain.relax import Relaxation, relaxations
from kundengespraech.domain.why_not import VehicleExplanation, explain
from kundengespraech.storage import vehicles as vehicle_store
from kundengespraech.storage.database import Database


class RecommendationService:
    """Loads and indexes the catalogue once (until :meth:`reload`), so re-ranking after each
    answer costs milliseconds even for large catalogues; the last ranking is kept, too."""

    def __init__(self, db: Database, questionnaire: Questionnaire) -> None:
        self._db = db
        self._questionnaire = questionnaire
        self._vehicles: list[Vehicle] | None = None
        self._index: CatalogueIndex | None = None
        self._last: tuple[NeedsProfile, Ranking] | None = None

    def vehicles(self) -> list[Vehicle]:
        """The catalogue in order of id."""
        if self._vehicles is None:
            with self._db.session() as session:
                self._vehicles = vehicle_store.load_vehicles(session)
        return self._vehicles

    def index(self) -> CatalogueIndex:
        """The catalogue as arrays, built once per catalogue load."""
        if self._index is None:
            self._index = CatalogueIndex(self.vehicles())
        return self._index

    def reload(self) -> None:
        """Forget the catalogue (call after an import); the next ranking loads it again."""
        self._vehicles = None
        self._index = None
        self._last = None

    def needs(self, answers: Mapping[str, Any]) -> NeedsProfile:
        """The needs profile of the answers that count (hidden questions are ignored)."""
        return derive_needs(self._questionnaire.effective(answers))

    def rank(self, answers: Mapping[str, Any]) -> Ranking:
        """Every vehicle ranked or excluded; explanations are built for what is looked at."""
        return self._ranking(self.needs(answers))

    def explain(self, answers: Mapping[str, Any], vehicle_id: str) -> VehicleExplanation:
        """ "Warum nicht …?": place, score and reasons, or why excluded and what would change it."""
        needs = self.needs(answers)
        return explain(needs, self._ranking(needs), vehicle_id)

    def cheaper_alternative(
        self, answers: Mapping[str, Any], margin: int = ALTERNATIVE_MARGIN
    ) -> Recommendation | None:
        """A cheaper vehicle within ``margin`` points of the best fit, if there is one."""
        return cheaper_alternative(self.rank(answers), margin)

    def relaxations(self, answers: Mapping[str, Any]) -> list[Relaxation]:
        """Single-answer changes that let more vehicles fit (for when little or nothing fits)."""
        return relaxations(self.needs(answers), self.index())

    def critique(
        self, answers: Mapping[str, Any], favourite_id: str, kind: str, top: int = 3
    ) -> Critique:
        """Fitting vehicles that are cheaper / sportier / roomier / more economical than the
        favourite, best fit first."""
        needs = self.needs(answers)
        return critique(needs, self._ranking(needs), favourite_id, kind, top)

    def _ranking(self, needs: NeedsProfile) -> Ranking:
        if self._last is not None and self._last[0] == needs:
            return self._last[1]
        ranking = rank_index(needs, self.index())
        self._last = (needs, ranking)
        return ranking
