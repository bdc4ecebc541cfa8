"""Catalogue CSV import and export (contract 2), including the shipped demo catalogue."""

from __future__ import annotations

import csv
import io
import re
from decimal import Decimal
from importlib import resources

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kundengespraech.domain.catalogue import (
    BODY_TYPES,
    COLUMNS,
    CONDITIONS,
    POWERTRAINS,
    TOW_BAR,
    Vehicle,
)
from kundengespraech.importers.catalogue_csv import (
    CatalogueImportError,
    ImportIssue,
    read_catalogue,
    write_catalogue,
)

ASSIST_VOCABULARY = {
    "acc",
    "lane_assist",
    "emergency_brake",
    "blind_spot",
    "parking_camera",
    "parking_sensors",
    "head_up",
}
HEADER = "id,make,model,body_type,price_eur,seats,powertrain"


def demo_bytes() -> bytes:
    return resources.files("kundengespraech_resources").joinpath("demo_catalogue.csv").read_bytes()


def errors_of(data: bytes) -> list[ImportIssue]:
    with pytest.raises(CatalogueImportError) as caught:
        read_catalogue(data, "katalog.csv")
    return caught.value.errors


def where(errors: list[ImportIssue]) -> set[tuple[int, str]]:
    return {(e.line, e.column) for e in errors}


# --- the demo catalogue ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo() -> list[Vehicle]:
    return read_catalogue(demo_bytes(), "demo_catalogue.csv")


def test_demo_catalogue_is_large_and_varied(demo: list[Vehicle]) -> None:
    assert len(demo) >= 48
    assert {v.powertrain for v in demo} == set(POWERTRAINS)
    assert {v.body_type for v in demo} == set(BODY_TYPES)
    assert {v.condition for v in demo} == set(CONDITIONS)
    assert all(re.fullmatch(r"D\d{3}", v.id) for v in demo)
    assert all(v.image == "" for v in demo)
    prices = [v.price_eur for v in demo]
    assert min(prices) < 15_000 < 85_000 < max(prices) <= 95_000


def test_demo_catalogue_covers_the_customers_we_meet(demo: list[Vehicle]) -> None:
    seven_seaters = [v for v in demo if v.seats == 7]
    assert len(seven_seaters) >= 5
    assert any(v.body_type == "van" and v.isofix == 3 for v in demo)
    assert any(v.body_type != "van" and v.isofix == 3 for v in demo)
    assert sum(v.isofix == 2 for v in demo) >= 20
    assert any(v.body_type == "pickup" and v.towing_kg == 3500 and v.awd for v in demo)
    assert any(
        v.body_type == "estate" and (v.towing_kg or 0) >= 2000 and v.tow_bar == "yes" for v in demo
    )
    assert sum(v.body_type == "suv" and (v.towing_kg or 0) >= 2000 for v in demo) >= 3
    assert {v.roof_rails for v in demo} == {True, False}
    assert {v.awd for v in demo} == {True, False}
    assert {v.ncap_stars for v in demo} >= {3, 4, 5}
    assert {v.tow_bar for v in demo} == set(TOW_BAR)


def test_demo_catalogue_has_plausible_electric_and_used_data(demo: list[Vehicle]) -> None:
    evs = [v for v in demo if v.powertrain == "ev"]
    ranges = [v.range_km for v in evs if v.range_km is not None]
    assert len(ranges) == len(evs) >= 8
    assert min(ranges) <= 300 and max(ranges) >= 550
    assert all(v.co2_g_km == 0 and v.consumption_kwh_100km for v in evs)
    assert all(v.year and v.mileage_km for v in demo if v.condition == "used")
    for vehicle in demo:
        assert set(vehicle.assist or ()) <= ASSIST_VOCABULARY
    unknowns = [
        v for v in demo if v.towing_kg is None or v.ncap_stars is None or v.accel_0_100_s is None
    ]
    assert 3 <= len(unknowns) <= 6


def test_demo_catalogue_is_written_exactly_as_export_writes(demo: list[Vehicle]) -> None:
    assert write_catalogue(demo) == demo_bytes()


# --- round trip -----------------------------------------------------------------------------

_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from('\n\r;,"|'),
    max_size=20,
).map(str.strip)
_filled = _text.filter(bool)


def _optional(strategy: st.SearchStrategy) -> st.SearchStrategy:
    return st.none() | strategy


def _ints(low: int, high: int) -> st.SearchStrategy:
    return _optional(st.integers(low, high))


def _floats(low: float, high: float) -> st.SearchStrategy:
    return _optional(st.floats(low, high, allow_nan=False, allow_infinity=False))


vehicles = st.builds(
    Vehicle,
    id=_filled,
    make=_filled,
    model=_filled,
    body_type=st.sampled_from(BODY_TYPES),
    price_eur=st.decimals(Decimal("0.01"), Decimal(10_000_000), places=2),
    seats=st.integers(1, 9),
    powertrain=st.sampled_from(POWERTRAINS),
    variant=_text,
    condition=_optional(st.sampled_from(CONDITIONS)),
    year=_ints(1950, 2100),
    mileage_km=_ints(0, 2_000_000),
    isofix=_ints(0, 9),
    trunk_l=_ints(0, 10_000),
    trunk_max_l=_ints(0, 10_000),
    towing_kg=_ints(0, 20_000),
    tow_bar=_optional(st.sampled_from(TOW_BAR)),
    roof_rails=_optional(st.booleans()),
    consumption_l_100km=_floats(0, 50),
    consumption_kwh_100km=_floats(0, 100),
    range_km=_ints(0, 2000),
    co2_g_km=_ints(0, 1000),
    power_kw=_ints(1, 2000),
    accel_0_100_s=_floats(1, 60),
    top_speed_kmh=_ints(30, 500),
    awd=_optional(st.booleans()),
    ncap_stars=_ints(0, 5),
    assist=_optional(
        st.lists(st.sampled_from([*sorted(ASSIST_VOCABULARY), "night_vision"])).map(tuple)
    ),
    length_mm=_ints(1000, 10_000),
    image=_text,
    notes=_text,
    extra=st.dictionaries(st.from_regex(r"x_[a-z]{1,6}", fullmatch=True), _filled, max_size=3),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(vehicles, min_size=1, max_size=5, unique_by=lambda v: v.id))
def test_export_then_import_gives_the_same_vehicles(original: list[Vehicle]) -> None:
    restored = read_catalogue(write_catalogue(original))
    assert restored == original
    assert [v.extra for v in restored] == [v.extra for v in original]


def test_export_writes_plain_numbers() -> None:
    vehicle = Vehicle(
        "A1",
        "VW",
        "Golf",
        "compact",
        Decimal("32990.00"),
        5,
        "petrol",
        consumption_l_100km=4.9,
        accel_0_100_s=10.0,
        roof_rails=True,
        assist=(),
    )
    cheaper = Vehicle(
        "A2", "VW", "Polo", "city", Decimal("14990.5"), 5, "petrol", assist=("acc", "head_up")
    )
    header, first, second = write_catalogue([vehicle, cheaper]).decode("utf-8").splitlines()
    assert header == ",".join(COLUMNS)
    row = dict(zip(COLUMNS, first.split(","), strict=True))
    assert (row["price_eur"], row["consumption_l_100km"], row["accel_0_100_s"]) == (
        "32990",
        "4.9",
        "10",
    )
    assert (row["roof_rails"], row["awd"], row["assist"], row["year"]) == ("yes", "", "none", "")
    assert ",14990.50," in second and "acc;head_up" in second


def test_export_refuses_an_extra_column_that_shadows_a_contract_column() -> None:
    vehicle = Vehicle("A1", "VW", "Golf", "compact", Decimal(1), 5, "petrol", extra={"Seats": "7"})
    with pytest.raises(ValueError, match="Seats"):
        write_catalogue([vehicle])


# --- German spreadsheet exports -------------------------------------------------------------

GERMAN_EXCEL = (
    "ID;Make;Model;Variant;Body_Type;Condition;Price_EUR;Seats;Powertrain;consumption_l_100km;"
    "towing_kg;tow_bar;awd;assist;accel_0_100_s;notes;Farbe\r\n"
    "K1;Skoda;Octavia Combi;2.0 TDI;Kombi;neu;32.990,00;5;Diesel;4,9;2.000;ja;Ja;"
    '"acc;lane_assist";7.1;Kombi für Müller;Grün\r\n'
    "K2;Dacia;Sandero;;city;gebraucht;13.490 €;5;petrol;5,4;1.100;optional;nein;acc, blind_spot;"
    "12,2;;\r\n"
    ";;;;;;;;;;;;;;;;\r\n"
).encode("cp1252")


def test_german_excel_file_imports_as_it_is() -> None:
    octavia, sandero = read_catalogue(GERMAN_EXCEL, "export.csv")
    assert octavia == Vehicle(
        "K1",
        "Skoda",
        "Octavia Combi",
        "estate",
        Decimal("32990"),
        5,
        "diesel",
        variant="2.0 TDI",
        condition="new",
        consumption_l_100km=4.9,
        towing_kg=2000,
        tow_bar="yes",
        awd=True,
        assist=("acc", "lane_assist"),
        accel_0_100_s=7.1,
        notes="Kombi für Müller",
    )
    assert octavia.extra == {"Farbe": "Grün"}
    assert (sandero.price_eur, sandero.condition, sandero.towing_kg) == (
        Decimal(13490),
        "used",
        1100,
    )
    assert (sandero.assist, sandero.accel_0_100_s, sandero.awd) == (
        ("acc", "blind_spot"),
        12.2,
        False,
    )
    assert sandero.extra == {}


def test_german_excel_file_with_sep_line_and_utf8_bom() -> None:
    data = (
        b"\xef\xbb\xbfsep=;\r\n"
        + f"{HEADER.replace(',', ';')}\r\nD1;VW;Käfer;city;9.990;4;petrol\r\n".encode()
    )
    (vehicle,) = read_catalogue(data)
    assert (vehicle.id, vehicle.model, vehicle.price_eur) == ("D1", "Käfer", Decimal(9990))


def test_utf8_bom_is_not_part_of_the_first_header() -> None:
    data = b"\xef\xbb\xbf" + f"{HEADER}\nD1,VW,Golf,compact,29990,5,petrol\n".encode()
    (vehicle,) = read_catalogue(data)
    assert vehicle.id == "D1"


def test_comma_file_rejects_decimal_comma_with_a_hint() -> None:
    data = f'{HEADER},consumption_l_100km\nD1,VW,Golf,compact,29990,5,petrol,"4,9"\n'.encode()
    (error,) = errors_of(data)
    assert (error.line, error.column) == (2, "consumption_l_100km")
    assert "Punkt" in error.message


# --- validation -----------------------------------------------------------------------------


def test_every_error_is_reported_with_line_and_column_and_nothing_imports() -> None:
    data = (
        f"{HEADER},year,ncap_stars,awd\n"
        "D1,VW,Golf,compact,29990,5,petrol,2020,5,no\n"
        "D2,VW,Polo,compact,19990,x,petrol,2021,4,yes\n"  # seats not a number
        "\n"
        "D1,Opel,Astra,compact,25990,5,petrol,,,\n"  # duplicate id
        "D3,,Up,city,12990,4,petrol,,,\n"  # make missing
        "D4,Kia,Ceed,kombi2,23990,5,wasserstoff,1900,7,vielleicht\n"  # 2 enums, 2 ranges, bool
        "D5,Kia,EV6,suv,0,5,ev,,,\n"  # price not above 0
    ).encode()
    errors = errors_of(data)
    assert where(errors) == {
        (3, "seats"),
        (5, "id"),
        (6, "make"),
        (7, "body_type"),
        (7, "powertrain"),
        (7, "year"),
        (7, "ncap_stars"),
        (7, "awd"),
        (8, "price_eur"),
    }
    messages = {(e.line, e.column): e.message for e in errors}
    assert messages[(3, "seats")] == "„x“ ist keine ganze Zahl"
    assert "Zeile 2" in messages[(5, "id")]
    assert "1.950 bis 2.100" in messages[(7, "year")]
    assert str(errors[0]) == "katalog.csv, Zeile 3, Spalte „seats“: „x“ ist keine ganze Zahl"


def test_error_message_lists_every_error() -> None:
    data = f"{HEADER}\nD1,VW,Golf,compact,abc,5,petrol\nD2,VW,Polo,city,1,0,petrol\n".encode()
    with pytest.raises(CatalogueImportError) as caught:
        read_catalogue(data, "k.csv")
    text = str(caught.value)
    assert "2 Fehler" in text and "Zeile 2" in text and "Zeile 3" in text


def test_missing_required_columns_are_named() -> None:
    data = b"id,make,body_type,price_eur,seats\nD1,VW,compact,29990,5\n"
    errors = errors_of(data)
    assert where(errors) == {(1, "model"), (1, "powertrain")}
    assert all(e.message == "Pflichtspalte fehlt" for e in errors)


def test_column_map_supplies_a_missing_column() -> None:
    data = (
        "Kennung,Marke,Modell,body_type,Preis,seats,powertrain\nD1,VW,Golf,compact,29990,5,petrol\n"
    )
    mapping = {"kennung": "id", "Marke": "make", "MODELL": "model", "Preis": "price_eur"}
    (vehicle,) = read_catalogue(data.encode(), column_map=mapping)
    assert (vehicle.id, vehicle.make, vehicle.model, vehicle.extra) == ("D1", "VW", "Golf", {})


def test_empty_cell_means_unknown_not_zero() -> None:
    header = f"{HEADER},towing_kg,isofix,awd,assist,consumption_l_100km"
    data = f"{header}\nD1,VW,Golf,compact,29990,5,petrol,,0, ,,\n"
    (vehicle,) = read_catalogue(data.encode())
    assert vehicle.towing_kg is None and vehicle.awd is None and vehicle.assist is None
    assert vehicle.consumption_l_100km is None
    assert vehicle.isofix == 0


def test_assist_none_means_known_to_have_none() -> None:
    data = f"{HEADER},assist\nD1,VW,Käfer,city,9990,4,petrol,keine\n".encode()
    (vehicle,) = read_catalogue(data)
    assert vehicle.assist == ()


def test_extra_columns_are_kept_not_dropped() -> None:
    data = f"{HEADER},Farbe,Standort\nD1,VW,Golf,compact,29990,5,petrol,blau,\n".encode()
    (vehicle,) = read_catalogue(data)
    assert vehicle.extra == {"Farbe": "blau"}
    assert write_catalogue([vehicle]).decode().splitlines()[0].endswith(",notes,Farbe")


def test_header_is_matched_ignoring_case_and_spaces() -> None:
    data = b" ID , MAKE,Model,body_type,price_eur,SEATS,powertrain\nD1,VW,Golf,compact,1,5,ev\n"
    (vehicle,) = read_catalogue(data)
    assert (vehicle.id, vehicle.seats, vehicle.extra) == ("D1", 5, {})


def test_line_numbers_are_physical_lines_even_with_line_breaks_in_cells() -> None:
    data = f'{HEADER},notes\nD1,VW,Golf,compact,1,5,ev,"zwei\nZeilen"\nD2,VW,Polo,city,x,5,ev,\n'
    (error,) = errors_of(data.encode())
    assert (error.line, error.column) == (4, "price_eur")


def test_duplicate_header_and_surplus_cells_are_errors() -> None:
    data = f"{HEADER},seats\nD1,VW,Golf,compact,29990,5,petrol,5,zu viel\n".encode()
    assert where(errors_of(data)) == {(1, "seats"), (2, "Nr. 9")}


def test_unclosed_quote_is_reported_where_it_starts() -> None:
    data = (
        f'{HEADER},notes\nD1,VW,Golf,compact,29990,5,petrol,"offen\nD2,VW,Polo,city,1,5,petrol,\n'
    )
    (error,) = errors_of(data.encode())
    assert error.line == 2 and "Anführungszeichen" in error.message


def test_file_without_vehicles_is_rejected() -> None:
    assert [e.message for e in errors_of(f"{HEADER}\n\n".encode())] == [
        "Die Datei enthält keine Fahrzeuge"
    ]
    assert where(errors_of(b"")) == {(0, "")}


def test_undecodable_bytes_are_reported_with_their_line() -> None:
    data = f"{HEADER}\nD1,VW,Golf,compact,29990,5,petrol\n".encode() + b"D2,\x81\n"
    (error,) = errors_of(data)
    assert error.line == 3 and "Windows-1252" in error.message


def test_utf16_is_rejected_with_advice() -> None:
    (error,) = errors_of(HEADER.encode("utf-16"))
    assert "UTF-16" in error.message and str(error).startswith("katalog.csv: ")


@pytest.mark.parametrize(
    ("cell", "value"),
    [
        ("32.990", Decimal(32990)),
        ("32.990,00", Decimal(32990)),
        ("32 990,50", Decimal("32990.50")),
        ("32990", Decimal(32990)),
        ("1.234.567", Decimal(1234567)),
        ("32990.5", Decimal("32990.5")),
    ],
)
def test_german_prices(cell: str, value: Decimal) -> None:
    data = f"{HEADER.replace(',', ';')}\nD1;VW;Golf;compact;{cell};5;petrol\n".encode()
    assert read_catalogue(data)[0].price_eur == value


@pytest.mark.parametrize(
    ("cell", "problem"),
    [
        ("32,990.00", "kein Geldbetrag"),
        ("32.99.0", "kein Geldbetrag"),
        ("1,005", "Nachkommastellen"),
    ],
)
def test_ambiguous_german_prices_are_refused(cell: str, problem: str) -> None:
    data = f"{HEADER.replace(',', ';')}\nD1;VW;Golf;compact;{cell};5;petrol\n".encode()
    (error,) = errors_of(data)
    assert error.column == "price_eur" and problem in error.message


def test_thousands_dot_in_a_small_measure_gets_a_hint() -> None:
    data = (
        f"{HEADER.replace(',', ';')};accel_0_100_s\nD1;VW;Golf;compact;1;5;petrol;7.100\n".encode()
    )
    (error,) = errors_of(data)
    assert error.column == "accel_0_100_s" and "Tausender" in error.message


def test_control_characters_in_a_text_cell_are_an_error_of_that_cell() -> None:
    data = (
        b"id,make,model,body_type,price_eur,seats,powertrain,notes\n"
        b"N1,VW,Golf,compact,29990,5,petrol,Kombi\x00mit NUL\n"
    )
    with pytest.raises(CatalogueImportError) as caught:
        read_catalogue(data, "nul.csv")
    assert [(i.line, i.column, i.message) for i in caught.value.errors] == [
        (2, "notes", "enthält ein unzulässiges Steuerzeichen")
    ]


FORMULAS = [
    '=HYPERLINK("http://example.invalid","Klick")',
    "=cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "+49 89 1234567",
    "-2+3",
    "\tTab",
    "'=schon markiert",
    '  "=2+3',
]


@pytest.mark.parametrize("text", FORMULAS)
def test_export_neutralises_formula_like_text_and_import_restores_it(text: str) -> None:
    vehicle = Vehicle(
        "F1",
        "VW",
        "Golf",
        "compact",
        Decimal("20000"),
        5,
        "petrol",
        variant=text,
        notes=text,
        extra={"x_hinweis": text},
    )
    data = write_catalogue([vehicle])
    rows = list(csv.reader(io.StringIO(data.decode("utf-8"), newline="")))
    row = dict(zip(rows[0], rows[1], strict=True))
    for column in ("variant", "notes", "x_hinweis"):
        cell = row[column]
        assert cell[:1] not in ("=", "+", "-", "@", "\t", "\r"), (column, cell)
        assert cell == "'" + text, (column, cell)
    (restored,) = read_catalogue(data)
    assert restored.variant == text and restored.notes == text
    assert restored.extra == {"x_hinweis": text}


@pytest.mark.parametrize("text", ["'", "''", "'Golf", "-"])
def test_plain_text_with_quotes_or_a_dash_round_trips(text: str) -> None:
    vehicle = Vehicle("F1", "VW", "Golf", "compact", Decimal("20000"), 5, "petrol", notes=text)
    (restored,) = read_catalogue(write_catalogue([vehicle]))
    assert restored.notes == text


def test_a_leading_quote_of_plain_text_is_kept_on_import() -> None:
    header = ",".join(("id", "make", "model", "body_type", "price_eur", "seats", "powertrain"))
    data = f"{header}\r\nA1,VW,'Golf,compact,20000,5,petrol\r\n".encode()
    (vehicle,) = read_catalogue(data)
    assert vehicle.model == "'Golf"
