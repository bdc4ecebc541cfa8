"""Use cases of one needs interview: start, answer (saved at once), move between pages, resume."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from kundengespraech.domain.answers import check_value, from_contract, list_limit, to_contract
from kundengespraech.domain.questionnaire import Answers, Questionnaire
from kundengespraech.storage import interviews as store
from kundengespraech.storage import promises as promise_store
from kundengespraech.storage import salespeople as people_store
from kundengespraech.storage.database import Database
from kundengespraech.storage.interviews import InterviewRecord


@dataclass(frozen=True, slots=True)
class InterviewState:
    """Everything needed to show an interview again: its answers and the page it was on."""

    id: uuid.UUID
    answers: Answers
    current_page: str
    record: InterviewRecord


class InterviewService:
    """Interviews in the database; every call is one short transaction."""

    def __init__(self, db: Database, questionnaire: Questionnaire) -> None:
        self._db = db
        self._questionnaire = questionnaire

    @property
    def questionnaire(self) -> Questionnaire:
        return self._questionnaire

    def start(self, salesperson: str = "") -> InterviewState:
        with self._db.session() as session:
            interview_id = store.create_interview(session, salesperson=salesperson)
            # Who held the conversation, as a profile (created on first use).
            holder = people_store.ensure_salesperson(session, salesperson)
            people_store.assign_interview(session, interview_id, holder)
            store.set_current_page(session, interview_id, self._questionnaire.pages[0].id)
        return self.resume(interview_id)

    def start_from_contract(self, doc: Any, salesperson: str = "") -> InterviewState:
        """A new interview holding the answers of a contract-1 document (validated first)."""
        answers = from_contract(self._questionnaire, doc)
        with self._db.session() as session:
            interview_id = store.create_interview(session, salesperson=salesperson)
            store.set_current_page(session, interview_id, self._questionnaire.pages[-1].id)
            for question_id, value in answers.items():
                store.save_answer(session, interview_id, question_id, value)
        return self.resume(interview_id)

    def resume(self, interview_id: uuid.UUID) -> InterviewState:
        with self._db.session() as session:
            record = store.get_interview(session, interview_id)
            answers = store.load_answers(session, interview_id)
        page = record.current_page or self._questionnaire.pages[0].id
        return InterviewState(interview_id, answers, page, record)

    def answer(self, interview_id: uuid.UUID, question_id: str, value: Any) -> str | None:
        """Save one answer at once. Returns a German message and saves nothing if it is invalid.

        An empty text or an empty list removes the answer.
        """
        question = self._questionnaire.question(question_id)
        if value == "" or value == []:
            value = None
        problem = check_value(question, value, list_limit(self._questionnaire, question))
        if problem:
            return problem
        with self._db.session() as session:
            store.save_answer(session, interview_id, question_id, value)
        return None

    def go_to_page(self, interview_id: uuid.UUID, page_id: str) -> None:
        self._questionnaire.page(page_id)  # raises KeyError for an unknown page
        with self._db.session() as session:
            store.set_current_page(session, interview_id, page_id)

    def recent(self, limit: int = 30) -> list[InterviewRecord]:
        with self._db.session() as session:
            return store.list_interviews(session, limit=limit)

    def set_next_step(self, interview_id: uuid.UUID, text: str, due: datetime | None) -> None:
        """Record the agreed next step; a naive ``due`` is taken as local time.

        With a text and a due time the step is also the conversation's promise in the
        Wiedervorlage (created, updated, or cancelled when the step is cleared).
        """
        if due is not None and due.tzinfo is None:
            due = due.astimezone()
        with self._db.session() as session:
            store.set_next_step(session, interview_id, text, due)
            holder = store.get_interview(session, interview_id).salesperson
            promise_store.sync_next_step(session, interview_id, text, due, by=holder)

    def finish(self, interview_id: uuid.UUID) -> None:
        with self._db.session() as session:
            store.finish_interview(session, interview_id)

    def delete(self, interview_id: uuid.UUID) -> None:
        """Delete the conversation, its answers and the promise of its next step."""
        with self._db.session() as session:
            promise_store.delete_next_steps(session, interview_id)
            store.delete_interview(session, interview_id)

    def export_answers(self, answers: Answers) -> dict[str, Any]:
        """Contract-1 JSON of the answers (hidden and helper questions left out)."""
        return to_contract(self._questionnaire, answers)
