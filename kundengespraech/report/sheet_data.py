"""Plain data of the customer's recommendation sheet, computed before any PDF is drawn."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from kundengespraech.domain.catalogue import Vehicle
from kundengespraech.domain.formatting import horsepower
from kundengespraech.domain.ranking import Recommendation
from kundengespraech.report.language import Wording, sheet_language, wording


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
class AdviceStamp:
    """The advice standard a sheet was made under, printed small at its end."""

    questionnaire_version: str
    catalogue_source: str  # e.g. the imported file's name; "" when unknown
    catalogue_date: datetime | None  # when the catalogue was imported
    recommender_version: str
    branch: str


@dataclass(frozen=True, slots=True)
class SheetData:
    """Everything the sheet shows; the renderer adds layout only.

    Every text is already in ``language`` ("de" or "en"): the renderer translates only its
    own fixed texts, never wishes, reasons or notes.
    """

    dealer: DealerProfile
    salesperson: SalespersonContact
    customer_name: str  # as addressed after "für"/"for", e.g. "Herrn Jürgen Weiß"
    created: date
    wishes: tuple[str, ...]
    vehicles: tuple[SheetVehicle, ...]
    next_step: NextStep | None
    notes_for_customer: str = ""
    language: str = "de"
    stamp: AdviceStamp | None = None
    # Channels the customer agreed to be contacted by ("email", "phone", "sms", "whatsapp",
    # "post"; other words are printed as given). Empty: the line is left out.
    contact_channels: tuple[str, ...] = ()


def customer_addressee(
    salutation: str, first_name: str, last_name: str, language: str = "de"
) -> str:
    """The customer as addressed after "für": ``("Herr", "Jürgen", "Weiß")`` -> ``"Herrn
    Jürgen Weiß"`` (English: ``"Mr Jürgen Weiß"``); without a known salutation the name."""
    word = wording(language).salutation(salutation)
    return " ".join(part for part in (word, first_name.strip(), last_name.strip()) if part)


def _condition_facts(v: Vehicle, w: Wording) -> list[tuple[str, str]]:
    unknown = w.text("unknown")
    if v.condition == "new":
        return [(w.text("condition"), w.text("new"))]
    if v.condition == "used":
        km = f"{w.number(v.mileage_km)} km" if v.mileage_km is not None else unknown
        return [
            (w.text("condition"), w.text("used")),
            (w.text("first_registration"), str(v.year) if v.year is not None else unknown),
            (w.text("mileage"), km),
        ]
    return [(w.text("condition"), unknown)]


def _power_fact(v: Vehicle, w: Wording) -> tuple[str, str]:
    if v.power_kw is None:
        return (w.text("power"), w.text("unknown"))
    ps = horsepower(v.power_kw)
    return (w.text("power"), w.text("power_value", kw=w.number(v.power_kw), ps=w.number(ps)))


def _consumption_fact(v: Vehicle, w: Wording) -> tuple[str, str]:
    fuel = (
        f"{w.number(v.consumption_l_100km, 1)} l/100 km"
        if v.consumption_l_100km is not None
        else None
    )
    power = (
        f"{w.number(v.consumption_kwh_100km, 1)} kWh/100 km"
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
    return (w.text("consumption"), w.text("and").join(known) if known else w.text("unknown"))


def _range_fact(v: Vehicle, w: Wording) -> tuple[str, str] | None:
    if v.powertrain not in ("ev", "phev"):
        return None  # a tank range is not what anybody asks about
    if v.range_km is None:
        return (w.text("range"), w.text("unknown"))
    suffix = w.text("range_electric") if v.powertrain == "phev" else ""
    return (w.text("range"), f"{w.number(v.range_km)} km{suffix}")


def _seats_fact(v: Vehicle, w: Wording) -> tuple[str, str]:
    text = w.text("seats_value", n=v.seats)
    if v.isofix:
        text += w.text("isofix", n=v.isofix)
    return (w.text("seats"), text)


def _trunk_fact(v: Vehicle, w: Wording) -> tuple[str, str]:
    if v.trunk_l is None:
        return (w.text("trunk"), w.text("unknown"))
    text = f"{w.number(v.trunk_l)} l"
    if v.trunk_max_l is not None and v.trunk_max_l > v.trunk_l:
        text += w.text("trunk_max", max=w.number(v.trunk_max_l))
    return (w.text("trunk"), text)


def _towing_fact(v: Vehicle, w: Wording) -> tuple[str, str]:
    text = f"{w.number(v.towing_kg)} kg" if v.towing_kg is not None else w.text("unknown")
    if v.towing_kg == 0:
        text = w.text("towing_none")
    elif v.tow_bar == "yes":
        text += w.text("tow_bar_yes")
    elif v.tow_bar == "optional":
        text += w.text("tow_bar_optional")
    return (w.text("towing"), text)


def _awd_fact(v: Vehicle, w: Wording) -> tuple[str, str]:
    value = "unknown" if v.awd is None else ("yes" if v.awd else "no")
    return (w.text("awd"), w.text(value))


def _safety_fact(v: Vehicle, w: Wording) -> tuple[str, str]:
    if v.ncap_stars is None:
        return (w.text("ncap"), w.text("unknown"))
    return (w.text("ncap"), w.text("ncap_value", n=v.ncap_stars))


def key_facts(v: Vehicle, language: str = "de") -> tuple[tuple[str, str], ...]:
    """The vehicle's facts as (label, value) in plain words, unknown as "unbekannt"."""
    w = wording(language)
    facts = [
        *_condition_facts(v, w),
        _power_fact(v, w),
        _consumption_fact(v, w),
        _range_fact(v, w),
        _seats_fact(v, w),
        _trunk_fact(v, w),
        _towing_fact(v, w),
        _awd_fact(v, w),
        _safety_fact(v, w),
    ]
    return tuple(f for f in facts if f is not None)


SHEET_REASONS_FOR = 5  # the strongest reasons, so that three vehicles fit one page


def sheet_vehicle(rec: Recommendation, language: str = "de") -> SheetVehicle:
    """A recommendation as the customer reads it: the first reasons for, and every caveat.

    The reasons are taken as given: they must already be in ``language``.
    """
    v, w = rec.vehicle, wording(language)
    return SheetVehicle(
        title=v.title,
        body_label=w.body_type(v.body_type),
        powertrain_label=w.powertrain(v.powertrain),
        price_text=w.money(v.price_eur),
        key_facts=key_facts(v, w.code),
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
    language: str = "de",
    stamp: AdviceStamp | None = None,
    contact_channels: Iterable[str] = (),
) -> SheetData:
    """The sheet for one conversation: the best ``top`` recommendations (already ranked).

    ``wishes``, the reasons of the recommendations and ``notes_for_customer`` must already
    be in ``language``; an unsupported language gives German.
    """
    code = sheet_language(language)
    best = tuple(recommendations)[: max(0, top)]
    return SheetData(
        dealer=dealer,
        salesperson=salesperson,
        customer_name=customer_name,
        created=created,
        wishes=tuple(w for w in wishes if w.strip()),
        vehicles=tuple(sheet_vehicle(r, code) for r in best),
        next_step=next_step,
        notes_for_customer=notes_for_customer,
        language=code,
        stamp=stamp,
        contact_channels=tuple(c for c in contact_channels if c.strip()),
    )
