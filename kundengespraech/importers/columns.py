"""How each contract-2 column turns one cell into a value: text from CSV, typed cells from Excel."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from kundengespraech.domain.catalogue import (
    BODY_TYPE_LABELS,
    BODY_TYPES,
    COLUMNS,
    CONDITIONS,
    POWERTRAIN_LABELS,
    POWERTRAINS,
    TOW_BAR,
)
from kundengespraech.importers import cells
from kundengespraech.importers.cells import CellError

TEXT_COLUMNS = ("id", "make", "model", "variant", "image", "notes")

# Plausible ranges (low, high), both inclusive; a price must be strictly above its low.
INT_RANGES = {
    "year": (1950, 2100),
    "mileage_km": (0, 2_000_000),
    "seats": (1, 9),
    "isofix": (0, 9),
    "trunk_l": (0, 10_000),
    "trunk_max_l": (0, 10_000),
    "towing_kg": (0, 20_000),
    "range_km": (0, 2000),
    "co2_g_km": (0, 1000),
    "power_kw": (1, 2000),
    "top_speed_kmh": (30, 500),
    "ncap_stars": (0, 5),
    "length_mm": (1000, 10_000),
}
FLOAT_RANGES = {
    "consumption_l_100km": (0, 50),
    "consumption_kwh_100km": (0, 100),
    "accel_0_100_s": (1, 60),
}
PRICE_RANGE = (0, 10_000_000)
NUMBER_COLUMNS = frozenset((*INT_RANGES, *FLOAT_RANGES, "price_eur"))

_YES_NO_ALIASES = {"ja": "yes", "true": "yes", "1": "yes", "nein": "no", "false": "no", "0": "no"}
CHOICES: dict[str, tuple[tuple[str, ...], dict[str, str]]] = {
    "body_type": (
        BODY_TYPES,
        {
            **{label.lower(): key for key, label in BODY_TYPE_LABELS.items()},
            "pick-up": "pickup",
            "coupé": "coupe",
            "kombi": "estate",
            "cabriolet": "convertible",
            "kleinbus": "van",
            "minivan": "van",
        },
    ),
    "condition": (
        CONDITIONS,
        {"neu": "new", "neuwagen": "new", "gebraucht": "used", "gebrauchtwagen": "used"},
    ),
    "powertrain": (
        POWERTRAINS,
        {
            **{label.lower(): key for key, label in POWERTRAIN_LABELS.items()},
            "benzin": "petrol",
            "plug-in": "phev",
            "bev": "ev",
            "electric": "ev",
            "elektrisch": "ev",
        },
    ),
    "tow_bar": (TOW_BAR, {**_YES_NO_ALIASES, "optional": "optional", "wahlweise": "optional"}),
}

# A first registration written as a date: "03/2021", "15.03.2021", "2021-03-15", "03.2021".
_YEAR_IN_DATE = re.compile(
    r"(?:\d{1,2}[./])?\d{1,2}[./](?P<year>\d{4})|(?P<iso>\d{4})-\d{1,2}(?:-\d{1,2})?"
)

Parser = Callable[[str, bool], Any]
"""(stripped, non-empty text, decimal comma?) → value; raises ``CellError``."""
TypedParser = Callable[[Any], Any]
"""A typed spreadsheet cell (``Decimal``, ``bool``, date …) → value; raises ``CellError``."""


def _text_parser(column: str) -> Parser:
    """How one contract column turns its (non-empty, stripped) text into a value."""
    if column in TEXT_COLUMNS:
        return lambda text, _comma: text
    if column in CHOICES:
        allowed, aliases = CHOICES[column]
        return lambda text, _comma: cells.parse_choice(text, allowed, aliases)
    if column in ("roof_rails", "awd"):
        return lambda text, _comma: cells.parse_bool(text)
    if column == "assist":
        return lambda text, _comma: cells.parse_assist(text)
    number = _number_value(column)
    low, high, low_exclusive = _range(column)
    what = {"price_eur": "kein Geldbetrag"}.get(
        column, "keine Zahl" if column in FLOAT_RANGES else "keine ganze Zahl"
    )

    whole = column in INT_RANGES
    fast = Decimal if column == "price_eur" else int if whole else float

    def parse_number(text: str, decimal_comma: bool) -> Any:
        # Fast path for the common plain whole number ("5", "2000", "32990").
        if text.isdigit() and text.isascii():
            value = fast(text)
            if low < value <= high or (value == low and not low_exclusive):
                return value
        if column == "year" and (found := _YEAR_IN_DATE.fullmatch(text)):
            text = found.group("year") or found.group("iso")
        bare = cells.strip_currency(text) if column == "price_eur" else text
        value = number(cells.parse_decimal(bare, decimal_comma=decimal_comma, what=what), text)
        cells.check_range(
            text, value, low, high, decimal_comma=decimal_comma, low_exclusive=low_exclusive
        )
        return value

    return parse_number


def _range(column: str) -> tuple[int, int, bool]:
    if column == "price_eur":
        return (*PRICE_RANGE, True)
    if column in FLOAT_RANGES:
        return (*FLOAT_RANGES[column], False)
    return (*INT_RANGES[column], False)


def _number_value(column: str) -> Callable[[Decimal, str], Any]:
    """Decimal (as read) → the field's value: int, float or money; ``shown`` for messages."""
    if column == "price_eur":
        return cells.money_value
    if column in FLOAT_RANGES:
        return lambda number, _shown: float(number)
    return cells.int_value


def shown(value: Any) -> str:
    """A typed cell as the user sees it, for messages and for text columns."""
    if isinstance(value, bool):
        return "ja" if value else "nein"
    if isinstance(value, Decimal):
        return cells.format_money(value) if value == value.to_integral_value() else str(value)
    if isinstance(value, datetime):
        if value.time() == time(0):
            return f"{value:%d.%m.%Y}"
        return f"{value:%d.%m.%Y %H:%M}"
    if isinstance(value, date):
        return f"{value:%d.%m.%Y}"
    if isinstance(value, time):
        return f"{value:%H:%M}"
    return str(value).strip()


def _typed_parser(column: str) -> TypedParser:
    """How one contract column reads a typed spreadsheet cell (never ``None`` or ``str``)."""
    text_parser = PARSERS[column]
    if column not in NUMBER_COLUMNS:
        if column in ("roof_rails", "awd", "tow_bar"):

            def parse_flag(value: Any) -> Any:
                if isinstance(value, bool):
                    flag = "yes" if value else "no"
                    return value if column != "tow_bar" else flag
                return text_parser(shown(value), False)

            return parse_flag
        return lambda value: text_parser(shown(value), False)
    number = _number_value(column)
    low, high, low_exclusive = _range(column)

    def parse_typed_number(value: Any) -> Any:
        text = shown(value)
        if isinstance(value, bool):
            raise CellError(f"„{cells.echo(text)}“ ist keine Zahl")
        if isinstance(value, date | datetime):
            if column != "year":
                raise CellError(f"„{cells.echo(text)}“ ist ein Datum, keine Zahl")
            value = Decimal(value.year)
        elif isinstance(value, time | timedelta):
            raise CellError(f"„{cells.echo(text)}“ ist eine Uhrzeit, keine Zahl")
        if not isinstance(value, Decimal):
            return text_parser(text, False)
        if value.is_finite() and value.adjusted() >= cells.MAX_WHOLE_DIGITS:
            raise CellError(f"„{cells.echo(text)}“ ist als Zahl zu groß oder zu lang")
        result = number(value, text)
        cells.check_range(text, result, low, high, decimal_comma=False, low_exclusive=low_exclusive)
        return result

    return parse_typed_number


PARSERS: dict[str, Parser] = {column: _text_parser(column) for column in COLUMNS}
TYPED_PARSERS: dict[str, TypedParser] = {column: _typed_parser(column) for column in COLUMNS}
