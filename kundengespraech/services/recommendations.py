"""Use case: rank the catalogue for an interview's answers, with the catalogue indexed in memory.

Every method takes ``lang`` ("de" or "en", German by default) for the sentences it returns;
the ranking itself does not depend on it and is computed once for both languages.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from kundengespraech.domain.alternatives import ALTERNATIVE_MARGIN, cheaper_alternative
from kundengespraech.domain.catalogue import Vehicle
from kundengespraech.domain.catalogue_index import CatalogueIndex
from kundengespraech.domain.critique import Critique, critique
from kundengespraech.domain.needs import NeedsProfile, derive_needs
from kundengespraech.domain.phrases import language
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
        # the last needs and their ranking in each language asked for (same arrays)
        self._last: tuple[NeedsProfile, dict[str, Ranking]] | None = None

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

    def needs(self, answers: Mapping[str, Any], lang: str = "de") -> NeedsProfile:
        """The needs profile of the answers that count (hidden questions are ignored); its
        wishes are written in ``lang``."""
        return derive_needs(self._questionnaire.effective(answers), lang)

    def rank(self, answers: Mapping[str, Any], lang: str = "de") -> Ranking:
        """Every vehicle ranked or excluded; explanations are built for what is looked at,
        in ``lang``."""
        return self._ranking(self.needs(answers), lang)

    def explain(
        self, answers: Mapping[str, Any], vehicle_id: str, lang: str = "de"
    ) -> VehicleExplanation:
        """ "Warum nicht …?": place, score and reasons, or why excluded and what would change it."""
        needs = self.needs(answers)
        return explain(needs, self._ranking(needs, lang), vehicle_id, lang)

    def cheaper_alternative(
        self, answers: Mapping[str, Any], margin: int = ALTERNATIVE_MARGIN, lang: str = "de"
    ) -> Recommendation | None:
        """A cheaper vehicle within ``margin`` points of the best fit, if there is one."""
        return cheaper_alternative(self.rank(answers, lang), margin)

    def relaxations(self, answers: Mapping[str, Any], lang: str = "de") -> list[Relaxation]:
        """Single-answer changes that let more vehicles fit (for when little or nothing fits)."""
        return relaxations(self.needs(answers), self.index(), lang=lang)

    def critique(
        self,
        answers: Mapping[str, Any],
        favourite_id: str,
        kind: str,
        top: int = 3,
        lang: str = "de",
    ) -> Critique:
        """Fitting vehicles that are cheaper / sportier / roomier / more economical than the
        favourite, best fit first."""
        needs = self.needs(answers)
        return critique(needs, self._ranking(needs, lang), favourite_id, kind, top, lang)

    def _ranking(self, needs: NeedsProfile, lang: str = "de") -> Ranking:
        """The ranking of ``needs`` (German wishes: the cache key) in ``lang``; ranked once,
        each language a view of the same arrays."""
        lang = language(lang)
        if self._last is None or self._last[0] != needs:
            self._last = (needs, {"de": rank_index(needs, self.index())})
        by_language = self._last[1]
        if lang not in by_language:
            by_language[lang] = by_language["de"].in_language(lang)
        return by_language[lang]
