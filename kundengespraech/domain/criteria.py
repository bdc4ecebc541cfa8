"""The one table of scoring criteria: each rates a whole catalogue at once and explains itself.

A criterion's ``rate`` gives its weight and its raw value (0..1 after clamping; NaN where the
vehicle's fact is unknown) for every row of a :class:`CatalogueIndex`. Its ``explain`` turns
the value of one vehicle into reasons for and caveats in plain German that name both the
customer's answer and the vehicle's fact. The scorer (``scoring.py``) and every explanation
use these same numbers, so the score shown and the reasons given cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

import numpy as np

from kundengespraech.domain.catalogue import (
    BODY_TYPE_LABELS,
    POWERTRAIN_LABELS,
    TOW_BAR,
    Vehicle,
)
from kundengespraech.domain.catalogue_index import (
    GEARBOXES,
    UNKNOWN,
    CatalogueIndex,
    Floats,
    transmission_of,
)
from kundengespraech.domain.formatting import format_eur, format_number
from kundengespraech.domain.needs import MUST_HAVE_NAMES, NeedsProfile
from kundengespraech.domain.wording import plural

# Energy prices used to compare running costs (€ per litre / kWh), shown nowhere as promises.
PRICE_PER_LITRE = {"petrol": 1.75, "diesel": 1.65, "hybrid": 1.75, "phev": 1.75}
PRICE_PER_KWH_HOME = 0.32
PRICE_PER_KWH_PUBLIC = 0.55
COMFORT_BY_BODY = {
    "city": 0.3, "compact": 0.55, "sedan": 0.9, "estate": 0.85, "suv": 0.85,
    "van": 0.75, "coupe": 0.5, "convertible": 0.5, "pickup": 0.4,
}  # fmt: skip
LONG_DISTANCE_BY_POWERTRAIN = {"diesel": 1.0, "hybrid": 0.85, "phev": 0.7, "petrol": 0.5}
EV_FIT_BY_POWERTRAIN = {"ev": 1.0, "phev": 0.8, "hybrid": 0.6}
EV_FIT_OTHERS = 0.4
NO_HOME_CHARGING = {"ev": 0.3, "phev": 0.4}
ASSIST_NAMES = {
    "acc": "Abstandstempomat", "lane_assist": "Spurhalteassistent",
    "emergency_brake": "Notbremsassistent", "blind_spot": "Totwinkel-Warner",
    "parking_camera": "Rückfahrkamera", "parking_sensors": "Einparkhilfe",
    "head_up": "Head-up-Display",
}  # fmt: skip
STRONG = 0.75  # a criterion at least this good becomes a reason for
WEAK = 0.35  # a criterion at most this good becomes a caveat
NOTABLE_WEIGHT = 2.0  # only criteria the customer cares about this much are explained
IMPORTANT = 4.0  # a priority rated 4 or 5 of 5 ("ist Ihnen wichtig")
LEADING = 2.6  # the slider leans clearly to safety (≤ 35) or sportiness (≥ 65)
HIGH_MILEAGE_KM = 100_000
TOWING_RESERVE = 0.05  # less spare towing capacity than this is a caveat

Said = tuple[list[str], list[str]]  # reasons for, caveats
NOTHING: Said = ([], [])


@dataclass(frozen=True, slots=True)
class Rated:
    """One criterion rated for every row: weight(s) and raw values (NaN = fact unknown).

    An unknown fact counts as an average value 0.5 with ``weight_if_unknown`` (default: the
    same weight) and costs the vehicle confidence when that weight is above zero.
    """

    weight: float | Floats
    value: Floats
    weight_if_unknown: float | None = None


Rate = Callable[[NeedsProfile, CatalogueIndex], Rated | None]  # None: does not apply to needs
Explain = Callable[[NeedsProfile, Vehicle, float, float], Said]  # (needs, v, weight, value)


@dataclass(frozen=True, slots=True)
class Criterion:
    """One line of the table; ``fact`` is what the catalogue does not say when value is NaN."""

    name: str
    fact: str
    rate: Rate
    explain: Explain


def said(
    weight: float, value: float, good: str = "", bad: str = "", notable: float = NOTABLE_WEIGHT
) -> Said:
    """A reason when the value is strong, a caveat when weak, if the criterion matters enough."""
    if weight < notable:
        return NOTHING
    return ([good] if good and value >= STRONG else []), ([bad] if bad and value <= WEAK else [])


def _n(value: float, decimals: int = 0) -> str:
    return format_number(value, decimals)


def _ones(idx: CatalogueIndex) -> Floats:
    return idx.memo("ones", lambda: np.ones(len(idx)))


def _zeros(idx: CatalogueIndex) -> Floats:
    return idx.memo("zeros", lambda: np.zeros(len(idx)))


def _only_known(fact: Floats, value: Floats | float) -> Floats:
    """``value`` where ``fact`` is known, NaN where it is not."""
    return np.where(np.isnan(fact), np.nan, value)


def _caveat_only(needs: NeedsProfile, idx: CatalogueIndex) -> Rated:
    return Rated(0.0, _zeros(idx))


# --- space ----------------------------------------------------------------------------------


def _rate_seats(needs: NeedsProfile, idx: CatalogueIndex) -> Rated | None:
    return Rated(3.0, _ones(idx)) if needs.min_seats >= 5 or needs.child_seats else None


def _explain_seats(needs: NeedsProfile, v: Vehicle, w: float, value: float) -> Said:
    return said(w, value, f"Platz für {needs.min_seats} Personen – {v.seats} Sitze")


def _rate_isofix(needs: NeedsProfile, idx: CatalogueIndex) -> Rated | None:
    if not needs.child_seats:
        return None
    return Rated(3.0, idx.memo("isofix_known", lambda: _only_known(idx.isofix, 1.0)))


def _explain_isofix(needs: NeedsProfile, v: Vehicle, w: float, value: float) -> Said:
    seats = plural(needs.child_seats, "Kindersitz", "Kindersitze")
    return said(w, value, f"{seats} – {v.isofix} Isofix-Plätze")


def _rate_trunk(needs: NeedsProfile, idx: CatalogueIndex) -> Rated | None:
    if not needs.min_trunk_l:
        return None
    wanted = needs.min_trunk_l
    return Rated(3.0, np.where(idx.trunk_l >= wanted, 1.0, (idx.trunk_l / wanted) ** 2))


def _explain_trunk(needs: NeedsProfile, v: Vehicle, w: float, value: float) -> Said:
    trunk, wanted = v.trunk_l or 0, needs.min_trunk_l or 0
    limit = f"gewünscht ab {_n(wanted)} l"
    if trunk >= wanted:
        return said(w, value, f"Platz für {needs.trunk_reason}: {_n(trunk)} l Kofferraum ({limit})")
    return [], [f"Kofferraum {_n(trunk)} l – für {needs.trunk_reason} knapp ({limit})"]


# --- towing ---------------------------------------------------------------------------------


def _rate_towing(needs: NeedsProfile, idx: CatalogueIndex) -> Rated | None:
    if not needs.towing_kg:
        return None
    return Rated(3.0, 0.7 + (idx.towing_kg / needs.towing_kg - 1))


def _explain_towing(needs: NeedsProfile, v: Vehicle, w: float, value: float) -> Said:
    towing, wanted = v.towing_kg or 0, needs.towing_kg or 0
    if towing >= wanted * (1 + TOWING_RESERVE):
        good = (f"{needs.towing_reason} mit {_n(wanted)} kg – bis {_n(towing)} kg Anhängelast"
                + (", Anhängerkupplung ab Werk" if v.tow_bar == "yes" else ""))  # fmt: skip
        return said(w, value, good, notable=0.0)
    return [], [f"Anhängelast {_n(towing)} kg – für Ihren {needs.towing_reason} mit "
                f"{_n(wanted)} kg kaum Reserve"]  # fmt: skip


def _rate_tow_bar(needs: NeedsProfile, idx: CatalogueIndex) -> Rated | None:
    if not needs.towing_kg:
        return None
    value = idx.memo("tow_bar_known", lambda: np.where(idx.tow_bar == UNKNOWN, np.nan, 0.5))
    return Rated(0.0, value, weight_if_unknown=1.0)


def _explain_tow_bar(needs: NeedsProfile, v: Vehicle, w: float, value: float) -> Said:
    if v.tow_bar == "optional":
        return [], [f"Anhängerkupplung gegen Aufpreis – für Ihren {needs.towing_reason} "
                    "bitte mitbestellen"]  # fmt: skip
    return NOTHING


# --- usage ----------------------------------------------------------------------------------


def _said_km(needs: NeedsProfile) -> str:
    if needs.annual_km:
        return f"Sie fahren {_n(needs.annual_km)} km im Jahr"
    return "Viele lange Strecken"


def _rate_long_distance(needs: NeedsProfile, idx: CatalogueIndex) -> Rated | None:
    if not needs.long_distance:
        return None

    def value() -> Floats:
        combustion = idx.by_powertrain(LONG_DISTANCE_BY_POWERTRAIN)
        return np.where(idx.is_powertrain("ev"), (idx.range_km - 250) / 250, combustion)

    return Rated(3.0, idx.memo("long_distance", value))


def _explain_long_distance(needs: NeedsProfile, v: Vehicle, w: float, value: float) -> Said:
    if v.powertrain == "ev":
        return said(w, value, f"{_said_km(needs)} – {_n(v.range_km or 0)} km Reichweite",
                    f"{_said_km(needs)} – mit {_n(v.range_km or 0)} km Reichweite auf langen "
                    "Strecken häufiger laden")  # fmt: skip
    consumption = (
        f" – {_n(v.consumption_l_100km, 1)} l/100 km Verbrauch"
        if v.consumption_l_100km is not None
        else ""
    )
    label = POWERTRAIN_LABELS[v.powertrain]
    return said(w, value, f"{_said_km(needs)}{consumption}, {label} für die Langstrecke")


def _rate_charging(needs: NeedsProfile, idx: CatalogueIndex) -> Rated | None:
    if needs.ev_fit:
        return Rated(3.0, idx.memo("ev_fit", lambda: idx.by_powertrain(EV_FIT_BY_POWERTRAIN,
                                                                       EV_FIT_OTHERS)))  # fmt: skip
    if needs.home_charging is False:
        plug = idx.memo("plug_in", lambda: np.where(idx.is_powertrain("ev", "phev"), 3.0, 0.0))
        return Rated(plug, idx.memo("no_charging", lambda: idx.by_powertrain(NO_HOME_CHARGING,
                                                                             0.5)))  # fmt: skip
    return None


def _explain_charging(needs: NeedsProfile, v: Vehicle, w: float, value: float) -> Said:
    if needs.ev_fit:
        daily = f" und fahren {_n(needs.daily_km)} km am Tag" if needs.daily_km else ""
        reach = ""
        if v.powertrain == "ev" and v.range_km:
            reach = f" – {_n(v.range_km)} km Reichweite reichen gut"
        elif v.powertrain == "phev":
            reach = " – der Plug-in-Hybrid fährt so die meisten Wege elektrisch"
        return said(w, value, f"Sie laden zu Hause{daily}{reach}")
    if v.powertrain == "ev":
        return [], ["Ohne Lademöglichkeit zu Hause laden Sie das Elektroauto an öffentlichen "
                    "Säulen – teurer und umständlicher"]  # fmt: skip
    if v.powertrain == "phev":
        return [], ["Ohne Lademöglichkeit zu Hause fährt der Plug-in-Hybrid meist mit dem "
                    "Verbrenner – sein Vorteil geht verloren"]  # fmt: skip
    return NOTHING


def _rate_daily_range(needs: NeedsProfile, idx: CatalogueIndex) -> Rated | None:
    return _caveat_only(needs, idx) if needs.daily_km else None


def _explain_daily_range(needs: NeedsProfile, v: Vehicle, w: float, value: float) -> Said:
    daily = needs.daily_km or 0
    if v.powertrain == "ev" and v.range_km and 2 * daily > v.range_km:
        return [], [f"Sie fahren {_n(daily)} km am Tag – {_n(v.range_km)} km Reichweite sind knapp"]
    return NOTHING


def _rate_city(needs: NeedsProfile, idx: CatalogueIndex) -> Rated | None:
    if not needs.city_focus:
        return None
    return Rated(2.0, idx.memo("city", lambda: (4900 - idx.length_mm) / 800))


def _explain_city(needs: NeedsProfile, v: Vehicle, w: float, value: float) -> Said:
    metres = _n((v.length_mm or 0) / 1000, 2)
    return said(w, value, f"Viel Stadtverkehr – {metres} m lang, leicht zu parken",
                f"Viel Stadtverkehr – {metres} m lang, nicht leicht zu parken")  # fmt: skip


# --- wishes ---------------------------------------------------------------------------------


def _rate_body(needs: NeedsProfile, idx: CatalogueIndex) -> Rated | None:
    if not needs.body_types:
        return None
    return Rated(3.0, np.where(idx.is_body(*sorted(needs.body_types)), 1.0, 0.2))


def _explain_body(needs: NeedsProfile, v: Vehicle, w: float, value: float) -> Said:
    label = BODY_TYPE_LABELS[v.body_type]
    wished = ", ".join(BODY_TYPE_LABELS[b] for b in sorted(needs.body_types))
    return said(w, value, f"Sie wünschen sich: {wished} – Bauform {label}",
                f"{label} statt der gewünschten Bauform ({wished})")  # fmt: skip


def _rate_awd(needs: NeedsProfile, idx: CatalogueIndex) -> Rated | None:
    if not needs.likes_awd:
        return None
    value = idx.memo("awd", lambda: _only_known(idx.awd, np.where(idx.awd == 1, 1.0, 0.3)))
    return Rated(2.0, value, weight_if_unknown=1.5)


def _explain_awd(needs: NeedsProfile, v: Vehicle, w: float, value: float) -> Said:
    return said(w, value, f"{needs.likes_awd}: mit Allradantrieb",
                f"{needs.likes_awd}: ohne Allradantrieb")  # fmt: skip


def _rate_roof_rails(needs: NeedsProfile, idx: CatalogueIndex) -> Rated | None:
    if not needs.likes_roof_rails:
        return None
    value = idx.memo("roof", lambda: _only_known(idx.roof_rails, np.where(idx.roof_rails == 1,
                                                                          1.0, 0.4)))  # fmt: skip
    return Rated(2.0, value, weight_if_unknown=1.0)


def _explain_roof_rails(needs: NeedsProfile, v: Vehicle, w: float, value: float) -> Said:
    if v.roof_rails:
        return said(w, value, f"{needs.likes_roof_rails}: mit Dachreling")
    return [], [f"{needs.likes_roof_rails}: ohne Dachreling"]


def _rate_gearbox(needs: NeedsProfile, idx: CatalogueIndex) -> Rated | None:
    if not needs.transmission:
        return None
    wanted = GEARBOXES.index(needs.transmission)
    return Rated(2.0, np.where(idx.gearbox == UNKNOWN, np.nan, idx.gearbox == wanted))


def _explain_gearbox(needs: NeedsProfile, v: Vehicle, w: float, value: float) -> Said:
    if needs.transmission == "automatic":
        return said(w, value, "Automatik, wie gewünscht",
                    "Schaltgetriebe – Sie wünschen eine Automatik")  # fmt: skip
    return said(w, value, "Schaltgetriebe, wie gewünscht",
                "Nur mit Automatik – Sie wünschen ein Schaltgetriebe")  # fmt: skip


def _rate_must_have(item: str, fact: Callable[[CatalogueIndex], Floats]) -> Rate:
    """A must-have the catalogue does not state: not excluded, but costs confidence.

    Where the fact is known the weight is zero, so the value may hold the fact itself
    (1.0: has it, 0.0: lacks it) for the explanation.
    """

    def rate(needs: NeedsProfile, idx: CatalogueIndex) -> Rated | None:
        if item not in needs.must_have:
            return None
        return Rated(0.0, idx.memo(f"has_{item}", lambda: fact(idx)), weight_if_unknown=1.0)

    return rate


def _explain_nothing(needs: NeedsProfile, v: Vehicle, w: float, value: float) -> Said:
    return NOTHING


def _explain_must_have(item: str) -> Explain:
    def explain(needs: NeedsProfile, v: Vehicle, w: float, value: float) -> Said:
        if not value:
            return NOTHING
        if item == "tow_bar" and v.tow_bar == "optional":
            if needs.towing_kg:  # the towing criterion already says so
                return NOTHING
            return [], ["Ihr Muss: Anhängerkupplung – gibt es gegen Aufpreis, bitte mitbestellen"]
        return [f"Ihr Muss: {MUST_HAVE_NAMES[item]} – ist an Bord"], []

    return explain


def _has_tow_bar(idx: CatalogueIndex) -> Floats:
    return np.where(idx.tow_bar == UNKNOWN, np.nan, idx.tow_bar != TOW_BAR.index("no"))


def _has_isofix(idx: CatalogueIndex) -> Floats:
    return _only_known(idx.isofix, np.where(idx.isofix > 0, 1.0, 0.0))


def _rate_condition(needs: NeedsProfile, idx: CatalogueIndex) -> Rated | None:
    if not needs.condition:
        return None
    value = idx.memo("condition_known", lambda: np.where(idx.condition == UNKNOWN, np.nan, 0.5))
    return Rated(0.0, value, weight_if_unknown=1.0)


# --- priorities -----------------------------------------------------------------------------


def _rate_crash_test(needs: NeedsProfile, idx: CatalogueIndex) -> Rated | None:
    return Rated(needs.weights.safety * 0.6, idx.memo("ncap", lambda: idx.ncap_stars / 5))


def _explain_crash_test(needs: NeedsProfile, v: Vehicle, w: float, value: float) -> Said:
    stars = f"{v.ncap_stars} Sterne im Crashtest (Euro NCAP)"
    return said(w, value, f"Sicherheit ist Ihnen wichtig – {stars}",
                f"Sicherheit ist Ihnen wichtig – nur {stars}", notable=LEADING * 0.6)  # fmt: skip


def _rate_assist(needs: NeedsProfile, idx: CatalogueIndex) -> Rated | None:
    return Rated(needs.weights.safety * 0.4, idx.memo("assist", lambda: idx.assist_count / 4))


def _explain_assist(needs: NeedsProfile, v: Vehicle, w: float, value: float) -> Said:
    systems = v.assist or ()
    names = ", ".join(ASSIST_NAMES.get(s, s) for s in systems)
    count = plural(len(systems), "Assistenzsystem", "Assistenzsysteme")
    bad = (f"Sicherheit ist Ihnen wichtig – nur {count} ({names})" if systems
           else "Sicherheit ist Ihnen wichtig – keine Assistenzsysteme an Bord")  # fmt: skip
    return said(w, value, f"Sicherheit ist Ihnen wichtig – {count}: {names}", bad,
                notable=LEADING * 0.4)  # fmt: skip


def sport_value(idx: CatalogueIndex) -> Floats:
    """Power, acceleration and a bonus for coupés and cabrios; NaN when neither is known."""

    def compute() -> Floats:
        power = np.where(np.isnan(idx.power_kw), 0.5, np.clip((idx.power_kw - 60) / 200, 0, 1))
        accel = np.where(np.isnan(idx.accel_s), power, np.clip((12.5 - idx.accel_s) / 8, 0, 1))
        body = np.where(idx.is_body("coupe", "convertible"), 0.2, 0.0)
        both_unknown = np.isnan(idx.power_kw) & np.isnan(idx.accel_s)
        return np.where(both_unknown, np.nan, 0.5 * power + 0.5 * accel + body)

    return idx.memo("sport", compute)


def _rate_sport(needs: NeedsProfile, idx: CatalogueIndex) -> Rated | None:
    return Rated(needs.weights.sport, sport_value(idx))


def _explain_sport(needs: NeedsProfile, v: Vehicle, w: float, value: float) -> Said:
    facts = []
    if v.power_kw is not None:
        facts.append(f"{_n(v.power_kw)} kW ({_n(v.power_kw * 1.36)} PS)")
    if v.accel_0_100_s is not None:
        facts.append(f"0–100 km/h in {_n(v.accel_0_100_s, 1)} s")
    text = ", ".join(facts)
    return said(w, value, f"Sportlichkeit ist Ihnen wichtig – {text}",
                f"Sportlichkeit ist Ihnen wichtig – eher gemütlich motorisiert: {text}",
                notable=LEADING)  # fmt: skip


def _rate_comfort(needs: NeedsProfile, idx: CatalogueIndex) -> Rated | None:
    return Rated(needs.weights.comfort, idx.memo("comfort", lambda: idx.by_body(COMFORT_BY_BODY)))


def _explain_comfort(needs: NeedsProfile, v: Vehicle, w: float, value: float) -> Said:
    label = BODY_TYPE_LABELS[v.body_type]
    return said(w, value, f"Komfort ist Ihnen wichtig – {label} mit Platz für lange Fahrten",
                f"Komfort ist Ihnen wichtig – als {label} auf langen Strecken weniger bequem",
                notable=IMPORTANT)  # fmt: skip


def energy_cost_per_100km(idx: CatalogueIndex, home_charging: bool | None) -> Floats:
    """Euros of fuel or electricity per 100 km (EVs at home or public prices); NaN: unknown."""
    kwh_price = PRICE_PER_KWH_HOME if home_charging else PRICE_PER_KWH_PUBLIC

    def compute() -> Floats:
        fuel = idx.consumption_l * idx.by_powertrain(PRICE_PER_LITRE)
        return np.where(idx.is_powertrain("ev"), idx.consumption_kwh * kwh_price, fuel)

    return idx.memo(f"energy_cost_{kwh_price}", compute)


def consumption_text(v: Vehicle) -> str:
    if v.powertrain == "ev":
        return f"{_n(v.consumption_kwh_100km or 0, 1)} kWh/100 km"
    return f"{_n(v.consumption_l_100km or 0, 1)} l/100 km"


def energy_cost_of(needs: NeedsProfile, v: Vehicle) -> float:
    """Euros per 100 km of one vehicle whose consumption is known (same prices as above)."""
    if v.powertrain == "ev":
        price = PRICE_PER_KWH_HOME if needs.home_charging else PRICE_PER_KWH_PUBLIC
        return (v.consumption_kwh_100km or 0) * price
    return (v.consumption_l_100km or 0) * PRICE_PER_LITRE[v.powertrain]


def _rate_energy(needs: NeedsProfile, idx: CatalogueIndex) -> Rated | None:
    cost = energy_cost_per_100km(idx, needs.home_charging)
    value = idx.memo(f"energy_value_{bool(needs.home_charging)}", lambda: (15 - cost) / 10)
    return Rated(needs.weights.economy * 0.7, value)


def _explain_energy(needs: NeedsProfile, v: Vehicle, w: float, value: float) -> Said:
    yearly = ""
    if needs.annual_km:
        euros = energy_cost_of(needs, v) * needs.annual_km / 100
        yearly = f", bei {_n(needs.annual_km)} km im Jahr etwa {_n(euros)} € Energie"
    text = consumption_text(v) + yearly
    return said(w, value, f"Günstig im Unterhalt – {text}", f"Höhere Energiekosten – {text}",
                notable=IMPORTANT * 0.7)  # fmt: skip


def _rate_price(needs: NeedsProfile, idx: CatalogueIndex) -> Rated | None:
    if not needs.max_price:
        return None
    return Rated(needs.weights.economy * 0.3, 1.5 * (1 - idx.price / float(needs.max_price)) + 0.3)


def _explain_price(needs: NeedsProfile, v: Vehicle, w: float, value: float) -> Said:
    budget, price = format_eur(needs.max_price or Decimal(0)), format_eur(v.price_eur)
    return said(w, value, f"Ihr Budget: bis {budget} – mit {price} deutlich darunter",
                f"Ihr Budget: bis {budget} – {price} schöpfen es fast ganz aus",
                notable=IMPORTANT * 0.3)  # fmt: skip


def _rate_eco(needs: NeedsProfile, idx: CatalogueIndex) -> Rated | None:
    def value() -> Floats:
        return np.where(idx.is_powertrain("ev"), 1.0, (190 - idx.co2_g_km) / 140)

    return Rated(needs.weights.eco, idx.memo("eco", value))


def _explain_eco(needs: NeedsProfile, v: Vehicle, w: float, value: float) -> Said:
    if v.powertrain == "ev":
        return said(w, value, "Die Umwelt ist Ihnen wichtig – fährt lokal ohne Abgase",
                    notable=IMPORTANT)  # fmt: skip
    return said(w, value, f"Die Umwelt ist Ihnen wichtig – nur {_n(v.co2_g_km or 0)} g CO₂ je km",
                f"Die Umwelt ist Ihnen wichtig – {_n(v.co2_g_km or 0)} g CO₂ je km sind eher viel",
                notable=IMPORTANT)  # fmt: skip


def _explain_mileage(needs: NeedsProfile, v: Vehicle, w: float, value: float) -> Said:
    if v.mileage_km is not None and v.mileage_km > HIGH_MILEAGE_KM:
        return [], [f"Bereits {_n(v.mileage_km)} km gelaufen"]
    return NOTHING


def _must(item: str, fact: Callable[[CatalogueIndex], Floats], name: str) -> Criterion:
    return Criterion(f"Muss: {MUST_HAVE_NAMES[item]}", name, _rate_must_have(item, fact),
                     _explain_must_have(item))  # fmt: skip


# fmt: off
CRITERIA: tuple[Criterion, ...] = (
    Criterion("Sitze", "", _rate_seats, _explain_seats),
    Criterion("Isofix", "Zahl der Isofix-Plätze", _rate_isofix, _explain_isofix),
    Criterion("Kofferraum", "Kofferraumvolumen", _rate_trunk, _explain_trunk),
    Criterion("Anhängelast", "Anhängelast", _rate_towing, _explain_towing),
    Criterion("Anhängerkupplung", "Anhängerkupplung", _rate_tow_bar, _explain_tow_bar),
    Criterion("Langstrecke", "Reichweite", _rate_long_distance, _explain_long_distance),
    Criterion("Laden", "", _rate_charging, _explain_charging),
    Criterion("Tagesstrecke", "", _rate_daily_range, _explain_daily_range),
    Criterion("Stadt", "Länge", _rate_city, _explain_city),
    Criterion("Bauform", "", _rate_body, _explain_body),
    Criterion("Allrad", "Allradantrieb", _rate_awd, _explain_awd),
    Criterion("Dachreling", "Dachreling", _rate_roof_rails, _explain_roof_rails),
    Criterion("Getriebe", "Getriebeart", _rate_gearbox, _explain_gearbox),
    _must("tow_bar", _has_tow_bar, "Anhängerkupplung"),
    _must("awd", lambda idx: idx.awd, "Allradantrieb"),
    _must("roof_rails", lambda idx: idx.roof_rails, "Dachreling"),
    _must("isofix", _has_isofix, "Zahl der Isofix-Plätze"),
    _must("adaptive_cruise", lambda idx: idx.has_acc, "Assistenzsysteme"),
    _must("parking_camera", lambda idx: idx.has_parking_camera, "Assistenzsysteme"),
    _must("blind_spot", lambda idx: idx.has_blind_spot, "Assistenzsysteme"),
    Criterion("Zustand", "Zustand (neu oder gebraucht)", _rate_condition, _explain_nothing),
    Criterion("Crashtest", "Crashtest-Ergebnis", _rate_crash_test, _explain_crash_test),
    Criterion("Assistenz", "Assistenzsysteme", _rate_assist, _explain_assist),
    Criterion("Sportlichkeit", "Leistung", _rate_sport, _explain_sport),
    Criterion("Komfort", "", _rate_comfort, _explain_comfort),
    Criterion("Energiekosten", "Verbrauch", _rate_energy, _explain_energy),
    Criterion("Preis", "", _rate_price, _explain_price),
    Criterion("Umwelt", "CO₂-Ausstoß", _rate_eco, _explain_eco),
    Criterion("Laufleistung", "", _caveat_only, _explain_mileage),
)
# fmt: on

__all__ = ["CRITERIA", "Criterion", "Rated", "said", "transmission_of"]
