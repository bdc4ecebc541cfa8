"""Queries over interviews for lists beyond the start screen: the conversations of one day."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, tzinfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from kundengespraech.storage.interviews import InterviewRecord, get_interview
from kundengespraech.storage.models import InterviewRow


def interviews_started_on(
    session: Session, day: date, zone: tzinfo | None = None
) -> list[InterviewRecord]:
    """Every interview started on ``day`` in ``zone`` (the computer's local time when
    ``None``), earliest first."""
    start = datetime.combine(day, time.min)
    start = start.replace(tzinfo=zone) if zone is not None else start.astimezone()
    end = datetime.combine(day + timedelta(days=1), time.min)
    end = end.replace(tzinfo=zone) if zone is not None else end.astimezone()
    ids = session.scalars(
        select(InterviewRow.id)
        .where(InterviewRow.created_at >= start, InterviewRow.created_at < end)
        .order_by(InterviewRow.created_at, InterviewRow.id)
    )
    return [get_interview(session, interview_id) for interview_id in ids]
