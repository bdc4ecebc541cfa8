"""Use case: the sheets of all conversations of one day at once (after a trade-fair day)."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from kundengespraech.services.files import write_atomically
from kundengespraech.services.sheets import render_sheet_for
from kundengespraech.storage.interview_queries import interviews_started_on
from kundengespraech.storage.interviews import InterviewRecord

if TYPE_CHECKING:
    from kundengespraech.services.app import AppServices


@dataclass(frozen=True, slots=True)
class DaySheet:
    """One conversation's sheet, ready to save or print."""

    interview: InterviewRecord
    pdf: bytes
    file_name: str


def conversations_of_day(services: AppServices, day: date) -> list[InterviewRecord]:
    """The conversations started on ``day`` (local time), earliest first."""
    with services.db.session() as session:
        return interviews_started_on(session, day)


def _local(moment: datetime) -> datetime:
    return moment.astimezone() if moment.tzinfo is not None else moment


def sheet_of(services: AppServices, interview_id: uuid.UUID) -> bytes:
    """The sheet of a stored conversation as it was agreed: its answers, its stored next
    step, dated on the day of the conversation."""
    state = services.interviews.resume(interview_id)
    record = state.record
    ranking = services.recommendations.rank(state.answers)
    return render_sheet_for(
        services,
        state.answers,
        ranking,
        record.next_step_text,
        record.next_step_due,
        created=_local(record.created_at).date(),
        interview_id=interview_id,
    )


def file_name(interview: InterviewRecord, taken: set[str] | None = None) -> str:
    """``"Empfehlung Berger Anna 2026-11-23 1015.pdf"``; a name already in ``taken`` gets
    " (2)", " (3)", … before the suffix. Characters unsafe in file names are left out."""
    name = " ".join(reversed(interview.customer_name.split())) or "Kunde"
    safe = "".join(c for c in name if c.isalnum() or c in "-_ ").strip() or "Kunde"
    stem = f"Empfehlung {safe} {_local(interview.created_at):%Y-%m-%d %H%M}"
    candidate, number = f"{stem}.pdf", 1
    while taken is not None and candidate.lower() in taken:
        number += 1
        candidate = f"{stem} ({number}).pdf"
    if taken is not None:
        taken.add(candidate.lower())
    return candidate


def day_sheets(services: AppServices, interviews: Iterable[InterviewRecord]) -> list[DaySheet]:
    """The sheet of each conversation, with a file name unique among them."""
    taken: set[str] = set()
    return [
        DaySheet(interview, sheet_of(services, interview.id), file_name(interview, taken))
        for interview in interviews
    ]


def save_sheets(sheets: Iterable[DaySheet], folder: Path) -> list[Path]:
    """Write one PDF per conversation into ``folder``; an existing file of the same name is
    kept and the new one numbered. Returns the paths written."""
    existing = {p.name.lower() for p in folder.iterdir()} if folder.is_dir() else set()
    written: list[Path] = []
    for sheet in sheets:
        name = sheet.file_name
        if name.lower() in existing:
            name = file_name(sheet.interview, existing)
        else:
            existing.add(name.lower())
        target = folder / name
        write_atomically(target, sheet.pdf)
        written.append(target)
    return written
