"""Catalogue as an Excel workbook (.xlsx), read with openpyxl in read-only mode.

The same checks as for CSV; problems name the sheet, the row number Excel shows and the column
header. Numbers, dates and yes/no cells typed in Excel are read as such.
"""

from __future__ import annotations

import io
import warnings
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, time, timedelta
from decimal import Decimal
from typing import Any

from kundengespraech.importers.issues import CatalogueImportError, ImportIssue
from kundengespraech.importers.rows import (
    ColumnMap,
    ParsedCatalogue,
    RowReader,
    check_column_count,
    clean_header,
)

XLSX_MAGIC = b"PK\x03\x04"


def parse_catalogue_xlsx(
    data: bytes, source: str = "<Datei>", *, column_map: ColumnMap | None = None
) -> ParsedCatalogue:
    """The catalogue on the workbook's active sheet (or its first sheet with data), checked."""
    try:
        with _open_workbook(data, source) as book:
            sheet = _catalogue_sheet(book)
            reader = RowReader(source, column_map or {}, sheet=sheet.title)
            reader.decimal_comma = True  # numbers typed as text, as a German user writes them
            rows = _rows(sheet)
            header = next(rows, None)
            if header is not None:
                reader.read_header(*header)
                reader.read_rows(rows)
            return reader.result()
    except CatalogueImportError as error:
        issues = error.errors
    except Exception as exc:  # damaged XML inside the archive shows only while reading rows
        issues = [ImportIssue(source, 0, "", f"Die Excel-Datei ist beschädigt ({exc})")]
    reader = RowReader(source, column_map or {})
    reader.issues = list(issues)
    return reader.result()


def xlsx_headers(data: bytes, source: str = "<Datei>") -> list[str]:
    """The header cells of the catalogue sheet; ``CatalogueImportError`` if unreadable."""
    with _open_workbook(data, source) as book:
        header = next(_rows(_catalogue_sheet(book)), None)
    if header is None:
        return []
    check_column_count(len(header[1]), source, header[0])
    return [clean_header(cell) for cell in header[1]]


@contextmanager
def _open_workbook(data: bytes, source: str) -> Iterator[Any]:
    """A read-only workbook, closed again on leaving; openpyxl's notices are not ours."""
    if not data.startswith(XLSX_MAGIC):
        raise not_an_xlsx(source, data)
    check_archive(data, source)
    import openpyxl  # imported when needed: it takes a while and only .xlsx needs it

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        except Exception as exc:  # zipfile, XML and KeyError: a damaged or foreign file
            raise not_an_xlsx(source, data) from exc
        try:
            yield book
        finally:
            book.close()


# What an Excel workbook of any real catalogue stays well below; a "zip bomb" does not.
MAX_UNPACKED_BYTES = 400 * 1024 * 1024
MAX_MEMBER_RATIO = 200  # sheet XML packs about 5-20 : 1; bombs pack 1000 : 1 and more
MAX_MEMBERS = 2000


def check_archive(data: bytes, source: str) -> None:
    """Refuse an archive that would unpack to far more than a catalogue, before reading it.

    Looks only at the zip directory (sizes as declared); the reader is then limited to what
    was declared, since ``zipfile`` stops a member that unpacks to more than its size.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise not_an_xlsx(source, data) from exc
    total = sum(member.file_size for member in members)
    packed_ratio = max(
        (member.file_size / max(member.compress_size, 1) for member in members), default=0
    )
    if len(members) > MAX_MEMBERS or total > MAX_UNPACKED_BYTES or packed_ratio > MAX_MEMBER_RATIO:
        megabytes = f"{total / (1024 * 1024):,.0f}".replace(",", ".")
        raise CatalogueImportError(
            [
                ImportIssue(
                    source,
                    0,
                    "",
                    f"Die Excel-Datei würde entpackt {megabytes} MB groß "
                    f"({len(members)} Teile); so groß ist kein Fahrzeugkatalog. Sie wurde "
                    "nicht gelesen; bitte prüfen Sie die Datei oder speichern Sie sie als CSV",
                )
            ]
        )


def not_an_xlsx(source: str, data: bytes) -> CatalogueImportError:
    """The error for a file that claims to be .xlsx but is not one Excel can have written."""
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        message = (
            "Die Datei ist im alten Excel-Format (.xls); bitte in Excel als "
            "„Excel-Arbeitsmappe (.xlsx)“ oder „CSV UTF-8“ speichern"
        )
    elif data.startswith(XLSX_MAGIC) and _is_opendocument(data):
        message = (
            "Die Datei ist eine OpenDocument-Tabelle (.ods); bitte als .xlsx oder CSV speichern"
        )
    elif data.startswith(XLSX_MAGIC):
        message = (
            "Die Datei ist keine gültige Excel-Datei (.xlsx); "
            "sie ist beschädigt oder ein anderes ZIP-Archiv"
        )
    else:
        message = (
            "Die Datei ist keine Excel-Datei (.xlsx), obwohl sie so heißt; "
            "bitte in Excel als „Excel-Arbeitsmappe (.xlsx)“ speichern"
        )
    return CatalogueImportError([ImportIssue(source, 0, "", message)])


def _is_opendocument(data: bytes) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return archive.read("mimetype").startswith(b"application/vnd.oasis.opendocument")
    except (zipfile.BadZipFile, KeyError, OSError):
        return False


def _catalogue_sheet(book: Any) -> Any:
    """The sheet that was active when the file was saved; if it is empty, the first with data."""
    active = book.active
    candidates = [active, *(s for s in book.worksheets if s is not active)]
    for sheet in candidates:
        if sheet is None or not hasattr(sheet, "iter_rows"):
            continue  # a chart sheet
        sheet.reset_dimensions()  # some programs write wrong dimensions; read what is there
        if next(_rows(sheet), None) is not None:
            return sheet
    return active if active is not None else book.worksheets[0]


def _rows(sheet: Any) -> Iterator[tuple[int, list[Any]]]:
    """Rows with data and their Excel row numbers; numbers as ``Decimal``, text stripped."""
    for number, row in enumerate(sheet.iter_rows(values_only=True), start=1):
        cells = [_cell(value) for value in row]
        if any(cell is not None and cell != "" for cell in cells):
            yield number, cells


def _cell(value: Any) -> Any:
    """One cell as the row reader takes it: ``str``, ``Decimal``, ``bool``, date/time or None."""
    if value is None or isinstance(value, str | bool):
        return value.strip() if isinstance(value, str) else value
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            return str(value)
        return Decimal(int(value)) if value.is_integer() else Decimal(repr(value))
    if isinstance(value, date | time | timedelta):
        return value
    return str(value)
