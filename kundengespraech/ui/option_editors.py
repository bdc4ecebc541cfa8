"""Editors for questions answered by picking: one option, yes/no, several options, a rating."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QWidget,
)

from kundengespraech.domain.questionnaire import Question
from kundengespraech.ui.editor_base import CalmComboBox, QuestionEditor
from kundengespraech.ui.wrapping_grid import WrappingGrid

MAX_RADIO_OPTIONS = 4
MULTI_COLUMNS = 3


def _set_exclusive_choice(group: QButtonGroup, chosen: int) -> None:
    """Check button ``chosen`` of an exclusive group, or none at all when it is -1."""
    group.setExclusive(False)
    for button in group.buttons():
        button.setChecked(group.id(button) == chosen)
    group.setExclusive(True)
    _tab_stop_on_choice(group)


def _tab_stop_on_choice(group: QButtonGroup) -> None:
    """Tab enters an exclusive group once, on the chosen button (on the first while none is)."""
    buttons = group.buttons()
    stop = group.checkedButton() or (buttons[0] if buttons else None)
    for button in buttons:
        button.setFocusPolicy(
            Qt.FocusPolicy.StrongFocus if button is stop else Qt.FocusPolicy.ClickFocus
        )


class ChoiceEditor(QuestionEditor):
    """One of a few options as radio buttons side by side; a drop-down list for more.

    (Strings of this base of :class:`BooleanEditor` name their context: ``tr`` would look
    them up under the subclass.)

    Arrow keys move between the radio buttons; Tab enters the group once, on the chosen one.
    """

    def __init__(self, question: Question, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(question, lang, parent)
        choices = self._choices()
        self._values = [value for value, _ in choices]
        self.combo: CalmComboBox | None = None
        self.group = QButtonGroup(self)
        if len(choices) > MAX_RADIO_OPTIONS:
            self.combo = CalmComboBox()
            self.combo.setPlaceholderText(
                QCoreApplication.translate("ChoiceEditor", "Bitte wählen")
            )
            self.combo.setAccessibleName(question.text(lang))
            for index, (_, label) in enumerate(choices):
                self.combo.addItem(label, index)
            self.combo.setCurrentIndex(-1)
            self.combo.currentIndexChanged.connect(self._report)
            row = QHBoxLayout()
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(self.combo)
            row.addStretch(1)
            self._set_body(row)
        else:
            flow = WrappingGrid(uniform=False, h_spacing=24, v_spacing=4)
            for index, (_, label) in enumerate(choices):
                button = QRadioButton(label)
                self.group.addButton(button, index)
                flow.addWidget(button)
            self.group.idToggled.connect(self._toggled)
            self._set_body(flow)
        self.set_value(None)

    def _choices(self) -> list[tuple[Any, str]]:
        return [(option.value, option.text(self.lang)) for option in self.question.options]

    def _toggled(self, _id: int, checked: bool) -> None:
        if checked:
            _tab_stop_on_choice(self.group)
            self._report()

    def inputs(self) -> list[QWidget]:
        if self.combo is not None:
            return [self.combo]
        return list(self.group.buttons())

    def _chosen_index(self) -> int:
        if self.combo is not None:
            return self.combo.currentIndex()
        return self.group.checkedId()

    def value(self) -> Any:
        index = self._chosen_index()
        return self._values[index] if index >= 0 else None

    def _apply(self, value: Any) -> None:
        if value is None:
            value = self.question.default
        matches = [i for i, v in enumerate(self._values) if v == value and value is not None]
        index = matches[0] if matches else -1
        if self.combo is not None:
            self.combo.setCurrentIndex(index)
        else:
            _set_exclusive_choice(self.group, index)


class BooleanEditor(ChoiceEditor):
    """Ja / Nein as two radio buttons; stays unanswered until one is chosen."""

    def _choices(self) -> list[tuple[Any, str]]:
        return [(True, self.tr("Ja")), (False, self.tr("Nein"))]


class MultiEditor(QuestionEditor):
    """Any number of options as check boxes in up to three columns; Space toggles."""

    def __init__(self, question: Question, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(question, lang, parent)
        grid = WrappingGrid(uniform=True, max_columns=MULTI_COLUMNS, h_spacing=24, v_spacing=4)
        self.boxes: dict[str, QCheckBox] = {}
        for option in question.options:
            box = QCheckBox(option.text(lang))
            box.toggled.connect(self._report)
            self.boxes[option.value] = box
            grid.addWidget(box)
        self._set_body(grid)
        self.set_value(None)

    def inputs(self) -> list[QWidget]:
        return list(self.boxes.values())

    def value(self) -> Any:
        return [value for value, box in self.boxes.items() if box.isChecked()] or None

    def _apply(self, value: Any) -> None:
        chosen = set(value or self.question.default or ())
        for option_value, box in self.boxes.items():
            box.setChecked(option_value in chosen)


class RatingEditor(QuestionEditor):
    """A rating (0–5) as a row of numbered buttons from "unwichtig" to "sehr wichtig".

    The buttons form one exclusive group: Tab reaches the chosen one, arrow keys move the
    rating, Space picks the focused button.
    """

    def __init__(self, question: Question, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(question, lang, parent)
        low = question.minimum if question.minimum is not None else 0
        high = question.maximum if question.maximum is not None else 5
        left = question.left.get(lang) or self.tr("unwichtig")
        right = question.right.get(lang) or self.tr("sehr wichtig")
        self.group = QButtonGroup(self)
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(4)
        count = high - low + 1
        for column, number in enumerate(range(low, high + 1)):
            button = QPushButton(str(number))
            button.setObjectName("scaleButton")
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.setAccessibleName(f"{question.text(lang)}: {number}")
            button.setAccessibleDescription(f"{low} = {left}, {high} = {right}")
            self.group.addButton(button, number)
            grid.addWidget(button, 0, column)
        half = max(1, count // 2)
        for text, column, span, align in (
            (left, 0, half, Qt.AlignmentFlag.AlignLeft),
            (right, half, count - half, Qt.AlignmentFlag.AlignRight),
        ):
            caption = QLabel(text)
            caption.setObjectName("caption")
            grid.addWidget(caption, 1, column, 1, span, align | Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(count, 1)
        self.group.idToggled.connect(self._toggled)
        self._set_body(grid)
        self.set_value(None)

    def _toggled(self, _id: int, checked: bool) -> None:
        if checked:
            _tab_stop_on_choice(self.group)
            self._report()

    def inputs(self) -> list[QWidget]:
        return list(self.group.buttons())

    def button(self, number: int) -> QAbstractButton:
        return self.group.button(number)

    def value(self) -> Any:
        number = self.group.checkedId()
        return None if number == -1 else number

    def _apply(self, value: Any) -> None:
        if value is None:
            value = self.question.default
        _set_exclusive_choice(self.group, -1 if value is None else int(value))
