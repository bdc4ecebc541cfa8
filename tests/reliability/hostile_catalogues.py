"""Malformed and hostile catalogue files (CSV and XLSX), each with what a good import does.

``python -m tests.reliability.hostile_catalogues DIR [--long]`` writes every file into DIR and
lists them; ``tests/reliability/test_hostile_catalogues.py`` imports each through the real
command line. ``--long`` adds the slow ones (20 MB files, the biggest bombs).

Every :class:`Case` says whether the file is legitimately importable (exit 0) or must be refused
(exit 2), which fragments the German message must contain (line and column where they are
known), and for importable files which texts the exported catalogue must and must not hold
(e.g. "Müller", never the mojibake "MÃ¼ller").
"""

from __future__ import annotations

import argparse
import io
import random
import struct
import zipfile
import zlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook

HEADER = ("id", "make", "model", "body_type", "price_eur", "seats", "powertrain")
FULL_HEADER = (*HEADER, "isofix", "consumption_l_100km", "notes")
MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


@dataclass(frozen=True, slots=True)
class Case:
    """One file and what must happen when it is imported."""

    name: str
    make: Callable[[], bytes]
    imports: bool = False  # legitimately importable: exit 0
    expect: tuple[str, ...] = ()  # fragments of the message (stderr, or stdout if imported)
    present: tuple[str, ...] = ()  # imported: in the exported catalogue
    absent: tuple[str, ...] = ()  # in stderr/stdout and export: never (mojibake, secrets …)
    long_only: bool = False
    alone: bool = False  # heavy: its time is measured with no other import running beside it


# --- CSV -----------------------------------------------------------------------------------


def _row(
    identifier: str,
    make: str = "VW",
    model: str = "Golf",
    body: str = "compact",
    price: str = "20000",
    seats: str = "5",
    powertrain: str = "petrol",
) -> list[str]:
    return [identifier, make, model, body, price, seats, powertrain]


def _csv(rows: Iterable[Sequence[str]], *, delimiter: str = ",", header=HEADER) -> str:
    lines = [delimiter.join(header)]
    lines += [delimiter.join(row) for row in rows]
    return "\n".join(lines) + "\n"


def _utf8(text: str) -> bytes:
    return text.encode("utf-8")


def _one_bad_row(**cells: str) -> bytes:
    """Header, a good row (line 2) and one row with the given cells (line 3)."""
    return _utf8(_csv([_row("H1"), _row("H2", **cells)]))


def _mixed_encodings() -> bytes:
    """20 lines of UTF-8, but lines 5 and 17 were written by a Windows program (cp1252)."""
    lines = [",".join(HEADER).encode()]
    for number in range(2, 21):
        make = "Müller" if number % 2 else "Jürgen Straße"
        row = ",".join(_row(f"H{number}", make=make, model="Größe")) + "\n"
        encoding = "cp1252" if number in (5, 17) else "utf-8"
        lines.append(row.encode(encoding).rstrip(b"\n"))
    return b"\n".join(lines) + b"\n"


def _bom_then_cp1252() -> bytes:
    text = _csv([_row("H1", make="Müller"), _row("H2", make="Öztürk")])
    head, second, third = text.splitlines(keepends=True)
    return b"\xef\xbb\xbf" + head.encode() + second.encode() + third.encode("cp1252")


def _undefined_cp1252() -> bytes:
    good = _csv([_row("H1", make="Müller")]).encode("cp1252")
    return good + ",".join(_row("H2", make="M\x81ller")).encode("latin-1") + b"\n"


def _many_errors(rows: int) -> bytes:
    return _utf8(_csv(_row(f"H{n}", seats="x") for n in range(rows)))


def _blank_lines_then_error() -> bytes:
    return _utf8(_csv([_row("H1")]) + "\n" * 200_000 + ",".join(_row("H2", seats="zehn")) + "\n")


def _multiline_cell_then_error() -> bytes:
    header = ",".join((*HEADER, "notes"))
    good = ",".join(_row("H1")) + ',"erste Zeile\nzweite Zeile\ndritte Zeile"'
    bad = ",".join(_row("H2", price="billig")) + ",kurz"
    return _utf8(f"{header}\n{good}\n{bad}\n")


_WORDS = [
    "Anhängerkupplung",
    "Winterräder",
    "Sitzheizung",
    "Rückfahrkamera",
    "Navigationssystem",
    "Panoramadach",
    "Einparkhilfe",
    "Tempomat",
    "Ganzjahresreifen",
    "Scheckheft",
    "Nichtraucher",
    "Garagenwagen",
    "Metallic",
    "Lederausstattung",
    "Standheizung",
    "Dachreling",
    "Isofix",
    "Spurhalteassistent",
    "Müdigkeitswarner",
]


def _notes(rng: random.Random, length: int) -> str:
    words: list[str] = []
    size = 0
    while size < length:
        words.append(rng.choice(_WORDS))
        size += len(words[-1]) + 1
    return " ".join(words)[:length]


def _random_notes(rng: random.Random, length: int) -> str:
    """Text that packs about as badly as real notes of many different vehicles."""
    return "".join(rng.choices("abcdefghijklmnopqrstuvwxyzäöü      ", k=length))


def _vehicle(
    number: int, rng: random.Random, notes_length: int, notes: Callable[..., str] = _notes
) -> list[object]:
    return [
        f"W{number:07d}",
        rng.choice(("Volkswagen", "Škoda", "Müller Automobile", "Citroën", "BMW", "Kia")),
        f"Modell {rng.randrange(10_000)}",
        rng.choice(("suv", "estate", "compact", "van")),
        rng.randrange(12_000, 90_000),
        rng.randrange(2, 9),
        rng.choice(("petrol", "diesel", "ev", "hybrid")),
        rng.randrange(0, 4),
        round(rng.uniform(3, 12), 1),
        notes(rng, notes_length),
    ]


def _valid_catalogue_csv(target_bytes: int, rows: int) -> bytes:
    """A German Excel export (";", decimal comma, Windows-1252) of ``rows`` vehicles,
    padded by their notes to about ``target_bytes``."""
    rng = random.Random(20)
    notes_length = max(10, target_bytes // rows - 58)
    lines = [";".join(FULL_HEADER)]
    for number in range(1, rows + 1):
        cells = _vehicle(number, rng, notes_length)
        cells[4] = f"{cells[4]:,}".replace(",", ".")
        cells[8] = str(cells[8]).replace(".", ",")
        lines.append(";".join(map(str, cells)))
    return "\r\n".join(lines).encode("cp1252") + b"\r\n"


def _errors_everywhere(target_bytes: int) -> bytes:
    """Every cell of every contract column wrong, ``target_bytes`` of it: the slowest file."""
    from kundengespraech.domain.catalogue import COLUMNS

    header = ",".join(COLUMNS) + "\n"
    row_size = 2 * len(COLUMNS)
    rows = target_bytes // row_size
    return (header + (",".join(["x"] * len(COLUMNS)) + "\n") * rows).encode()


def _binary_garbage() -> bytes:
    return random.Random(8).randbytes(100_000)


# --- XLSX ----------------------------------------------------------------------------------


class Num(str):
    """A cell written as ``<v>…</v>`` (a number cell) exactly as given, e.g. "NaN" or "1e309"."""


class Raw(str):
    """A cell's XML written as it is (formulas, errors, shared strings)."""


def _workbook(rows: Iterable[Sequence[object]]) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.title = "Autos"
    for row in rows:
        sheet.append(list(row))
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _good_rows(count: int = 1) -> list[list[object]]:
    return [[f"X{n}", "VW", "Golf", "compact", 20000, 5, "petrol"] for n in range(1, count + 1)]


def _column_name(index: int) -> str:
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name


def _cell_xml(ref: str, value: object) -> str:
    if isinstance(value, Raw):
        return value.replace("{ref}", ref)
    if isinstance(value, Num):
        return f'<c r="{ref}"><v>{value}</v></c>'
    if isinstance(value, int | float):
        return f'<c r="{ref}"><v>{value}</v></c>'
    text = str(value).replace("&", "&amp;").replace("<", "&lt;")
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def _sheet_xml(rows: Iterable[tuple[int, Sequence[object]]]) -> bytes:
    parts = [f'<worksheet xmlns="{MAIN_NS}"><sheetData>']
    for number, row in rows:
        cells = "".join(
            _cell_xml(f"{_column_name(i)}{number}", value) for i, value in enumerate(row)
        )
        parts.append(f'<row r="{number}">{cells}</row>')
    parts.append("</sheetData></worksheet>")
    return "".join(parts).encode("utf-8")


def _numbered(rows: Sequence[Sequence[object]]) -> list[tuple[int, Sequence[object]]]:
    return list(enumerate(rows, start=1))


SHARED_STRINGS_TYPE = (
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
)
SHARED_STRINGS_REL = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"
)


def _replaced(
    sheet: bytes | None = None,
    shared_strings: bytes | None = None,
    extra: Iterable[tuple[str, bytes]] = (),
) -> bytes:
    """A real workbook (written by openpyxl) with its sheet and/or shared strings replaced."""
    source = zipfile.ZipFile(io.BytesIO(_workbook([HEADER])))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for member in source.infolist():
            data = source.read(member)
            if member.filename == "xl/worksheets/sheet1.xml" and sheet is not None:
                data = sheet
            elif shared_strings is not None and member.filename == "[Content_Types].xml":
                data = data.replace(
                    b"</Types>",
                    b'<Override PartName="/xl/sharedStrings.xml" ContentType="'
                    + SHARED_STRINGS_TYPE.encode()
                    + b'"/></Types>',
                )
            elif shared_strings is not None and member.filename == "xl/_rels/workbook.xml.rels":
                data = data.replace(
                    b"</Relationships>",
                    b'<Relationship Id="rId99" Type="'
                    + SHARED_STRINGS_REL.encode()
                    + b'" Target="sharedStrings.xml"/></Relationships>',
                )
            target.writestr(member.filename, data)
        if shared_strings is not None:
            target.writestr("xl/sharedStrings.xml", shared_strings)
        for name, data in extra:
            target.writestr(name, data)
    return buffer.getvalue()


def _sheet_with(*rows: Sequence[object]) -> bytes:
    return _replaced(sheet=_sheet_xml(_numbered([HEADER, *rows])))


def _shared_strings_sheet() -> bytes:
    """Header inline, one row whose make is shared string 0."""
    row = ["S1", Raw('<c r="{ref}" t="s"><v>0</v></c>'), "Golf", "compact", 20000, 5, "petrol"]
    return _sheet_xml(_numbered([HEADER, row]))


def _xxe() -> bytes:
    strings = (
        b'<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY geheim SYSTEM "file:///etc/passwd">]>'
        b'<sst xmlns="' + MAIN_NS.encode() + b'" count="1" uniqueCount="1">'
        b"<si><t>&geheim;</t></si></sst>"
    )
    return _replaced(sheet=_shared_strings_sheet(), shared_strings=strings)


_LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + b"".join(
        b'<!ENTITY lol%d "%s">' % (n, (b"&lol%d;" % (n - 1) if n > 1 else b"&lol;") * 10)
        for n in range(1, 10)
    )
    + b"]>"
)


def _laughs_in_shared_strings() -> bytes:
    strings = (
        _LAUGHS + b'<sst xmlns="' + MAIN_NS.encode() + b'" count="1" uniqueCount="1">'
        b"<si><t>&lol9;</t></si></sst>"
    )
    return _replaced(sheet=_shared_strings_sheet(), shared_strings=strings)


def _laughs_in_sheet() -> bytes:
    body = _sheet_xml(_numbered([HEADER, ["L1", "&lol9;", "Golf", "suv", 1, 5, "ev"]]))
    body = body.replace(b"&amp;lol9;", b"&lol9;")
    return _replaced(sheet=_LAUGHS.replace(b"lolz", b"worksheet") + body)


def _wide_xlsx(columns: int) -> bytes:
    cells = "".join(f'<c t="inlineStr"><is><t>k{i}</t></is></c>' for i in range(columns))
    sheet = (
        f'<worksheet xmlns="{MAIN_NS}"><sheetData><row r="1">{cells}</row></sheetData></worksheet>'
    )
    return _replaced(sheet=sheet.encode())


def _long_cell_xlsx(length: int) -> bytes:
    rows = [
        (*HEADER, "notes"),
        [*_good_rows()[0], "kurz"],
        ["X2", "VW", "Golf", "compact", 1000, 5, "ev", "y" * length],
    ]
    return _replaced(sheet=_sheet_xml(_numbered(rows)))


def _far_row_xlsx() -> bytes:
    rows = [
        (1, HEADER),
        (2, _good_rows()[0]),
        (1_048_576, ["X9", "VW", "Golf", "suv", 1, 99, "ev"]),
    ]
    return _replaced(sheet=_sheet_xml(rows))


def _many_errors_xlsx(rows: int) -> bytes:
    faulty = ([f"E{n}", "VW", "Golf", "suv", 1000, "x", "ev"] for n in range(rows))
    return _replaced(sheet=_sheet_xml(enumerate([HEADER, *faulty], start=1)))


def _valid_catalogue_xlsx(target_bytes: int, rows: int) -> bytes:
    """A workbook of ``rows`` vehicles whose notes pad it to about ``target_bytes`` packed."""
    rng = random.Random(21)
    # Packed, a row takes about 56 bytes plus 0.74 bytes per character of its notes (measured).
    notes_length = max(10, int((target_bytes / rows - 56) / 0.74))
    rows_ = (_vehicle(n, rng, notes_length, _random_notes) for n in range(1, rows + 1))
    return _workbook([FULL_HEADER, *rows_])


def _truncated_xlsx() -> bytes:
    data = _workbook([HEADER, *_good_rows(50)])
    return data[: len(data) // 2]


def _lying_sizes_xlsx() -> bytes:
    """The zip directory claims the sheet is tiny; the packed data says otherwise."""
    data = bytearray(_sheet_with(*_good_rows(2000)))
    archive = zipfile.ZipFile(io.BytesIO(bytes(data)))
    info = archive.getinfo("xl/worksheets/sheet1.xml")
    central = data.rfind(b"PK\x01\x02" + data[info.header_offset + 4 : info.header_offset + 6])
    # Patch the uncompressed size in the local header and in the central directory entry.
    struct.pack_into("<I", data, info.header_offset + 22, 100)
    position = data.find(b"xl/worksheets/sheet1.xml", central if central > 0 else 0)
    while position > 0:
        entry = data.rfind(b"PK\x01\x02", 0, position)
        if entry >= 0 and position - entry == 46:
            struct.pack_into("<I", data, entry + 24, 100)
            break
        position = data.find(b"xl/worksheets/sheet1.xml", position + 1)
    return bytes(data)


def _many_members() -> bytes:
    return _replaced(extra=((f"xl/media/bild{n}.bin", b"x") for n in range(5000)))


def _foreign_zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("liesmich.txt", "Kein Katalog")
    return buffer.getvalue()


def _ods() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", "<office:document-content/>")
    return buffer.getvalue()


def zip_bomb(packed_mb: int) -> bytes:
    """A workbook whose sheet is highly repetitive XML, about ``packed_mb`` MB packed.

    The sheet data is deflated once per megabyte-chunk and the packed block repeated (after a
    full flush deflate restarts, so every block is the same bytes); unpacked it is about 400
    times larger. CRC and sizes are right: an unguarded reader really unpacks gigabytes.
    """
    chunk = b"<row><c><v>0</v></c></row>" * 40_000
    head = f'<worksheet xmlns="{MAIN_NS}"><sheetData>'.encode()
    tail = b"</sheetData></worksheet>"
    source = zipfile.ZipFile(io.BytesIO(_workbook([HEADER])))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for member in source.infolist():
            if member.filename != "xl/worksheets/sheet1.xml":
                target.writestr(member.filename, source.read(member))
                continue
            compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
            first = compressor.compress(head) + compressor.flush(zlib.Z_FULL_FLUSH)
            block = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
            again = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
            assert block == again, "deflate did not restart after a full flush"
            repeats = max(1, packed_mb * 1024 * 1024 // len(block))
            with target.open(member.filename, "w", force_zip64=True) as stream:
                writer: object = stream
                out = target.fp
                assert out is not None
                out.write(first)
                crc = zlib.crc32(head)
                for _ in range(repeats):
                    out.write(block)
                    crc = zlib.crc32(chunk, crc)
                crc = zlib.crc32(tail, crc)
                last = compressor.compress(tail)
                out.write(last)
                # The zip writer finishes the member with the compressor's flush and these sums.
                writer._compressor = compressor  # type: ignore[attr-defined]
                writer._file_size = len(head) + repeats * len(chunk) + len(tail)  # type: ignore[attr-defined]
                writer._compress_size = len(first) + repeats * len(block) + len(last)  # type: ignore[attr-defined]
                writer._crc = crc  # type: ignore[attr-defined]
    return buffer.getvalue()


# --- the list --------------------------------------------------------------------------------

P = "Spalte „price_eur“"


def cases(*, long_run: bool = False) -> list[Case]:
    """Every hostile file; without ``long_run`` the slow ones are left out."""
    all_cases = [
        # --- CSV: encodings and file kinds ---
        Case("leer.csv", lambda: b"", expect=("leer.csv", "keine Fahrzeuge")),
        Case("nur-kopfzeile.csv", lambda: _utf8(_csv([])), expect=("keine Fahrzeuge",)),
        Case("nur-leerzeilen.csv", lambda: b"\n \n\t\n\r\n", expect=("keine Fahrzeuge",)),
        Case(
            "windows-1252.csv",
            lambda: _csv([_row("H1", make="Müller", price="32.990")], delimiter=";").encode(
                "cp1252"
            ),
            imports=True,
            present=("Müller", "32990"),
            absent=("Ã",),
        ),
        Case(
            "gemischt-utf8-cp1252.csv",
            _mixed_encodings,
            imports=True,
            present=("Müller", "Jürgen Straße", "Größe"),
            absent=("Ã", "\ufffd"),
        ),
        Case(
            "bom-dann-cp1252.csv",
            _bom_then_cp1252,
            imports=True,
            present=("Müller", "Öztürk"),
            absent=("Ã", "\ufffd"),
        ),
        Case(
            "utf8-bom.csv",
            lambda: b"\xef\xbb\xbf" + _utf8(_csv([_row("H1", make="Citroën")])),
            imports=True,
            present=("Citroën",),
        ),
        Case(
            "utf16-bom.csv",
            lambda: _csv([_row("H1", make="Müller")]).encode("utf-16"),
            expect=("UTF-16",),
        ),
        Case(
            "utf16-ohne-bom.csv",
            lambda: _csv([_row("H1")]).encode("utf-16-le"),
            expect=("UTF-16",),
        ),
        Case(
            "undefinierte-cp1252-bytes.csv",
            _undefined_cp1252,
            expect=("Zeile 3", "weder UTF-8 noch Windows-1252"),
        ),
        Case(
            "nul-bytes.csv",
            lambda: _one_bad_row(model="Go\x00lf"),
            expect=("Zeile 3", "Spalte „model“", "Steuerzeichen"),
        ),
        Case("binaer.csv", _binary_garbage, expect=("binär",)),
        Case(
            "bild-als-csv.csv",
            lambda: b"\x89PNG\r\n\x1a\n" + _binary_garbage(),
            expect=("binär",),
        ),
        Case(
            "excel-als-csv.csv",
            lambda: _workbook([HEADER, *_good_rows(3)]),
            imports=True,
            present=("X3",),
        ),
        Case(
            "csv-als-xlsx.xlsx",
            lambda: _utf8(_csv([_row("H1")])),
            expect=("keine Excel-Datei",),
        ),
        Case(
            "nur-cr-zeilenenden.csv",
            lambda: _utf8(_csv([_row("H1")]).replace("\n", "\r")),
            imports=True,
            present=("H1",),
        ),
        Case(
            "sep-hinweis.csv",
            lambda: _utf8("sep=;\n" + _csv([_row("H1", price="19.990,50")], delimiter=";")),
            imports=True,
            present=("19990.50",),
        ),
        # --- CSV: structure ---
        Case(
            "anfuehrungszeichen-offen.csv",
            lambda: _utf8(_csv([_row("H1"), _row("H2"), _row("H3", model='"Golf')])),
            expect=("Zeile 4", "Anführungszeichen"),
        ),
        Case(
            "zelle-200000-zeichen.csv",
            lambda: _utf8(
                _csv(
                    [[*_row("H1"), "kurz"], [*_row("H2"), "x" * 200_000]], header=(*HEADER, "notes")
                )
            ),
            expect=("Zeile 3", "länger als 131.072 Zeichen"),
        ),
        Case(
            "zelle-100000-zeichen.csv",
            lambda: _utf8(_csv([[*_row("H1"), "x" * 100_000]], header=(*HEADER, "notes"))),
            imports=True,
            present=("x" * 100_000,),
        ),
        Case(
            "million-spalten.csv",
            lambda: _utf8(",".join([*HEADER, *(f"k{i}" for i in range(1_000_000))]) + "\n"),
            expect=("Zeile 1", "1.000.007 Spalten"),
        ),
        Case(
            "million-leere-zellen.csv",
            lambda: _utf8(_csv([_row("H1")]).rstrip("\n") + "," * 1_000_000 + "\n"),
            imports=True,
            present=("H1",),
        ),
        Case(
            "kopf-doppelt.csv",
            lambda: _utf8(_csv([[*_row("H1"), "Audi"]], header=(*HEADER, "make"))),
            expect=("Zeile 1", "Spalte „make“", "doppelt"),
        ),
        Case(
            "pflichtspalte-fehlt.csv",
            lambda: _utf8(_csv([["H1", "VW"]], header=("id", "make"))),
            expect=("Zeile 1", P, "Pflichtspalte fehlt"),
        ),
        Case(
            "trennzeichen-senkrecht.csv",
            lambda: _utf8(_csv([_row("H1")], delimiter="|")),
            expect=("Zeile 1", "Trennzeichen nicht erkannt"),
        ),
        Case(
            "zu-viele-zellen.csv",
            lambda: _utf8(_csv([_row("H1"), [*_row("H2"), "übrig"]])),
            expect=("Zeile 3", "mehr Zellen"),
        ),
        Case(
            "kennung-doppelt.csv",
            lambda: _utf8(_csv([_row("H1"), _row("H1")])),
            expect=("Zeile 3", "Spalte „id“", "schon in Zeile 2"),
        ),
        Case(
            "leerzeilen-dann-fehler.csv",
            _blank_lines_then_error,
            expect=("Zeile 200003", "Spalte „seats“"),
        ),
        Case(
            "mehrzeilige-zelle-dann-fehler.csv",
            _multiline_cell_then_error,
            expect=("Zeile 5", P),
        ),
        # --- CSV: numbers ---
        Case(
            "preis-40-stellen.csv",
            lambda: _one_bad_row(price="1" * 40),
            expect=("Zeile 3", P, "zu groß"),
        ),
        Case(
            "preis-40-stellen-gruppiert.csv",
            lambda: _csv([_row("H1", price="1" + ".000" * 13)], delimiter=";").encode(),
            expect=("Zeile 2", P, "zu groß"),
        ),
        Case("preis-nan.csv", lambda: _one_bad_row(price="NaN"), expect=("Zeile 3", P, "„NaN“")),
        Case(
            "sitze-infinity.csv",
            lambda: _one_bad_row(seats="Infinity"),
            expect=("Zeile 3", "Spalte „seats“", "„Infinity“"),
        ),
        Case(
            "verbrauch-inf.csv",
            lambda: _utf8(
                _csv(
                    [[*_row("H1"), "inf"], [*_row("H2"), "-inf"], [*_row("H3"), "nan"]],
                    header=(*HEADER, "consumption_l_100km"),
                )
            ),
            expect=("Zeile 2", "Zeile 3", "Zeile 4", "Spalte „consumption_l_100km“"),
        ),
        Case(
            "preis-1e309.csv",
            lambda: _one_bad_row(price="1e309"),
            expect=("Zeile 3", P, "„1e309“"),
        ),
        Case(
            "preis-minus-null.csv",
            lambda: _one_bad_row(price="-0"),
            expect=("Zeile 3", P, "außerhalb"),
        ),
        Case(
            "isofix-minus-null.csv",
            lambda: _utf8(_csv([[*_row("H1"), "-0"]], header=(*HEADER, "isofix"))),
            imports=True,
            present=("H1",),
            absent=("-0",),
        ),
        Case(
            "formel-text.csv",
            lambda: _utf8(
                _csv(
                    [
                        _row("H1", model='"=HYPERLINK(""http://x.example"",""klick"")"'),
                        _row("H2", model="@SUMME(A1)"),
                        _row("H3", model="+49 Sonder"),
                    ]
                )
            ),
            imports=True,
            present=("'=HYPERLINK", "'@SUMME", "'+49"),
        ),
        Case(
            "formel-preis.csv",
            lambda: _one_bad_row(price="=1+1"),
            expect=("Zeile 3", P, "kein Geldbetrag"),
        ),
        Case(
            "steuerzeichen-escape.csv",
            lambda: _utf8(
                _csv([_row("H1"), _row("H2", price="\x1b[2J\x1b[31m1000")])
                + _csv([_row(f"H{n}") for n in range(3, 40)]).split("\n", 1)[1]
            ),
            expect=("Zeile 3", P),
            absent=("\x1b",),
        ),
        Case(
            "zeilen-100001.csv",
            lambda: _utf8(_csv(_row(f"Z{n}") for n in range(100_001))),
            expect=("Zeile 100002", "mehr als 100.000 Fahrzeugzeilen"),
            alone=True,
        ),
        Case(
            "fehler-50000.csv",
            lambda: _many_errors(50_000),
            expect=("Zeile 2", "Spalte „seats“", "50.000 Problem", "… und 49.900 weitere Fehler"),
        ),
        # --- XLSX: containers ---
        Case("zip-bombe-1mb.xlsx", lambda: zip_bomb(1), expect=("ZIP-Bombe",)),
        Case("zip-bombe-15mb.xlsx", lambda: zip_bomb(15), expect=("ZIP-Bombe",)),
        Case("zip-viele-teile.xlsx", _many_members, expect=("höchstens 2.000",)),
        Case("zip-abgeschnitten.xlsx", _truncated_xlsx, expect=("keine gültige Excel-Datei",)),
        Case("zip-falsche-groessen.xlsx", _lying_sizes_xlsx, expect=("Excel-Datei",)),
        Case("zip-fremd.xlsx", _foreign_zip, expect=("keine gültige Excel-Datei",)),
        Case("ods-als-xlsx.xlsx", _ods, expect=("OpenDocument",)),
        Case(
            "xls-als-xlsx.xlsx",
            lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4000),
            expect=("alten Excel-Format",),
        ),
        Case("xxe-sharedstrings.xlsx", _xxe, expect=("Excel-Datei",), absent=("root:", "/bin/")),
        Case(
            "billion-laughs-sharedstrings.xlsx",
            _laughs_in_shared_strings,
            expect=("Excel-Datei",),
            absent=("lollol",),
        ),
        Case(
            "billion-laughs-sheet.xlsx",
            _laughs_in_sheet,
            expect=("Excel-Datei",),
            absent=("lollol",),
        ),
        Case(
            "sheet-xml-kaputt.xlsx",
            lambda: _replaced(sheet=_sheet_xml(_numbered([HEADER, *_good_rows(5)]))[:-40]),
            expect=("Excel-Datei",),
        ),
        Case(
            "sharedstrings-index-falsch.xlsx",
            lambda: _replaced(
                sheet=_shared_strings_sheet().replace(b"<v>0</v>", b"<v>999999</v>"),
                shared_strings=b'<sst xmlns="' + MAIN_NS.encode() + b'"><si><t>a</t></si></sst>',
            ),
            expect=("Excel-Datei",),
        ),
        # --- XLSX: content ---
        Case("leer.xlsx", lambda: _workbook([]), expect=("keine Fahrzeuge",)),
        Case("nur-kopfzeile.xlsx", lambda: _workbook([HEADER]), expect=("keine Fahrzeuge",)),
        Case(
            "million-spalten.xlsx",
            lambda: _wide_xlsx(1_000_000),
            expect=("Zeile 1", "16.384 Zellen"),
        ),
        Case("spalten-400.xlsx", lambda: _wide_xlsx(400), expect=("Zeile 1", "400 Spalten")),
        Case(
            "preis-40-stellen.xlsx",
            lambda: _sheet_with(["X1", "VW", "Golf", "suv", Num("1" * 40), 5, "ev"]),
            expect=("Zeile 2", P),
        ),
        Case(
            "preis-nan.xlsx",
            lambda: _sheet_with(["X1", "VW", "Golf", "suv", Num("NaN"), 5, "ev"]),
            expect=("Zeile 2", P),
        ),
        Case(
            "preis-1e309.xlsx",
            lambda: _sheet_with(["X1", "VW", "Golf", "suv", Num("1e309"), 5, "ev"]),
            expect=("Zeile 2", P),
        ),
        Case(
            "sitze-minus-inf.xlsx",
            lambda: _sheet_with(["X1", "VW", "Golf", "suv", 1000, Num("-INF"), "ev"]),
            expect=("Zeile 2", "Spalte „seats“"),
        ),
        Case(
            "preis-5000-stellen.xlsx",
            lambda: _sheet_with(["X1", "VW", "Golf", "suv", Num("9" * 5000), 5, "ev"]),
            expect=("Zeile 2", P, "zu groß"),
        ),
        Case(
            "preis-1e300.xlsx",
            lambda: _sheet_with(["X1", "VW", "Golf", "suv", Num("1e300"), 5, "ev"]),
            expect=("Zeile 2", P, "zu groß"),
        ),
        Case(
            "preis-minus-null.xlsx",
            lambda: _sheet_with(["X1", "VW", "Golf", "suv", Num("-0"), 5, "ev"]),
            expect=("Zeile 2", P, "außerhalb"),
        ),
        Case(
            "formel-zellen.xlsx",
            lambda: _sheet_with(
                ["X1", "VW", "Golf", "suv", Raw('<c r="{ref}"><f>1/0</f></c>'), 5, "ev"],
                [
                    "X2",
                    "VW",
                    "Golf",
                    "suv",
                    Raw('<c r="{ref}" t="e"><f>1/0</f><v>#DIV/0!</v></c>'),
                    5,
                    "ev",
                ],
                [
                    "X3",
                    "VW",
                    "Golf",
                    "suv",
                    Raw('<c r="{ref}"><f>A1*2</f><v>30000</v></c>'),
                    5,
                    "ev",
                ],
            ),
            expect=("Zeile 2", "Zeile 3", P),
            absent=("Zeile 4",),
        ),
        Case(
            "zelle-200000-zeichen.xlsx",
            lambda: _long_cell_xlsx(200_000),
            expect=("Zeile 3", "länger als 131.072 Zeichen"),
        ),
        Case(
            "kopf-doppelt.xlsx",
            lambda: _workbook([[*HEADER, "Make"], ["X1", "VW", "Golf", "suv", 1, 5, "ev", "A"]]),
            expect=("Zeile 1", "doppelt"),
        ),
        Case("ferne-zeile.xlsx", _far_row_xlsx, expect=("Zeile 1048576", "Spalte „seats“")),
        Case(
            "datum-als-preis.xlsx",
            lambda: _sheet_with(
                [
                    "X1",
                    "VW",
                    "Golf",
                    "suv",
                    Raw('<c r="{ref}" t="d"><v>2024-01-01</v></c>'),
                    5,
                    "ev",
                ]
            ),
            expect=("Zeile 2", P, "Datum"),
        ),
        Case(
            "fehler-50000.xlsx",
            lambda: _many_errors_xlsx(50_000),
            expect=("Zeile 2", "Spalte „seats“", "… und 49.900 weitere Fehler"),
            alone=True,
        ),
        Case(
            "xlsx-als-txt.txt",
            lambda: _workbook([HEADER, *_good_rows(2)]),
            imports=True,
            present=("X2",),
        ),
        # --- big files: any file up to 20 MB in 30 s and 600 MB ---
        Case(
            "katalog-20mb.csv",
            lambda: _valid_catalogue_csv(20 * 1024 * 1024, 95_000),
            imports=True,
            present=("W0095000", "Müller Automobile"),
            long_only=True,
            alone=True,
        ),
        Case(
            "katalog-20mb-200000-zeilen.csv",
            lambda: _valid_catalogue_csv(20 * 1024 * 1024, 200_000),
            expect=("Zeile 100002", "mehr als 100.000 Fahrzeugzeilen"),
            long_only=True,
            alone=True,
        ),
        Case(
            "fehler-ueberall-20mb.csv",
            lambda: _errors_everywhere(20 * 1024 * 1024),
            expect=("Zeile 2", "mehr als 100.000 Fahrzeugzeilen", "weitere Fehler"),
            long_only=True,
            alone=True,
        ),
        Case(
            "katalog-20mb.xlsx",
            lambda: _valid_catalogue_xlsx(20 * 1024 * 1024, 95_000),
            imports=True,
            present=("W0095000", "Müller Automobile"),
            long_only=True,
            alone=True,
        ),
        Case(
            "katalog-20mb-300000-zeilen.xlsx",
            lambda: _valid_catalogue_xlsx(20 * 1024 * 1024, 300_000),
            expect=("Zeile 100002", "mehr als 100.000 Fahrzeugzeilen"),
            long_only=True,
            alone=True,
        ),
    ]
    return [
        case
        for case in all_cases
        if long_run or not (case.long_only or case.name in NEAR_DUPLICATES)
    ]


# Close relatives of other cases: a child process costs 2–3 s of start-up, so these run only
# with KUNDENGESPRAECH_LONG=1 (or ``--long``) and CI stays near a minute.
NEAR_DUPLICATES = frozenset(
    {
        "nur-leerzeilen.csv",
        "utf16-ohne-bom.csv",
        "bild-als-csv.csv",
        "nur-cr-zeilenenden.csv",
        "sep-hinweis.csv",
        "zelle-100000-zeichen.csv",
        "million-leere-zellen.csv",
        "pflichtspalte-fehlt.csv",
        "trennzeichen-senkrecht.csv",
        "zu-viele-zellen.csv",
        "kennung-doppelt.csv",
        "mehrzeilige-zelle-dann-fehler.csv",
        "preis-40-stellen-gruppiert.csv",
        "isofix-minus-null.csv",
        "zip-viele-teile.xlsx",
        "zip-fremd.xlsx",
        "ods-als-xlsx.xlsx",
        "leer.xlsx",
        "kopf-doppelt.xlsx",
        "datum-als-preis.xlsx",
        "preis-1e300.xlsx",
        "sitze-minus-inf.xlsx",
        "xlsx-als-txt.txt",
    }
)


def write_all(folder: Path, *, long_run: bool = False) -> list[tuple[Case, Path]]:
    """Write every case's file into ``folder``; returns each case with its path."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for case in cases(long_run=long_run):
        path = folder / case.name
        path.write_bytes(case.make())
        written.append((case, path))
    return written


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--long", action="store_true", help="also the 20 MB files")
    args = parser.parse_args(argv)
    for case, path in write_all(args.folder, long_run=args.long):
        verdict = "importierbar" if case.imports else "abzulehnen"
        print(f"{path.stat().st_size:>12,} B  {verdict:<12} {path}")


if __name__ == "__main__":
    main()
