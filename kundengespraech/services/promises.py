"""Use cases of promises: the Wiedervorlage, done, reschedule, care suggestions, consent gating."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from kundengespraech.domain.consent import check_contact
from kundengespraech.domain.followups import (
    OVERDUE,
    TODAY,
    UPCOMING,
    CareRuleError,
    CareRules,
    Suggestion,
    agenda_section,
    check_offer_allowed,
    suggestions_for,
)
from kundengespraech.services.salespeople import SalespeopleService
from kundengespraech.storage import care_queries, contacts
from kundengespraech.storage import promises as store
from kundengespraech.storage import settings as settings_store
from kundengespraech.storage.column_types import utcnow
from kundengespraech.storage.database import Database
from kundengespraech.storage.promises import NewPromise, PromiseRecord

CHECKIN_MONTHS_KEY = "care_checkin_months"
CARE_CALL_TIME = time(10, 0)


class ContactBlockedError(CareRuleError):
    """The customer has not consented to the promise's channel; the message says so."""


@dataclass(frozen=True, slots=True)
class AgendaItem:
    """An open promise in the Wiedervorlage; ``blocked`` explains a missing consent."""

    promise: PromiseRecord
    section: str
    blocked: str = ""


@dataclass(frozen=True, slots=True)
class Agenda:
    overdue: tuple[AgendaItem, ...]
    today: tuple[AgendaItem, ...]
    upcoming: tuple[AgendaItem, ...]
    suggestions: tuple[Suggestion, ...]

    @property
    def is_empty(self) -> bool:
        return not (self.overdue or self.today or self.upcoming or self.suggestions)


def local_now() -> datetime:
    return datetime.now().astimezone()


class PromiseService:
    """Promises in the database; every call is one short transaction."""

    def __init__(self, db: Database, people: SalespeopleService) -> None:
        self._db = db
        self._people = people

    # -- settings -------------------------------------------------------------------------

    def rules(self) -> CareRules:
        with self._db.session() as session:
            months = settings_store.get_setting(session, CHECKIN_MONTHS_KEY)
        return CareRules(checkin_months=months) if isinstance(months, int) else CareRules()

    def my_agenda(self, now: datetime | None = None) -> Agenda:
        """The Wiedervorlage of the salesperson at this laptop (everything if none is set)."""
        actor = self._people.current()
        return self.agenda(now, actor.salesperson_id, with_unassigned=True)

    def set_checkin_months(self, months: int) -> None:
        if months < 0:
            raise ValueError("months must not be negative")
        with self._db.session() as session:
            settings_store.set_setting(session, CHECKIN_MONTHS_KEY, months)

    # -- the Wiedervorlage ----------------------------------------------------------------

    def agenda(
        self,
        now: datetime | None = None,
        salesperson_id: uuid.UUID | None = None,
        *,
        with_unassigned: bool = False,
    ) -> Agenda:
        """Open promises by section (overdue, today, the next days) and care suggestions.

        With ``salesperson_id``: that salesperson's promises and customers only, plus (with
        ``with_unassigned``) those nobody is responsible for.
        """
        now = now or local_now()
        rules = self.rules()
        horizon = now + timedelta(days=rules.horizon_days + 1)
        with self._db.session() as session:
            records = store.list_promises(
                session,
                status="open",
                salesperson_id=salesperson_id,
                until=horizon,
                include_unassigned=with_unassigned,
            )
            consents = contacts.consents_by_customer(session)
            facts = care_queries.care_facts(session)
        if salesperson_id is not None:
            facts = [
                f
                for f in facts
                if f.owner == salesperson_id or (with_unassigned and f.owner is None)
            ]
        sections: dict[str, list[AgendaItem]] = {OVERDUE: [], TODAY: [], UPCOMING: []}
        for record in records:
            section = agenda_section(record.due, now, rules.horizon_days)
            if section not in sections:
                continue
            given = consents.get(record.customer_id, []) if record.customer_id else []
            check = check_contact(record.channel, given, now)
            sections[section].append(AgendaItem(record, section, check.reason))
        suggestions = suggestions_for(facts, now.date(), now, rules)
        return Agenda(
            tuple(sections[OVERDUE]),
            tuple(sections[TODAY]),
            tuple(sections[UPCOMING]),
            tuple(suggestions),
        )

    def open_promises(self, salesperson_id: uuid.UUID | None = None) -> list[PromiseRecord]:
        with self._db.session() as session:
            return store.list_promises(session, status="open", salesperson_id=salesperson_id)

    def for_customer(self, customer_id: uuid.UUID) -> list[PromiseRecord]:
        with self._db.session() as session:
            return store.list_promises(session, status=None, customer_id=customer_id)

    def blocked_reasons(
        self, records: list[PromiseRecord], now: datetime | None = None
    ) -> dict[uuid.UUID, str]:
        """Why each promise may not be carried out on its channel now ("" when it may)."""
        moment = now or utcnow()
        customers = {r.customer_id for r in records if r.customer_id is not None}
        with self._db.session() as session:
            # Many customers (a full calendar export): one query over all is cheaper.
            wanted = customers if len(customers) <= 500 else None
            consents = contacts.consents_by_customer(session, wanted)
        return {
            r.id: check_contact(
                r.channel, consents.get(r.customer_id, []) if r.customer_id else [], moment
            ).reason
            for r in records
        }

    def get(self, promise_id: uuid.UUID) -> PromiseRecord:
        with self._db.session() as session:
            return store.get_promise(session, promise_id)

    # -- changing promises ----------------------------------------------------------------

    def _gate(self, customer_id: uuid.UUID | None, channel: str) -> None:
        if customer_id is None:
            return
        with self._db.session() as session:
            given = [c.consent for c in contacts.list_consents(session, customer_id)]
        check = check_contact(channel, given, utcnow())
        if not check.allowed:
            raise ContactBlockedError(check.reason)

    def promise(
        self,
        kind: str,
        due: datetime,
        *,
        customer_id: uuid.UUID | None = None,
        interview_id: uuid.UUID | None = None,
        text: str = "",
        channel: str = "",
        with_offer: bool = False,
        origin: str = "manual",
    ) -> uuid.UUID:
        """Record a promise. Raises ContactBlockedError without consent to the channel and
        CareRuleError for an offer attached to a birthday greeting."""
        if with_offer:
            check_offer_allowed(kind)
        if customer_id is None and interview_id is not None:
            # Resolve the customer first, so that the consent gate sees who is contacted.
            with self._db.session() as session:
                customer_id = care_queries.interview_customer(session, interview_id)
        self._gate(customer_id, channel)
        if due.tzinfo is None:
            due = due.astimezone()
        actor = self._people.current()
        with self._db.session() as session:
            if interview_id is None and customer_id is not None:
                # It counts for the customer's latest conversation (for the dashboard).
                interview_id = care_queries.latest_interview_before(session, customer_id, utcnow())
            new = NewPromise(
                kind, due, text, channel, customer_id, interview_id,
                actor.salesperson_id, origin, with_offer,
            )  # fmt: skip
            return store.create_promise(session, new, actor.name)

    def accept(self, suggestion: Suggestion, channel: str | None = None) -> uuid.UUID:
        """Turn a care suggestion into a promise (at 10:00 on its day, or now if that passed)."""
        chosen = suggestion.channel if channel is None else channel
        if chosen is None:
            raise ContactBlockedError(suggestion.blocked)
        due = datetime.combine(suggestion.due, CARE_CALL_TIME).astimezone()
        return self.promise(
            suggestion.kind,
            max(due, local_now().replace(second=0, microsecond=0)),
            customer_id=suggestion.customer_id,
            text=suggestion.reason,
            channel=chosen,
            origin="care",
        )

    def attach_offer(self, promise_id: uuid.UUID) -> None:
        """Attach an offer to a promise; a birthday greeting refuses (CareRuleError)."""
        record = self.get(promise_id)
        check_offer_allowed(record.kind)
        by = self._people.current().name
        with self._db.session() as session:
            store.set_with_offer(session, promise_id, True, by)

    def done(self, promise_id: uuid.UUID) -> None:
        """Mark a promise kept; refused (ContactBlockedError) while its channel lacks consent."""
        record = self.get(promise_id)
        self._gate(record.customer_id, record.channel)
        by = self._people.current().name
        with self._db.session() as session:
            store.mark_done(session, promise_id, by)

    def reschedule(
        self, promise_id: uuid.UUID, new_due: datetime, customer_informed: bool, note: str = ""
    ) -> None:
        """Move a promise; whether the customer was told beforehand is recorded with the move."""
        if new_due.tzinfo is None:
            new_due = new_due.astimezone()
        by = self._people.current().name
        with self._db.session() as session:
            store.reschedule(session, promise_id, new_due, customer_informed, note, by)

    def cancel(self, promise_id: uuid.UUID) -> None:
        by = self._people.current().name
        with self._db.session() as session:
            store.cancel(session, promise_id, by)

    def sync_next_step(self, interview_id: uuid.UUID, text: str, due: datetime | None) -> None:
        """The result screen's next step as a promise of that conversation."""
        if due is not None and due.tzinfo is None:
            due = due.astimezone()
        by = self._people.current().name
        with self._db.session() as session:
            store.sync_next_step(session, interview_id, text, due, by)


def default_due(day: date) -> datetime:
    """A suggested due time on ``day``: 10:00 local time."""
    return datetime.combine(day, CARE_CALL_TIME).astimezone()
