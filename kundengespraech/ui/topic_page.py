"""One page of the interview: a topic's questions rendered from the questionnaire data."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from kundengespraech.domain.questionnaire import Page, Question, Questionnaire
from kundengespraech.ui.editors import (
    DateEditor,
    LongTextEditor,
    QuestionEditor,
    TextEditor,
    make_editor,
)


class QuestionRow(QFrame):
    """Label, editor, help text and an inline error message of one question."""

    def __init__(self, question: Question, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 8)
        layout.setSpacing(6)
        text = question.text(lang)
        label = QLabel(text)
        label.setObjectName("questionLabel")
        label.setWordWrap(True)
        layout.addWidget(label)
        if question.required:
            marker = QLabel(self.tr("Pflichtangabe"))
            marker.setObjectName("required")
            layout.addWidget(marker)
        self.editor = make_editor(question, lang)
        label.setBuddy(self.editor)
        layout.addWidget(self.editor)
        help_text = question.help_text(lang)
        if help_text:
            hint = QLabel(help_text)
            hint.setObjectName("help")
            hint.setWordWrap(True)
            layout.addWidget(hint)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Hinweis zu „%1“").replace("%1", text))
        self.error.hide()
        layout.addWidget(self.error)

    def show_error(self, message: str | None) -> None:
        self.error.setText(message or "")
        self.error.setVisible(bool(message))


class InterviewPage(QWidget):
    """A topic page. Signal ``answered(str, object)``: question id and the new value."""

    answered = Signal(str, object)

    def __init__(
        self, page: Page, questionnaire: Questionnaire, lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.page = page
        self._questionnaire = questionnaire
        title = QLabel(page.text(lang))
        title.setObjectName("pageTitle")
        intro = QLabel(page.intro_text(lang))
        intro.setObjectName("muted")
        intro.setWordWrap(True)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(4, 4, 16, 4)
        self.rows: dict[str, QuestionRow] = {}
        for question in page.questions:
            row = QuestionRow(question, lang)
            row.editor.answered.connect(
                lambda value, qid=question.id: self.answered.emit(qid, value)
            )
            if isinstance(row.editor, DateEditor):
                row.editor.invalid.connect(row.show_error)
            self.rows[question.id] = row
            body_layout.addWidget(row)
        body_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        self._scroll = scroll

    def editor(self, question_id: str) -> QuestionEditor:
        return self.rows[question_id].editor

    def set_answers(self, answers: Mapping[str, Any]) -> None:
        """Fill every editor from saved answers without reporting them as new answers."""
        self.update_visibility(answers)
        for question_id, row in self.rows.items():
            row.editor.set_value(answers.get(question_id))
            row.show_error(None)

    def update_visibility(self, answers: Mapping[str, Any]) -> None:
        for row in self.rows.values():
            count = self._questionnaire.expected_count(row.question, answers)
            if count is not None and len(getattr(row.editor, "items", list)()) != count:
                row.editor.set_count(count)
            row.setVisible(self._questionnaire.is_visible(row.question, answers))

    def show_error(self, question_id: str, message: str | None) -> None:
        self.rows[question_id].show_error(message)

    def flush(self) -> None:
        """Report text still being typed (the page is about to change)."""
        for row in self.rows.values():
            if isinstance(row.editor, LongTextEditor | TextEditor):
                row.editor.flush()

    def first_invalid_or_first_editor_focus(self) -> None:
        visible = [row for row in self.rows.values() if not row.isHidden()]
        target = next((row for row in visible if not row.error.isHidden()), None)
        target = target or (visible[0] if visible else None)
        if target is not None:
            target.editor.focus_first()
            self._scroll.ensureWidgetVisible(target)
            self._scroll.horizontalScrollBar().setValue(0)
