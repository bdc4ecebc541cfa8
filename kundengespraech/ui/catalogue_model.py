"""The catalogue as a Qt table model that reads the database one page at a time.

The model knows how many vehicles match (one ``COUNT``) and fetches a page of rows only when
a view asks for one of them, keeping the most recently used pages. So the scroll bar spans
the whole catalogue, jumping to its end reads one page, and sorting asks the database again.
"""

from __future__ import annotations

import dataclasses
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from kundengespraech.domain.catalogue import BODY_TYPE_LABELS, POWERTRAIN_LABELS, Vehicle
from kundengespraech.domain.formatting import format_eur, format_number
from kundengespraech.services.catalogue_browser import SortKey, VehicleQuery
from kundengespraech.ui.theme import MUTED

PAGE_SIZE = 200
CACHED_PAGES = 32  # 6,400 vehicles: a few screens around every place visited recently

VEHICLE_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's ``Vehicle``

_Index = QModelIndex | QPersistentModelIndex
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class VehiclePages(Protocol):
    """Where the model reads from (``services.catalogue_browser.CatalogueBrowser``)."""

    def count(self, query: VehicleQuery) -> int: ...

    def page(
        self, query: VehicleQuery, offset: int, limit: int, total: int | None = None
    ) -> list[Vehicle]: ...


@dataclass(frozen=True, slots=True)
class Column:
    """One column: its header, the sort order it stands for, and its text (``None``: unknown)."""

    header: str
    sort: SortKey
    text: Callable[[Vehicle], str | None]
    numeric: bool = False


def _unit(value: int | float | None, unit: str, decimals: int = 0) -> str | None:
    return None if value is None else f"{format_number(value, decimals)} {unit}"


def _consumption_or_range(v: Vehicle) -> str | None:
    """Electric cars by their range, all others by their fuel consumption."""
    if v.powertrain == "ev":
        return _unit(v.range_km, "km")
    return _unit(v.consumption_l_100km, "l/100 km", 1)


class VehicleTableModel(QAbstractTableModel):
    """The vehicles matching a :class:`VehicleQuery`, in its order, fetched page by page.

    Unknown facts read "unbekannt" in a muted colour; numbers are German-formatted and
    right-aligned. :meth:`sort` and :meth:`set_query` reset the model (``modelReset``).
    """

    def __init__(self, source: VehiclePages, parent: Any = None) -> None:
        super().__init__(parent)
        self._source = source
        self._query = VehicleQuery()
        self._count = 0
        self._pages: OrderedDict[int, list[Vehicle]] = OrderedDict()
        self.unknown_text = self.tr("unbekannt")
        self._muted = QColor(MUTED)
        conditions = {"new": self.tr("Neu"), "used": self.tr("Gebraucht")}
        self.columns: tuple[Column, ...] = (
            Column(self.tr("Fahrzeug"), "vehicle", lambda v: v.title),
            Column(self.tr("Bauform"), "body_type", lambda v: BODY_TYPE_LABELS[v.body_type]),
            Column(self.tr("Antrieb"), "powertrain", lambda v: POWERTRAIN_LABELS[v.powertrain]),
            Column(self.tr("Zustand"), "condition", lambda v: conditions.get(v.condition or "")),
            Column(self.tr("Preis"), "price", lambda v: format_eur(v.price_eur), True),
            Column(self.tr("Sitze"), "seats", lambda v: format_number(v.seats), True),
            Column(self.tr("Kofferraum"), "trunk", lambda v: _unit(v.trunk_l, "l"), True),
            Column(self.tr("Anhängelast"), "towing", lambda v: _unit(v.towing_kg, "kg"), True),
            Column(self.tr("Verbrauch /\nReichweite"), "consumption", _consumption_or_range, True),
        )

    # -- what is shown ---------------------------------------------------------------------

    @property
    def query(self) -> VehicleQuery:
        return self._query

    def set_query(self, query: VehicleQuery) -> None:
        """Show the vehicles matching ``query``: count them again and forget every page.

        The first page is read at once; if it is not full, it tells the count as well.
        """
        self.beginResetModel()
        self._query = query
        self._pages.clear()
        first = self._source.page(query, 0, PAGE_SIZE)
        self._pages[0] = first
        self._count = len(first) if len(first) < PAGE_SIZE else self._source.count(query)
        self.endResetModel()

    def refresh(self) -> None:
        """Read the catalogue again (after an import), keeping the query."""
        self.set_query(self._query)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in the database; the number of rows stays, so it is not counted again."""
        if not 0 <= column < len(self.columns):
            return
        query = dataclasses.replace(
            self._query,
            sort=self.columns[column].sort,
            descending=order == Qt.SortOrder.DescendingOrder,
        )
        if query == self._query:
            return
        self.beginResetModel()
        self._query = query
        self._pages.clear()
        self.endResetModel()

    def sort_column(self) -> int:
        """The column the current order belongs to."""
        return next(i for i, c in enumerate(self.columns) if c.sort == self._query.sort)

    # -- rows --------------------------------------------------------------------------------

    def vehicle_at(self, row: int) -> Vehicle | None:
        """The vehicle in ``row`` (reading its page if need be); ``None`` outside the rows."""
        if not 0 <= row < self._count:
            return None
        number, within = divmod(row, PAGE_SIZE)
        page = self._pages.get(number)
        if page is None:
            page = self._source.page(self._query, number * PAGE_SIZE, PAGE_SIZE, self._count)
            self._pages[number] = page
            while len(self._pages) > CACHED_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        # The catalogue may have shrunk since it was counted (e.g. an import meanwhile).
        return page[within] if within < len(page) else None

    def pages_in_memory(self) -> int:
        """How many pages are kept (at most ``CACHED_PAGES``)."""
        return len(self._pages)

    def row_of(self, vehicle_id: str) -> int | None:
        """The row of a vehicle among the pages read so far, if it is there."""
        for number, page in self._pages.items():
            for within, vehicle in enumerate(page):
                if vehicle.id == vehicle_id:
                    return number * PAGE_SIZE + within
        return None

    # -- QAbstractTableModel -------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.column() >= len(self.columns):
            return None
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column.numeric else _LEFT
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.ForegroundRole,
            VEHICLE_ROLE,
        ):
            return None
        vehicle = self.vehicle_at(index.row())
        if vehicle is None:
            return None
        if role == VEHICLE_ROLE:
            return vehicle
        text = column.text(vehicle)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._muted if text is None else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return vehicle.title if index.column() == 0 else None
        return self.unknown_text if text is None else text

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.header
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column.numeric else _LEFT
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )
