"""Use case: the internal conversation record (all answers, full ranking, notes) as PDF."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any

from kundengespraech.domain.ranking import Ranking
from kundengespraech.report.record_data import build_record_data
from kundengespraech.report.record_pdf import render_record
from kundengespraech.report.sheet_data import NextStep
from kundengespraech.services.settings import DealerSettings, load_settings
from kundengespraech.services.sheets import advice_stamp, customer_language, dealer_profile
from kundengespraech.storage.interviews import InterviewRecord

if TYPE_CHECKING:
    from kundengespraech.services.app import AppServices


def customer_full_name(answers: Mapping[str, Any]) -> str:
    """``"Frau Anna Berger"`` from the answers (parts left out when not given)."""
    parts = ("customer.salutation", "customer.first_name", "customer.last_name")
    return " ".join(str(answers.get(p, "")).strip() for p in parts if answers.get(p)).strip()


def _salesperson(settings: DealerSettings, interview: InterviewRecord | None) -> str:
    """Who held the conversation, with the direct contact when that is this laptop's person."""
    name = (interview.salesperson if interview is not None else "") or settings.salesperson_name
    if name and name == settings.salesperson_name:
        contact = [c for c in (settings.salesperson_phone, settings.salesperson_email) if c]
        if contact:
            return f"{name} ({', '.join(contact)})"
    return name


def record_pdf(
    services: AppServices,
    answers: Mapping[str, Any],
    ranking: Ranking | None = None,
    *,
    interview: InterviewRecord | None = None,
    next_step: NextStep | None = None,
    now: datetime | None = None,
) -> bytes:
    """The record of a conversation's answers; ``interview`` adds its id, status and times,
    and its stored next step unless ``next_step`` is given."""
    settings = load_settings(services.db)
    ranking = ranking if ranking is not None else services.recommendations.rank(answers)
    if next_step is None and interview is not None and interview.next_step_text.strip():
        next_step = NextStep(interview.next_step_text, interview.next_step_due)
    data = build_record_data(
        questionnaire=services.questionnaire,
        answers=answers,
        ranking=ranking,
        dealer=dealer_profile(settings),
        salesperson=_salesperson(settings, interview),
        customer_name=customer_full_name(answers),
        created=now or datetime.now().astimezone(),
        wishes=services.recommendations.needs(answers).wishes,
        next_step=next_step,
        interview_id=str(interview.id) if interview is not None else "",
        status=interview.status if interview is not None else "",
        started=interview.created_at if interview is not None else None,
        changed=interview.updated_at if interview is not None else None,
        finished=interview.finished_at if interview is not None else None,
        sheet_language=customer_language(answers),
        stamp=advice_stamp(services, settings),
    )
    return render_record(data)


def record_for_interview(services: AppServices, interview_id: uuid.UUID) -> bytes:
    """The record of a stored conversation (raises ``RecordNotFoundError``)."""
    state = services.interviews.resume(interview_id)
    return record_pdf(services, state.answers, interview=state.record)
