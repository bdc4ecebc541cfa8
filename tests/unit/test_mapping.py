"""Proposals of contract columns for the headers of foreign catalogue files."""

from __future__ import annotations

from kundengespraech.importers.mapping import (
    How,
    as_column_map,
    missing_required,
    needs_mapping,
    normalize,
    propose_mapping,
)
from kundengespraech.importers.rows import IGNORE, KEEP


def targets(headers: list[str], remembered=None) -> dict[str, object]:
    return {p.header: p.target for p in propose_mapping(headers, remembered)}


def test_german_dealer_export_is_understood() -> None:
    headers = ["Kennung", "Hersteller", "Modell", "Aufbau", "VK", "Sitze", "Antrieb",
               "Anhängelast", "Kofferraum", "Verbrauch", "Leistung (kW)", "Baujahr", "km",
               "Bild", "Bemerkung"]  # fmt: skip
    assert list(targets(headers).values()) == [
        "id", "make", "model", "body_type", "price_eur", "seats", "powertrain", "towing_kg",
        "trunk_l", "consumption_l_100km", "power_kw", "year", "mileage_km", "image", "notes",
    ]  # fmt: skip


def test_exact_names_in_any_case_come_first_and_each_column_is_used_once() -> None:
    proposals = propose_mapping(["Preis", "PRICE_EUR", "Sitzplätze", "seats", "Farbe"])
    assert [(p.target, p.how) for p in proposals] == [
        (KEEP, How.NONE),  # "Preis" would be price_eur, but the exact name wins
        ("price_eur", How.EXACT),
        (KEEP, How.NONE),
        ("seats", How.EXACT),
        (KEEP, How.NONE),
    ]


def test_similar_names_are_proposed_but_horsepower_is_never_kilowatt() -> None:
    found = targets(["Anhaengelast", "Kilometerstnd", "Leistung (PS)", "PS", "Preis netto"])
    assert found == {
        "Anhaengelast": "towing_kg",
        "Kilometerstnd": "mileage_km",
        "Leistung (PS)": KEEP,
        "PS": KEEP,
        "Preis netto": KEEP,
    }
    assert propose_mapping(["Anhaengelast"])[0].how is How.SIMILAR


def test_remembered_choices_win() -> None:
    remembered = {"preis": IGNORE, "VK-Preis brutto": "price_eur", "Farbe": KEEP, "X": "nonsense"}
    found = targets(["Preis", "VK-Preis brutto", "Farbe", "X"], remembered)
    assert found == {"Preis": IGNORE, "VK-Preis brutto": "price_eur", "Farbe": KEEP, "X": KEEP}
    assert propose_mapping(["Preis"], remembered)[0].how is How.REMEMBERED


def test_normalize() -> None:
    assert normalize("  Leistung (kW) ") == "leistung kw"
    assert normalize("Preis in €") == "preis in eur"
    assert normalize("Verbrauch_l/100km") == "verbrauch l 100km"


def test_helpers() -> None:
    proposals = propose_mapping(["Marke", "", "Preis"])
    assert as_column_map(proposals) == {"Marke": "make", "Preis": "price_eur"}
    assert missing_required(["make", "price_eur"]) == ["id", "model", "body_type", "seats",
                                                       "powertrain"]  # fmt: skip
    contract = ["id", "make", "model", "body_type", "price_eur", "seats", "powertrain", "notes"]
    assert not needs_mapping(contract)
    assert not needs_mapping([h.upper() for h in contract])
    assert needs_mapping([*contract, "Farbe"])
    assert not needs_mapping([*contract, "Farbe"], {"farbe": KEEP})
    assert needs_mapping(contract[1:])
    german = ["Kennung", "Marke", "Modell", "Aufbau", "VK", "Sitze", "Kraftstoff"]
    remembered = dict(zip(german, contract, strict=False))
    assert needs_mapping(german) and not needs_mapping(german, remembered)
    assert needs_mapping(german, {**remembered, "VK": IGNORE})  # price_eur missing
