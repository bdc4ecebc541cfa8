"""The use cases the UI reaches through ``AppServices`` instead of the database behind it."""

from __future__ import annotations

from pathlib import Path

import pytest

from kundengespraech.services.app import open_services
from kundengespraech.services.catalogue_browser import VehicleQuery
from kundengespraech.services.catalogue_import_types import How
from kundengespraech.services.device_settings import DeviceSettings
from kundengespraech.services.settings import (
    DealerSettings,
    active_interview,
    load_settings,
    retention_years,
)
from kundengespraech.services.stored_settings import SettingsService
from kundengespraech.services.timeline import customer_timeline


@pytest.fixture
def services(tmp_path: Path):
    opened = open_services(f"sqlite:///{tmp_path / 's.db'}")
    yield opened
    opened.close()


def test_settings_service_reads_and_writes_the_stored_settings(services):
    settings = services.settings
    settings.save_dealer(DealerSettings(dealer_name="Autohaus Test", salesperson_name="Eva"))
    assert load_settings(services.db).dealer_name == "Autohaus Test"
    assert settings.dealer().salesperson_name == "Eva"

    state = services.interviews.start()
    settings.set_active_interview(state.id)
    assert settings.active_interview() == state.id == active_interview(services.db)
    settings.set_active_interview(None)
    assert settings.active_interview() is None

    settings.set_retention_years(7)
    assert settings.retention_years() == 7 == retention_years(services.db)
    with pytest.raises(ValueError):
        settings.set_retention_years(0)
    assert settings.retention_years() == 7


def test_settings_service_keeps_each_device_its_own_salesperson_and_resume_target(
    services, tmp_path
):
    front = SettingsService(services.db, DeviceSettings(tmp_path / "front.json"))
    fair = SettingsService(services.db, DeviceSettings(tmp_path / "fair.json"))
    front.save_dealer(DealerSettings(dealer_name="Autohaus Test", salesperson_name="Eva"))
    fair.save_dealer(DealerSettings(dealer_name="Autohaus Test", salesperson_name="Jan"))
    first, second = services.interviews.start(), services.interviews.start()
    front.set_active_interview(first.id)
    fair.set_active_interview(second.id)
    assert (front.dealer().salesperson_name, front.active_interview()) == ("Eva", first.id)
    assert (fair.dealer().salesperson_name, fair.active_interview()) == ("Jan", second.id)


def test_timeline_service_gives_the_customer_timeline(services):
    state = services.interviews.start()
    services.interviews.answer(state.id, "customer.last_name", "Berger")
    customer_id = services.customers.link(state.id, None)
    entries = services.timeline.of_customer(customer_id)
    assert entries == customer_timeline(services.db, customer_id)
    assert [entry.ref for entry in entries if entry.category == "conversation"] == [state.id]


def test_catalogue_browser_reads_the_seeded_catalogue(services):
    assert services.catalogue_browser.count(VehicleQuery()) == len(
        services.recommendations.vehicles()
    )


def test_read_only_flag_and_checkpoint_of_a_writable_database(services):
    assert services.read_only is False
    assert services.checkpoint() is True


def test_mapping_proposal_asks_until_the_mapping_is_remembered(services, tmp_path):
    path = tmp_path / "bestand.csv"
    path.write_text("id,Marke,model,body_type,price_eur,seats,powertrain\n", encoding="utf-8")
    first = services.catalogue.propose_mapping(path)
    assert first.ask
    assert first.column_map["Marke"] == "make"
    assert {p.header: p.how for p in first.proposals}["Marke"] is How.SYNONYM

    services.catalogue.remember_mapping(path.name, first.column_map)
    again = services.catalogue.propose_mapping(path)
    assert not again.ask
    assert again.column_map == first.column_map
    assert {p.how for p in again.proposals} == {How.REMEMBERED}
