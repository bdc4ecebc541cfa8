"""Use cases of the catalogue: import (all-or-nothing), export, and the demo seed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from kundengespraech.importers.catalogue_csv import read_catalogue, write_catalogue
from kundengespraech.services.files import write_atomically
from kundengespraech.storage import vehicles as vehicle_store
from kundengespraech.storage.database import Database
from kundengespraech.storage.vehicles import CatalogueVersion

DEMO_SOURCE = "Demo-Katalog"


class CatalogueService:
    """Reads catalogue files fully before one transaction writes them; nothing half-written."""

    def __init__(self, db: Database, demo: Callable[[], bytes], on_change: Callable[[], None]):
        self._db = db
        self._demo = demo
        self._on_change = on_change

    def import_bytes(self, data: bytes, source: str, *, replace: bool = False) -> int:
        """Validate every row, then write all in one transaction. Raises CatalogueImportError."""
        vehicles = read_catalogue(data, source)
        with self._db.session() as session:
            if replace:
                count = vehicle_store.replace_catalogue(session, vehicles, source)
            else:
                count = vehicle_store.upsert_vehicles(session, vehicles, source)
        self._on_change()
        return count

    def import_file(self, path: Path, *, replace: bool = False) -> int:
        return self.import_bytes(path.read_bytes(), path.name, replace=replace)

    def export_file(self, path: Path) -> int:
        """Write the catalogue as contract-2 CSV; the target appears only when complete."""
        with self._db.session() as session:
            vehicles = vehicle_store.load_vehicles(session)
        write_atomically(path, write_catalogue(vehicles))
        return len(vehicles)

    def seed_demo_if_fresh(self) -> bool:
        """Fill a database that has never had a catalogue with the demo catalogue."""
        with self._db.session() as session:
            if vehicle_store.catalogue_version(session) or vehicle_store.vehicle_count(session):
                return False
        self.import_bytes(self._demo(), DEMO_SOURCE, replace=True)
        return True

    def version(self) -> CatalogueVersion | None:
        with self._db.session() as session:
            return vehicle_store.catalogue_version(session)
