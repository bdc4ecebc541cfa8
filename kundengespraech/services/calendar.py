"""Use case: promises and suggested follow-ups as an iCalendar (.ics) file for calendars."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime, timedelta
from pathlib import Path

from icalendar import Alarm, Calendar, Event

from kundengespraech.domain.consent import CHANNEL_NAMES
from kundengespraech.domain.followups import PROMISE_KINDS, Suggestion
from kundengespraech.services.files import write_atomically
from kundengespraech.services.promises import PromiseService
from kundengespraech.services.salespeople import SalespeopleService
from kundengespraech.storage.promises import PromiseRecord

PRODID = "-//Kundengespraech//Wiedervorlage//DE"
UID_DOMAIN = "kundengespraech"
APPOINTMENT_MINUTES = 30


class UnknownSalespersonError(LookupError):
    """No profile has the name asked for; ``str(error)`` names it."""


def _summary(kind: str, customer: str) -> str:
    title = PROMISE_KINDS.get(kind, kind)
    return f"{title} – {customer}" if customer else title


def promise_event(record: PromiseRecord, stamp: datetime, blocked: str = "") -> Event:
    """One promise as a 30-minute appointment at its due time (UTC), reminded 15 minutes ahead.

    ``blocked`` is the consent gate's reason when the channel may not be used now: the entry
    then says "Nicht kontaktieren" instead of naming the channel.
    """
    event = Event()
    event.add("uid", f"{record.id}@{UID_DOMAIN}")
    event.add("dtstamp", stamp)
    event.add("dtstart", record.due.astimezone(UTC))
    event.add("dtend", record.due.astimezone(UTC) + timedelta(minutes=APPOINTMENT_MINUTES))
    summary = _summary(record.kind, record.customer_name)
    event.add("summary", f"Nicht kontaktieren: {summary}" if blocked else summary)
    lines = [record.text] if record.text else []
    if blocked:
        lines.append(f"Nicht kontaktieren: {blocked}")
    elif record.channel:
        lines.append(f"Kanal: {CHANNEL_NAMES.get(record.channel, record.channel)}")
    if record.salesperson_name:
        lines.append(f"Zuständig: {record.salesperson_name}")
    if record.reschedules:
        lines.append(f"{len(record.reschedules)}× verschoben")
    if lines:
        event.add("description", "\n".join(lines))
    event.add("categories", [PROMISE_KINDS.get(record.kind, record.kind)])
    event.add("status", "CONFIRMED")
    event.add("sequence", len(record.reschedules))
    event.add("created", record.created_at.astimezone(UTC))
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", _summary(record.kind, record.customer_name))
    alarm.add("trigger", timedelta(minutes=-15))
    event.add_component(alarm)
    return event


def suggestion_event(suggestion: Suggestion, stamp: datetime) -> Event:
    """A suggested follow-up as an all-day entry that does not block time."""
    event = Event()
    digest = hashlib.sha256(suggestion.key.encode()).hexdigest()[:32]
    event.add("uid", f"vorschlag-{digest}@{UID_DOMAIN}")
    event.add("dtstamp", stamp)
    event.add("dtstart", suggestion.due)
    event.add("dtend", suggestion.due + timedelta(days=1))
    event.add("summary", f"Vorschlag: {_summary(suggestion.kind, suggestion.customer_name)}")
    text = suggestion.reason
    if suggestion.blocked:
        text += f"\nNicht kontaktieren: {suggestion.blocked}"
    elif suggestion.channel:
        text += f"\nKanal: {CHANNEL_NAMES.get(suggestion.channel, suggestion.channel)}"
    event.add("description", text)
    event.add("categories", ["Kundenpflege"])
    event.add("transp", "TRANSPARENT")
    return event


def calendar_bytes(
    promises: Iterable[PromiseRecord],
    suggestions: Iterable[Suggestion] = (),
    stamp: datetime | None = None,
    name: str = "Kundengespräch – Wiedervorlage",
    blocked: Mapping[uuid.UUID, str] | None = None,
) -> bytes:
    """An iCalendar file (RFC 5545, UTF-8, CRLF) of the given promises and suggestions."""
    stamp = (stamp or datetime.now(UTC)).astimezone(UTC)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    for record in promises:
        reason = (blocked or {}).get(record.id, "")
        calendar.add_component(promise_event(record, stamp, reason))
    for suggestion in suggestions:
        calendar.add_component(suggestion_event(suggestion, stamp))
    data: bytes = calendar.to_ical()
    return data


class CalendarService:
    """Exports open promises and the app's care suggestions."""

    def __init__(self, promises: PromiseService, people: SalespeopleService) -> None:
        self._promises = promises
        self._people = people

    def _salesperson_id(self, name: str | None) -> uuid.UUID | None:
        if not name:
            return None
        found = self._people.find(name)
        if found is None:
            raise UnknownSalespersonError(f"Keine Verkäuferin und kein Verkäufer „{name}“.")
        return found.id

    def export_all(self, salesperson: str | None = None, now: datetime | None = None) -> bytes:
        """Every open promise and the suggestions due soon (optionally of one salesperson)."""
        salesperson_id = self._salesperson_id(salesperson)
        agenda = self._promises.agenda(now, salesperson_id)
        records = self._promises.open_promises(salesperson_id)
        title = "Kundengespräch – Wiedervorlage" + (f" {salesperson}" if salesperson else "")
        blocked = self._promises.blocked_reasons(records, now)
        return calendar_bytes(records, agenda.suggestions, name=title, blocked=blocked)

    def export_one(self, promise_id: uuid.UUID) -> bytes:
        records = [self._promises.get(promise_id)]
        return calendar_bytes(records, blocked=self._promises.blocked_reasons(records))

    def write(self, path: Path, data: bytes) -> None:
        write_atomically(path, data)
