"""One editor widget per question type; each reports a JSON value the moment it is given."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kundengespraech.domain.questionnaire import Option, Question

GERMAN = QLocale(QLocale.Language.German, QLocale.Country.Germany)
TYPING_PAUSE_MS = 700
MAX_RADIO_OPTIONS = 4


class QuestionEditor(QWidget):
    """Base of all editors. ``answered(object)`` fires only for the user's own changes."""

    answered = Signal(object)

    def __init__(self, question: Question, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.lang = lang
        self._silent = False
        self._last: Any = None
        self.setAccessibleName(question.text(lang))

    def value(self) -> Any:
        raise NotImplementedError

    def _apply(self, value: Any) -> None:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        """Show a value without reporting it as the user's answer."""
        self._silent = True
        try:
            self._apply(value)
        finally:
            self._silent = False
        self._last = self.value()

    def set_count(self, count: int) -> None:
        """Only list editors care how many items to ask for."""

    def focus_first(self) -> None:
        (self.focusProxy() or self).setFocus(Qt.FocusReason.TabFocusReason)

    def _changed(self, *_: Any) -> None:
        if self._silent:
            return
        value = self.value()
        if value != self._last:
            self._last = value
            self.answered.emit(value)


class TextEditor(QuestionEditor):
    def __init__(self, question: Question, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(question, lang, parent)
        self.edit = QLineEdit()
        self.edit.setAccessibleName(question.text(lang))
        if question.max_length:
            self.edit.setMaxLength(question.max_length)
        if question.type == "email":
            self.edit.setInputMethodHints(Qt.InputMethodHint.ImhEmailCharactersOnly)
        self.edit.editingFinished.connect(self.flush)
        self._pause = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self._pause.timeout.connect(self._changed)
        if question.type == "text":  # names are saved while typing; addresses once complete
            self.edit.textEdited.connect(lambda _text: self._pause.start())
        _single(self, self.edit)

    def flush(self) -> None:
        self._pause.stop()
        self._changed()

    def value(self) -> Any:
        return self.edit.text().strip() or None

    def _apply(self, value: Any) -> None:
        self.edit.setText("" if value is None else str(value))


class LongTextEditor(QuestionEditor):
    """Saved while typing (after a short pause) and when focus leaves, so nothing is lost."""

    def __init__(self, question: Question, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(question, lang, parent)
        self.edit = QPlainTextEdit()
        self.edit.setAccessibleName(question.text(lang))
        self.edit.setTabChangesFocus(True)
        self.edit.setMinimumHeight(140)
        self._pause = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self._pause.timeout.connect(self._changed)
        self.edit.textChanged.connect(lambda: None if self._silent else self._pause.start())
        _single(self, self.edit)

    def value(self) -> Any:
        text = self.edit.toPlainText()
        if self.question.max_length:
            text = text[: self.question.max_length]
        return text.strip() or None

    def _apply(self, value: Any) -> None:
        self.edit.setPlainText("" if value is None else str(value))

    def flush(self) -> None:
        """Report a pending change at once (focus out, page change)."""
        if self._pause.isActive():
            self._pause.stop()
            self._changed()

    def focusOutEvent(self, event: Any) -> None:
        self.flush()
        super().focusOutEvent(event)


class DateEditor(QuestionEditor):
    """German dates (TT.MM.JJJJ) on screen, ISO dates in the answers."""

    invalid = Signal(str)

    def __init__(self, question: Question, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(question, lang, parent)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("TT.MM.JJJJ"))
        self.edit.setInputMask("")
        self.edit.setMaxLength(10)
        self.edit.setAccessibleName(question.text(lang))
        self.edit.editingFinished.connect(self._date_finished)
        _single(self, self.edit)

    def _date_finished(self) -> None:
        if self.edit.text().strip() and self.value() is None:
            self.invalid.emit(self.tr("Bitte als Datum eingeben, zum Beispiel 12.04.1985."))
            return
        self._changed()

    def value(self) -> Any:
        text = self.edit.text().strip()
        try:
            day, month, year = (int(part) for part in text.split("."))
            return date(year, month, day).isoformat()
        except ValueError:
            return None

    def _apply(self, value: Any) -> None:
        if not value:
            self.edit.clear()
            return
        parsed = date.fromisoformat(str(value))
        self.edit.setText(f"{parsed.day:02d}.{parsed.month:02d}.{parsed.year}")


class ChoiceEditor(QuestionEditor):
    """Radio buttons in a row for few options, a drop-down list for more."""

    def __init__(self, question: Question, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(question, lang, parent)
        self._values = list(question.option_values())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(28)
        self.combo: QComboBox | None = None
        self.group = QButtonGroup(self)
        if len(self._values) > MAX_RADIO_OPTIONS:
            self.combo = QComboBox()
            self.combo.addItem("–", None)
            for option in question.options:
                self.combo.addItem(option.text(lang), option.value)
            self.combo.currentIndexChanged.connect(self._changed)
            self.combo.setAccessibleName(question.text(lang))
            layout.addWidget(self.combo)
            self.setFocusProxy(self.combo)
        else:
            for index, option in enumerate(question.options):
                button = QRadioButton(option.text(lang))
                self.group.addButton(button, index)
                layout.addWidget(button)
            self.group.idToggled.connect(lambda _id, on: self._changed() if on else None)
            self.setFocusProxy(self.group.buttons()[0])
        layout.addStretch(1)

    def value(self) -> Any:
        if self.combo is not None:
            return self.combo.currentData()
        checked = self.group.checkedId()
        return self._values[checked] if checked >= 0 else None

    def _apply(self, value: Any) -> None:
        if self.combo is not None:
            index = self.combo.findData(value)
            self.combo.setCurrentIndex(max(index, 0))
            return
        self.group.setExclusive(False)
        for index, button in enumerate(self.group.buttons()):
            button.setChecked(self._values[index] == value)
        self.group.setExclusive(True)


class BooleanEditor(ChoiceEditor):
    """Ja / Nein; unanswered until the customer says."""

    def __init__(self, question: Question, lang: str, parent: QWidget | None = None) -> None:
        yes_no = (
            Option("yes", {"de": "Ja", "en": "Yes"}),
            Option("no", {"de": "Nein", "en": "No"}),
        )
        super().__init__(replace(question, options=yes_no), lang, parent)
        self.question = question

    def value(self) -> Any:
        chosen = super().value()
        return None if chosen is None else chosen == "yes"

    def _apply(self, value: Any) -> None:
        super()._apply(None if value is None else ("yes" if value else "no"))


class MultiEditor(QuestionEditor):
    """Check boxes in a grid (three columns for short labels, two for long); Space toggles."""

    SHORT_LABEL = 14

    def __init__(self, question: Question, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(question, lang, parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(24)
        self.boxes: dict[str, QCheckBox] = {}
        longest = max(len(option.text(lang)) for option in question.options)
        columns = 3 if longest <= self.SHORT_LABEL else 2
        for index, option in enumerate(question.options):
            box = QCheckBox(option.text(lang))
            box.toggled.connect(self._changed)
            self.boxes[option.value] = box
            grid.addWidget(box, index // columns, index % columns)
        self.setFocusProxy(next(iter(self.boxes.values())))

    def value(self) -> Any:
        return [v for v, box in self.boxes.items() if box.isChecked()] or None

    def _apply(self, value: Any) -> None:
        chosen = set(value or [])
        for v, box in self.boxes.items():
            box.setChecked(v in chosen)


class IntegerEditor(QuestionEditor):
    """A spin box with unit and thousands grouping; "–" means not answered yet."""

    def __init__(self, question: Question, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(question, lang, parent)
        self.spin = _spin(question, lang, allow_empty=question.default is None)
        self.spin.valueChanged.connect(self._changed)
        _single(self, self.spin, stretch=True)

    def value(self) -> Any:
        empty = bool(self.spin.specialValueText()) and self.spin.value() == self.spin.minimum()
        return None if empty else self.spin.value()

    def _apply(self, value: Any) -> None:
        if value is None:
            value = self.question.default
        self.spin.setValue(self.spin.minimum() if value is None else int(value))


class SliderEditor(QuestionEditor):
    """A slider between two captions (safety ↔ sportiness; country ↔ city; 0–5 ratings)."""

    def __init__(self, question: Question, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(question, lang, parent)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(question.minimum or 0, question.maximum or 100)
        self.slider.setSingleStep(question.step)
        self.slider.setPageStep(question.step * (2 if question.type == "rating" else 4))
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.slider.setTickInterval(question.step if question.type == "rating" else 25)
        self.slider.setAccessibleName(question.text(lang))
        self.slider.valueChanged.connect(self._moved)
        self.slider.sliderReleased.connect(self._changed)
        left_text = question.left.get(lang) if question.left else None
        right_text = question.right.get(lang) if question.right else None
        if question.type == "rating":
            left_text = left_text or self.tr("unwichtig")
            right_text = right_text or self.tr("sehr wichtig")
        left = QLabel(left_text or "")
        right = QLabel(right_text or "")
        right.setAlignment(Qt.AlignmentFlag.AlignRight)
        for label in (left, right):
            label.setObjectName("caption")
        self.shown = QLabel()
        self.shown.setObjectName("sliderValue")
        self.shown.setMinimumWidth(64)
        row = QHBoxLayout()
        row.addWidget(self.slider, 1)
        row.addWidget(self.shown)
        captions = QHBoxLayout()
        captions.addWidget(left)
        captions.addStretch(1)
        captions.addWidget(right)
        captions.addSpacing(72)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addLayout(captions)
        self.setFocusProxy(self.slider)
        self._show_value()

    def _moved(self) -> None:
        self._show_value()
        if not self.slider.isSliderDown():
            self._changed()

    def _show_value(self) -> None:
        value = self.slider.value()
        if self.question.type == "rating":
            self.shown.setText(f"{value} / {self.question.maximum}")
        else:
            self.shown.setText(str(value))

    def value(self) -> Any:
        return self.slider.value()

    def _apply(self, value: Any) -> None:
        default = self.question.default if self.question.default is not None else 0
        self.slider.setValue(int(default if value is None else value))
        self._show_value()


class ListEditor(QuestionEditor):
    """As many small editors as the bound count says: children's ages, dogs' sizes."""

    def __init__(self, question: Question, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(question, lang, parent)
        self._items: list[QWidget] = []
        self._kept: list[Any] = []
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(24)

    def _item_label(self, number: int) -> str:
        if self.question.type == "int_list":
            return self.tr("Kind %1").replace("%1", str(number))
        return self.tr("Hund %1").replace("%1", str(number))

    def _make_item(self) -> QWidget:
        if self.question.type == "int_list":
            spin = _spin(self.question, self.lang, allow_empty=True)
            spin.valueChanged.connect(self._changed)
            return spin
        combo = QComboBox()
        combo.addItem("–", None)
        for option in self.question.options:
            combo.addItem(option.text(self.lang), option.value)
        combo.currentIndexChanged.connect(self._changed)
        return combo

    def _item_value(self, item: QWidget) -> Any:
        if isinstance(item, QSpinBox):
            return None if item.value() == item.minimum() else item.value()
        assert isinstance(item, QComboBox)
        return item.currentData()

    def _set_item(self, item: QWidget, value: Any) -> None:
        if isinstance(item, QSpinBox):
            item.setValue(item.minimum() if value is None else int(value))
        elif isinstance(item, QComboBox):
            item.setCurrentIndex(max(item.findData(value), 0))

    def set_count(self, count: int) -> None:
        self._kept = [self._item_value(i) for i in self._items] + self._kept[len(self._items) :]
        while self._grid.count():
            taken = self._grid.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.deleteLater()
        self._items = []
        self._silent = True
        try:
            for index in range(count):
                label = QLabel(self._item_label(index + 1))
                item = self._make_item()
                item.setAccessibleName(self._item_label(index + 1))
                self._set_item(item, self._kept[index] if index < len(self._kept) else None)
                self._grid.addWidget(label, index // 3, (index % 3) * 2)
                self._grid.addWidget(item, index // 3, (index % 3) * 2 + 1)
                self._items.append(item)
        finally:
            self._silent = False
        if self._items:
            self.setFocusProxy(self._items[0])
        self._changed()

    def items(self) -> list[QWidget]:
        return list(self._items)

    def value(self) -> Any:
        values = [self._item_value(i) for i in self._items]
        return values if values and None not in values else None

    def _apply(self, value: Any) -> None:
        self._kept = list(value or [])
        for item, item_value in zip(self._items, self._kept, strict=False):
            self._set_item(item, item_value)


def _spin(question: Question, lang: str, allow_empty: bool) -> QSpinBox:
    spin = QSpinBox()
    spin.setLocale(GERMAN if lang == "de" else QLocale(QLocale.Language.English))
    spin.setKeyboardTracking(False)
    spin.setGroupSeparatorShown(True)
    spin.setAccelerated(True)
    step = question.step
    low = question.minimum if question.minimum is not None else 0
    spin.setRange(low - step if allow_empty else low, question.maximum or 1_000_000)
    spin.setSingleStep(step)
    if allow_empty:
        spin.setSpecialValueText("–")
        spin.setValue(spin.minimum())
    unit = question.unit_text(lang)
    if unit:
        spin.setSuffix(f" {unit}")
    spin.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.UpDownArrows)
    spin.setMinimumWidth(180)
    spin.setAccessibleName(question.text(lang))
    return spin


def _single(editor: QuestionEditor, widget: QWidget, stretch: bool = False) -> None:
    layout = QHBoxLayout(editor)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(widget, 0 if stretch else 1)
    if stretch:
        layout.addStretch(1)
    editor.setFocusProxy(widget)


EDITORS: dict[str, type[QuestionEditor]] = {
    "text": TextEditor,
    "email": TextEditor,
    "phone": TextEditor,
    "longtext": LongTextEditor,
    "date": DateEditor,
    "choice": ChoiceEditor,
    "boolean": BooleanEditor,
    "multi": MultiEditor,
    "integer": IntegerEditor,
    "slider": SliderEditor,
    "rating": SliderEditor,
    "int_list": ListEditor,
    "size_list": ListEditor,
}


def make_editor(question: Question, lang: str, parent: QWidget | None = None) -> QuestionEditor:
    return EDITORS[question.type](question, lang, parent)
