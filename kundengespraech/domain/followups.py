"""Promises and care follow-ups: kinds, the rules that suggest follow-ups, the agenda's sections."""

from __future__ import annotations

import calendar
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from kundengespraech.domain.consent import EMAIL, IN_PERSON, PHONE, POST, Consent, check_contact

CALL_BACK = "call_back"
SEND_OFFER = "send_offer"
TEST_DRIVE = "test_drive"
APPOINTMENT = "appointment"
NEXT_STEP = "next_step"
HANDOVER_CALL = "handover_call"
BIRTHDAY_GREETING = "birthday_greeting"
CHECK_IN = "check_in"
OTHER = "other"

PROMISE_KINDS = {
    CALL_BACK: "Rückruf",
    SEND_OFFER: "Angebot schicken",
    TEST_DRIVE: "Probefahrt",
    APPOINTMENT: "Termin",
    NEXT_STEP: "Vereinbarter nächster Schritt",
    HANDOVER_CALL: "Anruf nach der Fahrzeugübergabe",
    BIRTHDAY_GREETING: "Geburtstagsgruß",
    CHECK_IN: "Nachfragen, ob alles passt",
    OTHER: "Sonstiges",
}
CARE_KINDS = (HANDOVER_CALL, BIRTHDAY_GREETING, CHECK_IN)

# The channels a kind of promise uses, best first ("" = not decided yet).
DEFAULT_CHANNELS: dict[str, tuple[str, ...]] = {
    CALL_BACK: (PHONE,),
    SEND_OFFER: (EMAIL, POST),
    TEST_DRIVE: (IN_PERSON,),
    APPOINTMENT: (IN_PERSON,),
    NEXT_STEP: ("",),
    HANDOVER_CALL: (PHONE,),
    BIRTHDAY_GREETING: (POST, EMAIL, PHONE),
    CHECK_IN: (PHONE, EMAIL, POST),
    OTHER: ("",),
}

DEFAULT_CHECKIN_MONTHS = 12
HANDOVER_CALL_AFTER_DAYS = 1
HORIZON_DAYS = 14  # how far ahead suggestions and the "upcoming" section look


class CareRuleError(ValueError):
    """A care rule refuses an action; ``str(error)`` says why in plain German."""


def check_offer_allowed(kind: str) -> None:
    """A birthday greeting stays a greeting: refuse to attach an offer to it."""
    if kind == BIRTHDAY_GREETING:
        raise CareRuleError(
            "Ein Geburtstagsgruß bleibt ein Gruß: Ihm wird kein Angebot beigefügt. "
            "Legen Sie für ein Angebot bitte eine eigene Zusage an."
        )


def add_months(day: date, months: int) -> date:
    """``day`` plus ``months`` calendar months; the 31st becomes the month's last day."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def birthday_in(year: int, birthday: date) -> date:
    """The birthday in ``year``; 29 February is greeted on 28 February in other years."""
    if birthday.month == 2 and birthday.day == 29 and not calendar.isleap(year):
        return date(year, 2, 28)
    return birthday.replace(year=year)


@dataclass(frozen=True, slots=True)
class CareRules:
    """The dealership's settings for suggested follow-ups."""

    checkin_months: int = DEFAULT_CHECKIN_MONTHS
    horizon_days: int = HORIZON_DAYS


@dataclass(frozen=True, slots=True)
class CareFacts:
    """What the rules need to know about one customer (plain values from storage)."""

    customer_id: uuid.UUID
    name: str
    owner: uuid.UUID | None = None  # the salesperson in charge
    birthday: date | None = None
    handovers: tuple[date, ...] = ()
    last_contact: date | None = None
    consents: tuple[Consent, ...] = ()
    # Kinds with their due dates of promises that already exist (open or done).
    existing: tuple[tuple[str, date], ...] = ()


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A follow-up the app suggests; the salesperson accepts it as a promise or leaves it.

    ``channel`` is the first channel with consent; ``blocked`` explains why none is allowed.
    """

    customer_id: uuid.UUID
    customer_name: str
    kind: str
    due: date
    reason: str
    channel: str | None
    blocked: str = ""

    @property
    def title(self) -> str:
        return PROMISE_KINDS[self.kind]

    @property
    def key(self) -> str:
        """Stable identity (for the calendar and for not suggesting it twice)."""
        return f"{self.customer_id}:{self.kind}:{self.due.isoformat()}"


def _exists(facts: CareFacts, kind: str, due: date, tolerance_days: int) -> bool:
    return any(k == kind and abs((d - due).days) <= tolerance_days for k, d in facts.existing)


def _suggest(facts: CareFacts, kind: str, due: date, reason: str, now: datetime) -> Suggestion:
    blocked = ""
    channel = None
    for candidate in DEFAULT_CHANNELS[kind]:
        if check_contact(candidate, facts.consents, now).allowed:
            channel = candidate
            break
    if channel is None:
        first = DEFAULT_CHANNELS[kind][0]
        blocked = check_contact(first, facts.consents, now).reason
        if len(DEFAULT_CHANNELS[kind]) > 1:
            blocked = (
                "Für keinen passenden Kanal (Telefon, E-Mail, Post) liegt ein Einverständnis "
                "des Kunden vor. Bitte holen Sie es zuerst ein (Kundenkartei → "
                "„Einverständnis erfassen…“)."
            )
    return Suggestion(facts.customer_id, facts.name, kind, due, reason, channel, blocked)


def suggest_followups(
    facts: CareFacts, today: date, now: datetime, rules: CareRules
) -> list[Suggestion]:
    """Care follow-ups due from ``today`` up to the horizon (or overdue but not yet done).

    - a call the day after each vehicle handover (for handovers in the last 30 days);
    - a birthday greeting, greeting only (no offer may be attached);
    - a check-in ``rules.checkin_months`` after the last handover or contact.
    A follow-up that already exists as a promise is not suggested again.
    """
    horizon = today + timedelta(days=rules.horizon_days)
    found: list[Suggestion] = []
    for handover in sorted(set(facts.handovers)):
        due = handover + timedelta(days=HANDOVER_CALL_AFTER_DAYS)
        if today - timedelta(days=30) <= due <= horizon and not _exists(
            facts, HANDOVER_CALL, due, 7
        ):
            reason = f"Fahrzeugübergabe am {handover:%d.%m.%Y}: fragen, ob alles passt."
            found.append(_suggest(facts, HANDOVER_CALL, due, reason, now))
    if facts.birthday is not None:
        for year in (today.year, today.year + 1):
            due = birthday_in(year, facts.birthday)
            if today <= due <= horizon and not _exists(facts, BIRTHDAY_GREETING, due, 14):
                reason = f"Geburtstag am {due:%d.%m.} – nur ein Gruß, kein Angebot."
                found.append(_suggest(facts, BIRTHDAY_GREETING, due, reason, now))
    anchors = [*facts.handovers, *([facts.last_contact] if facts.last_contact else [])]
    if anchors and rules.checkin_months > 0:
        last = max(anchors)
        due = add_months(last, rules.checkin_months)
        if due <= horizon and not _exists(facts, CHECK_IN, due, 31):
            reason = (
                f"Letzter Kontakt am {last:%d.%m.%Y} – nach {rules.checkin_months} Monaten "
                "nachfragen, ob alles passt."
            )
            found.append(_suggest(facts, CHECK_IN, due, reason, now))
    return sorted(found, key=lambda s: (s.due, s.kind))


# --- the agenda ("Wiedervorlage") -----------------------------------------------------------

OVERDUE = "overdue"
TODAY = "today"
UPCOMING = "upcoming"
LATER = "later"


def agenda_section(due: datetime, now: datetime, horizon_days: int = HORIZON_DAYS) -> str:
    """Which section of the Wiedervorlage an open promise belongs to, in ``now``'s time zone.

    Past its due time: overdue; later today: today; within the horizon: upcoming; else later.
    """
    local_due = due.astimezone(now.tzinfo)
    if local_due < now:
        return OVERDUE
    if local_due.date() == now.date():
        return TODAY
    if local_due.date() <= now.date() + timedelta(days=horizon_days):
        return UPCOMING
    return LATER


def suggestions_for(
    all_facts: Iterable[CareFacts], today: date, now: datetime, rules: CareRules
) -> list[Suggestion]:
    """Suggestions for many customers, soonest first."""
    found = [s for facts in all_facts for s in suggest_followups(facts, today, now, rules)]
    return sorted(found, key=lambda s: (s.due, s.customer_name, s.kind))
