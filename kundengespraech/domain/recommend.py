"""The recommender: hard needs exclude with reasons, everything else ranks with reasons."""

from __future__ import annotations

from collections.abc import Iterable

from kundengespraech.domain.catalogue import BODY_TYPE_LABELS, POWERTRAIN_LABELS, Vehicle
from kundengespraech.domain.formatting import format_eur, format_number
from kundengespraech.domain.needs import MUST_HAVE_NAMES, NeedsProfile
from kundengespraech.domain.ranking import Exclusion, Ranking, Recommendation
from kundengespraech.domain.scoring import Assessment, assess

RECOMMENDER_VERSION = "1.0"
UNKNOWN_PENALTY = 4  # score points per unknown fact that a need depends on
MAX_UNKNOWN_PENALTY = 20
ASSIST_FOR_MUST_HAVE = {
    "adaptive_cruise": "acc",
    "parking_camera": "parking_camera",
    "blind_spot": "blind_spot",
}


def rank(needs: NeedsProfile, vehicles: Iterable[Vehicle]) -> Ranking:
    """Rank every vehicle; deterministic: score, then lower price, then id break ties."""
    recommendations: list[Recommendation] = []
    excluded: list[Exclusion] = []
    for vehicle in vehicles:
        why = hard_failures(needs, vehicle)
        if why:
            excluded.append(Exclusion(vehicle, tuple(why)))
        else:
            recommendations.append(recommend_one(needs, vehicle))
    recommendations.sort(key=lambda r: (-r.score, r.vehicle.price_eur, r.vehicle.id))
    excluded.sort(key=lambda e: e.vehicle.id)
    return Ranking(tuple(recommendations), tuple(excluded))


def recommend_one(needs: NeedsProfile, vehicle: Vehicle) -> Recommendation:
    """Score one vehicle that meets every hard need (0–100) and explain the score."""
    result: Assessment = assess(needs, vehicle)
    penalty = min(MAX_UNKNOWN_PENALTY, UNKNOWN_PENALTY * len(result.unknown))
    score = max(0, min(100, round(100 * result.fit) - penalty))
    against = list(result.against)
    if result.unknown:
        against.append(
            "Nicht bekannt: "
            + ", ".join(result.unknown)
            + " – die Bewertung ist deshalb vorsichtiger, bitte am Fahrzeug prüfen"
        )
    return Recommendation(
        vehicle=vehicle,
        score=score,
        reasons_for=tuple(result.reasons_for),
        reasons_against=tuple(against),
        unknown_facts=tuple(result.unknown),
    )


def hard_failures(needs: NeedsProfile, v: Vehicle) -> list[str]:
    """Every hard need the vehicle fails, in plain German; empty when it qualifies."""
    why: list[str] = []
    if v.seats < needs.min_seats:
        why.append(f"nur {v.seats} Sitze, benötigt {needs.min_seats}")
    if needs.child_seats and v.isofix is not None and v.isofix < needs.child_seats:
        why.append(
            f"nur {v.isofix} Isofix-Plätze, benötigt {needs.child_seats} für Ihre Kindersitze"
        )
    if needs.towing_kg:
        if v.tow_bar == "no":
            why.append(f"keine Anhängerkupplung möglich – Ihr {needs.towing_reason} braucht eine")
        elif v.towing_kg is not None and v.towing_kg < needs.towing_kg:
            why.append(
                f"Anhängelast {format_number(v.towing_kg)} kg, Ihr {needs.towing_reason} "
                f"braucht {format_number(needs.towing_kg)} kg"
            )
    if needs.max_price is not None and v.price_eur > needs.max_price:
        why.append(
            f"Preis {format_eur(v.price_eur)} liegt über Ihrem Budget von "
            f"{format_eur(needs.max_price)}"
        )
    if needs.condition and v.condition and v.condition != needs.condition:
        wanted = "einen Neuwagen" if needs.condition == "new" else "einen Gebrauchtwagen"
        have = "Neuwagen" if v.condition == "new" else "Gebrauchtwagen"
        why.append(f"{have} – Sie suchen {wanted}")
    if v.powertrain in needs.excluded_powertrains:
        why.append(f"{POWERTRAIN_LABELS[v.powertrain]} kommt für Sie nicht in Frage")
    why.extend(_missing_must_haves(needs, v))
    return why


def _missing_must_haves(needs: NeedsProfile, v: Vehicle) -> list[str]:
    missing: list[str] = []
    for item in sorted(needs.must_have):
        has = _has_feature(item, v)
        if has is False:
            missing.append(f"ohne {MUST_HAVE_NAMES[item]} – für Sie ein Muss")
    return missing


def _has_feature(item: str, v: Vehicle) -> bool | None:
    """Whether the vehicle has a must-have feature; ``None`` when the catalogue does not say."""
    if item == "tow_bar":
        return None if v.tow_bar is None else v.tow_bar != "no"
    if item == "awd":
        return v.awd
    if item == "roof_rails":
        return v.roof_rails
    if item == "isofix":
        return None if v.isofix is None else v.isofix > 0
    if v.assist is None:
        return None
    return ASSIST_FOR_MUST_HAVE[item] in v.assist


def body_label(body_type: str) -> str:
    return BODY_TYPE_LABELS.get(body_type, body_type)
