"""How well vehicles fit: the criteria of ``criteria.py`` scored for a whole catalogue at once,
and the explanation of any one vehicle from exactly the same numbers."""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

import numpy as np
import numpy.typing as npt

from kundengespraech.domain.catalogue_index import CatalogueIndex, Floats, Mask, transmission_of
from kundengespraech.domain.criteria import CRITERIA, Criterion, Rated
from kundengespraech.domain.needs import NeedsProfile
from kundengespraech.domain.phrases import language, words
from kundengespraech.domain.tuning import MAX_UNKNOWN_PENALTY, UNKNOWN_PENALTY, UNKNOWN_VALUE

Ints = npt.NDArray[np.int16]

__all__ = ["Explained", "Scores", "score_all", "transmission_of"]


@dataclass(frozen=True, slots=True)
class Explained:
    """Why one vehicle scores as it does, in plain words of one language."""

    reasons_for: tuple[str, ...]
    reasons_against: tuple[str, ...]
    unknown_facts: tuple[str, ...]


def _weights(rated: Rated, known: Mask) -> float | Floats:
    """Per-row weight: the criterion's weight where the fact is known, else its unknown weight."""
    w_known = np.maximum(rated.weight, 0.0)
    if rated.weight_if_unknown is None:
        return w_known if isinstance(w_known, np.ndarray) else float(w_known)
    w_unknown = max(rated.weight_if_unknown, 0.0)
    if not isinstance(w_known, np.ndarray) and float(w_known) == w_unknown:
        return w_unknown
    return np.where(known, w_known, w_unknown)


def _weight_at(weight: float | Floats, row: int) -> float:
    return float(weight[row]) if isinstance(weight, np.ndarray) else float(weight)


@dataclass(frozen=True, slots=True, eq=False)
class Scores:
    """The scores of every row of ``index`` for ``needs`` (0–100) and what they rest on.

    ``rated`` keeps each applying criterion with its per-row weights and values, so that
    explaining a row later costs nothing but that row's sentences. Explanations are written
    in ``lang`` ("de" or "en"), which changes no number.
    """

    needs: NeedsProfile
    index: CatalogueIndex
    score: Ints
    unknown: Ints
    rated: tuple[tuple[Criterion, Rated], ...]
    lang: str = "de"

    def in_language(self, lang: str) -> Scores:
        """The same scores, explained in ``lang`` (shares every array)."""
        lang = language(lang)
        return self if lang == self.lang else replace(self, lang=lang)

    def explain(self, row: int, lang: str | None = None) -> Explained:
        """Reasons for (the weightiest criteria first), caveats and unknown facts of one row,
        in ``lang`` ("de" or "en"; by default the language of these scores)."""
        say = words(self.lang if lang is None else lang)
        vehicle = self.index.vehicles[row]
        reasons: list[tuple[float, str]] = []
        against: list[str] = []
        unknown: list[str] = []
        for criterion, rated in self.rated:
            value = float(rated.value[row])
            if math.isnan(value):
                weight = rated.weight_if_unknown
                if weight is None:
                    weight = _weight_at(rated.weight, row)
                fact = criterion.fact(say.lang)
                if fact and weight > 0 and fact not in unknown:
                    unknown.append(fact)
                continue
            weight = max(_weight_at(rated.weight, row), 0.0)
            good, bad = criterion.explain(self.needs, vehicle, weight, value, say)
            reasons.extend((weight, text) for text in good)
            against.extend(bad)
        reasons.sort(key=lambda pair: -pair[0])  # stable: the weightiest first, else table order
        return Explained(tuple(t for _, t in reasons), tuple(against), tuple(unknown))


def score_all(needs: NeedsProfile, index: CatalogueIndex) -> Scores:
    """Score every row at once: the weighted mean of the criteria that apply (unknown facts
    count as ``UNKNOWN_VALUE``), in points 0–100, minus ``UNKNOWN_PENALTY`` per distinct
    unknown fact that counts (at most ``MAX_UNKNOWN_PENALTY``). Rounds half to even, like
    ``round``."""
    n = len(index)
    total = np.zeros(n)
    weighted = np.zeros(n)
    unknown_by_fact: dict[str, Mask] = {}
    rated: list[tuple[Criterion, Rated]] = []
    for criterion in CRITERIA:
        r = criterion.rate(needs, index)
        if r is None:
            continue
        rated.append((criterion, r))
        known = ~np.isnan(r.value)
        weight = _weights(r, known)
        if isinstance(weight, np.ndarray) or weight > 0:
            total += weight
            weighted += weight * np.where(known, np.clip(r.value, 0.0, 1.0), UNKNOWN_VALUE)
        fact = criterion.fact.de  # the key: criteria may share a fact (e.g. assistance)
        if fact:
            counts = ~known & (np.asarray(weight) > 0)
            seen = unknown_by_fact.get(fact)
            unknown_by_fact[fact] = counts if seen is None else seen | counts
    unknown = np.zeros(n, dtype=np.int16)
    for mask in unknown_by_fact.values():
        unknown += mask
    fit = np.divide(weighted, total, out=np.full(n, UNKNOWN_VALUE), where=total > 0)
    penalty = np.minimum(MAX_UNKNOWN_PENALTY, UNKNOWN_PENALTY * unknown)
    score = np.clip(np.rint(100 * fit) - penalty, 0, 100).astype(np.int16)
    return Scores(needs, index, score, unknown, tuple(rated))
