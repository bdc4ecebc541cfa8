"""Printing, previewing and saving the recommendation sheet of the interview on screen, and
saving its internal record."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from kundengespraech.report.sheet_data import NextStep
from kundengespraech.services.app import AppServices
from kundengespraech.services.errors import RecordNotFoundError
from kundengespraech.services.files import write_atomically
from kundengespraech.services.records import record_pdf
from kundengespraech.services.sheets import render_sheet_for
from kundengespraech.ui.printing import (
    PrintError,
    default_printer,
    preview_dialog,
    print_pdf,
    sheet_printer,
)
from kundengespraech.ui.prompter import Prompter

SheetSource = Callable[[], tuple[dict[str, Any], str, datetime | None]]
InterviewSource = Callable[[], uuid.UUID | None]


class SheetActions(QObject):
    """Renders the sheet from the current answers and the next step, then prints, previews
    or saves it. ``interview`` (optional) names the stored conversation for the record."""

    def __init__(
        self,
        services: AppServices,
        prompter: Prompter,
        source: SheetSource,
        *,
        interview: InterviewSource | None = None,
        parent_widget: QWidget | None = None,
    ) -> None:
        super().__init__(prompter)
        self._services = services
        self._prompter = prompter
        self._source = source
        self._interview = interview
        self._parent_widget = parent_widget
        self.last_preview: QPrintPreviewDialog | None = None

    def render(self) -> bytes:
        answers, step_text, step_due = self._source()
        ranking = self._services.recommendations.rank(answers)
        interview_id = self._interview() if self._interview is not None else None
        return render_sheet_for(
            self._services, answers, ranking, step_text, step_due, interview_id=interview_id
        )

    def _customer_file_part(self) -> str:
        answers, _, _ = self._source()
        name = str(answers.get("customer.last_name", "")).strip() or "Kunde"
        return "".join(c for c in name if c.isalnum() or c in "-_ ").strip() or "Kunde"

    def suggested_name(self) -> str:
        return f"Empfehlung {self._customer_file_part()} {datetime.now():%Y-%m-%d}.pdf"

    def _write(self, title: str, suggested: str, data: Callable[[], bytes]) -> Path | None:
        path = self._prompter.save_path(
            title, str(Path.home() / suggested), self.tr("PDF-Dokument (*.pdf)")
        )
        if path is None:
            return None
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        try:
            write_atomically(path, data())
        except OSError as error:
            self._prompter.warn(
                self.tr("Speichern nicht möglich"),
                self.tr("Die Datei „%1“ konnte nicht geschrieben werden: %2")
                .replace("%1", str(path))
                .replace("%2", error.strerror or str(error)),
            )
            return None
        return path

    def save(self) -> Path | None:
        path = self._write(
            self.tr("Empfehlungsblatt speichern"), self.suggested_name(), self.render
        )
        if path is not None:
            self._note_in_timeline("als PDF gespeichert")
        return path

    def print_sheet(self) -> int:
        """Open the print dialog and print; returns the pages printed (0 when cancelled)."""
        pdf = self.render()
        printer = sheet_printer()
        if not self._prompter.confirm_print(printer):
            return 0
        return self._print(pdf, printer)

    def quick_print(self) -> int:
        """Print straight to the default printer, no dialog; returns the pages printed."""
        printer = default_printer()
        if printer is None:
            self._prompter.warn(
                self.tr("Kein Drucker eingerichtet"),
                self.tr(
                    "Auf diesem Rechner ist kein Standarddrucker eingerichtet. Bitte richten "
                    "Sie einen Drucker ein oder wählen Sie „Drucken…“, um einen Drucker "
                    "auszuwählen."
                ),
            )
            return 0
        return self._print(self.render(), printer)

    def _print(self, pdf: bytes, printer: Any) -> int:
        try:
            pages = print_pdf(pdf, printer)
        except PrintError as error:
            self._prompter.warn(self.tr("Drucken nicht möglich"), str(error))
            return 0
        self._note_in_timeline("gedruckt")
        return pages

    def _note_in_timeline(self, how: str) -> None:
        """The customer's timeline records that the sheet was handed over (issue 5)."""
        interview_id = self._interview() if self._interview is not None else None
        if interview_id is not None:
            self._services.customers.record_sheet(interview_id, how)

    def preview(self) -> QPrintPreviewDialog | None:
        """Open the print preview (not blocking); printing from it prints what it shows."""
        try:
            dialog = preview_dialog(
                [self.render()], self._parent_widget, self.tr("Vorschau des Empfehlungsblatts")
            )
        except PrintError as error:
            self._prompter.warn(self.tr("Vorschau nicht möglich"), str(error))
            return None
        self.last_preview = dialog
        dialog.open()
        return dialog

    def render_record(self) -> bytes:
        """The internal record of the conversation on screen, with the next step as shown."""
        answers, step_text, step_due = self._source()
        step = NextStep(step_text, step_due) if step_text.strip() else None
        interview_id = self._interview() if self._interview is not None else None
        stored = None
        if interview_id is not None:
            try:
                stored = self._services.interviews.resume(interview_id).record
            except RecordNotFoundError:
                stored = None
        return record_pdf(self._services, answers, interview=stored, next_step=step)

    def save_record(self) -> Path | None:
        """Save the internal conversation record (never for the customer)."""
        suggested = f"Gesprächsprotokoll {self._customer_file_part()} {datetime.now():%Y-%m-%d}.pdf"
        return self._write(
            self.tr("Gesprächsprotokoll (intern) speichern"), suggested, self.render_record
        )
