"""The main window: assembles the start, interview and result screens and the menus."""

from __future__ import annotations

import contextlib
import uuid
from datetime import datetime
from typing import Any

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QMessageBox, QStackedWidget, QWidget

from kundengespraech.services.app import AppServices
from kundengespraech.services.device_settings import DeviceSettings
from kundengespraech.services.errors import RecordNotFoundError, StorageError
from kundengespraech.ui.advice_controller import AdviceController
from kundengespraech.ui.care_actions import CareActions
from kundengespraech.ui.catalogue_actions import CatalogueActions
from kundengespraech.ui.catalogue_window import CatalogueWindow
from kundengespraech.ui.encryption_dialog import EncryptionDialog
from kundengespraech.ui.interview_view import InterviewView
from kundengespraech.ui.menus import build_menus
from kundengespraech.ui.prompter import Prompter
from kundengespraech.ui.result_view import ResultView
from kundengespraech.ui.settings_dialog import SettingsDialog
from kundengespraech.ui.sheet_actions import SheetActions
from kundengespraech.ui.start_view import StartView
from kundengespraech.ui.window_memory import restore_geometry, save_geometry


class MainWindow(QMainWindow):
    """Switches between screens; the decisions live in the services and the views."""

    def __init__(
        self,
        services: AppServices,
        prompter: Prompter | None = None,
        lang: str = "de",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("Kundengespräch"))
        self.setMinimumSize(1024, 640)
        self.resize(1366, 768)
        self.device = DeviceSettings()
        restore_geometry(self, self.device)
        self.prompter = prompter or Prompter(self, self.device)
        self.start_view = StartView()
        self.interview_view = InterviewView(services, lang)
        self.result_view = ResultView()
        self._stack = QStackedWidget()
        for view in (self.start_view, self.interview_view, self.result_view):
            self._stack.addWidget(view)
        self.setCentralWidget(self._stack)
        self.sheet = SheetActions(
            services,
            self.prompter,
            self._sheet_source,
            interview=lambda: self.interview_view.interview_id,
            parent_widget=self,
        )
        self.catalogue = CatalogueActions(services, self.prompter)
        self.catalogue.import_finished.connect(self._catalogue_changed)
        self.advice = AdviceController(
            services, self.interview_view, self.result_view, self.prompter
        )

        self.start_view.new_requested.connect(self.new_interview)
        self.start_view.resume_requested.connect(self.resume_interview)
        self.interview_view.finished_pages.connect(self.show_results)
        self.interview_view.leave_requested.connect(self.show_start)
        self.result_view.back_requested.connect(self._back_to_interview)
        self.result_view.print_requested.connect(self.sheet.print_sheet)
        self.result_view.save_requested.connect(self.sheet.save)
        self.result_view.preview_requested.connect(self.sheet.preview)
        self.result_view.quick_print_requested.connect(self.sheet.quick_print)
        self.result_view.finish_requested.connect(self.finish_interview)
        self.result_view.next_step_changed.connect(self._save_next_step)
        build_menus(self)
        # Relationship care (issue 5): the Wiedervorlage on the start screen, the Kunden menu.
        self.care = CareActions(services, self.prompter, self.start_view.agenda, self)
        self.care.add_menu(self.menuBar())

    # -- screens -----------------------------------------------------------------------------

    def start(self) -> None:
        """Resume the interview that was on screen if the app stopped during it; else start."""
        active = self.services.settings.active_interview()
        if active is not None and self._try_resume(active):
            return
        self.show_start()

    def show_start(self) -> None:
        self.services.settings.set_active_interview(None)
        self.start_view.show_interviews(self.services.interviews.recent())
        self.care.refresh()
        self._stack.setCurrentWidget(self.start_view)
        self.start_view.new_button.setFocus()

    def new_interview(self) -> None:
        salesperson = self.services.settings.dealer().salesperson_name
        try:
            state = self.services.interviews.start(salesperson=salesperson)
        except StorageError as error:
            # No interview is opened: answers typed into it would have nowhere to go.
            self._warn(self.tr("Neues Gespräch nicht möglich"), str(error))
            return
        self._open(state)

    def _warn(self, title: str, text: str) -> None:
        box = QMessageBox(self)
        box.setObjectName("saveProblem")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(title)
        box.setText(text)
        box.addButton(self.tr("OK"), QMessageBox.ButtonRole.AcceptRole)
        box.open()

    def resume_interview(self, interview_id: uuid.UUID) -> None:
        self._try_resume(interview_id)

    def _try_resume(self, interview_id: uuid.UUID) -> bool:
        try:
            state = self.services.interviews.resume(interview_id)
        except RecordNotFoundError:
            return False
        self._open(state)
        return True

    def _open(self, state: Any) -> None:
        self.services.settings.set_active_interview(state.id)
        self.interview_view.load(state)
        self.result_view.set_next_step(state.record.next_step_text, state.record.next_step_due)
        self._stack.setCurrentWidget(self.interview_view)

    def show_results(self) -> None:
        self.advice.refresh()
        self._stack.setCurrentWidget(self.result_view)
        self.result_view.print_button.setFocus()

    def _back_to_interview(self) -> None:
        self._stack.setCurrentWidget(self.interview_view)

    def finish_interview(self) -> None:
        interview_id = self.interview_view.interview_id
        if interview_id is not None:
            self.care.link_customer(interview_id)
            self.services.interviews.finish(interview_id)
        self.show_start()

    def current_screen(self) -> QWidget | None:
        return self._stack.currentWidget()

    # -- details -----------------------------------------------------------------------------

    def _save_next_step(self, text: str, due: datetime | None) -> None:
        interview_id = self.interview_view.interview_id
        if interview_id is not None:
            self.services.interviews.set_next_step(interview_id, text, due)

    def _sheet_source(self) -> tuple[dict[str, Any], str, datetime | None]:
        text, due = self.result_view.next_step()
        return self.interview_view.answers, text, due

    def _catalogue_changed(self, _count: int) -> None:
        """After an import the live panel ranks the new catalogue at once."""
        if self.interview_view.interview_id is not None:
            self.interview_view.refresh_recommendations()

    def show_catalogue(self) -> CatalogueWindow:
        """The catalogue browser: one window, read again each time (e.g. after an import)."""
        return CatalogueWindow.show_for(self, self.services.catalogue_browser)

    def edit_encryption(self) -> None:
        EncryptionDialog(self.services.encryption, self).exec()

    def edit_settings(self) -> None:
        settings = self.services.settings
        dialog = SettingsDialog(settings.dealer(), self, settings.retention_years())
        if dialog.exec():
            settings.save_dealer(dialog.settings())
            settings.set_retention_years(dialog.retention_years())

    def closeEvent(self, event: QCloseEvent) -> None:
        """A deliberate close leaves the interview resumable from the list, not forced open.

        With answers not yet saved it asks first (they stay queued on this device either way).
        """
        self.interview_view.current_page().flush()
        view = self.interview_view
        if (
            view.unsaved_answers()
            and not view.retry_unsaved()
            and not self.confirm_close_unsaved(len(view.unsaved_answers()))
        ):
            event.ignore()
            return
        # If this fails, the interview simply opens again at the next start.
        with contextlib.suppress(StorageError):
            self.services.settings.set_active_interview(None)
        save_geometry(self, self.device)
        super().closeEvent(event)

    def confirm_close_unsaved(self, count: int) -> bool:
        """Ask whether to close although ``count`` answers are not saved; ``True`` = close."""
        box = QMessageBox(self)
        box.setObjectName("closeUnsaved")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Noch nicht gespeichert"))
        box.setText(
            self.tr(
                "%1 Antworten konnten noch nicht gespeichert werden. Sie bleiben auf diesem "
                "Gerät vorgemerkt und werden beim nächsten Start erneut gespeichert. "
                "Trotzdem schließen?"
            ).replace("%1", str(count))
        )
        close = box.addButton(self.tr("Trotzdem schließen"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Weiterarbeiten"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is close
