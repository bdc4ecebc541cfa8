"""Page geometry and what every page of the sheet carries: header, footer, "Seite X von Y"."""

from __future__ import annotations

import os
from functools import partial
from io import BytesIO
from typing import Any

from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from kundengespraech.report.fonts import FONT_BOLD, FONT_REGULAR
from kundengespraech.report.language import Wording, wording
from kundengespraech.report.sheet_data import DealerProfile
from kundengespraech.report.styles import MUTED, RULE

PAGE_W, PAGE_H = A4
MARGIN_X = 20 * mm
HEADER_RULE_Y = PAGE_H - 21 * mm  # the accent line under the header
FOOTER_Y = 10 * mm  # baseline of the footer text
BODY_TOP = HEADER_RULE_Y - 4.5 * mm
BODY_BOTTOM = FOOTER_Y + 6.5 * mm
BODY_WIDTH = PAGE_W - 2 * MARGIN_X
BODY_HEIGHT = BODY_TOP - BODY_BOTTOM
LOGO_BOX = (60 * mm, 14 * mm)  # the logo is scaled to fit, keeping its proportions


def load_image(path: str) -> ImageReader | None:
    """An image the sheet may show, or ``None`` if the file is missing or unreadable: a
    broken logo or photo must never stop the sheet from printing."""
    if not path or not os.path.isfile(path):
        return None
    try:
        reader = ImageReader(path)
        reader.getSize()
    except Exception:
        return None
    return reader


class NumberedCanvas(Canvas):
    """Holds back every page until the end so that each can say "Seite X von Y" (or, with
    ``language="en"``, "Page X of Y")."""

    def __init__(self, *args: Any, language: str = "de", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._saved_page_states: list[dict[str, Any]] = []
        self._wording = wording(language)

    def showPage(self) -> None:
        self._saved_page_states.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._saved_page_states)
        for state in self._saved_page_states:
            self.__dict__.update(state)
            self.setFont(FONT_REGULAR, 7.5)
            self.setFillColor(MUTED)
            text = self._wording.text("page", page=self.getPageNumber(), pages=total)
            self.drawRightString(PAGE_W - MARGIN_X, FOOTER_Y, text)
            super().showPage()
        super().save()


class PageDecoration:
    """Draws the dealer's header (logo or name, address, phone) and the contact footer."""

    def __init__(self, dealer: DealerProfile, accent: Color, words: Wording | None = None) -> None:
        self.dealer = dealer
        self.accent = accent
        self.words = words or wording("de")
        self.logo = load_image(dealer.logo_path)

    def __call__(self, canvas: Canvas, doc: object) -> None:
        canvas.saveState()
        self._header(canvas)
        self._footer(canvas)
        canvas.restoreState()

    def _header(self, canvas: Canvas) -> None:
        dealer, right = self.dealer, PAGE_W - MARGIN_X
        base = HEADER_RULE_Y + 3.5 * mm
        if self.logo is not None:
            canvas.drawImage(
                self.logo,
                MARGIN_X,
                base - 1 * mm,
                width=LOGO_BOX[0],
                height=LOGO_BOX[1],
                preserveAspectRatio=True,
                anchor="sw",
                mask="auto",
            )
        else:
            canvas.setFont(FONT_BOLD, 15)
            canvas.setFillColor(self.accent)
            canvas.drawString(MARGIN_X, base, dealer.name)
        lines = [line for line in dealer.address_lines if line.strip()]
        if dealer.phone.strip():
            lines.append(self.words.text("phone", phone=dealer.phone))
        canvas.setFillColor(MUTED)
        canvas.setFont(FONT_REGULAR, 8)
        y = base
        for line in reversed(lines):
            canvas.drawRightString(right, y, line)
            y += 10
        if self.logo is not None:  # the name is not in the picture's place, so print it here
            canvas.setFont(FONT_BOLD, 9)
            canvas.setFillColor(self.accent)
            canvas.drawRightString(right, y + 1, dealer.name)
        canvas.setStrokeColor(self.accent)
        canvas.setLineWidth(0.8)
        canvas.line(MARGIN_X, HEADER_RULE_Y, right, HEADER_RULE_Y)

    def _footer(self, canvas: Canvas) -> None:
        dealer = self.dealer
        phone = self.words.text("phone_short", phone=dealer.phone) if dealer.phone.strip() else ""
        parts = [dealer.name, phone]
        text = "  ·  ".join(p for p in (*parts, dealer.email, dealer.website) if p.strip())
        room = BODY_WIDTH - 25 * mm  # "Seite X von Y" stands on the right
        size = 7.5
        while size > 5.5 and stringWidth(text, FONT_REGULAR, size) > room:
            size -= 0.5
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, FOOTER_Y + 4 * mm, PAGE_W - MARGIN_X, FOOTER_Y + 4 * mm)
        canvas.setFont(FONT_REGULAR, size)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN_X, FOOTER_Y, text)


def build_pages(
    story: list[Any],
    decoration: Any,
    *,
    template_id: str,
    title: str,
    author: str,
    subject: str,
    language: str = "de",
) -> bytes:
    """The PDF of ``story`` on A4 pages in the shared layout: the body frame between header
    and footer, ``decoration`` drawing both on every page, "Seite X von Y" (or "Page X of Y")."""
    buffer = BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=PAGE_H - BODY_TOP,
        bottomMargin=BODY_BOTTOM,
        title=title,
        author=author,
        subject=subject,
        creator="Kundengespräch",
        lang="en-GB" if language == "en" else "de-DE",
        displayDocTitle=True,
        initialFontName=FONT_REGULAR,
    )
    frame = Frame(MARGIN_X, BODY_BOTTOM, BODY_WIDTH, BODY_HEIGHT, 0, 0, 0, 0, id="body")
    doc.addPageTemplates([PageTemplate(id=template_id, frames=[frame], onPage=decoration)])
    doc.build(story, canvasmaker=partial(NumberedCanvas, language=language))
    return buffer.getvalue()
