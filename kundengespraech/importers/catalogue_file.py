"""A catalogue file of either kind (CSV or Excel .xlsx), told apart by its content and name."""

from __future__ import annotations

from pathlib import PurePath

from kundengespraech.importers.catalogue_csv import csv_headers, parse_catalogue_csv
from kundengespraech.importers.catalogue_xlsx import (
    XLSX_MAGIC,
    parse_catalogue_xlsx,
    xlsx_headers,
)
from kundengespraech.importers.rows import ColumnMap, ParsedCatalogue

XLSX_SUFFIXES = (".xlsx", ".xlsm")
FILE_PATTERNS = ("*.csv", "*.txt", "*.xlsx", "*.xlsm")


def is_xlsx(data: bytes, name: str) -> bool:
    """Excel's zip container, or a file named .xlsx (which is then checked to be one)."""
    return data.startswith(XLSX_MAGIC) or PurePath(name).suffix.lower() in XLSX_SUFFIXES


def parse_catalogue_file(
    data: bytes, name: str, *, column_map: ColumnMap | None = None
) -> ParsedCatalogue:
    """Every vehicle of the file, or every problem; ``name`` is shown in messages."""
    if is_xlsx(data, name):
        return parse_catalogue_xlsx(data, name, column_map=column_map)
    return parse_catalogue_csv(data, name, column_map=column_map)


def file_headers(data: bytes, name: str) -> list[str]:
    """The column headers as written in the file; ``CatalogueImportError`` if unreadable."""
    if is_xlsx(data, name):
        return xlsx_headers(data, name)
    return csv_headers(data, name)
