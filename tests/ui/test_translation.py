"""The English translation is shipped complete and up to date with the sources."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from kundengespraech import resources
from kundengespraech.services.app import open_services
from kundengespraech.ui.app import install_translation
from kundengespraech.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "kundengespraech_en.ts"


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(path).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or ""): message
        for context in root.iter("context")
        for message in context.iter("message")
    }


def test_every_ui_string_has_an_english_translation():
    for (context, source), message in _messages(TS).items():
        translation = message.find("translation")
        assert translation is not None and (translation.text or "").strip(), (context, source)
        assert translation.get("type") not in ("unfinished", "obsolete"), (context, source)


def test_translation_file_knows_every_string_of_the_sources(tmp_path):
    fresh = tmp_path / "fresh.ts"
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    sources = sorted(str(p) for p in (ROOT / "kundengespraech" / "ui").glob("*.py"))
    subprocess.run(
        [str(lupdate), "-no-obsolete", "-locations", "none", *sources, "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    assert set(_messages(fresh)) == set(_messages(TS)), (
        "run `bash packaging/update_translations.sh` and translate the new strings"
    )


def test_english_is_loaded_for_the_interface_and_the_questionnaire(qapp, qtbot, tmp_path):
    translator = install_translation(qapp, "en")
    assert translator is not None
    try:
        assert QCoreApplication.translate("StartView", "Neues Gespräch") == "New conversation"
        services = open_services(f"sqlite:///{tmp_path / 'en.db'}")
        window = MainWindow(services, lang="en")
        qtbot.addWidget(window)
        window.start()
        assert window.start_view.new_button.text() == "New conversation"
        window.new_interview()
        page = window.interview_view.current_page()
        assert page.page.text("en") == "About you"
        label = page.rows["customer.first_name"].findChild(QLabel, "questionLabel")
        assert label is not None and label.text() == "First name"
        assert window.interview_view._next.text() == "Next →"
        window.close()
        services.close()
    finally:
        qapp.removeTranslator(translator)
    assert resources.file_path("i18n", "kundengespraech_en.qm").is_file()


def test_qt_standard_buttons_and_dialogs_speak_german(qapp) -> None:
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

    from kundengespraech.ui.app import install_qt_translation

    previous = QLocale()
    translator = install_qt_translation(qapp, "de")
    assert translator is not None
    try:
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.Close
            | QDialogButtonBox.StandardButton.Yes
            | QDialogButtonBox.StandardButton.No
            | QDialogButtonBox.StandardButton.Save
        )
        texts = {b.text().replace("&", "") for b in buttons.buttons()}
        assert texts == {"Abbrechen", "Schließen", "Ja", "Nein", "Speichern"}
        box = QMessageBox(QMessageBox.Icon.Question, "Frage", "Wirklich?")
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        assert {b.text().replace("&", "") for b in box.buttons()} == {"Ja", "Nein"}
        assert QLocale().toString(1234.5, "f", 1) == "1.234,5"
    finally:
        qapp.removeTranslator(translator)
        QLocale.setDefault(previous)
