"""Two or three vehicles side by side: needs in rows, fitting and failing cells marked."""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kundengespraech.domain.compare import FAILS, FITS, UNKNOWN, Comparison

MARKS = {FITS: "✓ ", FAILS: "✗ ", UNKNOWN: "? "}
COLOURS = {FITS: "#E3F1E6", FAILS: "#F8E1DC", UNKNOWN: "#EEF0F2"}


class CompareDialog(QDialog):
    """Read-only table; cells carry a mark as well as a colour, so nothing relies on colour."""

    def __init__(self, comparison: Comparison, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Vergleich"))
        self.resize(1100, 640)
        self.table = QTableWidget(len(comparison.rows), len(comparison.vehicles))
        self.table.setHorizontalHeaderLabels([v.title for v in comparison.vehicles])
        self.table.setVerticalHeaderLabels([row.need for row in comparison.rows])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for r, row in enumerate(comparison.rows):
            for c, cell in enumerate(row.cells):
                item = QTableWidgetItem(MARKS.get(cell.verdict, "") + cell.text)
                if cell.verdict in COLOURS:
                    item.setBackground(QBrush(QColor(COLOURS[cell.verdict])))
                item.setData(0x0100, cell.verdict)  # Qt.UserRole: the verdict, for tests
                self.table.setItem(r, c, item)
        self.table.resizeRowsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
