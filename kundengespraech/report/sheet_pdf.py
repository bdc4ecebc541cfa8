"""The customer's A4 recommendation sheet as PDF bytes (reportlab, embedded DejaVu fonts)."""

from __future__ import annotations

from io import BytesIO
from xml.sax.saxutils import escape

from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    Image,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from kundengespraech.domain.formatting import (
    format_date_long,
    format_datetime_long,
    format_percent,
)
from kundengespraech.report.fonts import FONT_REGULAR, register_fonts
from kundengespraech.report.page import (
    BODY_BOTTOM,
    BODY_HEIGHT,
    BODY_TOP,
    BODY_WIDTH,
    MARGIN_X,
    PAGE_H,
    NumberedCanvas,
    PageDecoration,
    load_image,
)
from kundengespraech.report.sheet_data import SheetData, SheetVehicle
from kundengespraech.report.styles import INSET, MUTED, RULE, SheetStyles, make_styles

TITLE = "Ihre persönliche Fahrzeugempfehlung"
STEP_SHARE = 0.58  # of the width, for "Ihr nächster Schritt" beside "Ihr Ansprechpartner"
MATCH_NOTE = "„Passt zu Ihnen“ gibt an, wie gut ein Fahrzeug zu Ihren Angaben im Gespräch passt."
DISCLAIMER = "Alle Angaben ohne Gewähr; Irrtümer, Änderungen und Zwischenverkauf vorbehalten."


def _text(text: str) -> str:
    """User text as Paragraph markup: escaped, line breaks kept."""
    return "<br/>".join(escape(line) for line in text.strip().splitlines())


def _hex(color: Color) -> str:
    """``#rrggbb`` for Paragraph markup."""
    return "#" + color.hexval()[2:]


def _table(rows: list[list[object]], widths: list[float], *commands: tuple[object, ...]) -> Table:
    """A table in the sheet's font (reportlab's default would pull in Helvetica)."""
    table = Table(rows, colWidths=widths)
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT_REGULAR), *commands]))
    return table


def _keep_together(block: list[Flowable], lead: int) -> list[Flowable]:
    """A vehicle block on one page if it is of ordinary size. A very long one (long lists of
    reasons) would leave most of a page empty, so only its first ``lead`` flowables stay
    together and the rest flows on."""
    height = 0.0
    for flowable in block:
        height += flowable.wrap(BODY_WIDTH, BODY_HEIGHT)[1]
        height += flowable.getSpaceBefore() + flowable.getSpaceAfter()
    if height <= 0.6 * BODY_HEIGHT:
        return [KeepTogether(block)]
    return [KeepTogether(block[:lead]), *block[lead:]]


class SheetRenderer:
    """Renders one :class:`SheetData` (pretix invoice renderer model)."""

    def __init__(self, data: SheetData) -> None:
        self.data = data
        self._register_fonts()
        self.styles = self._stylesheet()

    def _register_fonts(self) -> None:
        register_fonts()

    def _stylesheet(self) -> SheetStyles:
        return make_styles(self.data.dealer.accent_color)

    def render(self) -> bytes:
        buffer = BytesIO()
        doc = BaseDocTemplate(
            buffer,
            pagesize=A4,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=PAGE_H - BODY_TOP,
            bottomMargin=BODY_BOTTOM,
            title=TITLE,
            author=self.data.dealer.name,
            subject=" für ".join(
                part for part in ("Fahrzeugempfehlung", self.data.customer_name.strip()) if part
            ),
            creator="Kundengespräch",
            lang="de-DE",
            displayDocTitle=True,
            initialFontName=FONT_REGULAR,
        )
        frame = Frame(
            MARGIN_X,
            BODY_BOTTOM,
            BODY_WIDTH,
            BODY_HEIGHT,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="body",
        )
        decoration = PageDecoration(self.data.dealer, self.styles.accent)
        doc.addPageTemplates([PageTemplate(id="sheet", frames=[frame], onPage=decoration)])
        doc.build(self._story(), canvasmaker=NumberedCanvas)
        return buffer.getvalue()

    def _story(self) -> list[Flowable]:
        d, st = self.data, self.styles
        story: list[Flowable] = [Paragraph(escape(TITLE), st.title)]
        if d.customer_name.strip():
            story.append(Paragraph(f"für {_text(d.customer_name)}", st.subtitle))
        story.append(Paragraph(escape(format_date_long(d.created)), st.date))
        intro = "Vielen Dank für Ihren Besuch und das Gespräch."
        if d.vehicles:
            intro += (
                " Auf Grundlage Ihrer Angaben haben wir aus unserem aktuellen Bestand die"
                " Fahrzeuge ausgewählt, die am besten zu Ihnen passen – mit allem, was für"
                " sie spricht, und allem, was Sie bedenken sollten."
            )
        story.append(Paragraph(escape(intro), st.body))
        story += self._wishes()
        story += self._vehicles()
        story += self._notes()
        story += self._closing()
        fine_print = f"{MATCH_NOTE} {DISCLAIMER}" if d.vehicles else DISCLAIMER
        story.append(Paragraph(escape(fine_print), st.fine_print))
        return story

    def _bullets(self, items: tuple[str, ...], mark: str, color: str) -> list[Flowable]:
        return [
            Paragraph(f'<bullet color="{color}">{mark}</bullet>{_text(item)}', self.styles.bullet)
            for item in items
            if item.strip()
        ]

    def _wishes(self) -> list[Flowable]:
        if not self.data.wishes:
            return []
        st = self.styles
        return [
            Paragraph("Ihre Wünsche", st.heading),
            *self._bullets(self.data.wishes, "•", _hex(st.accent)),
        ]

    def _vehicles(self) -> list[Flowable]:
        st, vehicles = self.styles, self.data.vehicles
        if not vehicles:
            who = self.data.salesperson.name.strip()
            whom = f"{escape(who)} meldet sich" if who else "Wir melden uns"
            return [
                Paragraph("Unsere Empfehlung", st.heading),
                Paragraph(
                    "In unserem aktuellen Bestand ist leider kein Fahrzeug, das alle Ihre"
                    f" Wünsche erfüllt. {whom} bei Ihnen, sobald wir ein passendes Fahrzeug"
                    " für Sie gefunden haben.",
                    st.body,
                ),
            ]
        heading = "Unsere Empfehlungen für Sie" if len(vehicles) > 1 else "Unsere Empfehlung"
        story: list[Flowable] = []
        for number, vehicle in enumerate(vehicles, start=1):
            block = self._vehicle_block(number, vehicle)
            lead = min(len(block), 4)  # head, facts, first subheading, first reason
            if number == 1:  # the heading is never left alone at the foot of a page
                block.insert(0, Paragraph(heading, st.heading))
                lead += 1
            story += _keep_together(block, lead)
        return story

    def _vehicle_block(self, number: int, v: SheetVehicle) -> list[Flowable]:
        st = self.styles
        meta = " · ".join(escape(x) for x in (v.body_label, v.powertrain_label) if x)
        head = _table(
            [
                [
                    Paragraph(f"{number}. {escape(v.title)}", st.vehicle_title),
                    Paragraph(escape(v.price_text), st.vehicle_price),
                ],
                [
                    Paragraph(meta, st.vehicle_meta),
                    Paragraph(f"Passt zu Ihnen: {format_percent(v.score)}", st.vehicle_match),
                ],
            ],
            [BODY_WIDTH - 48 * mm, 48 * mm],
            ("BACKGROUND", (0, 0), (-1, -1), st.accent_light),
            ("LINEBEFORE", (0, 0), (0, -1), 2.5, st.accent),
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (-1, -1), INSET),
            ("RIGHTPADDING", (0, 0), (-1, -1), INSET),
            ("TOPPADDING", (0, 0), (-1, 0), 4),
            ("BOTTOMPADDING", (0, 0), (-1, 0), 0),
            ("TOPPADDING", (0, 1), (-1, 1), 0),
            ("BOTTOMPADDING", (0, 1), (-1, 1), 4),
        )
        block: list[Flowable] = [head, self._facts(v)]
        for title, reasons, mark, color in (
            ("Warum er zu Ihnen passt", v.reasons_for, "✓", st.accent),
            ("Was Sie bedenken sollten", v.reasons_against, "–", MUTED),
        ):
            bullets = self._bullets(reasons, mark, _hex(color))
            if bullets:
                block += [Paragraph(title, st.subheading), *bullets]
        block.append(Spacer(1, 10))
        return block

    def _facts(self, v: SheetVehicle) -> Flowable:
        st = self.styles
        cells = [
            [Paragraph(escape(label), st.fact_label), Paragraph(escape(value), st.fact_value)]
            for label, value in v.key_facts
        ]
        photo = load_image(v.image_path)
        photo_w = 58 * mm if photo is not None else 0
        label_w = 27 * mm
        if photo is None:  # two facts a row
            rows = [
                [*cells[i], *(cells[i + 1] if i + 1 < len(cells) else ["", ""])]
                for i in range(0, len(cells), 2)
            ]
            value_w = (BODY_WIDTH - 2 * label_w) / 2
            widths = [label_w, value_w, label_w, value_w]
        else:  # the photo on the left, one fact a row beside it
            rows = cells
            widths = [label_w, BODY_WIDTH - photo_w - label_w]
        facts = _table(
            list(rows) or [["", ""]],
            widths,
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LEFTPADDING", (0, 0), (-1, -1), INSET),
            ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        )
        if photo is None:
            return facts
        image = Image(v.image_path, width=photo_w - 4 * mm, height=38 * mm, kind="proportional")
        return _table(
            [[image, facts]],
            [photo_w, BODY_WIDTH - photo_w],
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
        )

    def _notes(self) -> list[Flowable]:
        if not self.data.notes_for_customer.strip():
            return []
        st = self.styles
        return [
            KeepTogether(
                [
                    Paragraph("Hinweise für Sie", st.heading),
                    Paragraph(_text(self.data.notes_for_customer), st.body),
                ]
            )
        ]

    def _closing(self) -> list[Flowable]:
        """Next step and contact person, side by side when the promise is short."""
        step, contact = self._next_step(), self._contact()
        if not step:
            return [KeepTogether(contact)]
        if len(self.data.next_step.text if self.data.next_step else "") > 500:
            return [KeepTogether(step), KeepTogether(contact)]
        step_w = BODY_WIDTH * STEP_SHARE
        return [
            Spacer(1, self.styles.heading.spaceBefore),  # a table cell drops it at its top
            _table(
                [[step, contact]],
                [step_w, BODY_WIDTH - step_w],
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, 0), 8 * mm),
                ("RIGHTPADDING", (1, 0), (1, 0), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ),
        ]

    def _next_step(self) -> list[Flowable]:
        step = self.data.next_step
        if step is None or not (step.text.strip() or step.due):
            return []
        st = self.styles
        rows: list[list[object]] = []
        if step.text.strip():
            rows.append([Paragraph(_text(step.text), st.body)])
        if step.due is not None:
            due = escape(format_datetime_long(step.due))
            rows.append([Paragraph(f"<b>bis {due}</b>", st.body)])
        box = _table(
            rows,
            [BODY_WIDTH * STEP_SHARE - 8 * mm],
            ("BACKGROUND", (0, 0), (-1, -1), st.accent_light),
            ("LINEBEFORE", (0, 0), (0, -1), 2.5, st.accent),
            ("LEFTPADDING", (0, 0), (-1, -1), INSET),
            ("RIGHTPADDING", (0, 0), (-1, -1), INSET),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, 0), 6),
            ("BOTTOMPADDING", (0, -1), (-1, -1), 6),
        )
        return [Paragraph("Ihr nächster Schritt", st.heading), box]

    def _contact(self) -> list[Flowable]:
        person, dealer, st = self.data.salesperson, self.data.dealer, self.styles
        lines = [f"<b>{escape(person.name)}</b>" if person.name.strip() else ""]
        lines.append(escape(dealer.name))
        if person.phone.strip():
            lines.append(f"Telefon {escape(person.phone)}")
        if person.email.strip():
            lines.append(f"E-Mail {escape(person.email)}")
        text = "<br/>".join(line for line in lines if line)
        return [Paragraph("Ihr Ansprechpartner", st.heading), Paragraph(text, st.contact)]


def render_sheet(data: SheetData) -> bytes:
    """The customer's recommendation sheet as PDF bytes."""
    return SheetRenderer(data).render()
