"""The last activity of every customer, for the retention review (read-only)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from kundengespraech.storage.customers import STAGE
from kundengespraech.storage.models import (
    ConsentRow,
    ContactRow,
    CustomerChangeRow,
    CustomerRow,
    InterviewRow,
    PromiseRow,
    RescheduleRow,
)


@dataclass(frozen=True, slots=True)
class LastActivity:
    """A customer and the latest moment anything happened with them."""

    customer_id: uuid.UUID
    name: str
    created_at: datetime
    last_activity: datetime


def _latest_per_customer(customer: Any, moment: Any, *where: Any) -> Select[Any]:
    """``max(moment)`` per customer."""
    return (
        select(customer, func.max(moment)).where(customer.is_not(None), *where).group_by(customer)
    )


def last_activities(session: Session, before: datetime | None = None) -> list[LastActivity]:
    """Every customer's last activity — the latest of: the record's creation, a conversation
    (started or answered), a contact, a promise (made, due unless cancelled, done, moved), a
    consent (given or withdrawn), a change of stage. With ``before``, only customers whose
    last activity lies before it. Oldest activity first."""
    queries = (
        _latest_per_customer(InterviewRow.customer_id, InterviewRow.created_at),
        _latest_per_customer(InterviewRow.customer_id, InterviewRow.updated_at),
        _latest_per_customer(ContactRow.customer_id, ContactRow.happened_at),
        _latest_per_customer(PromiseRow.customer_id, PromiseRow.created_at),
        _latest_per_customer(PromiseRow.customer_id, PromiseRow.done_at),
        _latest_per_customer(
            PromiseRow.customer_id, PromiseRow.due_at, PromiseRow.status != "cancelled"
        ),
        _latest_per_customer(PromiseRow.customer_id, RescheduleRow.created_at).join(
            RescheduleRow, RescheduleRow.promise_id == PromiseRow.id
        ),
        _latest_per_customer(ConsentRow.customer_id, ConsentRow.granted_at),
        _latest_per_customer(ConsentRow.customer_id, ConsentRow.withdrawn_at),
        _latest_per_customer(
            CustomerChangeRow.customer_id,
            CustomerChangeRow.created_at,
            CustomerChangeRow.field == STAGE,
        ),
    )
    latest: dict[uuid.UUID, datetime] = {}
    for query in queries:
        for cid, at in session.execute(query):
            if cid is not None and at is not None and (cid not in latest or at > latest[cid]):
                latest[cid] = at
    result = []
    rows = session.execute(
        select(
            CustomerRow.id, CustomerRow.first_name, CustomerRow.last_name, CustomerRow.created_at
        )
    )
    for cid, first, last, created in rows:
        moment = max(created, latest.get(cid, created))
        if before is None or moment < before:
            name = " ".join(p for p in (first, last) if p)
            result.append(LastActivity(cid, name, created, moment))
    return sorted(result, key=lambda a: (a.last_activity, a.customer_id))
