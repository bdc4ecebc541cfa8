"""Who a customer is: contact data and the rule that two records are the same person.

Two records are one person when the name matches (case and spacing aside) and the phone
number or the e-mail address does. Phone numbers are compared in their international form
(E.164, via ``phonenumbers``) with Germany as the home region, so ``089 1234567``,
``+49 89 1234567`` and ``0049 (89) 123 45 67`` are one number, and so are ``+43 1 234567``
and ``0043 1 234567``; what cannot be a phone number is compared by its digits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

import phonenumbers

HOME_REGION = "DE"
ITALY = 39  # the one country whose numbers keep their leading zero internationally


@dataclass(frozen=True, slots=True)
class ContactData:
    """What a customer told us about themselves (from the interview's customer page)."""

    salutation: str = ""
    first_name: str = ""
    last_name: str = ""
    email: str = ""
    phone: str = ""
    birthday: date | None = None
    language: str = "de"

    @property
    def name(self) -> str:
        return " ".join(p for p in (self.first_name.strip(), self.last_name.strip()) if p)


def normal_name(text: str) -> str:
    return " ".join(text.split()).casefold()


def normal_phone(text: str, region: str = HOME_REGION) -> str:
    """The number in E.164 (``+49891234567``), or its digits when it is not a phone number."""
    if not text.strip():
        return ""
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return re.sub(r"\D", "", text)
    if not phonenumbers.is_possible_number(number):
        return _digits_with_home_prefix(text)
    if number.country_code != ITALY:
        # A leading zero kept for a too-short national number ("089 1") is the trunk prefix.
        number.italian_leading_zero = None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def _digits_with_home_prefix(text: str) -> str:
    """Digits of a number too short to be real, the German country code folded (``0049 89 1``
    is ``089 1``), so that a typo-short number still matches itself typed the other way."""
    digits = re.sub(r"\D", "", text)
    stripped = text.strip()
    if stripped.startswith(("+49", "0049")):
        digits = "0" + digits.removeprefix("00").removeprefix("49")
    return digits


def normal_email(text: str) -> str:
    return text.strip().casefold()


def same_person(a: ContactData, b: ContactData) -> bool:
    """Same name and the same phone number or e-mail address."""
    if not a.last_name.strip() or normal_name(a.name) != normal_name(b.name):
        return False
    phone = normal_phone(a.phone)
    email = normal_email(a.email)
    return bool(phone and phone == normal_phone(b.phone)) or bool(
        email and email == normal_email(b.email)
    )
