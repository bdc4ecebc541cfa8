"""The customer sheet in German and English: one page for three vehicles, every fixed text in
the customer's language, QR contact, advice stamp, and the pages render."""

from __future__ import annotations

import dataclasses
import io
import shutil
import subprocess
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

import pytest
import segno
from pypdf import PdfReader

from kundengespraech.report.contact_card import QrCode, vcard
from kundengespraech.report.language import sheet_language, wording
from kundengespraech.report.sheet_data import (
    DealerProfile,
    SalespersonContact,
    customer_addressee,
    key_facts,
)
from kundengespraech.report.sheet_pdf import render_sheet, stamp_line
from tests.unit.sheet_samples import (
    BMW,
    RECOMMENDATIONS,
    SALESPERSON,
    STAMP,
    STEP,
    TUCSON,
    WISHES,
    family_sheet,
)


def page_texts(pdf: bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(pdf))
    return [" ".join((page.extract_text() or "").split()) for page in reader.pages]


@pytest.fixture(scope="module")
def german() -> bytes:
    return render_sheet(family_sheet("de"))


@pytest.fixture(scope="module")
def english() -> bytes:
    return render_sheet(family_sheet("en"))


# -- formats ---------------------------------------------------------------------------


def test_english_money_numbers_and_dates() -> None:
    en = wording("en")
    assert en.money(Decimal("32990")) == "€32,990"
    assert en.money(Decimal("29890.5")) == "€29,890.50"
    assert en.money(Decimal("-12.5")) == "-€12.50"
    assert en.number(4.9, 1) == "4.9"
    assert en.number(1234567) == "1,234,567"
    assert en.percent(87) == "87%"
    assert en.date_long(date(2026, 3, 1)) == "1 March 2026"
    assert en.date_short(date(2026, 11, 18)) == "18 Nov 2026"
    assert en.datetime_long(datetime(2026, 11, 24, 10, 0)) == "Tuesday, 24 November 2026, 10:00"
    assert en.datetime_long(datetime(2026, 11, 29)) == "Sunday, 29 November 2026"
    aware = datetime(2026, 11, 24, 9, 5, tzinfo=timezone(timedelta(hours=1)))
    assert en.datetime_long(aware).startswith("Tuesday, 24 November 2026, ")


def test_german_formats_are_those_of_the_domain() -> None:
    de = wording("de")
    assert de.money(Decimal("32990")) == "32.990 €"
    assert de.percent(87) == "87\u00a0%"  # never "87" and "%" on two lines
    assert de.datetime_long(datetime(2026, 11, 24, 10, 0)) == (
        "Dienstag, 24. November 2026, 10:00 Uhr"
    )
    assert de.date_short(date(2026, 11, 18)) == "18.11.2026"


def test_language_codes() -> None:
    assert sheet_language("en") == "en"
    assert sheet_language("EN") == "en"
    assert sheet_language("de") == "de"
    assert sheet_language(None) == "de"
    assert sheet_language("fr") == "de"  # not supported: German


def test_english_addressee_and_key_facts() -> None:
    assert customer_addressee("Herr", "Jürgen", "Weiß", "en") == "Mr Jürgen Weiß"
    assert customer_addressee("Frau", "Anna", "Berger", "en") == "Ms Anna Berger"
    facts = dict(key_facts(BMW, "en"))
    assert facts == {
        "Condition": "Used car",
        "First registered": "2021",
        "Mileage": "58,000 km",
        "Power": "115 kW (156 hp)",
        "Consumption": "6.1 l/100 km",
        "Seats": "5 seats, 2 × Isofix",
        "Boot": "500 l (up to 1,510 l)",
        "Towing capacity": "1,600 kg, tow bar fitted",
        "All-wheel drive": "no",
        "Euro NCAP": "5 of 5 stars",
    }


# -- the sheet in both languages -------------------------------------------------------


def test_three_vehicles_fit_one_page_in_both_languages(german: bytes, english: bytes) -> None:
    assert len(page_texts(german)) == 1
    assert len(page_texts(english)) == 1


def test_three_vehicles_with_photos_fit_one_page(tmp_path: Path) -> None:
    image_module = pytest.importorskip("PIL.Image")
    recs = []
    for number, rec in enumerate(RECOMMENDATIONS):
        photo = tmp_path / f"auto{number}.jpg"
        image_module.new("RGB", (600, 400), (120, 130, 140 + number * 40)).save(photo)
        recs.append(
            dataclasses.replace(rec, vehicle=dataclasses.replace(rec.vehicle, image=str(photo)))
        )
    for language in ("de", "en"):
        reader = PdfReader(io.BytesIO(render_sheet(family_sheet(language, recommendations=recs))))
        assert len(reader.pages) == 1, language
        assert len(reader.pages[0].images) == 3, language


def test_german_sheet_text(german: bytes) -> None:
    text = page_texts(german)[0]
    for expected in (
        "Ihre persönliche Fahrzeugempfehlung",
        "für Frau Anna Berger",
        "23. November 2026",
        "Ihre Wünsche:",
        "Unsere Empfehlungen für Sie",
        "Hyundai Tucson 1.6 T-GDI Hybrid 4WD Prime",
        "Skoda Octavia Combi 1.5 TSI Selection",
        "BMW 3er Touring 318i",
        "44.990 €",
        "24.900 €",
        "Passt zu Ihnen: 81 %",
        "Warum er zu Ihnen passt",
        "Was Sie bedenken sollten",
        "Anhängelast",
        "1.650 kg, Anhängerkupplung möglich",
        STEP["de"],
        "bis Dienstag, 24. November 2026, 10:00 Uhr",
        "Ihr nächster Schritt",
        "Ihr Ansprechpartner",
        "Max Weißmann",
        "Telefon 0451 123456-23",
        "m.weissmann@mueller-soehne.de",
        "Autohaus Müller & Söhne GmbH",
        "Sie sind damit einverstanden, dass wir Sie so kontaktieren: E-Mail, Telefon.",
        "Beratungsstandard: Fragebogen 2026.11-1 · Bestand „Bestand_November.csv“ vom"
        " 18.11.2026 · Empfehlung 1.0 · Filiale Lübeck-Mitte",
        "Seite 1 von 1",
    ):
        assert expected in text, expected
    for wish in WISHES:
        assert wish in text, wish


def test_english_sheet_text(english: bytes) -> None:
    text = page_texts(english)[0]
    for expected in (
        "Your personal car recommendation",
        "for Ms Anna Berger",
        "23 November 2026",
        "Your wishes:",
        "Our recommendations for you",
        "Hyundai Tucson 1.6 T-GDI Hybrid 4WD Prime",
        "€44,990",
        "€24,900",
        "Fits you: 81%",
        "SUV · Hybrid",
        "Estate · Petrol",
        "Why it suits you",
        "What to bear in mind",
        "Towing capacity",
        "1,650 kg, tow bar available",
        "6.0 l/100 km",
        STEP["en"],
        "by Tuesday, 24 November 2026, 10:00",
        "Your next step",
        "Your contact",
        "Max Weißmann",
        "Phone 0451 123456-23",
        "You agreed that we may contact you by: email, phone.",
        "Advice standard: questionnaire 2026.11-1 · stock “Bestand_November.csv” of"
        " 18 Nov 2026 · recommender 1.0 · branch Lübeck-Mitte",
        "Page 1 of 1",
    ):
        assert expected in text, expected
    for german_only in (
        "Ihre persönliche",
        "Passt zu Ihnen",
        "Warum er",
        "Was Sie bedenken",
        "Ihr nächster Schritt",
        "Ansprechpartner",
        "Seite 1",
        "Telefon",
        "Uhr",
        "Zustand",
        "Erstzulassung",
        "Anhängerkupplung möglich",
        "44.990",
        "Beratungsstandard",
    ):
        assert german_only not in text, german_only


def test_reasons_and_wishes_are_printed_as_given_in_english(english: bytes) -> None:
    """Wishes and reasons come localised from the domain; the sheet never translates them."""
    text = page_texts(english)[0]
    assert RECOMMENDATIONS[0].reasons_for[0] in text
    assert WISHES[1] in text


def test_metadata_follows_the_language(german: bytes, english: bytes) -> None:
    de = PdfReader(io.BytesIO(german)).metadata
    en = PdfReader(io.BytesIO(english)).metadata
    assert de is not None and en is not None
    assert (de.title, de.subject) == (
        "Ihre persönliche Fahrzeugempfehlung",
        "Fahrzeugempfehlung für Frau Anna Berger",
    )
    assert (en.title, en.subject) == (
        "Your personal car recommendation",
        "Car recommendation for Ms Anna Berger",
    )
    assert de.author == en.author == "Autohaus Müller & Söhne GmbH"


def test_no_internal_data_on_the_sheet(german: bytes, english: bytes) -> None:
    for pdf in (german, english):
        text = page_texts(pdf)[0]
        assert TUCSON.notes not in text and "Interne Notiz" not in text
        assert "3150" not in text and "3.150" not in text and "marge" not in text.lower()
        assert "D031" not in text  # catalogue ids are internal


def test_channel_line_and_stamp_are_left_out_when_unknown() -> None:
    text = page_texts(render_sheet(family_sheet("de", contact_channels=(), stamp=None)))[0]
    assert "einverstanden" not in text and "Beratungsstandard" not in text
    unknown = dataclasses.replace(STAMP, catalogue_source="", catalogue_date=None, branch="")
    assert stamp_line(unknown) == "Beratungsstandard: Fragebogen 2026.11-1 · Empfehlung 1.0"


def test_unknown_channels_are_printed_as_given() -> None:
    data = family_sheet("en", contact_channels=("email", "Brieftaube"))
    assert "by: email, Brieftaube." in page_texts(render_sheet(data))[0]


def test_english_sheet_without_vehicles() -> None:
    text = page_texts(render_sheet(family_sheet("en", recommendations=())))[0]
    assert "no vehicle in our current stock meets all your wishes" in text
    assert "Max Weißmann will get in touch with you as soon as" in text


# -- QR contact ------------------------------------------------------------------------


def test_vcard_of_the_salesperson() -> None:
    dealer = DealerProfile(
        name="Autohaus Müller, Söhne; Co",
        address_lines=("Hauptstraße 12", "23552 Lübeck"),
        phone="0451 1",
        email="info@example.org",
        website="www.example.org",
    )
    card = vcard(SALESPERSON, dealer)
    assert card.startswith("BEGIN:VCARD\r\nVERSION:3.0\r\n")
    assert card.endswith("END:VCARD\r\n")
    lines = card.split("\r\n")
    assert "N:Weißmann;Max;;;" in lines
    assert "FN:Max Weißmann" in lines
    assert "ORG:Autohaus Müller\\, Söhne\\; Co" in lines
    assert "TEL;TYPE=WORK,VOICE:0451 123456-23" in lines
    assert "EMAIL;TYPE=INTERNET,WORK:m.weissmann@mueller-soehne.de" in lines
    assert "ADR;TYPE=WORK:;;Hauptstraße 12;Lübeck;;23552;" in lines
    assert "URL:www.example.org" in lines
    assert vcard(SalespersonContact("", "", ""), dealer) == ""


def test_qr_code_holds_the_vcard() -> None:
    card = vcard(SALESPERSON, family_sheet().dealer)
    code = QrCode(card, 50)
    expected = segno.make(card, error="m", encoding="utf-8", eci=True, micro=False)
    assert code.matrix == expected.matrix
    assert code.wrap(500, 500) == (50, 50)


def test_sheet_without_salesperson_has_no_qr_code() -> None:
    data = family_sheet("de", salesperson=SalespersonContact("", "", ""))
    with_qr = render_sheet(family_sheet("de"))
    without = render_sheet(data)
    # The code is a few hundred filled rectangles: the page stream shrinks without it.
    assert len(without) < len(with_qr) - 2000


@pytest.mark.skipif(shutil.which("zbarimg") is None, reason="zbarimg (zbar-tools) missing")
def test_qr_code_on_the_printed_page_decodes_to_the_vcard(german: bytes, tmp_path: Path):
    pdf = tmp_path / "sheet.pdf"
    pdf.write_bytes(german)
    subprocess.run(["pdftoppm", "-r", "200", "-png", str(pdf), str(tmp_path / "p")], check=True)
    png = next(tmp_path.glob("p-*.png"))
    result = subprocess.run(
        ["zbarimg", "--raw", "-q", str(png)], capture_output=True, check=True
    ).stdout.decode("utf-8")
    assert "FN:Max Weißmann" in result and "TEL;TYPE=WORK,VOICE:0451 123456-23" in result


# -- rendering -------------------------------------------------------------------------


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler) missing")
@pytest.mark.parametrize("language", ["de", "en"])
def test_every_page_renders(language: str, tmp_path: Path) -> None:
    many = tuple(f"Vorteil {i}: Größe, Preis und Straße passen (€)." for i in range(5))
    caveats = tuple(f"Bedenken {i}: bitte prüfen." for i in range(40))
    recs = (*RECOMMENDATIONS, dataclasses.replace(RECOMMENDATIONS[0], reasons_for=many))
    long_one = dataclasses.replace(RECOMMENDATIONS[1], reasons_against=caveats)
    for name, data in (
        ("one", family_sheet(language)),
        ("two", family_sheet(language, recommendations=(long_one, *recs[2:]))),
    ):
        pdf_bytes = render_sheet(data)
        pages = len(PdfReader(io.BytesIO(pdf_bytes)).pages)
        pdf = tmp_path / f"{name}.pdf"
        pdf.write_bytes(pdf_bytes)
        subprocess.run(["pdftoppm", "-r", "40", "-png", str(pdf), str(tmp_path / name)], check=True)
        pngs = sorted(tmp_path.glob(f"{name}-*.png"))
        assert len(pngs) == pages
        assert all(p.read_bytes().startswith(b"\x89PNG") for p in pngs)
        if name == "two":
            assert pages == 2
            assert "Bedenken 39" in " ".join(page_texts(pdf_bytes))


def test_english_sheet_embeds_only_dejavu(english: bytes) -> None:
    from tests.unit.test_sheet import font_names

    names = font_names(english)
    assert names and all("DejaVu" in name for name in names), names
