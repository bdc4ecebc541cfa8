"""Problems of an import file, each located by line (or sheet and row) and column."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

MAX_ISSUES = 100
"""Problems of one file that are kept and shown; the rest are only counted.

A file of 50,000 faulty rows would otherwise fill memory and screen; the first hundred show
what is wrong, and a last line says how many more there are ("… und 49.900 weitere Fehler").
"""


# C0 and C1 control characters: echoed to a terminal they could move the cursor, clear the
# screen or change colours (ANSI escapes); in messages they are shown as "\x1b".
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def echo(text: str, limit: int = 40) -> str:
    """A value from the file as a message may quote it: control characters made visible,
    at most ``limit`` characters ("…" at the end if cut)."""
    text = _CONTROL.sub(lambda found: f"\\x{ord(found.group()):02x}", text)
    return text if len(text) <= limit else text[: limit - 3] + "…"


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
            parts.append(f"Blatt „{echo(self.sheet, 60)}“")
        if self.line > 0:
            parts.append(f"Zeile {self.line}")
        return ", ".join(parts)

    def __str__(self) -> str:
        where = ", ".join(part for part in (self.source, self.place) if part)
        if self.column:
            where += f", Spalte „{echo(self.column, 60)}“"
        return f"{where}: {self.message}"


def german_count(number: int) -> str:
    """1234 → "1.234" (German thousands separator) for messages."""
    return f"{number:,}".replace(",", ".")


def more_issues_text(more: int) -> str:
    """The last line of a capped list: "… und 1.234 weitere Fehler"."""
    return f"… und {german_count(more)} {'weiterer' if more == 1 else 'weitere'} Fehler"


def issue_lines(issues: Sequence[ImportIssue], more: int = 0, indent: str = "") -> list[str]:
    """The problems as lines of text, at most :data:`MAX_ISSUES`, then how many more."""
    shown = issues[:MAX_ISSUES]
    more += len(issues) - len(shown)
    lines = [f"{indent}{issue}" for issue in shown]
    if more > 0:
        lines.append(indent + more_issues_text(more))
    return lines


class CatalogueImportError(Exception):
    """A catalogue file that imports nothing.

    ``errors`` lists the problems kept (at most :data:`MAX_ISSUES` when the reader capped
    them), ``more`` counts those found beyond; ``count`` is all of them.
    """

    def __init__(self, errors: list[ImportIssue], more: int = 0) -> None:
        self.errors = errors
        self.more = more
        lines = "\n".join(issue_lines(errors, more))
        super().__init__(
            f"Der Katalog wurde nicht importiert ({german_count(self.count)} Fehler):\n{lines}"
        )

    @property
    def count(self) -> int:
        return len(self.errors) + self.more
