"""The salesperson's contact as a vCard 3.0 and as a QR code drawn in vector (segno)."""

from __future__ import annotations

import re

import segno
from reportlab.lib.colors import Color, black
from reportlab.platypus import Flowable

from kundengespraech.report.sheet_data import DealerProfile, SalespersonContact

QUIET_ZONE = 4  # modules of white around the code, as the QR standard asks
OVERLAP = 0.04  # of a module: neighbouring rows overlap so no hairline shows between them
_POSTCODE_CITY = re.compile(r"^(\d{4,5})\s+(.+)$")


def _escape(value: str) -> str:
    """A vCard text value (RFC 2426, 4): backslash, comma, semicolon and line breaks escaped."""
    value = value.strip().replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
    return re.sub(r"\r\n|\r|\n", "\\\\n", value)


def _address(lines: tuple[str, ...]) -> str:
    """``ADR`` value from free address lines: a last line "12345 Stadt" gives postcode and
    city, the lines before it the street."""
    lines = tuple(line.strip() for line in lines if line.strip())
    if not lines:
        return ""
    match = _POSTCODE_CITY.match(lines[-1])
    if match is None:
        return ";;" + _escape(", ".join(lines)) + ";;;;"
    street = _escape(", ".join(lines[:-1]))
    return f";;{street};{_escape(match.group(2))};;{match.group(1)};"


def vcard(person: SalespersonContact, dealer: DealerProfile) -> str:
    """The salesperson's business card (vCard 3.0, CRLF line ends); empty when nothing is
    known to reach them by (no name, phone or e-mail)."""
    if not (person.name.strip() or person.phone.strip() or person.email.strip()):
        return ""
    name = person.name.strip() or dealer.name.strip()
    first, _, last = name.rpartition(" ")
    lines = [
        "BEGIN:VCARD",
        "VERSION:3.0",
        f"N:{_escape(last)};{_escape(first)};;;",
        f"FN:{_escape(name)}",
    ]
    if dealer.name.strip():
        lines.append(f"ORG:{_escape(dealer.name)}")
    if person.phone.strip():
        lines.append(f"TEL;TYPE=WORK,VOICE:{_escape(person.phone)}")
    elif dealer.phone.strip():
        lines.append(f"TEL;TYPE=WORK,VOICE:{_escape(dealer.phone)}")
    if person.email.strip():
        lines.append(f"EMAIL;TYPE=INTERNET,WORK:{_escape(person.email)}")
    address = _address(dealer.address_lines)
    if address:
        lines.append(f"ADR;TYPE=WORK:{address}")
    if dealer.website.strip():
        lines.append(f"URL:{_escape(dealer.website)}")
    lines.append("END:VCARD")
    return "\r\n".join(lines) + "\r\n"


class QrCode(Flowable):
    """``text`` as a square QR code of ``size`` points (quiet zone included), drawn as one
    rectangle per horizontal run of dark modules: sharp at any print resolution, and no
    font of its own (a reportlab ``Drawing`` would set Helvetica on the page)."""

    def __init__(self, text: str, size: float, color: Color = black) -> None:
        super().__init__()
        self.text = text
        self.size = size
        self.color = color
        # UTF-8 declared by ECI, so that readers do not guess another encoding for "ß".
        self.matrix = segno.make(text, error="m", encoding="utf-8", eci=True, micro=False).matrix

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        canvas = self.canv
        module = self.size / (len(self.matrix) + 2 * QUIET_ZONE)
        canvas.saveState()
        canvas.setFillColor(self.color)
        for row_index, row in enumerate(self.matrix):
            y = self.size - (row_index + QUIET_ZONE + 1) * module
            column = 0
            while column < len(row):
                if not row[column]:
                    column += 1
                    continue
                start = column
                while column < len(row) and row[column]:
                    column += 1
                canvas.rect(
                    (start + QUIET_ZONE) * module,
                    y - OVERLAP * module,
                    (column - start) * module,
                    module * (1 + OVERLAP),
                    stroke=0,
                    fill=1,
                )
        canvas.restoreState()
