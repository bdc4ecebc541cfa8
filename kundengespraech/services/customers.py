"""Use cases of the customer file: link conversations, search, stage, hand-over, merge, consent."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from kundengespraech.domain.care.people import ContactData
from kundengespraech.domain.consent import (
    CONSENT_CHANNELS,
    CONSENT_WORDING,
    check_channel,
    check_contact,
)
from kundengespraech.services.promises import ContactBlockedError
from kundengespraech.services.salespeople import SalespeopleService
from kundengespraech.storage import care_queries, contacts
from kundengespraech.storage import customers as store
from kundengespraech.storage import interviews as interview_store
from kundengespraech.storage.column_types import utcnow
from kundengespraech.storage.contacts import ConsentRecord
from kundengespraech.storage.customers import ChangeRecord, CustomerRecord
from kundengespraech.storage.database import Database

CONTACT_KINDS = {
    "call": "Telefonat",
    "email": "E-Mail",
    "letter": "Brief",
    "visit": "Besuch im Autohaus",
    "test_drive": "Probefahrt",
    "offer": "Angebot übergeben",
    "sale": "Kaufvertrag",
    "handover": "Fahrzeugübergabe",
    "sheet": "Empfehlungsblatt mitgegeben",
    "note": "Notiz",
}
STAGE_NAMES = {
    "interessent": "Interessent",
    "neukunde": "Neukunde",
    "stammkunde": "Stammkunde",
    "topkunde": "Top-Kunde",
}


def contact_from_answers(answers: Mapping[str, Any]) -> ContactData:
    """The customer's details as given on the interview's customer page."""

    def text(key: str) -> str:
        value = answers.get(f"customer.{key}")
        return value.strip() if isinstance(value, str) else ""

    birthday: date | None = None
    try:
        birthday = date.fromisoformat(text("birthday")) if text("birthday") else None
    except ValueError:
        birthday = None
    return ContactData(
        text("salutation"),
        text("first_name"),
        text("last_name"),
        text("email"),
        text("phone"),
        birthday,
        text("language") or "de",
    )


@dataclass(frozen=True, slots=True)
class KnownCustomer:
    """What the salesperson is told about a match: no names, nothing the customer did not say."""

    customer_id: uuid.UUID
    since: date
    conversations: int


@dataclass(frozen=True, slots=True)
class LinkProposal:
    """Outcome of looking at a conversation's customer answers.

    ``linked``: the conversation now belongs to ``customer_id``. Otherwise, with ``match``,
    the salesperson decides (:meth:`CustomerService.link`); without it there was no name yet.
    """

    linked: bool
    customer_id: uuid.UUID | None = None
    created: bool = False
    match: KnownCustomer | None = None


class CustomerService:
    """Every call is one short transaction; changes are recorded with the current salesperson."""

    def __init__(self, db: Database, people: SalespeopleService) -> None:
        self._db = db
        self._people = people

    # -- linking conversations ------------------------------------------------------------

    def propose_link(self, interview_id: uuid.UUID) -> LinkProposal:
        """Link a conversation to its customer where that is certain; else ask about a match.

        A conversation already linked refreshes the customer's contact data. A new name with
        no match creates the customer. A match is only proposed, never linked silently.
        """
        actor = self._people.current()
        with self._db.session() as session:
            interview_store.get_interview(session, interview_id)  # raises if gone
            contact = contact_from_answers(interview_store.load_answers(session, interview_id))
            linked = care_queries.interview_customer(session, interview_id)
            if linked is not None:
                store.update_contact(session, linked, contact, actor.name)
                return LinkProposal(True, linked)
            if not contact.last_name:
                return LinkProposal(False)
            matches = store.find_matches(session, contact)
            if matches:
                first = matches[0]
                count = len(care_queries.interviews_of(session, first.id))
                since = first.created_at.astimezone().date()
                return LinkProposal(False, match=KnownCustomer(first.id, since, count))
            owner = actor.salesperson_id
            customer_id = store.create_customer(session, contact, owner, actor.name)
            store.link_interview(session, interview_id, customer_id)
            return LinkProposal(True, customer_id, created=True)

    def link(self, interview_id: uuid.UUID, customer_id: uuid.UUID | None) -> uuid.UUID:
        """Link to the known customer ``customer_id``, or (``None``) to a new record."""
        actor = self._people.current()
        with self._db.session() as session:
            contact = contact_from_answers(interview_store.load_answers(session, interview_id))
            if customer_id is None:
                customer_id = store.create_customer(
                    session, contact, actor.salesperson_id, actor.name
                )
            else:
                store.update_contact(session, customer_id, contact, actor.name)
            store.link_interview(session, interview_id, customer_id)
        return customer_id

    # -- the customer list and file -------------------------------------------------------

    def search(self, text: str = "") -> list[CustomerRecord]:
        with self._db.session() as session:
            return store.search_customers(session, text)

    def get(self, customer_id: uuid.UUID) -> CustomerRecord:
        with self._db.session() as session:
            return store.get_customer(session, customer_id)

    def history(self, customer_id: uuid.UUID) -> list[ChangeRecord]:
        with self._db.session() as session:
            return store.history(session, customer_id)

    def duplicates(self) -> list[list[CustomerRecord]]:
        with self._db.session() as session:
            return store.duplicate_groups(session)

    def duplicates_of(self, customer_id: uuid.UUID) -> list[CustomerRecord]:
        with self._db.session() as session:
            record = store.get_customer(session, customer_id)
            return store.find_matches(session, record.contact, exclude=customer_id)

    def set_stage(self, customer_id: uuid.UUID, stage: str, note: str = "") -> None:
        by = self._people.current().name
        with self._db.session() as session:
            store.set_stage(session, customer_id, stage, by, note)

    def set_wish_customer(self, customer_id: uuid.UUID, wish: bool, note: str = "") -> None:
        by = self._people.current().name
        with self._db.session() as session:
            store.set_wish_customer(session, customer_id, wish, by, note)

    def hand_over(self, customer_id: uuid.UUID, to: uuid.UUID, note: str = "") -> None:
        by = self._people.current().name
        with self._db.session() as session:
            store.hand_over(session, customer_id, to, by, note)

    def merge(self, keep: uuid.UUID, duplicate: uuid.UUID) -> None:
        by = self._people.current().name
        with self._db.session() as session:
            store.merge_customers(session, keep, duplicate, by)

    # -- contacts and consent -------------------------------------------------------------

    def record_contact(
        self,
        customer_id: uuid.UUID,
        kind: str,
        at: datetime | None = None,
        channel: str = "",
        text: str = "",
    ) -> uuid.UUID:
        """Log a contact; it counts for the customer's latest conversation before it.

        Raises :class:`ContactBlockedError` (nothing is written) when ``channel`` needs the
        customer's consent and it was not given, or withdrawn, at ``at``.
        """
        if kind not in CONTACT_KINDS:
            raise ValueError(f"unknown contact kind {kind!r}")
        check_channel(channel)
        actor = self._people.current()
        at = at or utcnow()
        if at.tzinfo is None:
            at = at.astimezone()
        with self._db.session() as session:
            # The one consent gate: a contact on a channel that needs consent is refused
            # unless the customer had given it (and not withdrawn it) at that moment.
            given = [c.consent for c in contacts.list_consents(session, customer_id)]
            check = check_contact(channel, given, at)
            if not check.allowed:
                raise ContactBlockedError(check.reason)
            interview_id = care_queries.latest_interview_before(session, customer_id, at)
            return contacts.record_contact(
                session,
                customer_id,
                kind,
                at,
                channel=channel,
                text=text,
                interview_id=interview_id,
                salesperson_id=actor.salesperson_id,
                by=actor.name,
            )

    def record_sheet(self, interview_id: uuid.UUID, how: str = "") -> uuid.UUID | None:
        """Note in the customer's timeline that the sheet of this conversation was handed over."""
        with self._db.session() as session:
            customer_id = care_queries.interview_customer(session, interview_id)
        if customer_id is None:
            return None
        return self.record_contact(customer_id, "sheet", text=how)

    def agreed_channels(
        self, interview_id: uuid.UUID, moment: datetime | None = None
    ) -> tuple[str, ...]:
        """The channels the customer of this conversation consents to now (none if the
        conversation has no customer yet), in the order phone, e-mail, post."""
        with self._db.session() as session:
            customer_id = care_queries.interview_customer(session, interview_id)
        if customer_id is None:
            return ()
        now = moment or datetime.now(UTC)
        active = {r.consent.channel for r in self.consents(customer_id) if r.consent.active_at(now)}
        return tuple(c for c in CONSENT_CHANNELS if c in active)

    def consents(self, customer_id: uuid.UUID) -> list[ConsentRecord]:
        with self._db.session() as session:
            return contacts.list_consents(session, customer_id)

    def record_consent(
        self, customer_id: uuid.UUID, channel: str, wording: str | None = None
    ) -> uuid.UUID:
        """Record consent to ``channel`` with the wording shown (the standard one by default)."""
        by = self._people.current().name
        with self._db.session() as session:
            return contacts.record_consent(
                session, customer_id, channel, wording or CONSENT_WORDING[channel], by=by
            )

    def withdraw_consent(self, customer_id: uuid.UUID, channel: str) -> int:
        by = self._people.current().name
        with self._db.session() as session:
            return contacts.withdraw_consent(session, customer_id, channel, by=by)
