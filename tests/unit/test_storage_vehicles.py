"""Storage of the vehicle catalogue: exact round trip, replace versus upsert, bulk speed."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from kundengespraech.domain.catalogue import Vehicle
from kundengespraech.storage.database import Database, open_database
from kundengespraech.storage.vehicles import (
    catalogue_version,
    load_vehicles,
    replace_catalogue,
    upsert_vehicles,
    vehicle_count,
)


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    db = open_database(f"sqlite:///{tmp_path / 'test.db'}")
    yield db
    db.close()


FULL = Vehicle(
    id="v-001",
    make="Škoda",
    model="Kodiaq",
    variant="2.0 TDI 4x4 DSG",
    body_type="suv",
    price_eur=Decimal("45990.99"),
    seats=7,
    powertrain="diesel",
    condition="new",
    year=2026,
    mileage_km=0,
    isofix=3,
    trunk_l=340,
    trunk_max_l=2005,
    towing_kg=2500,
    tow_bar="optional",
    roof_rails=True,
    consumption_l_100km=6.1,
    consumption_kwh_100km=None,
    range_km=None,
    co2_g_km=159,
    power_kw=142,
    accel_0_100_s=7.8,
    top_speed_kmh=217,
    awd=False,
    ncap_stars=5,
    assist=("acc", "lane_keeping", "blind_spot"),
    length_mm=4758,
    image="kodiaq.png",
    notes="Vorführwagen",
    extra={"farbe": "Moon-Weiß", "händler_nr": "17"},
)
MINIMAL = Vehicle(
    id="v-002",
    make="Fiat",
    model="500e",
    body_type="city",
    price_eur=Decimal("29990"),
    seats=4,
    powertrain="ev",
)
NO_ASSISTS = replace(MINIMAL, id="v-003", assist=())


def test_round_trip_is_exact_including_unknowns(database: Database) -> None:
    with database.session() as session:
        assert replace_catalogue(session, [NO_ASSISTS, FULL, MINIMAL], "katalog.csv") == 3
    with database.session() as session:
        loaded = load_vehicles(session)
    assert loaded == [FULL, MINIMAL, NO_ASSISTS]  # ordered by id
    full, minimal, no_assists = loaded
    assert full.extra == FULL.extra  # ``extra`` is excluded from Vehicle equality
    assert minimal.extra == {}
    assert isinstance(full.price_eur, Decimal)
    assert full.price_eur == Decimal("45990.99")
    assert minimal.assist is None  # unknown
    assert no_assists.assist == ()  # known: none
    assert minimal.year is None and minimal.roof_rails is None and minimal.awd is None
    assert full.awd is False and full.mileage_km == 0  # known falsy values are not unknown


def test_replace_removes_vehicles_not_in_the_new_catalogue(database: Database) -> None:
    with database.session() as session:
        replace_catalogue(session, [FULL, MINIMAL], "alt.csv")
    with database.session() as session:
        replace_catalogue(session, [NO_ASSISTS], "neu.csv")
    with database.session() as session:
        assert [v.id for v in load_vehicles(session)] == ["v-003"]
        assert vehicle_count(session) == 1


def test_upsert_updates_by_id_and_keeps_the_rest(database: Database) -> None:
    with database.session() as session:
        replace_catalogue(session, [FULL, MINIMAL], "alt.csv")
    cheaper = replace(FULL, price_eur=Decimal("43990.00"), assist=None, extra={"x": "y"})
    with database.session() as session:
        assert upsert_vehicles(session, [cheaper, NO_ASSISTS], "nachtrag.csv") == 2
    with database.session() as session:
        loaded = {v.id: v for v in load_vehicles(session)}
    assert sorted(loaded) == ["v-001", "v-002", "v-003"]
    assert loaded["v-001"] == cheaper
    assert loaded["v-001"].extra == {"x": "y"}
    assert loaded["v-002"] == MINIMAL


def test_a_failed_import_changes_nothing(database: Database) -> None:
    with database.session() as session:
        replace_catalogue(session, [FULL], "alt.csv")
    with pytest.raises(Exception, match="UNIQUE"), database.session() as session:
        replace_catalogue(session, [MINIMAL, MINIMAL], "kaputt.csv")
    with database.session() as session:
        assert load_vehicles(session) == [FULL]
        version = catalogue_version(session)
    assert version is not None and version.source == "alt.csv"


def test_catalogue_version_is_the_newest_import(database: Database) -> None:
    with database.session() as session:
        assert catalogue_version(session) is None
        assert vehicle_count(session) == 0
        assert load_vehicles(session) == []
        replace_catalogue(session, [FULL, MINIMAL], "katalog-2026-10.csv")
    with database.session() as session:
        upsert_vehicles(session, [NO_ASSISTS], "nachtrag.xlsx")
    with database.session() as session:
        version = catalogue_version(session)
        assert vehicle_count(session) == 3
    assert version is not None
    assert (version.source, version.count, version.mode) == ("nachtrag.xlsx", 1, "upsert")
    assert version.imported_at.tzinfo is not None


def test_replacing_with_an_empty_catalogue(database: Database) -> None:
    with database.session() as session:
        replace_catalogue(session, [FULL], "alt.csv")
        assert replace_catalogue(session, [], "leer.csv") == 0
    with database.session() as session:
        assert vehicle_count(session) == 0


def test_100000_vehicles_insert_and_load_in_seconds(database: Database) -> None:
    vehicles = [
        replace(FULL, id=f"v-{n:06d}", price_eur=Decimal(20000 + n) / 100) for n in range(100_000)
    ]
    started = time.perf_counter()
    with database.session() as session:
        replace_catalogue(session, vehicles, "gross.csv")
    inserted = time.perf_counter()
    with database.session() as session:
        loaded = load_vehicles(session)
    loaded_at = time.perf_counter()
    assert loaded == vehicles
    # Generous bounds (measured ≈2 s each on a laptop); they catch row-by-row ORM regressions.
    assert inserted - started < 20
    assert loaded_at - inserted < 20
