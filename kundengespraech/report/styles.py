"""Colours and paragraph styles of the recommendation sheet: calm grey text, one accent."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

from kundengespraech.report.fonts import FONT_BOLD, FONT_REGULAR

DEFAULT_ACCENT = "#1F4E79"
INSET = 6  # points: text inside a vehicle block starts this far right of its edge
TEXT = colors.HexColor("#222222")
MUTED = colors.HexColor("#666666")
RULE = colors.HexColor("#D0D4D9")


def accent_color(hex_color: str) -> colors.Color:
    """The dealer's ``#RRGGBB`` colour; a value reportlab cannot read gives the default."""
    try:
        return colors.HexColor(hex_color)
    except (ValueError, TypeError, IndexError):
        return colors.HexColor(DEFAULT_ACCENT)


def tint(color: colors.Color, strength: float) -> colors.Color:
    """``color`` mixed with white: ``strength`` 0 is white, 1 the colour itself."""
    return colors.Color(
        1 - (1 - color.red) * strength,
        1 - (1 - color.green) * strength,
        1 - (1 - color.blue) * strength,
    )


@dataclass(frozen=True, slots=True)
class SheetStyles:
    """Every paragraph style of the sheet, plus the colours the tables use."""

    accent: colors.Color
    accent_light: colors.Color
    title: ParagraphStyle
    subtitle: ParagraphStyle
    date: ParagraphStyle
    body: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    bullet: ParagraphStyle
    vehicle_title: ParagraphStyle
    vehicle_price: ParagraphStyle
    vehicle_meta: ParagraphStyle
    vehicle_match: ParagraphStyle
    fact_label: ParagraphStyle
    fact_value: ParagraphStyle
    contact: ParagraphStyle
    fine_print: ParagraphStyle


def make_styles(accent_hex: str) -> SheetStyles:
    """The stylesheet for one dealer's accent colour (fonts must be registered)."""
    accent = accent_color(accent_hex)
    base = ParagraphStyle(
        "base",
        fontName=FONT_REGULAR,
        bulletFontName=FONT_REGULAR,
        fontSize=9.5,
        bulletFontSize=9.5,
        leading=13,
        textColor=TEXT,
    )

    def style(name: str, **kw: object) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kw)

    return SheetStyles(
        accent=accent,
        accent_light=tint(accent, 0.09),
        title=style("title", fontName=FONT_BOLD, fontSize=19, leading=24, textColor=accent),
        subtitle=style("subtitle", fontSize=12, leading=16, spaceBefore=2),
        date=style("date", fontSize=9, textColor=MUTED, spaceBefore=1, spaceAfter=10),
        body=style("body", spaceAfter=4),
        heading=style(
            "heading",
            fontName=FONT_BOLD,
            fontSize=12.5,
            leading=16,
            textColor=accent,
            spaceBefore=10,
            spaceAfter=4,
            keepWithNext=1,
        ),
        subheading=style(
            "subheading",
            fontName=FONT_BOLD,
            leftIndent=INSET,
            spaceBefore=6,
            spaceAfter=1.5,
            keepWithNext=1,
        ),
        bullet=style("bullet", leftIndent=INSET + 12, bulletIndent=INSET, spaceAfter=1),
        vehicle_title=style("vehicle_title", fontName=FONT_BOLD, fontSize=12.5, leading=16),
        vehicle_price=style(
            "vehicle_price", fontName=FONT_BOLD, fontSize=12.5, leading=16, alignment=TA_RIGHT
        ),
        vehicle_meta=style("vehicle_meta", fontSize=9, leading=12, textColor=MUTED),
        vehicle_match=style(
            "vehicle_match", fontSize=9, leading=12, textColor=accent, alignment=TA_RIGHT
        ),
        fact_label=style("fact_label", fontSize=8.5, leading=11.5, textColor=MUTED),
        fact_value=style("fact_value", fontSize=8.5, leading=11.5),
        contact=style("contact", leading=14),
        fine_print=style("fine_print", fontSize=7.5, leading=10, textColor=MUTED, spaceBefore=14),
    )
