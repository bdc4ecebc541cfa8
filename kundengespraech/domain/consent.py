"""Consent to be contacted: per channel, with the wording shown, and the rule that gates contact."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

PHONE = "phone"
EMAIL = "email"
POST = "post"
IN_PERSON = "in_person"
CONSENT_CHANNELS = (PHONE, EMAIL, POST)
CHANNELS = (*CONSENT_CHANNELS, IN_PERSON)

CHANNEL_NAMES = {
    PHONE: "Telefon",
    EMAIL: "E-Mail",
    POST: "Post",
    IN_PERSON: "im Autohaus",
    "": "ohne Kanal",
}

# What the customer reads and agrees to, word for word; stored with every consent.
CONSENT_WORDING = {
    PHONE: (
        "Ich bin damit einverstanden, dass mich das Autohaus telefonisch zu meinem Fahrzeug, "
        "zu Angeboten und zur Betreuung nach dem Kauf kontaktiert. Ich kann diese Einwilligung "
        "jederzeit ohne Angabe von Gründen widerrufen."
    ),
    EMAIL: (
        "Ich bin damit einverstanden, dass mich das Autohaus per E-Mail zu meinem Fahrzeug, "
        "zu Angeboten und zur Betreuung nach dem Kauf kontaktiert. Ich kann diese Einwilligung "
        "jederzeit ohne Angabe von Gründen widerrufen."
    ),
    POST: (
        "Ich bin damit einverstanden, dass mir das Autohaus Post zu meinem Fahrzeug, zu Angeboten "
        "und zur Betreuung nach dem Kauf schickt. Ich kann diese Einwilligung jederzeit ohne "
        "Angabe von Gründen widerrufen."
    ),
}


@dataclass(frozen=True, slots=True)
class Consent:
    """One recorded consent of a customer to one channel; withdrawn when ``withdrawn_at`` is set."""

    channel: str
    granted_at: datetime
    wording: str
    withdrawn_at: datetime | None = None

    def active_at(self, moment: datetime) -> bool:
        if moment < self.granted_at:
            return False
        return self.withdrawn_at is None or moment < self.withdrawn_at


@dataclass(frozen=True, slots=True)
class ContactCheck:
    """Whether a contact on a channel is allowed; ``reason`` explains a refusal in plain German."""

    allowed: bool
    reason: str = ""


def needs_consent(channel: str) -> bool:
    """Phone, e-mail and post need the customer's consent; a visit or no channel does not."""
    return channel in CONSENT_CHANNELS


def check_channel(channel: str) -> None:
    """Raise ``ValueError`` for a channel this app does not know."""
    if channel and channel not in CHANNELS:
        raise ValueError(f"unknown contact channel {channel!r}")


def consented_channels(consents: Iterable[Consent], moment: datetime) -> frozenset[str]:
    """The channels with a consent in force at ``moment``."""
    return frozenset(c.channel for c in consents if c.active_at(moment))


def check_contact(channel: str, consents: Iterable[Consent], moment: datetime) -> ContactCheck:
    """May the customer be contacted on ``channel`` at ``moment``? Refusals say why."""
    check_channel(channel)
    if not needs_consent(channel):
        return ContactCheck(True)
    given = [c for c in consents if c.channel == channel]
    if any(c.active_at(moment) for c in given):
        return ContactCheck(True)
    name = CHANNEL_NAMES[channel]
    if any(c.withdrawn_at is not None and c.withdrawn_at <= moment for c in given):
        return ContactCheck(
            False,
            f"Der Kunde hat sein Einverständnis für {name} widerrufen – bitte nicht über "
            f"{name} kontaktieren. Wählen Sie einen Kanal mit Einverständnis oder sprechen Sie "
            "ihn beim nächsten Besuch an.",
        )
    return ContactCheck(
        False,
        f"Für {name} liegt kein Einverständnis des Kunden vor. Bitte holen Sie es zuerst ein "
        "(Kundenkartei → „Einverständnis erfassen…“) oder wählen Sie einen anderen Kanal.",
    )


def first_allowed(
    preferred: Iterable[str], consents: Iterable[Consent], moment: datetime
) -> str | None:
    """The first channel of ``preferred`` the customer may be contacted on, else ``None``."""
    given = list(consents)
    for channel in preferred:
        if check_contact(channel, given, moment).allowed:
            return channel
    return None
