"""Importing and exporting the vehicle catalogue from the menu, with every error shown."""

from __future__ import annotations

from PySide6.QtCore import QObject

from kundengespraech.importers.catalogue_csv import CatalogueImportError
from kundengespraech.services.app import AppServices
from kundengespraech.ui.prompter import Prompter

MAX_ERRORS_SHOWN = 12


class CatalogueActions(QObject):
    """Import is all-or-nothing: on any error nothing is written and every error is listed."""

    def __init__(self, services: AppServices, prompter: Prompter) -> None:
        super().__init__(prompter)
        self._services = services
        self._prompter = prompter

    def import_file(self) -> int:
        path = self._prompter.open_path(
            self.tr("Katalog importieren"), self.tr("CSV-Dateien (*.csv);;Alle Dateien (*)")
        )
        if path is None:
            return 0
        replace = self._prompter.confirm(
            self.tr("Katalog importieren"),
            self.tr("Soll der bisherige Katalog vollständig ersetzt werden?\n"
                    "„Nein“ ergänzt und aktualisiert nur die Fahrzeuge der Datei."),
        )  # fmt: skip
        try:
            count = self._services.catalogue.import_file(path, replace=replace)
        except CatalogueImportError as error:
            lines = [str(issue) for issue in error.errors]
            shown = "\n".join(lines[:MAX_ERRORS_SHOWN])
            more = len(lines) - MAX_ERRORS_SHOWN
            if more > 0:
                shown += "\n" + self.tr("… und %1 weitere.").replace("%1", str(more))
            self._prompter.warn(
                self.tr("Nichts importiert"),
                self.tr("Die Datei enthält %1 Fehler. Es wurde nichts verändert.\n\n").replace(
                    "%1", str(len(lines))
                )
                + shown,
                "\n".join(lines),
            )
            return 0
        except OSError as error:
            self._prompter.warn(self.tr("Nichts importiert"), f"{path}: {error.strerror}")
            return 0
        self._prompter.inform(
            self.tr("Katalog importiert"),
            self.tr("%1 Fahrzeuge importiert.").replace("%1", str(count)),
        )
        return count

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
