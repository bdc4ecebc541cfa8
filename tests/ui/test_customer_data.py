"""The customer file's data export and the retention review (pytest-qt)."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from sqlalchemy import update

from kundengespraech.services.settings import retention_years, set_retention_years
from kundengespraech.storage.models import CustomerRow, InterviewRow
from kundengespraech.ui.customers_window import CustomersWindow
from kundengespraech.ui.prompter import Prompter
from kundengespraech.ui.settings_dialog import SettingsDialog
from tests.ui.test_customer_file import FakeDialogs, add_customer

LONG_AGO = datetime(2019, 3, 4, 10, tzinfo=UTC)


def open_file(qtbot, services, prompter) -> CustomersWindow:
    files = CustomersWindow(services, prompter, FakeDialogs())
    qtbot.addWidget(files)
    files.show()
    return files


def test_the_export_button_writes_json_and_pdf_through_the_file_dialog(
    qtbot, window, tmp_path, monkeypatch
) -> None:
    services = window.services
    anna = add_customer(services, "Anna", "Berger", "089 1234567")
    asked: list[tuple[str, str, str]] = []
    told: list[str] = []
    target = tmp_path / "auskunft.json"

    def save_name(parent, title, suggested, file_filter):
        asked.append((title, suggested, file_filter))
        return str(target), file_filter.split(";;")[0]

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    files = CustomersWindow(services, None, FakeDialogs())
    files.prompter = files.erasure.prompter = Prompter(files)
    qtbot.addWidget(files)
    files.show()
    files.select(anna)
    assert files.detail.export_button.text() == "Daten exportieren…"
    qtbot.mouseClick(files.detail.export_button, Qt.MouseButton.LeftButton)
    ((title, suggested, file_filter),) = asked
    assert title == "Daten exportieren" and "Datenauskunft Berger" in suggested
    assert "*.pdf" in file_filter and "*.json" in file_filter
    doc = json.loads(target.read_text("utf-8"))
    assert doc["customer"]["id"] == str(anna) and doc["customer"]["phone"] == "089 1234567"
    assert told and str(target) in told[-1] and "Anna Berger" in told[-1]

    target = tmp_path / "auskunft"  # no ending: the readable PDF
    qtbot.mouseClick(files.detail.export_button, Qt.MouseButton.LeftButton)
    pdf = tmp_path / "auskunft.pdf"
    assert "Anna Berger" in " ".join(p.extract_text() for p in PdfReader(pdf).pages)


def test_a_failed_export_is_never_silent(qtbot, window, prompter, tmp_path) -> None:
    services = window.services
    anna = add_customer(services, "Anna", "Berger", "089 1234567")
    files = open_file(qtbot, services, prompter)
    files.select(anna)
    prompter.saved_to = tmp_path / "gibt-es-nicht" / "anna.json"
    qtbot.mouseClick(files.detail.export_button, Qt.MouseButton.LeftButton)
    (warning,) = prompter.warnings
    assert warning[0] == "Export nicht möglich" and "konnte nicht geschrieben werden" in warning[1]
    prompter.saved_to = tmp_path / "anna.docx"
    qtbot.mouseClick(files.detail.export_button, Qt.MouseButton.LeftButton)
    assert ".pdf" in prompter.warnings[-1][1] and ".json" in prompter.warnings[-1][1]
    assert not (tmp_path / "anna.docx").exists() and prompter.infos == []


def backdate(services, customer_id) -> None:
    with services.db.session() as session:
        session.execute(
            update(CustomerRow).where(CustomerRow.id == customer_id).values(created_at=LONG_AGO)
        )
        session.execute(
            update(InterviewRow)
            .where(InterviewRow.customer_id == customer_id)
            .values(created_at=LONG_AGO, updated_at=LONG_AGO)
        )


def test_the_retention_review_lists_old_customers_and_erases_the_ticked(
    qtbot, window, prompter
) -> None:
    services = window.services
    old = add_customer(services, "Otto", "Alt", "089 1111111")
    backdate(services, old)
    unlinked = services.interviews.start(salesperson="Max").id
    for key, value in (("first_name", "Otto"), ("last_name", "Alt"), ("phone", "0891111111")):
        services.interviews.answer(unlinked, f"customer.{key}", value)
    keep = add_customer(services, "Nina", "Neu", "089 2222222")
    questions: list[str] = []

    def confirm(title: str, text: str) -> bool:
        questions.append(text)
        return True

    prompter.confirm = confirm
    files = open_file(qtbot, services, prompter)
    qtbot.mouseClick(files.retention_button, Qt.MouseButton.LeftButton)
    dialog = files.retention_dialog
    qtbot.waitExposed(dialog)
    assert "mehr als 3 Jahren" in dialog.intro.text()
    assert dialog.list.topLevelItemCount() == 1
    item = dialog.list.topLevelItem(0)
    assert (item.text(0), item.text(1)) == ("Otto Alt", "04.03.2019")
    assert not dialog.erase_button.isEnabled()
    item.setCheckState(0, Qt.CheckState.Checked)
    assert dialog.erase_button.isEnabled()
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    assert "1 Kunden (Otto Alt)" in questions[0]
    assert "Gespräche mit demselben Namen" in questions[1]
    assert [c.id for c in services.customers.search()] == [keep]
    assert [i.id for i in services.interviews.recent() if i.id == unlinked] == []
    assert dialog.list.topLevelItemCount() == 0
    assert files.model.rowCount() == 1


def test_the_retention_period_is_a_setting(qtbot, window, monkeypatch) -> None:
    services = window.services
    set_retention_years(services.db, 4)

    def accept_with_seven(dialog: SettingsDialog) -> int:
        assert dialog.retention_years() == 4
        dialog.findChild(type(dialog._retention), "retention_years").setValue(7)
        return 1

    monkeypatch.setattr(SettingsDialog, "exec", accept_with_seven)
    window.edit_settings()
    assert retention_years(services.db) == 7
    old = add_customer(services, "Otto", "Alt", "089 1111111")
    backdate(services, old)
    assert services.privacy.due_for_review(datetime(2026, 3, 4, tzinfo=UTC), 7) == []
    files = CustomersWindow(services, None, FakeDialogs())
    qtbot.addWidget(files)
    dialog = files.review_retention()
    assert "mehr als 7 Jahren" in dialog.intro.text()
    assert dialog.list.topLevelItemCount() == 1
