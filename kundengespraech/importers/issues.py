"""Problems of an import file, each located by line (or sheet and row) and column."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ImportIssue:
    """One problem of an import file, located for the person who has to fix it.

    ``line`` is the physical line of a CSV file or the row number Excel shows (0: the whole
    file); ``sheet`` names the worksheet of an Excel file.
    """

    source: str
    line: int
    column: str
    message: str
    sheet: str = ""

    @property
    def place(self) -> str:
        """Where in the file, without the file name: "Blatt „Autos“, Zeile 5" or "Zeile 5"."""
        parts = []
        if self.sheet:
            parts.append(f"Blatt „{self.sheet}“")
        if self.line > 0:
            parts.append(f"Zeile {self.line}")
        return ", ".join(parts)

    def __str__(self) -> str:
        where = ", ".join(part for part in (self.source, self.place) if part)
        if self.column:
            where += f", Spalte „{self.column}“"
        return f"{where}: {self.message}"


class CatalogueImportError(Exception):
    """A catalogue file that imports nothing; ``errors`` lists every problem found."""

    def __init__(self, errors: list[ImportIssue]) -> None:
        self.errors = errors
        lines = "\n".join(str(issue) for issue in errors)
        super().__init__(f"Der Katalog wurde nicht importiert ({len(errors)} Fehler):\n{lines}")
