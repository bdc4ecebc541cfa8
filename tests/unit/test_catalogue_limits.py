"""Hostile catalogue cells and archives: refused with a message, never a crash or an injection."""

from __future__ import annotations

import io
import zipfile

import pytest

from kundengespraech.importers import rows
from kundengespraech.importers.catalogue_csv import (
    parse_catalogue_csv,
    read_catalogue,
    write_catalogue,
)
from kundengespraech.importers.catalogue_xlsx import parse_catalogue_xlsx, xlsx_headers
from kundengespraech.importers.issues import (
    MAX_ISSUES,
    CatalogueImportError,
    issue_lines,
    more_issues_text,
)

HEADER = "id,make,model,body_type,price_eur,seats,powertrain\n"


def test_formula_cells_are_neutralised_on_export_and_restored_on_import() -> None:
    data = (HEADER + '1,"=HYPERLINK(""x"")",@SUM,city,-5,5,petrol\n').encode()
    data = data.replace(b",-5,", b",5,")
    vehicles = read_catalogue(data)
    written = write_catalogue(vehicles)
    assert b"'=HYPERLINK" in written and b"'@SUM" in written
    assert read_catalogue(written) == vehicles


def test_a_40_digit_price_gets_a_located_message() -> None:
    parsed = parse_catalogue_csv((HEADER + "1,VW,Golf,city," + "9" * 40 + ",5,petrol\n").encode())
    assert [(i.line, i.column) for i in parsed.issues] == [(2, "price_eur")]
    assert "zu groß" in parsed.issues[0].message


def test_a_long_cell_is_not_called_an_unbalanced_quote() -> None:
    parsed = parse_catalogue_csv((HEADER + "1,VW," + "x" * 200_000 + ",city,5,5,petrol\n").encode())
    assert "länger als" in parsed.issues[0].message


def test_a_zip_bomb_is_refused_before_it_is_opened() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (300 * 1024 * 1024))
    parsed = parse_catalogue_xlsx(buffer.getvalue(), "bombe.xlsx")
    assert "ZIP-Bombe" in parsed.issues[0].message or "entpackt" in parsed.issues[0].message


def test_collected_problems_are_capped_and_the_rest_counted() -> None:
    rows = "".join(f"{n},VW,Golf,city,5000,x,petrol\n" for n in range(1, 1236))
    parsed = parse_catalogue_csv((HEADER + rows).encode(), "k.csv")
    assert len(parsed.issues) == MAX_ISSUES == 100
    assert parsed.more_issues == 1135 and parsed.issue_count == 1235
    assert [issue.line for issue in parsed.issues] == list(range(2, 102))
    lines = issue_lines(parsed.issues, parsed.more_issues, indent="  ")
    assert len(lines) == 101 and lines[-1] == "  … und 1.135 weitere Fehler"
    with pytest.raises(CatalogueImportError) as raised:
        parsed.vehicles_or_raise()
    assert raised.value.count == 1235
    assert str(raised.value).startswith("Der Katalog wurde nicht importiert (1.235 Fehler)")
    assert str(raised.value).endswith("… und 1.135 weitere Fehler")


def test_one_more_problem_is_named_in_the_singular() -> None:
    assert more_issues_text(1) == "… und 1 weiterer Fehler"
    assert more_issues_text(1234) == "… und 1.234 weitere Fehler"
    assert issue_lines([], 0) == []


def test_mixed_utf8_and_windows_1252_lines_are_each_read_right() -> None:
    lines = [HEADER.encode()]
    for number in range(2, 21):
        row = f"M{number},Müller,Größe,city,5000,5,petrol\n"
        lines.append(row.encode("cp1252" if number in (5, 17) else "utf-8"))
    vehicles = read_catalogue(b"".join(lines))
    assert len(vehicles) == 19
    assert {(v.make, v.model) for v in vehicles} == {("Müller", "Größe")}


def test_a_line_that_is_neither_utf8_nor_windows_1252_is_named() -> None:
    data = (HEADER + "1,Müller,Golf,city,5000,5,petrol\n").encode()
    data += b"2,M\x81ller,Up,city,1,5,ev\n"
    parsed = parse_catalogue_csv(data, "k.csv")
    assert [(i.line, i.column) for i in parsed.issues] == [(3, "")]
    assert "weder UTF-8 noch Windows-1252" in parsed.issues[0].message
    assert "0x81" in parsed.issues[0].message


def _sheet(*cells: str) -> bytes:
    from tests.reliability.hostile_catalogues import HEADER as COLUMNS
    from tests.reliability.hostile_catalogues import Num, _sheet_with

    return _sheet_with(["X1", "VW", "Golf", "suv", *(Num(c) for c in cells)][: len(COLUMNS)])


def test_nan_infinity_and_huge_numbers_in_excel_cells_are_located() -> None:
    for price, reason in (
        ("NaN", "„NaN“ ist kein Geldbetrag"),
        ("-INF", "„-INF“ ist kein Geldbetrag"),
        ("1e309", "„1e309“ ist kein Geldbetrag"),
        ("1" * 40, "zu groß"),
        ("9" * 5000, "zu groß"),
        ("1e300", "zu groß"),
    ):
        parsed = parse_catalogue_xlsx(_sheet(price, "5", "ev"), "k.xlsx")
        assert [(i.line, i.column) for i in parsed.issues] == [(2, "price_eur")], price
        assert reason in parsed.issues[0].message, parsed.issues[0].message


def test_a_row_wider_than_excel_allows_is_refused_before_openpyxl_reads_it() -> None:
    from tests.reliability.hostile_catalogues import _wide_xlsx

    parsed = parse_catalogue_xlsx(_wide_xlsx(20_000), "breit.xlsx")
    assert [(i.line, i.message) for i in parsed.issues] == [
        (1, "Die Zeile hat mehr als 16.384 Zellen – mehr, als Excel erlaubt; "
            "die Datei ist kein Katalog")
    ]  # fmt: skip


def test_entities_in_a_workbook_are_refused_as_such() -> None:
    from tests.reliability.hostile_catalogues import _laughs_in_shared_strings, _xxe

    for data in (_xxe(), _laughs_in_shared_strings()):
        parsed = parse_catalogue_xlsx(data, "k.xlsx")
        assert "XML-Entitäten" in parsed.issues[0].message


def test_an_overlong_excel_cell_is_located() -> None:
    from tests.reliability.hostile_catalogues import _long_cell_xlsx

    parsed = parse_catalogue_xlsx(_long_cell_xlsx(200_000), "k.xlsx")
    assert [(i.line, i.column) for i in parsed.issues] == [(3, "notes")]
    assert "länger als 131.072 Zeichen" in parsed.issues[0].message


def test_reading_stops_after_the_most_rows_a_catalogue_may_have(monkeypatch) -> None:
    monkeypatch.setattr(rows, "MAX_ROWS", 5)
    data = (HEADER + "".join(f"{n},VW,Golf,city,5000,5,petrol\n" for n in range(8))).encode()
    parsed = parse_catalogue_csv(data, "k.csv")
    assert [(i.line, i.message) for i in parsed.issues] == [
        (7, "Die Datei hat mehr als 5 Fahrzeugzeilen; ein Katalog hat höchstens 5. "
            "Bitte die Datei aufteilen")
    ]  # fmt: skip
    assert parse_catalogue_csv(data.rsplit(b"\n", 4)[0] + b"\n").ok


def test_control_characters_are_shown_not_sent_to_the_terminal() -> None:
    good = "".join(f"{n},VW,Golf,city,5000,5,petrol\n" for n in range(2, 9))
    data = (HEADER + "1,VW,Golf,city,\x1b[2J5,5,petrol\n" + good).encode()
    parsed = parse_catalogue_csv(data)
    assert "„\\x1b[2J5“" in str(parsed.issues[0])


def test_minus_zero_is_zero() -> None:
    header = HEADER.strip() + ",consumption_l_100km,isofix\n"
    (vehicle,) = read_catalogue((header + "1,VW,Golf,city,5000,5,petrol,-0,-0\n").encode())
    assert (str(vehicle.consumption_l_100km), vehicle.isofix) == ("0.0", 0)


def test_a_sheet_whose_packed_data_is_damaged_is_no_valid_workbook() -> None:
    from tests.reliability.hostile_catalogues import _good_rows, _sheet_with

    data = bytearray(_sheet_with(*_good_rows(500)))
    info = zipfile.ZipFile(io.BytesIO(bytes(data))).getinfo("xl/worksheets/sheet1.xml")
    start = info.header_offset + 30 + len(info.filename) + 40
    data[start : start + 200] = bytes(200)
    with pytest.raises(CatalogueImportError, match="keine gültige Excel-Datei"):
        xlsx_headers(bytes(data), "kaputt.xlsx")
    assert "keine gültige Excel-Datei" in parse_catalogue_xlsx(bytes(data)).issues[0].message
