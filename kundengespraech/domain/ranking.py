"""Result types of the recommender: scored vehicles, exclusions and their reasons."""

from __future__ import annotations

from dataclasses import dataclass

from kundengespraech.domain.catalogue import Vehicle


@dataclass(frozen=True, slots=True)
class Recommendation:
    """A vehicle that meets every hard need, with its score and the reasons for and against.

    ``reasons_for`` and ``reasons_against`` are complete sentences in plain German that
    name both the customer's answer and the vehicle's fact.
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


@dataclass(frozen=True, slots=True)
class Ranking:
    """All vehicles of a catalogue, either recommended (best first) or excluded."""

    recommendations: tuple[Recommendation, ...]
    excluded: tuple[Exclusion, ...]

    def top(self, n: int) -> tuple[Recommendation, ...]:
        return self.recommendations[:n]

    def to_contract(self, top: int | None = None) -> dict[str, object]:
        """Contract 3 of the design: the JSON the CLI prints with ``--json``."""
        recs = self.recommendations if top is None else self.recommendations[:top]
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
