"""Plain data of the internal conversation record: every answer, the whole ranking, notes."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from kundengespraech.domain.formatting import format_eur, format_number
from kundengespraech.domain.questionnaire import Question, Questionnaire
from kundengespraech.domain.ranking import Ranking
from kundengespraech.report.sheet_data import AdviceStamp, DealerProfile, NextStep

NOTES_QUESTION = "notes"


@dataclass(frozen=True, slots=True)
class RecordAnswer:
    """One question as asked (German) and its answer in words; ``used`` is False for an
    answer to a question that was not shown (it took no part in the recommendation)."""

    question: str
    answer: str
    used: bool = True


@dataclass(frozen=True, slots=True)
class RecordSection:
    title: str
    answers: tuple[RecordAnswer, ...]


@dataclass(frozen=True, slots=True)
class RecordVehicle:
    """A recommended vehicle with everything the recommender said about it."""

    place: int
    vehicle_id: str
    title: str
    price_text: str
    score: int
    reasons_for: tuple[str, ...]
    reasons_against: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class RecordExclusion:
    vehicle_id: str
    title: str
    price_text: str
    why: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class RecordData:
    """The dealership's file copy of one conversation (German; never for the customer)."""

    dealer: DealerProfile
    salesperson: str  # name and contact in one line
    customer_name: str
    interview_id: str  # "" for answers that were never stored (CLI)
    status: str
    started: datetime | None
    changed: datetime | None
    finished: datetime | None
    created: datetime  # when this record was made
    sections: tuple[RecordSection, ...]
    wishes: tuple[str, ...]
    next_step: NextStep | None
    notes: str
    recommended: tuple[RecordVehicle, ...]
    excluded: tuple[RecordExclusion, ...]
    sheet_language: str
    stamp: AdviceStamp | None = None


def _join(items: Iterable[str]) -> str:
    return ", ".join(items)


def answer_text(question: Question, value: Any) -> str:
    """An answer in German words: option labels, units, "ja"/"nein", dates as 12.04.1985."""
    unit = question.unit_text("de")
    kind = question.type
    if kind == "boolean":
        return "ja" if value else "nein"
    if kind in ("choice",) and isinstance(value, str):
        return question.option_label(value)
    if kind in ("multi", "size_list") and isinstance(value, list):
        return _join(question.option_label(str(v)) for v in value) or "–"
    if kind == "int_list" and isinstance(value, list):
        text = _join(format_number(v) for v in value if isinstance(v, int | float))
        return f"{text} {unit}".strip() if text else "–"
    if kind == "rating" and isinstance(value, int | float):
        return f"{format_number(value)} von {question.maximum or 5}"
    if kind == "slider" and isinstance(value, int | float):
        left, right = question.left.get("de", ""), question.right.get("de", "")
        scale = f" (0 = {left}, 100 = {right})" if left and right else ""
        return f"{format_number(value)}{scale}"
    if kind == "integer" and isinstance(value, int | float) and not isinstance(value, bool):
        return f"{format_number(value)} {unit}".strip()
    if kind == "date" and isinstance(value, str):
        try:
            day = date.fromisoformat(value)
        except ValueError:
            return value
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    if isinstance(value, list):
        return _join(str(v) for v in value)
    return str(value)


def answer_sections(
    questionnaire: Questionnaire, answers: Mapping[str, Any]
) -> list[RecordSection]:
    """Every given answer under its page, in questionnaire order; answers to unknown
    question ids are listed at the end as they are."""
    sections: list[RecordSection] = []
    known: set[str] = set()
    for page in questionnaire.pages:
        rows: list[RecordAnswer] = []
        for question in page.questions:
            known.add(question.id)
            if question.id not in answers or answers[question.id] is None:
                continue
            rows.append(
                RecordAnswer(
                    question.text("de"),
                    answer_text(question, answers[question.id]),
                    questionnaire.is_visible(question, answers),
                )
            )
        if rows:
            sections.append(RecordSection(page.text("de"), tuple(rows)))
    others = [RecordAnswer(k, str(v)) for k, v in sorted(answers.items()) if k not in known]
    if others:
        sections.append(RecordSection("Weitere gespeicherte Angaben", tuple(others)))
    return sections


def build_record_data(
    *,
    questionnaire: Questionnaire,
    answers: Mapping[str, Any],
    ranking: Ranking,
    dealer: DealerProfile,
    salesperson: str,
    customer_name: str,
    created: datetime,
    wishes: Iterable[str] = (),
    next_step: NextStep | None = None,
    interview_id: str = "",
    status: str = "",
    started: datetime | None = None,
    changed: datetime | None = None,
    finished: datetime | None = None,
    sheet_language: str = "de",
    stamp: AdviceStamp | None = None,
) -> RecordData:
    """The record of one conversation: all answers, every vehicle of the ranking."""
    recommended = tuple(
        RecordVehicle(
            place=place,
            vehicle_id=rec.vehicle.id,
            title=rec.vehicle.title,
            price_text=format_eur(rec.vehicle.price_eur),
            score=rec.score,
            reasons_for=tuple(rec.reasons_for),
            reasons_against=tuple(rec.reasons_against),
        )
        for place, rec in enumerate(ranking.recommendations, start=1)
    )
    excluded = tuple(
        RecordExclusion(
            vehicle_id=ex.vehicle.id,
            title=ex.vehicle.title,
            price_text=format_eur(ex.vehicle.price_eur),
            why=tuple(ex.why),
        )
        for ex in ranking.excluded
    )
    notes = answers.get(NOTES_QUESTION)
    return RecordData(
        dealer=dealer,
        salesperson=salesperson,
        customer_name=customer_name,
        interview_id=interview_id,
        status=status,
        started=started,
        changed=changed,
        finished=finished,
        created=created,
        sections=tuple(answer_sections(questionnaire, answers)),
        wishes=tuple(w for w in wishes if w.strip()),
        next_step=next_step,
        notes=notes if isinstance(notes, str) else "",
        recommended=recommended,
        excluded=excluded,
        sheet_language=sheet_language,
        stamp=stamp,
    )
