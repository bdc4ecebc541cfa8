"""Catalogue CSV (contract 2): read with every error reported, all-or-nothing; write exactly."""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Iterable, Iterator

from kundengespraech.domain.catalogue import COLUMNS, Vehicle
from kundengespraech.importers import cells
from kundengespraech.importers.columns import (  # noqa: F401 - part of this module's interface
    CHOICES,
    FLOAT_RANGES,
    INT_RANGES,
    PARSERS,
    PRICE_RANGE,
    TEXT_COLUMNS,
)
from kundengespraech.importers.issues import MAX_ISSUES, CatalogueImportError, ImportIssue
from kundengespraech.importers.rows import (
    ColumnMap,
    ParsedCatalogue,
    RowReader,
    check_column_count,
    clean_header,
)

__all__ = [
    "CatalogueImportError",
    "ImportIssue",
    "csv_headers",
    "parse_catalogue_csv",
    "read_catalogue",
    "write_catalogue",
]

DELIMITERS = (",", ";", "\t")
_DELIMITER_NAMES = {",": "Komma", ";": "Semikolon", "\t": "Tabulator", "|": "senkrechter Strich"}
_SAMPLE = 65536
_HEAD_BYTES = 1 << 20  # enough for the header of any catalogue
# Control characters that never occur in a text file (tab, line ends and form feed do).
_BINARY_BYTES = bytes(b for b in range(32) if b not in b"\t\n\r\x0c\x1a")


def read_catalogue(
    data: bytes, source: str = "<Datei>", *, column_map: ColumnMap | None = None
) -> list[Vehicle]:
    """Every vehicle of a catalogue CSV, or ``CatalogueImportError`` naming every error.

    ``column_map`` maps header names of the file (any case) to contract columns, for files
    whose headers differ from contract 2 (see ``rows.ColumnMap``).
    """
    return parse_catalogue_csv(data, source, column_map=column_map).vehicles_or_raise()


def parse_catalogue_csv(
    data: bytes, source: str = "<Datei>", *, column_map: ColumnMap | None = None
) -> ParsedCatalogue:
    """The whole file checked: vehicles if it is free of problems, else every problem."""
    reader = RowReader(source, column_map or {})
    try:
        text = decode(data, source)
        _read_text(reader, text)
    except CatalogueImportError as error:
        reader.take(error)
    return reader.result()


def csv_headers(data: bytes, source: str = "<Datei>") -> list[str]:
    """The header cells of a catalogue CSV as written; ``CatalogueImportError`` if unreadable."""
    head = data[:_HEAD_BYTES]
    if len(data) > _HEAD_BYTES and b"\n" in head:
        head = head[: head.rindex(b"\n") + 1]  # whole lines only: no character cut in two
    text = decode(head, source)
    for line, row, _delimiter in _rows(text, source, []):
        check_column_count(len(row), source, line)
        return [clean_header(cell) for cell in row]
    return []


def write_catalogue(vehicles: Iterable[Vehicle]) -> bytes:
    """Contract 2 exactly: UTF-8 without BOM, ",", "." decimals, extra columns last, sorted.

    Formula-like text cells (``=``, ``+``, ``-``, ``@``, tab, CR first) get a leading ``'``
    (OWASP CSV injection); the reader drops it again, so export → import round-trips.
    """
    rows = list(vehicles)
    extra_columns = sorted({name for vehicle in rows for name in vehicle.extra})
    _check_extra_names(extra_columns)
    buffer = io.StringIO(newline="")
    # "\r\n" (RFC 4180): the csv module then quotes every value holding "\r" or "\n".
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow((*COLUMNS, *extra_columns))
    format_cell = cells.format_cell
    neutralise = cells.neutralise
    for vehicle in rows:
        writer.writerow(
            (
                *(
                    neutralise(format_cell(getattr(vehicle, name)))
                    if name in TEXT_COLUMNS
                    else format_cell(getattr(vehicle, name))
                    for name in COLUMNS
                ),
                *(neutralise(vehicle.extra.get(name, "")) for name in extra_columns),
            )
        )
    return buffer.getvalue().encode("utf-8")


def _check_extra_names(names: list[str]) -> None:
    seen: set[str] = set()
    for name in names:
        folded = name.lower()
        if not name or name != name.strip() or folded in COLUMNS or folded in seen:
            raise ValueError(f"extra column name {name!r} cannot be written unambiguously")
        seen.add(folded)


def _file_problem(source: str, message: str, line: int = 0) -> CatalogueImportError:
    return CatalogueImportError([ImportIssue(source, line, "", message)])


def check_not_binary(data: bytes, source: str) -> None:
    """Refuse UTF-16, spreadsheets and other binary files with advice what to do instead."""
    if data.startswith(b"PK\x03\x04"):
        raise _file_problem(
            source, "Die Datei ist keine CSV-Datei, sondern eine gepackte Datei (z. B. Excel .xlsx)"
        )
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise _file_problem(
            source,
            "Die Datei ist im alten Excel-Format (.xls); bitte in Excel als .xlsx "
            "oder „CSV UTF-8“ speichern",
        )
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or _looks_utf16(data):
        raise _file_problem(
            source,
            "Die Datei ist UTF-16-kodiert; bitte als „CSV UTF-8“ speichern",
        )
    sample = data[:_SAMPLE]
    if sample and len(sample) - len(sample.translate(None, _BINARY_BYTES)) > len(sample) // 100:
        raise _file_problem(
            source,
            "Die Datei ist keine Textdatei (CSV), sondern binär (z. B. ein Bild, PDF oder "
            "Programm); bitte den Katalog als CSV oder Excel (.xlsx) speichern",
        )


def _looks_utf16(data: bytes) -> bool:
    """UTF-16 without byte order mark: every other byte of Latin text is zero."""
    sample = data[:_SAMPLE]
    if len(sample) < 4:
        return False
    half = len(sample) // 2
    zeros = sorted((sample[0::2].count(0), sample[1::2].count(0)))
    return zeros[1] > half * 0.6 and zeros[0] < half * 0.1


def decode(data: bytes, source: str) -> str:
    """UTF-8 with or without BOM, else Windows-1252 (what German Excel writes), line by line.

    A file that is not UTF-8 as a whole is decoded one line at a time: each line that is valid
    UTF-8 as UTF-8, every other line as Windows-1252. So a file pieced together from both
    (a UTF-8 export with lines added by an old Windows program) reads "Müller" on every line,
    never "MÃ¼ller". A line that is neither is refused with its number.
    """
    check_not_binary(data, source)
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    lines: list[str] = []
    problems: list[ImportIssue] = []
    unreadable = 0
    for number, raw in enumerate(data.split(b"\n"), start=1):
        try:
            lines.append(raw.decode("utf-8"))
            continue
        except UnicodeDecodeError:
            pass
        try:
            lines.append(raw.decode("cp1252"))
        except UnicodeDecodeError as error:
            unreadable += 1
            if len(problems) < MAX_ISSUES:
                problems.append(
                    ImportIssue(
                        source,
                        number,
                        "",
                        "Die Zeile enthält Zeichen, die weder UTF-8 noch Windows-1252 sind "
                        f"(Byte {error.start + 1} der Zeile: 0x{raw[error.start]:02X}); "
                        "bitte die Datei als „CSV UTF-8“ speichern",
                    )
                )
    if problems:
        raise CatalogueImportError(problems, unreadable - len(problems))
    return "\n".join(lines)


def _sniff_delimiter(first_line: str) -> str:
    """The most frequent of ",", ";" and tab in the header outside quotes ("," if none)."""
    unquoted = re.sub(r'"[^"]*"', "", first_line)
    return max(DELIMITERS, key=lambda d: (unquoted.count(d), -DELIMITERS.index(d)))


def _rows(
    text: str, source: str, issues: list[ImportIssue]
) -> Iterator[tuple[int, list[str], str]]:
    """Non-empty rows with the physical line each starts on (header first), and the delimiter.

    A quote that is never closed ends the rows with an issue appended to ``issues``.
    """
    first = ""
    for candidate in text.splitlines():
        if candidate.strip():
            first = candidate
            break
    explicit = re.fullmatch(r'"?sep=(.)"?,*;*', first.strip(), re.IGNORECASE)  # Excel hint
    delimiter = explicit.group(1) if explicit else _sniff_delimiter(first)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    line_before = 0
    skip = bool(explicit)
    try:
        for row in reader:
            start, line_before = line_before + 1, reader.line_num
            for cell in row:
                if cell and not cell.isspace():
                    break
            else:
                continue
            if skip:
                skip = False
                continue
            yield start, row, delimiter
    except csv.Error as exc:
        if "field larger than field limit" in str(exc):
            message = (
                f"Eine Zelle ist länger als {cells.german_int(csv.field_size_limit())} Zeichen; "
                "die Zeile kann nicht gelesen werden"
            )
        else:
            message = (
                "Anführungszeichen ist nicht richtig geschlossen; "
                "die Zeile kann nicht gelesen werden"
            )
        issues.append(ImportIssue(source, line_before + 1, "", message))


def _read_text(reader: RowReader, text: str) -> None:
    rows = _rows(text, reader.source, reader.issues)
    header_row = next(rows, None)
    if header_row is None:
        return
    header_line, header, delimiter = header_row
    reader.decimal_comma = delimiter != ","
    named = [cell for cell in header if cell.strip()]
    if len(named) == 1:
        shown = named[0].strip()
        shown = shown if len(shown) <= 60 else shown[:57] + "…"
        reader.issue(
            header_line,
            "",
            f"Trennzeichen nicht erkannt: die Kopfzeile „{shown}“ ergibt nur eine Spalte; "
            "erlaubt sind Komma, Semikolon und Tabulator",
        )
        return
    reader.read_header(header_line, header)
    others = [d for d in (*DELIMITERS, "|") if d != delimiter]
    read_row = reader.read_row
    for line, row, _ in rows:
        if len(row) == 1 and (found := next((d for d in others if d in row[0]), None)):
            reader.issue(
                line,
                "",
                "Trennzeichen nicht erkannt: die Zeile ist mit "
                f"{_DELIMITER_NAMES[found]} getrennt, die Kopfzeile mit "
                f"{_DELIMITER_NAMES[delimiter]}",
            )
            continue
        read_row(line, row)
