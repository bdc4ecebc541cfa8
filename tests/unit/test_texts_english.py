"""Customer-facing sentences in English: the sheet follows the customer's language, every
sentence of the domain can be said in English without a German word left, German stays the
default, and switching the language recomputes nothing."""

from __future__ import annotations

import io
import json
import re
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from kundengespraech import resources
from kundengespraech.__main__ import main
from kundengespraech.domain.alternatives import cheaper_alternative, cheaper_alternative_text
from kundengespraech.domain.answers import from_contract
from kundengespraech.domain.catalogue import Vehicle
from kundengespraech.domain.compare import compare
from kundengespraech.domain.critique import CRITIQUES, critique
from kundengespraech.domain.formatting import format_eur, format_number, format_percent
from kundengespraech.domain.needs import NeedsProfile, derive_needs
from kundengespraech.domain.phrases import language, words
from kundengespraech.domain.recommend import (
    hard_failures,
    rank,
    rank_index,
    recommend_one,
)
from kundengespraech.domain.relax import relaxations
from kundengespraech.domain.scoring import Scores
from kundengespraech.domain.synthetic import synthetic_catalogue
from kundengespraech.domain.why_not import explain
from kundengespraech.services.app import open_services
from kundengespraech.services.settings import DealerSettings, save_settings
from kundengespraech.services.sheets import render_sheet_for
from tests.unit.recommend_demo import answers, demo_index
from tests.unit.test_personas import PERSONAS

# Typical German words and characters; none may be left in an English sentence
GERMAN = re.compile(
    r"[äöüÄÖÜß]| für | Sie | Ihr| Ihnen| und | mit | nicht | bei | statt | oder | ist |"
    r"Kofferraum|Anhänger|Fahrzeug|Sitze|wichtig|gewünscht|Punkte|Reichweite|Verbrauch|"
    r"Allrad|Dachreling|Budget von|Bauform|Muss\b|\d\.\d{3}\b|\d €"
)


def german_in(texts: list[str]) -> list[str]:
    return [t for t in texts if GERMAN.search(t)]


def example_doc(lang: str) -> dict[str, Any]:
    doc = json.loads(resources.read_bytes("examples", "answers_family.json"))
    doc["customer"]["language"] = lang
    return dict(doc)


def every_sentence(needs: NeedsProfile, lang: str) -> list[str]:
    """Wishes, reasons, caveats, exclusions, why-nots, relaxations, critiques, the cheaper
    alternative and a comparison of one profile against the demo catalogue, in ``lang``."""
    index = demo_index()
    ranking = rank_index(needs, index, lang)
    texts = list(needs.wishes)
    for rec in ranking.recommendations:
        texts += [*rec.reasons_for, *rec.reasons_against, *rec.unknown_facts]
    for exclusion in ranking.excluded:
        texts += exclusion.why
    texts += [r.text for r in relaxations(needs, index, lang=lang)]
    for vehicle in index.vehicles:
        why = explain(needs, ranking, vehicle.id, lang)
        texts += [why.summary, why.would_fit_if, *why.cannot_change]
        texts += [f"{lo.phrase} / {lo.lead}" for lo in why.loosenings]
    if ranking.count_fitting:
        favourite = ranking.vehicle_at(0).id
        for kind in CRITIQUES:
            found = critique(needs, ranking, favourite, kind, lang=lang)
            texts += [found.label, *(option.sentence for option in found.options)]
        alternative = cheaper_alternative(ranking)
        if alternative is not None:
            texts.append(cheaper_alternative_text(ranking.top(1)[0], alternative, lang))
    table = compare(needs, index.vehicles[:3], lang)
    for row in table.rows:
        texts += [row.need, *(cell.text for cell in row.cells)]
    return [t for t in texts if t]


CASES = [(p.name, answers(p.doc)) for p in PERSONAS] + [
    ("Beispielantworten", from_contract(resources.questionnaire(), example_doc("en")))
]


@pytest.mark.parametrize(("name", "flat"), CASES, ids=[name for name, _ in CASES])
def test_english_sentences_have_no_german_word(name: str, flat: dict[str, Any]) -> None:
    needs = derive_needs(resources.questionnaire().effective(flat), "en")
    texts = every_sentence(needs, "en")
    assert texts and german_in(texts) == []
    assert all(t == t.strip() and "None" not in t and "nan" not in t for t in texts)


def test_the_same_check_finds_german() -> None:
    """The check above would notice German: the same persona in German is full of it."""
    needs = derive_needs(resources.questionnaire().effective(CASES[1][1]))
    assert len(german_in(every_sentence(needs, "de"))) > 20


def test_english_reads_like_english() -> None:
    caravan = NeedsProfile(
        towing_kg=1500,
        towing_reason="Wohnwagen",
        towing_for=("camping_caravan",),
        annual_km=30000,
        long_distance=True,
        max_price=Decimal(45000),
    )
    car = Vehicle(
        id="V", make="Skoda", model="Octavia", body_type="estate", price_eur=Decimal(32990),
        seats=5, powertrain="diesel", consumption_l_100km=4.9, towing_kg=2000, tow_bar="yes",
    )  # fmt: skip
    rec = recommend_one(caravan, car, "en")
    assert rec.reasons_for == (
        "Towing your 1,500 kg caravan – up to 2,000 kg towing capacity, tow bar fitted at the "
        "factory",
        "You drive 30,000 km a year – 4.9 l/100 km consumption, a diesel engine for long distances",
        "An estate, roomy enough for long journeys",
        "Your budget: up to €45,000 – at €32,990 you still have €12,010 to spare",
    )
    assert rec.reasons_against[-1].startswith("Not known: ")  # NCAP, power, … are missing
    assert hard_failures(caravan, replace(car, towing_kg=0), "en") == [
        "not approved for towing – your caravan needs 1,500 kg"
    ]


def test_a_profile_without_keys_still_speaks_english() -> None:
    """Profiles made by hand carry the German reason only; English says it more generally."""
    profile = NeedsProfile(towing_kg=1500, towing_reason="Wohnwagen", likes_awd="Skifahren")
    car = Vehicle(
        id="V", make="VW", model="Golf", body_type="compact", price_eur=Decimal(30000),
        seats=5, powertrain="petrol", towing_kg=1500, tow_bar="optional", awd=False,
    )  # fmt: skip
    rec = recommend_one(profile, car, "en")
    assert "Towing capacity 1,500 kg – hardly any reserve for your 1,500 kg trailer" in (
        rec.reasons_against
    )
    assert "For your hobbies: without all-wheel drive" in rec.reasons_against
    assert german_in([*rec.reasons_for, *rec.reasons_against]) == []


def test_german_is_the_default_and_switching_recomputes_nothing() -> None:
    needs = derive_needs(resources.questionnaire().effective(CASES[1][1]))
    german = rank_index(needs, demo_index())
    assert german.language == "de"
    assert german.to_contract(top=3) == rank_index(needs, demo_index(), "de").to_contract(top=3)
    english = german.in_language("en")
    assert english.language == "en" and german.in_language("de") is german
    assert english.scores_by_row.score is german.scores_by_row.score
    assert english.order is german.order and english.failures is german.failures
    assert [r.vehicle.id for r in english.top(5)] == [r.vehicle.id for r in german.top(5)]
    assert english.top(1)[0].reasons_for != german.top(1)[0].reasons_for
    back = english.in_language("de")
    assert back.to_contract(top=5) == german.to_contract(top=5)


def test_english_explanations_are_built_only_when_looked_at(monkeypatch) -> None:
    built: list[tuple[int, str]] = []
    original = Scores.explain

    def counting(self: Scores, row: int, lang: str | None = None) -> Any:
        built.append((row, lang or self.lang))
        return original(self, row, lang)

    monkeypatch.setattr(Scores, "explain", counting)
    ranking = rank(NeedsProfile(min_seats=2), synthetic_catalogue(2000, seed=3), "en")
    assert built == []
    ranking.top(3)
    assert [lang for _, lang in built] == ["en"] * 3


def test_language_codes() -> None:
    assert [language(c) for c in ("en", "EN", "en-GB", "de", "fr", None, "")] == [
        "en", "en", "en", "de", "de", "de", "de",
    ]  # fmt: skip
    say = words("en")
    assert say("Deutsch", "English") == "English" and words("xx")("Deutsch", "English") == (
        "Deutsch"
    )
    assert say.joined(["a", "b", "c"]) == "a, b and c" and words().joined(["a", "b"]) == "a und b"


def test_english_number_and_money_formats() -> None:
    assert format_number(30000, lang="en") == "30,000" and format_number(30000) == "30.000"
    assert format_number(4.9, 1, "en") == "4.9" and format_number(4.9, 1) == "4,9"
    assert format_eur(Decimal(32990), "en") == "€32,990" and format_eur(Decimal(32990)) == (
        "32.990 €"
    )
    assert format_eur(Decimal("1234.5"), "en") == "€1,234.50"
    assert format_eur(Decimal(-500), "en") == "-€500"
    assert format_percent(87, lang="en") == "87%" and format_percent(87) == "87 %"


# --- the sheet and the command line -----------------------------------------------------


@pytest.fixture
def services(tmp_path: Path):
    opened = open_services(f"sqlite:///{tmp_path / 's.db'}")
    save_settings(
        opened.db,
        DealerSettings(
            dealer_name="Autohaus Miller",
            address="1 High Street\nLondon",
            branch="City",
            salesperson_name="John Smith",
            salesperson_phone="+44 20 1234 5678",
            salesperson_email="john@example.org",
        ),
    )
    yield opened
    opened.close()


def pdf_text(pdf: bytes) -> str:
    return " ".join(
        " ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(pdf)).pages
    )


def test_the_english_sheet_has_english_wishes_and_reasons(services) -> None:
    state = services.interviews.start_from_contract(example_doc("en"))
    ranking = services.recommendations.rank(state.answers)  # as the app ranks: German
    text = pdf_text(render_sheet_for(services, state.answers, ranking, "Test drive", None))
    english = services.recommendations.needs(state.answers, "en")
    german = services.recommendations.needs(state.answers)
    for wish in english.wishes:
        assert wish in text, wish
    for wish in german.wishes:
        assert wish not in text, wish
    shown = ranking.in_language("en").top(3)
    assert shown and shown[0].reasons_for[0] in text
    for rec in shown:
        assert rec.reasons_against == () or rec.reasons_against[0] in text
    for rec in ranking.top(3):
        assert rec.reasons_for[0] not in text  # the German reasons did not reach the sheet
        text = text.replace(rec.vehicle.title, "")  # names from the catalogue stay as they are
    assert "Room for a large dog" in text and "€" in text
    assert GERMAN.findall(text) == []


def test_the_german_sheet_stays_german(services) -> None:
    state = services.interviews.start_from_contract(example_doc("de"))
    ranking = services.recommendations.rank(state.answers)
    text = pdf_text(render_sheet_for(services, state.answers, ranking))
    for wish in services.recommendations.needs(state.answers).wishes:
        assert wish in text, wish
    assert ranking.top(1)[0].reasons_for[0] in text


def test_the_command_line_speaks_english_when_asked(capsys, tmp_path: Path) -> None:
    path = tmp_path / "answers.json"
    path.write_bytes(resources.read_bytes("examples", "answers_family.json"))
    db = f"sqlite:///{tmp_path / 'cli.db'}"
    assert main(["--db", db, "recommend", str(path), "--json", "--lang", "en"]) == 0
    english = json.loads(capsys.readouterr().out)
    assert main(["--db", db, "recommend", str(path), "--json"]) == 0
    german = json.loads(capsys.readouterr().out)
    ids = [[r["id"] for r in doc["recommendations"]] for doc in (english, german)]
    assert ids[0] == ids[1]
    reasons = [t for r in english["recommendations"] for t in r["reasons_for"]]
    assert reasons and german_in(reasons) == []
    assert german_in([t for r in german["recommendations"] for t in r["reasons_for"]])
    assert main(["--db", db, "recommend", str(path), "--lang", "en", "--top", "1"]) == 0
    out = capsys.readouterr().out
    assert "fits" in out and "vehicles excluded." in out and "€" in out
