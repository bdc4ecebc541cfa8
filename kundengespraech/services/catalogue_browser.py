"""Use case: browse the catalogue page by page (search, filter, sort), one short session a call.

``VehicleQuery`` (what to show, in which order) and its ``SortKey`` come from here for the UI.
"""

from __future__ import annotations

from pathlib import Path

from kundengespraech.domain.catalogue import Vehicle
from kundengespraech.services import images
from kundengespraech.storage import catalogue_queries
from kundengespraech.storage.catalogue_queries import SortKey, VehicleQuery
from kundengespraech.storage.database import Database

__all__ = ["CatalogueBrowser", "SortKey", "VehicleQuery"]


class CatalogueBrowser:
    """What the catalogue window needs from the database, as plain ``Vehicle`` values."""

    def __init__(self, db: Database, images_folder: Path | None = None) -> None:
        """``images_folder``: the photo store (default: the app's, see ``services.images``)."""
        self._db = db
        self._images_folder = images_folder

    def count(self, query: VehicleQuery) -> int:
        """How many vehicles match ``query``."""
        with self._db.session() as session:
            return catalogue_queries.count_vehicles(session, query)

    def page(
        self, query: VehicleQuery, offset: int, limit: int, total: int | None = None
    ) -> list[Vehicle]:
        """Up to ``limit`` matching vehicles from position ``offset`` in the order of ``query``.

        ``total`` (the count, if known) lets pages near the end be read from the end.
        """
        with self._db.session() as session:
            return catalogue_queries.page_of_vehicles(session, query, offset, limit, total)

    def vehicle(self, vehicle_id: str) -> Vehicle | None:
        """The vehicle with this id, or ``None`` if it is no longer in the catalogue."""
        with self._db.session() as session:
            return catalogue_queries.get_vehicle(session, vehicle_id)

    def image_path(self, vehicle: Vehicle) -> Path | None:
        """The file of the vehicle's photo, or ``None`` if it has none or the file is gone."""
        return images.image_path(vehicle, self._images_folder)
