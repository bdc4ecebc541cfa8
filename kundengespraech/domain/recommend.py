"""The recommender: hard needs exclude with reasons, everything else ranks with reasons.

``rank_index`` ranks a whole :class:`CatalogueIndex` at once with numpy and returns a lazy
:class:`Ranking`: the sentences of a recommendation or exclusion are only written for the
vehicles somebody looks at, in the ranking's language (``lang``: "de" or "en"; the scores and
the order do not depend on it). ``recommend_one`` and ``hard_failures`` look at one vehicle
through the very same tables, so they agree with the ranking by construction. Its weights,
curves and thresholds are named in ``tuning.py``.
"""

from __future__ import annotations

from collections.abc import Iterable

from kundengespraech.domain.catalogue import Vehicle
from kundengespraech.domain.catalogue_index import CatalogueIndex
from kundengespraech.domain.hard_needs import find_failures
from kundengespraech.domain.needs import NeedsProfile
from kundengespraech.domain.ranking import Ranking, Recommendation, recommendation_of
from kundengespraech.domain.scoring import score_all
from kundengespraech.domain.tuning import MAX_UNKNOWN_PENALTY, RECOMMENDER_VERSION, UNKNOWN_PENALTY

__all__ = [
    "MAX_UNKNOWN_PENALTY",
    "RECOMMENDER_VERSION",
    "UNKNOWN_PENALTY",
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
    return Ranking(needs, index, lang)


def recommend_one(needs: NeedsProfile, vehicle: Vehicle, lang: str = "de") -> Recommendation:
    """Score one vehicle that meets every hard need (0–100) and explain the score."""
    scores = score_all(needs, CatalogueIndex([vehicle])).in_language(lang)
    return recommendation_of(scores, 0)


def hard_failures(needs: NeedsProfile, v: Vehicle, lang: str = "de") -> list[str]:
    """Every hard need the vehicle fails, in plain words; empty when it qualifies."""
    return list(find_failures(needs, CatalogueIndex([v])).why(0, lang))
