"""The sheet of a stored conversation: the customer's language, the advice stamp, and nothing
internal (interview notes, excluded vehicles, catalogue notes) on it."""

from __future__ import annotations

import io
import json
from datetime import date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from kundengespraech import resources
from kundengespraech.domain.recommend import RECOMMENDER_VERSION
from kundengespraech.services.app import open_services
from kundengespraech.services.settings import DealerSettings, save_settings
from kundengespraech.services.sheets import advice_stamp, customer_language, render_sheet_for

SECRET_NOTE = "Intern: Kundin will Rabatt, Schufa prüfen"


@pytest.fixture
def services(tmp_path: Path):
    opened = open_services(f"sqlite:///{tmp_path / 's.db'}")
    save_settings(
        opened.db,
        DealerSettings(
            dealer_name="Autohaus Größl",
            branch="Filiale Süd",
            salesperson_name="Jürgen Weiß",
            salesperson_phone="+49 89 55 66 77",
            salesperson_email="j.weiss@groessl.de",
        ),
    )
    yield opened
    opened.close()


def conversation(services, language: str):
    doc = json.loads(resources.read_bytes("examples", "answers_family.json"))
    doc["customer"]["language"] = language
    doc["notes"] = SECRET_NOTE
    state = services.interviews.start_from_contract(doc)
    return state.answers, services.recommendations.rank(state.answers)


def text_of(pdf: bytes) -> str:
    return " ".join(
        " ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(pdf)).pages
    )


def test_language_comes_from_the_answers():
    assert customer_language({"customer.language": "en"}) == "en"
    assert customer_language({}) == "de"


@pytest.mark.parametrize("language", ["de", "en"])
def test_sheet_of_a_stored_conversation(services, language):
    answers, ranking = conversation(services, language)
    due = datetime(2026, 11, 24, 10, 0)
    step = "Probefahrt mit dem Tucson" if language == "de" else "Test drive in the Tucson"
    pdf = render_sheet_for(services, answers, ranking, step, due, created=date(2026, 11, 23))
    text = text_of(pdf)
    assert step in text
    for rec in ranking.top(3):
        assert rec.vehicle.model in text
    assert "Jürgen Weiß" in text and "Autohaus Größl" in text
    if language == "de":
        assert "für Frau Anna Berger" in text
        assert "bis Dienstag, 24. November 2026, 10:00 Uhr" in text
        assert f"Empfehlung {RECOMMENDER_VERSION} · Filiale Filiale Süd" in text
        assert "Fragebogen 2026" in text and "„Demo-Katalog“ vom" in text
    else:
        assert "for Ms Anna Berger" in text
        assert "by Tuesday, 24 November 2026, 10:00" in text
        assert f"recommender {RECOMMENDER_VERSION} · branch Filiale Süd" in text
        assert "€" in text and "Fits you:" in text


@pytest.mark.parametrize("language", ["de", "en"])
def test_nothing_internal_reaches_the_sheet(services, language):
    answers, ranking = conversation(services, language)
    text = text_of(render_sheet_for(services, answers, ranking, "Rückruf", None))
    assert SECRET_NOTE not in text and "Schufa" not in text
    for exclusion in ranking.excluded:
        for why in exclusion.why:
            assert why not in text
    for rec in ranking.recommendations[3:]:
        assert rec.vehicle.title not in text
    for rec in ranking.recommendations:
        assert rec.vehicle.id not in text  # catalogue ids are internal
        if rec.vehicle.notes:
            assert rec.vehicle.notes not in text
    assert "anna@example.org" not in text and "1234567" not in text  # customer's own contact


def test_advice_stamp_of_the_app(services):
    from kundengespraech.services.settings import load_settings

    stamp = advice_stamp(services, load_settings(services.db))
    assert stamp.questionnaire_version == services.questionnaire.version
    assert stamp.catalogue_source == "Demo-Katalog"
    assert stamp.catalogue_date is not None
    assert stamp.recommender_version == RECOMMENDER_VERSION
    assert stamp.branch == "Filiale Süd"
