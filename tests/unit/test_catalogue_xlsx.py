"""Catalogue import from Excel workbooks: typed cells, sheet/row/header in errors, wrong files."""

from __future__ import annotations

import io
import zipfile
from datetime import datetime
from decimal import Decimal
from typing import Any

import pytest
from openpyxl import Workbook

from kundengespraech.domain.catalogue import Vehicle
from kundengespraech.importers.catalogue_file import file_headers, parse_catalogue_file
from kundengespraech.importers.catalogue_xlsx import parse_catalogue_xlsx
from kundengespraech.importers.issues import CatalogueImportError

HEADER = ["id", "make", "model", "body_type", "price_eur", "seats", "powertrain"]


def workbook(*sheets: tuple[str, list[list[Any]]], active: int = 0) -> bytes:
    book = Workbook()
    book.remove(book.active)
    for title, rows in sheets:
        sheet = book.create_sheet(title)
        for row_number, row in enumerate(rows, start=1):
            for column, value in enumerate(row, start=1):
                if value is not None:
                    sheet.cell(row=row_number, column=column, value=value)
    book.active = active
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def test_typed_numbers_dates_and_flags_are_read() -> None:
    rows = [
        [*HEADER, "year", "consumption_l_100km", "awd", "tow_bar", "towing_kg", "notes"],
        ["A1", "Skoda", "Octavia", "estate", 32990.0, 5, "diesel",
         datetime(2021, 3, 15), 4.9, True, False, 2000, 1234],
        [1002, "VW", "Up", "city", 12990.5, 4.0, "petrol", 2019, None, None, None, None],
    ]  # fmt: skip
    data = workbook(("Fahrzeuge", rows))
    parsed = parse_catalogue_xlsx(data, "katalog.xlsx")
    assert parsed.issues == ()
    octavia, up = parsed.vehicles
    assert octavia == Vehicle(
        "A1", "Skoda", "Octavia", "estate", Decimal("32990"), 5, "diesel",
        year=2021, consumption_l_100km=4.9, awd=True, tow_bar="no", towing_kg=2000, notes="1234",
    )  # fmt: skip
    assert str(octavia.price_eur) == "32990"
    assert (up.id, up.price_eur, up.seats, up.year) == ("1002", Decimal("12990.5"), 4, 2019)
    # empty cells stay unknown, never zero
    assert up.consumption_l_100km is None and up.awd is None and up.towing_kg is None
    assert parsed.lines == (2, 3) and parsed.sheet == "Fahrzeuge"


def test_errors_name_sheet_excel_row_and_header() -> None:
    rows = [
        ["Kennung", *HEADER[1:]],
        ["A1", "VW", "Golf", "compact", 29990, 5, "petrol"],
        [None] * 7,  # an empty row keeps Excel's numbering
        ["A2", "VW", "Polo", "kombi2", "teuer", 5.5, "petrol"],
        ["A1", "VW", "Polo", "city", datetime(2020, 1, 1), 12, "wasserstoff"],
    ]
    parsed = parse_catalogue_xlsx(
        workbook(("Bestand", rows)), "bestand.xlsx", column_map={"Kennung": "id"}
    )
    found = {(i.sheet, i.line, i.column) for i in parsed.issues}
    assert found == {
        ("Bestand", 4, "body_type"),
        ("Bestand", 4, "price_eur"),
        ("Bestand", 4, "seats"),
        ("Bestand", 5, "Kennung"),
        ("Bestand", 5, "price_eur"),
        ("Bestand", 5, "seats"),
        ("Bestand", 5, "powertrain"),
    }
    messages = {(i.line, i.column): i.message for i in parsed.issues}
    assert messages[(4, "seats")] == "„5.5“ ist keine ganze Zahl"
    assert "Datum" in messages[(5, "price_eur")]
    assert "1 bis 9" in messages[(5, "seats")]
    text = str(next(i for i in parsed.issues if i.column == "Kennung"))
    assert text.startswith("bestand.xlsx, Blatt „Bestand“, Zeile 5, Spalte „Kennung“: ")
    assert parsed.vehicles == ()


def test_price_with_cents_beyond_two_places_and_text_numbers() -> None:
    rows = [HEADER, ["A1", "VW", "Golf", "compact", 29990.123, "5", "petrol"],
            ["A2", "VW", "Golf", "compact", "32.990,50 €", " 5 ", "Benziner"]]  # fmt: skip
    parsed = parse_catalogue_xlsx(workbook(("Tabelle1", rows)), "k.xlsx")
    ((line, column),) = {(i.line, i.column) for i in parsed.issues}
    assert (line, column) == (2, "price_eur")
    rows.pop(1)
    (vehicle,) = parse_catalogue_xlsx(workbook(("Tabelle1", rows)), "k.xlsx").vehicles_or_raise()
    assert (vehicle.price_eur, vehicle.seats, vehicle.powertrain) == (
        Decimal("32990.50"),
        5,
        "petrol",
    )


def test_active_sheet_is_read_or_the_first_with_data() -> None:
    rows = [HEADER, ["A1", "VW", "Golf", "compact", 29990, 5, "petrol"]]
    other = [HEADER, ["B1", "VW", "Polo", "city", 19990, 5, "petrol"]]
    data = workbook(("Info", [["nur ein Hinweis"]]), ("Katalog", rows), ("Alt", other), active=1)
    assert [v.id for v in parse_catalogue_xlsx(data, "k.xlsx").vehicles] == ["A1"]
    empty_active = workbook(("Leer", []), ("Katalog", rows), active=0)
    parsed = parse_catalogue_xlsx(empty_active, "k.xlsx")
    assert [v.id for v in parsed.vehicles] == ["A1"] and parsed.sheet == "Katalog"


def test_headers_of_a_workbook() -> None:
    data = workbook(("Tabelle1", [[None], ["Marke", " Preis ", None, "Sitze"], ["VW"]]))
    assert file_headers(data, "k.xlsx") == ["Marke", "Preis", "", "Sitze"]


def test_workbook_without_vehicles() -> None:
    parsed = parse_catalogue_xlsx(workbook(("Tabelle1", [HEADER])), "k.xlsx")
    assert [i.message for i in parsed.issues] == ["Die Datei enthält keine Fahrzeuge"]


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"id;make\r\nA1;VW\r\n", "obwohl sie so heißt"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512), "alten Excel-Format (.xls)"),
        (b"PK\x03\x04" + bytes(100), "beschädigt oder ein anderes ZIP-Archiv"),
    ],
)
def test_a_file_named_xlsx_that_is_no_workbook(data: bytes, expected: str) -> None:
    parsed = parse_catalogue_file(data, "katalog.xlsx")
    ((issue),) = parsed.issues
    assert expected in issue.message and issue.line == 0
    with pytest.raises(CatalogueImportError):
        file_headers(data, "katalog.xlsx")


def test_opendocument_spreadsheet_is_named() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", "<x/>")
    (issue,) = parse_catalogue_file(buffer.getvalue(), "katalog.ods").issues
    assert "OpenDocument" in issue.message


def test_workbook_is_recognised_by_content_whatever_its_name() -> None:
    rows = [HEADER, ["A1", "VW", "Golf", "compact", 29990, 5, "petrol"]]
    parsed = parse_catalogue_file(workbook(("T", rows)), "export.csv")
    assert [v.id for v in parsed.vehicles] == ["A1"]
