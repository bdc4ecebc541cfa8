"""The customer's A4 recommendation sheet as PDF bytes (reportlab, embedded DejaVu fonts)."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
)

from kundengespraech.report.contact_card import QrCode, vcard
from kundengespraech.report.flow import NO_PADDING, hex_color, markup, table
from kundengespraech.report.fonts import FONT_BOLD, FONT_REGULAR, register_fonts
from kundengespraech.report.language import wording
from kundengespraech.report.page import (
    BODY_WIDTH,
    PageDecoration,
    build_pages,
)
from kundengespraech.report.sheet_data import AdviceStamp, SheetData
from kundengespraech.report.sheet_vehicles import VehicleBlock
from kundengespraech.report.styles import INSET, SheetStyles, make_styles

QR_SIZE = 18 * mm
QR_COLUMN = 23 * mm
CONTACT_MIN = 50 * mm  # the contact column beside the next step
CONTACT_MAX = 75 * mm
LONG_STEP = 400  # characters: a longer promise gets the full width


class SheetRenderer:
    """Renders one :class:`SheetData` (pretix invoice renderer model)."""

    def __init__(self, data: SheetData) -> None:
        self.data = data
        self.words = wording(data.language)
        self._register_fonts()
        self.styles = self._stylesheet()

    def _register_fonts(self) -> None:
        register_fonts()

    def _stylesheet(self) -> SheetStyles:
        return make_styles(self.data.dealer.accent_color)

    def render(self) -> bytes:
        w, name = self.words, self.data.customer_name.strip()
        return build_pages(
            self._story(),
            PageDecoration(self.data.dealer, self.styles.accent, w),
            template_id="sheet",
            title=w.text("title"),
            author=self.data.dealer.name,
            subject=w.text("subject") + (" " + w.text("for", name=name) if name else ""),
            language=w.code,
        )

    def _story(self) -> list[Flowable]:
        d, st, w = self.data, self.styles, self.words
        whom = d.customer_name.strip()
        for_whom = [Paragraph(escape(w.text("for", name=whom)), st.for_whom)] if whom else []
        story: list[Flowable] = [
            table(
                [
                    [
                        Paragraph(escape(w.text("title")), st.title),
                        [*for_whom, Paragraph(escape(w.date_long(d.created)), st.date)],
                    ]
                ],
                [BODY_WIDTH - 48 * mm, 48 * mm],
                *NO_PADDING,
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            )
        ]
        intro = w.text("intro") + (w.text("intro_vehicles") if d.vehicles else "")
        story.append(Paragraph(escape(intro), st.body))
        story += self._wishes()
        story += self._vehicles()
        story += self._notes()
        story += self._closing()
        story += self._small_print()
        return story

    def _bullet(self, item: str, mark: str = "•") -> Paragraph:
        color = hex_color(self.styles.accent)
        return Paragraph(
            f'<bullet color="{color}">{mark}</bullet>{markup(item)}', self.styles.bullet
        )

    def _wishes(self) -> list[Flowable]:
        """The wishes as one flowing paragraph after a lead-in: compact, one after another."""
        wishes = [w for w in self.data.wishes if w.strip()]
        if not wishes:
            return []
        st, accent = self.styles, hex_color(self.styles.accent)
        label = escape(self.words.text("wishes"))
        lead = f'<font name="{FONT_BOLD}" color="{accent}">{label}:</font>'
        dot = f' <font color="{accent}">•</font> '
        return [Paragraph(f"{lead} " + dot.join(markup(w) for w in wishes), st.wishes)]

    def _vehicles(self) -> list[Flowable]:
        st, w, vehicles = self.styles, self.words, self.data.vehicles
        if not vehicles:
            who = self.data.salesperson.name.strip()
            whom = w.text("person_calls", name=who) if who else w.text("we_call")
            return [
                Paragraph(escape(w.text("recommendation")), st.heading),
                Paragraph(escape(w.text("none_found", whom=whom)), st.body),
            ]
        heading = w.text("recommendations" if len(vehicles) > 1 else "recommendation")
        blocks = VehicleBlock(st, w)
        story: list[Flowable] = []
        # The heading is never left alone at the foot of a page.
        lead = (Paragraph(escape(heading), st.heading),)
        for number, vehicle in enumerate(vehicles, start=1):
            story += blocks.flowables(number, vehicle, lead if number == 1 else ())
        return story[:-1]  # the gap after the last vehicle: the next heading has its own

    def _notes(self) -> list[Flowable]:
        if not self.data.notes_for_customer.strip():
            return []
        st = self.styles
        return [
            KeepTogether(
                [
                    Paragraph(escape(self.words.text("notes")), st.heading),
                    Paragraph(markup(self.data.notes_for_customer), st.body),
                ]
            )
        ]

    def _closing(self) -> list[Flowable]:
        """Next step, contact person and the contact's QR code side by side."""
        qr = self._qr()
        room = BODY_WIDTH - (QR_COLUMN if qr else 0)
        step = self.data.next_step
        text = step.text if step is not None else ""
        story: list[Flowable] = []
        cells: list[object] = []
        widths: list[float] = []
        # The contact's column as wide as its longest line (an e-mail address must not
        # break), within bounds; the promise takes the rest.
        step_w = room - max(CONTACT_MIN, min(CONTACT_MAX, self._contact_width() + 3 * mm))
        if len(text) > LONG_STEP:  # a long promise: full width above the contact
            story += self._next_step(BODY_WIDTH)
        else:
            box = self._next_step(step_w - 3 * mm)
            if box:
                cells.append(box)
                widths.append(step_w)
        cells.append(self._contact())
        widths.append(room - sum(widths))
        if qr:
            cells.append(qr)
            widths.append(QR_COLUMN)
        story.append(
            table([cells], widths, *NO_PADDING, ("RIGHTPADDING", (0, 0), (-2, -1), 3 * mm))
        )
        return [KeepTogether(story)]

    def _contact_width(self) -> float:
        person, st = self.data.salesperson, self.styles
        size = st.contact.fontSize
        return max(
            stringWidth(person.name.strip(), FONT_BOLD, size),
            stringWidth(self.words.text("phone", phone=person.phone.strip()), FONT_REGULAR, size),
            stringWidth(person.email.strip(), FONT_REGULAR, size),
        )

    def _next_step(self, width: float) -> list[Flowable]:
        step, st, w = self.data.next_step, self.styles, self.words
        if step is None or not (step.text.strip() or step.due):
            return []
        rows: list[list[object]] = []
        if step.text.strip():
            rows.append([Paragraph(markup(step.text), st.contact)])
        if step.due is not None:
            due = escape(w.text("due", when=w.datetime_long(step.due)))
            rows.append([Paragraph(f"<b>{due}</b>", st.contact)])
        box = table(
            rows,
            [width],
            ("BACKGROUND", (0, 0), (-1, -1), st.accent_light),
            ("LINEBEFORE", (0, 0), (0, -1), 2.5, st.accent),
            ("LEFTPADDING", (0, 0), (-1, -1), INSET),
            ("RIGHTPADDING", (0, 0), (-1, -1), INSET),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, 0), 5),
            ("BOTTOMPADDING", (0, -1), (-1, -1), 3),
        )
        return [Paragraph(escape(w.text("next_step")), st.heading), box]

    def _contact(self) -> list[Flowable]:
        person, dealer, st, w = self.data.salesperson, self.data.dealer, self.styles, self.words
        # The dealership stands in the header; its name here only when no person is named.
        lines = [f"<b>{escape(person.name or dealer.name)}</b>"]
        if person.phone.strip():
            lines.append(escape(w.text("phone", phone=person.phone)))
        if person.email.strip():
            lines.append(escape(person.email.strip()))
        text = "<br/>".join(line for line in lines if line)
        story: list[Flowable] = [
            Paragraph(escape(w.text("contact")), st.heading),
            Paragraph(text, st.contact),
        ]
        if self.data.contact_channels:
            channels = ", ".join(w.channel(c) for c in self.data.contact_channels)
            line = escape(w.text("channels", channels=channels))
            story.append(Paragraph(line, st.fine_print))
        return story

    def _qr(self) -> list[Flowable]:
        card = vcard(self.data.salesperson, self.data.dealer)
        if not card:
            return []
        st = self.styles
        return [
            Spacer(1, st.heading.spaceBefore),
            table(
                [[QrCode(card, QR_SIZE)]],
                [QR_COLUMN],
                *NO_PADDING,
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
            ),
            Paragraph(escape(self.words.text("qr_caption")), st.caption),
        ]

    def _small_print(self) -> list[Flowable]:
        d, st, w = self.data, self.styles, self.words
        story: list[Flowable] = [Spacer(1, 5)]
        fine = w.text("disclaimer")
        if d.vehicles:
            fine = f"{w.text('match_note')} {fine}"
        story.append(Paragraph(escape(fine), st.fine_print))
        if d.stamp is not None and stamp_line(d.stamp, w.code):
            story.append(Paragraph(escape(stamp_line(d.stamp, w.code)), st.fine_print))
        return [KeepTogether(story)]


def stamp_line(stamp: AdviceStamp, language: str = "de") -> str:
    """``"Beratungsstandard: Fragebogen 2026.11-1 · Fahrzeugbestand „katalog.csv“, Stand
    20.11.2026 · Empfehlungsverfahren 1.0 · Filiale Lübeck"``; unknown parts left out."""
    w = wording(language)
    parts: list[str] = []
    if stamp.questionnaire_version.strip():
        parts.append(w.text("stamp_questionnaire", version=stamp.questionnaire_version.strip()))
    catalogue: list[str] = []
    if stamp.catalogue_source.strip():
        quoted = (
            f"“{stamp.catalogue_source.strip()}”"
            if w.code == "en"
            else f"„{stamp.catalogue_source.strip()}“"
        )
        catalogue.append(w.text("stamp_catalogue", source=quoted))
    if stamp.catalogue_date is not None:
        day = stamp.catalogue_date
        day = day.astimezone() if day.tzinfo is not None else day
        catalogue.append(w.text("stamp_catalogue_date", date=w.date_short(day.date())))
    if catalogue:
        parts.append(" ".join(catalogue))
    if stamp.recommender_version.strip():
        parts.append(w.text("stamp_recommender", version=stamp.recommender_version.strip()))
    if stamp.branch.strip():
        parts.append(w.text("stamp_branch", branch=stamp.branch.strip()))
    return w.text("stamp", parts=" · ".join(parts)) if parts else ""


def render_sheet(data: SheetData) -> bytes:
    """The customer's recommendation sheet as PDF bytes, in ``data.language``."""
    return SheetRenderer(data).render()
