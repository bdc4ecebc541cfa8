"""Importing and exporting the vehicle catalogue from the menu: map columns, preview, import.

Reading, checking and writing run off the UI thread (``background.run_in_background``); the
dialogs are asked through an injected :class:`ImportDialogs`, so tests replace them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget

from kundengespraech.services.app import AppServices
from kundengespraech.services.catalogue import ImportPreview, MappingProposal
from kundengespraech.services.catalogue_import_types import (
    FILE_PATTERNS,
    CatalogueImportError,
    ColumnProposal,
    Target,
    german_count,
    more_issues_text,
)
from kundengespraech.services.errors import StorageError
from kundengespraech.ui.background import run_in_background
from kundengespraech.ui.import_preview_dialog import ImportPreviewDialog, Recheck
from kundengespraech.ui.mapping_dialog import MappingDialog
from kundengespraech.ui.prompter import Prompter

MAX_ERRORS_SHOWN = 12


@dataclass(frozen=True, slots=True)
class ImportDecision:
    """The user's answer to the preview: import (replacing or adding), or map columns again."""

    preview: ImportPreview
    replace: bool = False
    remap: bool = False


class ImportDialogs:
    """The two import dialogs of the real app, shown modally over ``parent``."""

    def __init__(self, parent: QWidget | None) -> None:
        self._parent = parent

    def ask_mapping(
        self, source: str, proposals: Sequence[ColumnProposal]
    ) -> dict[str, Target] | None:
        dialog = MappingDialog(source, proposals, self._parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.mapping()
        finally:
            dialog.deleteLater()

    def review(self, preview: ImportPreview, recheck: Recheck) -> ImportDecision | None:
        dialog = ImportPreviewDialog(preview, recheck, self._parent)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            if dialog.remap_requested:
                return ImportDecision(dialog.preview, remap=True)
            if not accepted:
                return None
            return ImportDecision(dialog.preview, replace=dialog.replace())
        finally:
            dialog.deleteLater()


class CatalogueActions(QObject):
    """Import is all-or-nothing: nothing is written unless the preview is free of problems.

    Signals:
        import_finished(int): an import ended; the number of vehicles written (0: nothing).
    """

    import_finished = Signal(int)

    def __init__(
        self, services: AppServices, prompter: Prompter, dialogs: Any | None = None
    ) -> None:
        super().__init__(prompter)
        self._services = services
        self._prompter = prompter
        parent = prompter.parent()
        self._window = parent if isinstance(parent, QWidget) else None
        self._dialogs = dialogs or ImportDialogs(self._window)

    # --- import: file → (mapping) → preview → write ------------------------------------------

    def import_file(self) -> None:
        """Ask for a file and start its import; ``import_finished`` tells how it ended."""
        patterns = " ".join(FILE_PATTERNS)
        path = self._prompter.open_path(
            self.tr("Katalog importieren"),
            self.tr("Kataloge (%1);;Alle Dateien (*)").replace("%1", patterns),
        )
        if path is None:
            self.import_finished.emit(0)
            return
        catalogue = self._services.catalogue

        def read_headers() -> MappingProposal | None:
            try:
                return catalogue.propose_mapping(path)
            except CatalogueImportError:
                return None  # the preview shows why the file cannot be read

        self._run(
            read_headers,
            lambda found: self._map_columns(path, found, force=False),
            path,
            self.tr("Datei wird gelesen …"),
        )

    def _map_columns(self, path: Path, found: MappingProposal | None, *, force: bool) -> None:
        column_map: dict[str, Target] = {}
        if found is not None:
            column_map = found.column_map
            if force or found.ask:
                chosen = self._dialogs.ask_mapping(path.name, found.proposals)
                if chosen is None:
                    self.import_finished.emit(0)
                    return
                self._services.catalogue.remember_mapping(path.name, chosen)
                column_map = chosen
        self._run(
            lambda: self._services.catalogue.preview_file(path, column_map=column_map),
            lambda preview: self._review(path, found, preview),
            path,
            self.tr("Katalog wird geprüft …"),
        )

    def _review(
        self,
        path: Path,
        found: MappingProposal | None,
        preview: ImportPreview,
    ) -> None:
        base = path.absolute().parent

        def recheck(current: ImportPreview, folder: Path | None, skip: bool) -> ImportPreview:
            folders = [f for f in (folder, base) if f is not None]
            return self._services.catalogue.check_images(current, folders, skip_missing_images=skip)

        decision = self._dialogs.review(preview, recheck)
        if decision is None:
            self.import_finished.emit(0)
            return
        if decision.remap:
            if found is None:
                self.import_finished.emit(0)
                return
            self._map_columns(path, found, force=True)
            return
        chosen = decision.preview
        self._run(
            lambda: self._services.catalogue.import_preview(chosen, replace=decision.replace),
            self._imported,
            path,
            self.tr("Katalog wird importiert …"),
        )

    def _imported(self, count: int) -> None:
        self._prompter.inform(
            self.tr("Katalog importiert"),
            self.tr("%1 Fahrzeuge importiert.").replace("%1", str(count)),
        )
        self.import_finished.emit(count)

    def _run(
        self, work: Callable[[], Any], then: Callable[[Any], None], path: Path, busy: str
    ) -> None:
        run_in_background(
            self._window or self,
            work,
            then,
            lambda error: self._failed(path, error),
            busy_text=busy,
        )

    def _failed(self, path: Path, error: Exception) -> None:
        if isinstance(error, CatalogueImportError):
            lines = [str(issue) for issue in error.errors]
            shown = "\n".join(lines[:MAX_ERRORS_SHOWN])
            more = error.count - min(len(lines), MAX_ERRORS_SHOWN)
            if more > 0:
                shown += "\n" + self.tr("… und %1 weitere.").replace("%1", german_count(more))
            if error.more:
                lines.append(more_issues_text(error.more))
            self._prompter.warn(
                self.tr("Nichts importiert"),
                self.tr("Die Datei enthält %1 Fehler. Es wurde nichts verändert.\n\n").replace(
                    "%1", german_count(error.count)
                )
                + shown,
                "\n".join(lines),
            )
        elif isinstance(error, StorageError):
            self._prompter.warn(
                self.tr("Nichts importiert"),
                str(error) + "\n\n" + self.tr("Der Katalog wurde nicht verändert."),
            )
        elif isinstance(error, OSError):
            self._prompter.warn(self.tr("Nichts importiert"), f"{path}: {error.strerror or error}")
        else:
            self.import_finished.emit(0)
            raise error
        self.import_finished.emit(0)

    # --- export ------------------------------------------------------------------------------

    def export_file(self) -> int:
        path = self._prompter.save_path(
            self.tr("Katalog exportieren"), "katalog.csv", self.tr("CSV-Dateien (*.csv)")
        )
        if path is None:
            return 0
        try:
            count = self._services.catalogue.export_file(path)
        except OSError as error:
            self._prompter.warn(self.tr("Export nicht möglich"), f"{path}: {error.strerror}")
            return 0
        self._prompter.inform(
            self.tr("Katalog exportiert"),
            self.tr("%1 Fahrzeuge nach „%2“ geschrieben.")
            .replace("%1", str(count))
            .replace("%2", str(path)),
        )
        return count
