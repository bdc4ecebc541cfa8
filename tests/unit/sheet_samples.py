"""A realistic conversation for sheet tests: the demo family's wishes and three vehicles with
as many reasons and caveats as the recommender gives them (measured on the demo catalogue)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from kundengespraech.domain.catalogue import Vehicle
from kundengespraech.domain.ranking import Recommendation
from kundengespraech.report.sheet_data import (
    AdviceStamp,
    DealerProfile,
    NextStep,
    SalespersonContact,
    SheetData,
    build_sheet_data,
    customer_addressee,
)

TUCSON = Vehicle(
    id="D031", make="Hyundai", model="Tucson", variant="1.6 T-GDI Hybrid 4WD Prime",
    body_type="suv", price_eur=Decimal("44990"), seats=5, powertrain="hybrid",
    condition="new", isofix=2, trunk_l=587, trunk_max_l=1737, towing_kg=1650,
    tow_bar="optional", consumption_l_100km=6.0, power_kw=169, awd=True, ncap_stars=5,
    notes="Interne Notiz: Hauspreis verhandelbar", extra={"marge_eur": "3150"},
)  # fmt: skip
OCTAVIA = Vehicle(
    id="D017", make="Skoda", model="Octavia Combi", variant="1.5 TSI Selection",
    body_type="estate", price_eur=Decimal("24900"), seats=5, powertrain="petrol",
    condition="used", year=2022, mileage_km=38000, isofix=2, trunk_l=640, trunk_max_l=1700,
    towing_kg=1500, tow_bar="optional", consumption_l_100km=5.6, power_kw=110, awd=False,
    ncap_stars=5,
)  # fmt: skip
BMW = Vehicle(
    id="D022", make="BMW", model="3er Touring", variant="318i", body_type="estate",
    price_eur=Decimal("27900"), seats=5, powertrain="petrol", condition="used", year=2021,
    mileage_km=58000, isofix=2, trunk_l=500, trunk_max_l=1510, towing_kg=1600, tow_bar="yes",
    consumption_l_100km=6.1, power_kw=115, awd=False, ncap_stars=5,
)  # fmt: skip

RECOMMENDATIONS = (
    Recommendation(
        TUCSON,
        81,
        (
            "Platz für 4 Personen – 5 Sitze",
            "2 Kindersitze – 2 Isofix-Plätze",
            "Platz für einen großen Hund: 587 l Kofferraum (gewünscht ab 550 l)",
            "Wohnwagen mit 1.500 kg – bis 1.650 kg Anhängelast",
            "Sie fahren 25.000 km im Jahr – 6,0 l/100 km Verbrauch, Hybrid für die Langstrecke",
            "Sie wünschen sich: Kombi, SUV – das ist ein SUV",
        ),
        ("Anhängerkupplung gegen Aufpreis – bitte mitbestellen",),
    ),
    Recommendation(
        OCTAVIA,
        73,
        (
            "Platz für 4 Personen – 5 Sitze",
            "2 Kindersitze – 2 Isofix-Plätze",
            "Platz für einen großen Hund: 640 l Kofferraum (gewünscht ab 550 l)",
            "Sie wünschen sich: Kombi, SUV – das ist ein Kombi",
            "Fahrräder: mit Dachreling",
            "Sicherheit ist Ihnen wichtig – 5 Sterne im Crashtest (Euro NCAP)",
        ),
        (
            "Anhängerkupplung gegen Aufpreis – bitte mitbestellen",
            "Nicht bekannt: Getriebeart – die Bewertung ist deshalb vorsichtiger, bitte am"
            " Fahrzeug prüfen",
        ),
    ),
    Recommendation(
        BMW,
        71,
        (
            "Platz für 4 Personen – 5 Sitze",
            "2 Kindersitze – 2 Isofix-Plätze",
            "Wohnwagen mit 1.500 kg – bis 1.600 kg Anhängelast",
            "Sie wünschen sich: Kombi, SUV – das ist ein Kombi",
            "Fahrräder: mit Dachreling",
            "Sicherheit ist Ihnen wichtig – 5 Sterne im Crashtest (Euro NCAP)",
        ),
        (
            "Kofferraum 500 l – für einen großen Hund knapp (gewünscht ab 550 l)",
            "Nicht bekannt: Getriebeart – die Bewertung ist deshalb vorsichtiger, bitte am"
            " Fahrzeug prüfen",
        ),
    ),
)

WISHES = (
    "Platz für 4 Personen",
    "2 Kinder unter 12 Jahren: Platz für 2 Kindersitze mit Isofix",
    "Ein großer Hund fährt mit: Kofferraum ab 550 l",
    "Wohnwagen mit 1.500 kg ziehen: Anhängelast und Anhängerkupplung",
    "Fahrräder mitnehmen: Dachreling oder Anhängerkupplung für einen Träger",
    "Viele lange Strecken: ein sparsamer Antrieb für die Langstrecke",
    "Laden zu Hause und überschaubare Tagesstrecken: ein Elektroauto passt gut",
    "Sicherheit und ein gutes Gefühl stehen für Sie vorn; besonders wichtig: geringe Kosten",
    "Höchstens 45.000 €",
    "Nicht in Frage: Diesel",
    "Am liebsten: Kombi, SUV",
    "Automatik",
    "Muss haben: Anhängerkupplung",
)

DEALER = DealerProfile(
    name="Autohaus Müller & Söhne GmbH",
    address_lines=("Hauptstraße 12", "23552 Lübeck"),
    phone="0451 123456-0",
    email="info@mueller-soehne.de",
    website="www.mueller-soehne.de",
    accent_color="#1F4E79",
)
SALESPERSON = SalespersonContact("Max Weißmann", "0451 123456-23", "m.weissmann@mueller-soehne.de")
STAMP = AdviceStamp(
    questionnaire_version="2026.11-1",
    catalogue_source="Bestand_November.csv",
    catalogue_date=datetime(2026, 11, 18, 9, 30),
    recommender_version="1.0",
    branch="Lübeck-Mitte",
)
STEP = {
    "de": "Wir reservieren den Tucson für Sie und vereinbaren eine Probefahrt mit Wohnwagen.",
    "en": "We reserve the Tucson for you and arrange a test drive with your caravan.",
}


def family_sheet(language: str = "de", **changes: object) -> SheetData:
    """The demo family's sheet with three vehicles, stamp, next step and consent line."""
    kwargs: dict[str, object] = {
        "dealer": DEALER,
        "salesperson": SALESPERSON,
        "customer_name": customer_addressee("Frau", "Anna", "Berger", language),
        "created": date(2026, 11, 23),
        "wishes": WISHES,
        "recommendations": RECOMMENDATIONS,
        "next_step": NextStep(STEP.get(language, STEP["de"]), datetime(2026, 11, 24, 10, 0)),
        "language": language,
        "stamp": STAMP,
        "contact_channels": ("email", "phone"),
    }
    kwargs.update(changes)
    return build_sheet_data(**kwargs)  # type: ignore[arg-type]
