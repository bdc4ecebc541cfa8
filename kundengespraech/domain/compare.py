"""Two or three vehicles side by side: the customer's needs in rows, each cell fits or fails."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from kundengespraech.domain.catalogue import BODY_TYPE_LABELS, POWERTRAIN_LABELS, Vehicle
from kundengespraech.domain.formatting import format_eur, format_number
from kundengespraech.domain.needs import MUST_HAVE_NAMES, NeedsProfile

FITS, FAILS, UNKNOWN, NEUTRAL = "fits", "fails", "unknown", "neutral"
ASSIST_FOR_MUST_HAVE = {
    "adaptive_cruise": "acc",
    "parking_camera": "parking_camera",
    "blind_spot": "blind_spot",
}


@dataclass(frozen=True, slots=True)
class Cell:
    text: str
    verdict: str  # fits | fails | unknown | neutral


@dataclass(frozen=True, slots=True)
class ComparisonRow:
    need: str  # the customer's need in plain words, e.g. "Platz für 5 Personen"
    cells: tuple[Cell, ...]


@dataclass(frozen=True, slots=True)
class Comparison:
    vehicles: tuple[Vehicle, ...]
    rows: tuple[ComparisonRow, ...]


def _n(value: float | int | None, unit: str, decimals: int = 0) -> str:
    return "unbekannt" if value is None else f"{format_number(value, decimals)} {unit}".strip()


def _at_least(value: float | int | None, wanted: float, unit: str) -> Cell:
    if value is None:
        return Cell("unbekannt", UNKNOWN)
    return Cell(_n(value, unit), FITS if value >= wanted else FAILS)


def _flag(value: bool | None, yes: str, no: str) -> Cell:
    if value is None:
        return Cell("unbekannt", UNKNOWN)
    return Cell(yes if value else no, FITS if value else FAILS)


def _has(item: str, v: Vehicle) -> bool | None:
    if item == "tow_bar":
        return None if v.tow_bar is None else v.tow_bar != "no"
    if item == "awd":
        return v.awd
    if item == "roof_rails":
        return v.roof_rails
    if item == "isofix":
        return None if v.isofix is None else v.isofix > 0
    return None if v.assist is None else ASSIST_FOR_MUST_HAVE[item] in v.assist


Row = tuple[str, Callable[[Vehicle], Cell]]


def _rows(needs: NeedsProfile) -> list[Row]:
    rows: list[Row] = [
        (f"Platz für {needs.min_seats} Personen",
         lambda v: Cell(f"{v.seats} Sitze", FITS if v.seats >= needs.min_seats else FAILS)),
    ]  # fmt: skip
    if needs.child_seats:
        seats = needs.child_seats
        rows.append((f"{seats} Kindersitz(e) mit Isofix",
                     lambda v: _at_least(v.isofix, seats, "Isofix-Plätze")))  # fmt: skip
    if needs.min_trunk_l:
        trunk = needs.min_trunk_l
        rows.append((f"Kofferraum ab {format_number(trunk)} l",
                     lambda v: _at_least(v.trunk_l, trunk, "l")))  # fmt: skip
    if needs.towing_kg:
        towing = needs.towing_kg
        rows.append((f"Anhängelast ab {format_number(towing)} kg",
                     lambda v: _at_least(v.towing_kg, towing, "kg")))  # fmt: skip
    if needs.max_price is not None:
        budget = needs.max_price
        rows.append((f"Budget bis {format_eur(budget)}",
                     lambda v: Cell(format_eur(v.price_eur),
                                    FITS if v.price_eur <= budget else FAILS)))  # fmt: skip
    else:
        rows.append(("Preis", lambda v: Cell(format_eur(v.price_eur), NEUTRAL)))
    if needs.condition:
        wanted = needs.condition
        rows.append(("Neuwagen" if wanted == "new" else "Gebrauchtwagen",
                     lambda v: Cell("unbekannt", UNKNOWN) if v.condition is None else Cell(
                         "neu" if v.condition == "new" else "gebraucht",
                         FITS if v.condition == wanted else FAILS)))  # fmt: skip
    excluded = needs.excluded_powertrains
    rows.append(("Antrieb",
                 lambda v: Cell(POWERTRAIN_LABELS[v.powertrain],
                                FAILS if v.powertrain in excluded else NEUTRAL)))  # fmt: skip
    if needs.body_types:
        wished = needs.body_types
        rows.append(("Bauform wie gewünscht",
                     lambda v: Cell(BODY_TYPE_LABELS[v.body_type],
                                    FITS if v.body_type in wished else FAILS)))  # fmt: skip
    for item in sorted(needs.must_have):
        rows.append((f"Muss: {MUST_HAVE_NAMES[item]}", _must_have_cell(item)))
    if needs.likes_awd:
        rows.append(("Allrad (ein Plus)", lambda v: _flag(v.awd, "ja", "nein")))
    rows.extend(_fact_rows())
    return rows


def _must_have_cell(item: str) -> Callable[[Vehicle], Cell]:
    return lambda v: _flag(_has(item, v), "ja", "nein")


def _fact_rows() -> list[Row]:
    def consumption(v: Vehicle) -> Cell:
        if v.powertrain == "ev":
            return Cell(_n(v.consumption_kwh_100km, "kWh/100 km", 1), NEUTRAL)
        return Cell(_n(v.consumption_l_100km, "l/100 km", 1), NEUTRAL)

    return [
        ("Verbrauch", consumption),
        ("Leistung", lambda v: Cell(_n(v.power_kw, "kW"), NEUTRAL)),
        ("Sterne im Crashtest", lambda v: Cell(_n(v.ncap_stars, "von 5"), NEUTRAL)),
    ]


def compare(needs: NeedsProfile, vehicles: Sequence[Vehicle]) -> Comparison:
    """The needs of the customer as rows, one column per vehicle (two or three)."""
    if not 2 <= len(vehicles) <= 3:
        raise ValueError("compare two or three vehicles")
    rows = tuple(
        ComparisonRow(need, tuple(cell(v) for v in vehicles)) for need, cell in _rows(needs)
    )
    return Comparison(tuple(vehicles), rows)
