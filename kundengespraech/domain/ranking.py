"""Result types of the recommender: scored vehicles, exclusions and their reasons.

A :class:`Ranking` is *lazy*: it knows the order and the scores of every vehicle of an indexed
catalogue at once, but builds a :class:`Recommendation` (with its sentences) only for the
places looked at.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from copy import copy
from dataclasses import dataclass
from typing import Any, TypeVar, overload

import numpy as np
import numpy.typing as npt

from kundengespraech.domain.catalogue import Vehicle
from kundengespraech.domain.catalogue_index import CatalogueIndex, Rows
from kundengespraech.domain.hard_needs import Failures, find_failures
from kundengespraech.domain.needs import NeedsProfile
from kundengespraech.domain.phrases import language, words
from kundengespraech.domain.scoring import Scores, score_all

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Recommendation:
    """A vehicle that meets every hard need, with its score and the reasons for and against.

    ``reasons_for`` and ``reasons_against`` are complete sentences in plain words (in the
    ranking's language) that name both the customer's answer and the vehicle's fact.
    """

    vehicle: Vehicle
    score: int  # 0..100
    reasons_for: tuple[str, ...]
    reasons_against: tuple[str, ...]
    unknown_facts: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Exclusion:
    """A vehicle that fails at least one hard need; ``why`` names every failed need."""

    vehicle: Vehicle
    why: tuple[str, ...]


class LazyTuple(Sequence[T]):
    """A read-only sequence whose items are built on first access and then kept.

    Behaves like a tuple for reading: ``len``, indexing, slicing (returns a tuple),
    iteration, ``==`` with any sequence of equal items. ``len`` never builds an item.
    """

    __slots__ = ("_build", "_built", "_length")

    def __init__(self, length: int, build: Callable[[int], T]) -> None:
        self._length = length
        self._build = build
        self._built: dict[int, T] = {}

    def __len__(self) -> int:
        return self._length

    @overload
    def __getitem__(self, i: int) -> T: ...

    @overload
    def __getitem__(self, i: slice) -> tuple[T, ...]: ...

    def __getitem__(self, i: int | slice) -> T | tuple[T, ...]:
        if isinstance(i, slice):
            return tuple(self[k] for k in range(*i.indices(self._length)))
        k = i + self._length if i < 0 else i
        if not 0 <= k < self._length:
            raise IndexError("LazyTuple index out of range")
        found = self._built.get(k)
        if found is None:
            found = self._built[k] = self._build(k)
        return found

    def __iter__(self) -> Iterator[T]:
        return (self[k] for k in range(self._length))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence) or isinstance(other, str):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"LazyTuple({len(self)} items, {len(self._built)} built)"


def recommendation_of(scores: Scores, row: int) -> Recommendation:
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


class Ranking:
    """All vehicles of a :class:`CatalogueIndex` for one profile, either recommended (best
    first) or excluded (by id): masks, scores and order as arrays, sentences built on access.

    Rows of the index are sorted by price, then id, so a *stable* sort by descending score
    yields the documented tie-break. ``order`` holds the fitting rows best first,
    ``excluded_rows`` the excluded rows in order of id. Sentences are written in ``lang``
    ("de" or "en"); ``recommendations`` and ``excluded`` read like tuples, and
    ``count_fitting`` / ``count_excluded`` cost nothing.
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
        self._build_lazily()

    def _build_lazily(self) -> None:
        self._recommendations = LazyTuple(len(self.order), self._recommendation)
        self._excluded = LazyTuple(len(self.excluded_rows), self._exclusion)

    def _recommendation(self, place: int) -> Recommendation:
        return recommendation_of(self.scores_by_row, int(self.order[place]))

    def _exclusion(self, place: int) -> Exclusion:
        row = int(self.excluded_rows[place])
        return Exclusion(self.index.vehicles[row], self.failures.why(row, self.lang))

    @property
    def language(self) -> str:
        """The language of the sentences: "de" or "en"."""
        return self.lang

    def in_language(self, lang: str) -> Ranking:
        """The same ranking (same order, same scores, nothing recomputed) with its sentences
        built in ``lang``; itself when it speaks ``lang`` already."""
        lang = language(lang)
        if lang == self.lang:
            return self
        other = copy(self)  # shares every array
        other.lang = lang
        other.scores_by_row = self.scores_by_row.in_language(lang)
        other._build_lazily()
        return other

    @property
    def recommendations(self) -> LazyTuple[Recommendation]:
        """Every fitting vehicle, best first (ties: lower price, then id)."""
        return self._recommendations

    @property
    def excluded(self) -> LazyTuple[Exclusion]:
        """Every vehicle failing a hard need, in order of id."""
        return self._excluded

    @property
    def count_fitting(self) -> int:
        return len(self.order)

    @property
    def count_excluded(self) -> int:
        return len(self.excluded_rows)

    def top(self, n: int) -> tuple[Recommendation, ...]:
        return self._recommendations[: max(0, n)]

    def scores(self) -> npt.NDArray[np.int16]:
        """The score of every fitting vehicle, best first (read-only)."""
        return self._ordered_scores

    def vehicle_at(self, place: int) -> Vehicle:
        """The vehicle at ``place`` (0 = best) without building its explanation."""
        return self.index.vehicles[int(self.order[place])]

    def place_of_row(self, row: int) -> int | None:
        """The place (0 = best) of an index row, ``None`` when the row is excluded."""
        if self._place_by_row is None:
            places = np.full(len(self.index), -1, dtype=np.intp)
            places[self.order] = np.arange(len(self.order))
            self._place_by_row = places
        place = int(self._place_by_row[row])
        return None if place < 0 else place

    def place_of(self, vehicle_id: str) -> int | None:
        """Place (0 = best) of a fitting vehicle; ``None`` when excluded or not in the catalogue."""
        row = self.index.row_of.get(vehicle_id)
        return None if row is None else self.place_of_row(row)

    def exclusion_of(self, vehicle_id: str) -> Exclusion | None:
        row = self.index.row_of.get(vehicle_id)
        if row is None or not self.failures.excluded[row]:
            return None
        return Exclusion(self.index.vehicles[row], self.failures.why(row, self.lang))

    def recommendation_of_row(self, row: int) -> Recommendation:
        """Score and explanation of any row (also of an excluded one, for comparisons)."""
        return recommendation_of(self.scores_by_row, row)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Ranking):
            return NotImplemented
        return (self.recommendations, self.excluded) == (other.recommendations, other.excluded)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Ranking({self.count_fitting} passend, {self.count_excluded} ausgeschlossen)"

    def to_contract(self, top: int | None = None) -> dict[str, Any]:
        """Contract 3 of the design: the JSON the CLI prints with ``--json``."""
        recs = self.recommendations if top is None else self.top(top)
        return {
            "recommendations": [
                {
                    "id": r.vehicle.id,
                    "make": r.vehicle.make,
                    "model": r.vehicle.model,
                    "variant": r.vehicle.variant,
                    "score": r.score,
                    "reasons_for": list(r.reasons_for),
                    "reasons_against": list(r.reasons_against),
                }
                for r in recs
            ],
            "excluded": [{"id": e.vehicle.id, "why": list(e.why)} for e in self.excluded],
        }
