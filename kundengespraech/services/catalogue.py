"""Use cases of the catalogue: preview and import (all-or-nothing, with photos), export, seed."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kundengespraech.domain.catalogue import Vehicle
from kundengespraech.importers.catalogue_csv import write_catalogue
from kundengespraech.importers.catalogue_file import file_headers, parse_catalogue_file
from kundengespraech.importers.issues import MAX_ISSUES, CatalogueImportError, ImportIssue
from kundengespraech.importers.mapping import (
    ColumnProposal,
    Target,
    as_column_map,
    needs_mapping,
    propose_mapping,
)
from kundengespraech.importers.rows import ColumnMap, ParsedCatalogue
from kundengespraech.services import images
from kundengespraech.services.files import write_atomically
from kundengespraech.storage import settings as settings_store
from kundengespraech.storage import vehicles as vehicle_store
from kundengespraech.storage.database import Database
from kundengespraech.storage.vehicles import CatalogueVersion

DEMO_SOURCE = "Demo-Katalog"
MAPPING_KEY_PREFIX = "import_mapping:"


@dataclass(frozen=True, slots=True)
class ImportPreview:
    """What an import would do, computed before anything is written.

    ``photos`` holds, per vehicle, the photo file to copy (``None``: no photo). With
    ``skip_missing_images`` a missing photo is no error; that vehicle comes without one.
    """

    parsed: ParsedCatalogue
    photos: tuple[Path | None, ...] = ()
    image_issues: tuple[ImportIssue, ...] = ()
    folders: tuple[Path, ...] = ()  # where photos are searched, in order
    skip_missing_images: bool = False
    skipped_images: int = 0
    column_map: Mapping[str, Target] = field(default_factory=dict)
    more_image_issues: int = 0  # missing photos beyond the first MAX_ISSUES, counted only

    @property
    def source(self) -> str:
        return self.parsed.source

    @property
    def issues(self) -> tuple[ImportIssue, ...]:
        return self.parsed.issues + self.image_issues

    @property
    def more_issues(self) -> int:
        """Problems found beyond those in :attr:`issues` (they are counted, not kept)."""
        return self.parsed.more_issues + self.more_image_issues

    @property
    def issue_count(self) -> int:
        return len(self.issues) + self.more_issues

    @property
    def ok(self) -> bool:
        return not self.issues

    @property
    def count(self) -> int:
        """Vehicles that would be imported (0 while there is any problem)."""
        return len(self.parsed.vehicles) if self.ok else 0

    @property
    def photo_count(self) -> int:
        return sum(photo is not None for photo in self.photos)


@dataclass(frozen=True, slots=True)
class MappingProposal:
    """What each header of a file is proposed to become, and whether to ask the user first
    (a header that is neither a contract column nor remembered, or a required column missing)."""

    proposals: tuple[ColumnProposal, ...]
    ask: bool

    @property
    def column_map(self) -> dict[str, Target]:
        """The proposals as ``column_map`` for :meth:`CatalogueService.preview_file`."""
        return as_column_map(self.proposals)


class CatalogueService:
    """Reads catalogue files fully before one transaction writes them; nothing half-written."""

    def __init__(
        self,
        db: Database,
        demo: Callable[[], bytes],
        on_change: Callable[[], None],
        *,
        images_folder: Path | None = None,
    ):
        self._db = db
        self._demo = demo
        self._on_change = on_change
        self._images_folder = images_folder

    @property
    def images_folder(self) -> Path:
        """The app's photo store."""
        return self._images_folder or images.images_folder()

    # --- reading ---------------------------------------------------------------------------

    def headers(self, path: Path) -> list[str]:
        """The file's column headers as written; raises ``CatalogueImportError`` or ``OSError``."""
        return file_headers(path.read_bytes(), path.name)

    def propose_mapping(self, path: Path) -> MappingProposal:
        """The file's headers matched to contract columns, remembered choices first; raises
        ``CatalogueImportError`` or ``OSError`` when the headers cannot be read."""
        headers = self.headers(path)
        remembered = self.remembered_mapping(path.name)
        return MappingProposal(
            tuple(propose_mapping(headers, remembered)), needs_mapping(headers, remembered)
        )

    def preview_file(
        self,
        path: Path,
        *,
        column_map: ColumnMap | None = None,
        images_folder: Path | None = None,
        skip_missing_images: bool = False,
    ) -> ImportPreview:
        """Read and check the whole file and its photos; writes nothing. Raises ``OSError``."""
        return self.preview_bytes(
            path.read_bytes(),
            path.name,
            column_map=column_map,
            base_folder=path.absolute().parent,
            images_folder=images_folder,
            skip_missing_images=skip_missing_images,
        )

    def preview_bytes(
        self,
        data: bytes,
        source: str,
        *,
        column_map: ColumnMap | None = None,
        base_folder: Path | None = None,
        images_folder: Path | None = None,
        skip_missing_images: bool = False,
    ) -> ImportPreview:
        """As :meth:`preview_file`; photos are searched in ``images_folder``, then
        ``base_folder`` (the catalogue file's folder)."""
        parsed = parse_catalogue_file(data, source, column_map=column_map)
        folders = tuple(f for f in (images_folder, base_folder) if f is not None)
        preview = ImportPreview(parsed, folders=folders, column_map=dict(column_map or {}))
        return self.check_images(preview, folders, skip_missing_images=skip_missing_images)

    def check_images(
        self, preview: ImportPreview, folders: Sequence[Path], *, skip_missing_images: bool
    ) -> ImportPreview:
        """The preview with its photos looked up again, e.g. in another folder."""
        parsed = preview.parsed
        header = parsed.column_headers.get("image", "image")
        found: dict[str, Path | images.ImageProblem] = {}
        photos: list[Path | None] = []
        issues: list[ImportIssue] = []
        more = 0
        skipped = 0
        for vehicle, line in zip(parsed.vehicles, parsed.lines, strict=True):
            reference = vehicle.image.strip()
            if not reference:
                photos.append(None)
                continue
            if reference not in found:
                try:
                    found[reference] = images.locate_image(reference, folders, self.images_folder)
                except images.ImageProblem as problem:
                    found[reference] = problem
            result = found[reference]
            if isinstance(result, Path):
                photos.append(result)
                continue
            photos.append(None)
            if skip_missing_images:
                skipped += 1
            elif len(issues) < MAX_ISSUES:
                issues.append(ImportIssue(parsed.source, line, header, str(result), parsed.sheet))
            else:
                more += 1
        return dataclasses.replace(
            preview,
            photos=tuple(photos),
            image_issues=tuple(issues),
            folders=tuple(folders),
            skip_missing_images=skip_missing_images,
            skipped_images=skipped,
            more_image_issues=more,
        )

    # --- writing ---------------------------------------------------------------------------

    def import_preview(self, preview: ImportPreview, *, replace: bool = False) -> int:
        """Copy the photos, then write every vehicle in one transaction.

        Raises ``CatalogueImportError`` if the preview has any problem (nothing is written).
        """
        if not preview.ok:
            raise CatalogueImportError(list(preview.issues), preview.more_issues)
        vehicles = self._with_stored_photos(preview)
        with self._db.session() as session:
            if replace:
                count = vehicle_store.replace_catalogue(session, vehicles, preview.source)
            else:
                count = vehicle_store.upsert_vehicles(session, vehicles, preview.source)
        self._on_change()
        return count

    def _with_stored_photos(self, preview: ImportPreview) -> list[Vehicle]:
        vehicles = list(preview.parsed.vehicles)
        stored: dict[Path, str] = {}
        for index, (vehicle, photo) in enumerate(zip(vehicles, preview.photos, strict=True)):
            if photo is None:
                if vehicle.image:
                    vehicles[index] = dataclasses.replace(vehicle, image="")
                continue
            if photo not in stored:
                stored[photo] = images.store_image(photo, self.images_folder)
            vehicles[index] = dataclasses.replace(vehicle, image=stored[photo])
        return vehicles

    def import_bytes(
        self,
        data: bytes,
        source: str,
        *,
        replace: bool = False,
        column_map: ColumnMap | None = None,
        base_folder: Path | None = None,
        images_folder: Path | None = None,
        skip_missing_images: bool = False,
    ) -> int:
        """Validate every row and photo, then write all. Raises ``CatalogueImportError``."""
        preview = self.preview_bytes(
            data,
            source,
            column_map=column_map,
            base_folder=base_folder,
            images_folder=images_folder,
            skip_missing_images=skip_missing_images,
        )
        return self.import_preview(preview, replace=replace)

    def import_file(
        self,
        path: Path,
        *,
        replace: bool = False,
        column_map: ColumnMap | None = None,
        images_folder: Path | None = None,
        skip_missing_images: bool = False,
    ) -> int:
        return self.import_bytes(
            path.read_bytes(),
            path.name,
            replace=replace,
            column_map=column_map,
            base_folder=path.absolute().parent,
            images_folder=images_folder,
            skip_missing_images=skip_missing_images,
        )

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

    # --- remembered column mappings ----------------------------------------------------------

    def remembered_mapping(self, source: str) -> dict[str, Target]:
        """The column mapping last chosen for files of this name (empty if none)."""
        with self._db.session() as session:
            raw: Any = settings_store.get_setting(session, MAPPING_KEY_PREFIX + source, {})
        if not isinstance(raw, dict):
            return {}
        return {str(k): (None if v is None else str(v)) for k, v in raw.items()}

    def remember_mapping(self, source: str, mapping: Mapping[str, Target]) -> None:
        """Keep the mapping for the next file of the same name."""
        with self._db.session() as session:
            settings_store.set_setting(session, MAPPING_KEY_PREFIX + source, dict(mapping))
