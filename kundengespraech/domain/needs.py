"""From interview answers to a needs profile, by one readable table of rules."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any

from kundengespraech.domain.formatting import format_eur, format_number
from kundengespraech.domain.wording import plural

A = Mapping[str, Any]

CHILD_SEAT_AGE = 12  # children younger than this ride in a child seat
TRAILER_HOBBIES = {"camping_caravan": 1500, "horse_riding": 2000, "boating": 1200}
TRAILER_NAMES = {
    "camping_caravan": "Wohnwagen",
    "horse_riding": "Pferdeanhänger",
    "boating": "Bootsanhänger",
}
DOG_TRUNK_L = {"large": 550, "medium": 450, "small": 300}
DOG_NAMES = {"large": "großer Hund", "medium": "mittelgroßer Hund", "small": "kleiner Hund"}
DOG_ACCUSATIVE = {
    "large": "einen großen Hund",
    "medium": "einen mittelgroßen Hund",
    "small": "einen kleinen Hund",
}
MUST_HAVE_NAMES = {
    "tow_bar": "Anhängerkupplung",
    "awd": "Allradantrieb",
    "roof_rails": "Dachreling",
    "isofix": "Isofix-Halterungen",
    "adaptive_cruise": "Abstandstempomat",
    "parking_camera": "Rückfahrkamera",
    "blind_spot": "Totwinkel-Warner",
}
LONG_DISTANCE_KM = 25_000
LONG_TRIPS = 12
EV_DAILY_KM = 200
CITY_SHARE = 60


@dataclass(frozen=True, slots=True)
class Weights:
    """How much each quality counts in the score (0 = not at all)."""

    safety: float = 2.0
    sport: float = 2.0
    comfort: float = 3.0
    economy: float = 3.0
    eco: float = 3.0


@dataclass(frozen=True, slots=True)
class NeedsProfile:
    """What the customer needs; hard needs exclude vehicles, the rest ranks them."""

    min_seats: int = 1
    child_seats: int = 0
    min_trunk_l: int | None = None
    trunk_reason: str = ""  # accusative, e.g. "einen großen Hund"
    towing_kg: int | None = None
    towing_reason: str = ""
    max_price: Decimal | None = None
    condition: str | None = None
    excluded_powertrains: frozenset[str] = frozenset()
    body_types: frozenset[str] = frozenset()
    transmission: str | None = None
    must_have: frozenset[str] = frozenset()
    likes_awd: str = ""  # why all-wheel drive is a plus, or empty
    likes_roof_rails: str = ""  # why roof rails are a plus, or empty
    annual_km: int | None = None
    daily_km: int | None = None
    long_distance: bool = False
    home_charging: bool | None = None
    ev_fit: bool = False
    city_focus: bool = False
    weights: Weights = field(default_factory=Weights)
    wishes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Rule:
    """When ``when`` holds for the answers, ``then`` changes the profile; ``says`` explains it."""

    name: str
    when: Callable[[A], bool]
    then: Callable[[NeedsProfile, A], NeedsProfile]
    says: Callable[[A], str]


def _children(a: A) -> list[int]:
    return list(a.get("household.children_ages", []))


def _young(a: A) -> int:
    return sum(1 for age in _children(a) if age < CHILD_SEAT_AGE)


def _dogs(a: A) -> list[str]:
    return list(a.get("pets.dogs", []))


def _biggest_dog(a: A) -> str:
    return next(size for size in ("large", "medium", "small") if size in _dogs(a))


def _hobbies(a: A) -> list[str]:
    return list(a.get("hobbies", []))


def _trailers(a: A) -> list[str]:
    return [h for h in _hobbies(a) if h in TRAILER_HOBBIES]


def _towing(a: A) -> int:
    given = a.get("usage.towing_kg")
    return int(given) if given else max(TRAILER_HOBBIES[h] for h in _trailers(a))


def _towing_says(a: A) -> str:
    names = " / ".join(TRAILER_NAMES[h] for h in _trailers(a))
    if a.get("usage.towing_kg"):
        weight = format_number(_towing(a))
        return f"{names} mit {weight} kg ziehen: Anhängelast und Anhängerkupplung"
    return (
        f"{names} ziehen: Anhängelast mindestens {format_number(_towing(a))} kg "
        "(üblicher Wert, bitte Gewicht nennen)"
    )


def _persons(a: A) -> int:
    return int(a.get("household.adults", 1)) + len(_children(a))


def _trunk(profile: NeedsProfile, litres: int, reason: str) -> NeedsProfile:
    if profile.min_trunk_l is not None and profile.min_trunk_l >= litres:
        return profile
    return replace(profile, min_trunk_l=litres, trunk_reason=reason)


def _slider(a: A) -> int:
    return int(a.get("priorities.safety_vs_sport", 50))


def _weights(a: A) -> Weights:
    sport = _slider(a) / 100
    economy = float(a.get("priorities.economy", 3))
    if int(a.get("usage.annual_km", 0)) >= LONG_DISTANCE_KM:
        economy += 1
    return Weights(
        safety=4 * (1 - sport),
        sport=4 * sport,
        comfort=float(a.get("priorities.comfort", 3)),
        economy=economy,
        # the slider's safety end includes the environment (contract 1): it leans eco, too
        eco=float(a.get("priorities.eco", 3)) * (1.5 - sport),
    )


def _priorities_says(a: A) -> str:
    s = _slider(a)
    if s <= 35:
        first = "Sicherheit und ein gutes Gefühl stehen für Sie vorn"
    elif s >= 65:
        first = "Sportlichkeit und Auftritt stehen für Sie vorn"
    else:
        first = "Sicherheit und Sportlichkeit sind Ihnen gleich wichtig"
    extras = [
        text
        for key, text in (
            ("priorities.comfort", "Komfort"),
            ("priorities.economy", "geringe Kosten"),
            ("priorities.eco", "die Umwelt"),
        )
        if int(a.get(key, 3)) >= 4
    ]
    return first + (f"; besonders wichtig: {', '.join(extras)}" if extras else "")


def _list(a: A, key: str) -> frozenset[str]:
    return frozenset(a.get(key, []))


_POWERTRAIN_NAMES: dict[str, str] = {
    "petrol": "Benziner", "diesel": "Diesel", "hybrid": "Hybrid",
    "phev": "Plug-in-Hybrid", "ev": "Elektro",
}  # fmt: skip
_BODY_NAMES: dict[str, str] = {
    "city": "Kleinwagen", "compact": "Kompaktwagen", "sedan": "Limousine", "estate": "Kombi",
    "suv": "SUV", "van": "Van", "coupe": "Coupé", "convertible": "Cabrio", "pickup": "Pick-up",
}  # fmt: skip


# fmt: off
RULES: tuple[Rule, ...] = (
    Rule("Personen", lambda a: True,
         lambda n, a: replace(n, min_seats=_persons(a)),
         lambda a: f"Platz für {_persons(a)} Personen"),
    Rule("Kindersitze", lambda a: _young(a) > 0,
         lambda n, a: replace(n, child_seats=_young(a)),
         lambda a: f"{plural(_young(a), 'Kind', 'Kinder')} unter {CHILD_SEAT_AGE} Jahren: "
                   f"Platz für {plural(_young(a), 'Kindersitz', 'Kindersitze')} mit Isofix"),
    Rule("Hund", lambda a: bool(_dogs(a)),
         lambda n, a: _trunk(n, DOG_TRUNK_L[_biggest_dog(a)], DOG_ACCUSATIVE[_biggest_dog(a)]),
         lambda a: f"Ein {DOG_NAMES[_biggest_dog(a)]} fährt mit: Kofferraum ab "
                   f"{DOG_TRUNK_L[_biggest_dog(a)]} l"),
    Rule("Anhänger", lambda a: bool(_trailers(a)),
         lambda n, a: replace(n, towing_kg=_towing(a),
                              towing_reason=" / ".join(TRAILER_NAMES[h] for h in _trailers(a))),
         _towing_says),
    Rule("Golf", lambda a: "golf" in _hobbies(a),
         lambda n, a: _trunk(n, 400, "Ihr Golfbag"),
         lambda a: "Golfbag: Kofferraum ab 400 l"),
    Rule("Musikinstrumente", lambda a: "music_instruments" in _hobbies(a),
         lambda n, a: _trunk(n, 450, "Ihre Instrumente"),
         lambda a: "Instrumente transportieren: Kofferraum ab 450 l"),
    Rule("Fahrrad", lambda a: "cycling" in _hobbies(a),
         lambda n, a: replace(n, likes_roof_rails=n.likes_roof_rails or "Fahrräder"),
         lambda a: "Fahrräder mitnehmen: Dachreling oder Anhängerkupplung für einen Träger"),
    Rule("Surfen", lambda a: "surfing" in _hobbies(a),
         lambda n, a: replace(n, likes_roof_rails=n.likes_roof_rails or "Surfbrett"),
         lambda a: "Surfbrett: eine Dachreling hilft"),
    Rule("Ski", lambda a: "skiing" in _hobbies(a),
         lambda n, a: replace(n, likes_awd="Skifahren",
                              likes_roof_rails=n.likes_roof_rails or "Skier"),
         lambda a: "Winterfahrten in die Berge: Allrad und Dachreling sind ein Plus"),
    Rule("Outdoor", lambda a: "hiking_outdoor" in _hobbies(a),
         lambda n, a: replace(n, likes_awd=n.likes_awd or "Wandern und Outdoor"),
         lambda a: "Wege abseits der Straße: Allrad ist ein Plus"),
    Rule("Vielfahrer",
         lambda a: int(a.get("usage.annual_km", 0)) >= LONG_DISTANCE_KM
                   or int(a.get("usage.long_trips_per_year", 0)) >= LONG_TRIPS,
         lambda n, a: replace(n, long_distance=True),
         lambda a: "Viele lange Strecken: ein sparsamer Antrieb für die Langstrecke"),
    Rule("Elektro passt",
         lambda a: a.get("usage.home_charging") is True
                   and int(a.get("usage.daily_km", 0)) <= EV_DAILY_KM,
         lambda n, a: replace(n, ev_fit=True),
         lambda a: "Laden zu Hause und überschaubare Tagesstrecken: ein Elektroauto passt gut"),
    Rule("Stadt", lambda a: int(a.get("usage.city_share_pct", 0)) >= CITY_SHARE,
         lambda n, a: replace(n, city_focus=True),
         lambda a: f"{a['usage.city_share_pct']} % Stadtverkehr: handlich und leicht zu parken"),
    Rule("Prioritäten", lambda a: True,
         lambda n, a: replace(n, weights=_weights(a)),
         _priorities_says),
    Rule("Budget", lambda a: bool(a.get("budget.max_price_eur")),
         lambda n, a: replace(n, max_price=Decimal(a["budget.max_price_eur"])),
         lambda a: f"Höchstens {format_eur(Decimal(a['budget.max_price_eur']))}"),
    Rule("Zustand", lambda a: a.get("budget.condition") in ("new", "used"),
         lambda n, a: replace(n, condition=a["budget.condition"]),
         lambda a: "Ein Neuwagen" if a["budget.condition"] == "new" else "Ein Gebrauchtwagen"),
    Rule("Antriebe", lambda a: bool(a.get("preferences.powertrains_excluded")),
         lambda n, a: replace(n, excluded_powertrains=_list(a, "preferences.powertrains_excluded")),
         lambda a: "Nicht in Frage: " + ", ".join(
             _POWERTRAIN_NAMES[p] for p in sorted(a["preferences.powertrains_excluded"]))),
    Rule("Bauform", lambda a: bool(a.get("preferences.body_types")),
         lambda n, a: replace(n, body_types=_list(a, "preferences.body_types")),
         lambda a: "Am liebsten: " + ", ".join(
             _BODY_NAMES[b] for b in sorted(a["preferences.body_types"]))),
    Rule("Getriebe", lambda a: a.get("preferences.transmission") in ("automatic", "manual"),
         lambda n, a: replace(n, transmission=a["preferences.transmission"]),
         lambda a: "Automatik" if a["preferences.transmission"] == "automatic"
                   else "Schaltgetriebe"),
    Rule("Muss haben", lambda a: bool(a.get("preferences.must_have")),
         lambda n, a: replace(n, must_have=_list(a, "preferences.must_have")),
         lambda a: "Muss haben: " + ", ".join(
             MUST_HAVE_NAMES[m] for m in sorted(a["preferences.must_have"]))),
)
# fmt: on


def derive_needs(answers: A) -> NeedsProfile:
    """Apply every rule whose condition holds, in table order. ``answers`` must be effective
    answers (hidden questions dropped, defaults filled in), see ``Questionnaire.effective``."""
    profile = NeedsProfile(
        annual_km=answers.get("usage.annual_km"),
        daily_km=answers.get("usage.daily_km"),
        home_charging=answers.get("usage.home_charging"),
    )
    wishes: list[str] = []
    for rule in RULES:
        if rule.when(answers):
            profile = rule.then(profile, answers)
            wishes.append(rule.says(answers))
    return replace(profile, wishes=tuple(wishes))
