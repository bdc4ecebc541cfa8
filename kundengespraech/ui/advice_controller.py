"""Connects the result screen's steering (what-if, critiques, why-not, compare) to the services."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from kundengespraech.domain.alternatives import cheaper_alternative_text
from kundengespraech.domain.catalogue import Vehicle
from kundengespraech.domain.compare import compare
from kundengespraech.domain.relax import needs_relaxing
from kundengespraech.services.app import AppServices
from kundengespraech.ui.compare_dialog import CompareDialog
from kundengespraech.ui.interview_view import InterviewView
from kundengespraech.ui.prompter import Prompter
from kundengespraech.ui.result_view import ResultView
from kundengespraech.ui.why_not_dialog import WhyNotDialog

RELAXATIONS_SHOWN = 3


class AdviceController(QObject):
    """Every change the customer tries is a real answer: saved at once, re-ranked at once."""

    def __init__(
        self,
        services: AppServices,
        interview: InterviewView,
        result: ResultView,
        prompter: Prompter,
    ) -> None:
        super().__init__(result)
        self._services = services
        self._interview = interview
        self._result = result
        self._prompter = prompter
        self.last_dialog: WhyNotDialog | CompareDialog | None = None
        self._searchable: list[Vehicle] | None = None
        bar = result.advisor
        bar.answer_changed.connect(lambda qid, value: self.apply({qid: value}))
        bar.relaxation_chosen.connect(self.apply)
        bar.critique_requested.connect(self.critique)
        bar.why_not_requested.connect(self.why_not)
        bar.compare_requested.connect(self.compare_shown)
        result.all_requested.connect(self.refresh)

    def refresh(self) -> None:
        """Show the ranking of the current answers with the alternative and relaxations."""
        answers = self._interview.answers
        recommendations = self._services.recommendations
        ranking = recommendations.rank(answers)
        self._result.show_ranking(ranking)
        bar = self._result.advisor
        bar.set_answers(answers)
        vehicles = recommendations.vehicles()
        if vehicles is not self._searchable:  # the search list only changes with the catalogue
            bar.set_vehicles([(v.id, v.title) for v in vehicles])
            self._searchable = vehicles
        alternative = recommendations.cheaper_alternative(answers)
        best = ranking.top(1)
        if alternative is not None and best:
            bar.show_alternative(cheaper_alternative_text(best[0], alternative))
        else:
            bar.show_alternative(None)
        relaxations = (
            recommendations.relaxations(answers)[:RELAXATIONS_SHOWN]
            if needs_relaxing(ranking.count_fitting)
            else []
        )
        bar.show_relaxations(relaxations)

    def apply(self, changes: dict[str, Any]) -> None:
        problems = self._interview.apply_answers(changes)
        if problems:
            self._prompter.warn(self.tr("Nicht übernommen"), "\n".join(problems))
        self.refresh()

    def critique(self, kind: str) -> None:
        shown = self._result.shown_ids()
        if not shown:
            return
        answers = self._interview.answers
        result = self._services.recommendations.critique(answers, shown[0], kind)
        self._result.show_critique(result)

    def why_not(self, vehicle_id: str) -> WhyNotDialog:
        explanation = self._services.recommendations.explain(self._interview.answers, vehicle_id)
        dialog = WhyNotDialog(explanation, self._result)
        dialog.apply_requested.connect(self.apply)
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def compare_shown(self) -> CompareDialog | None:
        """Compare the vehicles on screen (two or three)."""
        ids = self._result.shown_ids()
        if len(ids) < 2:
            self._prompter.inform(
                self.tr("Vergleich"),
                self.tr("Zum Vergleichen braucht es mindestens zwei Fahrzeuge."),
            )
            return None
        by_id = {v.id: v for v in self._services.recommendations.vehicles()}
        needs = self._services.recommendations.needs(self._interview.answers)
        dialog = CompareDialog(compare(needs, [by_id[i] for i in ids[:3]]), self._result)
        self.last_dialog = dialog
        dialog.open()
        return dialog
