"""Customer-facing sentences in German or English: the one small mechanism of the domain.

Every function that writes a sentence for the customer takes ``lang`` (``"de"`` or ``"en"``,
German by default) and writes both variants side by side, so that a table of criteria stays
readable and the two languages cannot drift apart unnoticed::

    say = words(lang)
    say(f"Platz für {n} Personen", f"Room for {n} people")
    say(f"{say.num(2000)} kg", f"{say.num(2000)} kg")  # "2.000 kg" / "2,000 kg"

Fixed words (names of facts, features, body types) are :class:`Text` pairs. German is the
language of the app and of its internal record; English is for the customer who asks for it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from kundengespraech.domain.formatting import format_eur, format_number

LANGUAGES = ("de", "en")
DEFAULT_LANGUAGE = "de"


def language(code: object) -> str:
    """A supported language code: ``"en"``, ``"EN"``, ``"en-GB"`` -> ``"en"``; anything
    else (also ``None``) gives German."""
    text = str(code or "").strip().lower()[:2]
    return text if text in LANGUAGES else DEFAULT_LANGUAGE


@dataclass(frozen=True, slots=True)
class Text:
    """A fixed text in both languages: ``Text("Anhängelast", "towing capacity")("en")``."""

    de: str
    en: str

    def __call__(self, lang: str) -> str:
        return self.en if lang == "en" else self.de


class Words:
    """The choices and number formats of one language (get one with :func:`words`)."""

    __slots__ = ("en", "lang")

    def __init__(self, lang: str) -> None:
        self.lang = language(lang)
        self.en = self.lang == "en"

    def __call__(self, de: str, en: str) -> str:
        """The sentence in this language; both are written, one is kept."""
        return en if self.en else de

    def __repr__(self) -> str:
        return f"words({self.lang!r})"

    def num(self, value: int | float | Decimal, decimals: int = 0) -> str:
        """``2.000`` / ``4,9`` (German), ``2,000`` / ``4.9`` (English)."""
        return format_number(value, decimals, self.lang)

    def eur(self, amount: Decimal) -> str:
        """``32.990 €`` (German), ``€32,990`` (English); cents only when there are any."""
        return format_eur(amount, self.lang)

    def joined(self, items: Iterable[str]) -> str:
        """``"a"``, ``"a und b"``, ``"a, b und c"`` (English: ``"a, b and c"``)."""
        parts = list(items)
        if len(parts) <= 1:
            return "".join(parts)
        return ", ".join(parts[:-1]) + self(" und ", " and ") + parts[-1]


_WORDS = {code: Words(code) for code in LANGUAGES}


def words(lang: str = DEFAULT_LANGUAGE) -> Words:
    """The :class:`Words` of ``lang`` (unsupported codes give German)."""
    return _WORDS[language(lang)]


def capitalised(text: str) -> str:
    """The text with its first letter upper case (the rest untouched)."""
    return text[:1].upper() + text[1:]
