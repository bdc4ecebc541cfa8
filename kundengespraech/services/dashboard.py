"""Use case: the dashboard's figures for a period, a salesperson and a branch."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from kundengespraech.domain.dashboard import (
    ConversationFact,
    DashboardFigures,
    Filter,
    compute_figures,
    named_needs,
)
from kundengespraech.domain.needs import derive_needs
from kundengespraech.domain.questionnaire import Questionnaire
from kundengespraech.storage import care_queries
from kundengespraech.storage.database import Database


class DashboardService:
    """Reads the facts in one transaction; the figures come from the pure domain function."""

    def __init__(self, db: Database, questionnaire: Questionnaire) -> None:
        self._db = db
        self._questionnaire = questionnaire

    def figures(self, selection: Filter, now: datetime | None = None) -> DashboardFigures:
        now = now or datetime.now().astimezone()
        # A day's margin either side; the domain filter decides by local date.
        start = datetime.combine(selection.start, time.min).astimezone() - timedelta(days=1)
        end = datetime.combine(selection.end, time.max).astimezone() + timedelta(days=1)
        with self._db.session() as session:
            rows = care_queries.conversation_rows(session, start, end)
            promises = care_queries.promise_facts(session)
        conversations = [
            ConversationFact(
                row.held_at,
                row.salesperson_id,
                row.branch,
                row.outcomes,
                named_needs(derive_needs(self._questionnaire.effective(row.answers))),
            )
            for row in rows
        ]
        return compute_figures(conversations, promises, selection, now)
