"""One editor widget per question type, made by :func:`make_editor`; text, date and numbers here.

The editors for options (choice, yes/no, several options, rating) are in ``option_editors``,
those for lists bound to a count (children's ages, dogs' sizes) in ``list_editors``.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QWidget,
)

from kundengespraech.domain.questionnaire import Question
from kundengespraech.ui.editor_base import CalmSlider, NumberBox, QuestionEditor, locale_for
from kundengespraech.ui.list_editors import IntListEditor, SizeListEditor
from kundengespraech.ui.option_editors import (
    BooleanEditor,
    ChoiceEditor,
    MultiEditor,
    RatingEditor,
)

__all__ = ["QuestionEditor", "make_editor"]

TYPING_PAUSE_MS = 700
_FULL_DATE = re.compile(r"\d{1,2}\.\d{1,2}\.\d{4}")  # a year of four digits: typing is done
FIELD_CHARS = {"phone": 22, "date": 14}
DEFAULT_FIELD_CHARS = 42


def _limit_width(edit: QWidget, chars: int) -> None:
    """No wider than ``chars`` average characters: long lines read badly at arm's length."""
    edit.setMaximumWidth(edit.fontMetrics().averageCharWidth() * chars + 32)


def _row(widget: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(widget, 1)
    row.addStretch(0)
    return row


class TextEditor(QuestionEditor):
    """One line of text (also e-mail and phone); reported on Enter and when focus leaves.

    Names are also reported after a short pause in typing, so a crash loses nothing; e-mail
    addresses and phone numbers only once complete, so nobody is told off mid-word.
    """

    def __init__(self, question: Question, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(question, lang, parent)
        self.edit = QLineEdit()
        self.edit.setAccessibleName(question.text(lang))
        if question.max_length:
            self.edit.setMaxLength(question.max_length)
        hints = {
            "email": Qt.InputMethodHint.ImhEmailCharactersOnly,
            "phone": Qt.InputMethodHint.ImhDialableCharactersOnly,
        }
        if question.type in hints:
            self.edit.setInputMethodHints(hints[question.type])
        _limit_width(self.edit, FIELD_CHARS.get(question.type, DEFAULT_FIELD_CHARS))
        self.edit.editingFinished.connect(self.flush)
        self.pause = QTimer(self)
        self.pause.setSingleShot(True)
        self.pause.setInterval(TYPING_PAUSE_MS)
        self.pause.timeout.connect(self._report)
        # Every kind of line (name, e-mail, phone …) counts after a short pause in typing.
        self.edit.textEdited.connect(lambda _text: self.pause.start())
        self._set_body(_row(self.edit))

    def inputs(self) -> list[QWidget]:
        return [self.edit]

    def value(self) -> Any:
        return self.edit.text().strip() or None

    def _apply(self, value: Any) -> None:
        self.edit.setText("" if value is None else str(value))

    def flush(self) -> None:
        self.pause.stop()
        self._report()


class LongTextEditor(QuestionEditor):
    """Several lines; reported after a short pause in typing and when focus leaves."""

    def __init__(self, question: Question, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(question, lang, parent)
        self.edit = QPlainTextEdit()
        self.edit.setAccessibleName(question.text(lang))
        self.edit.setTabChangesFocus(True)
        self.edit.setMinimumHeight(self.edit.fontMetrics().lineSpacing() * 6 + 24)
        self.edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.pause = QTimer(self)
        self.pause.setSingleShot(True)
        self.pause.setInterval(TYPING_PAUSE_MS)
        self.pause.timeout.connect(self._report)
        self.edit.textChanged.connect(self._typed)
        self.edit.installEventFilter(self)
        self._set_body(_row(self.edit))

    def inputs(self) -> list[QWidget]:
        return [self.edit]

    def _typed(self) -> None:
        if self._silent:
            return
        limit = self.question.max_length
        if limit and len(self.edit.toPlainText()) > limit:
            self._cut_to(limit)
            allowed = locale_for(self.lang).toString(limit)
            self.set_error(
                self.tr("Hier ist Platz für höchstens %1 Zeichen.").replace("%1", allowed)
            )
        self.pause.start()

    def _cut_to(self, limit: int) -> None:
        cursor = self.edit.textCursor()
        position = min(cursor.position(), limit)
        with self._quietly():
            self.edit.setPlainText(self.edit.toPlainText()[:limit])
        cursor = self.edit.textCursor()
        cursor.setPosition(position)
        self.edit.setTextCursor(cursor)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.FocusOut:
            self.flush()
        return super().eventFilter(watched, event)

    def flush(self) -> None:
        self.pause.stop()
        self._report()

    def value(self) -> Any:
        return self.edit.toPlainText().strip() or None

    def _apply(self, value: Any) -> None:
        self.pause.stop()
        self.edit.setPlainText("" if value is None else str(value))


_GERMAN_DATE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")
_DIGITS_DATE = re.compile(r"^(\d{2})(\d{2})(\d{4})$")


def parse_date(text: str) -> date | None:
    """``TT.MM.JJJJ`` (also ``T.M.JJJJ``, ``TTMMJJJJ`` or ISO) as a date, else ``None``."""
    text = text.strip()
    match = _GERMAN_DATE.match(text) or _DIGITS_DATE.match(text)
    try:
        if match:
            day, month, year = (int(part) for part in match.groups())
            return date(year, month, day)
        return date.fromisoformat(text) if len(text) == 10 else None
    except ValueError:
        return None


class DateEditor(QuestionEditor):
    """A date typed the German way (TT.MM.JJJJ) and stored as ISO text (JJJJ-MM-TT)."""

    def __init__(self, question: Question, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(question, lang, parent)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("TT.MM.JJJJ"))
        self.edit.setMaxLength(10)
        self.edit.setInputMethodHints(Qt.InputMethodHint.ImhDate)
        self.edit.setAccessibleName(question.text(lang))
        self.edit.setAccessibleDescription(self.tr("Datum als Tag.Monat.Jahr"))
        _limit_width(self.edit, FIELD_CHARS["date"])
        self.edit.editingFinished.connect(self.flush)
        self._own_error = False
        # A complete date counts after a short pause; a half-typed one waits for the field
        # to be left (no error while the user is still typing).
        self.pause = QTimer(self)
        self.pause.setSingleShot(True)
        self.pause.setInterval(TYPING_PAUSE_MS)
        self.pause.timeout.connect(self._typed_pause)
        self.edit.textEdited.connect(lambda _text: self.pause.start())
        self._set_body(_row(self.edit))

    def inputs(self) -> list[QWidget]:
        return [self.edit]

    def flush(self) -> None:
        text = self.edit.text().strip()
        parsed = parse_date(text)
        if text and parsed is None:
            self.set_error(self.tr("Bitte als Datum eingeben, zum Beispiel 12.04.1985."))
            self._own_error = True
            return
        if self._own_error:
            self.set_error(None)
            self._own_error = False
        if parsed is not None:
            with self._quietly():
                self._apply(parsed.isoformat())
        self._report()

    def _typed_pause(self) -> None:
        text = self.edit.text().strip()
        if not text or (_FULL_DATE.fullmatch(text) and parse_date(text) is not None):
            self.flush()

    def value(self) -> Any:
        parsed = parse_date(self.edit.text())
        return parsed.isoformat() if parsed else None

    def _apply(self, value: Any) -> None:
        parsed = parse_date(str(value)) if value else None
        self.edit.setText(parsed.strftime("%d.%m.%Y") if parsed else "")


class IntegerEditor(QuestionEditor):
    """A spin box with unit; without a default it starts empty ("–")."""

    def __init__(self, question: Question, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(question, lang, parent)
        self.spin = NumberBox(question, lang, optional=question.default is None)
        self.spin.valueChanged.connect(self._report)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.spin)
        row.addStretch(1)
        self._set_body(row)
        self.set_value(None)

    def inputs(self) -> list[QWidget]:
        return [self.spin]

    def value(self) -> Any:
        return self.spin.answer()

    def _apply(self, value: Any) -> None:
        self.spin.set_answer(self.question.default if value is None else value)

    def flush(self) -> None:
        self.spin.interpretText()


class SliderEditor(QuestionEditor):
    """A slider between two captions, with its value shown beside it.

    Reported when the handle is let go, on clicks into the groove and on each keyboard step,
    never while it is being dragged.
    """

    def __init__(self, question: Question, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(question, lang, parent)
        low = question.minimum if question.minimum is not None else 0
        high = question.maximum if question.maximum is not None else 100
        self.slider = CalmSlider()
        self.slider.setRange(low, high)
        self.slider.setSingleStep(question.step)
        self.slider.setPageStep(max(question.step, (high - low) // 4))
        self.slider.setAccessibleName(question.text(lang))
        left_text = question.left.get(lang) or question.left.get("de", "")
        right_text = question.right.get(lang) or question.right.get("de", "")
        self.slider.setAccessibleDescription(f"{left_text} ↔ {right_text}")
        self.slider.valueChanged.connect(self._moved)
        self.slider.sliderReleased.connect(self._report)
        self.shown = QLabel()
        self.shown.setObjectName("sliderValue")
        self.shown.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.shown.setMinimumWidth(self.shown.fontMetrics().horizontalAdvance("0000 %") + 8)
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(2)
        grid.addWidget(self.slider, 0, 0, 1, 2)
        grid.addWidget(self.shown, 0, 2)
        for column, text in ((0, left_text), (1, right_text)):
            caption = QLabel(text)
            caption.setObjectName("caption")
            caption.setWordWrap(True)
            if column:
                caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            grid.addWidget(caption, 1, column)
            grid.setColumnStretch(column, 1)
        self._set_body(grid)
        self.set_value(None)

    def inputs(self) -> list[QWidget]:
        return [self.slider]

    def _moved(self, value: int) -> None:
        unit = self.question.unit_text(self.lang)
        self.shown.setText(f"{value} {unit}".strip())
        if not self.slider.isSliderDown():
            self._report()

    def value(self) -> Any:
        return self.slider.value()

    def _apply(self, value: Any) -> None:
        fallback = self.question.default if self.question.default is not None else 0
        self.slider.setValue(int(fallback if value is None else value))
        self._moved(self.slider.value())


EDITORS: dict[str, type[QuestionEditor]] = {
    "text": TextEditor,
    "email": TextEditor,
    "phone": TextEditor,
    "longtext": LongTextEditor,
    "date": DateEditor,
    "integer": IntegerEditor,
    "slider": SliderEditor,
    "choice": ChoiceEditor,
    "boolean": BooleanEditor,
    "multi": MultiEditor,
    "rating": RatingEditor,
    "int_list": IntListEditor,
    "size_list": SizeListEditor,
}


def make_editor(question: Question, lang: str, parent: QWidget | None = None) -> QuestionEditor:
    """The editor for ``question``'s type, showing its default (or nothing) and no error."""
    return EDITORS[question.type](question, lang, parent)
