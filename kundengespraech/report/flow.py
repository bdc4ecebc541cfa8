"""Small building blocks of the report flowables: escaped user text, tables in our font."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.colors import Color
from reportlab.platypus import Table, TableStyle

from kundengespraech.report.fonts import FONT_REGULAR


def markup(text: str) -> str:
    """User text as Paragraph markup: escaped, line breaks kept."""
    return "<br/>".join(escape(line) for line in text.strip().splitlines())


def hex_color(color: Color) -> str:
    """``#rrggbb`` for Paragraph markup."""
    return "#" + color.hexval()[2:]


def table(
    rows: list[list[object]],
    widths: list[float],
    *commands: tuple[object, ...],
    split_in_row: bool = False,
) -> Table:
    """A table in the report's font (reportlab's default would pull in Helvetica); with
    ``split_in_row`` a row taller than the rest of the page continues on the next."""
    result = Table(rows, colWidths=widths, splitInRow=int(split_in_row))
    result.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT_REGULAR), *commands]))
    return result


NO_PADDING: tuple[tuple[object, ...], ...] = (
    ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ("TOPPADDING", (0, 0), (-1, -1), 0),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
)
