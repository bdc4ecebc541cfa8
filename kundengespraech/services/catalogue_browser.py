"""Use case: browse the catalogue page by page (search, filter, sort), one short session a call."""

from __future__ import annotations

from pathlib import Path

from kundengespraech.domain.catalogue import Vehicle
from kundengespraech.storage import catalogue_queries
from kundengespraech.storage.catalogue_queries import VehicleQuery
from kundengespraech.storage.database import Database


class CatalogueBrowser:
    """What the catalogue window needs from the database, as plain ``Vehicle`` values."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def count(self, query: VehicleQuery) -> int:
        """How many vehicles match ``query``."""
        with self._db.session() as session:
            return catalogue_queries.count_vehicles(session, query)

    def page(self, query: VehicleQuery, offset: int, limit: int) -> list[Vehicle]:
        """Up to ``limit`` matching vehicles from position ``offset`` in the order of ``query``."""
        with self._db.session() as session:
            return catalogue_queries.page_of_vehicles(session, query, offset, limit)

    def vehicle(self, vehicle_id: str) -> Vehicle | None:
        """The vehicle with this id, or ``None`` if it is no longer in the catalogue."""
        with self._db.session() as session:
            return catalogue_queries.get_vehicle(session, vehicle_id)

    def image_path(self, vehicle: Vehicle) -> Path | None:
        """The photo of ``vehicle`` if its ``image`` names an existing file (absolute paths)."""
        if not vehicle.image:
            return None
        path = Path(vehicle.image)
        return path if path.is_absolute() and path.is_file() else None
