"""The recommendation sheet: its data exactly, its PDF by smoke tests (text, fonts, pages)."""

from __future__ import annotations

import dataclasses
import io
import shutil
import subprocess
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from kundengespraech.domain.catalogue import Vehicle
from kundengespraech.domain.formatting import (
    format_date_long,
    format_datetime_long,
    format_eur,
    format_number,
    format_percent,
)
from kundengespraech.domain.ranking import Recommendation
from kundengespraech.report.sheet_data import (
    DealerProfile,
    NextStep,
    SalespersonContact,
    SheetData,
    build_sheet_data,
    customer_addressee,
    key_facts,
    sheet_vehicle,
)
from kundengespraech.report.sheet_pdf import render_sheet

# -- fixtures --------------------------------------------------------------------------

KODIAQ = Vehicle(
    id="v1",
    make="Škoda",
    model="Kodiaq",
    variant="2.0 TDI 4x4",
    body_type="suv",
    price_eur=Decimal("32990"),
    seats=7,
    powertrain="diesel",
    condition="used",
    year=2021,
    mileage_km=45000,
    isofix=2,
    trunk_l=610,
    trunk_max_l=2005,
    towing_kg=2000,
    tow_bar="yes",
    consumption_l_100km=4.9,
    consumption_kwh_100km=99.0,  # nonsense for a diesel: must not be shown
    power_kw=147,
    awd=True,
    ncap_stars=5,
    notes="Interne Notiz: Händlermarge hoch",
    extra={"marge_eur": "4200"},
)
ID4 = Vehicle(
    id="v2",
    make="Volkswagen",
    model="ID.4",
    variant="Pro",
    body_type="suv",
    price_eur=Decimal("41450"),
    seats=5,
    powertrain="ev",
    condition="new",
    trunk_l=543,
    towing_kg=1000,
    tow_bar="optional",
    consumption_l_100km=1.0,  # nonsense for an EV: must not be shown
    consumption_kwh_100km=17.5,
    range_km=450,
    power_kw=150,
    awd=False,
)
COROLLA = Vehicle(
    id="v3",
    make="Toyota",
    model="Corolla Touring Sports",
    body_type="estate",
    price_eur=Decimal("29890.50"),
    seats=5,
    powertrain="hybrid",
)
SPARE = Vehicle(
    id="v4",
    make="Dacia",
    model="Jogger",
    body_type="van",
    price_eur=Decimal("19990"),
    seats=7,
    powertrain="petrol",
)

RECS = (
    Recommendation(
        KODIAQ,
        87,
        ("7 Sitze – Platz für die ganze Familie.", "Zieht Ihren Wohnwagen (1.500 kg) sicher."),
        ("Diesel – Sie wünschen sich eher umweltfreundliches Fahren.",),
    ),
    Recommendation(
        ID4,
        81,
        ("450 km Reichweite – Sie laden bequem zu Hause.",),
        (
            "Liegt 1.450 € über Ihrem Budget.",
            "Anhängelast nur 1.000 kg – zu wenig für Ihren Wohnwagen.",
        ),
    ),
    Recommendation(
        COROLLA, 74, ("Sparsam im Alltag.",), ("Größe des Kofferraums unbekannt – wir klären das.",)
    ),
    Recommendation(SPARE, 60, ("Günstig.",), ()),
)

DEALER = DealerProfile(
    name="Autohaus Müller & Söhne",
    address_lines=("Hauptstraße 12", "23552 Lübeck"),
    phone="0451 123456",
    email="info@mueller-soehne.de",
    website="www.mueller-soehne.de",
)
SALESPERSON = SalespersonContact("Max Weißmann", "0451 123456-23", "m.weissmann@mueller-soehne.de")
NEXT_STEP = NextStep(
    "Wir reservieren den Kodiaq und vereinbaren eine Probefahrt.", datetime(2026, 11, 24, 10, 0)
)
WISHES = ("Platz für zwei Kinder und einen großen Hund", "Wohnwagen mit 1.500 kg ziehen")


def make_data(**changes: object) -> SheetData:
    kwargs: dict[str, object] = {
        "dealer": DEALER,
        "salesperson": SALESPERSON,
        "customer_name": customer_addressee("Herr", "Jürgen", "Weiß"),
        "created": date(2026, 11, 20),
        "wishes": WISHES,
        "recommendations": RECS,
        "next_step": NEXT_STEP,
    }
    kwargs.update(changes)
    return build_sheet_data(**kwargs)  # type: ignore[arg-type]


def pdf_pages(pdf: bytes) -> list[str]:
    """Text of each page, whitespace collapsed (wrapped lines read as one)."""
    reader = PdfReader(io.BytesIO(pdf))
    return [" ".join((page.extract_text() or "").split()) for page in reader.pages]


def font_names(pdf: bytes) -> set[str]:
    reader = PdfReader(io.BytesIO(pdf))
    names: set[str] = set()
    for page in reader.pages:
        resources = page.get("/Resources")
        fonts = resources.get_object().get("/Font") if resources is not None else None
        for ref in fonts.get_object().values() if fonts is not None else ():
            names.add(str(ref.get_object()["/BaseFont"]))
    return names


# -- formatting ------------------------------------------------------------------------


def test_format_eur() -> None:
    assert format_eur(Decimal("32990")) == "32.990 €"
    assert format_eur(Decimal("1234.5")) == "1.234,50 €"
    assert format_eur(Decimal("1234567.891")) == "1.234.567,89 €"
    assert format_eur(Decimal("999.995")) == "1.000 €"
    assert format_eur(Decimal("0")) == "0 €"
    assert format_eur(Decimal("-12.5")) == "-12,50 €"


def test_format_number() -> None:
    assert format_number(2000) == "2.000"
    assert format_number(4.9, 1) == "4,9"
    assert format_number(17.5, 1) == "17,5"
    assert format_number(Decimal("1234.567"), 2) == "1.234,57"
    assert format_number(0.25, 1) == "0,3"  # half up, not banker's rounding
    assert format_number(-0.04, 1) == "0,0"
    assert format_percent(87) == "87 %"
    with pytest.raises(ValueError):
        format_number(1, -1)


def test_german_dates_without_locale() -> None:
    assert format_date_long(date(2026, 3, 1)) == "1. März 2026"
    assert format_datetime_long(datetime(2026, 11, 24, 10, 0)) == (
        "Dienstag, 24. November 2026, 10:00 Uhr"
    )
    assert format_datetime_long(datetime(2026, 11, 29, 0, 0)) == "Sonntag, 29. November 2026"
    aware = datetime(2026, 11, 24, 9, 5, tzinfo=timezone(timedelta(hours=1)))
    assert format_datetime_long(aware).endswith(" Uhr")


# -- sheet data ------------------------------------------------------------------------


def test_addressee() -> None:
    assert customer_addressee("Herr", "Jürgen", "Weiß") == "Herrn Jürgen Weiß"
    assert customer_addressee("Frau", "Anna", "Berger") == "Frau Anna Berger"
    assert customer_addressee("", "Kim", "Lee") == "Kim Lee"


def test_key_facts_of_a_used_diesel() -> None:
    assert key_facts(KODIAQ) == (
        ("Zustand", "Gebrauchtwagen"),
        ("Erstzulassung", "2021"),
        ("Kilometerstand", "45.000 km"),
        ("Leistung", "147 kW (200 PS)"),
        ("Verbrauch", "4,9 l/100 km"),
        ("Sitze", "7 Sitze, 2 × Isofix"),
        ("Kofferraum", "610 l (bis 2.005 l)"),
        ("Anhängelast", "2.000 kg, mit Anhängerkupplung"),
        ("Allrad", "ja"),
        ("Euro NCAP", "5 von 5 Sternen"),
    )


def test_key_facts_of_an_ev_show_kwh_and_range() -> None:
    facts = dict(key_facts(ID4))
    assert facts["Verbrauch"] == "17,5 kWh/100 km"
    assert facts["Reichweite"] == "450 km"
    assert facts["Anhängelast"] == "1.000 kg, Anhängerkupplung möglich"
    assert facts["Zustand"] == "Neuwagen"
    assert facts["Allrad"] == "nein"


def test_key_facts_show_unknown_and_omit_the_irrelevant() -> None:
    facts = dict(key_facts(COROLLA))
    assert facts["Zustand"] == "unbekannt"
    assert facts["Verbrauch"] == "unbekannt"
    assert facts["Kofferraum"] == "unbekannt"
    assert facts["Anhängelast"] == "unbekannt"
    assert facts["Euro NCAP"] == "unbekannt"
    assert "Reichweite" not in facts  # a hybrid without plug: range is no question
    used = dict(key_facts(dataclasses.replace(COROLLA, condition="used")))
    assert used["Erstzulassung"] == used["Kilometerstand"] == "unbekannt"


def test_key_facts_of_a_plug_in_hybrid() -> None:
    phev = dataclasses.replace(
        ID4, powertrain="phev", consumption_l_100km=1.4, consumption_kwh_100km=16.8, range_km=60
    )
    facts = dict(key_facts(phev))
    assert facts["Verbrauch"] == "1,4 l/100 km und 16,8 kWh/100 km"
    assert facts["Reichweite"] == "60 km elektrisch"


def test_sheet_vehicle() -> None:
    sv = sheet_vehicle(RECS[0])
    assert sv.title == "Škoda Kodiaq 2.0 TDI 4x4"
    assert (sv.body_label, sv.powertrain_label) == ("SUV", "Diesel")
    assert sv.price_text == "32.990 €"
    assert sv.score == 87
    assert sv.reasons_for == RECS[0].reasons_for
    assert sv.reasons_against == RECS[0].reasons_against
    assert sheet_vehicle(RECS[2]).price_text == "29.890,50 €"


def test_build_sheet_data_takes_the_top_three_in_order() -> None:
    data = make_data(wishes=(*WISHES, "  "))
    assert [v.title for v in data.vehicles] == [
        "Škoda Kodiaq 2.0 TDI 4x4",
        "Volkswagen ID.4 Pro",
        "Toyota Corolla Touring Sports",
    ]
    assert data.wishes == WISHES
    assert data.customer_name == "Herrn Jürgen Weiß"
    assert make_data(top=1).vehicles == data.vehicles[:1]


# -- rendering -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def sample_pdf() -> bytes:
    return render_sheet(make_data())


def test_sheet_text(sample_pdf: bytes) -> None:
    text = " ".join(pdf_pages(sample_pdf))
    assert "Ihre persönliche Fahrzeugempfehlung" in text
    assert "für Herrn Jürgen Weiß" in text
    assert "20. November 2026" in text
    for title in ("Škoda Kodiaq 2.0 TDI 4x4", "Volkswagen ID.4 Pro", "Corolla Touring Sports"):
        assert title in text
    assert "Dacia" not in text  # only the top three
    assert "32.990 €" in text and "41.450 €" in text and "29.890,50 €" in text
    assert "Passt zu Ihnen: 87 %" in text
    for wish in WISHES:
        assert wish in text
    assert "Warum er zu Ihnen passt" in text and "Was Sie bedenken sollten" in text
    assert "Liegt 1.450 € über Ihrem Budget." in text
    assert "Größe des Kofferraums unbekannt" in text
    assert "4,9 l/100 km" in text and "17,5 kWh/100 km" in text
    assert NEXT_STEP.text in text
    assert "bis Dienstag, 24. November 2026, 10:00 Uhr" in text
    assert "Max Weißmann" in text
    assert "0451 123456-23" in text and "m.weissmann@mueller-soehne.de" in text
    assert "Autohaus Müller & Söhne" in text
    assert "Seite 1 von" in text


def test_sheet_shows_no_internal_data(sample_pdf: bytes) -> None:
    text = " ".join(pdf_pages(sample_pdf))
    assert "Interne Notiz" not in text
    assert "marge" not in text.lower()
    assert "4200" not in text and "4.200" not in text


def test_sheet_embeds_only_dejavu(sample_pdf: bytes) -> None:
    names = font_names(sample_pdf)
    assert names, "no fonts found"
    assert all("DejaVu" in name for name in names), names


def test_sheet_metadata(sample_pdf: bytes) -> None:
    meta = PdfReader(io.BytesIO(sample_pdf)).metadata
    assert meta is not None
    assert meta.title == "Ihre persönliche Fahrzeugempfehlung"
    assert meta.author == "Autohaus Müller & Söhne"
    assert meta.subject == "Fahrzeugempfehlung für Herrn Jürgen Weiß"


def test_every_page_carries_header_and_footer(sample_pdf: bytes) -> None:
    pages = pdf_pages(sample_pdf)
    for number, text in enumerate(pages, start=1):
        assert f"Seite {number} von {len(pages)}" in text
        assert "Hauptstraße 12" in text and "info@mueller-soehne.de" in text


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler) missing")
def test_sheet_renders_one_png_per_page(sample_pdf: bytes, tmp_path: Path) -> None:
    pdf = tmp_path / "sheet.pdf"
    pdf.write_bytes(sample_pdf)
    subprocess.run(["pdftoppm", "-r", "50", "-png", str(pdf), str(tmp_path / "p")], check=True)
    pngs = sorted(tmp_path.glob("p-*.png"))
    assert len(pngs) == len(PdfReader(io.BytesIO(sample_pdf)).pages)
    assert all(p.read_bytes().startswith(b"\x89PNG") for p in pngs)


def test_long_reasons_overflow_onto_a_second_page() -> None:
    many = tuple(f"Grund Nummer {i}: Straße, Größe und Preis passen (ß, €)." for i in range(70))
    rec = Recommendation(KODIAQ, 90, many[:8], many)
    pdf = render_sheet(make_data(recommendations=(rec,)))
    pages = pdf_pages(pdf)
    assert len(pages) == 2
    assert "Seite 1 von 2" in pages[0]
    assert "Seite 2 von 2" in pages[1]
    assert "Grund Nummer 69" in " ".join(pages)


def test_the_strongest_reasons_for_and_every_caveat_are_printed() -> None:
    reasons = tuple(f"Vorteil {i}" for i in range(10))
    caveats = tuple(f"Bedenken {i}" for i in range(7))
    text = " ".join(
        pdf_pages(
            render_sheet(make_data(recommendations=(Recommendation(KODIAQ, 90, reasons, caveats),)))
        )
    )
    assert [f"Vorteil {i}" in text for i in range(10)] == [True] * 5 + [False] * 5
    assert all(f"Bedenken {i}" in text for i in range(7))


def test_user_text_is_escaped() -> None:
    evil = "<b>&amp; Co</b> & <i>mehr"
    data = make_data(
        customer_name=evil,
        wishes=(evil,),
        next_step=NextStep(evil, None),
        recommendations=(Recommendation(KODIAQ, 80, (evil,), (evil,)),),
        notes_for_customer=evil,
    )
    data = dataclasses.replace(
        data, dealer=dataclasses.replace(DEALER, name="Müller <&> Söhne"), salesperson=SALESPERSON
    )
    text = " ".join(pdf_pages(render_sheet(data)))
    assert text.count("<b>&amp; Co</b> & <i>mehr") >= 5
    assert "Müller <&> Söhne" in text


def test_no_recommendations_says_so_plainly() -> None:
    text = " ".join(pdf_pages(render_sheet(make_data(recommendations=()))))
    assert "kein Fahrzeug, das alle Ihre Wünsche erfüllt" in text
    assert "Max Weißmann meldet sich bei Ihnen" in text
    assert "Passt zu Ihnen:" not in text


def test_minimal_sheet_without_next_step_or_wishes() -> None:
    data = make_data(wishes=(), next_step=None, customer_name="")
    text = " ".join(pdf_pages(render_sheet(data)))
    assert "Ihr nächster Schritt" not in text and "Ihre Wünsche" not in text
    assert "Ihr Ansprechpartner" in text


def test_logo_and_photo_are_drawn_when_present(tmp_path: Path) -> None:
    image_module = pytest.importorskip("PIL.Image")
    logo, photo = tmp_path / "logo.png", tmp_path / "car.jpg"
    image_module.new("RGB", (300, 100), (31, 78, 121)).save(logo)
    image_module.new("RGB", (400, 250), (120, 130, 140)).save(photo)
    rec = dataclasses.replace(RECS[0], vehicle=dataclasses.replace(KODIAQ, image=str(photo)))
    with_images = make_data(
        dealer=dataclasses.replace(DEALER, logo_path=str(logo), accent_color="#7A1F2B"),
        recommendations=(rec,),
    )
    reader = PdfReader(io.BytesIO(render_sheet(with_images)))
    assert len(reader.pages[0].images) == 2


def test_missing_or_broken_images_and_bad_colour_are_ignored(tmp_path: Path) -> None:
    broken = tmp_path / "broken.png"
    broken.write_bytes(b"not a picture")
    data = make_data(
        dealer=dataclasses.replace(DEALER, logo_path=str(broken), accent_color="kein Hex")
    )
    pdf = render_sheet(data)
    assert "Autohaus Müller & Söhne" in pdf_pages(pdf)[0]
    missing = make_data(dealer=dataclasses.replace(DEALER, logo_path=str(tmp_path / "no.png")))
    assert render_sheet(missing).startswith(b"%PDF")
