"""Colours and paragraph styles of the recommendation sheet: calm grey text, one accent."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
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
    for_whom: ParagraphStyle
    date: ParagraphStyle
    body: ParagraphStyle
    wishes: ParagraphStyle
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
    caption: ParagraphStyle


def make_styles(accent_hex: str) -> SheetStyles:
    """The stylesheet for one dealer's accent colour (fonts must be registered)."""
    accent = accent_color(accent_hex)
    base = ParagraphStyle(
        "base",
        fontName=FONT_REGULAR,
        bulletFontName=FONT_REGULAR,
        fontSize=8.5,
        bulletFontSize=8.5,
        leading=11,
        textColor=TEXT,
    )

    def style(name: str, **kw: object) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kw)

    return SheetStyles(
        accent=accent,
        accent_light=tint(accent, 0.09),
        title=style("title", fontName=FONT_BOLD, fontSize=15.5, leading=19, textColor=accent),
        for_whom=style("for_whom", fontSize=10.5, leading=13, alignment=TA_RIGHT),
        date=style("date", fontSize=8.5, leading=11, textColor=MUTED, alignment=TA_RIGHT),
        body=style("body", spaceAfter=3),
        wishes=style("wishes", fontSize=8.2, leading=10.8, spaceBefore=4, spaceAfter=2),
        heading=style(
            "heading",
            fontName=FONT_BOLD,
            fontSize=11,
            leading=14,
            textColor=accent,
            spaceBefore=6,
            spaceAfter=2.5,
            keepWithNext=1,
        ),
        subheading=style(
            "subheading", fontName=FONT_BOLD, fontSize=8.5, leading=11, spaceAfter=1, keepWithNext=1
        ),
        bullet=style(
            "bullet", fontSize=8, bulletFontSize=8, leftIndent=10, bulletIndent=0, leading=9.5
        ),
        vehicle_title=style("vehicle_title", fontName=FONT_BOLD, fontSize=10.5, leading=13),
        vehicle_price=style(
            "vehicle_price", fontName=FONT_BOLD, fontSize=10.5, leading=13, alignment=TA_RIGHT
        ),
        vehicle_meta=style("vehicle_meta", fontSize=8, leading=10.5, textColor=MUTED),
        vehicle_match=style(
            "vehicle_match", fontSize=8.5, leading=11, textColor=accent, alignment=TA_RIGHT
        ),
        fact_label=style("fact_label", fontSize=7.5, leading=8.5, textColor=MUTED),
        fact_value=style("fact_value", fontSize=7.5, leading=8.5),
        contact=style("contact", fontSize=8.2, leading=11),
        fine_print=style("fine_print", fontSize=6.5, leading=8.2, textColor=MUTED, spaceBefore=1.5),
        caption=style("caption", fontSize=6.5, leading=8, textColor=MUTED, alignment=TA_CENTER),
    )
