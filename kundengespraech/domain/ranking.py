"""Result types of the recommender: scored vehicles, exclusions and their reasons.

A :class:`Ranking` may be *lazy*: it knows the order and the scores of every vehicle at once,
but builds a :class:`Recommendation` (with its sentences) only for the places looked at.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar, overload

import numpy as np
import numpy.typing as npt

from kundengespraech.domain.catalogue import Vehicle

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


class RankingSource(ABC):
    """What a ranking is made of: counts, scores in order, and items built on demand."""

    @property
    def language(self) -> str:
        """The language of the sentences ("de" or "en")."""
        return "de"

    def in_language(self, lang: str) -> RankingSource:
        """The same ranking with its sentences in ``lang``; a source of finished sentences
        cannot translate them and returns itself."""
        return self

    @property
    @abstractmethod
    def count_fitting(self) -> int: ...

    @property
    @abstractmethod
    def count_excluded(self) -> int: ...

    @abstractmethod
    def scores(self) -> npt.NDArray[np.int16]:
        """The score of every fitting vehicle, best first."""

    @abstractmethod
    def vehicle(self, place: int) -> Vehicle:
        """The vehicle at ``place`` (0 = best), without building its explanation."""

    @abstractmethod
    def recommendation(self, place: int) -> Recommendation: ...

    @abstractmethod
    def exclusion(self, place: int) -> Exclusion:
        """The ``place``-th excluded vehicle in order of id."""

    @abstractmethod
    def place_of(self, vehicle_id: str) -> int | None:
        """The place (0 = best) of a fitting vehicle, ``None`` if it is excluded or unknown."""

    @abstractmethod
    def exclusion_of(self, vehicle_id: str) -> Exclusion | None: ...


class _Listed(RankingSource):
    """A ranking given as finished tuples (best first; excluded by id)."""

    def __init__(self, recs: Sequence[Recommendation], excluded: Sequence[Exclusion]) -> None:
        self._recs = tuple(recs)
        self._excluded = tuple(excluded)
        self._scores = np.array([r.score for r in self._recs], dtype=np.int16)

    @property
    def count_fitting(self) -> int:
        return len(self._recs)

    @property
    def count_excluded(self) -> int:
        return len(self._excluded)

    def scores(self) -> npt.NDArray[np.int16]:
        return self._scores

    def vehicle(self, place: int) -> Vehicle:
        return self._recs[place].vehicle

    def recommendation(self, place: int) -> Recommendation:
        return self._recs[place]

    def exclusion(self, place: int) -> Exclusion:
        return self._excluded[place]

    def place_of(self, vehicle_id: str) -> int | None:
        return next((k for k, r in enumerate(self._recs) if r.vehicle.id == vehicle_id), None)

    def exclusion_of(self, vehicle_id: str) -> Exclusion | None:
        return next((e for e in self._excluded if e.vehicle.id == vehicle_id), None)


class Ranking:
    """All vehicles of a catalogue, either recommended (best first) or excluded (by id).

    ``Ranking(recommendations, excluded)`` wraps finished tuples; the recommender builds
    lazy rankings with :meth:`from_source`. Either way ``recommendations`` and ``excluded``
    read like tuples, and ``count_fitting`` / ``count_excluded`` cost nothing.
    """

    __slots__ = ("_excluded", "_recommendations", "source")

    def __init__(
        self,
        recommendations: Sequence[Recommendation] = (),
        excluded: Sequence[Exclusion] = (),
        *,
        source: RankingSource | None = None,
    ) -> None:
        self.source: RankingSource = source or _Listed(recommendations, excluded)
        self._recommendations = LazyTuple(self.source.count_fitting, self.source.recommendation)
        self._excluded = LazyTuple(self.source.count_excluded, self.source.exclusion)

    @classmethod
    def from_source(cls, source: RankingSource) -> Ranking:
        return cls(source=source)

    @property
    def language(self) -> str:
        """The language of the sentences: "de" or "en"."""
        return self.source.language

    def in_language(self, lang: str) -> Ranking:
        """The same ranking (same order, same scores, nothing recomputed) with its sentences
        built in ``lang``; itself when it speaks ``lang`` already. A ranking made of finished
        sentences (``Ranking(recommendations, excluded)``) keeps them as they are."""
        source = self.source.in_language(lang)
        return self if source is self.source else Ranking.from_source(source)

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
        return self.source.count_fitting

    @property
    def count_excluded(self) -> int:
        return self.source.count_excluded

    def top(self, n: int) -> tuple[Recommendation, ...]:
        return self._recommendations[: max(0, n)]

    def scores(self) -> npt.NDArray[np.int16]:
        """The score of every fitting vehicle, best first (read-only)."""
        return self.source.scores()

    def vehicle_at(self, place: int) -> Vehicle:
        """The vehicle at ``place`` (0 = best) without building its explanation."""
        return self.source.vehicle(place)

    def place_of(self, vehicle_id: str) -> int | None:
        """Place (0 = best) of a fitting vehicle; ``None`` when excluded or not in the catalogue."""
        return self.source.place_of(vehicle_id)

    def exclusion_of(self, vehicle_id: str) -> Exclusion | None:
        return self.source.exclusion_of(vehicle_id)

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
