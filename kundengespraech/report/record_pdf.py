"""The internal conversation record as PDF bytes: for the dealership's file, never the customer."""

from __future__ import annotations

from datetime import datetime
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
)

from kundengespraech.domain.formatting import format_datetime_long
from kundengespraech.domain.wording import plural
from kundengespraech.report.flow import NO_PADDING, hex_color, markup, table
from kundengespraech.report.fonts import FONT_BOLD, register_fonts
from kundengespraech.report.page import (
    BODY_WIDTH,
    PAGE_H,
    PAGE_W,
    PageDecoration,
    build_pages,
)
from kundengespraech.report.record_data import RecordData, RecordVehicle
from kundengespraech.report.sheet_pdf import stamp_line
from kundengespraech.report.styles import MUTED, RULE, make_styles

TITLE = "Gesprächsprotokoll"
MARKING = "Intern – nicht für den Kunden"
MARK_RED = colors.HexColor("#B3261E")
LABEL_W = 42 * mm
STATUS = {"open": "offen", "finished": "abgeschlossen"}
LANGUAGES = {"de": "Deutsch", "en": "Englisch"}


def _when(moment: datetime | None) -> str:
    """``"23.11.2026, 10:15 Uhr"`` in local time; "–" when unknown."""
    if moment is None:
        return "–"
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return f"{moment:%d.%m.%Y, %H:%M} Uhr"


class RecordDecoration(PageDecoration):
    """The dealer's header and footer, and on every page the red "internal" marking."""

    def __call__(self, canvas: Canvas, doc: object) -> None:
        super().__call__(canvas, doc)
        canvas.saveState()
        canvas.setFont(FONT_BOLD, 8.5)
        width = canvas.stringWidth(MARKING.upper(), FONT_BOLD, 8.5) + 8 * mm
        x, y = (PAGE_W - width) / 2, PAGE_H - 9 * mm
        canvas.setStrokeColor(MARK_RED)
        canvas.setFillColor(MARK_RED)
        canvas.setLineWidth(1)
        canvas.roundRect(x, y - 2 * mm, width, 6 * mm, 1.5 * mm, stroke=1, fill=0)
        canvas.drawCentredString(PAGE_W / 2, y, MARKING.upper())
        canvas.restoreState()


class RecordRenderer:
    """Renders one :class:`RecordData` in German."""

    def __init__(self, data: RecordData) -> None:
        self.data = data
        register_fonts()
        self.styles = make_styles(data.dealer.accent_color)
        base = self.styles.body
        self.small = ParagraphStyle("small", parent=base, fontSize=8, leading=10.5, spaceAfter=0)
        self.muted = ParagraphStyle("muted", parent=self.small, textColor=MUTED)
        self.label = ParagraphStyle("label", parent=self.small, textColor=MUTED)
        self.marking = ParagraphStyle(
            "marking", parent=base, fontName=FONT_BOLD, textColor=MARK_RED, alignment=2
        )

    def render(self) -> bytes:
        name = self.data.customer_name.strip()
        return build_pages(
            self._story(),
            RecordDecoration(self.data.dealer, self.styles.accent),
            template_id="record",
            title=f"{TITLE} ({MARKING})",
            author=self.data.dealer.name,
            subject=f"{TITLE} {name}".strip(),
        )

    # -- story --------------------------------------------------------------------------

    def _story(self) -> list[Flowable]:
        st = self.styles
        story: list[Flowable] = [
            table(
                [[Paragraph(TITLE, st.title), Paragraph(escape(MARKING), self.marking)]],
                [BODY_WIDTH - 70 * mm, 70 * mm],
                *NO_PADDING,
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ),
            self._facts(),
        ]
        story += self._next_step()
        story += self._text_section("Notizen aus dem Gespräch", self.data.notes)
        story += self._wishes()
        story += self._answers()
        story += self._recommended()
        story += self._excluded()
        return story

    def _heading(self, text: str) -> Paragraph:
        return Paragraph(escape(text), self.styles.heading)

    def _rows(self, rows: list[tuple[str, str]], label_w: float = LABEL_W) -> Flowable:
        cells = [
            [Paragraph(escape(label), self.label), Paragraph(markup(value) or "–", self.small)]
            for label, value in rows
        ]
        return table(
            cells,
            [label_w, BODY_WIDTH - label_w],
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ("LEFTPADDING", (0, 0), (-1, -1), 2),
        )

    def _facts(self) -> Flowable:
        d = self.data
        rows = [
            ("Kunde", d.customer_name or "–"),
            ("Gespräch", d.interview_id or "nicht gespeichert (aus Antwortdatei)"),
            ("Status", STATUS.get(d.status, d.status or "–")),
            ("Verkäufer/in", d.salesperson or "–"),
            ("Begonnen", _when(d.started)),
            ("Zuletzt geändert", _when(d.changed)),
            ("Abgeschlossen", _when(d.finished)),
            ("Protokoll erstellt", _when(d.created)),
            ("Sprache des Kundenblatts", LANGUAGES.get(d.sheet_language, d.sheet_language)),
        ]
        if d.stamp is not None:
            rows.append(("Beratungsstandard", stamp_line(d.stamp).split(": ", 1)[-1]))
        return self._rows(rows)

    def _next_step(self) -> list[Flowable]:
        step = self.data.next_step
        if step is None or not (step.text.strip() or step.due):
            return [self._heading("Nächster Schritt"), Paragraph("keiner vereinbart", self.muted)]
        rows = [("Versprochen", step.text.strip() or "–")]
        rows.append(("Bis", format_datetime_long(step.due) if step.due else "ohne Termin"))
        return [KeepTogether([self._heading("Nächster Schritt"), self._rows(rows)])]

    def _text_section(self, title: str, text: str) -> list[Flowable]:
        body = (
            Paragraph(markup(text), self.small) if text.strip() else Paragraph("keine", self.muted)
        )
        return [KeepTogether([self._heading(title), body])]

    def _bullets(self, items: tuple[str, ...], mark: str, color: str) -> list[Flowable]:
        return [
            Paragraph(f'<bullet color="{color}">{mark}</bullet>{markup(i)}', self.styles.bullet)
            for i in items
            if i.strip()
        ]

    def _wishes(self) -> list[Flowable]:
        if not self.data.wishes:
            return []
        accent = hex_color(self.styles.accent)
        return [self._heading("Erkannte Wünsche"), *self._bullets(self.data.wishes, "•", accent)]

    def _answers(self) -> list[Flowable]:
        story: list[Flowable] = [self._heading("Alle Antworten")]
        if not self.data.sections:
            return [*story, Paragraph("keine Antworten", self.muted)]
        for section in self.data.sections:
            rows = [
                (
                    a.question,
                    a.answer if a.used else f"{a.answer} (nicht verwendet: Frage nicht gestellt)",
                )
                for a in section.answers
            ]
            story.append(
                KeepTogether(
                    [
                        Paragraph(escape(section.title), self.styles.subheading),
                        self._rows(rows, 62 * mm),
                    ]
                )
            )
            story.append(Spacer(1, 3))
        return story

    def _recommended(self) -> list[Flowable]:
        vehicles = self.data.recommended
        story: list[Flowable] = [
            self._heading(
                f"Empfohlen ({plural(len(vehicles), 'Fahrzeug', 'Fahrzeuge')}, beste zuerst)"
            )
        ]
        if not vehicles:
            return [
                *story,
                Paragraph("kein Fahrzeug erfüllt alle harten Anforderungen", self.muted),
            ]
        for v in vehicles:
            story.append(KeepTogether(self._vehicle(v)))
        return story

    def _vehicle(self, v: RecordVehicle) -> list[Flowable]:
        st = self.styles
        head = (
            f"<b>{v.place}. {escape(v.title)}</b>"
            f'  <font color="{hex_color(MUTED)}">{escape(v.vehicle_id)} · {escape(v.price_text)}'
            f" · Passt: {v.score} %</font>"
        )
        flow: list[Flowable] = [Paragraph(head, self.small)]
        flow += self._bullets(v.reasons_for, "+", hex_color(st.accent))
        flow += self._bullets(v.reasons_against, "–", hex_color(MUTED))
        flow.append(Spacer(1, 4))
        return flow

    def _excluded(self) -> list[Flowable]:
        excluded = self.data.excluded
        story: list[Flowable] = [
            self._heading(f"Ausgeschlossen ({plural(len(excluded), 'Fahrzeug', 'Fahrzeuge')})")
        ]
        if not excluded:
            return [*story, Paragraph("keines", self.muted)]
        rows = [
            [
                Paragraph(
                    f"{escape(e.title)}<br/>{escape(e.vehicle_id)} · {escape(e.price_text)}",
                    self.small,
                ),
                Paragraph("<br/>".join(escape(w) for w in e.why), self.small),
            ]
            for e in excluded
        ]
        story.append(
            table(
                rows,
                [70 * mm, BODY_WIDTH - 70 * mm],
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
            )
        )
        return story


def render_record(data: RecordData) -> bytes:
    """The internal conversation record as PDF bytes."""
    return RecordRenderer(data).render()
