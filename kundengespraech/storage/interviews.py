"""Interviews and their answers: one small write per answer, plain records out."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from kundengespraech.storage.column_types import utcnow
from kundengespraech.storage.errors import RecordNotFoundError
from kundengespraech.storage.ids import new_id
from kundengespraech.storage.models import AnswerRow, InterviewRow

FIRST_NAME_QUESTION = "customer.first_name"
LAST_NAME_QUESTION = "customer.last_name"
_NAME_QUESTIONS = (FIRST_NAME_QUESTION, LAST_NAME_QUESTION)


@dataclass(frozen=True, slots=True)
class InterviewRecord:
    """An interview as lists and the interview screen need it (no answers)."""

    id: uuid.UUID
    status: str
    current_page: str
    created_at: datetime
    updated_at: datetime
    customer_name: str
    salesperson: str
    next_step_text: str
    next_step_due: datetime | None
    finished_at: datetime | None


def create_interview(session: Session, salesperson: str = "") -> uuid.UUID:
    """Start a new, open interview and return its id."""
    now = utcnow()
    row = InterviewRow(
        id=new_id(),
        status="open",
        current_page="",
        salesperson=salesperson,
        next_step_text="",
        created_at=now,
        updated_at=now,
        changed_by=salesperson or None,
    )
    session.add(row)
    session.flush()
    return row.id


def _interview(session: Session, interview_id: uuid.UUID) -> InterviewRow:
    row = session.get(InterviewRow, interview_id)
    if row is None:
        raise RecordNotFoundError(f"interview {interview_id} does not exist")
    return row


def save_answer(session: Session, interview_id: uuid.UUID, question_id: str, value: object) -> None:
    """Store one answer (insert or replace); ``None`` removes the answer."""
    interview = _interview(session, interview_id)
    now = utcnow()
    answer = session.get(AnswerRow, (interview_id, question_id))
    if value is None:
        if answer is not None:
            session.delete(answer)
    elif answer is None:
        session.add(
            AnswerRow(
                interview_id=interview_id, question_id=question_id, value=value, answered_at=now
            )
        )
    else:
        answer.value = value
        answer.answered_at = now
    interview.updated_at = now
    session.flush()


def load_answers(session: Session, interview_id: uuid.UUID) -> dict[str, object]:
    """All answers of an interview by question id (empty if it has none)."""
    _interview(session, interview_id)
    rows = session.execute(
        select(AnswerRow.question_id, AnswerRow.value)
        .where(AnswerRow.interview_id == interview_id)
        .order_by(AnswerRow.question_id)
    )
    return {question_id: value for question_id, value in rows}


def set_current_page(session: Session, interview_id: uuid.UUID, page_id: str) -> None:
    """Remember the page the interview is on, to resume there."""
    interview = _interview(session, interview_id)
    interview.current_page = page_id
    interview.updated_at = utcnow()
    session.flush()


def finish_interview(session: Session, interview_id: uuid.UUID) -> None:
    """Mark an interview finished (finishing it again keeps the first finishing time)."""
    interview = _interview(session, interview_id)
    now = utcnow()
    interview.status = "finished"
    if interview.finished_at is None:
        interview.finished_at = now
    interview.updated_at = now
    session.flush()


def set_next_step(
    session: Session, interview_id: uuid.UUID, text: str, due: datetime | None
) -> None:
    """Record the agreed next step (e.g. test drive) and when it is due (timezone-aware)."""
    if due is not None and due.utcoffset() is None:
        raise ValueError("due must be a timezone-aware datetime")
    interview = _interview(session, interview_id)
    interview.next_step_text = text
    interview.next_step_due = due
    interview.updated_at = utcnow()
    session.flush()


def delete_interview(session: Session, interview_id: uuid.UUID) -> None:
    """Delete an interview and all its answers for good (personal data: no tombstone)."""
    _interview(session, interview_id)
    session.execute(delete(AnswerRow).where(AnswerRow.interview_id == interview_id))
    session.execute(delete(InterviewRow).where(InterviewRow.id == interview_id))


def get_interview(session: Session, interview_id: uuid.UUID) -> InterviewRecord:
    """One interview as a plain record."""
    interview = _interview(session, interview_id)
    return _record(interview, _customer_names(session, [interview_id]))


def list_interviews(session: Session, limit: int = 50) -> list[InterviewRecord]:
    """The most recently changed interviews, newest first."""
    rows = list(
        session.scalars(
            select(InterviewRow)
            .order_by(InterviewRow.updated_at.desc(), InterviewRow.id.desc())
            .limit(limit)
        )
    )
    names = _customer_names(session, [row.id for row in rows])
    return [_record(row, names) for row in rows]


def _customer_names(session: Session, interview_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, str]:
    """Display names ("Anna Berger") from the name answers, by interview id."""
    ids = list(interview_ids)
    if not ids:
        return {}
    parts: dict[uuid.UUID, dict[str, str]] = {}
    rows = session.execute(
        select(AnswerRow.interview_id, AnswerRow.question_id, AnswerRow.value).where(
            AnswerRow.interview_id.in_(ids), AnswerRow.question_id.in_(_NAME_QUESTIONS)
        )
    )
    for interview_id, question_id, value in rows:
        if isinstance(value, str):
            parts.setdefault(interview_id, {})[question_id] = value.strip()
    return {
        interview_id: " ".join(p for p in (names.get(q, "") for q in _NAME_QUESTIONS) if p)
        for interview_id, names in parts.items()
    }


def _record(row: InterviewRow, names: dict[uuid.UUID, str]) -> InterviewRecord:
    return InterviewRecord(
        id=row.id,
        status=row.status,
        current_page=row.current_page,
        created_at=row.created_at,
        updated_at=row.updated_at,
        customer_name=names.get(row.id, ""),
        salesperson=row.salesperson,
        next_step_text=row.next_step_text,
        next_step_due=row.next_step_due,
        finished_at=row.finished_at,
    )
