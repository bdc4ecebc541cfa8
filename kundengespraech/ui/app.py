"""Starting the desktop app: Qt application, theme, translation, database, main window."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from kundengespraech import resources
from kundengespraech.services.app import READ_ONLY_NOTICE, AppServices, open_services
from kundengespraech.services.encryption import KeyRequiredError, WrongKeyError
from kundengespraech.services.errors import StorageError
from kundengespraech.ui.background import BackgroundTask
from kundengespraech.ui.error_guard import install_error_guard
from kundengespraech.ui.main_window import MainWindow
from kundengespraech.ui.theme import apply_theme
from kundengespraech.ui.unlock_dialog import UnlockDialog


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


def install_qt_translation(app: QApplication, language: str) -> QTranslator | None:
    """Qt's own texts in ``language`` — standard buttons ("Abbrechen", "Schließen"), file and
    print dialogs, context menus — from the translations shipped with Qt; also the default
    locale for dates and numbers in Qt's widgets."""
    QLocale.setDefault(QLocale(language))
    translator = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load(QLocale(language), "qtbase", "_", folder):
        app.installTranslator(translator)
        return translator
    return None


def ui_language() -> str:
    """``KUNDENGESPRAECH_LANG`` if set, else the system's language when we ship it, else German."""
    wanted = os.environ.get("KUNDENGESPRAECH_LANG") or QLocale.system().name()[:2]
    return wanted if wanted in ("de", "en") else "de"


WARM_UP_DELAY_MS = 50
CHECKPOINT_INTERVAL_MS = 60_000  # fold the WAL back while the app idles (small on a full disk)


class StartedApp:
    """The running app's parts, for ``run_app`` and for the start-up benchmark."""

    def __init__(self, app: QApplication, services: AppServices, window: MainWindow) -> None:
        self.app = app
        self.services = services
        self.window = window
        self.catalogue_ready = False
        self.warm_up = BackgroundTask(window, services.recommendations.index)
        self.warm_up.succeeded.connect(self._catalogue_loaded)
        self.warm_up.failed.connect(
            lambda error: QMessageBox.warning(window, "Kundengespräch", str(error))
        )
        self.checkpoints = QTimer(window)
        self.checkpoints.setInterval(CHECKPOINT_INTERVAL_MS)
        self.checkpoints.timeout.connect(services.checkpoint)
        self.checkpoints.start()

    def _catalogue_loaded(self, _index: object) -> None:
        self.catalogue_ready = True
        self.window.interview_view.catalogue_loaded()


def start_app(db_url: str | None) -> StartedApp | None:
    """Open the database, show the window, and read the catalogue in the background.

    Returns ``None`` (after telling the user) when the database cannot be used."""
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Kundengespräch")
    app.setOrganizationName("Kundengespraech")
    apply_theme(app)
    language = ui_language()
    install_qt_translation(app, language)
    install_translation(app, language)
    services = _open_unlocking(db_url)
    if services is None:
        return None
    window = MainWindow(services, lang=language)
    window.interview_view.set_catalogue_loading()
    window.start()
    window.show()
    started = StartedApp(app, services, window)
    if services.read_only:
        window.statusBar().showMessage(READ_ONLY_NOTICE)
        QTimer.singleShot(0, lambda: _tell_read_only(window))
    # Read the catalogue once the window has been painted, so it never delays the first paint.
    QTimer.singleShot(WARM_UP_DELAY_MS, started.warm_up.start)
    return started


def _open_unlocking(db_url: str | None) -> AppServices | None:
    """Open the services; an encrypted database asks for its passphrase until it opens or the
    user gives up. ``None`` (after telling the user) when the database cannot be used."""
    passphrase: str | None = None
    problem = ""
    while True:
        try:
            return open_services(db_url, passphrase)
        except (KeyRequiredError, WrongKeyError) as error:
            message = QCoreApplication.translate(
                "UnlockDialog",
                "Die Gespräche und Kundendaten auf diesem Gerät sind verschlüsselt. "
                "Bitte geben Sie das Kennwort ein.",
            )
            if isinstance(error, WrongKeyError):
                problem = str(error)
            dialog = UnlockDialog(message, problem)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            passphrase = dialog.passphrase()
        except StorageError as error:
            QMessageBox.critical(None, "Kundengespräch", str(error))
            return None


def _tell_read_only(window: MainWindow) -> None:
    box = QMessageBox(window)
    box.setObjectName("readOnlyNotice")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle("Kundengespräch")
    box.setText(READ_ONLY_NOTICE)
    box.addButton("OK", QMessageBox.ButtonRole.AcceptRole)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


def run_app(db_url: str | None) -> int:
    install_error_guard()
    started = start_app(db_url)
    if started is None:
        return 2
    try:
        return started.app.exec()
    finally:
        started.services.close()
