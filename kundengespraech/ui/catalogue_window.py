"""The catalogue window: search, filter and sort the whole catalogue; the chosen vehicle's facts.

Open it from the main window with ``CatalogueWindow.show_for(self, services.catalogue_browser)``:
one window per parent, brought to the front and read afresh when opened again.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kundengespraech import resources
from kundengespraech.domain.formatting import format_number
from kundengespraech.services.catalogue_browser import CatalogueBrowser, VehicleQuery
from kundengespraech.ui.catalogue_filters import FilterBar
from kundengespraech.ui.catalogue_model import VehicleTableModel
from kundengespraech.ui.theme import ACCENT, ACCENT_TINT, BORDER, TEXT
from kundengespraech.ui.vehicle_detail import VehicleDetail

DETAIL_HEIGHT = 240
HEADER_POINT_SIZE = 12
# The widest value a column usually shows; columns are sized by these, never by reading rows.
WIDEST_VALUES = ("", "Kompaktwagen", "Plug-in-Hybrid", "Gebraucht", "109.990 €", "9",
                 "1.250 l", "3.500 kg", "12,5 l/100 km")  # fmt: skip
NULLABLE_COLUMNS = (3, 6, 7, 8)  # condition, trunk, towing, consumption may be unknown
CELL_PADDING = 26  # the item padding of the style sheet and the style's own text margins

_LOCAL_STYLE = """
QTableView { background: white; border: 1px solid #D9D6CF; border-radius: 8px;
             alternate-background-color: #F3F5F7;
             selection-background-color: $ACCENT; selection-color: white; }
QTableView::item { padding: 0 8px; border: none; }
QHeaderView::section { background: #EEF2F6; color: $TEXT; border: none; font-weight: 600;
                       border-bottom: 1px solid $BORDER; padding: 10px 8px 4px 8px;
                       font-size: $HEADER_SIZEpt; }
QHeaderView::down-arrow, QHeaderView::up-arrow {
    subcontrol-origin: padding; subcontrol-position: top center; top: 0px;
    width: 10px; height: 10px; }
QHeaderView::down-arrow { image: url($DOWN); }
QHeaderView::up-arrow { image: url($UP); }
QPushButton#filterButton { text-align: left; padding: 7px 36px 7px 10px; border-radius: 6px;
                           border: 1px solid $BORDER; min-height: 26px; }
QPushButton#filterButton:focus { border: 2px solid $ACCENT; padding: 6px 35px 6px 9px; }
QPushButton#filterButton::menu-indicator { image: url($DOWN); width: 14px; height: 14px;
    subcontrol-origin: padding; subcontrol-position: center right; right: 10px; }
QMenu { background: white; border: 1px solid $BORDER; padding: 4px; }
QMenu::item { padding: 6px 24px 6px 12px; }
QMenu::item:selected { background: $TINT; color: $TEXT; }
QSplitter::handle { background: transparent; }
VehicleDetail { background: #FBFBFA; border: 1px solid #D9D6CF; border-radius: 8px; }
"""


def _style_sheet() -> str:
    values = {
        "$ACCENT": ACCENT,
        "$TINT": ACCENT_TINT,
        "$BORDER": BORDER,
        "$TEXT": TEXT,
        "$HEADER_SIZE": str(HEADER_POINT_SIZE),
        "$DOWN": resources.file_path("icons", "arrow_down.svg").as_posix(),
        "$UP": resources.file_path("icons", "arrow_up.svg").as_posix(),
    }
    sheet = _LOCAL_STYLE
    for name, value in values.items():
        sheet = sheet.replace(name, value)
    return sheet


class CatalogueWindow(QWidget):
    """Browse the catalogue: search (applied after a short pause) and filters, a sortable table
    of every matching vehicle with their count, and the facts of the selected vehicle below."""

    def __init__(self, browser: CatalogueBrowser, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.browser = browser
        self.setWindowTitle(self.tr("Fahrzeugkatalog"))
        self.setMinimumSize(1000, 600)
        self.resize(1340, 720)
        self.setStyleSheet(_style_sheet())
        self._total = 0

        self.model = VehicleTableModel(browser, self)
        self.filters = FilterBar()
        self.search = self.filters.search
        self.table = QTableView()
        self._set_up_table()
        self.detail = VehicleDetail()
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setSizes([400, DETAIL_HEIGHT])
        self.table.setMinimumHeight(180)
        self.detail.setMinimumHeight(120)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(10)
        layout.addWidget(self.filters)
        layout.addWidget(self.splitter, 1)

        self.filters.changed.connect(self.apply_filters)
        self.model.modelReset.connect(self._after_reset)
        self.table.selectionModel().currentRowChanged.connect(self._show_current)
        self.search.installEventFilter(self)
        QShortcut(QKeySequence.StandardKey.Find, self, self._focus_search)
        QShortcut(QKeySequence.StandardKey.Close, self, self.close)
        self.refresh()

    def _set_up_table(self) -> None:
        table = self.table
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)
        table.setWordWrap(False)
        table.setShowGrid(False)
        table.setAlternatingRowColors(True)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setAccessibleName(self.tr("Fahrzeuge"))
        rows = table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(table.fontMetrics().height() + 14)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionsMovable(False)
        header_font = QFont(table.font())
        header_font.setPointSize(HEADER_POINT_SIZE)
        header_font.setWeight(QFont.Weight.DemiBold)
        titles, values = QFontMetrics(header_font), table.fontMetrics()
        unknown = values.horizontalAdvance(self.model.unknown_text)
        for column, widest in enumerate(WIDEST_VALUES):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            # The title (the sort arrow sits above it), the widest value or "unbekannt".
            width = max(
                max(titles.horizontalAdvance(line) for line in title.splitlines()),
                values.horizontalAdvance(widest),
                unknown if column in NULLABLE_COLUMNS else 0,
            )
            header.resizeSection(column, width + CELL_PADDING)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSortIndicator(self.model.sort_column(), Qt.SortOrder.AscendingOrder)
        table.setSortingEnabled(True)

    # -- opening -----------------------------------------------------------------------------

    @classmethod
    def show_for(cls, parent: QWidget, browser: CatalogueBrowser) -> CatalogueWindow:
        """Show ``parent``'s catalogue window, creating it the first time; fresh data each time."""
        window = parent.findChild(cls)
        if window is None:
            window = cls(browser, parent)
        else:
            window.refresh()
        window.show()
        window.raise_()
        window.activateWindow()
        window.search.setFocus()
        return window

    def refresh(self) -> None:
        """Read the catalogue again (e.g. after an import), keeping search, filters and order."""
        self._total = self.browser.count(VehicleQuery())
        self.model.set_query(self.filters.apply_to(self.model.query))

    def apply_filters(self) -> None:
        """Show the vehicles matching the search and filters as entered (if they changed)."""
        query = self.filters.apply_to(self.model.query)
        if query != self.model.query:
            self.model.set_query(query)

    # -- reacting ----------------------------------------------------------------------------

    def _after_reset(self) -> None:
        count = self.model.rowCount()
        self.filters.count.setText(self._count_text(count))
        self.table.scrollToTop()
        if count:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        else:
            self.detail.show_vehicle(None)

    def _count_text(self, count: int) -> str:
        if count == 0:
            return self.tr("Keine passenden Fahrzeuge")
        if count == self._total:
            if count == 1:
                return self.tr("1 Fahrzeug")
            return self.tr("%1 Fahrzeuge").replace("%1", format_number(count))
        return (
            self.tr("%1 von %2 Fahrzeugen")
            .replace("%1", format_number(count))
            .replace("%2", format_number(self._total))
        )

    def _show_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        vehicle = self.model.vehicle_at(current.row()) if current.isValid() else None
        photo = self.browser.image_path(vehicle) if vehicle is not None else None
        self.detail.show_vehicle(vehicle, photo)

    def _focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """In the search field, ↓ or Enter go to the list at once; Esc empties the field."""
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.filters.flush()
                self.table.setFocus(Qt.FocusReason.TabFocusReason)
                return True
            if key == Qt.Key.Key_Escape and self.search.text():
                self.search.clear()
                return True
        return super().eventFilter(watched, event)
