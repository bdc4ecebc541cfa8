"""What every question editor shares: the ``answered`` signal, silent filling, inline errors."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QValidator, QWheelEvent
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLayout,
    QSizePolicy,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kundengespraech.domain.questionnaire import Question

EMPTY_TEXT = "–"
LARGEST_NUMBER = 1_000_000_000


def locale_for(lang: str) -> QLocale:
    """German number formatting (25.000) for German, English (25,000) otherwise."""
    if lang == "de":
        return QLocale(QLocale.Language.German, QLocale.Country.Germany)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def restyle(widget: QWidget) -> None:
    """Re-apply the style sheet after a dynamic property used in selectors changed."""
    widget.style().unpolish(widget)
    widget.style().polish(widget)
    widget.update()


class QuestionEditor(QWidget):
    """Edits the answer to one question; subclasses exist per question type.

    Signal ``answered(object)``: the user gave or changed the answer. It carries the JSON
    value (``None`` when the answer was taken back) and fires only when the value differs from
    the last one reported or set. :meth:`set_value` never emits it.
    """

    answered = Signal(object)

    def __init__(self, question: Question, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.lang = lang
        self._silent = 0
        self._last: Any = None
        self.setAccessibleName(question.text(lang))
        self._outer = QVBoxLayout(self)
        self._outer.setContentsMargins(0, 0, 0, 0)
        self._outer.setSpacing(6)
        self._error = QLabel()
        self._error.setObjectName("error")
        self._error.setWordWrap(True)
        # Named context: ``self.tr`` here would look the string up under the subclass.
        self._error.setAccessibleName(QCoreApplication.translate("QuestionEditor", "Hinweis"))
        self._error.hide()
        self._outer.addWidget(self._error)

    # -- for subclasses ----------------------------------------------------------------------

    def _set_body(self, body: QLayout) -> None:
        """Put the editor's own controls above the error line."""
        self._outer.insertLayout(0, body)

    def _apply(self, value: Any) -> None:
        """Show ``value`` in the controls (called silently)."""
        raise NotImplementedError

    def inputs(self) -> list[QWidget]:
        """The focusable controls, in tab order (only the shown ones count for focus)."""
        raise NotImplementedError

    @contextmanager
    def _quietly(self) -> Iterator[None]:
        self._silent += 1
        try:
            yield
        finally:
            self._silent -= 1

    def _report(self, *_: object) -> None:
        """The user changed something: emit ``answered`` if the value is new."""
        if self._silent:
            return
        value = self.value()
        if value != self._last:
            self._last = value
            self.answered.emit(value)

    # -- public API --------------------------------------------------------------------------

    def value(self) -> Any:
        """The current answer as a JSON value, ``None`` when there is none."""
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        """Show a saved answer (``None`` shows the question's default or nothing); silent."""
        with self._quietly():
            self._apply(value)
        self._last = self.value()

    def set_count(self, count: int) -> None:
        """How many items to ask for; only the list editors use it."""

    def flush(self) -> None:
        """Report input that is still pending (typed but not yet confirmed)."""

    def set_error(self, message: str | None) -> None:
        """Show ``message`` in a calm red line under the field, or hide it (``None``)."""
        self._error.setText(message or "")
        self._error.setVisible(bool(message))
        for widget in self.inputs():
            widget.setProperty("invalid", bool(message))
            widget.setAccessibleDescription(message or "")
            restyle(widget)

    def error_text(self) -> str | None:
        return self._error.text() if not self._error.isHidden() else None

    def focus_first(self) -> None:
        """Put the keyboard focus into the editor (on the chosen option when there is one)."""
        shown = [w for w in self.inputs() if not w.isHidden()]
        tab_stops = [w for w in shown if w.focusPolicy() & Qt.FocusPolicy.TabFocus]
        target = (tab_stops or shown or [self])[0]
        target.setFocus(Qt.FocusReason.TabFocusReason)


NUMBER_PAUSE_MS = 700


def _wheel_only_when_focused(widget: QWidget, event: QWheelEvent) -> bool:
    """Let the page scroll instead of changing an answer the pointer happens to pass over."""
    if widget.hasFocus():
        return False
    event.ignore()
    return True


class CalmComboBox(QComboBox):
    """A drop-down list the mouse wheel changes only while it has the focus."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if not _wheel_only_when_focused(self, event):
            super().wheelEvent(event)


class CalmSlider(QSlider):
    """A horizontal slider the mouse wheel moves only while it has the focus."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if not _wheel_only_when_focused(self, event):
            super().wheelEvent(event)


class NumberBox(QSpinBox):
    """A spin box for whole numbers with unit and thousands grouping.

    With ``optional=True`` it can also be empty: the lowest value of the box shows "–" and
    means "no answer"; clearing the text empties it, the arrow keys step from "–" to the
    question's minimum and below the minimum back to "–". Typed numbers below the minimum are
    kept (not silently corrected) so that the answer check can say what is wrong.
    """

    def __init__(
        self, question: Question, lang: str, *, optional: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._low = question.minimum if question.minimum is not None else 0
        self._optional = optional
        high = question.maximum if question.maximum is not None else LARGEST_NUMBER
        self.setLocale(locale_for(lang))
        self.setGroupSeparatorShown(True)
        self.setKeyboardTracking(False)
        self.setAccelerated(True)
        self.setCorrectionMode(QSpinBox.CorrectionMode.CorrectToNearestValue)
        self.setSingleStep(max(1, question.step))
        self.setRange(min(self._low, 0) - 1 if optional else self._low, high)
        if optional:
            self.setSpecialValueText(EMPTY_TEXT)
            self.setValue(self.minimum())
        unit = question.unit_text(lang)
        if unit:
            self.setSuffix(f" {unit}")
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.lineEdit().setTextMargins(8, 0, 0, 0)  # a styled spin box ignores its left padding
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(question.text(lang))
        # A typed number counts after a short pause too, not only on Tab or Enter: nothing
        # typed is lost if the app stops before the field is left.
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(NUMBER_PAUSE_MS)
        self._pause.timeout.connect(self.interpretText)
        self.lineEdit().textEdited.connect(lambda _text: self._pause.start())

    def answer(self) -> int | None:
        return None if self._is_empty() else self.value()

    def set_answer(self, value: int | None) -> None:
        self.setValue(self.minimum() if value is None else int(value))

    def _is_empty(self) -> bool:
        return self._optional and self.value() == self.minimum()

    def _bare(self, text: str) -> str:
        return text.removeprefix(self.prefix()).removesuffix(self.suffix()).strip()

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        if self._optional and self._bare(text) in ("", EMPTY_TEXT):
            return QValidator.State.Acceptable, text, pos
        return super().validate(text, pos)

    def valueFromText(self, text: str) -> int:
        if self._optional and self._bare(text) in ("", EMPTY_TEXT):
            return self.minimum()
        return super().valueFromText(text)

    def stepBy(self, steps: int) -> None:
        if self._is_empty():
            if steps > 0:
                self.setValue(self._low)
                self.selectAll()
            return
        if self._optional and self.value() + steps * self.singleStep() < self._low:
            self.setValue(self.minimum())
            return
        super().stepBy(steps)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if not _wheel_only_when_focused(self, event):
            super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Typing a digit over "–" starts a fresh number instead of being refused."""
        if event.text().isdigit() and self.lineEdit().text() == self.specialValueText():
            self.lineEdit().clear()
        super().keyPressEvent(event)
