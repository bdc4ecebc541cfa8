"""The interview screen: one page per topic, progress, navigation and the live recommendations."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kundengespraech.domain.answers import missing_required
from kundengespraech.services.app import AppServices
from kundengespraech.services.errors import StorageError
from kundengespraech.services.interviews import InterviewState
from kundengespraech.services.pending_answers import PendingAnswers
from kundengespraech.ui.interview_page import InterviewPage
from kundengespraech.ui.recommendations_panel import RecommendationsPanel

REFRESH_DELAY_MS = 120
RETRY_FIRST_MS = 2_000  # a refused answer is tried again after 2 s, then 4, 8 … up to 30 s
RETRY_LONGEST_MS = 30_000


class InterviewView(QWidget):
    """Drives one interview. Every answer goes to the database at once through the service.

    Signals: ``finished_pages`` when the user moves on from the last page,
    ``leave_requested`` when the user wants back to the start screen.
    """

    finished_pages = Signal()
    leave_requested = Signal()

    def __init__(
        self,
        services: AppServices,
        lang: str = "de",
        parent: QWidget | None = None,
        pending: PendingAnswers | None = None,
    ):
        super().__init__(parent)
        self._services = services
        self._questionnaire = services.questionnaire
        self._lang = lang
        self._state: InterviewState | None = None
        self._catalogue_ready = True
        self._answers: dict[str, Any] = {}
        self._refresh = QTimer(self, singleShot=True, interval=REFRESH_DELAY_MS)
        self._refresh.timeout.connect(self.refresh_recommendations)
        self._pending = pending or PendingAnswers()
        self._retry = QTimer(self, singleShot=True)
        self._retry.timeout.connect(self.retry_unsaved)
        self._retry_delay = RETRY_FIRST_MS

        self._topics = QListWidget()
        self._topics.setObjectName("topics")
        self._topics.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._topics.setFixedWidth(240)
        self._topics.setSpacing(2)
        self._topics.itemClicked.connect(lambda item: self.go_to(self._topics.row(item)))
        self._pages = QStackedWidget()
        self._page_widgets: list[InterviewPage] = []
        for page in self._questionnaire.pages:
            widget = InterviewPage(page, self._questionnaire, lang)
            widget.answered.connect(self._on_answered)
            self._pages.addWidget(widget)
            self._page_widgets.append(widget)
            self._topics.addItem(QListWidgetItem(page.text(lang)))

        self._step = QLabel()
        self._step.setObjectName("muted")
        self._progress = QProgressBar()
        self._progress.setRange(0, len(self._page_widgets))
        self._progress.setTextVisible(False)
        self._progress.setMaximumHeight(8)
        self._back = QPushButton(self.tr("← Zurück"))
        self._back.setToolTip(self.tr("Vorherige Seite (Alt+←)"))
        self._back.clicked.connect(self.go_back)
        self._next = QPushButton()
        self._next.setObjectName("primary")
        self._next.setDefault(True)
        self._next.setToolTip(self.tr("Nächste Seite (Alt+→ oder Enter)"))
        self._next.clicked.connect(self.go_forward)
        self._panel = RecommendationsPanel()

        nav = QHBoxLayout()
        nav.addWidget(self._back)
        nav.addStretch(1)
        nav.addWidget(self._step)
        nav.addStretch(1)
        nav.addWidget(self._next)
        self.save_banner = QFrame()
        self.save_banner.setObjectName("saveBanner")
        self.save_banner_text = QLabel()
        self.save_banner_text.setWordWrap(True)
        retry = QPushButton(self.tr("Jetzt erneut speichern"))
        retry.clicked.connect(self.retry_unsaved)
        banner = QHBoxLayout(self.save_banner)
        banner.addWidget(self.save_banner_text, 1)
        banner.addWidget(retry)
        self.save_banner.hide()
        centre = QVBoxLayout()
        centre.addWidget(self.save_banner)
        centre.addWidget(self._progress)
        centre.addWidget(self._pages, 1)
        centre.addLayout(nav)
        layout = QHBoxLayout(self)
        layout.addWidget(self._topics)
        layout.addLayout(centre, 1)
        layout.addWidget(self._panel)

        for keys, slot in (
            (QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Left), self.go_back),
            (QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Right), self.go_forward),
        ):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    # -- state -------------------------------------------------------------------------------

    @property
    def interview_id(self) -> Any:
        return self._state.id if self._state else None

    @property
    def answers(self) -> dict[str, Any]:
        return dict(self._answers)

    @property
    def panel(self) -> RecommendationsPanel:
        return self._panel

    def current_index(self) -> int:
        return self._pages.currentIndex()

    def current_page(self) -> InterviewPage:
        return self._page_widgets[self._pages.currentIndex()]

    def load(self, state: InterviewState) -> None:
        """Show an interview with all its answers, at the page where it was left."""
        self._state = state
        self._answers = dict(state.answers)
        # Answers typed before a failed save (perhaps before a restart) come back on screen.
        unsaved = self._pending.of(state.id)
        for question_id, value in unsaved.items():
            self._remember(question_id, value)
        self.save_banner.hide()
        for widget in self._page_widgets:
            widget.set_answers(self._answers)
            widget.update_visibility(self._answers)
            for question_id in widget.unsaved_questions():
                widget.show_unsaved(question_id, question_id in unsaved)
            for question_id in unsaved:
                widget.show_unsaved(question_id, True)
        index = self._questionnaire.page_index(state.current_page)
        self._show(index, save=False)
        if unsaved:
            self.retry_unsaved()
        self.refresh_recommendations()

    # -- answers -----------------------------------------------------------------------------

    def _on_answered(self, question_id: str, value: Any) -> None:
        if self._state is None:
            return
        page = self.sender()
        try:
            problem = self._services.interviews.answer(self._state.id, question_id, value)
        except StorageError as error:
            problem = None
            self._keep_unsaved(question_id, value, error)
        else:
            self._saved(question_id)
            self.retry_unsaved()  # the database takes writes again: the rest follows now
        if isinstance(page, InterviewPage):
            page.show_error(question_id, problem)
        if problem:
            return
        self._remember(question_id, value)
        for widget in self._page_widgets:
            widget.update_visibility(self._answers)
        self._refresh.start()

    # -- answers the database refused -------------------------------------------------------

    def _keep_unsaved(self, question_id: str, value: Any, error: StorageError) -> None:
        """Keep an answer the database refused: on screen, marked, queued and retried."""
        assert self._state is not None
        self._pending.add(self._state.id, question_id, value)
        for widget in self._page_widgets:
            widget.show_unsaved(question_id, True)
        self.save_banner_text.setText(str(error))
        self.save_banner.show()
        if not self._retry.isActive():
            self._retry.start(self._retry_delay)
            self._retry_delay = min(self._retry_delay * 2, RETRY_LONGEST_MS)

    def _saved(self, question_id: str) -> None:
        assert self._state is not None
        self._pending.remove(self._state.id, question_id)
        for widget in self._page_widgets:
            widget.show_unsaved(question_id, False)

    def unsaved_answers(self) -> dict[str, Any]:
        """Answers of this interview shown on screen but not yet in the database."""
        return self._pending.of(self._state.id) if self._state is not None else {}

    def retry_unsaved(self) -> bool:
        """Try to save every queued answer again; ``True`` when none is left."""
        if self._state is None:
            return True
        for question_id, value in self._pending.of(self._state.id).items():
            try:
                self._services.interviews.answer(self._state.id, question_id, value)
            except StorageError as error:
                self.save_banner_text.setText(str(error))
                if not self._retry.isActive():
                    self._retry.start(self._retry_delay)
                    self._retry_delay = min(self._retry_delay * 2, RETRY_LONGEST_MS)
                return False
            self._saved(question_id)
        self._retry.stop()
        self._retry_delay = RETRY_FIRST_MS
        self.save_banner.hide()
        return True

    def _remember(self, question_id: str, value: Any) -> None:
        """Keep a saved answer in memory; an emptied answer is gone (as in the database)."""
        if value in (None, "", []):
            self._answers.pop(question_id, None)
        else:
            self._answers[question_id] = value

    def apply_answers(self, changes: dict[str, Any]) -> list[str]:
        """Change answers from outside the pages (what-if, relaxations); saved like any answer.

        Returns the German messages of refused changes (nothing refused: empty list)."""
        if self._state is None:
            return []
        problems = []
        for question_id, value in changes.items():
            try:
                problem = self._services.interviews.answer(self._state.id, question_id, value)
            except StorageError as error:
                problem = None
                self._keep_unsaved(question_id, value, error)
            if problem:
                problems.append(problem)
            else:
                self._remember(question_id, value)
        for widget in self._page_widgets:
            widget.set_answers(self._answers)
        self._refresh.start()
        return problems

    def set_catalogue_loading(self) -> None:
        """The catalogue is being read in the background: the panel says so until it is ready."""
        self._catalogue_ready = False
        self._panel.show_loading()

    def catalogue_loaded(self) -> None:
        self._catalogue_ready = True
        if self._state is not None:
            self.refresh_recommendations()

    def refresh_recommendations(self) -> None:
        if not self._catalogue_ready:
            return
        self._panel.show_ranking(self._services.recommendations.rank(self._answers))

    # -- navigation --------------------------------------------------------------------------

    def go_back(self) -> None:
        if self.current_index() > 0:
            self._show(self.current_index() - 1)
        else:
            self.leave_requested.emit()

    def go_forward(self) -> None:
        self.current_page().flush()
        page = self._questionnaire.pages[self.current_index()]
        missing = [q for q in missing_required(self._questionnaire, self._answers)
                   if q in page.questions]  # fmt: skip
        if missing:
            for question in missing:
                self.current_page().show_error(question.id, self.tr("Bitte geben Sie das noch an."))
            self.current_page().first_invalid_or_first_editor_focus()
            return
        if self.current_index() + 1 < len(self._page_widgets):
            self._show(self.current_index() + 1)
        else:
            self.finished_pages.emit()

    def go_to(self, index: int) -> None:
        if 0 <= index < len(self._page_widgets):
            self._show(index)

    def _show(self, index: int, save: bool = True) -> None:
        self.current_page().flush()
        self._pages.setCurrentIndex(index)
        self._topics.setCurrentRow(index)
        total = len(self._page_widgets)
        self._progress.setValue(index + 1)
        self._step.setText(self.tr("Schritt %1 von %2").replace("%1", str(index + 1))
                           .replace("%2", str(total)))  # fmt: skip
        last = index + 1 == total
        self._next.setText(self.tr("Zu den Empfehlungen →") if last else self.tr("Weiter →"))
        self._back.setText(self.tr("← Zurück") if index else self.tr("← Startseite"))
        if save and self._state is not None:
            try:
                self._services.interviews.go_to_page(
                    self._state.id, self._questionnaire.pages[index].id
                )
            except StorageError as error:  # only the page to resume at; answers are queued
                self.save_banner_text.setText(str(error))
                self.save_banner.show()
        self.current_page().first_invalid_or_first_editor_focus()

    def keyPressEvent(self, event: Any) -> None:
        """Enter moves on, except inside multi-line text."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self.go_forward()
            return
        super().keyPressEvent(event)
