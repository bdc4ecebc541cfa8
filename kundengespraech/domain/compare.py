"""Two or three vehicles side by side: the customer's needs in rows, each cell fits or fails."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from kundengespraech.domain.catalogue import Vehicle, body_type_label, powertrain_label
from kundengespraech.domain.must_haves import MUST_HAVE
from kundengespraech.domain.needs import NeedsProfile
from kundengespraech.domain.phrases import Words, words
from kundengespraech.domain.wording import plural

FITS, FAILS, UNKNOWN, NEUTRAL = "fits", "fails", "unknown", "neutral"


@dataclass(frozen=True, slots=True)
class Cell:
    text: str
    verdict: str  # fits | fails | unknown | neutral


@dataclass(frozen=True, slots=True)
class ComparisonRow:
    need: str  # the customer's need in plain words, e.g. "Platz für 5 Personen" / "Room for …"
    cells: tuple[Cell, ...]


@dataclass(frozen=True, slots=True)
class Comparison:
    vehicles: tuple[Vehicle, ...]
    rows: tuple[ComparisonRow, ...]


def _n(value: float | int | None, unit: str, say: Words, decimals: int = 0) -> str:
    if value is None:
        return say("unbekannt", "unknown")
    return f"{say.num(value, decimals)} {unit}".strip()


def _unknown(say: Words) -> Cell:
    return Cell(say("unbekannt", "unknown"), UNKNOWN)


def _at_least(value: float | int | None, wanted: float, unit: str, say: Words) -> Cell:
    if value is None:
        return _unknown(say)
    return Cell(_n(value, unit, say), FITS if value >= wanted else FAILS)


def _flag(value: bool | None, say: Words) -> Cell:
    if value is None:
        return _unknown(say)
    return Cell(say("ja", "yes") if value else say("nein", "no"), FITS if value else FAILS)


Row = tuple[str, Callable[[Vehicle], Cell]]


def _rows(needs: NeedsProfile, say: Words) -> list[Row]:
    lang = say.lang
    persons = needs.min_seats
    rows: list[Row] = [
        (say(f"Platz für {persons} Personen", f"Room for {plural(persons, 'person', 'people')}"),
         lambda v: Cell(say(f"{v.seats} Sitze", plural(v.seats, "seat", "seats")),
                        FITS if v.seats >= persons else FAILS)),
    ]  # fmt: skip
    if needs.child_seats:
        seats = needs.child_seats
        rows.append((say(f"{seats} Kindersitz(e) mit Isofix",
                         f"{plural(seats, 'child seat', 'child seats')} with Isofix"),
                     lambda v: _at_least(v.isofix, seats, say("Isofix-Plätze", "Isofix points"),
                                         say)))  # fmt: skip
    if needs.min_trunk_l:
        trunk = needs.min_trunk_l
        rows.append((say(f"Kofferraum ab {say.num(trunk)} l",
                         f"Boot space of at least {say.num(trunk)} l"),
                     lambda v: _at_least(v.trunk_l, trunk, "l", say)))  # fmt: skip
    if needs.towing_kg:
        towing = needs.towing_kg
        rows.append((say(f"Anhängelast ab {say.num(towing)} kg",
                         f"Towing capacity of at least {say.num(towing)} kg"),
                     lambda v: _at_least(v.towing_kg, towing, "kg", say)))  # fmt: skip
    if needs.max_price is not None:
        budget = needs.max_price
        rows.append((say(f"Budget bis {say.eur(budget)}", f"Budget up to {say.eur(budget)}"),
                     lambda v: Cell(say.eur(v.price_eur),
                                    FITS if v.price_eur <= budget else FAILS)))  # fmt: skip
    else:
        rows.append((say("Preis", "Price"), lambda v: Cell(say.eur(v.price_eur), NEUTRAL)))
    if needs.condition:
        wanted = needs.condition
        rows.append((say("Neuwagen", "New car") if wanted == "new"
                     else say("Gebrauchtwagen", "Used car"),
                     lambda v: _unknown(say) if v.condition is None else Cell(
                         say("neu", "new") if v.condition == "new" else say("gebraucht", "used"),
                         FITS if v.condition == wanted else FAILS)))  # fmt: skip
    excluded = needs.excluded_powertrains
    rows.append((say("Antrieb", "Powertrain"),
                 lambda v: Cell(powertrain_label(v.powertrain, lang),
                                FAILS if v.powertrain in excluded else NEUTRAL)))  # fmt: skip
    if needs.body_types:
        wished = needs.body_types
        rows.append((say("Bauform wie gewünscht", "Body type you wanted"),
                     lambda v: Cell(body_type_label(v.body_type, lang),
                                    FITS if v.body_type in wished else FAILS)))  # fmt: skip
    for item in sorted(needs.must_have):
        name = MUST_HAVE[item].name
        rows.append((say(f"Muss: {name.de}", f"Must-have: {name.en}"),
                     _must_have_cell(item, say)))  # fmt: skip
    if needs.likes_awd:
        rows.append((say("Allrad (ein Plus)", "All-wheel drive (a plus)"),
                     lambda v: _flag(v.awd, say)))  # fmt: skip
    rows.extend(_fact_rows(say))
    return rows


def _must_have_cell(item: str, say: Words) -> Callable[[Vehicle], Cell]:
    must = MUST_HAVE[item]
    return lambda v: _flag(must.of_vehicle(v), say)


def _fact_rows(say: Words) -> list[Row]:
    def consumption(v: Vehicle) -> Cell:
        if v.powertrain == "ev":
            return Cell(_n(v.consumption_kwh_100km, "kWh/100 km", say, 1), NEUTRAL)
        return Cell(_n(v.consumption_l_100km, "l/100 km", say, 1), NEUTRAL)

    return [
        (say("Verbrauch", "Consumption"), consumption),
        (say("Leistung", "Power"), lambda v: Cell(_n(v.power_kw, "kW", say), NEUTRAL)),
        (say("Sterne im Crashtest", "Euro NCAP stars"),
         lambda v: Cell(_n(v.ncap_stars, say("von 5", "of 5"), say), NEUTRAL)),
    ]  # fmt: skip


def compare(needs: NeedsProfile, vehicles: Sequence[Vehicle], lang: str = "de") -> Comparison:
    """The needs of the customer as rows, one column per vehicle (two or three), said in
    ``lang`` ("de" or "en")."""
    if not 2 <= len(vehicles) <= 3:
        raise ValueError("compare two or three vehicles")
    rows = tuple(
        ComparisonRow(need, tuple(cell(v) for v in vehicles))
        for need, cell in _rows(needs, words(lang))
    )
    return Comparison(tuple(vehicles), rows)
