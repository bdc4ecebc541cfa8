"""Contacts with a customer (calls, visits, sales, handovers, sheets) and consents per channel."""

from __future__ import annotations

import uuid
from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from kundengespraech.domain.consent import CONSENT_CHANNELS, Consent
from kundengespraech.storage.column_types import utcnow
from kundengespraech.storage.errors import RecordNotFoundError
from kundengespraech.storage.ids import new_id
from kundengespraech.storage.models import ConsentRow, ContactRow, CustomerRow


@dataclass(frozen=True, slots=True)
class ContactRecord:
    id: uuid.UUID
    customer_id: uuid.UUID
    interview_id: uuid.UUID | None
    salesperson_id: uuid.UUID | None
    kind: str
    channel: str
    at: datetime
    text: str
    by: str


@dataclass(frozen=True, slots=True)
class ConsentRecord:
    id: uuid.UUID
    consent: Consent
    recorded_by: str


def _check_customer(session: Session, customer_id: uuid.UUID) -> None:
    if session.get(CustomerRow, customer_id) is None:
        raise RecordNotFoundError(f"customer {customer_id} does not exist")


def record_contact(
    session: Session,
    customer_id: uuid.UUID,
    kind: str,
    at: datetime,
    *,
    channel: str = "",
    text: str = "",
    interview_id: uuid.UUID | None = None,
    salesperson_id: uuid.UUID | None = None,
    by: str = "",
) -> uuid.UUID:
    if at.utcoffset() is None:
        raise ValueError("contact times must be timezone-aware")
    _check_customer(session, customer_id)
    now = utcnow()
    row = ContactRow(
        id=new_id(),
        customer_id=customer_id,
        interview_id=interview_id,
        salesperson_id=salesperson_id,
        kind=kind,
        channel=channel,
        happened_at=at,
        text=text.strip(),
        created_at=now,
        updated_at=now,
        changed_by=by or None,
    )
    session.add(row)
    session.flush()
    return row.id


def list_contacts(session: Session, customer_id: uuid.UUID | None = None) -> list[ContactRecord]:
    """Contacts of one customer (or of all), oldest first."""
    query = select(ContactRow)
    if customer_id is not None:
        query = query.where(ContactRow.customer_id == customer_id)
    rows = session.scalars(query.order_by(ContactRow.happened_at, ContactRow.id))
    return [
        ContactRecord(
            r.id,
            r.customer_id,
            r.interview_id,
            r.salesperson_id,
            r.kind,
            r.channel,
            r.happened_at,
            r.text,
            r.changed_by or "",
        )
        for r in rows
    ]


def record_consent(
    session: Session,
    customer_id: uuid.UUID,
    channel: str,
    wording: str,
    at: datetime | None = None,
    by: str = "",
) -> uuid.UUID:
    """Record that the customer agreed to ``channel`` after reading ``wording``."""
    if channel not in CONSENT_CHANNELS:
        raise ValueError(f"no consent is recorded for channel {channel!r}")
    if not wording.strip():
        raise ValueError("a consent needs the wording the customer was shown")
    _check_customer(session, customer_id)
    now = utcnow()
    row = ConsentRow(
        id=new_id(),
        customer_id=customer_id,
        channel=channel,
        granted_at=at or now,
        wording=wording,
        created_at=now,
        updated_at=now,
        changed_by=by or None,
    )
    session.add(row)
    session.flush()
    return row.id


def withdraw_consent(
    session: Session, customer_id: uuid.UUID, channel: str, at: datetime | None = None, by: str = ""
) -> int:
    """Withdraw every consent in force on ``channel``; returns how many were withdrawn.

    The consent stays on record (with both dates) as proof of what was agreed and when.
    """
    now = at or utcnow()
    rows = session.scalars(
        select(ConsentRow).where(
            ConsentRow.customer_id == customer_id,
            ConsentRow.channel == channel,
            ConsentRow.withdrawn_at.is_(None),
        )
    ).all()
    for row in rows:
        row.withdrawn_at = now
        row.updated_at = utcnow()
        row.changed_by = by or None
    session.flush()
    return len(rows)


def list_consents(session: Session, customer_id: uuid.UUID) -> list[ConsentRecord]:
    rows = session.scalars(
        select(ConsentRow)
        .where(ConsentRow.customer_id == customer_id)
        .order_by(ConsentRow.granted_at, ConsentRow.id)
    )
    return [
        ConsentRecord(
            r.id,
            Consent(r.channel, r.granted_at, r.wording, r.withdrawn_at),
            r.changed_by or "",
        )
        for r in rows
    ]


def consents_by_customer(
    session: Session, customer_ids: Collection[uuid.UUID] | None = None
) -> dict[uuid.UUID, list[Consent]]:
    """Every customer's consents (for the follow-up rules), or those of ``customer_ids``."""
    result: dict[uuid.UUID, list[Consent]] = {}
    query = select(ConsentRow).order_by(ConsentRow.granted_at, ConsentRow.id)
    if customer_ids is not None:
        query = query.where(ConsentRow.customer_id.in_(list(customer_ids)))
    for r in session.scalars(query):
        result.setdefault(r.customer_id, []).append(
            Consent(r.channel, r.granted_at, r.wording, r.withdrawn_at)
        )
    return result
