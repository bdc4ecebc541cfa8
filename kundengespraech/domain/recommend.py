"""The recommender: hard needs exclude with reasons, everything else ranks with reasons.

``rank_index`` ranks a whole :class:`CatalogueIndex` at once with numpy and returns a lazy
:class:`Ranking`: the sentences of a recommendation or exclusion are only written for the
vehicles somebody looks at, in the ranking's language (``lang``: "de" or "en"; the scores and
the order do not depend on it). ``recommend_one`` and ``hard_failures`` look at one vehicle
through the very same tables, so they agree with the ranking by construction.
"""

from __future__ import annotations

from collections.abc import Iterable
from copy import copy

import numpy as np
import numpy.typing as npt

from kundengespraech.domain.catalogue import Vehicle
from kundengespraech.domain.catalogue_index import CatalogueIndex, Rows
from kundengespraech.domain.hard_needs import Failures, find_failures
from kundengespraech.domain.needs import NeedsProfile
from kundengespraech.domain.phrases import language, words
from kundengespraech.domain.ranking import Exclusion, Ranking, RankingSource, Recommendation
from kundengespraech.domain.scoring import Scores, score_all
from kundengespraech.domain.tuning import MAX_UNKNOWN_PENALTY, RECOMMENDER_VERSION, UNKNOWN_PENALTY

__all__ = [
    "MAX_UNKNOWN_PENALTY",
    "RECOMMENDER_VERSION",
    "UNKNOWN_PENALTY",
    "IndexedRanking",
    "hard_failures",
    "rank",
    "rank_index",
    "recommend_one",
]


def rank(
    needs: NeedsProfile, vehicles: Iterable[Vehicle] | CatalogueIndex, lang: str = "de"
) -> Ranking:
    """Rank every vehicle; deterministic: score, then lower price, then id break ties.

    Pass a :class:`CatalogueIndex` to re-rank without rebuilding it (see ``rank_index``).
    """
    index = vehicles if isinstance(vehicles, CatalogueIndex) else CatalogueIndex(vehicles)
    return rank_index(needs, index, lang)


def rank_index(needs: NeedsProfile, index: CatalogueIndex, lang: str = "de") -> Ranking:
    """Rank an indexed catalogue at once; explanations are built lazily on access, in
    ``lang`` ("de" or "en"; ``Ranking.in_language`` gives the same ranking in another)."""
    return Ranking.from_source(IndexedRanking(needs, index, lang))


def _recommendation(scores: Scores, row: int) -> Recommendation:
    """The recommendation of one row, in the language of ``scores``."""
    explained = scores.explain(row)
    against = list(explained.reasons_against)
    if explained.unknown_facts:
        facts = ", ".join(explained.unknown_facts)
        against.append(
            words(scores.lang)(
                f"Nicht bekannt: {facts} – die Bewertung ist deshalb vorsichtiger, bitte am "
                "Fahrzeug prüfen",
                f"Not known: {facts} – so the rating is more cautious; please check on the vehicle",
            )
        )
    return Recommendation(
        vehicle=scores.index.vehicles[row],
        score=int(scores.score[row]),
        reasons_for=explained.reasons_for,
        reasons_against=tuple(against),
        unknown_facts=explained.unknown_facts,
    )


class IndexedRanking(RankingSource):
    """A ranking of a :class:`CatalogueIndex`: masks, scores and order as arrays.

    Rows of the index are sorted by price, then id, so a *stable* sort by descending score
    yields the documented tie-break. ``order`` holds the fitting rows best first,
    ``excluded_rows`` the excluded rows in order of id. Sentences are written in ``lang``.
    """

    def __init__(self, needs: NeedsProfile, index: CatalogueIndex, lang: str = "de") -> None:
        self.needs = needs
        self.index = index
        self.lang = language(lang)
        self.failures: Failures = find_failures(needs, index)
        self.scores_by_row: Scores = score_all(needs, index).in_language(self.lang)
        fitting: Rows = np.flatnonzero(~self.failures.excluded)
        by_score = np.argsort(-self.scores_by_row.score[fitting], kind="stable")
        self.order: Rows = fitting[by_score]
        by_id = index.rows_by_id
        self.excluded_rows: Rows = by_id[self.failures.excluded[by_id]]
        self._ordered_scores = self.scores_by_row.score[self.order]
        self._ordered_scores.setflags(write=False)
        self._place_by_row: npt.NDArray[np.intp] | None = None

    @property
    def language(self) -> str:
        return self.lang

    def in_language(self, lang: str) -> IndexedRanking:
        """The same arrays, sentences in ``lang`` (a shallow copy; nothing is recomputed)."""
        lang = language(lang)
        if lang == self.lang:
            return self
        other = copy(self)
        other.lang = lang
        other.scores_by_row = self.scores_by_row.in_language(lang)
        return other

    @property
    def count_fitting(self) -> int:
        return len(self.order)

    @property
    def count_excluded(self) -> int:
        return len(self.excluded_rows)

    def scores(self) -> npt.NDArray[np.int16]:
        return self._ordered_scores

    def vehicle(self, place: int) -> Vehicle:
        return self.index.vehicles[int(self.order[place])]

    def recommendation(self, place: int) -> Recommendation:
        return _recommendation(self.scores_by_row, int(self.order[place]))

    def exclusion(self, place: int) -> Exclusion:
        row = int(self.excluded_rows[place])
        return Exclusion(self.index.vehicles[row], self.failures.why(row, self.lang))

    def place_of_row(self, row: int) -> int | None:
        """The place (0 = best) of an index row, ``None`` when the row is excluded."""
        if self._place_by_row is None:
            places = np.full(len(self.index), -1, dtype=np.intp)
            places[self.order] = np.arange(len(self.order))
            self._place_by_row = places
        place = int(self._place_by_row[row])
        return None if place < 0 else place

    def place_of(self, vehicle_id: str) -> int | None:
        row = self.index.row_of.get(vehicle_id)
        return None if row is None else self.place_of_row(row)

    def exclusion_of(self, vehicle_id: str) -> Exclusion | None:
        row = self.index.row_of.get(vehicle_id)
        if row is None or not self.failures.excluded[row]:
            return None
        return Exclusion(self.index.vehicles[row], self.failures.why(row, self.lang))

    def recommendation_of_row(self, row: int) -> Recommendation:
        """Score and explanation of any row (also of an excluded one, for comparisons)."""
        return _recommendation(self.scores_by_row, row)


def indexed(ranking: Ranking) -> IndexedRanking | None:
    """The arrays behind a ranking made by ``rank_index``, or ``None`` for a listed one."""
    return ranking.source if isinstance(ranking.source, IndexedRanking) else None


def recommend_one(needs: NeedsProfile, vehicle: Vehicle, lang: str = "de") -> Recommendation:
    """Score one vehicle that meets every hard need (0–100) and explain the score."""
    scores = score_all(needs, CatalogueIndex([vehicle])).in_language(lang)
    return _recommendation(scores, 0)


def hard_failures(needs: NeedsProfile, v: Vehicle, lang: str = "de") -> list[str]:
    """Every hard need the vehicle fails, in plain words; empty when it qualifies."""
    return list(find_failures(needs, CatalogueIndex([v])).why(0, lang))
