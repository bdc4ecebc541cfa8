"""A customer's timeline: conversations, sheets, promises, contacts, consents and changes."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from kundengespraech.domain.consent import CHANNEL_NAMES
from kundengespraech.domain.followups import PROMISE_KINDS
from kundengespraech.services.customers import CONTACT_KINDS, STAGE_NAMES
from kundengespraech.storage import care_queries, contacts, promises
from kundengespraech.storage import customers as store
from kundengespraech.storage import salespeople as people_store
from kundengespraech.storage.database import Database

CONVERSATION = "conversation"
CONTACT = "contact"
PROMISE = "promise"
CONSENT = "consent"
CHANGE = "change"

_STATUS = {"open": "offen", "done": "erledigt", "cancelled": "abgesagt"}


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """One line of the customer's timeline, newest first; ``ref`` is the record's id."""

    at: datetime
    category: str
    title: str
    detail: str = ""
    ref: uuid.UUID | None = None


class TimelineService:
    """A customer's timeline as plain entries, one short session a call."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def of_customer(self, customer_id: uuid.UUID) -> list[TimelineEntry]:
        """Everything that happened with the customer, newest first."""
        return customer_timeline(self._db, customer_id)


def _local(moment: datetime) -> str:
    return moment.astimezone().strftime("%d.%m.%Y %H:%M")


def customer_timeline(db: Database, customer_id: uuid.UUID) -> list[TimelineEntry]:
    """Everything that happened with the customer, newest first."""
    entries: list[TimelineEntry] = []
    with db.session() as session:
        names = {
            p.id: p.name for p in people_store.list_salespeople(session, include_inactive=True)
        }
        for talk in care_queries.interviews_of(session, customer_id):
            status = "abgeschlossen" if talk.status == "finished" else "offen"
            detail = f"mit {talk.salesperson}" if talk.salesperson else ""
            if talk.next_step_text:
                detail += f"; nächster Schritt: {talk.next_step_text}"
            entries.append(
                TimelineEntry(
                    talk.created_at,
                    CONVERSATION,
                    f"Beratungsgespräch ({status})",
                    detail.strip("; "),
                    talk.id,
                )
            )
        for contact in contacts.list_contacts(session, customer_id):
            title = CONTACT_KINDS.get(contact.kind, contact.kind)
            if contact.channel:
                title += f" ({CHANNEL_NAMES.get(contact.channel, contact.channel)})"
            who = names.get(contact.salesperson_id, "") if contact.salesperson_id else ""
            detail = "; ".join(p for p in (contact.text, f"von {who}" if who else "") if p)
            entries.append(TimelineEntry(contact.at, CONTACT, title, detail, contact.id))
        for promise in promises.list_promises(session, status=None, customer_id=customer_id):
            title = f"Zusage: {PROMISE_KINDS.get(promise.kind, promise.kind)}"
            detail = f"fällig {_local(promise.due)}, {_STATUS[promise.status]}"
            if promise.text:
                detail = f"{promise.text} – {detail}"
            for move in promise.reschedules:
                told = (
                    "Kunde vorher informiert"
                    if move.customer_informed
                    else "Kunde NICHT informiert"
                )
                detail += f"; verschoben von {_local(move.old_due)} ({told})"
            entries.append(TimelineEntry(promise.created_at, PROMISE, title, detail, promise.id))
        for record in contacts.list_consents(session, customer_id):
            consent = record.consent
            channel = CHANNEL_NAMES[consent.channel]
            entries.append(
                TimelineEntry(
                    consent.granted_at,
                    CONSENT,
                    f"Einverständnis {channel} erteilt",
                    f"„{consent.wording}“",
                    record.id,
                )
            )
            if consent.withdrawn_at is not None:
                entries.append(
                    TimelineEntry(
                        consent.withdrawn_at,
                        CONSENT,
                        f"Einverständnis {channel} widerrufen",
                        "",
                        record.id,
                    )
                )
        for change in store.history(session, customer_id):
            entries.append(TimelineEntry(change.at, CHANGE, *change_text(change, names)))
    return sorted(entries, key=lambda e: (e.at, e.category), reverse=True)


def change_text(change: store.ChangeRecord, names: dict[uuid.UUID, str]) -> tuple[str, str]:
    """What changed (``"Beziehung: Interessent → Neukunde"``) and the note with who did it."""
    by = f"von {change.by}" if change.by else ""
    note = "; ".join(p for p in (change.note, by) if p)
    if change.field == store.STAGE:
        old, new = STAGE_NAMES.get(change.old_value, "–"), STAGE_NAMES.get(change.new_value, "")
        return f"Beziehung: {old} → {new}", note
    if change.field == store.WISH:
        title = "Als Wunschkunde markiert" if change.new_value == "True" else "Wunschkunde entfernt"
        return title, note
    if change.field == store.OWNER:

        def name(value: str) -> str:
            return names.get(uuid.UUID(value), "?") if value else "niemand"

        return f"Übergeben: {name(change.old_value)} → {name(change.new_value)}", note
    if change.field == "merge":
        return "Doppelten Datensatz zusammengeführt", note
    return change.field, note
