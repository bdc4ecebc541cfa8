"""Number, money and date formatting for customer-facing text (no locale module).

German by default; numbers, money and percentages also in English (``lang="en"``).
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal

WEEKDAYS = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
MONTHS = (
    "Januar", "Februar", "März", "April", "Mai", "Juni",
    "Juli", "August", "September", "Oktober", "November", "Dezember",
)  # fmt: skip


def _to_decimal(value: int | float | Decimal) -> Decimal:
    if isinstance(value, Decimal):
        return value
    if isinstance(value, float):
        return Decimal(repr(value))  # 4.9 -> Decimal("4.9"), not the binary expansion
    return Decimal(value)


def format_number(value: int | float | Decimal, decimals: int = 0, lang: str = "de") -> str:
    """``value`` with German separators: ``2000`` -> ``"2.000"``, ``4.9, 1`` -> ``"4,9"``;
    with ``lang="en"`` the English ones: ``"2,000"``, ``"4.9"``.

    Rounds half up to ``decimals`` places; thousands are grouped with ``.`` (English: ``,``).
    """
    if decimals < 0:
        raise ValueError("decimals must not be negative")
    quantum = Decimal(1).scaleb(-decimals)
    rounded = _to_decimal(value).quantize(quantum, rounding=ROUND_HALF_UP)
    text = f"{rounded:,.{decimals}f}"  # 1,234.50 (English grouping)
    if lang != "en":
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return "0" + text[2:] if text.startswith("-0") and rounded.is_zero() else text


def format_eur(amount: Decimal, lang: str = "de") -> str:
    """Euro amount the German way: whole euros without cents (``"32.990 €"``), else two
    decimals (``"1.234,50 €"``); English: ``"€32,990"``, ``"€1,234.50"``, ``"-€500"``."""
    cents = amount.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    decimals = 0 if cents == cents.to_integral_value() else 2
    if lang == "en":
        sign = "-" if cents < 0 else ""
        return f"{sign}€{format_number(abs(cents), decimals, lang)}"
    return f"{format_number(cents, decimals)} €"


def format_percent(value: int | float | Decimal, decimals: int = 0, lang: str = "de") -> str:
    """``87`` -> ``"87 %"`` (German typography: space before the sign); English ``"87%"``."""
    if lang == "en":
        return f"{format_number(value, decimals, lang)}%"
    return f"{format_number(value, decimals)} %"


KW_TO_PS = 1.35962  # metric horsepower (PS) per kW: 1 PS = 735.49875 W


def horsepower(kw: float) -> int:
    """Metric horsepower (PS; "hp" in English texts) of a power in kW: ``110`` -> ``150``."""
    return round(kw * KW_TO_PS)


def format_date_long(day: date) -> str:
    """``"24. November 2026"``."""
    return f"{day.day}. {MONTHS[day.month - 1]} {day.year}"


def format_date_with_weekday(day: date) -> str:
    """``"Dienstag, 24. November 2026"``."""
    return f"{WEEKDAYS[day.weekday()]}, {format_date_long(day)}"


def format_datetime_long(moment: datetime) -> str:
    """``"Dienstag, 24. November 2026, 10:00 Uhr"``.

    An aware datetime is shown in the computer's local time; a naive one is taken as local
    time already. Midnight means "on that day" and is shown without a time.
    """
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    text = format_date_with_weekday(moment.date())
    if (moment.hour, moment.minute) == (0, 0):
        return text
    return f"{text}, {moment.hour:02d}:{moment.minute:02d} Uhr"
