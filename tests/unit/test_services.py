"""Use cases through the real database: answers saved at once, resume, catalogue, sheet."""

from __future__ import annotations

import io
import json
from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from kundengespraech import resources
from kundengespraech.importers.catalogue_csv import CatalogueImportError
from kundengespraech.services.app import open_services
from kundengespraech.services.settings import (
    DealerSettings,
    active_interview,
    load_settings,
    save_settings,
    set_active_interview,
)
from kundengespraech.services.sheets import render_sheet_for


@pytest.fixture
def services(tmp_path: Path):
    opened = open_services(f"sqlite:///{tmp_path / 's.db'}")
    yield opened
    opened.close()


def test_every_answer_is_in_the_database_at_once(services, tmp_path):
    state = services.interviews.start()
    assert services.interviews.answer(state.id, "household.adults", 2) is None
    assert services.interviews.answer(state.id, "hobbies", ["golf"]) is None
    services.interviews.go_to_page(state.id, "usage")
    other = open_services(f"sqlite:///{tmp_path / 's.db'}")  # a second process would see this
    try:
        again = other.interviews.resume(state.id)
    finally:
        other.close()
    assert again.answers == {"household.adults": 2, "hobbies": ["golf"]}
    assert again.current_page == "usage"


def test_invalid_answer_is_refused_and_not_saved(services):
    state = services.interviews.start()
    assert services.interviews.answer(state.id, "usage.annual_km", -5) == (
        "Bitte mindestens 0 eingeben."
    )
    assert services.interviews.resume(state.id).answers == {}


def test_emptying_an_answer_removes_it(services):
    state = services.interviews.start()
    services.interviews.answer(state.id, "customer.first_name", "Anna")
    services.interviews.answer(state.id, "customer.first_name", "")
    assert services.interviews.resume(state.id).answers == {}


def test_recent_lists_newest_first_with_the_customer_name(services):
    first = services.interviews.start()
    second = services.interviews.start()
    services.interviews.answer(first.id, "customer.last_name", "Weiß")
    recent = services.interviews.recent()
    assert [r.id for r in recent] == [first.id, second.id]
    assert recent[0].customer_name == "Weiß"


def test_fresh_database_is_seeded_once(services):
    demo = len(services.recommendations.vehicles())
    assert demo >= 40
    assert services.catalogue.seed_demo_if_fresh() is False


def test_failed_import_changes_nothing(services, tmp_path):
    before = services.recommendations.vehicles()
    bad = tmp_path / "bad.csv"
    bad.write_text("id,make,model,body_type,price_eur,seats,powertrain\nX,VW,Up,car,1,4,petrol\n")
    with pytest.raises(CatalogueImportError):
        services.catalogue.import_file(bad, replace=True)
    services.recommendations.reload()
    assert services.recommendations.vehicles() == before


def test_import_reloads_the_catalogue_for_the_ranking(services, tmp_path):
    small = tmp_path / "small.csv"
    small.write_text(
        "id,make,model,body_type,price_eur,seats,powertrain\nX1,VW,Up,city,12990,4,petrol\n"
    )
    services.recommendations.vehicles()
    services.catalogue.import_file(small, replace=True)
    assert [v.id for v in services.recommendations.vehicles()] == ["X1"]


def test_settings_round_trip(services):
    assert load_settings(services.db) == DealerSettings()
    mine = DealerSettings(dealer_name="Autohaus Müller & Söhne", salesperson_name="Jürgen Weiß")
    save_settings(services.db, mine)
    assert load_settings(services.db) == mine


def test_active_interview_marker(services):
    state = services.interviews.start()
    set_active_interview(services.db, state.id)
    assert active_interview(services.db) == state.id
    set_active_interview(services.db, None)
    assert active_interview(services.db) is None


def test_next_step_keeps_local_time(services):
    state = services.interviews.start()
    due = datetime(2026, 11, 24, 10, 0)
    services.interviews.set_next_step(state.id, "Probefahrt", due)
    record = services.interviews.resume(state.id).record
    assert record.next_step_text == "Probefahrt"
    assert record.next_step_due is not None
    assert record.next_step_due.astimezone().replace(tzinfo=None) == due


def test_sheet_of_a_conversation(services):
    save_settings(
        services.db,
        DealerSettings(
            dealer_name="Autohaus Größl",
            salesperson_name="Jürgen Weiß",
            salesperson_phone="+49 89 55 66 77",
        ),
    )
    doc = json.loads(resources.read_bytes("examples", "answers_family.json"))
    state = services.interviews.start_from_contract(doc)
    ranking = services.recommendations.rank(state.answers)
    pdf = render_sheet_for(
        services, state.answers, ranking, "Probefahrt mit dem Tucson", datetime(2026, 11, 24, 10, 0)
    )
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "Frau Anna Berger" in text
    assert "Autohaus Größl" in text and "Jürgen Weiß" in text
    assert "Probefahrt mit dem Tucson" in text
    assert "Dienstag, 24. November 2026" in text
    for rec in ranking.top(3):
        assert rec.vehicle.model in text


def test_sheet_lists_the_channels_the_customer_consented_to(services):
    doc = json.loads(resources.read_bytes("examples", "answers_family.json"))
    state = services.interviews.start_from_contract(doc)
    ranking = services.recommendations.rank(state.answers)

    def sheet_text() -> str:
        pdf = render_sheet_for(services, state.answers, ranking, interview_id=state.id)
        return " ".join(
            " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).split()
        )

    agreed = "Sie sind damit einverstanden, dass wir Sie so kontaktieren:"
    assert agreed not in sheet_text()  # no customer record yet: no channels claimed
    customer_id = services.customers.propose_link(state.id).customer_id
    assert customer_id is not None
    services.customers.record_consent(customer_id, "phone")
    services.customers.record_consent(customer_id, "email")
    text = sheet_text()
    assert services.customers.agreed_channels(state.id) == ("phone", "email")
    assert f"{agreed} Telefon, E-Mail." in text
    services.customers.withdraw_consent(customer_id, "email")
    assert services.customers.agreed_channels(state.id) == ("phone",)
