"""Read-only queries for relationship care: a customer's conversations, care facts, dashboard."""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from kundengespraech.domain.dashboard import OFFER, SALE, TEST_DRIVE, PromiseFact, RescheduleFact
from kundengespraech.domain.followups import CareFacts
from kundengespraech.storage.contacts import consents_by_customer
from kundengespraech.storage.interviews import InterviewRecord, _customer_names, _record
from kundengespraech.storage.models import (
    AnswerRow,
    ContactRow,
    CustomerRow,
    InterviewRow,
    PromiseRow,
    SalespersonRow,
)
from kundengespraech.storage.promises import list_promises

HANDOVER = "handover"
SALE_CONTACTS = ("sale", HANDOVER)
PROMISE_OUTCOMES = {"test_drive": TEST_DRIVE, "send_offer": OFFER}
CONTACT_OUTCOMES = {"test_drive": TEST_DRIVE, "offer": OFFER, "sale": SALE, HANDOVER: SALE}


def interviews_of(session: Session, customer_id: uuid.UUID) -> list[InterviewRecord]:
    """A customer's conversations, oldest first."""
    rows = list(
        session.scalars(
            select(InterviewRow)
            .where(InterviewRow.customer_id == customer_id)
            .order_by(InterviewRow.created_at, InterviewRow.id)
        )
    )
    names = _customer_names(session, [row.id for row in rows])
    return [_record(row, names) for row in rows]


def latest_interview_before(
    session: Session, customer_id: uuid.UUID, moment: datetime
) -> uuid.UUID | None:
    return session.scalars(
        select(InterviewRow.id)
        .where(InterviewRow.customer_id == customer_id, InterviewRow.created_at <= moment)
        .order_by(InterviewRow.created_at.desc(), InterviewRow.id.desc())
        .limit(1)
    ).first()


def interview_customer(session: Session, interview_id: uuid.UUID) -> uuid.UUID | None:
    return session.scalars(
        select(InterviewRow.customer_id).where(InterviewRow.id == interview_id)
    ).first()


def care_facts(session: Session) -> list[CareFacts]:
    """What the follow-up rules need about every customer."""
    handovers: dict[uuid.UUID, list[date]] = defaultdict(list)
    last_contact: dict[uuid.UUID, datetime] = {}
    for customer_id, kind, at in session.execute(
        select(ContactRow.customer_id, ContactRow.kind, ContactRow.happened_at)
    ):
        if kind == HANDOVER:
            handovers[customer_id].append(at.astimezone().date())
        if customer_id not in last_contact or at > last_contact[customer_id]:
            last_contact[customer_id] = at
    for talked_to, at in session.execute(
        select(InterviewRow.customer_id, InterviewRow.created_at).where(
            InterviewRow.customer_id.is_not(None)
        )
    ):
        if talked_to is not None and (
            talked_to not in last_contact or at > last_contact[talked_to]
        ):
            last_contact[talked_to] = at
    existing: dict[uuid.UUID, list[tuple[str, date]]] = defaultdict(list)
    for promised_to, kind, due in session.execute(
        select(PromiseRow.customer_id, PromiseRow.kind, PromiseRow.due_at).where(
            PromiseRow.customer_id.is_not(None), PromiseRow.status != "cancelled"
        )
    ):
        if promised_to is not None:
            existing[promised_to].append((kind, due.astimezone().date()))
    consents = consents_by_customer(session)
    result = []
    for row in session.scalars(select(CustomerRow).order_by(CustomerRow.id)):
        contact = last_contact.get(row.id)
        result.append(
            CareFacts(
                customer_id=row.id,
                name=" ".join(p for p in (row.first_name, row.last_name) if p),
                owner=row.salesperson_id,
                birthday=row.birthday,
                handovers=tuple(sorted(handovers.get(row.id, ()))),
                last_contact=contact.astimezone().date() if contact else None,
                consents=tuple(consents.get(row.id, ())),
                existing=tuple(existing.get(row.id, ())),
            )
        )
    return result


@dataclass(frozen=True, slots=True)
class ConversationRow:
    """One conversation for the dashboard; ``answers`` give the needs named."""

    interview_id: uuid.UUID
    held_at: datetime
    salesperson_id: uuid.UUID | None
    branch: str
    outcomes: frozenset[str]
    answers: dict[str, object]


def conversation_rows(session: Session, start: datetime, end: datetime) -> list[ConversationRow]:
    """Conversations held from ``start`` (inclusive) to ``end`` (exclusive), with outcomes."""
    rows = list(
        session.execute(
            select(InterviewRow.id, InterviewRow.created_at, InterviewRow.salesperson_id)
            .where(InterviewRow.created_at >= start, InterviewRow.created_at < end)
            .order_by(InterviewRow.created_at, InterviewRow.id)
        ).all()
    )
    ids = [row[0] for row in rows]
    branches = dict(session.execute(select(SalespersonRow.id, SalespersonRow.branch)).all())
    outcomes: dict[uuid.UUID, set[str]] = defaultdict(set)
    answers: dict[uuid.UUID, dict[str, object]] = defaultdict(dict)
    if ids:
        for promised_in, kind, with_offer in session.execute(
            select(PromiseRow.interview_id, PromiseRow.kind, PromiseRow.with_offer).where(
                PromiseRow.interview_id.in_(ids), PromiseRow.status != "cancelled"
            )
        ):
            if promised_in is None:
                continue
            if kind in PROMISE_OUTCOMES:
                outcomes[promised_in].add(PROMISE_OUTCOMES[kind])
            if with_offer:
                outcomes[promised_in].add(OFFER)
        for contacted_in, kind in session.execute(
            select(ContactRow.interview_id, ContactRow.kind).where(ContactRow.interview_id.in_(ids))
        ):
            if contacted_in is not None and kind in CONTACT_OUTCOMES:
                outcomes[contacted_in].add(CONTACT_OUTCOMES[kind])
        for interview_id, question_id, value in session.execute(
            select(AnswerRow.interview_id, AnswerRow.question_id, AnswerRow.value).where(
                AnswerRow.interview_id.in_(ids)
            )
        ):
            answers[interview_id][question_id] = value
    return [
        ConversationRow(
            interview_id,
            held_at,
            salesperson_id,
            branches.get(salesperson_id, "") if salesperson_id else "",
            frozenset(outcomes.get(interview_id, ())),
            answers.get(interview_id, {}),
        )
        for interview_id, held_at, salesperson_id in rows
    ]


def promise_facts(session: Session) -> list[PromiseFact]:
    """Every promise not cancelled, with its moves, for the kept-on-time share."""
    facts = []
    for status in ("open", "done"):
        for record in list_promises(session, status=status):
            facts.append(
                PromiseFact(
                    record.due,
                    record.done_at,
                    record.salesperson_id,
                    record.branch,
                    tuple(
                        RescheduleFact(m.at, m.old_due, m.customer_informed)
                        for m in record.reschedules
                    ),
                )
            )
    return facts
