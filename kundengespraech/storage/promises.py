"""Promises and appointments: create, done, reschedule (with what the customer was told), list."""

from __future__ import annotations

import uuid
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session

from kundengespraech.storage.column_types import utcnow
from kundengespraech.storage.errors import RecordNotFoundError
from kundengespraech.storage.ids import new_id
from kundengespraech.storage.interviews import _customer_names as interview_names
from kundengespraech.storage.models import (
    CustomerRow,
    InterviewRow,
    PromiseRow,
    RescheduleRow,
    SalespersonRow,
)

NEXT_STEP_ORIGIN = "next_step"


@dataclass(frozen=True, slots=True)
class NewPromise:
    """What the salesperson promised; ``due`` must be timezone-aware."""

    kind: str
    due: datetime
    text: str = ""
    channel: str = ""
    customer_id: uuid.UUID | None = None
    interview_id: uuid.UUID | None = None
    salesperson_id: uuid.UUID | None = None
    origin: str = "manual"
    with_offer: bool = False


@dataclass(frozen=True, slots=True)
class RescheduleRecord:
    at: datetime
    old_due: datetime
    new_due: datetime
    customer_informed: bool
    note: str
    by: str


@dataclass(frozen=True, slots=True)
class PromiseRecord:
    id: uuid.UUID
    kind: str
    text: str
    channel: str
    due: datetime
    status: str
    done_at: datetime | None
    origin: str
    with_offer: bool
    customer_id: uuid.UUID | None
    customer_name: str
    interview_id: uuid.UUID | None
    salesperson_id: uuid.UUID | None
    salesperson_name: str
    branch: str
    created_at: datetime
    reschedules: tuple[RescheduleRecord, ...] = ()


def _aware(moment: datetime) -> None:
    if moment.utcoffset() is None:
        raise ValueError("promise times must be timezone-aware")


def _row(session: Session, promise_id: uuid.UUID) -> PromiseRow:
    row = session.get(PromiseRow, promise_id)
    if row is None:
        raise RecordNotFoundError(f"promise {promise_id} does not exist")
    return row


def create_promise(session: Session, promise: NewPromise, by: str = "") -> uuid.UUID:
    _aware(promise.due)
    now = utcnow()
    row = PromiseRow(
        id=new_id(),
        customer_id=promise.customer_id,
        interview_id=promise.interview_id,
        salesperson_id=promise.salesperson_id,
        kind=promise.kind,
        text=promise.text.strip(),
        channel=promise.channel,
        origin=promise.origin,
        with_offer=promise.with_offer,
        due_at=promise.due,
        status="open",
        created_at=now,
        updated_at=now,
        changed_by=by or None,
    )
    session.add(row)
    session.flush()
    return row.id


def sync_next_step(
    session: Session, interview_id: uuid.UUID, text: str, due: datetime | None, by: str = ""
) -> uuid.UUID | None:
    """Keep the promise of an interview's agreed next step in line with it.

    With a text and a due time the open promise is created or updated; without either it is
    cancelled. A promise already done stays done; a later step becomes a new promise.
    """
    interview = session.get(InterviewRow, interview_id)
    if interview is None:
        raise RecordNotFoundError(f"interview {interview_id} does not exist")
    row = session.scalars(
        select(PromiseRow)
        .where(
            PromiseRow.interview_id == interview_id,
            PromiseRow.origin == NEXT_STEP_ORIGIN,
            PromiseRow.status == "open",
        )
        .order_by(PromiseRow.id.desc())
        .limit(1)
    ).first()
    text = text.strip()
    if not text or due is None:
        if row is not None:
            row.status = "cancelled"
            row.updated_at = utcnow()
            row.changed_by = by or None
            session.flush()
        return None
    _aware(due)
    if row is None:
        return create_promise(
            session,
            NewPromise(
                kind="next_step",
                due=due,
                text=text,
                customer_id=interview.customer_id,
                interview_id=interview_id,
                salesperson_id=interview.salesperson_id,
                origin=NEXT_STEP_ORIGIN,
            ),
            by,
        )
    if row.text != text or row.due_at != due:
        row.text = text
        row.due_at = due
        row.updated_at = utcnow()
        row.changed_by = by or None
        session.flush()
    return row.id


def delete_next_steps(session: Session, interview_id: uuid.UUID) -> None:
    """Delete the promises made from a conversation's next step (with the conversation)."""
    session.execute(
        delete(PromiseRow).where(
            PromiseRow.interview_id == interview_id, PromiseRow.origin == NEXT_STEP_ORIGIN
        )
    )


def mark_done(
    session: Session, promise_id: uuid.UUID, by: str = "", at: datetime | None = None
) -> None:
    row = _row(session, promise_id)
    if row.status != "open":
        raise ValueError("only an open promise can be marked done")
    now = at or utcnow()
    row.status = "done"
    row.done_at = now
    row.updated_at = utcnow()
    row.changed_by = by or None
    session.flush()


def cancel(session: Session, promise_id: uuid.UUID, by: str = "") -> None:
    row = _row(session, promise_id)
    row.status = "cancelled"
    row.updated_at = utcnow()
    row.changed_by = by or None
    session.flush()


def reschedule(
    session: Session,
    promise_id: uuid.UUID,
    new_due: datetime,
    customer_informed: bool,
    note: str = "",
    by: str = "",
    at: datetime | None = None,
) -> None:
    """Move an open promise; the move and whether the customer was told beforehand are kept."""
    _aware(new_due)
    row = _row(session, promise_id)
    if row.status != "open":
        raise ValueError("only an open promise can be rescheduled")
    now = at or utcnow()
    session.add(
        RescheduleRow(
            id=new_id(),
            promise_id=promise_id,
            old_due=row.due_at,
            new_due=new_due,
            customer_informed=customer_informed,
            note=note.strip(),
            created_at=now,
            updated_at=now,
            changed_by=by or None,
        )
    )
    row.due_at = new_due
    row.updated_at = now
    row.changed_by = by or None
    session.flush()


def set_with_offer(session: Session, promise_id: uuid.UUID, with_offer: bool, by: str = "") -> None:
    row = _row(session, promise_id)
    row.with_offer = with_offer
    row.updated_at = utcnow()
    row.changed_by = by or None
    session.flush()


def get_promise(session: Session, promise_id: uuid.UUID) -> PromiseRecord:
    return _records(session, [_row(session, promise_id)])[0]


def list_promises(
    session: Session,
    *,
    status: str | None = "open",
    customer_id: uuid.UUID | None = None,
    salesperson_id: uuid.UUID | None = None,
    until: datetime | None = None,
    include_unassigned: bool = False,
    interview_ids: Collection[uuid.UUID] | None = None,
) -> list[PromiseRecord]:
    """Promises by due time (soonest first), filtered as asked; with ``include_unassigned``
    the salesperson's promises come with those nobody is responsible for; ``interview_ids``
    keeps those made in these conversations."""
    query = select(PromiseRow)
    if status is not None:
        query = query.where(PromiseRow.status == status)
    if customer_id is not None:
        query = query.where(PromiseRow.customer_id == customer_id)
    if salesperson_id is not None:
        mine = PromiseRow.salesperson_id == salesperson_id
        query = query.where(
            or_(mine, PromiseRow.salesperson_id.is_(None)) if include_unassigned else mine
        )
    if until is not None:
        query = query.where(PromiseRow.due_at <= until)
    if interview_ids is not None:
        query = query.where(PromiseRow.interview_id.in_(list(interview_ids)))
    rows = list(session.scalars(query.order_by(PromiseRow.due_at, PromiseRow.id)))
    return _records(session, rows)


def _records(session: Session, rows: Iterable[PromiseRow]) -> list[PromiseRecord]:
    rows = list(rows)
    if not rows:
        return []
    customer_ids = {r.customer_id for r in rows if r.customer_id}
    people_ids = {r.salesperson_id for r in rows if r.salesperson_id}
    names: dict[uuid.UUID, str] = {}
    if customer_ids:
        for cid, first, last in session.execute(
            select(CustomerRow.id, CustomerRow.first_name, CustomerRow.last_name).where(
                CustomerRow.id.in_(customer_ids)
            )
        ):
            names[cid] = " ".join(p for p in (first, last) if p)
    # A conversation not yet linked to a customer: the name its answers give.
    by_interview = interview_names(
        session, {r.interview_id for r in rows if r.interview_id and not r.customer_id}
    )
    people: dict[uuid.UUID, tuple[str, str]] = {}
    if people_ids:
        for pid, name, branch in session.execute(
            select(SalespersonRow.id, SalespersonRow.name, SalespersonRow.branch).where(
                SalespersonRow.id.in_(people_ids)
            )
        ):
            people[pid] = (name, branch)
    moves: dict[uuid.UUID, list[RescheduleRecord]] = {}
    for move in session.scalars(
        select(RescheduleRow)
        .where(RescheduleRow.promise_id.in_([r.id for r in rows]))
        .order_by(RescheduleRow.created_at, RescheduleRow.id)
    ):
        moves.setdefault(move.promise_id, []).append(
            RescheduleRecord(
                move.created_at,
                move.old_due,
                move.new_due,
                move.customer_informed,
                move.note,
                move.changed_by or "",
            )
        )
    result = []
    for r in rows:
        person = people.get(r.salesperson_id, ("", "")) if r.salesperson_id else ("", "")
        result.append(
            PromiseRecord(
                r.id,
                r.kind,
                r.text,
                r.channel,
                r.due_at,
                r.status,
                r.done_at,
                r.origin,
                r.with_offer,
                r.customer_id,
                names.get(r.customer_id, "")
                if r.customer_id
                else by_interview.get(r.interview_id, "")
                if r.interview_id
                else "",
                r.interview_id,
                r.salesperson_id,
                person[0],
                person[1],
                r.created_at,
                tuple(moves.get(r.id, ())),
            )
        )
    return result
