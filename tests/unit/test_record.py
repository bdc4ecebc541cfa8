"""The internal conversation record: every answer, the whole ranking, notes, marked internal."""

from __future__ import annotations

import dataclasses
import io
import json
import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from kundengespraech import resources
from kundengespraech.__main__ import main
from kundengespraech.domain.answers import from_contract
from kundengespraech.domain.needs import derive_needs
from kundengespraech.domain.recommend import rank
from kundengespraech.report.record_data import answer_text, build_record_data
from kundengespraech.report.record_pdf import MARKING, render_record
from kundengespraech.report.sheet_data import NextStep
from kundengespraech.services.app import open_services
from kundengespraech.services.records import record_for_interview
from kundengespraech.services.settings import DealerSettings, save_settings
from tests.unit.sheet_samples import BMW, DEALER, OCTAVIA, STAMP, TUCSON, WISHES

QUESTIONNAIRE = resources.questionnaire()
AYGO = dataclasses.replace(
    BMW, id="D002", make="Toyota", model="Aygo X", variant="1.0", seats=2, towing_kg=0
)
NOTE = "Kundin möchte Rückruf nach 17 Uhr; Hund heißt Bello"


def family_answers(language: str = "de") -> dict[str, object]:
    doc = json.loads(resources.read_bytes("examples", "answers_family.json"))
    doc["customer"]["language"] = language
    doc["notes"] = NOTE
    return dict(from_contract(QUESTIONNAIRE, doc))


# The demo family's ranking of three fitting vehicles and one that fails two hard needs
RANKING = rank(
    derive_needs(QUESTIONNAIRE.effective(family_answers())), [TUCSON, OCTAVIA, BMW, AYGO]
)


def texts(pdf: bytes) -> list[str]:
    return [" ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(pdf)).pages]


def make_record(language: str = "de") -> bytes:
    data = build_record_data(
        questionnaire=QUESTIONNAIRE,
        answers=family_answers(language),
        ranking=RANKING,
        dealer=DEALER,
        salesperson="Max Weißmann (0451 123456-23)",
        customer_name="Frau Anna Berger",
        created=datetime(2026, 11, 23, 17, 5),
        wishes=WISHES,
        next_step=NextStep("Probefahrt mit dem Tucson", datetime(2026, 11, 24, 10, 0)),
        interview_id="0192f5e0-aaaa-7bbb-8ccc-1234567890ab",
        status="finished",
        started=datetime(2026, 11, 23, 9, 15),
        changed=datetime(2026, 11, 23, 9, 55),
        finished=datetime(2026, 11, 23, 9, 56, tzinfo=UTC),
        sheet_language=language,
        stamp=STAMP,
    )
    return render_record(data)


def test_answer_texts_are_plain_german() -> None:
    q = QUESTIONNAIRE.question
    assert answer_text(q("usage.home_charging"), True) == "ja"
    assert answer_text(q("usage.annual_km"), 25000) == "25.000 km im Jahr"
    assert answer_text(q("household.children_ages"), [3, 7]) == "3, 7 Jahre"
    assert answer_text(q("preferences.body_types"), ["suv", "estate"]) == "SUV, Kombi"
    assert answer_text(q("customer.birthday"), "1985-04-12") == "12.04.1985"
    assert answer_text(q("priorities.comfort"), 3) == "3 von 5"
    assert answer_text(q("customer.language"), "en") == "Englisch"


@pytest.mark.parametrize("language", ["de", "en"])
def test_record_holds_every_answer_the_whole_ranking_and_the_notes(language: str) -> None:
    pages = texts(make_record(language))
    text = " ".join(pages)
    for page in pages:
        assert MARKING.upper() in page  # every page is marked internal
    assert "Gesprächsprotokoll" in text and "Intern – nicht für den Kunden" in text
    # every answer with its question, in German whatever the customer's language
    answers = family_answers(language)
    for question in QUESTIONNAIRE.questions:
        if question.id in answers:
            assert question.text("de") in text, question.id
            assert answer_text(question, answers[question.id]) in text, question.id
    assert "Jahresfahrleistung 25.000 km im Jahr" in text
    assert "Sprache des Kundenblatts " + ("Englisch" if language == "en" else "Deutsch") in text
    assert NOTE in text
    # the whole ranking: every recommended vehicle with score and reasons, every exclusion
    for place, rec in enumerate(RANKING.recommendations, start=1):
        assert f"{place}. {rec.vehicle.title}" in text
        assert f"Passt: {rec.score} %" in text
        for reason in (*rec.reasons_for, *rec.reasons_against):
            assert reason in text
    assert "Toyota Aygo X 1.0" in text and "D002" in text
    assert RANKING.excluded[0].why == (
        "nur 2 Sitze, benötigt 4",
        "darf keinen Anhänger ziehen – Ihr Wohnwagen braucht 1.500 kg",
    )
    for why in RANKING.excluded[0].why:
        assert why in text
    assert "Ausgeschlossen (1 Fahrzeug)" in text and "Empfohlen (3 Fahrzeuge" in text
    # the promise, the salesperson, the times
    assert "Probefahrt mit dem Tucson" in text
    assert "Dienstag, 24. November 2026, 10:00 Uhr" in text
    assert "Max Weißmann (0451 123456-23)" in text
    assert "0192f5e0-aaaa-7bbb-8ccc-1234567890ab" in text
    assert "Begonnen 23.11.2026, 09:15 Uhr" in text
    assert "Protokoll erstellt 23.11.2026, 17:05 Uhr" in text
    assert "44.990 €" in text and "Müller & Söhne" in text


def test_record_metadata_says_internal() -> None:
    meta = PdfReader(io.BytesIO(make_record())).metadata
    assert meta is not None
    assert meta.title == "Gesprächsprotokoll (Intern – nicht für den Kunden)"
    assert meta.subject == "Gesprächsprotokoll Frau Anna Berger"


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler) missing")
def test_every_record_page_renders(tmp_path: Path) -> None:
    pdf_bytes = make_record()
    pdf = tmp_path / "record.pdf"
    pdf.write_bytes(pdf_bytes)
    subprocess.run(["pdftoppm", "-r", "40", "-png", str(pdf), str(tmp_path / "r")], check=True)
    assert len(list(tmp_path.glob("r-*.png"))) == len(PdfReader(io.BytesIO(pdf_bytes)).pages)


@pytest.fixture
def services(tmp_path: Path):
    opened = open_services(f"sqlite:///{tmp_path / 'r.db'}")
    save_settings(
        opened.db, DealerSettings(salesperson_name="Jürgen Weiß", salesperson_phone="089 1")
    )
    yield opened
    opened.close()


def test_record_of_a_stored_conversation_lists_the_whole_catalogue(services) -> None:
    doc = json.loads(resources.read_bytes("examples", "answers_family.json"))
    state = services.interviews.start_from_contract(doc, salesperson="Jürgen Weiß")
    services.interviews.set_next_step(state.id, "Rückruf wegen Finanzierung", None)
    services.interviews.finish(state.id)
    text = " ".join(texts(record_for_interview(services, state.id)))
    assert str(state.id) in text
    assert "Status abgeschlossen" in text
    assert "Jürgen Weiß (089 1)" in text
    assert "Rückruf wegen Finanzierung" in text and "ohne Termin" in text
    for vehicle in services.recommendations.vehicles():
        assert vehicle.id in text, vehicle.id


def test_cli_writes_the_record(tmp_path: Path, capsys) -> None:
    answers = tmp_path / "a.json"
    answers.write_bytes(resources.read_bytes("examples", "answers_family.json"))
    target = tmp_path / "protokoll.pdf"
    code = main(
        ["--db", f"sqlite:///{tmp_path / 'c.db'}", "record", str(answers), "-o", str(target)]
    )
    assert code == 0
    assert "Gesprächsprotokoll (intern) geschrieben" in capsys.readouterr().out
    text = " ".join(texts(target.read_bytes()))
    assert "Frau Anna Berger" in text and "nicht gespeichert (aus Antwortdatei)" in text
    assert "Wohnwagen 1.500 kg" in text  # the notes of the answers file


def test_record_embeds_only_dejavu() -> None:
    from tests.unit.test_sheet import font_names

    names = font_names(make_record())
    assert names and all("DejaVu" in name for name in names), names
