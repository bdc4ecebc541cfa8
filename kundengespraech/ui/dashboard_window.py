"""The dashboard (Auswertung): conversations per week, outcomes, promises kept, needs named."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from kundengespraech.domain.dashboard import OUTCOME_NAMES, DashboardFigures, Filter
from kundengespraech.domain.formatting import format_percent
from kundengespraech.services.app import AppServices
from kundengespraech.ui.bar_chart import Bar, BarChart
from kundengespraech.ui.qt_dates import to_qdate

DEFAULT_WEEKS = 8


def _percent(value: float | None) -> str:
    return "–" if value is None else format_percent(round(value))


class DashboardWindow(QWidget):
    """Figures for a chosen period, salesperson and branch; every change recomputes them."""

    def __init__(
        self, services: AppServices, parent: QWidget | None = None, today: date | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Auswertung"))
        self.resize(1280, 780)
        self.services = services
        today = today or date.today()
        self.start = QDateEdit(to_qdate(today - timedelta(weeks=DEFAULT_WEEKS) + timedelta(days=1)))
        self.end = QDateEdit(to_qdate(today))
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
            edit.dateChanged.connect(self.refresh)
        self.salesperson = QComboBox()
        self.salesperson.addItem(self.tr("alle"), "")
        for person in services.salespeople.profiles(include_inactive=True):
            self.salesperson.addItem(person.name, str(person.id))
        self.branch = QComboBox()
        self.branch.addItem(self.tr("alle"), "")
        for branch in services.salespeople.branches():
            self.branch.addItem(branch, branch)
        for combo in (self.salesperson, self.branch):
            combo.currentIndexChanged.connect(self.refresh)
        filters = QHBoxLayout()
        for label, widget in (
            (self.tr("Von:"), self.start),
            (self.tr("Bis:"), self.end),
            (self.tr("Verkäufer/in:"), self.salesperson),
            (self.tr("Filiale:"), self.branch),
        ):
            filters.addWidget(QLabel(label))
            filters.addWidget(widget)
        filters.addStretch(1)
        self.summary = QLabel()
        self.summary.setObjectName("sectionTitle")
        self.weeks_chart = BarChart(self.tr("Gespräche pro Woche"))
        self.outcome_chart = BarChart(self.tr("Gespräche, die dazu führten"), True, 100.0)
        self.kept_chart = BarChart(self.tr("Zusagen pünktlich eingehalten"), True, 100.0)
        self.needs_chart = BarChart(self.tr("Häufigste Wünsche der Kunden"), True)
        grid = QGridLayout()
        grid.setSpacing(14)
        grid.addWidget(self.weeks_chart, 0, 0)
        grid.addWidget(self.outcome_chart, 0, 1)
        grid.addWidget(self.kept_chart, 1, 0)
        grid.addWidget(self.needs_chart, 1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addLayout(filters)
        layout.addWidget(self.summary)
        layout.addLayout(grid, 1)
        self.figures: DashboardFigures | None = None
        self.refresh()

    def selection(self) -> Filter:
        start = self.start.date().toPython()
        end = self.end.date().toPython()
        assert isinstance(start, date) and isinstance(end, date)
        person = self.salesperson.currentData()
        return Filter(
            min(start, end),
            max(start, end),
            uuid.UUID(person) if person else None,
            self.branch.currentData() or None,
        )

    def refresh(self) -> None:
        figures = self.services.dashboard.figures(self.selection())
        self.figures = figures
        self.summary.setText(
            self.tr("Gespräche im Zeitraum: %1").replace("%1", str(figures.conversations))
        )
        none = self.tr("Keine Gespräche im Zeitraum")
        talked = figures.conversations > 0  # an empty period shows a sentence, not zero bars
        self.weeks_chart.set_bars(
            [Bar(f"{monday:%d.%m.}", count, str(count)) for monday, count in figures.weeks]
            if talked
            else [],
            none,
        )
        self.outcome_chart.set_bars(
            [
                Bar(OUTCOME_NAMES[name], share.percent or 0.0, _percent(share.percent))
                for name, share in figures.outcomes
            ]
            if talked
            else [],
            none,
        )
        kept = figures.promises_kept
        self.kept_chart.set_bars(
            [
                Bar(
                    self.tr("%1 von %2")
                    .replace("%1", str(kept.part))
                    .replace("%2", str(kept.whole)),
                    kept.percent or 0.0,
                    _percent(kept.percent),
                )
            ]
            if kept.whole
            else [],
            self.tr("Keine fälligen Zusagen im Zeitraum"),
        )
        self.needs_chart.set_bars(
            [Bar(label, count, str(count)) for label, count in figures.top_needs], none
        )
