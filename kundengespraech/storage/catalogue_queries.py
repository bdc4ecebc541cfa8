"""Browsing the catalogue in SQL: search, filters, sort order and pages of ``Vehicle`` values.

Everything runs in the database, so that a catalogue of 100,000 vehicles is counted, sorted
and cut into pages without loading it: the browser shows one page at a time.
The SQL is portable (``lower() LIKE`` on SQLite, ``ILIKE`` on PostgreSQL, ``NULLS LAST``).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Literal, get_args

from sqlalchemy import ColumnElement, Select, and_, case, func, or_, select
from sqlalchemy.orm import Session

from kundengespraech.domain.catalogue import BODY_TYPE_LABELS, POWERTRAIN_LABELS, Vehicle
from kundengespraech.storage.models import VehicleRow

# The column list and row conversion of the catalogue store, so both read vehicles alike.
from kundengespraech.storage.vehicles import _COLUMNS, _to_vehicle

SortKey = Literal[
    "vehicle", "body_type", "powertrain", "condition", "price",
    "seats", "trunk", "towing", "consumption",
]  # fmt: skip
SORT_KEYS: tuple[SortKey, ...] = get_args(SortKey)
Condition = Literal["new", "used"]

_SEARCHED = (VehicleRow.make, VehicleRow.model, VehicleRow.variant, VehicleRow.id)


@dataclass(frozen=True, slots=True)
class VehicleQuery:
    """What the catalogue browser asks for; the default is the whole catalogue by make/model.

    ``text``: words separated by spaces; every word must occur (any case) in the make,
    model, variant or id. Empty filters (``()``, ``None``) do not filter. Vehicles whose
    condition is unknown match neither ``"new"`` nor ``"used"``.
    """

    text: str = ""
    body_types: frozenset[str] = frozenset()
    powertrains: frozenset[str] = frozenset()
    condition: Condition | None = None
    max_price: Decimal | None = None
    min_seats: int | None = None
    sort: SortKey = "vehicle"
    descending: bool = False

    def __post_init__(self) -> None:
        if self.sort not in SORT_KEYS:
            raise ValueError(f"unknown sort key {self.sort!r}; expected one of {SORT_KEYS}")
        unknown = (self.body_types - set(BODY_TYPE_LABELS)) | (
            self.powertrains - set(POWERTRAIN_LABELS)
        )
        if unknown:
            raise ValueError(f"unknown body types or powertrains: {sorted(unknown)}")

    @property
    def words(self) -> tuple[str, ...]:
        """The search words, in order, without repeats."""
        return tuple(dict.fromkeys(self.text.split()))


def _spellings(word: str) -> tuple[str, ...]:
    """Spellings to look for. SQLite folds the case of ASCII letters only, so for other
    letters (``ä``/``Ä``) the usual capitalisations are tried as well."""
    if word.isascii():
        return (word,)
    return tuple(dict.fromkeys((word, word.lower(), word.upper(), word.capitalize())))


def _contains(column: Any, text: str, dialect: str) -> ColumnElement[bool]:
    """``column`` contains ``text`` in any case; ``%`` and ``_`` are plain letters.

    SQLite's ``LIKE`` already ignores the case of ASCII letters, and is about three times
    faster than ``lower(column) LIKE …``; PostgreSQL has ``ILIKE``.
    """
    if dialect == "sqlite":
        return column.contains(text, autoescape=True)
    return column.icontains(text, autoescape=True)


def _word_matches(word: str, dialect: str) -> ColumnElement[bool]:
    return or_(
        *(
            _contains(column, spelling, dialect)
            for column in _SEARCHED
            for spelling in _spellings(word)
        )
    )


def _conditions(query: VehicleQuery, dialect: str) -> list[ColumnElement[bool]]:
    where = [_word_matches(word, dialect) for word in query.words]
    if query.body_types:
        where.append(VehicleRow.body_type.in_(sorted(query.body_types)))
    if query.powertrains:
        where.append(VehicleRow.powertrain.in_(sorted(query.powertrains)))
    if query.condition is not None:
        where.append(VehicleRow.condition == query.condition)
    if query.max_price is not None:
        where.append(VehicleRow.price_eur <= query.max_price)
    if query.min_seats is not None:
        where.append(VehicleRow.seats >= query.min_seats)
    return where


def _label_rank(column: Any, labels: dict[str, str]) -> ColumnElement[int]:
    """Codes ranked by their German label, so that "Cabrio" sorts before "Kombi"."""
    ranked = sorted(labels, key=lambda code: labels[code].casefold())
    return case({code: rank for rank, code in enumerate(ranked)}, value=column, else_=len(ranked))


# Sort key -> (expressions, whether they may be NULL). Price and make/model are indexed
# together with the id (migration 0003), so those orders need no sorting at all.
_ORDER: dict[SortKey, tuple[tuple[Any, ...], bool]] = {
    "vehicle": ((VehicleRow.make, VehicleRow.model, VehicleRow.variant), False),
    "body_type": ((_label_rank(VehicleRow.body_type, BODY_TYPE_LABELS),), False),
    "powertrain": ((_label_rank(VehicleRow.powertrain, POWERTRAIN_LABELS),), False),
    "condition": ((VehicleRow.condition,), True),
    "price": ((VehicleRow.price_eur,), False),
    "seats": ((VehicleRow.seats,), False),
    "trunk": ((VehicleRow.trunk_l,), True),
    "towing": ((VehicleRow.towing_kg,), True),
    # Fuel consumption, then electric range: what the browser shows in that column.
    "consumption": ((VehicleRow.consumption_l_100km, VehicleRow.range_km), True),
}  # fmt: skip


def _order_by(query: VehicleQuery, backwards: bool = False) -> list[Any]:
    """The sort columns, then the id, all in the chosen direction; unknown values last.

    ``backwards``: the exact reverse of that order (unknown values first).
    """
    expressions, nullable = _ORDER[query.sort]
    descending = query.descending != backwards
    order: list[Any] = []
    for expression in (*expressions, VehicleRow.id):
        directed = expression.desc() if descending else expression.asc()
        if nullable and expression is not VehicleRow.id:
            directed = directed.nulls_first() if backwards else directed.nulls_last()
        order.append(directed)
    return order


def _filtered(statement: Select[Any], query: VehicleQuery, dialect: str) -> Select[Any]:
    where = _conditions(query, dialect)
    return statement.where(and_(*where)) if where else statement


def _dialect(session: Session) -> str:
    return session.get_bind().dialect.name


def count_vehicles(session: Session, query: VehicleQuery) -> int:
    """How many vehicles match the search and filters of ``query``."""
    statement = select(func.count()).select_from(VehicleRow)
    return session.scalar(_filtered(statement, query, _dialect(session))) or 0


def page_of_vehicles(
    session: Session, query: VehicleQuery, offset: int, limit: int, total: int | None = None
) -> list[Vehicle]:
    """The matching vehicles ``offset`` to ``offset + limit`` in the order of ``query``.

    The order is total (ties are broken by the id), so consecutive pages neither repeat nor
    skip a vehicle. ``total``, the count of matching vehicles if the caller knows it, lets a
    page in the second half be read from the end (in the reverse order), so that the database
    skips fewer rows. Only the ids are sorted and skipped; whole rows are read for the page.
    """
    if offset < 0 or limit < 0:
        raise ValueError("offset and limit must not be negative")
    backwards = total is not None and offset + limit / 2 > total / 2
    if backwards:
        assert total is not None
        limit = min(limit, total - offset)
        offset = total - offset - limit
    if limit <= 0:
        return []
    order = _order_by(query, backwards)
    ids = (
        _filtered(select(VehicleRow.id), query, _dialect(session))
        .order_by(*order)
        .offset(offset)
        .limit(limit)
        .subquery()
    )
    statement = select(*_COLUMNS).join(ids, ids.c.id == VehicleRow.id).order_by(*order)
    vehicles = [_to_vehicle(row) for row in session.execute(statement)]
    return vehicles[::-1] if backwards else vehicles


def get_vehicle(session: Session, vehicle_id: str) -> Vehicle | None:
    """The vehicle with this id, or ``None`` if the catalogue has none."""
    row = session.execute(select(*_COLUMNS).where(VehicleRow.id == vehicle_id)).first()
    return None if row is None else _to_vehicle(row)
