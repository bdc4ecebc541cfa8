""" "Warum nicht …?": where one vehicle stands, why, and which answers would let it fit."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from kundengespraech.domain.catalogue import Vehicle
from kundengespraech.domain.catalogue_index import CatalogueIndex
from kundengespraech.domain.hard_needs import Failures, HardNeed, find_failures
from kundengespraech.domain.needs import NeedsProfile
from kundengespraech.domain.phrases import capitalised, words
from kundengespraech.domain.ranking import Ranking, Recommendation
from kundengespraech.domain.recommend import rank_index
from kundengespraech.domain.relax import (
    NEVER_RELAXED,
    Loosening,
    allow_condition,
    allow_powertrain,
    budget_for,
    drop_must_have,
    joined,
    raise_budget,
)


@dataclass(frozen=True, slots=True)
class VehicleExplanation:
    """Everything about one vehicle for the customer's answers.

    For a fitting vehicle: ``place`` (1 = best) of ``count_fitting``, ``score`` and the reasons.
    For an excluded one: ``excluded_because`` and, if answers could change that, the
    ``loosenings`` (one per answer) whose ``change`` together would let it fit.
    Every text is in the language ``explain`` was asked for.
    """

    vehicle: Vehicle
    fits: bool
    count_fitting: int
    summary: str
    place: int | None = None
    score: int | None = None
    reasons_for: tuple[str, ...] = ()
    reasons_against: tuple[str, ...] = ()
    excluded_because: tuple[str, ...] = ()
    loosenings: tuple[Loosening, ...] = ()
    would_fit_if: str = ""  # "Bei einem Budget von 41.000 € statt 38.000 € käme er in Frage."
    cannot_change: tuple[str, ...] = ()  # failed needs no answer should change (seats …)

    @property
    def change(self) -> Mapping[str, Any]:
        """All answer changes that together let the vehicle fit (empty if none would)."""
        merged: dict[str, Any] = {}
        for loosening in self.loosenings:
            merged.update(loosening.change)
        return merged


def _name(v: Vehicle) -> str:
    return f"{v.make} {v.model}"


def explain(
    needs: NeedsProfile,
    index_or_ranking: CatalogueIndex | Ranking,
    vehicle_id: str,
    lang: str = "de",
) -> VehicleExplanation:
    """Why the vehicle ``vehicle_id`` stands where it does, in ``lang`` ("de" or "en");
    ``KeyError`` for an unknown id."""
    ranking = (
        rank_index(needs, index_or_ranking, lang)
        if isinstance(index_or_ranking, CatalogueIndex)
        else index_or_ranking.in_language(lang)
    )
    place = ranking.place_of(vehicle_id)
    if place is not None:
        return _fitting(ranking, place, lang)
    exclusion = ranking.exclusion_of(vehicle_id)
    if exclusion is None:
        raise KeyError(f"Fahrzeug „{vehicle_id}“ ist nicht im Katalog")
    same = ranking.needs == needs
    failures = ranking.failures if same else find_failures(needs, ranking.index)
    return _excluded(failures, failures.index.row(vehicle_id), ranking.count_fitting, lang)


def _fitting(ranking: Ranking, place: int, lang: str) -> VehicleExplanation:
    say = words(lang)
    rec: Recommendation = ranking.recommendations[place]
    summary = say(
        f"Platz {place + 1} von {ranking.count_fitting} passenden Fahrzeugen – "
        f"{rec.score} von 100 Punkten",
        f"Place {place + 1} of {ranking.count_fitting} suitable vehicles – "
        f"{rec.score} of 100 points",
    )
    if place > 0:
        best = ranking.recommendations[0]
        gap, name = best.score - rec.score, _name(best.vehicle)
        if gap:
            points = say("Punkte", "point" if gap == 1 else "points")
            summary += say(
                f", {gap} {points} hinter dem {name}", f", {gap} {points} behind the {name}"
            )
        else:
            summary += say(f", gleich gut wie der {name}, der aber günstiger ist",
                           f", as good as the {name}, which is cheaper though")  # fmt: skip
    return VehicleExplanation(
        vehicle=rec.vehicle,
        fits=True,
        count_fitting=ranking.count_fitting,
        summary=summary + ".",
        place=place + 1,
        score=rec.score,
        reasons_for=rec.reasons_for,
        reasons_against=rec.reasons_against,
    )


def _loosening_for(need: HardNeed, needs: NeedsProfile, v: Vehicle, lang: str) -> Loosening | None:
    if need.name in NEVER_RELAXED:
        return None
    if need.name == "budget":
        return raise_budget(needs, budget_for(v.price_eur), lang)
    if need.name == "condition":
        return allow_condition(needs, lang)
    if need.name == "powertrain":
        return allow_powertrain(needs, v.powertrain, lang)
    return drop_must_have(needs, need.name.removeprefix("must_have:"), lang)


def _excluded(
    failures: Failures, row: int, count_fitting: int, lang: str = "de"
) -> VehicleExplanation:
    say = words(lang)
    needs = failures.needs
    vehicle = failures.index.vehicles[row]
    failed = failures.failed(row)
    why = failures.why(row, lang)
    pairs = zip(failed, why, strict=True)
    cannot = tuple(text for need, text in pairs if need.name in NEVER_RELAXED)
    loosenings: tuple[Loosening, ...] = ()
    would_fit_if = ""
    if not cannot:
        relaxed, found = needs, []
        for need in failed:  # one after the other: two must-haves dropped build on each other
            lo = _loosening_for(need, relaxed, vehicle, lang)
            if lo is not None:
                found.append(lo)
                relaxed = lo.needs
        loosenings = tuple(found)
        if not find_failures(relaxed, CatalogueIndex([vehicle])).why(0):
            phrases = [lo.phrase for lo in loosenings]
            if say.en:
                text = joined(phrases, lang) + ", it would be an option."
            else:
                clause = any(phrase.startswith("wenn ") for phrase in phrases)
                text = joined(phrases) + (", käme er in Frage." if clause else " käme er in Frage.")
            would_fit_if = capitalised(text)
        else:  # cannot happen while every hard need has its loosening; never claim it would fit
            loosenings = ()
    return VehicleExplanation(
        vehicle=vehicle,
        fits=False,
        count_fitting=count_fitting,
        summary=say("Kommt nicht in Frage: ", "Not an option: ") + "; ".join(why) + ".",
        excluded_because=why,
        loosenings=loosenings,
        would_fit_if=would_fit_if,
        cannot_change=cannot,
    )
