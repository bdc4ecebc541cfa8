"""Catalogue as an Excel workbook (.xlsx), read with openpyxl in read-only mode.

The same checks as for CSV; problems name the sheet, the row number Excel shows and the column
header. Numbers, dates and yes/no cells typed in Excel are read as such.
"""

from __future__ import annotations

import io
import math
import re
import warnings
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, time, timedelta
from decimal import Decimal
from typing import IO, Any

from kundengespraech.importers.cells import german_int
from kundengespraech.importers.issues import CatalogueImportError, ImportIssue
from kundengespraech.importers.rows import (
    ColumnMap,
    ParsedCatalogue,
    RowReader,
    check_column_count,
    clean_header,
)

XLSX_MAGIC = b"PK\x03\x04"

# Limits checked on the zip directory before any reader opens the workbook (a zip bomb of 1 MB
# unpacks to gigabytes). A real catalogue of 100,000 rows unpacks to well under 200 MB.
MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024
MAX_MEMBER_RATIO = 200  # XML of spreadsheets packs about 10–30:1; bombs pack 1000:1
_RATIO_FLOOR = 1024 * 1024  # small members may pack as well as they like
MAX_MEMBERS = 2_000  # a workbook with thousands of sheets is no catalogue
# Excel's own limits. openpyxl builds each row in memory before it yields it: a row of a
# million cells takes gigabytes, so wider rows are refused by a scan of the packed XML first.
MAX_ROW_CELLS = 16_384
MAX_SHEET_ROWS = 1_048_576
_SCAN_CHUNK = 1 << 18
_ROW_START = re.compile(rb"<(?:[\w.-]+:)?row[\s>/]")
_ROW_NUMBER = re.compile(rb'\sr="(\d{1,9})"')
_CELL_STARTS = (b"<c ", b"<c>", b"<c/>", b":c ", b":c>", b":c/>")


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
        failure = error
    except Exception as exc:  # damaged XML inside the archive shows only while reading rows
        message = (
            FORBIDDEN_XML if _forbidden_xml(exc) else f"Die Excel-Datei ist beschädigt ({exc})"
        )
        failure = CatalogueImportError([ImportIssue(source, 0, "", message)])
    reader = RowReader(source, column_map or {})
    reader.take(failure)
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
    check_sheets(data, source)
    import openpyxl  # imported when needed: it takes a while and only .xlsx needs it
    from openpyxl.worksheet import _reader

    _reader._cast_number = _cast_number

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        except Exception as exc:  # zipfile, XML and KeyError: a damaged or foreign file
            if _forbidden_xml(exc):
                raise _refused(source, FORBIDDEN_XML) from exc
            raise not_an_xlsx(source, data) from exc
        try:
            yield book
        finally:
            book.close()


FORBIDDEN_XML = (
    "Die Excel-Datei enthält XML-Entitäten (DTD), wie sie Angriffe nutzen; sie wird aus "
    "Sicherheitsgründen nicht gelesen. Bitte in Excel öffnen und neu speichern"
)


def _forbidden_xml(error: BaseException | None) -> bool:
    """Whether defusedxml refused entities or a DTD somewhere in the chain of ``error``."""
    seen = 0
    while error is not None and seen < 20:
        if type(error).__module__.startswith("defusedxml"):
            return True
        error = error.__cause__ or error.__context__
        seen += 1
    return False


def _cast_number(value: str) -> int | float | str:
    """A number cell's text as openpyxl reads it, but never an error and never inf or NaN.

    openpyxl raises for "NaN", "INF" or an integer of more than 4,300 digits, ending the
    whole read without a place; ``1e309`` becomes ``inf``. Such a cell is passed on as the text
    it is, so that the row reader names its row and column ("„NaN“ ist kein Geldbetrag").
    Installed as ``openpyxl.worksheet._reader._cast_number`` (openpyxl 3.1).
    """
    try:
        number = float(value) if "." in value or "e" in value or "E" in value else int(value)
    except ValueError:
        return value
    if isinstance(number, float) and not math.isfinite(number):
        return value
    return number


def check_archive(data: bytes, source: str) -> None:
    """Refuse an archive whose directory promises too much unpacked data (a zip bomb).

    Only the zip directory is read; nothing is unpacked. Independent of the reader used later.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise not_an_xlsx(source, data) from exc
    if len(members) > MAX_MEMBERS:
        raise _refused(
            source,
            f"Die Excel-Datei besteht aus {german_int(len(members))} Teilen "
            f"(erlaubt sind höchstens {german_int(MAX_MEMBERS)}); sie ist kein Katalog",
        )
    total = 0
    for member in members:
        total += member.file_size
        packed = max(member.compress_size, 1)
        if member.file_size > _RATIO_FLOOR and member.file_size / packed > MAX_MEMBER_RATIO:
            raise _refused(
                source,
                f"Die Excel-Datei ist verdächtig stark gepackt ({member.filename}: "
                f"{german_int(member.file_size // (1024 * 1024))} MB aus "
                f"{german_int(max(packed // 1024, 1))} KB) und wird nicht geöffnet "
                "(möglicherweise eine „ZIP-Bombe“)",
            )
    if total > MAX_UNCOMPRESSED_BYTES:
        raise _refused(
            source,
            f"Die Excel-Datei ist entpackt {german_int(total // (1024 * 1024))} MB groß "
            f"(erlaubt sind höchstens {german_int(MAX_UNCOMPRESSED_BYTES // (1024 * 1024))} MB); "
            "bitte den Katalog auf das Nötige kürzen oder als CSV speichern",
        )


def check_sheets(data: bytes, source: str) -> None:
    """Refuse a worksheet with a row wider or more rows than Excel allows, before it is parsed.

    The sheets' XML is unpacked in pieces of 256 KB and only counted (bytes, no XML parser), so
    this takes about a second per 100 MB unpacked and little memory.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            for member in archive.infolist():
                name = member.filename
                if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                    with archive.open(member) as stream:
                        _check_sheet_xml(stream, source)
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError) as exc:
        raise not_an_xlsx(source, data) from exc  # packed data that does not unpack


def _check_sheet_xml(stream: IO[bytes], source: str) -> None:
    rows = 0
    cells = 0  # in the current row
    row_number = 0
    carry = b""
    while True:
        chunk = stream.read(_SCAN_CHUNK)
        text = carry + chunk
        if chunk:  # keep a tag that may be cut in two for the next piece
            cut = text.rfind(b"<", max(len(text) - 16, 0))
            text, carry = (text[:cut], text[cut:]) if cut >= 0 else (text, b"")
        else:
            carry = b""
        starts = _ROW_START.findall(text)
        if cells + _count_cells(text) <= MAX_ROW_CELLS:  # no row of this piece is too wide
            if starts:
                rows += len(starts)
                last = text.rfind(starts[-1])
                found = _ROW_NUMBER.search(text, last, last + 200)
                row_number = int(found.group(1)) if found else rows
                cells = _count_cells(text[last:])
            else:
                cells += _count_cells(text)
        else:
            pieces = _ROW_START.split(text)
            cells += _count_cells(pieces[0])
            for piece in pieces[1:]:
                _check_row(cells, row_number, source)
                rows += 1
                found = _ROW_NUMBER.search(piece, 0, 200)
                row_number = int(found.group(1)) if found else rows
                cells = _count_cells(piece)
        _check_row(cells, row_number, source)
        if rows > MAX_SHEET_ROWS:
            raise _refused(
                source,
                f"Die Excel-Datei hat mehr als {german_int(MAX_SHEET_ROWS)} Zeilen – mehr, als "
                "Excel erlaubt; sie ist kein Katalog",
            )
        if not chunk:
            return


def _count_cells(xml: bytes) -> int:
    return sum(xml.count(start) for start in _CELL_STARTS)


def _check_row(cells: int, row_number: int, source: str) -> None:
    if cells > MAX_ROW_CELLS:
        raise CatalogueImportError(
            [
                ImportIssue(
                    source,
                    row_number,
                    "",
                    f"Die Zeile hat mehr als {german_int(MAX_ROW_CELLS)} Zellen – mehr, als "
                    "Excel erlaubt; die Datei ist kein Katalog",
                )
            ]
        )


def _refused(source: str, message: str) -> CatalogueImportError:
    return CatalogueImportError([ImportIssue(source, 0, "", message)])


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
