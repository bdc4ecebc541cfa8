"""Every kind of faulty catalogue file is refused with a clear German message; nothing imports."""

from __future__ import annotations

import pytest

from kundengespraech.importers.catalogue_csv import csv_headers, parse_catalogue_csv
from kundengespraech.importers.catalogue_file import parse_catalogue_file
from kundengespraech.importers.issues import CatalogueImportError, ImportIssue

HEADER = "id,make,model,body_type,price_eur,seats,powertrain"
ROW = "D1,VW,Golf,compact,29990,5,petrol"


def only_issue(data: bytes, name: str = "katalog.csv") -> ImportIssue:
    parsed = parse_catalogue_file(data, name)
    assert parsed.vehicles == ()
    (issue,) = parsed.issues
    return issue


def test_utf16_without_byte_order_mark() -> None:
    issue = only_issue(f"{HEADER}\n{ROW}\n".encode("utf-16-le"))
    assert "UTF-16" in issue.message and "CSV UTF-8" in issue.message


def test_utf16_with_byte_order_mark() -> None:
    assert "UTF-16" in only_issue(f"{HEADER}\n{ROW}\n".encode("utf-16")).message


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4,
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n\x00\x01\x02\x03\x04\x05" * 50,
        bytes(range(256)) * 20,
    ],
)
def test_binary_files(data: bytes) -> None:
    assert "keine Textdatei" in only_issue(data).message


def test_old_excel_format() -> None:
    data = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600)
    assert ".xls" in only_issue(data, "katalog.xls").message


def test_single_column_header_means_the_delimiter_was_not_recognised() -> None:
    issue = only_issue(f"{HEADER.replace(',', '|')}\n{ROW.replace(',', '|')}\n".encode())
    assert issue.line == 1
    assert issue.message.startswith("Trennzeichen nicht erkannt")
    assert "Komma, Semikolon und Tabulator" in issue.message


def test_rows_split_by_another_delimiter_than_the_header() -> None:
    data = f"{HEADER}\n{ROW}\n{ROW.replace(',', ';')}\n".encode()
    issue = only_issue(data)
    assert (issue.line, issue.column) == (3, "")
    assert "Semikolon" in issue.message and "Komma" in issue.message


def test_tab_separated_file_is_read_with_german_numbers() -> None:
    data = (
        f"{HEADER}\tconsumption_l_100km\n".replace(",", "\t")
        + "D1\tVW\tGolf\tcompact\t29.990\t5\tpetrol\t4,9\n"
    ).encode("cp1252")
    (vehicle,) = parse_catalogue_csv(data, "k.txt").vehicles_or_raise()
    assert (int(vehicle.price_eur), vehicle.consumption_l_100km) == (29990, 4.9)


def test_out_of_range_unknown_values_and_duplicates_are_each_reported() -> None:
    data = (
        f"{HEADER},condition,ncap_stars\n"
        f"{ROW},new,5\n"
        "D1,VW,Polo,city,-5,0,petrol,used,6\n"
        "D2,VW,Polo,spaceship,19990,5,steam,fast,\n"
    ).encode()
    parsed = parse_catalogue_csv(data, "k.csv")
    messages = {(i.line, i.column): i.message for i in parsed.issues}
    assert set(messages) == {
        (3, "id"),
        (3, "price_eur"),
        (3, "seats"),
        (3, "ncap_stars"),
        (4, "body_type"),
        (4, "powertrain"),
        (4, "condition"),
    }
    assert messages[(3, "id")] == "Kennung „D1“ gibt es schon in Zeile 2"
    assert "plausiblen Bereichs (1 bis 9)" in messages[(3, "seats")]
    assert "erlaubt: petrol, diesel, hybrid, phev, ev" in messages[(4, "powertrain")]
    assert parsed.row_count == 3 and parsed.vehicles == ()


def test_first_registration_written_as_a_date_gives_the_year() -> None:
    data = f"{HEADER},year\n{ROW},03/2021\nD2,VW,Up,city,9990,4,petrol,15.03.2019\n"
    vehicles = parse_catalogue_csv(data.encode(), "k.csv").vehicles_or_raise()
    assert [v.year for v in vehicles] == [2021, 2019]


def test_ignored_and_kept_columns() -> None:
    data = f"{HEADER},Farbe,EK-Preis\n{ROW},blau,21000\n".encode()
    parsed = parse_catalogue_csv(data, "k.csv", column_map={"EK-Preis": ""})
    (vehicle,) = parsed.vehicles_or_raise()
    assert vehicle.extra == {"Farbe": "blau"}


def test_a_contract_header_cannot_be_kept_as_extra_column() -> None:
    data = f"{HEADER},notes\n{ROW},x\n".encode()
    parsed = parse_catalogue_csv(data, "k.csv", column_map={"notes": None})
    assert [(i.line, i.column) for i in parsed.issues] == [(1, "notes")]


def test_column_map_with_unknown_target_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="sitze"):
        parse_catalogue_csv(b"a,b\n1,2\n", column_map={"a": "sitze"})


def test_headers_of_a_csv_file() -> None:
    assert csv_headers("\ufeffMarke;Preis;;Sitze\r\nVW;1;;5\r\n".encode()) == [
        "Marke",
        "Preis",
        "",
        "Sitze",
    ]
    with pytest.raises(CatalogueImportError):
        csv_headers("Marke;Preis".encode("utf-16"))


def test_parse_collects_what_read_would_raise() -> None:
    parsed = parse_catalogue_csv(b"", "leer.csv")
    assert not parsed.ok and parsed.issues[0].message == "Die Datei enthält keine Fahrzeuge"
    with pytest.raises(CatalogueImportError):
        parsed.vehicles_or_raise()


def test_headers_of_a_long_windows_1252_file() -> None:
    rows = "".join(f"D{n};VW;Käfer;city;9990;4;petrol\r\n" for n in range(40_000))
    data = f"Kennung;Marke;Modell;Aufbau;Preis;Sitzplätze;Kraftstoff\r\n{rows}".encode("cp1252")
    assert len(data) > 1 << 20
    assert csv_headers(data)[-2:] == ["Sitzplätze", "Kraftstoff"]
