"""Catalogue CSV (contract 2): read with every error reported, all-or-nothing; write exactly."""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from kundengespraech.domain.catalogue import (
    BODY_TYPE_LABELS,
    BODY_TYPES,
    COLUMNS,
    CONDITIONS,
    POWERTRAIN_LABELS,
    POWERTRAINS,
    REQUIRED_COLUMNS,
    TOW_BAR,
    Vehicle,
)
from kundengespraech.importers import cells
from kundengespraech.importers.cells import CellError

TEXT_COLUMNS = ("id", "make", "model", "variant", "image", "notes")

# Plausible ranges (low, high), both inclusive; a price must be strictly above its low.
INT_RANGES = {
    "year": (1950, 2100),
    "mileage_km": (0, 2_000_000),
    "seats": (1, 9),
    "isofix": (0, 9),
    "trunk_l": (0, 10_000),
    "trunk_max_l": (0, 10_000),
    "towing_kg": (0, 20_000),
    "range_km": (0, 2000),
    "co2_g_km": (0, 1000),
    "power_kw": (1, 2000),
    "top_speed_kmh": (30, 500),
    "ncap_stars": (0, 5),
    "length_mm": (1000, 10_000),
}
FLOAT_RANGES = {
    "consumption_l_100km": (0, 50),
    "consumption_kwh_100km": (0, 100),
    "accel_0_100_s": (1, 60),
}
PRICE_RANGE = (0, 10_000_000)

_YES_NO_ALIASES = {"ja": "yes", "true": "yes", "1": "yes", "nein": "no", "false": "no", "0": "no"}
CHOICES: dict[str, tuple[tuple[str, ...], dict[str, str]]] = {
    "body_type": (
        BODY_TYPES,
        {
            **{label.lower(): key for key, label in BODY_TYPE_LABELS.items()},
            "pick-up": "pickup",
            "coupé": "coupe",
            "kombi": "estate",
            "cabriolet": "convertible",
            "kleinbus": "van",
            "minivan": "van",
        },
    ),
    "condition": (
        CONDITIONS,
        {"neu": "new", "neuwagen": "new", "gebraucht": "used", "gebrauchtwagen": "used"},
    ),
    "powertrain": (
        POWERTRAINS,
        {
            **{label.lower(): key for key, label in POWERTRAIN_LABELS.items()},
            "benzin": "petrol",
            "plug-in": "phev",
            "bev": "ev",
            "electric": "ev",
            "elektrisch": "ev",
        },
    ),
    "tow_bar": (TOW_BAR, {**_YES_NO_ALIASES, "optional": "optional", "wahlweise": "optional"}),
}

Parser = Callable[[str, bool], Any]


@dataclass(frozen=True, slots=True)
class ImportIssue:
    """One problem of an import file, located for the person who has to fix it."""

    source: str
    line: int
    column: str
    message: str

    def __str__(self) -> str:
        where = self.source if self.line <= 0 else f"{self.source}, Zeile {self.line}"
        if self.column:
            where += f", Spalte „{self.column}“"
        return f"{where}: {self.message}"


class CatalogueImportError(Exception):
    """A catalogue file that imports nothing; ``errors`` lists every problem found."""

    def __init__(self, errors: list[ImportIssue]) -> None:
        self.errors = errors
        lines = "\n".join(str(issue) for issue in errors)
        super().__init__(f"Der Katalog wurde nicht importiert ({len(errors)} Fehler):\n{lines}")


def read_catalogue(
    data: bytes, source: str = "<Datei>", *, column_map: Mapping[str, str] | None = None
) -> list[Vehicle]:
    """Every vehicle of a catalogue CSV, or ``CatalogueImportError`` naming every error.

    ``column_map`` maps header names of the file (any case) to contract columns, for files
    whose headers differ from contract 2.
    """
    text = _decode(data, source)
    return _CatalogueReader(source, column_map or {}).read(text)


def write_catalogue(vehicles: Iterable[Vehicle]) -> bytes:
    """Contract 2 exactly: UTF-8 without BOM, ",", "." decimals, extra columns last, sorted."""
    rows = list(vehicles)
    extra_columns = sorted({name for vehicle in rows for name in vehicle.extra})
    _check_extra_names(extra_columns)
    buffer = io.StringIO(newline="")
    # "\r\n" (RFC 4180): the csv module then quotes every value holding "\r" or "\n".
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow((*COLUMNS, *extra_columns))
    for vehicle in rows:
        writer.writerow(
            (
                *(cells.format_cell(getattr(vehicle, name)) for name in COLUMNS),
                *(vehicle.extra.get(name, "") for name in extra_columns),
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


def _decode(data: bytes, source: str) -> str:
    """UTF-8 with or without BOM, else Windows-1252 (what German Excel writes)."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise CatalogueImportError(
            [
                ImportIssue(
                    source, 0, "", "Die Datei ist UTF-16-kodiert; bitte als „CSV UTF-8“ speichern"
                )
            ]
        )
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
        encodings: tuple[str, ...] = ("utf-8",)
    else:
        encodings = ("utf-8", "cp1252")
    for encoding in encodings:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError as exc:
            error = exc
    line = data.count(b"\n", 0, error.start) + 1
    raise CatalogueImportError(
        [
            ImportIssue(
                source,
                line,
                "",
                "Die Datei enthält Zeichen, die weder UTF-8 noch Windows-1252 sind",
            )
        ]
    )


def _sniff_delimiter(first_line: str) -> str:
    """ ";" for German spreadsheets, "," otherwise, judged by the header outside quotes."""
    unquoted = re.sub(r'"[^"]*"', "", first_line)
    return ";" if unquoted.count(";") > unquoted.count(",") else ","


def _parser(column: str) -> Parser:
    """How one contract column turns its (non-empty, stripped) text into a value."""
    if column in TEXT_COLUMNS:
        return lambda text, _comma: text
    if column in CHOICES:
        allowed, aliases = CHOICES[column]
        return lambda text, _comma: cells.parse_choice(text, allowed, aliases)
    if column in ("roof_rails", "awd"):
        return lambda text, _comma: cells.parse_bool(text)
    if column == "assist":
        return lambda text, _comma: cells.parse_assist(text)
    if column == "price_eur":
        return _ranged(cells.parse_money, *PRICE_RANGE, low_exclusive=True)
    if column in FLOAT_RANGES:
        return _ranged(cells.parse_float, *FLOAT_RANGES[column])
    return _ranged(cells.parse_int, *INT_RANGES[column])


def _ranged(
    parse: Callable[..., Any], low: int, high: int, *, low_exclusive: bool = False
) -> Parser:
    def parse_checked(text: str, decimal_comma: bool) -> Any:
        value = parse(text, decimal_comma=decimal_comma)
        cells.check_range(
            text, value, low, high, decimal_comma=decimal_comma, low_exclusive=low_exclusive
        )
        return value

    return parse_checked


PARSERS: dict[str, Parser] = {column: _parser(column) for column in COLUMNS}


class _CatalogueReader:
    """One read of one file: collects issues instead of stopping at the first."""

    def __init__(self, source: str, column_map: Mapping[str, str]) -> None:
        unknown = set(column_map.values()) - set(COLUMNS)
        if unknown:
            raise ValueError(f"column_map names no contract column: {sorted(unknown)}")
        self.source = source
        self.column_map = {name.strip().lower(): target for name, target in column_map.items()}
        self.issues: list[ImportIssue] = []
        self.decimal_comma = False
        # Per file column: (contract column or None for an extra column, header as written).
        self.columns: list[tuple[str | None, str]] = []

    def issue(self, line: int, column: str, message: str) -> None:
        self.issues.append(ImportIssue(self.source, line, column, message))

    def read(self, text: str) -> list[Vehicle]:
        rows = self._rows(text)
        vehicles: list[Vehicle] = []
        if rows:
            header_line, header = rows[0]
            self._read_header(header_line, header)
            first_line_of_id: dict[str, int] = {}
            for line, row in rows[1:]:
                vehicle = self._read_row(line, row, first_line_of_id)
                if vehicle is not None:
                    vehicles.append(vehicle)
        if not self.issues and not vehicles:
            self.issue(0, "", "Die Datei enthält keine Fahrzeuge")
        if self.issues:
            raise CatalogueImportError(self.issues)
        return vehicles

    def _rows(self, text: str) -> list[tuple[int, list[str]]]:
        """Non-empty rows with the physical line each starts on (header first)."""
        lines = text.splitlines()
        first = next((line for line in lines if line.strip()), "")
        explicit = re.fullmatch(r'"?sep=(.)"?,*;*', first.strip(), re.IGNORECASE)  # Excel hint
        delimiter = explicit.group(1) if explicit else _sniff_delimiter(first)
        self.decimal_comma = delimiter == ";"
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
        rows: list[tuple[int, list[str]]] = []
        line_before = 0
        try:
            for row in reader:
                start, line_before = line_before + 1, reader.line_num
                if any(cell.strip() for cell in row):
                    rows.append((start, row))
        except csv.Error:
            self.issue(
                line_before + 1,
                "",
                "Anführungszeichen ist nicht richtig geschlossen; "
                "die Zeile kann nicht gelesen werden",
            )
            raise CatalogueImportError(self.issues) from None
        return rows[1:] if explicit else rows

    def _read_header(self, line: int, header: list[str]) -> None:
        seen: dict[str, int] = {}
        for position, raw in enumerate(header, start=1):
            name = raw.strip().strip("\ufeff").strip()
            folded = name.lower()
            column = self.column_map.get(folded, folded if folded in COLUMNS else None)
            key = column or folded
            if name and key in seen:
                self.issue(line, name, f"Spalte kommt doppelt vor (schon Spalte {seen[key]})")
            elif name:
                seen[key] = position
            self.columns.append((column, name))
        for required in REQUIRED_COLUMNS:
            if required not in seen:
                self.issue(line, required, "Pflichtspalte fehlt")

    def _read_row(
        self, line: int, row: list[str], first_line_of_id: dict[str, int]
    ) -> Vehicle | None:
        values: dict[str, Any] = {}
        failed: set[str] = set()
        extra: dict[str, str] = {}
        for position, raw in enumerate(row):
            text = raw.strip()
            if not text:
                continue
            if position >= len(self.columns):
                self.issue(line, f"Nr. {position + 1}", "Zeile hat mehr Zellen als die Kopfzeile")
                break
            column, name = self.columns[position]
            if not name:
                self.issue(line, f"Nr. {position + 1}", "Wert in einer Spalte ohne Überschrift")
            elif column is None:
                extra[name] = text
            else:
                try:
                    values[column] = PARSERS[column](text, self.decimal_comma)
                except CellError as error:
                    failed.add(column)
                    self.issue(line, name, error.message)
        present = {column: name for column, name in self.columns if column}
        for required in REQUIRED_COLUMNS:
            if required in present and required not in values and required not in failed:
                self.issue(line, present[required], "Angabe fehlt (Pflichtfeld)")
        identifier = values.get("id")
        if identifier is not None:
            if identifier in first_line_of_id:
                self.issue(
                    line,
                    present["id"],
                    f"Kennung „{identifier}“ gibt es schon in Zeile {first_line_of_id[identifier]}",
                )
            else:
                first_line_of_id[identifier] = line
        if self.issues:
            return None
        return Vehicle(**values, extra=extra)
