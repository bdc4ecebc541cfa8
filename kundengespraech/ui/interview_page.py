"""One page of the interview, built from a questionnaire page: title, intro and its questions."""

from __future__ import annotations

import html
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from kundengespraech.domain.questionnaire import Page, Question, Questionnaire
from kundengespraech.ui.question_editors import QuestionEditor, make_editor
from kundengespraech.ui.theme import MUTED

REQUIRED_MARK = (
    f'<span style="font-size: 11pt; font-weight: 400; color: {MUTED};">'
    "&nbsp;&nbsp;·&nbsp;{}</span>"
)
CONTENT_MAX_WIDTH = 860
"""Beyond this the lines get too long to read across a desk; the column stays left."""


class QuestionRow(QWidget):
    """A question's label (with "Pflichtangabe" when required), help text and editor."""

    def __init__(self, question: Question, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("questionRow")
        self.question = question
        text = html.escape(question.text(lang))
        if question.required:
            text += REQUIRED_MARK.format(html.escape(self.tr("Pflichtangabe")))
        self.label = QLabel(text)
        self.label.setObjectName("questionLabel")
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.label)
        help_text = question.help_text(lang)
        if help_text:
            hint = QLabel(help_text)
            hint.setObjectName("help")
            hint.setWordWrap(True)
            layout.addWidget(hint)
        self.editor = make_editor(question, lang)
        if help_text:
            self.editor.setAccessibleDescription(help_text)
        inputs = self.editor.inputs()
        if inputs:
            self.label.setBuddy(inputs[0])
        layout.addWidget(self.editor)
        self.unsaved = QLabel(self.tr("Noch nicht gespeichert – wird erneut versucht"))
        self.unsaved.setObjectName("unsavedMarker")
        self.unsaved.setWordWrap(True)
        self.unsaved.hide()
        layout.addWidget(self.unsaved)


class InterviewPage(QWidget):
    """A topic page of the interview, scrollable so it fits a 1366×768 screen beside a panel.

    Signal ``answered(str, object)``: the user answered a question on this page (question id,
    JSON value or ``None``); relayed from the editors, never emitted while filling.
    """

    answered = Signal(str, object)

    def __init__(
        self,
        page: Page,
        questionnaire: Questionnaire,
        lang: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("interviewPage")
        self.page = page
        self._questionnaire = questionnaire
        self._filling = False
        self.rows: dict[str, QuestionRow] = {}

        body = QWidget()
        body.setObjectName("pageBody")
        body.setMaximumWidth(CONTENT_MAX_WIDTH)
        column = QVBoxLayout(body)
        column.setContentsMargins(32, 24, 24, 32)
        column.setSpacing(28)
        heading = QVBoxLayout()
        heading.setSpacing(6)
        title = QLabel(page.text(lang))
        title.setObjectName("pageTitle")
        title.setWordWrap(True)
        heading.addWidget(title)
        intro_text = page.intro_text(lang)
        if intro_text:
            intro = QLabel(intro_text)
            intro.setObjectName("pageIntro")
            intro.setWordWrap(True)
            heading.addWidget(intro)
        column.addLayout(heading)
        for question in page.questions:
            row = QuestionRow(question, lang)
            row.editor.answered.connect(
                lambda value, question_id=question.id: self._relay(question_id, value)
            )
            self.rows[question.id] = row
            column.addWidget(row)
        column.addStretch(1)

        holder = QWidget()
        holder.setObjectName("pageHolder")
        centring = QHBoxLayout(holder)
        centring.setContentsMargins(0, 0, 0, 0)
        centring.addWidget(body, 1)
        centring.addStretch(0)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll_area.setWidget(holder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll_area)
        self.update_visibility({})

    # -- answers -----------------------------------------------------------------------------

    @contextmanager
    def _filling_in(self) -> Iterator[None]:
        self._filling = True
        try:
            yield
        finally:
            self._filling = False

    def _relay(self, question_id: str, value: Any) -> None:
        if not self._filling:
            self.answered.emit(question_id, value)

    def editor(self, question_id: str) -> QuestionEditor:
        return self.rows[question_id].editor

    def is_shown(self, question_id: str) -> bool:
        """Whether the question is shown now (also before the page itself is on screen)."""
        return not self.rows[question_id].isHidden()

    def set_answers(self, answers: Mapping[str, Any]) -> None:
        """Show saved answers (defaults where there are none); emits nothing, clears errors."""
        with self._filling_in():
            self.update_visibility(answers)
            for question_id, row in self.rows.items():
                row.editor.set_value(answers.get(question_id))
                row.editor.set_error(None)

    def update_visibility(self, answers: Mapping[str, Any]) -> None:
        """Show the questions whose conditions hold; size the lists bound to a count.

        A list that loses filled items to a lower count reports its new value (``answered``).
        """
        for row in self.rows.values():
            count = self._questionnaire.expected_count(row.question, answers)
            if count is not None:
                row.editor.set_count(count)
            row.setHidden(not self._questionnaire.is_visible(row.question, answers))

    def flush(self) -> None:
        """Report input still being typed (call before the page is left)."""
        for row in self.rows.values():
            row.editor.flush()

    # -- errors and focus --------------------------------------------------------------------

    def show_error(self, question_id: str, message: str | None) -> None:
        self.rows[question_id].editor.set_error(message)

    def show_unsaved(self, question_id: str, unsaved: bool) -> None:
        """Mark the answer as not yet saved (or no longer)."""
        if question_id in self.rows:
            self.rows[question_id].unsaved.setVisible(unsaved)

    def unsaved_questions(self) -> list[str]:
        return [qid for qid, row in self.rows.items() if not row.unsaved.isHidden()]

    def first_invalid_or_first_editor_focus(self) -> None:
        """Focus the first shown question with an error, else the first shown question."""
        shown = [row for row in self.rows.values() if not row.isHidden()]
        target = next((row for row in shown if row.editor.error_text()), None)
        target = target or (shown[0] if shown else None)
        if target is None:
            return
        target.editor.focus_first()
        self.scroll_area.ensureWidgetVisible(target, 0, 24)
