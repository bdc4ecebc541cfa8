"""Salesperson profiles: name, phone, e-mail, branch; kept inactive rather than deleted."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kundengespraech.storage.column_types import utcnow
from kundengespraech.storage.errors import RecordNotFoundError
from kundengespraech.storage.ids import new_id
from kundengespraech.storage.models import InterviewRow, SalespersonRow


@dataclass(frozen=True, slots=True)
class SalespersonRecord:
    id: uuid.UUID
    name: str
    phone: str
    email: str
    branch: str
    active: bool


def _record(row: SalespersonRow) -> SalespersonRecord:
    return SalespersonRecord(row.id, row.name, row.phone, row.email, row.branch, row.active)


def _row(session: Session, salesperson_id: uuid.UUID) -> SalespersonRow:
    row = session.get(SalespersonRow, salesperson_id)
    if row is None:
        raise RecordNotFoundError(f"salesperson {salesperson_id} does not exist")
    return row


def create_salesperson(
    session: Session, name: str, phone: str = "", email: str = "", branch: str = "", by: str = ""
) -> uuid.UUID:
    if not name.strip():
        raise ValueError("a salesperson needs a name")
    now = utcnow()
    row = SalespersonRow(
        id=new_id(),
        name=name.strip(),
        phone=phone.strip(),
        email=email.strip(),
        branch=branch.strip(),
        active=True,
        created_at=now,
        updated_at=now,
        changed_by=by or None,
    )
    session.add(row)
    session.flush()
    return row.id


def update_salesperson(session: Session, record: SalespersonRecord, by: str = "") -> None:
    """Write every field of ``record`` to its profile."""
    if not record.name.strip():
        raise ValueError("a salesperson needs a name")
    row = _row(session, record.id)
    row.name = record.name.strip()
    row.phone = record.phone.strip()
    row.email = record.email.strip()
    row.branch = record.branch.strip()
    row.active = record.active
    row.updated_at = utcnow()
    row.changed_by = by or None
    session.flush()


def get_salesperson(session: Session, salesperson_id: uuid.UUID) -> SalespersonRecord:
    return _record(_row(session, salesperson_id))


def list_salespeople(
    session: Session, *, include_inactive: bool = False
) -> list[SalespersonRecord]:
    query = select(SalespersonRow).order_by(SalespersonRow.name, SalespersonRow.id)
    if not include_inactive:
        query = query.where(SalespersonRow.active.is_(True))
    return [_record(row) for row in session.scalars(query)]


def find_salesperson(session: Session, name: str) -> SalespersonRecord | None:
    """The profile with this name (case-insensitive), active ones first."""
    wanted = name.strip().lower()
    if not wanted:
        return None
    row = session.scalars(
        select(SalespersonRow)
        .where(func.lower(SalespersonRow.name) == wanted)
        .order_by(SalespersonRow.active.desc(), SalespersonRow.id)
        .limit(1)
    ).first()
    return None if row is None else _record(row)


def ensure_salesperson(
    session: Session, name: str, phone: str = "", email: str = "", branch: str = ""
) -> uuid.UUID | None:
    """The id of the profile named ``name``, created from the given details if there is none;
    details the profile lacks are filled in."""
    if not name.strip():
        return None
    found = find_salesperson(session, name)
    if found is not None:
        row = _row(session, found.id)
        for field, value in (("phone", phone), ("email", email), ("branch", branch)):
            if value.strip() and not getattr(row, field):
                setattr(row, field, value.strip())
                row.updated_at = utcnow()
        session.flush()
        return found.id
    return create_salesperson(session, name, phone, email, branch, by=name)


def assign_interview(
    session: Session, interview_id: uuid.UUID, salesperson_id: uuid.UUID | None
) -> None:
    """Record who held a conversation."""
    row = session.get(InterviewRow, interview_id)
    if row is None:
        raise RecordNotFoundError(f"interview {interview_id} does not exist")
    if salesperson_id is not None:
        person = _row(session, salesperson_id)
        row.salesperson = person.name
    row.salesperson_id = salesperson_id
    session.flush()
