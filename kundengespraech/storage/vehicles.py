"""The vehicle catalogue: bulk replace or upsert, load as domain ``Vehicle`` values."""

from __future__ import annotations

import dataclasses
import operator
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from kundengespraech.domain.catalogue import Vehicle
from kundengespraech.storage.column_types import utcnow
from kundengespraech.storage.models import Base, CatalogueImportRow, VehicleRow

_TABLE = Base.metadata.tables[VehicleRow.__tablename__]
# Every field of the dataclass is a column of the same name, selected in field order.
_FIELD_NAMES = tuple(field.name for field in dataclasses.fields(Vehicle))
_COLUMNS = tuple(_TABLE.c[name] for name in _FIELD_NAMES)
_ASSIST = _FIELD_NAMES.index("assist")
_vehicle_values = operator.attrgetter(*_FIELD_NAMES)


@dataclass(frozen=True, slots=True)
class CatalogueVersion:
    """The newest catalogue import: where it came from, when, and how many vehicles it wrote."""

    source: str
    imported_at: datetime
    count: int
    mode: str  # "replace" or "upsert"


def _to_row(vehicle: Vehicle, imported_at: datetime) -> dict[str, Any]:
    row: dict[str, Any] = dict(zip(_FIELD_NAMES, _vehicle_values(vehicle), strict=True))
    if vehicle.assist is not None:
        row["assist"] = list(vehicle.assist)
    row["extra"] = dict(vehicle.extra)
    row["imported_at"] = imported_at
    return row


# Fields with few distinct values (makes, body types, years, seat counts …) share one object
# per value; for 100,000 vehicles that saves tens of megabytes of equal strings and numbers.
_SHARED_INDEXES = tuple(
    index
    for index, name in enumerate(_FIELD_NAMES)
    if name not in ("id", "price_eur", "mileage_km", "extra")
)


def _to_vehicle(values: Sequence[Any], shared: dict[Any, Any] | None = None) -> Vehicle:
    fields = list(values)
    if fields[_ASSIST] is not None:
        fields[_ASSIST] = tuple(fields[_ASSIST])
    if shared is not None:
        for index in _SHARED_INDEXES:
            value = fields[index]
            if value is not None:
                fields[index] = shared.setdefault((type(value), value), value)
    return Vehicle(*fields)


def _log_import(session: Session, source: str, mode: str, count: int, when: datetime) -> None:
    session.add(CatalogueImportRow(source=source, mode=mode, imported_at=when, vehicle_count=count))
    session.flush()


def replace_catalogue(session: Session, vehicles: Sequence[Vehicle], source: str) -> int:
    """Replace the whole catalogue by ``vehicles`` (within the caller's transaction)."""
    now = utcnow()
    session.execute(delete(VehicleRow))
    if vehicles:
        session.execute(insert(_TABLE), [_to_row(v, now) for v in vehicles])
    _log_import(session, source, "replace", len(vehicles), now)
    return len(vehicles)


def upsert_vehicles(session: Session, vehicles: Sequence[Vehicle], source: str) -> int:
    """Add new vehicles and overwrite those whose id exists; others stay. Returns the count."""
    now = utcnow()
    existing = set(session.scalars(select(VehicleRow.id)))
    rows = [_to_row(v, now) for v in vehicles]
    new_rows = [row for row in rows if row["id"] not in existing]
    changed_rows = [row for row in rows if row["id"] in existing]
    if new_rows:
        session.execute(insert(_TABLE), new_rows)
    if changed_rows:
        session.execute(update(VehicleRow), changed_rows)
    _log_import(session, source, "upsert", len(vehicles), now)
    return len(vehicles)


def load_vehicles(session: Session) -> list[Vehicle]:
    """The whole catalogue, ordered by id in code point order on every database.

    Sorted here, not by ``ORDER BY``: PostgreSQL would sort by the database's collation
    (e.g. de-DE: "a1" < "B2"), SQLite by code point ("B2" < "a1").
    """
    result = session.execute(select(*_COLUMNS).execution_options(yield_per=2000))
    shared: dict[Any, Any] = {}
    vehicles = [_to_vehicle(row, shared) for row in result]
    return sorted(vehicles, key=operator.attrgetter("id"))


def vehicle_count(session: Session) -> int:
    """How many vehicles the catalogue holds."""
    return session.scalar(select(func.count()).select_from(VehicleRow)) or 0


def catalogue_version(session: Session) -> CatalogueVersion | None:
    """The newest import, or ``None`` if no catalogue was ever imported."""
    row = session.scalars(
        select(CatalogueImportRow)
        .order_by(CatalogueImportRow.imported_at.desc(), CatalogueImportRow.id.desc())
        .limit(1)
    ).first()
    if row is None:
        return None
    return CatalogueVersion(
        source=row.source, imported_at=row.imported_at, count=row.vehicle_count, mode=row.mode
    )
