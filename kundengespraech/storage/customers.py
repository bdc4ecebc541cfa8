"""Customers: contact data, stage, Wunschkunde flag and owner with history, duplicates, merge."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, func, or_, select, update
from sqlalchemy.orm import Session

from kundengespraech.domain.care.people import ContactData, same_person
from kundengespraech.storage.column_types import utcnow
from kundengespraech.storage.errors import RecordNotFoundError
from kundengespraech.storage.ids import new_id
from kundengespraech.storage.models import (
    CUSTOMER_STAGES,
    AnswerRow,
    ConsentRow,
    ContactRow,
    CustomerChangeRow,
    CustomerMergeRow,
    CustomerRow,
    InterviewRow,
    PromiseRow,
    RescheduleRow,
    SalespersonRow,
)

STAGE = "stage"
WISH = "wish_customer"
OWNER = "salesperson"


@dataclass(frozen=True, slots=True)
class CustomerRecord:
    id: uuid.UUID
    contact: ContactData
    stage: str
    wish_customer: bool
    salesperson_id: uuid.UUID | None
    salesperson_name: str
    created_at: datetime
    updated_at: datetime

    @property
    def name(self) -> str:
        return self.contact.name


@dataclass(frozen=True, slots=True)
class ChangeRecord:
    """One entry of a customer's history of stage, Wunschkunde and hand-over."""

    at: datetime
    field: str
    old_value: str
    new_value: str
    note: str
    by: str


def _contact(row: CustomerRow) -> ContactData:
    return ContactData(
        row.salutation,
        row.first_name,
        row.last_name,
        row.email,
        row.phone,
        row.birthday,
        row.language,
    )


def _records(session: Session, rows: list[CustomerRow]) -> list[CustomerRecord]:
    owner_ids = {row.salesperson_id for row in rows if row.salesperson_id}
    names: dict[uuid.UUID, str] = {}
    if owner_ids:
        names = dict(
            session.execute(
                select(SalespersonRow.id, SalespersonRow.name).where(
                    SalespersonRow.id.in_(owner_ids)
                )
            ).all()
        )
    return [
        CustomerRecord(
            row.id,
            _contact(row),
            row.stage,
            row.wish_customer,
            row.salesperson_id,
            names.get(row.salesperson_id, "") if row.salesperson_id else "",
            row.created_at,
            row.updated_at,
        )
        for row in rows
    ]


def _row(session: Session, customer_id: uuid.UUID) -> CustomerRow:
    row = session.get(CustomerRow, customer_id)
    if row is None:
        raise RecordNotFoundError(f"customer {customer_id} does not exist")
    return row


def create_customer(
    session: Session,
    contact: ContactData,
    salesperson_id: uuid.UUID | None = None,
    by: str = "",
) -> uuid.UUID:
    now = utcnow()
    row = CustomerRow(id=new_id(), created_at=now, updated_at=now, changed_by=by or None)
    _write_contact(row, contact)
    row.stage = "interessent"
    row.wish_customer = False
    row.salesperson_id = salesperson_id
    session.add(row)
    session.flush()
    return row.id


def _write_contact(row: CustomerRow, contact: ContactData) -> None:
    row.salutation = contact.salutation.strip()
    row.first_name = contact.first_name.strip()
    row.last_name = contact.last_name.strip()
    row.email = contact.email.strip()
    row.phone = contact.phone.strip()
    row.birthday = contact.birthday
    row.language = contact.language or "de"


def update_contact(
    session: Session, customer_id: uuid.UUID, contact: ContactData, by: str = ""
) -> None:
    """Take the newer contact data; a field left empty keeps what is known."""
    row = _row(session, customer_id)
    old = _contact(row)
    merged = ContactData(
        contact.salutation or old.salutation,
        contact.first_name or old.first_name,
        contact.last_name or old.last_name,
        contact.email or old.email,
        contact.phone or old.phone,
        contact.birthday or old.birthday,
        contact.language or old.language,
    )
    if merged != old:
        _write_contact(row, merged)
        row.updated_at = utcnow()
        row.changed_by = by or None
        session.flush()


def get_customer(session: Session, customer_id: uuid.UUID) -> CustomerRecord:
    return _records(session, [_row(session, customer_id)])[0]


def search_customers(session: Session, text: str = "", limit: int = 200) -> list[CustomerRecord]:
    """Customers whose name, e-mail or phone contains every word of ``text``; by last name."""
    query = select(CustomerRow)
    for word in text.lower().split():
        pattern = f"%{word}%"
        query = query.where(
            or_(
                func.lower(CustomerRow.first_name).like(pattern),
                func.lower(CustomerRow.last_name).like(pattern),
                func.lower(CustomerRow.email).like(pattern),
                CustomerRow.phone.like(pattern),
            )
        )
    query = query.order_by(CustomerRow.last_name, CustomerRow.first_name, CustomerRow.id)
    return _records(session, list(session.scalars(query.limit(limit))))


def find_matches(
    session: Session, contact: ContactData, exclude: uuid.UUID | None = None
) -> list[CustomerRecord]:
    """Known customers who are the same person (same name and phone or e-mail), oldest first."""
    if not contact.last_name.strip():
        return []
    query = select(CustomerRow).where(
        func.lower(CustomerRow.last_name) == contact.last_name.strip().lower()
    )
    if exclude is not None:
        query = query.where(CustomerRow.id != exclude)
    rows = [row for row in session.scalars(query.order_by(CustomerRow.id)) if same_person(
        contact, _contact(row)
    )]  # fmt: skip
    return _records(session, rows)


def duplicate_groups(session: Session) -> list[list[CustomerRecord]]:
    """Groups of customers who appear to be one person, oldest record first in each group."""
    rows = list(session.scalars(select(CustomerRow).order_by(CustomerRow.id)))
    groups: list[list[CustomerRow]] = []
    for row in rows:
        for group in groups:
            if same_person(_contact(group[0]), _contact(row)):
                group.append(row)
                break
        else:
            groups.append([row])
    return [_records(session, group) for group in groups if len(group) > 1]


def _log_change(
    session: Session, customer_id: uuid.UUID, field: str, old: str, new: str, note: str, by: str
) -> None:
    now = utcnow()
    session.add(
        CustomerChangeRow(
            id=new_id(),
            customer_id=customer_id,
            field=field,
            old_value=old,
            new_value=new,
            note=note,
            created_at=now,
            updated_at=now,
            changed_by=by or None,
        )
    )


def set_stage(
    session: Session, customer_id: uuid.UUID, stage: str, by: str = "", note: str = ""
) -> None:
    if stage not in CUSTOMER_STAGES:
        raise ValueError(f"unknown stage {stage!r}")
    row = _row(session, customer_id)
    if row.stage != stage:
        _log_change(session, customer_id, STAGE, row.stage, stage, note, by)
        row.stage = stage
        row.updated_at = utcnow()
        row.changed_by = by or None
    session.flush()


def set_wish_customer(
    session: Session, customer_id: uuid.UUID, wish: bool, by: str = "", note: str = ""
) -> None:
    row = _row(session, customer_id)
    if row.wish_customer != wish:
        _log_change(session, customer_id, WISH, str(row.wish_customer), str(wish), note, by)
        row.wish_customer = wish
        row.updated_at = utcnow()
        row.changed_by = by or None
    session.flush()


def hand_over(
    session: Session, customer_id: uuid.UUID, to: uuid.UUID, by: str = "", note: str = ""
) -> None:
    """Make colleague ``to`` responsible for the customer and their open promises.

    Nothing else changes: conversations, contacts and done promises keep who held them.
    """
    row = _row(session, customer_id)
    if session.get(SalespersonRow, to) is None:
        raise RecordNotFoundError(f"salesperson {to} does not exist")
    if row.salesperson_id == to:
        return
    old = str(row.salesperson_id) if row.salesperson_id else ""
    _log_change(session, customer_id, OWNER, old, str(to), note, by)
    row.salesperson_id = to
    row.updated_at = utcnow()
    row.changed_by = by or None
    session.execute(
        update(PromiseRow)
        .where(PromiseRow.customer_id == customer_id, PromiseRow.status == "open")
        .values(salesperson_id=to, updated_at=utcnow(), changed_by=by or None)
    )
    session.flush()


def history(session: Session, customer_id: uuid.UUID) -> list[ChangeRecord]:
    rows = session.scalars(
        select(CustomerChangeRow)
        .where(CustomerChangeRow.customer_id == customer_id)
        .order_by(CustomerChangeRow.created_at, CustomerChangeRow.id)
    )
    return [
        ChangeRecord(r.created_at, r.field, r.old_value, r.new_value, r.note, r.changed_by or "")
        for r in rows
    ]


def link_interview(session: Session, interview_id: uuid.UUID, customer_id: uuid.UUID) -> None:
    """Attach a conversation (and its promises) to a customer."""
    interview = session.get(InterviewRow, interview_id)
    if interview is None:
        raise RecordNotFoundError(f"interview {interview_id} does not exist")
    _row(session, customer_id)
    interview.customer_id = customer_id
    session.execute(
        update(PromiseRow)
        .where(PromiseRow.interview_id == interview_id)
        .values(customer_id=customer_id)
    )
    session.flush()


_CHILD_TABLES = (InterviewRow, PromiseRow, ContactRow, ConsentRow, CustomerChangeRow)


def merge_customers(session: Session, keep: uuid.UUID, duplicate: uuid.UUID, by: str = "") -> None:
    """Move everything of ``duplicate`` to ``keep``, then delete the duplicate.

    Contact data the kept record lacks is taken over; the higher stage and the Wunschkunde
    flag survive. A tombstone (ids only) records where the duplicate went.
    """
    if keep == duplicate:
        raise ValueError("a customer cannot be merged into itself")
    kept, dup = _row(session, keep), _row(session, duplicate)
    update_contact(session, keep, _contact(dup), by)
    if not kept.birthday and dup.birthday:
        kept.birthday = dup.birthday
    if CUSTOMER_STAGES.index(dup.stage) > CUSTOMER_STAGES.index(kept.stage):
        set_stage(session, keep, dup.stage, by, note="aus zusammengeführtem Datensatz")
    if dup.wish_customer and not kept.wish_customer:
        set_wish_customer(session, keep, True, by, note="aus zusammengeführtem Datensatz")
    if kept.salesperson_id is None and dup.salesperson_id is not None:
        kept.salesperson_id = dup.salesperson_id
    for table in _CHILD_TABLES:
        session.execute(
            update(table).where(table.customer_id == duplicate).values(customer_id=keep)
        )
    session.execute(
        update(CustomerMergeRow).where(CustomerMergeRow.into_id == duplicate).values(into_id=keep)
    )
    _log_change(session, keep, "merge", str(duplicate), str(keep), "", by)
    now = utcnow()
    session.add(
        CustomerMergeRow(
            id=new_id(),
            merged_id=duplicate,
            into_id=keep,
            created_at=now,
            updated_at=now,
            changed_by=by or None,
        )
    )
    session.flush()
    session.execute(delete(CustomerRow).where(CustomerRow.id == duplicate))
    kept.updated_at = now
    session.flush()


def delete_customer(
    session: Session, customer_id: uuid.UUID, also_interviews: Iterable[uuid.UUID] = ()
) -> list[uuid.UUID]:
    """Erase a customer for good (privacy): conversations, answers, promises, contacts, consents.

    ``also_interviews`` are conversations of the same person never linked to the record; they
    go too. Returns the ids of every conversation erased.
    """
    _row(session, customer_id)
    linked = list(
        session.scalars(select(InterviewRow.id).where(InterviewRow.customer_id == customer_id))
    )
    interview_ids = sorted({*linked, *also_interviews})
    promise_ids = select(PromiseRow.id).where(
        or_(PromiseRow.customer_id == customer_id, PromiseRow.interview_id.in_(interview_ids))
    )
    session.execute(delete(RescheduleRow).where(RescheduleRow.promise_id.in_(promise_ids)))
    session.execute(delete(AnswerRow).where(AnswerRow.interview_id.in_(interview_ids)))
    session.execute(
        delete(PromiseRow).where(
            or_(PromiseRow.customer_id == customer_id, PromiseRow.interview_id.in_(interview_ids))
        )
    )
    session.execute(
        delete(ContactRow).where(
            or_(ContactRow.customer_id == customer_id, ContactRow.interview_id.in_(interview_ids))
        )
    )
    session.execute(delete(InterviewRow).where(InterviewRow.id.in_(interview_ids)))
    for table in (ConsentRow, CustomerChangeRow):
        session.execute(delete(table).where(table.customer_id == customer_id))
    session.execute(delete(CustomerMergeRow).where(CustomerMergeRow.into_id == customer_id))
    session.execute(delete(CustomerRow).where(CustomerRow.id == customer_id))
    return interview_ids


def unlinked_interviews(session: Session) -> list[tuple[uuid.UUID, datetime]]:
    """Conversations not linked to any customer record, with when they began, oldest first."""
    rows = session.execute(
        select(InterviewRow.id, InterviewRow.created_at)
        .where(InterviewRow.customer_id.is_(None))
        .order_by(InterviewRow.created_at, InterviewRow.id)
    ).all()
    return [(row[0], row[1]) for row in rows]


def contact_of(session: Session, customer_id: uuid.UUID) -> ContactData:
    """The contact details of a customer record."""
    return _contact(_row(session, customer_id))
