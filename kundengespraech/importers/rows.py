"""Checking a catalogue table row by row, whatever file it came from; every problem is kept."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from kundengespraech.domain.catalogue import COLUMNS, REQUIRED_COLUMNS, Vehicle
from kundengespraech.importers.cells import CellError, german_int, unneutralise
from kundengespraech.importers.columns import (
    PARSERS,
    TEXT_COLUMNS,
    TYPED_PARSERS,
    Parser,
    TypedParser,
    shown,
)
from kundengespraech.importers.issues import (
    MAX_ISSUES,
    CatalogueImportError,
    ImportIssue,
    echo,
)

# Control characters (NUL and friends) in a text cell: a database may refuse them.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

IGNORE = ""
"""``column_map`` target of a column the user chose not to import."""
KEEP = None
"""``column_map`` target of a column kept with each vehicle as an extra column (its default)."""

MISSING_COLUMN = "Pflichtspalte fehlt"

_CHECK, _TEXT, _EXTRA, _SKIP = range(4)
_UNREAD = object()

ColumnMap = Mapping[str, str | None]
"""File header (any case) → contract column, ``IGNORE`` or ``KEEP``."""


@dataclass(frozen=True, slots=True)
class ParsedCatalogue:
    """A catalogue file read completely: its vehicles, or the problems that stop its import."""

    source: str
    vehicles: tuple[Vehicle, ...]
    lines: tuple[int, ...]  # line (CSV) or row (Excel) of each vehicle
    issues: tuple[ImportIssue, ...]
    row_count: int  # rows with data, whether faulty or not
    headers: tuple[str, ...]  # as written in the file
    column_headers: Mapping[str, str] = field(default_factory=dict)  # contract column → header
    sheet: str = ""
    more_issues: int = 0  # problems found beyond the first MAX_ISSUES, counted only

    @property
    def ok(self) -> bool:
        return not self.issues

    @property
    def issue_count(self) -> int:
        """Every problem found, also those beyond the ones kept."""
        return len(self.issues) + self.more_issues

    def vehicles_or_raise(self) -> list[Vehicle]:
        """The vehicles; raises ``CatalogueImportError`` if there is any problem."""
        if self.issues:
            raise CatalogueImportError(list(self.issues), self.more_issues)
        return list(self.vehicles)


def check_column_map(column_map: ColumnMap) -> dict[str, str | None]:
    """The map with its headers folded; ``ValueError`` for a target that is no contract column."""
    unknown = {t for t in column_map.values() if t not in (IGNORE, KEEP) and t not in COLUMNS}
    if unknown:
        raise ValueError(f"column_map names no contract column: {sorted(map(str, unknown))}")
    return {name.strip().lower(): target for name, target in column_map.items()}


def clean_header(raw: object) -> str:
    """A header cell as written, without surrounding space and byte order mark."""
    return "" if raw is None else str(raw).strip().strip("\ufeff").strip()


MAX_ROWS = 100_000
"""Vehicle rows of one file. A dealership's catalogue has hundreds or thousands; 100,000 import
in well under 30 s and 600 MB. Reading stops at the first row beyond."""

MAX_CELL_CHARS = 131_072
"""Characters of one cell (the CSV reader's own limit; Excel allows 32,767)."""

MAX_COLUMNS = 300
"""More columns than any catalogue has (contract 2 has 30): a larger header is not a catalogue."""


def check_column_count(count: int, source: str, line: int, sheet: str = "") -> None:
    """Refuse a header of more than :data:`MAX_COLUMNS` columns before anything is read."""
    if count > MAX_COLUMNS:
        raise CatalogueImportError(
            [
                ImportIssue(
                    source,
                    line,
                    "",
                    f"Die Kopfzeile hat {german_int(count)} Spalten; ein Katalog hat "
                    f"höchstens {MAX_COLUMNS}. Bitte prüfen Sie, ob die richtige Datei "
                    "gewählt ist",
                    sheet,
                )
            ]
        )


class RowReader:
    """One read of one table: the header first, then rows; collects issues instead of stopping."""

    def __init__(self, source: str, column_map: ColumnMap, sheet: str = "") -> None:
        self.source = source
        self.sheet = sheet
        self.column_map = check_column_map(column_map)
        self.decimal_comma = False
        self.issues: list[ImportIssue] = []
        self.more_issues = 0  # beyond MAX_ISSUES: counted, not kept
        self.headers: tuple[str, ...] = ()
        # Per file column: contract column ("" if none), header as written, its parsers (None:
        # not a contract column, or a text column whose value is the text), what to do with a
        # value (_CHECK, _TEXT, _EXTRA, _SKIP), its 1-based position, and the values of the
        # texts read so far (most cells repeat: makes, seats, years, yes/no; values are immutable).
        self._columns: list[
            tuple[str, str, Parser | None, TypedParser | None, int, int, dict[str, Any]]
        ] = []
        self._present: dict[str, str] = {}
        self._required_present: tuple[tuple[str, str], ...] = ()
        self._id_header = ""
        self._first_line_of_id: dict[str, int] = {}
        self._vehicles: list[Vehicle] = []
        self._lines: list[int] = []
        self._row_count = 0

    def issue(self, line: int, column: str, message: str) -> None:
        if len(self.issues) < MAX_ISSUES:
            self.issues.append(ImportIssue(self.source, line, column, message, self.sheet))
        else:
            self.more_issues += 1

    def take(self, error: CatalogueImportError) -> None:
        """The problems of an error that ended the reading (they replace those found so far)."""
        self.issues = list(error.errors[:MAX_ISSUES])
        self.more_issues = error.count - len(self.issues)

    def read_header(self, line: int, header: Sequence[object]) -> None:
        check_column_count(len(header), self.source, line, self.sheet)
        seen: dict[str, int] = {}
        self.headers = tuple(clean_header(raw) for raw in header)
        for position, name in enumerate(self.headers, start=1):
            folded = name.lower()
            default = folded if folded in COLUMNS else KEEP
            column = self.column_map.get(folded, default) if name else KEEP
            if name and column == KEEP and folded in COLUMNS:
                self.issue(
                    line,
                    name,
                    "Eine Zusatzspalte darf nicht wie eine Katalogspalte heißen; "
                    "bitte zuordnen oder nicht übernehmen",
                )
            key = column or folded
            if name and column != IGNORE and key in seen:
                self.issue(line, name, f"Spalte kommt doppelt vor (schon Spalte {seen[key]})")
            elif name and column != IGNORE:
                seen[key] = position
            if not column:
                kind = _EXTRA if column is KEEP else _SKIP
            else:
                kind = _TEXT if column in TEXT_COLUMNS else _CHECK
            parser = PARSERS[column] if column else None
            typed = TYPED_PARSERS[column] if column else None
            self._columns.append((column or "", name, parser, typed, kind, position, {}))
        for required in REQUIRED_COLUMNS:
            if required not in seen:
                self.issue(line, required, MISSING_COLUMN)
        self._present = {column: name for column, name, *_ in self._columns if column}
        self._required_present = tuple(
            (column, self._present[column])
            for column in REQUIRED_COLUMNS
            if column in self._present
        )
        self._id_header = self._present.get("id", "")

    def read_rows(self, rows: Iterable[tuple[int, Sequence[Any]]]) -> None:
        for line, row in rows:
            self.read_row(line, row)

    def read_row(self, line: int, row: Sequence[Any]) -> None:
        """Check one row with data; a row free of problems becomes a vehicle.

        Raises ``CatalogueImportError`` (reading stops) at the first row beyond
        :data:`MAX_ROWS`.
        """
        if self._row_count >= MAX_ROWS:
            too_many = ImportIssue(
                self.source,
                line,
                "",
                f"Die Datei hat mehr als {german_int(MAX_ROWS)} Fahrzeugzeilen; ein Katalog hat "
                f"höchstens {german_int(MAX_ROWS)}. Bitte die Datei aufteilen",
                self.sheet,
            )
            raise CatalogueImportError([too_many, *self.issues], self.more_issues)
        self._row_count += 1
        values: dict[str, Any] = {}
        extra: dict[str, str] = {}
        failed: set[str] = set()
        decimal_comma = self.decimal_comma
        for raw, (column, name, parser, typed, kind, position, known) in zip(
            row, self._columns, strict=False
        ):
            if raw is None or raw == "":
                continue
            if raw.__class__ is str:
                text = raw.strip()
                if not text:
                    continue
                if len(text) > MAX_CELL_CHARS:
                    self.issue(
                        line,
                        name or f"Nr. {position}",
                        f"Die Zelle ist länger als {german_int(MAX_CELL_CHARS)} Zeichen",
                    )
                    failed.add(column)
                    continue
                if kind == _TEXT:
                    if _CONTROL.search(text):
                        self.issue(line, name, "enthält ein unzulässiges Steuerzeichen")
                        failed.add(column)
                    else:
                        values[column] = unneutralise(text)
                    continue
                value = known.get(text, _UNREAD)
                if value is not _UNREAD:
                    values[column] = value
                    continue
            else:
                text = ""
            if parser is None or typed is None:
                if not name:
                    self.issue(line, f"Nr. {position}", "Wert in einer Spalte ohne Überschrift")
                elif kind == _EXTRA:
                    extra[name] = unneutralise(text) if text else shown(raw)
                continue
            try:
                if text:
                    values[column] = known[text] = parser(text, decimal_comma)
                else:
                    values[column] = typed(raw)
            except CellError as error:
                failed.add(column)
                self.issue(line, name, error.message)
        width = len(self._columns)
        if len(row) > width:
            for position in range(width, len(row)):
                raw = row[position]
                if raw is not None and (raw.__class__ is not str or raw.strip()):
                    self.issue(
                        line, f"Nr. {position + 1}", "Zeile hat mehr Zellen als die Kopfzeile"
                    )
                    break
        for required, name in self._required_present:
            if required not in values and required not in failed:
                self.issue(line, name, "Angabe fehlt (Pflichtfeld)")
        identifier = values.get("id")
        if identifier is not None:
            first = self._first_line_of_id.setdefault(identifier, line)
            if first != line:
                self.issue(
                    line,
                    self._id_header,
                    f"Kennung „{echo(identifier)}“ gibt es schon in Zeile {first}",
                )
        if self.issues:
            return
        self._vehicles.append(Vehicle(**values, extra=extra))
        self._lines.append(line)

    def result(self) -> ParsedCatalogue:
        if not self.issues and not self._row_count:
            self.issue(0, "", "Die Datei enthält keine Fahrzeuge")
        failed = bool(self.issues)
        return ParsedCatalogue(
            source=self.source,
            vehicles=() if failed else tuple(self._vehicles),
            lines=() if failed else tuple(self._lines),
            issues=tuple(self.issues),
            row_count=self._row_count,
            headers=self.headers,
            column_headers=dict(self._present),
            sheet=self.sheet,
            more_issues=self.more_issues,
        )
