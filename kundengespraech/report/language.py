"""The customer sheet's fixed texts and number, money and date formats in German and English."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal

from kundengespraech.domain.catalogue import BODY_TYPE_LABELS, POWERTRAIN_LABELS
from kundengespraech.domain.formatting import (
    format_date_long,
    format_datetime_long,
    format_eur,
    format_number,
    format_percent,
)

LANGUAGES = ("de", "en")
DEFAULT_LANGUAGE = "de"

EN_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
EN_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip

_DE: dict[str, str] = {
    "title": "Ihre persönliche Fahrzeugempfehlung",
    "subject": "Fahrzeugempfehlung",
    "for": "für {name}",
    "intro": "Vielen Dank für Ihren Besuch!",
    "intro_vehicles": " Diese Fahrzeuge aus unserem Bestand passen am besten zu Ihren Angaben.",
    "wishes": "Ihre Wünsche",
    "recommendation": "Unsere Empfehlung",
    "recommendations": "Unsere Empfehlungen für Sie",
    "none_found": (
        "In unserem aktuellen Bestand ist leider kein Fahrzeug, das alle Ihre Wünsche erfüllt."
        " {whom} bei Ihnen, sobald wir ein passendes Fahrzeug für Sie gefunden haben."
    ),
    "person_calls": "{name} meldet sich",
    "we_call": "Wir melden uns",
    "match": "Passt zu Ihnen: {percent}",
    "reasons_for": "Warum er zu Ihnen passt",
    "reasons_against": "Was Sie bedenken sollten",
    "notes": "Hinweise für Sie",
    "next_step": "Ihr nächster Schritt",
    "due": "bis {when}",
    "contact": "Ihr Ansprechpartner",
    "phone": "Telefon {phone}",
    "phone_short": "Tel. {phone}",
    "qr_caption": "Kontakt fürs Handy",
    "channels": "Sie sind damit einverstanden, dass wir Sie so kontaktieren: {channels}.",
    "stamp": "Beratungsstandard: {parts}",
    "stamp_questionnaire": "Fragebogen {version}",
    "stamp_catalogue": "Bestand {source}",
    "stamp_catalogue_date": "vom {date}",
    "stamp_recommender": "Empfehlung {version}",
    "stamp_branch": "Filiale {branch}",
    "match_note": "„Passt zu Ihnen“ zeigt, wie gut ein Fahrzeug zu Ihren Angaben passt.",
    "disclaimer": "Alle Angaben ohne Gewähr, Irrtum und Zwischenverkauf vorbehalten.",
    "page": "Seite {page} von {pages}",
    "and": " und ",
    "unknown": "unbekannt",
    "yes": "ja",
    "no": "nein",
    "condition": "Zustand",
    "new": "Neuwagen",
    "used": "Gebrauchtwagen",
    "first_registration": "Erstzulassung",
    "mileage": "Kilometerstand",
    "power": "Leistung",
    "power_value": "{kw} kW ({ps} PS)",
    "consumption": "Verbrauch",
    "range": "Reichweite",
    "range_electric": " elektrisch",
    "seats": "Sitze",
    "seats_value": "{n} Sitze",
    "isofix": ", {n} × Isofix",
    "trunk": "Kofferraum",
    "trunk_max": " (bis {max} l)",
    "towing": "Anhängelast",
    "towing_none": "nicht zum Ziehen zugelassen",
    "tow_bar_yes": ", mit Anhängerkupplung",
    "tow_bar_optional": ", Anhängerkupplung möglich",
    "awd": "Allrad",
    "ncap": "Euro NCAP",
    "ncap_value": "{n} von 5 Sternen",
    "channel_email": "E-Mail",
    "channel_phone": "Telefon",
    "channel_sms": "SMS",
    "channel_whatsapp": "WhatsApp",
    "channel_post": "Post",
}

_EN: dict[str, str] = {
    "title": "Your personal car recommendation",
    "subject": "Car recommendation",
    "for": "for {name}",
    "intro": "Thank you for your visit!",
    "intro_vehicles": " These vehicles from our stock suit what you told us best.",
    "wishes": "Your wishes",
    "recommendation": "Our recommendation",
    "recommendations": "Our recommendations for you",
    "none_found": (
        "Unfortunately, no vehicle in our current stock meets all your wishes. {whom} as soon"
        " as we have found a suitable vehicle for you."
    ),
    "person_calls": "{name} will get in touch with you",
    "we_call": "We will get in touch with you",
    "match": "Fits you: {percent}",
    "reasons_for": "Why it suits you",
    "reasons_against": "What to bear in mind",
    "notes": "Notes for you",
    "next_step": "Your next step",
    "due": "by {when}",
    "contact": "Your contact",
    "phone": "Phone {phone}",
    "phone_short": "Phone {phone}",
    "qr_caption": "Contact for your phone",
    "channels": "You agreed that we may contact you by: {channels}.",
    "stamp": "Advice standard: {parts}",
    "stamp_questionnaire": "questionnaire {version}",
    "stamp_catalogue": "stock {source}",
    "stamp_catalogue_date": "of {date}",
    "stamp_recommender": "recommender {version}",
    "stamp_branch": "branch {branch}",
    "match_note": '"Fits you" shows how well a vehicle matches what you told us.',
    "disclaimer": "All information without guarantee; errors and prior sale excepted.",
    "page": "Page {page} of {pages}",
    "and": " and ",
    "unknown": "unknown",
    "yes": "yes",
    "no": "no",
    "condition": "Condition",
    "new": "New car",
    "used": "Used car",
    "first_registration": "First registered",
    "mileage": "Mileage",
    "power": "Power",
    "power_value": "{kw} kW ({ps} hp)",
    "consumption": "Consumption",
    "range": "Range",
    "range_electric": " electric",
    "seats": "Seats",
    "seats_value": "{n} seats",
    "isofix": ", {n} × Isofix",
    "trunk": "Boot",
    "trunk_max": " (up to {max} l)",
    "towing": "Towing capacity",
    "towing_none": "not approved for towing",
    "tow_bar_yes": ", tow bar fitted",
    "tow_bar_optional": ", tow bar available",
    "awd": "All-wheel drive",
    "ncap": "Euro NCAP",
    "ncap_value": "{n} of 5 stars",
    "channel_email": "email",
    "channel_phone": "phone",
    "channel_sms": "text message",
    "channel_whatsapp": "WhatsApp",
    "channel_post": "post",
}

_EN_BODY_TYPES = {
    "city": "City car", "compact": "Compact", "sedan": "Saloon", "estate": "Estate",
    "suv": "SUV", "van": "MPV", "coupe": "Coupé", "convertible": "Convertible",
    "pickup": "Pick-up",
}  # fmt: skip
_EN_POWERTRAINS = {
    "petrol": "Petrol", "diesel": "Diesel", "hybrid": "Hybrid",
    "phev": "Plug-in hybrid", "ev": "Electric",
}  # fmt: skip
_EN_SALUTATIONS = {"herr": "Mr", "frau": "Ms"}
_DE_SALUTATIONS = {"herr": "Herrn", "frau": "Frau"}  # after "für": "für Herrn Weiß"


def sheet_language(code: object) -> str:
    """A supported language code (``"de"`` or ``"en"``); anything else gives German."""
    text = str(code or "").strip().lower()[:2]
    return text if text in LANGUAGES else DEFAULT_LANGUAGE


@dataclass(frozen=True, slots=True)
class Wording:
    """Texts and formats of one language. ``text("match", percent="87 %")``."""

    code: str

    def text(self, key: str, **values: object) -> str:
        template = (_EN if self.code == "en" else _DE)[key]
        return template.format(**values) if values else template

    def number(self, value: int | float | Decimal, decimals: int = 0) -> str:
        """``2000`` -> ``"2.000"`` (de) / ``"2,000"`` (en)."""
        german = format_number(value, decimals)
        if self.code != "en":
            return german
        return german.replace(".", "\0").replace(",", ".").replace("\0", ",")

    def money(self, amount: Decimal) -> str:
        """``"32.990 €"`` (de) / ``"€32,990"`` (en); cents only when there are any."""
        if self.code != "en":
            return format_eur(amount)
        cents = amount.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        decimals = 0 if cents == cents.to_integral_value() else 2
        sign = "-" if cents < 0 else ""
        return f"{sign}€{self.number(abs(cents), decimals)}"

    def percent(self, value: int) -> str:
        """``"87 %"`` (de, with a no-break space) / ``"87%"`` (en)."""
        if self.code != "en":
            return format_percent(value).replace(" ", "\u00a0")
        return f"{self.number(value)}%"

    def date_long(self, day: date) -> str:
        """``"24. November 2026"`` / ``"24 November 2026"``."""
        if self.code != "en":
            return format_date_long(day)
        return f"{day.day} {EN_MONTHS[day.month - 1]} {day.year}"

    def date_short(self, day: date) -> str:
        """``"24.11.2026"`` / ``"24 Nov 2026"``."""
        if self.code != "en":
            return f"{day.day:02d}.{day.month:02d}.{day.year}"
        return f"{day.day} {EN_MONTHS[day.month - 1][:3]} {day.year}"

    def datetime_long(self, moment: datetime) -> str:
        """``"Dienstag, 24. November 2026, 10:00 Uhr"`` / ``"Tuesday, 24 November 2026,
        10:00"``; aware times in local time, midnight means "on that day" (no time shown)."""
        if self.code != "en":
            return format_datetime_long(moment)
        if moment.tzinfo is not None:
            moment = moment.astimezone()
        text = f"{EN_WEEKDAYS[moment.weekday()]}, {self.date_long(moment.date())}"
        if (moment.hour, moment.minute) == (0, 0):
            return text
        return f"{text}, {moment.hour:02d}:{moment.minute:02d}"

    def body_type(self, value: str) -> str:
        labels = _EN_BODY_TYPES if self.code == "en" else BODY_TYPE_LABELS
        return labels.get(value, value)

    def powertrain(self, value: str) -> str:
        labels = _EN_POWERTRAINS if self.code == "en" else POWERTRAIN_LABELS
        return labels.get(value, value)

    def channel(self, value: str) -> str:
        """A contact channel (``"email"``, ``"phone"``, …) as a word; others as given."""
        key = f"channel_{value.strip().lower()}"
        return self.text(key) if key in _DE else value.strip()

    def salutation(self, value: str) -> str:
        """``"Herr"`` -> ``"Herrn"`` (after "für") / ``"Mr"``; unknown ones give ``""``."""
        table = _EN_SALUTATIONS if self.code == "en" else _DE_SALUTATIONS
        return table.get(value.strip().lower(), "")


def wording(code: str) -> Wording:
    return Wording(sheet_language(code))
