"""Printing and saving the recommendation sheet of the interview on screen."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject

from kundengespraech.services.app import AppServices
from kundengespraech.services.files import write_atomically
from kundengespraech.services.sheets import render_sheet_for
from kundengespraech.ui.printing import PrintError, print_pdf, sheet_printer
from kundengespraech.ui.prompter import Prompter

SheetSource = Callable[[], tuple[dict[str, Any], str, datetime | None]]


class SheetActions(QObject):
    """Renders the sheet from the current answers and the next step, then prints or saves it."""

    def __init__(self, services: AppServices, prompter: Prompter, source: SheetSource) -> None:
        super().__init__(prompter)
        self._services = services
        self._prompter = prompter
        self._source = source

    def render(self) -> bytes:
        answers, step_text, step_due = self._source()
        ranking = self._services.recommendations.rank(answers)
        return render_sheet_for(self._services, answers, ranking, step_text, step_due)

    def suggested_name(self) -> str:
        answers, _, _ = self._source()
        name = str(answers.get("customer.last_name", "")).strip() or "Kunde"
        safe = "".join(c for c in name if c.isalnum() or c in "-_ ").strip() or "Kunde"
        return f"Empfehlung {safe} {datetime.now():%Y-%m-%d}.pdf"

    def save(self) -> Path | None:
        path = self._prompter.save_path(
            self.tr("Empfehlungsblatt speichern"),
            str(Path.home() / self.suggested_name()),
            self.tr("PDF-Dokument (*.pdf)"),
        )
        if path is None:
            return None
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        try:
            write_atomically(path, self.render())
        except OSError as error:
            self._prompter.warn(
                self.tr("Speichern nicht möglich"),
                self.tr("Die Datei „%1“ konnte nicht geschrieben werden: %2")
                .replace("%1", str(path))
                .replace("%2", error.strerror or str(error)),
            )
            return None
        return path

    def print_sheet(self) -> int:
        """Open the print dialog and print; returns the pages printed (0 when cancelled)."""
        pdf = self.render()
        printer = sheet_printer()
        if not self._prompter.confirm_print(printer):
            return 0
        try:
            return print_pdf(pdf, printer)
        except PrintError as error:
            self._prompter.warn(self.tr("Drucken nicht möglich"), str(error))
            return 0
