"""Plain data of the customer's recommendation sheet, computed before any PDF is drawn."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from kundengespraech.domain.catalogue import BODY_TYPE_LABELS, POWERTRAIN_LABELS, Vehicle
from kundengespraech.domain.formatting import format_eur, format_number
from kundengespraech.domain.ranking import Recommendation

UNKNOWN = "unbekannt"


@dataclass(frozen=True, slots=True)
class DealerProfile:
    """The dealership as printed in the sheet's header and footer."""

    name: str
    address_lines: tuple[str, ...]
    phone: str
    email: str
    website: str = ""
    logo_path: str = ""  # PNG or JPG; left out when the file does not exist
    accent_color: str = "#1F4E79"  # the one colour of the sheet, "#RRGGBB"


@dataclass(frozen=True, slots=True)
class SalespersonContact:
    """Who the customer talked to and how to reach them."""

    name: str
    phone: str
    email: str


@dataclass(frozen=True, slots=True)
class NextStep:
    """What was promised to the customer and by when (``due`` midnight = "on that day")."""

    text: str
    due: datetime | None


@dataclass(frozen=True, slots=True)
class SheetVehicle:
    """One recommended vehicle as the customer reads it: every value already formatted."""

    title: str
    body_label: str
    powertrain_label: str
    price_text: str
    key_facts: tuple[tuple[str, str], ...]  # (label, value) in display order
    reasons_for: tuple[str, ...]
    reasons_against: tuple[str, ...]
    score: int  # 0..100, shown as "Passt zu Ihnen: 87 %"
    image_path: str = ""  # shown when it names an existing PNG/JPG file


@dataclass(frozen=True, slots=True)
class SheetData:
    """Everything the sheet shows; the renderer adds layout only."""

    dealer: DealerProfile
    salesperson: SalespersonContact
    customer_name: str  # as addressed after "für", e.g. "Herrn Jürgen Weiß"
    created: date
    wishes: tuple[str, ...]
    vehicles: tuple[SheetVehicle, ...]
    next_step: NextStep | None
    notes_for_customer: str = ""


def customer_addressee(salutation: str, first_name: str, last_name: str) -> str:
    """The customer as addressed after "für": ``("Herr", "Jürgen", "Weiß")`` -> ``"Herrn
    Jürgen Weiß"``; without a known salutation just the name."""
    word = {"herr": "Herrn", "frau": "Frau"}.get(salutation.strip().lower(), "")
    return " ".join(part for part in (word, first_name.strip(), last_name.strip()) if part)


def _condition_facts(v: Vehicle) -> list[tuple[str, str]]:
    if v.condition == "new":
        return [("Zustand", "Neuwagen")]
    if v.condition == "used":
        km = f"{format_number(v.mileage_km)} km" if v.mileage_km is not None else UNKNOWN
        return [
            ("Zustand", "Gebrauchtwagen"),
            ("Erstzulassung", str(v.year) if v.year is not None else UNKNOWN),
            ("Kilometerstand", km),
        ]
    return [("Zustand", UNKNOWN)]


def _power_fact(v: Vehicle) -> tuple[str, str]:
    if v.power_kw is None:
        return ("Leistung", UNKNOWN)
    ps = round(v.power_kw * 1.35962)
    return ("Leistung", f"{format_number(v.power_kw)} kW ({format_number(ps)} PS)")


def _consumption_fact(v: Vehicle) -> tuple[str, str]:
    fuel = (
        f"{format_number(v.consumption_l_100km, 1)} l/100 km"
        if v.consumption_l_100km is not None
        else None
    )
    power = (
        f"{format_number(v.consumption_kwh_100km, 1)} kWh/100 km"
        if v.consumption_kwh_100km is not None
        else None
    )
    if v.powertrain == "ev":
        parts = [power]
    elif v.powertrain == "phev":
        parts = [fuel, power]
    else:  # petrol, diesel, hybrid: electricity from the grid is irrelevant
        parts = [fuel]
    known = [p for p in parts if p is not None]
    return ("Verbrauch", " und ".join(known) if known else UNKNOWN)


def _range_fact(v: Vehicle) -> tuple[str, str] | None:
    if v.powertrain not in ("ev", "phev"):
        return None  # a tank range is not what anybody asks about
    if v.range_km is None:
        return ("Reichweite", UNKNOWN)
    suffix = " elektrisch" if v.powertrain == "phev" else ""
    return ("Reichweite", f"{format_number(v.range_km)} km{suffix}")


def _seats_fact(v: Vehicle) -> tuple[str, str]:
    text = f"{v.seats} Sitze"
    if v.isofix:
        text += f", {v.isofix} × Isofix"
    return ("Sitze", text)


def _trunk_fact(v: Vehicle) -> tuple[str, str]:
    if v.trunk_l is None:
        return ("Kofferraum", UNKNOWN)
    text = f"{format_number(v.trunk_l)} l"
    if v.trunk_max_l is not None and v.trunk_max_l > v.trunk_l:
        text += f" (bis {format_number(v.trunk_max_l)} l)"
    return ("Kofferraum", text)


def _towing_fact(v: Vehicle) -> tuple[str, str]:
    text = f"{format_number(v.towing_kg)} kg" if v.towing_kg is not None else UNKNOWN
    if v.towing_kg == 0:
        text = "nicht zum Ziehen zugelassen"
    elif v.tow_bar == "yes":
        text += ", mit Anhängerkupplung"
    elif v.tow_bar == "optional":
        text += ", Anhängerkupplung möglich"
    return ("Anhängelast", text)


def _awd_fact(v: Vehicle) -> tuple[str, str]:
    return ("Allrad", UNKNOWN if v.awd is None else ("ja" if v.awd else "nein"))


def _safety_fact(v: Vehicle) -> tuple[str, str]:
    if v.ncap_stars is None:
        return ("Euro NCAP", UNKNOWN)
    return ("Euro NCAP", f"{v.ncap_stars} von 5 Sternen")


def key_facts(v: Vehicle) -> tuple[tuple[str, str], ...]:
    """The vehicle's facts as (label, value) in plain German, unknown as "unbekannt"."""
    facts = [
        *_condition_facts(v),
        _power_fact(v),
        _consumption_fact(v),
        _range_fact(v),
        _seats_fact(v),
        _trunk_fact(v),
        _towing_fact(v),
        _awd_fact(v),
        _safety_fact(v),
    ]
    return tuple(f for f in facts if f is not None)


SHEET_REASONS_FOR = 6  # the strongest reasons; every caveat is printed


def sheet_vehicle(rec: Recommendation) -> SheetVehicle:
    """A recommendation as the customer reads it: the first reasons for, and every caveat."""
    v = rec.vehicle
    return SheetVehicle(
        title=v.title,
        body_label=BODY_TYPE_LABELS.get(v.body_type, v.body_type),
        powertrain_label=POWERTRAIN_LABELS.get(v.powertrain, v.powertrain),
        price_text=format_eur(v.price_eur),
        key_facts=key_facts(v),
        reasons_for=tuple(rec.reasons_for[:SHEET_REASONS_FOR]),
        reasons_against=tuple(rec.reasons_against),
        score=max(0, min(100, rec.score)),
        image_path=v.image,
    )


def build_sheet_data(
    *,
    dealer: DealerProfile,
    salesperson: SalespersonContact,
    customer_name: str,
    created: date,
    wishes: Iterable[str],
    recommendations: Iterable[Recommendation],
    next_step: NextStep | None,
    top: int = 3,
    notes_for_customer: str = "",
) -> SheetData:
    """The sheet for one conversation: the best ``top`` recommendations (already ranked)."""
    best = tuple(recommendations)[: max(0, top)]
    return SheetData(
        dealer=dealer,
        salesperson=salesperson,
        customer_name=customer_name,
        created=created,
        wishes=tuple(w for w in wishes if w.strip()),
        vehicles=tuple(sheet_vehicle(r) for r in best),
        next_step=next_step,
        notes_for_customer=notes_for_customer,
    )
