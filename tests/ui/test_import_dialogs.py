"""Catalogue import in the app: column mapping dialog, preview dialog, import off the UI thread."""

from __future__ import annotations

import threading
import time
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QProgressDialog, QWidget

from kundengespraech.importers.catalogue_csv import write_catalogue
from kundengespraech.importers.issues import ImportIssue
from kundengespraech.importers.mapping import propose_mapping
from kundengespraech.importers.rows import IGNORE, KEEP
from kundengespraech.services.app import open_services
from kundengespraech.services.catalogue import ImportPreview
from kundengespraech.ui.background import run_in_background
from kundengespraech.ui.catalogue_actions import CatalogueActions, ImportDecision, ImportDialogs
from kundengespraech.ui.import_preview_dialog import ImportPreviewDialog, IssueTableModel
from kundengespraech.ui.mapping_dialog import MappingDialog

PNG = b"\x89PNG\r\n\x1a\n" + bytes(40)
GERMAN = "Kennung;Marke;Modell;Aufbau;VK;Sitze;Kraftstoff;Foto;Farbe"


@pytest.fixture
def services(tmp_path: Path):
    opened = open_services(f"sqlite:///{tmp_path / 'ui.db'}")
    yield opened
    opened.close()


@pytest.fixture
def german_file(tmp_path: Path) -> Path:
    folder = tmp_path / "haendler"
    folder.mkdir()
    (folder / "ceed.png").write_bytes(PNG)
    path = folder / "bestand.csv"
    path.write_text(
        f"{GERMAN}\nB1;Kia;Ceed;Kombi;23.990;5;Benzin;ceed.png;grün\n"
        "B2;Kia;Picanto;Kleinwagen;13.990;4;Benzin;picanto.png;\n",
        encoding="utf-8",
    )
    return path


class FakeDialogs:
    """Answers the import dialogs like a user would, and records what they were shown."""

    def __init__(self) -> None:
        self.mappings: list[list[str]] = []
        self.previews: list[ImportPreview] = []
        self.mapping_answer: dict[str, str | None] | None = None  # None: take the proposals
        self.cancel_mapping = False
        self.decisions: list[str] = []  # "import", "replace", "cancel", "remap", "skip-photos"

    def ask_mapping(self, source, proposals):
        self.mappings.append([p.header for p in proposals])
        if self.cancel_mapping:
            return None
        if self.mapping_answer is not None:
            return self.mapping_answer
        return {p.header: p.target for p in proposals}

    def review(self, preview, recheck):
        self.previews.append(preview)
        decision = self.decisions.pop(0) if self.decisions else "import"
        if decision == "skip-photos":
            preview = recheck(preview, None, True)
            self.previews.append(preview)
            decision = "import"
        if decision == "cancel":
            return None
        if decision == "remap":
            return ImportDecision(preview, remap=True)
        return ImportDecision(preview, replace=decision == "replace")


@pytest.fixture
def actions(services, prompter):
    dialogs = FakeDialogs()
    return CatalogueActions(services, prompter, dialogs), dialogs


def run_import(qtbot, actions: CatalogueActions, timeout: int = 20_000) -> int:
    with qtbot.waitSignal(actions.import_finished, timeout=timeout) as blocker:
        actions.import_file()
    return blocker.args[0]


def vehicle_ids(services) -> list[str]:
    services.recommendations.reload()
    return [v.id for v in services.recommendations.vehicles()]


# --- the issue table -----------------------------------------------------------------------


def test_issue_model_passes_the_model_tester(qtmodeltester):
    issues = [
        ImportIssue("k.csv", 3, "seats", "„x“ ist keine ganze Zahl"),
        ImportIssue("k.csv", 0, "", "Die Datei enthält keine Fahrzeuge"),
    ]
    model = IssueTableModel(issues)
    qtmodeltester.check(model)
    assert (model.rowCount(), model.columnCount()) == (2, 3)
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)] == [
        "Zeile",
        "Spalte",
        "Problem",
    ]
    assert model.data(model.index(1, 0)) == "ganze Datei"
    model.set_issues([ImportIssue("k.xlsx", 7, "Preis", "zu teuer", "Bestand")])
    qtmodeltester.check(model)
    assert [model.data(model.index(0, c)) for c in range(4)] == [
        "Bestand",
        "7",
        "Preis",
        "zu teuer",
    ]


def test_issue_model_sums_up_the_problems_beyond_those_listed(qtmodeltester):
    issues = [
        ImportIssue("k.xlsx", n, "seats", "„x“ ist keine ganze Zahl", "Autos") for n in (2, 3)
    ]
    model = IssueTableModel(issues, more=1234)
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    assert [model.data(model.index(2, c)) for c in range(4)] == [
        "",
        "",
        "",
        "… und 1.234 weitere Fehler",
    ]
    model.set_issues(issues)
    assert model.rowCount() == 2


# --- the mapping dialog --------------------------------------------------------------------


def test_mapping_dialog_proposes_and_lets_the_user_change(qtbot):
    headers = [*GERMAN.split(";"), "Sitzanzahl laut Schein"]
    proposals = propose_mapping(headers, {"Sitze": IGNORE})
    dialog = MappingDialog("bestand.csv", proposals)
    qtbot.addWidget(dialog)
    assert dialog.mapping()["Kennung"] == "id" and dialog.mapping()["Farbe"] is KEEP
    assert dialog.mapping()["Sitze"] == IGNORE  # remembered
    assert not dialog.ok_button.isEnabled()
    assert "Sitzplätze" in dialog.status.text()
    last = dialog.combos[-1]
    last.setCurrentIndex(last.findData("seats"))
    assert dialog.ok_button.isEnabled() and dialog.status.text() == ""
    assert dialog.mapping()["Sitzanzahl laut Schein"] == "seats"
    farbe = dialog.combos[headers.index("Farbe")]
    farbe.setCurrentIndex(farbe.findData("model"))
    assert not dialog.ok_button.isEnabled() and "mehreren Spalten" in dialog.status.text()
    farbe.setCurrentIndex(farbe.findData(IGNORE))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.mapping()["Farbe"] == IGNORE


# --- the preview dialog --------------------------------------------------------------------


def test_preview_dialog_lists_every_error_and_imports_only_when_clean(qtbot, services, german_file):
    column_map = {p.header: p.target for p in propose_mapping(GERMAN.split(";"))}
    preview = services.catalogue.preview_file(german_file, column_map=column_map)
    assert [(i.line, i.column) for i in preview.issues] == [(3, "Foto")]
    chosen: list[Path | None] = []
    elsewhere = german_file.parent.parent / "bilder"
    elsewhere.mkdir()
    (elsewhere / "picanto.png").write_bytes(PNG)

    def recheck(current, folder, skip):
        chosen.append(folder)
        folders = [f for f in (folder, german_file.parent) if f]
        return services.catalogue.check_images(current, folders, skip_missing_images=skip)

    dialog = ImportPreviewDialog(preview, recheck, choose_folder=lambda parent: elsewhere)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.import_button.isEnabled()
    assert dialog.model.rowCount() == 1 and dialog.table.isVisible()
    assert "1 Fehler" in dialog.summary.text()
    dialog.skip_missing.setChecked(True)
    assert dialog.import_button.isEnabled() and "1 Fotos nicht gefunden" in dialog.summary.text()
    dialog.skip_missing.setChecked(False)
    assert not dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.folder_button, Qt.MouseButton.LeftButton)
    assert chosen[-1] == elsewhere
    assert dialog.import_button.isEnabled() and not dialog.table.isVisible()
    assert dialog.summary.text() == "2 Fahrzeuge werden importiert. Davon 2 mit Foto."
    assert str(elsewhere) in dialog.folder_label.text()
    assert not dialog.replace()
    dialog.replace_mode.setChecked(True)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.replace()
    assert dialog.preview.photo_count == 2


def test_real_preview_dialog_runs_modally(qtbot, services, german_file):
    parent = QWidget()
    qtbot.addWidget(parent)
    preview = services.catalogue.preview_file(german_file)
    dialogs = ImportDialogs(parent)

    def press_remap() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ImportPreviewDialog)
        dialog.remap_button.click()

    QTimer.singleShot(50, press_remap)
    decision = dialogs.review(preview, lambda p, f, s: p)
    assert decision is not None and decision.remap


# --- the whole import from the menu --------------------------------------------------------


def test_contract_file_imports_without_the_mapping_dialog(
    qtbot, services, prompter, actions, tmp_path
):
    controller, dialogs = actions
    source = tmp_path / "katalog.csv"
    services.catalogue.export_file(source)
    before = vehicle_ids(services)
    prompter.open_answer = source
    dialogs.decisions = ["replace"]
    assert run_import(qtbot, controller) == len(before)
    assert dialogs.mappings == [] and len(dialogs.previews) == 1
    assert prompter.infos[-1][0] == "Katalog importiert"
    assert vehicle_ids(services) == before


def test_foreign_headers_are_mapped_remembered_and_imported(
    qtbot, services, prompter, actions, german_file
):
    controller, dialogs = actions
    prompter.open_answer = german_file
    dialogs.decisions = ["skip-photos"]
    assert run_import(qtbot, controller) == 2
    assert dialogs.mappings == [GERMAN.split(";")]
    first, skipped = dialogs.previews
    assert not first.ok and skipped.ok and skipped.skipped_images == 1
    assert {"B1", "B2"} <= set(vehicle_ids(services))
    remembered = services.catalogue.remembered_mapping("bestand.csv")
    assert remembered["VK"] == "price_eur" and remembered["Farbe"] is None
    # Next time the remembered mapping applies without asking; the user asks to map again
    # from the preview.
    dialogs.decisions = ["remap", "cancel"]
    dialogs.mapping_answer = {**remembered, "Farbe": IGNORE}
    assert run_import(qtbot, controller) == 0
    assert len(dialogs.mappings) == 2
    assert dialogs.previews[2].ok is False  # read with the remembered mapping: photo missing
    assert [i.column for i in dialogs.previews[2].issues] == ["Foto"]
    assert services.catalogue.remembered_mapping("bestand.csv")["Farbe"] == IGNORE


def test_cancelled_mapping_or_preview_writes_nothing(
    qtbot, services, prompter, actions, german_file
):
    controller, dialogs = actions
    before = vehicle_ids(services)
    prompter.open_answer = german_file
    dialogs.cancel_mapping = True
    assert run_import(qtbot, controller) == 0 and dialogs.previews == []
    dialogs.cancel_mapping = False
    dialogs.decisions = ["cancel"]
    assert run_import(qtbot, controller) == 0
    prompter.open_answer = None
    assert run_import(qtbot, controller) == 0
    assert vehicle_ids(services) == before


def test_unreadable_file_goes_to_the_preview_with_its_problem(qtbot, prompter, actions, tmp_path):
    controller, dialogs = actions
    bad = tmp_path / "katalog.xlsx"
    bad.write_bytes(b"id;make\r\n")
    prompter.open_answer = bad
    dialogs.decisions = ["cancel"]
    assert run_import(qtbot, controller) == 0
    (preview,) = dialogs.previews
    assert "keine Excel-Datei" in preview.issues[0].message
    prompter.open_answer = tmp_path / "gibt-es-nicht.csv"
    assert run_import(qtbot, controller) == 0
    assert prompter.warnings[-1][0] == "Nichts importiert"


def test_a_large_import_keeps_the_window_responsive(qtbot, services, prompter, actions, tmp_path):
    controller, dialogs = actions
    base = services.recommendations.vehicles()[0]
    vehicles = [replace(base, id=f"V{n:06d}") for n in range(30_000)]
    source = tmp_path / "gross.csv"
    source.write_bytes(write_catalogue(vehicles))
    prompter.open_answer = source
    dialogs.decisions = ["replace"]
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start(20)
    started = time.perf_counter()
    try:
        count = run_import(qtbot, controller, timeout=60_000)
    finally:
        timer.stop()
    took = time.perf_counter() - started
    assert count == 30_000
    gaps = [b - a for a, b in zip([started, *ticks], ticks, strict=False)]
    assert len(ticks) >= took / 0.2  # the event loop kept running during the import
    assert max(gaps) < 0.5, max(gaps)


# --- the background helper -----------------------------------------------------------------


def test_background_work_runs_off_the_ui_thread_and_reports_back(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    results: list[object] = []
    with qtbot.waitSignal(
        run_in_background(parent, threading.get_ident, results.append, results.append).finished
    ):
        pass
    assert results and results[0] != threading.get_ident()

    def fail() -> None:
        raise OSError(2, "weg")

    errors: list[Exception] = []
    task = run_in_background(parent, fail, results.append, errors.append)
    qtbot.waitSignal(task.finished).wait()
    assert isinstance(errors[0], OSError) and len(results) == 1


def test_slow_work_shows_a_busy_dialog_until_it_is_done(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    done: list[object] = []
    task = run_in_background(
        parent,
        lambda: time.sleep(0.8) or "fertig",
        done.append,
        done.append,
        busy_text="Bitte warten …",
    )
    qtbot.waitUntil(
        lambda: any(d.isVisible() for d in parent.findChildren(QProgressDialog)), timeout=2000
    )
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert done == ["fertig"]
    qtbot.waitUntil(lambda: not parent.findChildren(QProgressDialog))


def test_a_full_disk_during_the_import_says_so_and_changes_nothing(
    qtbot, services, prompter, actions, tmp_path, monkeypatch
):
    import sqlite3

    from sqlalchemy.exc import OperationalError

    from kundengespraech.storage import vehicles as vehicle_store

    controller, dialogs = actions
    source = tmp_path / "katalog.csv"
    services.catalogue.export_file(source)
    before = vehicle_ids(services)

    def disk_full(*_args, **_kwargs):
        raise OperationalError("INSERT", {}, sqlite3.OperationalError("database or disk is full"))

    monkeypatch.setattr(vehicle_store, "replace_catalogue", disk_full)
    prompter.open_answer = source
    dialogs.decisions = ["replace"]
    assert run_import(qtbot, controller) == 0
    title, text = prompter.warnings[-1][:2]
    assert title == "Nichts importiert"
    assert "Speicherplatz ist voll" in text and "nicht verändert" in text
    assert vehicle_ids(services) == before
