"""Per-device settings: two laptops on one database keep their own salesperson and their own
conversation to resume, and share the dealer profile."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kundengespraech.services.app import open_services
from kundengespraech.services.device_settings import DeviceSettings
from kundengespraech.services.settings import (
    DEALER_KEY,
    DealerSettings,
    active_interview,
    load_settings,
    save_settings,
    set_active_interview,
)
from kundengespraech.storage import settings as settings_store


def test_two_devices_on_one_database_keep_their_own_salesperson_and_resume_target(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = f"sqlite:///{tmp_path / 'autohaus.db'}"
    laptop_a, laptop_b = tmp_path / "laptop-a", tmp_path / "laptop-b"

    def on(device: Path) -> None:
        monkeypatch.setenv("XDG_CONFIG_HOME", str(device))

    on(laptop_a)
    a = open_services(url)
    save_settings(a.db, DealerSettings(dealer_name="Autohaus Nord", salesperson_name="Anna"))
    first = a.interviews.start(salesperson="Anna").id
    set_active_interview(a.db, first)
    a.close()

    on(laptop_b)
    b = open_services(url)
    assert load_settings(b.db).dealer_name == "Autohaus Nord"  # the dealership's, shared
    assert load_settings(b.db).salesperson_name == ""  # nobody set up on this laptop yet
    assert active_interview(b.db) is None
    profile = load_settings(b.db)
    save_settings(b.db, DealerSettings(dealer_name=profile.dealer_name, salesperson_name="Bernd"))
    second = b.interviews.start(salesperson="Bernd").id
    set_active_interview(b.db, second)
    assert b.salespeople.current().name == "Bernd"
    b.close()

    on(laptop_a)
    a = open_services(url)
    assert load_settings(a.db).salesperson_name == "Anna"
    assert a.salespeople.current().name == "Anna"
    assert active_interview(a.db) == first
    a.close()
    on(laptop_b)
    b = open_services(url)
    assert (load_settings(b.db).salesperson_name, active_interview(b.db)) == ("Bernd", second)
    b.close()
    for device in (laptop_a, laptop_b):
        file = device / "Kundengespraech" / "geraet.json"
        assert file.stat().st_mode & 0o777 == 0o600
        assert json.loads(file.read_text(encoding="utf-8"))["salesperson"]["salesperson_name"]


def test_the_database_no_longer_holds_a_salesperson(tmp_path: Path) -> None:
    services = open_services(f"sqlite:///{tmp_path / 'kg.db'}")
    try:
        save_settings(services.db, DealerSettings(salesperson_name="Anna", salesperson_phone="1"))
        with services.db.session() as session:
            stored = settings_store.get_setting(session, DEALER_KEY)
        assert isinstance(stored, dict) and "salesperson_name" not in stored
    finally:
        services.close()


def test_a_salesperson_an_earlier_version_kept_in_the_database_is_taken_over(
    tmp_path: Path,
) -> None:
    services = open_services(f"sqlite:///{tmp_path / 'kg.db'}")
    try:
        with services.db.session() as session:
            settings_store.set_setting(
                session, DEALER_KEY, {"dealer_name": "Alt", "salesperson_name": "Greta"}
            )
            settings_store.set_setting(session, "active_interview", None)
        assert load_settings(services.db).salesperson_name == "Greta"
    finally:
        services.close()


def test_a_damaged_device_file_is_set_aside(tmp_path: Path) -> None:
    path = tmp_path / "geraet.json"
    path.write_text("{kaputt", encoding="utf-8")
    device = DeviceSettings(path)
    assert device.get("salesperson") is None
    assert path.with_name("geraet.json.kaputt").exists()
    device.set("salesperson", {"salesperson_name": "Anna"})
    assert DeviceSettings(path).get("salesperson") == {"salesperson_name": "Anna"}


def test_a_resume_target_an_earlier_version_kept_in_the_database_moves_to_the_device(
    tmp_path: Path,
) -> None:
    services = open_services(f"sqlite:///{tmp_path / 'kg.db'}")
    try:
        interview = services.interviews.start().id
        with services.db.session() as session:
            settings_store.set_setting(session, "active_interview", str(interview))
        assert active_interview(services.db) == interview
        with services.db.session() as session:
            assert settings_store.get_setting(session, "active_interview") is None
        assert active_interview(services.db) == interview  # now from this device
        set_active_interview(services.db, None)
        assert active_interview(services.db) is None
    finally:
        services.close()
