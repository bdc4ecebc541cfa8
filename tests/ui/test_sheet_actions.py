"""Print preview, quick print, the internal record and the batch dialog, driven through Qt."""

from __future__ import annotations

import io
import json
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget

from kundengespraech import resources
from kundengespraech.services.app import open_services
from kundengespraech.services.settings import DealerSettings, save_settings
from kundengespraech.storage.models import InterviewRow
from kundengespraech.ui import sheet_actions as sheet_actions_module
from kundengespraech.ui.batch_dialog import BatchDialog
from kundengespraech.ui.printing import preview_dialog, sheet_printer
from kundengespraech.ui.result_view import ResultView
from kundengespraech.ui.sheet_actions import SheetActions
from tests.e2e.conftest import FakePrompter


class BatchPrompter(FakePrompter):
    """The walkthrough's fake, plus the folder question of "Alle speichern…"."""

    def __init__(self, folder: Path) -> None:
        super().__init__(folder)
        self.folder_answer: Path | None = folder / "Messe"

    def choose_folder(self, title: str) -> Path | None:
        if self.folder_answer is not None:
            self.folder_answer.mkdir(exist_ok=True)
        return self.folder_answer


@pytest.fixture
def services(tmp_path: Path):
    opened = open_services(f"sqlite:///{tmp_path / 'ui.db'}")
    save_settings(opened.db, DealerSettings(salesperson_name="Max Weißmann", salesperson_phone="1"))
    yield opened
    opened.close()


@pytest.fixture
def prompter(tmp_path: Path) -> BatchPrompter:
    return BatchPrompter(tmp_path)


def family(services, last_name: str = "Berger", language: str = "de"):
    doc = json.loads(resources.read_bytes("examples", "answers_family.json"))
    doc["customer"]["last_name"] = last_name
    doc["customer"]["language"] = language
    return services.interviews.start_from_contract(doc, salesperson="Max Weißmann")


def actions_for(services, prompter, state) -> SheetActions:
    due = datetime(2026, 11, 24, 10, 0)
    return SheetActions(
        services,
        prompter,  # type: ignore[arg-type]
        lambda: (dict(state.answers), "Probefahrt mit dem Tucson", due),
        interview=lambda: state.id,
    )


def pdf_text(path: Path) -> str:
    return " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(path).pages)


def preview_pages(qtbot, dialog) -> int:
    widget = dialog.findChild(QPrintPreviewWidget)
    assert widget is not None
    qtbot.waitUntil(lambda: widget.pageCount() > 0, timeout=5000)
    return widget.pageCount()


# -- preview ---------------------------------------------------------------------------


def test_preview_shows_the_sheet_pages(qtbot, services, prompter):
    actions = actions_for(services, prompter, family(services))
    dialog = actions.preview()
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.isVisible()  # open() returns at once: the window stays usable
    pdf = actions.render()
    assert preview_pages(qtbot, dialog) == len(PdfReader(io.BytesIO(pdf)).pages) == 1
    dialog.reject()


def test_preview_of_two_sheets_has_two_pages(qtbot, services):
    state = family(services)
    ranking = services.recommendations.rank(state.answers)
    from kundengespraech.services.sheets import render_sheet_for

    pdf = render_sheet_for(services, state.answers, ranking)
    dialog = preview_dialog([pdf, pdf])
    qtbot.addWidget(dialog)
    dialog.open()
    assert preview_pages(qtbot, dialog) == 2
    dialog.reject()


def test_preview_paints_what_the_printer_gets(qtbot, services, prompter, tmp_path):
    """Printing from the preview goes through the same drawing as every print."""
    actions = actions_for(services, prompter, family(services))
    dialog = actions.preview()
    assert dialog is not None
    qtbot.addWidget(dialog)
    preview_pages(qtbot, dialog)
    out = tmp_path / "aus-vorschau.pdf"
    printer = sheet_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    dialog.paintRequested.emit(printer)  # what the dialog's print button does
    assert len(PdfReader(out).pages) == 1
    dialog.reject()


# -- quick print and record ------------------------------------------------------------


def test_quick_print_without_default_printer_says_so(services, prompter, monkeypatch):
    monkeypatch.setattr(sheet_actions_module, "default_printer", lambda *a: None)
    actions = actions_for(services, prompter, family(services))
    assert actions.quick_print() == 0
    assert prompter.warnings and prompter.warnings[0][0] == "Kein Drucker eingerichtet"
    assert "kein Standarddrucker" in prompter.warnings[0][1]
    assert prompter.print_dialogs == 0


def test_quick_print_goes_straight_to_the_default_printer(
    services, prompter, monkeypatch, tmp_path
):
    out = tmp_path / "schnell.pdf"

    def fake_default(*_args):
        printer = sheet_printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return printer

    monkeypatch.setattr(sheet_actions_module, "default_printer", fake_default)
    actions = actions_for(services, prompter, family(services, "Weiß", "en"))
    assert actions.quick_print() == 1
    assert prompter.print_dialogs == 0 and not prompter.warnings
    assert len(PdfReader(out).pages) == 1


def test_save_record_writes_the_internal_record(services, prompter):
    state = family(services)
    actions = actions_for(services, prompter, state)
    prompter.saved_to = prompter.folder / "Protokoll.pdf"
    path = actions.save_record()
    assert path == prompter.saved_to
    text = pdf_text(path)
    assert "Gesprächsprotokoll" in text and "INTERN – NICHT FÜR DEN KUNDEN" in text
    assert str(state.id) in text and "Probefahrt mit dem Tucson" in text
    assert prompter.suggested.endswith(f"Gesprächsprotokoll Berger {date.today():%Y-%m-%d}.pdf")


def test_result_view_has_preview_and_quick_print(qtbot):
    view = ResultView()
    qtbot.addWidget(view)
    assert view.preview_button.text() == "Vorschau…"
    assert view.quick_print_button.text() == "Schnelldruck"
    with qtbot.waitSignal(view.preview_requested):
        qtbot.mouseClick(view.preview_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(view.quick_print_requested):
        qtbot.mouseClick(view.quick_print_button, Qt.MouseButton.LeftButton)


# -- batch -----------------------------------------------------------------------------


def move_to_day(services, interview_id, day: date, hour: int) -> None:
    moment = datetime(day.year, day.month, day.day, hour, 0).astimezone()
    with services.db.session() as session:
        row = session.get(InterviewRow, interview_id)
        row.created_at = moment


def test_batch_dialog_saves_and_prints_the_sheets_of_a_day(qtbot, services, prompter):
    fair = date(2026, 11, 21)
    for hour, name in ((9, "Berger"), (11, "Öztürk"), (15, "Weiß")):
        move_to_day(services, family(services, name).id, fair, hour)
    move_to_day(services, family(services, "Anderntags").id, fair + timedelta(days=1), 10)

    dialog = BatchDialog(services, prompter, day=fair)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.list.count() == 3
    assert [dialog.list.item(i).text()[:5] for i in range(3)] == ["09:00", "11:00", "15:00"]
    assert "Anna Ö." in dialog.list.item(1).text()  # names discreet, as on the start screen
    dialog.list.item(2).setCheckState(Qt.CheckState.Unchecked)
    assert len(dialog.checked_ids()) == 2

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    folder = prompter.folder / "Messe"
    files = sorted(p.name for p in folder.iterdir())
    assert files == [
        "Empfehlung Berger Anna 2026-11-21 0900.pdf",
        "Empfehlung Öztürk Anna 2026-11-21 1100.pdf",
    ]
    assert "für Frau Anna Öztürk" in pdf_text(folder / files[1])
    assert "21. November 2026" in pdf_text(folder / files[1])  # dated on the fair day
    assert prompter.infos and "2 Empfehlungsblätter gespeichert in" in prompter.infos[-1][1]
    assert dialog.summary.text() == "3 Gespräche an diesem Tag"

    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert prompter.print_dialogs == 1  # one dialog for all sheets
    assert len(PdfReader(prompter.printed_to).pages) == 2

    dialog.date_edit.setDate(QDate(fair + timedelta(days=1)))
    assert dialog.list.count() == 1
    dialog.date_edit.setDate(QDate(fair - timedelta(days=1)))
    assert dialog.list.count() == 0
    assert not dialog.save_button.isEnabled() and not dialog.print_button.isEnabled()
    assert "keine Gespräche" in dialog.summary.text()


def test_batch_save_twice_keeps_the_first_files(qtbot, services, prompter):
    day = date.today()
    family(services, "Berger")
    dialog = BatchDialog(services, prompter, day=day)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    first = dialog.save_all()
    second = dialog.save_all()
    assert len(first) == len(second) == 1
    assert first[0] != second[0] and first[0].exists() and second[0].exists()
    assert second[0].name.endswith(" (2).pdf")
