"""A layout that puts its items in rows and wraps them onto new rows when space runs out."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class WrappingGrid(QLayout):
    """Items left to right, wrapping to the next row when the width is used up.

    With ``uniform=True`` every item gets a cell as wide as the widest item, so the items stand
    in tidy columns (at most ``max_columns``); otherwise each item keeps its own width, like
    words in a line. Hidden widgets take no room. The height follows the width
    (``heightForWidth``), so the layout works inside a resizable scroll area.
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        uniform: bool = True,
        max_columns: int = 3,
        h_spacing: int = 28,
        v_spacing: int = 10,
    ) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._uniform = uniform
        self._max_columns = max(1, max_columns)
        self._h_spacing = h_spacing
        self._v_spacing = v_spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:
        shown = self._shown()
        if not shown:
            return QSize(0, 0)
        if self._uniform:
            columns = min(self._max_columns, len(shown))
            width = columns * self._cell_width(shown) + (columns - 1) * self._h_spacing
        else:
            width = sum(i.sizeHint().width() for i in shown) + (len(shown) - 1) * self._h_spacing
        margins = self.contentsMargins()
        width += margins.left() + margins.right()
        return QSize(width, self.heightForWidth(width))

    def minimumSize(self) -> QSize:
        shown = self._shown()
        size = QSize(0, 0)
        for item in shown:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    @staticmethod
    def _cell_width(items: list[QLayoutItem]) -> int:
        return max(item.sizeHint().width() for item in items)

    def _arrange(self, rect: QRect, *, apply: bool) -> int:
        """Place the items (if ``apply``) and return the height they need in ``rect``'s width."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        shown = self._shown()
        if not shown:
            return 0
        cell, columns = 0, len(shown)
        if self._uniform:
            cell = min(self._cell_width(shown), max(area.width(), 1))
            fit = (area.width() + self._h_spacing) // (cell + self._h_spacing)
            columns = max(1, min(self._max_columns, fit))
        x, y, row_height, column = area.x(), area.y(), 0, 0
        for item in shown:
            hint = item.sizeHint()
            width = min(hint.width(), cell if self._uniform else area.width())
            wraps = column >= columns if self._uniform else x + width > area.right() + 1
            if column and wraps:
                x, y, column = area.x(), y + row_height + self._v_spacing, 0
                row_height = 0
            height = item.heightForWidth(width) if item.hasHeightForWidth() else hint.height()
            if apply:
                item.setGeometry(QRect(QPoint(x, y), QSize(width, height)))
            x += (cell if self._uniform else width) + self._h_spacing
            row_height = max(row_height, height)
            column += 1
        return y + row_height - rect.y() + margins.bottom()
