"""Criteria of the customer's priorities: safety, sportiness, comfort, costs and environment."""

from __future__ import annotations

from decimal import Decimal

import numpy as np

from kundengespraech.domain.catalogue import BODY_TYPE_LABELS, Vehicle
from kundengespraech.domain.catalogue_index import CatalogueIndex, Floats
from kundengespraech.domain.criterion import (
    IMPORTANT,
    LEADING,
    MINOR_WEIGHT,
    NOTHING,
    STRONG,
    WEAK,
    Criterion,
    Rated,
    Said,
    caveat_only,
    num,
    said,
)
from kundengespraech.domain.formatting import format_eur
from kundengespraech.domain.needs import NeedsProfile
from kundengespraech.domain.wording import plural

# Energy prices used to compare running costs (€ per litre / kWh), shown nowhere as promises.
PRICE_PER_LITRE = {"petrol": 1.75, "diesel": 1.65, "hybrid": 1.75, "phev": 1.75}
PRICE_PER_KWH_HOME = 0.32
PRICE_PER_KWH_PUBLIC = 0.55
COMFORT_BY_BODY = {
    "city": 0.3, "compact": 0.55, "sedan": 0.9, "estate": 0.85, "suv": 0.85,
    "van": 0.75, "coupe": 0.5, "convertible": 0.5, "pickup": 0.4,
}  # fmt: skip
ASSIST_NAMES = {
    "acc": "Abstandstempomat", "lane_assist": "Spurhalteassistent",
    "emergency_brake": "Notbremsassistent", "blind_spot": "Totwinkel-Warner",
    "parking_camera": "Rückfahrkamera", "parking_sensors": "Einparkhilfe",
    "head_up": "Head-up-Display",
}  # fmt: skip
HIGH_MILEAGE_KM = 100_000
PLUG_IN_UNCHARGED = 0.5  # the best a plug-in hybrid rates on costs and CO₂ without home charging


def _rate_crash_test(needs: NeedsProfile, idx: CatalogueIndex) -> Rated | None:
    return Rated(needs.weights.safety * 0.6, idx.memo("ncap", lambda: idx.ncap_stars / 5))


def _explain_crash_test(needs: NeedsProfile, v: Vehicle, w: float, value: float) -> Said:
    stars = f"{v.ncap_stars} Sterne im Crashtest (Euro NCAP)"
    return said(w, value, f"Sicherheit ist Ihnen wichtig – {stars}",
                f"Sicherheit ist Ihnen wichtig – nur {stars}", notable=LEADING * 0.6,
                plain_good=stars, plain_bad=f"Nur {stars}")  # fmt: skip


def _rate_assist(needs: NeedsProfile, idx: CatalogueIndex) -> Rated | None:
    return Rated(needs.weights.safety * 0.4, idx.memo("assist", lambda: idx.assist_count / 4))


def _explain_assist(needs: NeedsProfile, v: Vehicle, w: float, value: float) -> Said:
    systems = v.assist or ()
    names = ", ".join(ASSIST_NAMES.get(s, s) for s in systems)
    count = plural(len(systems), "Assistenzsystem", "Assistenzsysteme")
    few = f"nur {count} ({names})" if systems else "keine Assistenzsysteme an Bord"
    return said(w, value, f"Sicherheit ist Ihnen wichtig – {count}: {names}",
                f"Sicherheit ist Ihnen wichtig – {few}", notable=LEADING * 0.4,
                plain_good=f"{count}: {names}", plain_bad=few[0].upper() + few[1:])  # fmt: skip


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
        facts.append(f"{num(v.power_kw)} kW ({num(v.power_kw * 1.36)} PS)")
    if v.accel_0_100_s is not None:
        facts.append(f"0–100 km/h in {num(v.accel_0_100_s, 1)} s")
    text = ", ".join(facts)
    return said(w, value, f"Sportlichkeit ist Ihnen wichtig – {text}",
                f"Sportlichkeit ist Ihnen wichtig – eher gemütlich motorisiert: {text}",
                notable=LEADING, plain_good=f"Kräftig motorisiert – {text}",
                plain_bad=f"Eher gemütlich motorisiert – {text}")  # fmt: skip


def _rate_comfort(needs: NeedsProfile, idx: CatalogueIndex) -> Rated | None:
    return Rated(needs.weights.comfort, idx.memo("comfort", lambda: idx.by_body(COMFORT_BY_BODY)))


def _explain_comfort(needs: NeedsProfile, v: Vehicle, w: float, value: float) -> Said:
    label = BODY_TYPE_LABELS[v.body_type]
    return said(w, value, f"Komfort ist Ihnen wichtig – {label} mit Platz für lange Fahrten",
                f"Komfort ist Ihnen wichtig – als {label} auf langen Strecken weniger bequem",
                notable=IMPORTANT, plain_good=f"{label} mit Platz für lange Fahrten",
                plain_bad=f"Als {label} auf langen Strecken weniger bequem")  # fmt: skip


def energy_cost_per_100km(idx: CatalogueIndex, home_charging: bool | None) -> Floats:
    """Euros of fuel or electricity per 100 km (EVs at home or public prices); NaN: unknown."""
    kwh_price = PRICE_PER_KWH_HOME if home_charging else PRICE_PER_KWH_PUBLIC

    def compute() -> Floats:
        fuel = idx.consumption_l * idx.by_powertrain(PRICE_PER_LITRE)
        return np.where(idx.is_powertrain("ev"), idx.consumption_kwh * kwh_price, fuel)

    return idx.memo(f"energy_cost_{kwh_price}", compute)


def consumption_text(v: Vehicle) -> str:
    if v.powertrain == "ev":
        return f"{num(v.consumption_kwh_100km or 0, 1)} kWh/100 km"
    return f"{num(v.consumption_l_100km or 0, 1)} l/100 km"


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
        f"energy_value_{home}", lambda: _uncharged_plug_in(idx, needs, (15 - cost) / 10)
    )
    return Rated(needs.weights.economy * 0.7, value)


def _explain_energy(needs: NeedsProfile, v: Vehicle, w: float, value: float) -> Said:
    yearly = ""
    if needs.annual_km:
        euros = energy_cost_of(needs, v) * needs.annual_km / 100
        yearly = f", bei {num(needs.annual_km)} km im Jahr etwa {num(euros)} € Energie"
    text = consumption_text(v) + yearly
    good, bad = f"Günstig im Unterhalt – {text}", f"Höhere Energiekosten – {text}"
    reasons, caveats = said(w, value, good, bad, plain_good=good, plain_bad=bad)
    if v.powertrain == "phev" and needs.home_charging is None and w >= MINOR_WEIGHT:
        caveats.append(f"{consumption_text(v)} nur, wenn Sie den Plug-in-Hybrid regelmäßig laden")
    return reasons, caveats


def _rate_price(needs: NeedsProfile, idx: CatalogueIndex) -> Rated | None:
    if not needs.max_price:
        return None
    return Rated(needs.weights.economy * 0.3, 1.5 * (1 - idx.price / float(needs.max_price)) + 0.3)


def _explain_price(needs: NeedsProfile, v: Vehicle, w: float, value: float) -> Said:
    """The budget is the customer's own answer: always say how the price relates to it."""
    budget, price = format_eur(needs.max_price or Decimal(0)), format_eur(v.price_eur)
    if value <= WEAK:
        return [], [f"Ihr Budget: bis {budget} – {price} schöpfen es fast ganz aus"]
    if value >= STRONG:
        return [f"Ihr Budget: bis {budget} – mit {price} deutlich darunter"], []
    room = format_eur((needs.max_price or Decimal(0)) - v.price_eur)
    return [f"Ihr Budget: bis {budget} – mit {price} noch {room} Luft"], []


def _rate_eco(needs: NeedsProfile, idx: CatalogueIndex) -> Rated | None:
    def value() -> Floats:
        rated = np.where(idx.is_powertrain("ev"), 1.0, (190 - idx.co2_g_km) / 140)
        return _uncharged_plug_in(idx, needs, rated)

    return Rated(needs.weights.eco, idx.memo(f"eco_{bool(needs.home_charging)}", value))


def _explain_eco(needs: NeedsProfile, v: Vehicle, w: float, value: float) -> Said:
    if v.powertrain == "ev":
        return said(w, value, "Die Umwelt ist Ihnen wichtig – fährt lokal ohne Abgase",
                    notable=IMPORTANT, plain_good="Fährt lokal ohne Abgase")  # fmt: skip
    co2 = f"{num(v.co2_g_km or 0)} g CO₂ je km"
    return said(w, value, f"Die Umwelt ist Ihnen wichtig – nur {co2}",
                f"Die Umwelt ist Ihnen wichtig – {co2} sind eher viel", notable=IMPORTANT,
                plain_good=f"Nur {co2}", plain_bad=f"{co2} – eher viel")  # fmt: skip


def _explain_mileage(needs: NeedsProfile, v: Vehicle, w: float, value: float) -> Said:
    if v.mileage_km is not None and v.mileage_km > HIGH_MILEAGE_KM:
        return [], [f"Bereits {num(v.mileage_km)} km gelaufen"]
    return NOTHING


# fmt: off
PRIORITY_CRITERIA: tuple[Criterion, ...] = (
    Criterion("Crashtest", "Crashtest-Ergebnis", _rate_crash_test, _explain_crash_test),
    Criterion("Assistenz", "Assistenzsysteme", _rate_assist, _explain_assist),
    Criterion("Sportlichkeit", "Leistung", _rate_sport, _explain_sport),
    Criterion("Komfort", "", _rate_comfort, _explain_comfort),
    Criterion("Energiekosten", "Verbrauch", _rate_energy, _explain_energy),
    Criterion("Preis", "", _rate_price, _explain_price),
    Criterion("Umwelt", "CO₂-Ausstoß", _rate_eco, _explain_eco),
    Criterion("Laufleistung", "", caveat_only, _explain_mileage),
)
# fmt: on
