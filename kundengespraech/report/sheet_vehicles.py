"""One recommended vehicle on the sheet: head line, photo, key facts beside its reasons."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    Image,
    ImageAndFlowables,
    KeepTogether,
    Paragraph,
    Spacer,
)

from kundengespraech.report.flow import NO_PADDING, hex_color, markup, table
from kundengespraech.report.fonts import FONT_REGULAR
from kundengespraech.report.language import Wording
from kundengespraech.report.page import BODY_HEIGHT, BODY_WIDTH, load_image
from kundengespraech.report.sheet_data import SheetVehicle
from kundengespraech.report.styles import INSET, MUTED, RULE, SheetStyles

PHOTO_W = 27 * mm
PHOTO_H = 18 * mm
FACTS_W = 64 * mm  # label and value; beside them the reasons
FACT_LABEL_W = 23.5 * mm
GAP = 5 * mm
# A vehicle whose reasons would stand taller than this beside its facts is laid out as a
# column instead (facts, then reasons flowing on), so that a very long list can break pages.
MAX_SIDE_BY_SIDE = 0.45 * BODY_HEIGHT


class VehicleBlock:
    """Builds the flowables of one vehicle in one language and style."""

    def __init__(self, styles: SheetStyles, words: Wording) -> None:
        self.styles = styles
        self.words = words

    def flowables(
        self, number: int, v: SheetVehicle, lead: tuple[Flowable, ...] = ()
    ) -> list[Flowable]:
        """The vehicle's flowables; ``lead`` (a heading) is kept on the same page."""
        head = self._head(number, v)
        reasons_w = BODY_WIDTH - FACTS_W - GAP
        reasons = self._reasons(v, reasons_w)
        height = sum(
            r.wrap(reasons_w, BODY_HEIGHT)[1] + r.getSpaceBefore() + r.getSpaceAfter()
            for r in reasons
        )
        if load_image(v.image_path) is not None:  # a thumbnail, the reasons flow around it
            image = Image(v.image_path, width=PHOTO_W, height=PHOTO_H, kind="proportional")
            reasons = [
                ImageAndFlowables(
                    image,
                    reasons,
                    imageLeftPadding=3 * mm,
                    imageRightPadding=0,
                    imageBottomPadding=1,
                )
            ]
        if height > MAX_SIDE_BY_SIDE:  # very long lists: facts, then the reasons flow on
            facts = self._facts(v, BODY_WIDTH, two_a_row=True)
            stacked = self._reasons(v, BODY_WIDTH)
            return [KeepTogether([*lead, head, facts, *stacked[:2]]), *stacked[2:], Spacer(1, 6)]
        body = table(
            [[self._facts(v, FACTS_W), reasons]],
            [FACTS_W + GAP, reasons_w],
            *NO_PADDING,
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (0, -1), GAP),
        )
        return [KeepTogether([*lead, head, body]), Spacer(1, 6)]

    def _head(self, number: int, v: SheetVehicle) -> Flowable:
        """One line: number, title and kind of vehicle; how well it fits; the price."""
        st, w = self.styles, self.words
        # No line break inside "SUV · Hybrid": it moves to the next line as a whole.
        meta = "\u00a0·\u00a0".join(
            escape(x).replace(" ", "\u00a0") for x in (v.body_label, v.powertrain_label) if x
        )
        title = f"{number}. {escape(v.title)}"
        if meta:
            muted = hex_color(MUTED)
            title += f'  <font name="{FONT_REGULAR}" size="8" color="{muted}">{meta}</font>'
        match = escape(w.text("match", percent=w.percent(v.score)))
        return table(
            [
                [
                    Paragraph(title, st.vehicle_title),
                    Paragraph(match, st.vehicle_match),
                    Paragraph(escape(v.price_text), st.vehicle_price),
                ]
            ],
            [BODY_WIDTH - 67 * mm, 35 * mm, 32 * mm],
            ("BACKGROUND", (0, 0), (-1, -1), st.accent_light),
            ("LINEBEFORE", (0, 0), (0, -1), 2.5, st.accent),
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (-1, -1), INSET),
            ("RIGHTPADDING", (0, 0), (-1, -1), INSET),
            ("RIGHTPADDING", (1, 0), (1, 0), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 3.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        )

    def _facts(self, v: SheetVehicle, width: float, two_a_row: bool = False) -> Flowable:
        st = self.styles
        cells = [
            [Paragraph(escape(label), st.fact_label), Paragraph(escape(value), st.fact_value)]
            for label, value in v.key_facts
        ]
        if two_a_row:
            rows = [
                [*cells[i], *(cells[i + 1] if i + 1 < len(cells) else ["", ""])]
                for i in range(0, len(cells), 2)
            ]
            value_w = width / 2 - FACT_LABEL_W
            widths = [FACT_LABEL_W, value_w, FACT_LABEL_W, value_w]
        else:
            rows = cells
            widths = [FACT_LABEL_W, width - FACT_LABEL_W]
        return table(
            list(rows) or [["", ""]],
            widths,
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 0.3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0.9),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        )

    def _reasons(self, v: SheetVehicle, width: float) -> list[Flowable]:
        st, w = self.styles, self.words
        out: list[Flowable] = []
        for key, reasons, mark, color in (
            ("reasons_for", v.reasons_for, "✓", st.accent),
            ("reasons_against", v.reasons_against, "–", MUTED),
        ):
            items = [r for r in reasons if r.strip()]
            if not items:
                continue
            if out:
                out.append(Spacer(1, 3))
            out.append(Paragraph(escape(w.text(key)), st.subheading))
            out += [
                Paragraph(
                    f'<bullet color="{hex_color(color)}">{mark}</bullet>{markup(item)}', st.bullet
                )
                for item in items
            ]
        return out
