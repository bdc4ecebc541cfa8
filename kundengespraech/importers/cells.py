"""Reading and writing single catalogue cells: numbers, money, choices, yes/no, assist lists."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from decimal import Decimal, InvalidOperation

from kundengespraech.importers.issues import echo

# A cell whose only entry is one of these means "known: no assistance systems" (an empty tuple);
# an empty cell means unknown. The writer writes an empty tuple as ``none``.
NO_ASSIST = ("none", "keine", "-")
ASSIST_SEPARATORS = re.compile(r"[;,|]")

_YES = ("yes", "ja", "true", "wahr", "1", "j", "y", "x")
_NO = ("no", "nein", "false", "falsch", "0", "n")

# "." decimal point, no thousands separators (contract 2, and any ","-delimited file).
_PLAIN = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)")
# German spreadsheet: thousands grouped by ".", space or no-break space; "," as decimal comma.
_GERMAN_GROUPED = re.compile(
    r"[+-]?[1-9]\d{0,2}(?P<sep>[. \u00a0\u202f])\d{3}(?:(?P=sep)\d{3})*(?:,\d+)?"
)
_GERMAN_COMMA = re.compile(r"[+-]?\d*,\d+|[+-]?\d+,?")
_GERMAN_DOT = re.compile(r"[+-]?\d+\.\d+")  # "4.9": a dot not followed by three digits
_CURRENCY = re.compile(r"^\s*(?:€|eur)\s*|\s*(?:€|eur)\s*$", re.IGNORECASE)
_CENT = Decimal("0.01")


# OWASP CSV injection: a spreadsheet runs a cell starting with one of these as a formula, also
# behind leading whitespace or quotes that it strips first.
_FORMULA_LIKE = re.compile(r"[\s\"']*[=+\-@\t\r]")
_NEUTRAL_MARK = "'"


def is_formula_like(text: str) -> bool:
    """A text cell a spreadsheet would run as a formula; a plain number such as -5 is not."""
    return bool(_FORMULA_LIKE.match(text)) and not _PLAIN.fullmatch(text)


def neutralise(text: str) -> str:
    """``=HYPERLINK(…)`` → ``'=HYPERLINK(…)``: shown as text by Excel and LibreOffice."""
    return _NEUTRAL_MARK + text if is_formula_like(text) else text


def unneutralise(text: str) -> str:
    """Reverse ``neutralise`` on import: one leading ``'`` before formula-like text is dropped."""
    if text.startswith(_NEUTRAL_MARK) and is_formula_like(text[1:]):
        return text[1:]
    return text


# More than any plausible value, and Decimal arithmetic (28 digits) stays exact; the length
# leaves room for the smallest floats the writer writes in full (about 330 digits).
MAX_WHOLE_DIGITS = 20
MAX_NUMBER_LENGTH = 400


_short = echo  # a value quoted in a message: short, control characters made visible


class CellError(ValueError):
    """A cell that cannot be read; ``message`` says why in plain German."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def parse_decimal(text: str, *, decimal_comma: bool, what: str = "keine Zahl") -> Decimal:
    """Read a number as written in the file; ``decimal_comma`` for German (";"-delimited) files.

    In a German file "32.990" is 32990, "4,9" is 4.9 and "4.9" (no group of three) is 4.9.
    """
    compact = text.strip()
    normal: str | None = None
    if decimal_comma:
        if _GERMAN_GROUPED.fullmatch(compact):
            digits = re.sub(r"[. \u00a0\u202f]", "", compact)
            normal = digits.replace(",", ".")
        elif _GERMAN_COMMA.fullmatch(compact):
            normal = compact.replace(",", ".")
        elif _GERMAN_DOT.fullmatch(compact):
            normal = compact
    elif _PLAIN.fullmatch(compact):
        normal = compact
    if normal is None:
        hint = ""
        if not decimal_comma and re.fullmatch(r"[+-]?\d+,\d+", compact):
            hint = " (in dieser Datei ist der Punkt das Dezimalzeichen)"
        raise CellError(f"„{_short(text)}“ ist {what}{hint}")
    whole = normal.lstrip("+-").split(".")[0].lstrip("0")
    if len(whole) > MAX_WHOLE_DIGITS or len(normal) > MAX_NUMBER_LENGTH:
        raise CellError(f"„{_short(text)}“ ist als Zahl zu groß oder zu lang")
    try:
        value = Decimal(normal.rstrip(".") or "0")
    except InvalidOperation as exc:  # pragma: no cover - the patterns above only let numbers pass
        raise CellError(f"„{_short(text)}“ ist {what}") from exc
    return value.copy_abs() if value.is_zero() else value  # "-0" is 0, never -0.0


def int_value(number: Decimal, shown: str) -> int:
    """A number that must be whole: 5.0 is 5, 5.5 is an error naming ``shown``."""
    if number != number.to_integral_value():
        raise CellError(f"„{_short(shown)}“ ist keine ganze Zahl")
    return int(number)


def money_value(number: Decimal, shown: str) -> Decimal:
    """A price: at most two decimal places; 32990.0 is ``Decimal(32990)``."""
    if number != number.quantize(_CENT):
        raise CellError(f"„{_short(shown)}“ hat mehr als zwei Nachkommastellen")
    return number


def strip_currency(text: str) -> str:
    """ "32.990 €", "EUR 32990" → the number alone."""
    return _CURRENCY.sub("", text.strip())


def parse_int(text: str, *, decimal_comma: bool) -> int:
    """A whole number; "5,0" is accepted as 5, "5,5" is not."""
    value = parse_decimal(text, decimal_comma=decimal_comma, what="keine ganze Zahl")
    return int_value(value, text)


def parse_float(text: str, *, decimal_comma: bool) -> float:
    """A measurement such as consumption or acceleration."""
    return float(parse_decimal(text, decimal_comma=decimal_comma))


def parse_money(text: str, *, decimal_comma: bool) -> Decimal:
    """A price in euros, optionally with "€" or "EUR"; at most two decimal places."""
    value = parse_decimal(strip_currency(text), decimal_comma=decimal_comma, what="kein Geldbetrag")
    return money_value(value, text)


def parse_bool(text: str) -> bool:
    """yes/no, ja/nein, true/false or 1/0, in any case."""
    word = text.strip().lower()
    if word in _YES:
        return True
    if word in _NO:
        return False
    raise CellError(f"„{_short(text)}“ ist weder ja noch nein (erlaubt: yes, no)")


def parse_choice(text: str, choices: Iterable[str], aliases: Mapping[str, str]) -> str:
    """One value of a fixed list, in any case; ``aliases`` maps other spellings (lowercase)."""
    allowed = tuple(choices)
    word = text.strip().lower()
    if word in allowed:
        return word
    if word in aliases:
        return aliases[word]
    raise CellError(f"„{_short(text)}“ ist kein erlaubter Wert (erlaubt: {', '.join(allowed)})")


def parse_assist(text: str) -> tuple[str, ...]:
    """Assistance systems separated by ";" (also "," or "|"); lowercase, without empties."""
    entries = tuple(e.strip().lower() for e in ASSIST_SEPARATORS.split(text) if e.strip())
    if len(entries) == 1 and entries[0] in NO_ASSIST:
        return ()
    return entries


def check_range(
    text: str,
    value: float | Decimal,
    low: int,
    high: int,
    *,
    decimal_comma: bool,
    low_exclusive: bool = False,
) -> None:
    """Reject implausible values, saying which range is allowed."""
    too_low = value <= low if low_exclusive else value < low
    if not too_low and value <= high:
        return
    if low_exclusive:
        allowed = f"größer als {german_int(low)} und höchstens {german_int(high)}"
    else:
        allowed = f"{german_int(low)} bis {german_int(high)}"
    hint = ""
    if decimal_comma and "." in text and "," not in text:
        hint = "; in dieser Datei trennt der Punkt Tausender, das Komma Dezimalstellen"
    raise CellError(f"„{_short(text)}“ liegt außerhalb des plausiblen Bereichs ({allowed}){hint}")


def german_int(number: int) -> str:
    """10000000 → "10.000.000" for messages."""
    return f"{number:,}".replace(",", ".")


def format_float(value: float) -> str:
    """Shortest text that reads back as the same float: 4.9, 5, 0.00001 (never exponents)."""
    exact = Decimal(repr(value))
    if exact == exact.to_integral_value():
        return str(int(exact))
    return format(exact.normalize(), "f")


def format_money(value: Decimal) -> str:
    """32990 → "32990", 32990.5 → "32990.50"; never rounds away cents."""
    if value == value.to_integral_value():
        return str(int(value))
    cents = value.quantize(_CENT)
    return format(cents if cents == value else value, "f")


def format_cell(value: object) -> str:
    """Any Vehicle field as contract-2 text; ``None`` (unknown) is the empty cell."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, Decimal):
        return format_money(value)
    if isinstance(value, float):
        return format_float(value)
    if isinstance(value, tuple):
        return ";".join(value) if value else NO_ASSIST[0]
    return str(value)
