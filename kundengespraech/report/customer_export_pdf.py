"""The readable copy of everything stored about one customer (DSGVO Art. 15) as PDF bytes.

The text arrives ready-made (:class:`ExportDocument`); this module only lays it out, in the
style of the conversation record: dealer header and footer, "Seite X von Y", a heading per
section, label/value tables. Rows may break across pages and every word wraps, so notes of
any length fit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer
from reportlab.platypus.tables import Table

from kundengespraech.report.flow import markup, table
from kundengespraech.report.fonts import register_fonts
from kundengespraech.report.page import (
    BODY_WIDTH,
    PageDecoration,
    build_pages,
)
from kundengespraech.report.sheet_data import DealerProfile
from kundengespraech.report.styles import MUTED, RULE, make_styles

TITLE = "Auskunft über Ihre gespeicherten Daten"
LABEL_W = 45 * mm
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass(frozen=True, slots=True)
class ExportEntry:
    """One item of a section: a title line (may be empty) and label/value rows.

    ``indent`` sets it in below the entry before (the answer pages of a conversation)."""

    title: str
    rows: tuple[tuple[str, str], ...] = ()
    indent: bool = False


@dataclass(frozen=True, slots=True)
class ExportSection:
    heading: str
    entries: tuple[ExportEntry, ...]
    empty: str = "keine"


@dataclass(frozen=True, slots=True)
class ExportDocument:
    """The whole readable export, German text throughout."""

    dealer: DealerProfile
    customer_name: str
    created: datetime
    intro: str
    sections: tuple[ExportSection, ...]


def clean(text: str) -> str:
    """User text as Paragraph markup (:func:`flow.markup`), control characters and lone
    surrogates removed first."""
    text = text.encode("utf-8", "replace").decode("utf-8").replace("\t", " ")
    return markup(_CONTROL.sub("", text))


class CustomerExportRenderer:
    """Renders one :class:`ExportDocument`."""

    def __init__(self, doc: ExportDocument) -> None:
        self.doc = doc
        register_fonts()
        self.styles = make_styles(doc.dealer.accent_color)
        base = self.styles.body
        self.small = ParagraphStyle(
            "small", parent=base, fontSize=8, leading=10.5, spaceAfter=0, splitLongWords=1
        )
        self.muted = ParagraphStyle("muted", parent=self.small, textColor=MUTED)

    def render(self) -> bytes:
        name = clean(self.doc.customer_name)
        return build_pages(
            self._story(),
            PageDecoration(self.doc.dealer, self.styles.accent),
            template_id="export",
            title=TITLE,
            author=self.doc.dealer.name,
            subject=f"{TITLE} – {name}" if name else TITLE,
        )

    def _story(self) -> list[Flowable]:
        st = self.styles
        story: list[Flowable] = [Paragraph(escape(TITLE), st.title)]
        if self.doc.customer_name.strip():
            story.append(Paragraph(clean(self.doc.customer_name), st.for_whom))
        story.append(Paragraph(clean(self.doc.intro), st.body))
        for section in self.doc.sections:
            story.append(Paragraph(clean(section.heading), st.heading))
            if not section.entries:
                story.append(Paragraph(clean(section.empty), self.muted))
            for entry in section.entries:
                story += self._entry(entry)
        return story

    def _entry(self, entry: ExportEntry) -> list[Flowable]:
        flow: list[Flowable] = []
        indent = 6 * mm if entry.indent else 0
        if entry.title.strip():
            style = ParagraphStyle(
                "entry", parent=self.styles.subheading, leftIndent=indent, spaceBefore=3
            )
            flow.append(Paragraph(clean(entry.title), style))
        if entry.rows:
            flow.append(self._rows(entry.rows, indent))
        flow.append(Spacer(1, 2))
        return flow

    def _rows(self, rows: tuple[tuple[str, str], ...], indent: float) -> Table:
        cells = [
            [Paragraph(clean(label), self.muted), Paragraph(clean(value) or "–", self.small)]
            for label, value in rows
        ]
        width = BODY_WIDTH - indent
        result = table(
            cells,
            [LABEL_W, width - LABEL_W],
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ("LEFTPADDING", (0, 0), (-1, -1), 2),
            split_in_row=True,
        )
        result.hAlign = "RIGHT"
        return result


def render_customer_export(doc: ExportDocument) -> bytes:
    """The readable export as PDF bytes."""
    return CustomerExportRenderer(doc).render()
