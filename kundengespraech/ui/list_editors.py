"""Editors for lists whose length another answer gives: children's ages, dogs' sizes."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from kundengespraech.domain.questionnaire import Question
from kundengespraech.ui.editor_base import CalmComboBox, NumberBox, QuestionEditor
from kundengespraech.ui.wrapping_grid import WrappingGrid

ITEMS_AHEAD = 10
"""Items made up front, so the tab order needs no repair in every real interview."""


class ListEditor(QuestionEditor):
    """As many small fields as :meth:`set_count` says, side by side ("Kind 1: [ 7 Jahre ]").

    The answer lists the filled fields in order; ``None`` when none is filled. Fields beyond
    the count are hidden but keep their content, so lowering the count by mistake and raising
    it again loses nothing. When a new count changes the answer (a filled field is hidden or
    shown again), the editor reports the new list with ``answered``: the customer changed it,
    if through the count question. :meth:`set_value` fills the fields without changing the
    count.
    """

    def __init__(self, question: Question, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(question, lang, parent)
        self._count = 0
        self._cells: list[QWidget] = []
        self._fields: list[QWidget] = []
        self._grid = WrappingGrid(uniform=True, max_columns=3, h_spacing=32, v_spacing=8)
        self._set_body(self._grid)
        self._ensure(ITEMS_AHEAD)

    # -- per list type -----------------------------------------------------------------------

    def _item_label(self, number: int) -> str:
        raise NotImplementedError

    def _make_field(self) -> QWidget:
        raise NotImplementedError

    def _field_value(self, field: QWidget) -> Any:
        raise NotImplementedError

    def _set_field(self, field: QWidget, value: Any) -> None:
        raise NotImplementedError

    # -- shared ------------------------------------------------------------------------------

    def _ensure(self, count: int) -> None:
        while len(self._fields) < count:
            number = len(self._fields) + 1
            field = self._make_field()
            field.setAccessibleName(f"{self.question.text(self.lang)} – {self._item_label(number)}")
            label = QLabel(self._item_label(number))
            label.setObjectName("itemLabel")
            label.setBuddy(field)
            cell = QWidget()
            row = QHBoxLayout(cell)
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(10)
            row.addWidget(label)
            row.addWidget(field)
            row.addStretch(1)
            cell.setHidden(True)
            self._grid.addWidget(cell)
            if self._fields:
                QWidget.setTabOrder(self._fields[-1], field)
            self._cells.append(cell)
            self._fields.append(field)

    def count(self) -> int:
        return self._count

    def fields(self) -> list[QWidget]:
        """The fields shown for the current count."""
        return self._fields[: self._count]

    def inputs(self) -> list[QWidget]:
        return self.fields()

    def set_count(self, count: int) -> None:
        count = max(0, count)
        if count == self._count:
            return
        self._ensure(count)
        for index, cell in enumerate(self._cells):
            cell.setHidden(index >= count)
        self._count = count
        self._report()

    def value(self) -> Any:
        filled = [self._field_value(f) for f in self.fields()]
        return [v for v in filled if v is not None] or None

    def _apply(self, value: Any) -> None:
        values = list(value or [])
        self._ensure(len(values))
        for index, field in enumerate(self._fields):
            self._set_field(field, values[index] if index < len(values) else None)


class IntListEditor(ListEditor):
    """Whole numbers per item, e.g. the children's ages ("Kind 1: [ 7 Jahre ]")."""

    def _item_label(self, number: int) -> str:
        return self.tr("Kind %1").replace("%1", str(number))

    def _make_field(self) -> QWidget:
        box = NumberBox(self.question, self.lang, optional=True)
        box.valueChanged.connect(self._report)
        return box

    def _field_value(self, field: QWidget) -> Any:
        assert isinstance(field, NumberBox)
        return field.answer()

    def _set_field(self, field: QWidget, value: Any) -> None:
        assert isinstance(field, NumberBox)
        field.set_answer(value)

    def flush(self) -> None:
        for field in self.fields():
            assert isinstance(field, NumberBox)
            field.interpretText()


class SizeListEditor(ListEditor):
    """One option per item from a drop-down list, e.g. each dog's size ("Hund 1: [groß ▾]")."""

    def _item_label(self, number: int) -> str:
        return self.tr("Hund %1").replace("%1", str(number))

    def _make_field(self) -> QWidget:
        combo = CalmComboBox()
        combo.setPlaceholderText(self.tr("Bitte wählen"))
        for option in self.question.options:
            combo.addItem(option.text(self.lang), option.value)
        combo.setCurrentIndex(-1)
        combo.currentIndexChanged.connect(self._report)
        return combo

    def _field_value(self, field: QWidget) -> Any:
        assert isinstance(field, CalmComboBox)
        return field.currentData() if field.currentIndex() >= 0 else None

    def _set_field(self, field: QWidget, value: Any) -> None:
        assert isinstance(field, CalmComboBox)
        field.setCurrentIndex(field.findData(value) if value is not None else -1)
