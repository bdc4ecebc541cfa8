"""From interview answers to a needs profile, by one readable table of rules.

The profile holds facts and keys only, except for the German reason texts kept for the
German sentences (``trunk_reason`` …) and the wishes, which are written in the language asked
for (``derive_needs(answers, lang="en")``). English sentences read the keys (``trunk_for`` …).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any

from kundengespraech.domain.catalogue import BODY_TYPE_NOUNS_EN
from kundengespraech.domain.formatting import format_eur
from kundengespraech.domain.must_haves import MUST_HAVE_NAMES, MUST_HAVE_NAMES_EN
from kundengespraech.domain.phrases import Words, words
from kundengespraech.domain.tuning import (
    CHILD_SEAT_AGE,
    CITY_SHARE,
    DEFAULT_PRIORITY_WEIGHT,
    DEFAULT_SAFETY_WEIGHT,
    DEFAULT_SPORT_WEIGHT,
    DOG_TRUNK_L,
    ECO_SLIDER_LEAN,
    EV_DAILY_KM,
    GOLF_TRUNK_L,
    INSTRUMENTS_TRUNK_L,
    LONG_DISTANCE_ECONOMY_BONUS,
    LONG_DISTANCE_KM,
    LONG_TRIPS,
    PRIORITY_IMPORTANT,
    SAFETY_LEANING,
    SLIDER_WEIGHT,
    SPORT_LEANING,
    TYPICAL_TRAILER_KG,
)
from kundengespraech.domain.wording import plural

A = Mapping[str, Any]

TRAILER_NAMES = {
    "camping_caravan": "Wohnwagen",
    "horse_riding": "Pferdeanhänger",
    "boating": "Bootsanhänger",
}
TRAILER_NAMES_EN = {
    "camping_caravan": "caravan",
    "horse_riding": "horse trailer",
    "boating": "boat trailer",
}
DOG_NAMES = {"large": "großer Hund", "medium": "mittelgroßer Hund", "small": "kleiner Hund"}
DOG_NAMES_EN = {"large": "large dog", "medium": "medium-sized dog", "small": "small dog"}
DOG_ACCUSATIVE = {
    "large": "einen großen Hund",
    "medium": "einen mittelgroßen Hund",
    "small": "einen kleinen Hund",
}
# What a load, a trailer or a hobby is called in English sentences, by the profile's keys
# (``trunk_for``, ``towing_for``, ``awd_for``, ``roof_rails_for``); German uses the texts.
TRUNK_FOR_EN = {
    "dog_large": "a large dog", "dog_medium": "a medium-sized dog", "dog_small": "a small dog",
    "golf": "your golf bag", "music_instruments": "your instruments",
}  # fmt: skip
AWD_FOR_EN = {"skiing": "Skiing", "hiking_outdoor": "Hiking and the outdoors"}
ROOF_RAILS_FOR_EN = {"cycling": "Bikes", "surfing": "Surfboard", "skiing": "Skis"}


@dataclass(frozen=True, slots=True)
class Weights:
    """How much each quality counts in the score (0 = not at all)."""

    safety: float = DEFAULT_SAFETY_WEIGHT
    sport: float = DEFAULT_SPORT_WEIGHT
    comfort: float = DEFAULT_PRIORITY_WEIGHT
    economy: float = DEFAULT_PRIORITY_WEIGHT
    eco: float = DEFAULT_PRIORITY_WEIGHT


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
    wishes: tuple[str, ...] = ()  # in the language derive_needs was asked for
    # The reasons above as keys, for sentences in other languages than German ("" or ():
    # not known, e.g. a profile made by hand; the sentence then says it more generally).
    trunk_for: str = ""  # "dog_large", "golf", "music_instruments", …
    towing_for: tuple[str, ...] = ()  # hobbies with a trailer, e.g. ("camping_caravan",)
    awd_for: str = ""  # the hobby, e.g. "skiing"
    roof_rails_for: str = ""  # the hobby, e.g. "cycling"

    def trunk_reason_in(self, lang: str) -> str:
        """What needs the boot space, for a sentence ("einen großen Hund" / "a large dog")."""
        if lang != "en":
            return self.trunk_reason
        return TRUNK_FOR_EN.get(self.trunk_for, "your luggage")

    def towing_reason_in(self, lang: str) -> str:
        """What is towed ("Wohnwagen" / "caravan"); a profile without keys says "trailer"."""
        if lang != "en":
            return self.towing_reason
        return " / ".join(TRAILER_NAMES_EN[h] for h in self.towing_for) or "trailer"

    def likes_awd_in(self, lang: str) -> str:
        """Why all-wheel drive is a plus ("Skifahren" / "Skiing")."""
        if lang != "en":
            return self.likes_awd
        return AWD_FOR_EN.get(self.awd_for, "For your hobbies")

    def likes_roof_rails_in(self, lang: str) -> str:
        """Why roof rails are a plus ("Fahrräder" / "Bikes")."""
        if lang != "en":
            return self.likes_roof_rails
        return ROOF_RAILS_FOR_EN.get(self.roof_rails_for, "For your hobbies")


@dataclass(frozen=True, slots=True)
class Rule:
    """When ``when`` holds for the answers, ``then`` changes the profile; ``says`` explains it."""

    name: str
    when: Callable[[A], bool]
    then: Callable[[NeedsProfile, A], NeedsProfile]
    says: Callable[[A, Words], str]  # the wish in the language of ``Words``


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
    return [h for h in _hobbies(a) if h in TYPICAL_TRAILER_KG]


def _towing(a: A) -> int:
    given = a.get("usage.towing_kg")
    return int(given) if given else max(TYPICAL_TRAILER_KG[h] for h in _trailers(a))


def _towing_says(a: A, say: Words) -> str:
    names = " / ".join(say(TRAILER_NAMES[h], TRAILER_NAMES_EN[h]) for h in _trailers(a))
    weight = say.num(_towing(a))
    if a.get("usage.towing_kg"):
        return say(f"{names} mit {weight} kg ziehen: Anhängelast und Anhängerkupplung",
                   f"Towing your {weight} kg {names}: towing capacity and a tow bar")  # fmt: skip
    return say(
        f"{names} ziehen: Anhängelast mindestens {weight} kg (üblicher Wert, bitte Gewicht nennen)",
        f"Towing your {names}: a towing capacity of at least {weight} kg (a typical value – "
        "please tell us the weight)",
    )


def _persons(a: A) -> int:
    return int(a.get("household.adults", 1)) + len(_children(a))


def _trunk(profile: NeedsProfile, litres: int, reason: str, key: str) -> NeedsProfile:
    if profile.min_trunk_l is not None and profile.min_trunk_l >= litres:
        return profile
    return replace(profile, min_trunk_l=litres, trunk_reason=reason, trunk_for=key)


def _slider(a: A) -> int:
    return int(a.get("priorities.safety_vs_sport", 50))


def _weights(a: A) -> Weights:
    sport = _slider(a) / 100
    economy = float(a.get("priorities.economy", 3))
    if int(a.get("usage.annual_km", 0)) >= LONG_DISTANCE_KM:
        economy += LONG_DISTANCE_ECONOMY_BONUS
    return Weights(
        safety=SLIDER_WEIGHT * (1 - sport),
        sport=SLIDER_WEIGHT * sport,
        comfort=float(a.get("priorities.comfort", 3)),
        economy=economy,
        # the slider's safety end includes the environment (contract 1): it leans eco, too
        eco=float(a.get("priorities.eco", 3)) * (ECO_SLIDER_LEAN - sport),
    )


def _priorities_says(a: A, say: Words) -> str:
    s = _slider(a)
    if s <= SAFETY_LEANING:
        first = say("Sicherheit und ein gutes Gefühl stehen für Sie vorn",
                    "Safety and peace of mind come first for you")  # fmt: skip
    elif s >= SPORT_LEANING:
        first = say("Sportlichkeit und Auftritt stehen für Sie vorn",
                    "Sportiness and presence come first for you")  # fmt: skip
    else:
        first = say("Sicherheit und Sportlichkeit sind Ihnen gleich wichtig",
                    "Safety and sportiness matter equally to you")  # fmt: skip
    extras = [
        say(de, en)
        for key, de, en in (
            ("priorities.comfort", "Komfort", "comfort"),
            ("priorities.economy", "geringe Kosten", "low costs"),
            ("priorities.eco", "die Umwelt", "the environment"),
        )
        if int(a.get(key, 3)) >= PRIORITY_IMPORTANT
    ]
    if not extras:
        return first
    return first + say("; besonders wichtig: ", "; especially important: ") + ", ".join(extras)


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
_POWERTRAIN_NAMES_EN: dict[str, str] = {
    "petrol": "petrol", "diesel": "diesel", "hybrid": "hybrid",
    "phev": "plug-in hybrid", "ev": "electric",
}  # fmt: skip


def _names(a: A, key: str, say: Words, de: Mapping[str, str], en: Mapping[str, str]) -> str:
    return ", ".join(say(de[x], en[x]) for x in sorted(a[key]))


def _dog_says(a: A, say: Words) -> str:
    dog, litres = _biggest_dog(a), DOG_TRUNK_L[_biggest_dog(a)]
    return say(f"Ein {DOG_NAMES[dog]} fährt mit: Kofferraum ab {litres} l",
               f"A {DOG_NAMES_EN[dog]} comes along: at least {litres} l of boot space")  # fmt: skip


def _children_says(a: A, say: Words) -> str:
    n = _young(a)
    return say(f"{plural(n, 'Kind', 'Kinder')} unter {CHILD_SEAT_AGE} Jahren: "
               f"Platz für {plural(n, 'Kindersitz', 'Kindersitze')} mit Isofix",
               f"{plural(n, 'child', 'children')} under {CHILD_SEAT_AGE}: "
               f"room for {plural(n, 'child seat', 'child seats')} with Isofix")  # fmt: skip


def _persons_says(a: A, say: Words) -> str:
    n = _persons(a)
    return say(f"Platz für {n} Personen", f"Room for {plural(n, 'person', 'people')}")


# fmt: off
RULES: tuple[Rule, ...] = (
    Rule("Personen", lambda a: True,
         lambda n, a: replace(n, min_seats=_persons(a)),
         _persons_says),
    Rule("Kindersitze", lambda a: _young(a) > 0,
         lambda n, a: replace(n, child_seats=_young(a)),
         _children_says),
    Rule("Hund", lambda a: bool(_dogs(a)),
         lambda n, a: _trunk(n, DOG_TRUNK_L[_biggest_dog(a)], DOG_ACCUSATIVE[_biggest_dog(a)],
                             f"dog_{_biggest_dog(a)}"),
         _dog_says),
    Rule("Anhänger", lambda a: bool(_trailers(a)),
         lambda n, a: replace(n, towing_kg=_towing(a),
                              towing_reason=" / ".join(TRAILER_NAMES[h] for h in _trailers(a)),
                              towing_for=tuple(_trailers(a))),
         _towing_says),
    Rule("Golf", lambda a: "golf" in _hobbies(a),
         lambda n, a: _trunk(n, GOLF_TRUNK_L, "Ihr Golfbag", "golf"),
         lambda a, say: say(f"Golfbag: Kofferraum ab {GOLF_TRUNK_L} l",
                            f"Golf bag: at least {GOLF_TRUNK_L} l of boot space")),
    Rule("Musikinstrumente", lambda a: "music_instruments" in _hobbies(a),
         lambda n, a: _trunk(n, INSTRUMENTS_TRUNK_L, "Ihre Instrumente", "music_instruments"),
         lambda a, say: say(f"Instrumente transportieren: Kofferraum ab {INSTRUMENTS_TRUNK_L} l",
                            f"Carrying instruments: at least {INSTRUMENTS_TRUNK_L} l of boot "
                            "space")),
    Rule("Fahrrad", lambda a: "cycling" in _hobbies(a),
         lambda n, a: replace(n, likes_roof_rails=n.likes_roof_rails or "Fahrräder",
                              roof_rails_for=n.roof_rails_for or "cycling"),
         lambda a, say: say("Fahrräder mitnehmen: Dachreling oder Anhängerkupplung für einen "
                            "Träger", "Taking bikes along: roof rails or a tow bar for a rack")),
    Rule("Surfen", lambda a: "surfing" in _hobbies(a),
         lambda n, a: replace(n, likes_roof_rails=n.likes_roof_rails or "Surfbrett",
                              roof_rails_for=n.roof_rails_for or "surfing"),
         lambda a, say: say("Surfbrett: eine Dachreling hilft", "Surfboard: roof rails help")),
    Rule("Ski", lambda a: "skiing" in _hobbies(a),
         lambda n, a: replace(n, likes_awd="Skifahren", awd_for="skiing",
                              likes_roof_rails=n.likes_roof_rails or "Skier",
                              roof_rails_for=n.roof_rails_for or "skiing"),
         lambda a, say: say("Winterfahrten in die Berge: Allrad und Dachreling sind ein Plus",
                            "Winter trips to the mountains: all-wheel drive and roof rails are "
                            "a plus")),
    Rule("Outdoor", lambda a: "hiking_outdoor" in _hobbies(a),
         lambda n, a: replace(n, likes_awd=n.likes_awd or "Wandern und Outdoor",
                              awd_for=n.awd_for or "hiking_outdoor"),
         lambda a, say: say("Wege abseits der Straße: Allrad ist ein Plus",
                            "Off-road tracks: all-wheel drive is a plus")),
    Rule("Vielfahrer",
         lambda a: int(a.get("usage.annual_km", 0)) >= LONG_DISTANCE_KM
                   or int(a.get("usage.long_trips_per_year", 0)) >= LONG_TRIPS,
         lambda n, a: replace(n, long_distance=True),
         lambda a, say: say("Viele lange Strecken: ein sparsamer Antrieb für die Langstrecke",
                            "Many long journeys: an economical engine for long distances")),
    Rule("Elektro passt",
         lambda a: a.get("usage.home_charging") is True
                   and int(a.get("usage.daily_km", 0)) <= EV_DAILY_KM,
         lambda n, a: replace(n, ev_fit=True),
         lambda a, say: say("Laden zu Hause und überschaubare Tagesstrecken: ein Elektroauto "
                            "passt gut", "Charging at home and moderate daily distances: an "
                            "electric car suits you well")),
    Rule("Stadt", lambda a: int(a.get("usage.city_share_pct", 0)) >= CITY_SHARE,
         lambda n, a: replace(n, city_focus=True),
         lambda a, say: say(f"{a['usage.city_share_pct']} % Stadtverkehr: handlich und leicht "
                            "zu parken", f"{a['usage.city_share_pct']}% city driving: compact "
                            "and easy to park")),
    Rule("Prioritäten", lambda a: True,
         lambda n, a: replace(n, weights=_weights(a)),
         _priorities_says),
    Rule("Budget", lambda a: bool(a.get("budget.max_price_eur")),
         lambda n, a: replace(n, max_price=Decimal(a["budget.max_price_eur"])),
         lambda a, say: say(f"Höchstens {format_eur(Decimal(a['budget.max_price_eur']))}",
                            f"No more than {say.eur(Decimal(a['budget.max_price_eur']))}")),
    Rule("Zustand", lambda a: a.get("budget.condition") in ("new", "used"),
         lambda n, a: replace(n, condition=a["budget.condition"]),
         lambda a, say: say("Ein Neuwagen", "A new car") if a["budget.condition"] == "new"
                        else say("Ein Gebrauchtwagen", "A used car")),
    Rule("Antriebe", lambda a: bool(a.get("preferences.powertrains_excluded")),
         lambda n, a: replace(n, excluded_powertrains=_list(a, "preferences.powertrains_excluded")),
         lambda a, say: say("Nicht in Frage: ", "Not an option: ") + _names(
             a, "preferences.powertrains_excluded", say, _POWERTRAIN_NAMES, _POWERTRAIN_NAMES_EN)),
    Rule("Bauform", lambda a: bool(a.get("preferences.body_types")),
         lambda n, a: replace(n, body_types=_list(a, "preferences.body_types")),
         lambda a, say: say("Am liebsten: ", "Preferably: ") + _names(
             a, "preferences.body_types", say, _BODY_NAMES, BODY_TYPE_NOUNS_EN)),
    Rule("Getriebe", lambda a: a.get("preferences.transmission") in ("automatic", "manual"),
         lambda n, a: replace(n, transmission=a["preferences.transmission"]),
         lambda a, say: say("Automatik", "An automatic gearbox")
                        if a["preferences.transmission"] == "automatic"
                        else say("Schaltgetriebe", "A manual gearbox")),
    Rule("Muss haben", lambda a: bool(a.get("preferences.must_have")),
         lambda n, a: replace(n, must_have=_list(a, "preferences.must_have")),
         lambda a, say: say("Muss haben: ", "Must have: ") + _names(
             a, "preferences.must_have", say, MUST_HAVE_NAMES, MUST_HAVE_NAMES_EN)),
)
# fmt: on


def derive_needs(answers: A, lang: str = "de") -> NeedsProfile:
    """Apply every rule whose condition holds, in table order; the wishes are written in
    ``lang`` ("de" or "en"), everything else does not depend on it. ``answers`` must be
    effective answers (hidden questions dropped, defaults filled in), see
    ``Questionnaire.effective``."""
    say = words(lang)
    profile = NeedsProfile(
        annual_km=answers.get("usage.annual_km"),
        daily_km=answers.get("usage.daily_km"),
        home_charging=answers.get("usage.home_charging"),
    )
    wishes: list[str] = []
    for rule in RULES:
        if rule.when(answers):
            profile = rule.then(profile, answers)
            wishes.append(rule.says(answers, say))
    return replace(profile, wishes=tuple(wishes))
