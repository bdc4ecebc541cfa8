"""Criteria of the customer's priorities: safety, sportiness, comfort, costs and environment."""

from __future__ import annotations

from decimal import Decimal

import numpy as np

from kundengespraech.domain.catalogue import BODY_TYPE_LABELS, BODY_TYPE_WITH_ARTICLE_EN, Vehicle
from kundengespraech.domain.catalogue_index import CatalogueIndex, Floats
from kundengespraech.domain.criterion import (
    NO_FACT,
    NOTHING,
    Criterion,
    Rated,
    Said,
    caveat_only,
    said,
)
from kundengespraech.domain.formatting import horsepower
from kundengespraech.domain.must_haves import ASSISTANCE
from kundengespraech.domain.needs import NeedsProfile
from kundengespraech.domain.phrases import Text, Words, capitalised, words
from kundengespraech.domain.tuning import (
    ASSIST_FULL_COUNT,
    ASSIST_SHARE,
    CO2_HIGH_G_KM,
    CO2_LOW_G_KM,
    COMFORT_BY_BODY,
    CRASH_TEST_SHARE,
    ENERGY_COST_HIGH_EUR,
    ENERGY_COST_LOW_EUR,
    ENERGY_SHARE,
    HIGH_MILEAGE_KM,
    IMPORTANT,
    LEADING,
    MINOR_WEIGHT,
    NCAP_MAX_STARS,
    PLUG_IN_UNCHARGED,
    PRICE_AT_BUDGET,
    PRICE_PER_KWH_HOME,
    PRICE_PER_KWH_PUBLIC,
    PRICE_PER_LITRE,
    PRICE_SHARE,
    PRICE_SLOPE,
    SPORT_ACCEL_SHARE,
    SPORT_ACCEL_SLOW_S,
    SPORT_ACCEL_SPAN_S,
    SPORT_BODIES,
    SPORT_BODY_BONUS,
    SPORT_POWER_FROM_KW,
    SPORT_POWER_IF_UNKNOWN,
    SPORT_POWER_SHARE,
    SPORT_POWER_SPAN_KW,
    STRONG,
    WEAK,
)
from kundengespraech.domain.wording import plural

__all__ = [
    "COMFORT_BY_BODY",
    "PRICE_PER_KWH_HOME",
    "PRICE_PER_KWH_PUBLIC",
    "PRICE_PER_LITRE",
    "PRIORITY_CRITERIA",
    "consumption_text",
    "energy_cost_of",
    "energy_cost_per_100km",
    "sport_value",
]

ASSIST_NAMES = {
    "acc": "Abstandstempomat", "lane_assist": "Spurhalteassistent",
    "emergency_brake": "Notbremsassistent", "blind_spot": "Totwinkel-Warner",
    "parking_camera": "Rückfahrkamera", "parking_sensors": "Einparkhilfe",
    "head_up": "Head-up-Display",
}  # fmt: skip
ASSIST_NAMES_EN = {
    "acc": "adaptive cruise control", "lane_assist": "lane keeping assist",
    "emergency_brake": "emergency braking", "blind_spot": "blind-spot warning",
    "parking_camera": "reversing camera", "parking_sensors": "parking sensors",
    "head_up": "head-up display",
}  # fmt: skip

# What the catalogue may not say (named in the "unknown" caveat)
CRASH_TEST = Text("Crashtest-Ergebnis", "crash test result")
POWER = Text("Leistung", "power")
CONSUMPTION = Text("Verbrauch", "consumption")
CO2 = Text("CO₂-Ausstoß", "CO₂ emissions")


def _rate_crash_test(needs: NeedsProfile, idx: CatalogueIndex) -> Rated | None:
    return Rated(
        needs.weights.safety * CRASH_TEST_SHARE,
        idx.memo("ncap", lambda: idx.ncap_stars / NCAP_MAX_STARS),
    )


def _explain_crash_test(
    needs: NeedsProfile, v: Vehicle, w: float, value: float, say: Words
) -> Said:
    stars = say(
        f"{v.ncap_stars} Sterne im Crashtest (Euro NCAP)",
        f"{plural(v.ncap_stars or 0, 'star', 'stars')} in the Euro NCAP crash test",
    )
    safety = say("Sicherheit ist Ihnen wichtig", "Safety matters to you")
    return said(w, value, f"{safety} – {stars}", f"{safety} – {say('nur', 'only')} {stars}",
                notable=LEADING * CRASH_TEST_SHARE, plain_good=stars,
                plain_bad=f"{say('Nur', 'Only')} {stars}")  # fmt: skip


def _rate_assist(needs: NeedsProfile, idx: CatalogueIndex) -> Rated | None:
    return Rated(
        needs.weights.safety * ASSIST_SHARE,
        idx.memo("assist", lambda: idx.assist_count / ASSIST_FULL_COUNT),
    )


def _explain_assist(needs: NeedsProfile, v: Vehicle, w: float, value: float, say: Words) -> Said:
    systems = v.assist or ()
    names = ", ".join(say(ASSIST_NAMES.get(s, s), ASSIST_NAMES_EN.get(s, s)) for s in systems)
    count = say(
        plural(len(systems), "Assistenzsystem", "Assistenzsysteme"),
        plural(len(systems), "driver assistance system", "driver assistance systems"),
    )
    few = (
        say(f"nur {count} ({names})", f"only {count} ({names})")
        if systems
        else say("keine Assistenzsysteme an Bord", "no driver assistance systems on board")
    )
    safety = say("Sicherheit ist Ihnen wichtig", "Safety matters to you")
    return said(w, value, f"{safety} – {count}: {names}", f"{safety} – {few}",
                notable=LEADING * ASSIST_SHARE, plain_good=f"{count}: {names}",
                plain_bad=capitalised(few))  # fmt: skip


def sport_value(idx: CatalogueIndex) -> Floats:
    """Power, acceleration and a bonus for coupés and cabrios; NaN when neither is known."""

    def compute() -> Floats:
        by_power = np.clip((idx.power_kw - SPORT_POWER_FROM_KW) / SPORT_POWER_SPAN_KW, 0, 1)
        power = np.where(np.isnan(idx.power_kw), SPORT_POWER_IF_UNKNOWN, by_power)
        by_accel = np.clip((SPORT_ACCEL_SLOW_S - idx.accel_s) / SPORT_ACCEL_SPAN_S, 0, 1)
        accel = np.where(np.isnan(idx.accel_s), power, by_accel)
        body = np.where(idx.is_body(*SPORT_BODIES), SPORT_BODY_BONUS, 0.0)
        both_unknown = np.isnan(idx.power_kw) & np.isnan(idx.accel_s)
        value = SPORT_POWER_SHARE * power + SPORT_ACCEL_SHARE * accel + body
        return np.where(both_unknown, np.nan, value)

    return idx.memo("sport", compute)


def _rate_sport(needs: NeedsProfile, idx: CatalogueIndex) -> Rated | None:
    return Rated(needs.weights.sport, sport_value(idx))


def _explain_sport(needs: NeedsProfile, v: Vehicle, w: float, value: float, say: Words) -> Said:
    facts = []
    if v.power_kw is not None:
        kw, ps = say.num(v.power_kw), say.num(horsepower(v.power_kw))
        facts.append(say(f"{kw} kW ({ps} PS)", f"{kw} kW ({ps} hp)"))
    if v.accel_0_100_s is not None:
        facts.append(f"0–100 km/h in {say.num(v.accel_0_100_s, 1)} s")
    text = ", ".join(facts)
    sport = say("Sportlichkeit ist Ihnen wichtig", "Sportiness matters to you")
    return said(w, value, f"{sport} – {text}",
                say(f"{sport} – eher gemütlich motorisiert: {text}",
                    f"{sport} – rather modestly powered: {text}"),
                notable=LEADING,
                plain_good=say(f"Kräftig motorisiert – {text}", f"Powerful engine – {text}"),
                plain_bad=say(f"Eher gemütlich motorisiert – {text}",
                              f"Rather modestly powered – {text}"))  # fmt: skip


def _rate_comfort(needs: NeedsProfile, idx: CatalogueIndex) -> Rated | None:
    return Rated(needs.weights.comfort, idx.memo("comfort", lambda: idx.by_body(COMFORT_BY_BODY)))


def _explain_comfort(needs: NeedsProfile, v: Vehicle, w: float, value: float, say: Words) -> Said:
    good = say(
        f"{BODY_TYPE_LABELS[v.body_type]} mit Platz für lange Fahrten",
        f"{BODY_TYPE_WITH_ARTICLE_EN[v.body_type]}, roomy enough for long journeys",
    )
    bad = say(
        f"als {BODY_TYPE_LABELS[v.body_type]} auf langen Strecken weniger bequem",
        f"as {BODY_TYPE_WITH_ARTICLE_EN[v.body_type]}, less comfortable on long journeys",
    )
    comfort = say("Komfort ist Ihnen wichtig", "Comfort matters to you")
    return said(w, value, f"{comfort} – {good}", f"{comfort} – {bad}", notable=IMPORTANT,
                plain_good=capitalised(good), plain_bad=capitalised(bad))  # fmt: skip


def energy_cost_per_100km(idx: CatalogueIndex, home_charging: bool | None) -> Floats:
    """Euros of fuel or electricity per 100 km (EVs at home or public prices); NaN: unknown."""
    kwh_price = PRICE_PER_KWH_HOME if home_charging else PRICE_PER_KWH_PUBLIC

    def compute() -> Floats:
        fuel = idx.consumption_l * idx.by_powertrain(PRICE_PER_LITRE)
        return np.where(idx.is_powertrain("ev"), idx.consumption_kwh * kwh_price, fuel)

    return idx.memo(f"energy_cost_{kwh_price}", compute)


def consumption_text(v: Vehicle, lang: str = "de") -> str:
    """``"5,2 l/100 km"`` / ``"16,8 kWh/100 km"`` (English: ``"5.2 l/100 km"``)."""
    say = words(lang)
    if v.powertrain == "ev":
        return f"{say.num(v.consumption_kwh_100km or 0, 1)} kWh/100 km"
    return f"{say.num(v.consumption_l_100km or 0, 1)} l/100 km"


def energy_cost_of(needs: NeedsProfile, v: Vehicle) -> float:
    """Euros per 100 km of one vehicle whose consumption is known (same prices as above)."""
    if v.powertrain == "ev":
        price = PRICE_PER_KWH_HOME if needs.home_charging else PRICE_PER_KWH_PUBLIC
        return (v.consumption_kwh_100km or 0) * price
    return (v.consumption_l_100km or 0) * PRICE_PER_LITRE[v.powertrain]


def _uncharged_plug_in(idx: CatalogueIndex, needs: NeedsProfile, value: Floats) -> Floats:
    """Without a charger at home a plug-in hybrid runs mostly on fuel: its rated (charged)
    consumption and CO₂ count as no better than average (``PLUG_IN_UNCHARGED``)."""
    if needs.home_charging:
        return value
    return np.where(idx.is_powertrain("phev"), np.minimum(value, PLUG_IN_UNCHARGED), value)


def _rate_energy(needs: NeedsProfile, idx: CatalogueIndex) -> Rated | None:
    home = bool(needs.home_charging)
    cost = energy_cost_per_100km(idx, needs.home_charging)
    value = idx.memo(
        f"energy_value_{home}",
        lambda: _uncharged_plug_in(
            idx, needs, (ENERGY_COST_HIGH_EUR - cost) / (ENERGY_COST_HIGH_EUR - ENERGY_COST_LOW_EUR)
        ),
    )
    return Rated(needs.weights.economy * ENERGY_SHARE, value)


def _explain_energy(needs: NeedsProfile, v: Vehicle, w: float, value: float, say: Words) -> Said:
    consumption = consumption_text(v, say.lang)
    yearly = ""
    if needs.annual_km:
        km = say.num(needs.annual_km)
        euros = say.num(energy_cost_of(needs, v) * needs.annual_km / 100)
        yearly = say(f", bei {km} km im Jahr etwa {euros} € Energie",
                     f", about €{euros} a year for energy at {km} km")  # fmt: skip
    text = consumption + yearly
    good = say(f"Günstig im Unterhalt – {text}", f"Cheap to run – {text}")
    bad = say(f"Höhere Energiekosten – {text}", f"Higher energy costs – {text}")
    reasons, caveats = said(w, value, good, bad, plain_good=good, plain_bad=bad)
    if v.powertrain == "phev" and needs.home_charging is None and w >= MINOR_WEIGHT:
        caveats.append(
            say(
                f"{consumption} nur, wenn Sie den Plug-in-Hybrid regelmäßig laden",
                f"{consumption} only if you charge the plug-in hybrid regularly",
            )
        )
    return reasons, caveats


def _rate_price(needs: NeedsProfile, idx: CatalogueIndex) -> Rated | None:
    if not needs.max_price:
        return None
    saved = 1 - idx.price / float(needs.max_price)  # share of the budget left over
    return Rated(needs.weights.economy * PRICE_SHARE, PRICE_SLOPE * saved + PRICE_AT_BUDGET)


def _explain_price(needs: NeedsProfile, v: Vehicle, w: float, value: float, say: Words) -> Said:
    """The budget is the customer's own answer: always say how the price relates to it."""
    budget, price = say.eur(needs.max_price or Decimal(0)), say.eur(v.price_eur)
    yours = say(f"Ihr Budget: bis {budget}", f"Your budget: up to {budget}")
    if value <= WEAK:
        return [], [say(f"{yours} – {price} schöpfen es fast ganz aus",
                        f"{yours} – {price} uses almost all of it")]  # fmt: skip
    if value >= STRONG:
        return [say(f"{yours} – mit {price} deutlich darunter",
                    f"{yours} – at {price} well below it")], []  # fmt: skip
    room = say.eur((needs.max_price or Decimal(0)) - v.price_eur)
    return [say(f"{yours} – mit {price} noch {room} Luft",
                f"{yours} – at {price} you still have {room} to spare")], []  # fmt: skip


def _rate_eco(needs: NeedsProfile, idx: CatalogueIndex) -> Rated | None:
    def value() -> Floats:
        rated = np.where(
            idx.is_powertrain("ev"),
            1.0,
            (CO2_HIGH_G_KM - idx.co2_g_km) / (CO2_HIGH_G_KM - CO2_LOW_G_KM),
        )
        return _uncharged_plug_in(idx, needs, rated)

    return Rated(needs.weights.eco, idx.memo(f"eco_{bool(needs.home_charging)}", value))


def _explain_eco(needs: NeedsProfile, v: Vehicle, w: float, value: float, say: Words) -> Said:
    eco = say("Die Umwelt ist Ihnen wichtig", "The environment matters to you")
    if v.powertrain == "ev":
        clean = say("fährt lokal ohne Abgase", "no exhaust emissions where you drive")
        return said(w, value, f"{eco} – {clean}", notable=IMPORTANT,
                    plain_good=capitalised(clean))  # fmt: skip
    co2 = say(f"{say.num(v.co2_g_km or 0)} g CO₂ je km", f"{say.num(v.co2_g_km or 0)} g CO₂ per km")
    return said(w, value, say(f"{eco} – nur {co2}", f"{eco} – only {co2}"),
                say(f"{eco} – {co2} sind eher viel", f"{eco} – {co2} is rather a lot"),
                notable=IMPORTANT, plain_good=say(f"Nur {co2}", f"Only {co2}"),
                plain_bad=say(f"{co2} – eher viel", f"{co2} – rather a lot"))  # fmt: skip


def _explain_mileage(needs: NeedsProfile, v: Vehicle, w: float, value: float, say: Words) -> Said:
    if v.mileage_km is not None and v.mileage_km > HIGH_MILEAGE_KM:
        km = say.num(v.mileage_km)
        return [], [say(f"Bereits {km} km gelaufen", f"Already {km} km on the clock")]
    return NOTHING


# fmt: off
PRIORITY_CRITERIA: tuple[Criterion, ...] = (
    Criterion("Crashtest", CRASH_TEST, _rate_crash_test, _explain_crash_test),
    Criterion("Assistenz", ASSISTANCE, _rate_assist, _explain_assist),
    Criterion("Sportlichkeit", POWER, _rate_sport, _explain_sport),
    Criterion("Komfort", NO_FACT, _rate_comfort, _explain_comfort),
    Criterion("Energiekosten", CONSUMPTION, _rate_energy, _explain_energy),
    Criterion("Preis", NO_FACT, _rate_price, _explain_price),
    Criterion("Umwelt", CO2, _rate_eco, _explain_eco),
    Criterion("Laufleistung", NO_FACT, caveat_only, _explain_mileage),
)
# fmt: on
