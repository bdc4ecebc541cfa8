"""Starting the desktop app: Qt application, theme, translation, database, main window."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from kundengespraech import resources
from kundengespraech.services.app import open_services
from kundengespraech.storage.errors import StorageError
from kundengespraech.ui.theme import apply_theme
from kundengespraech.ui.main_window import MainWindow


def install_translation(app: QApplication, language: str) -> QTranslator | None:
    """German is built in; any other language loads its shipped .qm file if there is one."""
    if language == "de":
        return None
    translator = QTranslator(app)
    qm = resources.file_path("i18n", f"kundengespraech_{language}.qm")
    if qm.is_file() and translator.load(str(qm)):
        app.installTranslator(translator)
        return translator
    return None


def ui_language() -> str:
    """``KUNDENGESPRAECH_LANG`` if set, else the system's language when we ship it, else German."""
    wanted = os.environ.get("KUNDENGESPRAECH_LANG") or QLocale.system().name()[:2]
    return wanted if wanted in ("de", "en") else "de"


def run_app(db_url: str | None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Kundengespräch")
    app.setOrganizationName("Kundengespraech")
    apply_theme(app)
    language = ui_language()
    install_translation(app, language)
    try:
        services = open_services(db_url)
    except StorageError as error:
        QMessageBox.critical(None, "Kundengespräch", str(error))
        return 2
    window = MainWindow(services, lang=language)
    window.start()
    window.show()
    try:
        return app.exec()
    finally:
        services.close()
