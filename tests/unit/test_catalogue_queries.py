"""Browsing the catalogue in SQL: search, filters, sort orders, pages and counts (real SQLite)."""

from __future__ import annotations

import dataclasses
import functools
import os
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, event

from kundengespraech.domain.catalogue import BODY_TYPE_LABELS, POWERTRAIN_LABELS, Vehicle
from kundengespraech.domain.synthetic import synthetic_catalogue
from kundengespraech.services.catalogue_browser import CatalogueBrowser
from kundengespraech.storage.catalogue_queries import (
    SORT_KEYS,
    SortKey,
    VehicleQuery,
    count_vehicles,
    get_vehicle,
    page_of_vehicles,
)
from kundengespraech.storage.database import Database, open_database
from kundengespraech.storage.vehicles import replace_catalogue


def car(vehicle_id: str, make: str, model: str, **facts: Any) -> Vehicle:
    defaults: dict[str, Any] = {
        "body_type": "compact",
        "price_eur": Decimal("30000"),
        "seats": 5,
        "powertrain": "petrol",
        "condition": "new",
    }
    return Vehicle(id=vehicle_id, make=make, model=model, **{**defaults, **facts})


CARS = [
    car("A1", "VW", "Golf", variant="1.5 TSI DSG", price_eur=Decimal("32990"), trunk_l=381,
        towing_kg=1500, consumption_l_100km=5.6),
    car("A2", "VW", "Golf Variant", variant="2.0 TDI", body_type="estate", powertrain="diesel",
        price_eur=Decimal("36990"), trunk_l=611, towing_kg=1800, consumption_l_100km=4.7),
    car("A3", "vw", "ID.3", variant="Pro S", powertrain="ev", price_eur=Decimal("39990"),
        range_km=559, consumption_kwh_100km=15.9, trunk_l=None),
    car("B1", "Škoda", "Kodiaq", variant="4x4", body_type="suv", seats=7, condition="used",
        price_eur=Decimal("28990.50"), towing_kg=None, trunk_l=720),
    car("B2", "Škoda", "Enyaq", body_type="suv", powertrain="ev", condition=None,
        price_eur=Decimal("45990"), range_km=None, towing_kg=1200),
    car("C1", "Mazda", "MX-5", variant="100% Fahrspaß", body_type="convertible", seats=2,
        price_eur=Decimal("32990"), towing_kg=0, consumption_l_100km=None),
    car("C2", "Mini", "Cooper_S", body_type="city", seats=4, powertrain="phev",
        price_eur=Decimal("29990"), consumption_l_100km=1.9, range_km=45),
    car("D1", "Dacia", "Jogger", variant="Hybrid 140", body_type="estate", seats=7,
        powertrain="hybrid", price_eur=Decimal("24990"), condition="used",
        consumption_l_100km=4.9, trunk_l=None),
    car("D2", "Ärgerlich", "Übermodell", body_type="van", seats=9, price_eur=Decimal("32990")),
]  # fmt: skip
BY_ID = {v.id: v for v in CARS}


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    db = open_database(f"sqlite:///{tmp_path / 'katalog.db'}")
    with db.session() as session:
        replace_catalogue(session, CARS, "test")
    yield db
    db.close()


def ids(
    db: Database, query: VehicleQuery, offset: int = 0, limit: int = 100, total: int | None = None
) -> list[str]:
    with db.session() as session:
        return [v.id for v in page_of_vehicles(session, query, offset, limit, total)]


def count(db: Database, query: VehicleQuery) -> int:
    with db.session() as session:
        return count_vehicles(session, query)


# --- search ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("golf", {"A1", "A2"}),  # model, any case
        ("VW", {"A1", "A2", "A3"}),  # make "VW" and "vw"
        ("tdi", {"A2"}),  # variant
        ("b2", {"B2"}),  # id
        ("golf dsg", {"A1"}),  # every word must occur
        ("  golf   variant ", {"A2"}),
        ("škoda", {"B1", "B2"}),  # non-ASCII letters in any case, on SQLite too
        ("ŠKODA", {"B1", "B2"}),
        ("ärgerlich", {"D2"}),
        ("übermodell", {"D2"}),
        ("100%", {"C1"}),  # % is a letter here, not a wildcard ...
        ("0%s", set()),
        ("o_p", set()),  # ... and so is _
        ("cooper_s", {"C2"}),
        ("", set(BY_ID)),
        ("nichtda", set()),
    ],
)
def test_search_finds_words_in_make_model_variant_or_id(database, text, expected):
    query = VehicleQuery(text=text)
    assert set(ids(database, query)) == expected
    assert count(database, query) == len(expected)


# --- filters ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        (VehicleQuery(body_types=frozenset({"suv"})), {"B1", "B2"}),
        (VehicleQuery(body_types=frozenset({"suv", "estate"})), {"A2", "B1", "B2", "D1"}),
        (VehicleQuery(powertrains=frozenset({"ev", "phev"})), {"A3", "B2", "C2"}),
        (VehicleQuery(condition="used"), {"B1", "D1"}),
        # B2's condition is unknown: it is neither new nor used.
        (VehicleQuery(condition="new"), {"A1", "A2", "A3", "C1", "C2", "D2"}),
        (VehicleQuery(max_price=Decimal("29990")), {"B1", "C2", "D1"}),  # inclusive
        (VehicleQuery(max_price=Decimal("28990.49")), {"D1"}),
        (VehicleQuery(min_seats=7), {"B1", "D1", "D2"}),
        (
            VehicleQuery(text="škoda", body_types=frozenset({"suv"}), condition="used"),
            {"B1"},
        ),
        (VehicleQuery(powertrains=frozenset({"diesel"}), min_seats=7), set()),
    ],
)
def test_filters_combine_with_and(database, query, expected):
    assert set(ids(database, query)) == expected
    assert count(database, query) == len(expected)


def test_a_query_refuses_unknown_codes():
    with pytest.raises(ValueError, match="sort key"):
        VehicleQuery(sort="colour")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="body types or powertrains"):
        VehicleQuery(body_types=frozenset({"tractor"}))


# --- sort orders ----------------------------------------------------------------------------


def test_default_order_is_make_model_variant_then_id(database):
    # Code point order on SQLite: capitals before small letters, "Ä"/"Š" after "z".
    assert ids(database, VehicleQuery()) == ["D1", "C1", "C2", "A1", "A2", "A3", "D2", "B2", "B1"]


def test_price_ties_are_broken_by_id_in_the_same_direction(database):
    assert ids(database, VehicleQuery(sort="price")) == [
        "D1", "B1", "C2", "A1", "C1", "D2", "A2", "A3", "B2",
    ]  # fmt: skip
    assert ids(database, VehicleQuery(sort="price", descending=True)) == [
        "B2", "A3", "A2", "D2", "C1", "A1", "C2", "B1", "D1",
    ]  # fmt: skip


@pytest.mark.parametrize("descending", [False, True])
def test_unknown_values_come_last_in_both_directions(database, descending):
    order = ids(database, VehicleQuery(sort="trunk", descending=descending))
    known = [i for i in order if BY_ID[i].trunk_l is not None]
    unknown = [i for i in order if BY_ID[i].trunk_l is None]
    assert order == known + unknown
    trunks = [BY_ID[i].trunk_l for i in known]
    assert trunks == sorted(trunks, reverse=descending)  # type: ignore[type-var]


def test_body_types_and_powertrains_sort_by_their_german_names(database):
    bodies = [
        BODY_TYPE_LABELS[BY_ID[i].body_type] for i in ids(database, VehicleQuery(sort="body_type"))
    ]
    assert bodies == sorted(bodies, key=str.casefold)
    assert bodies[0] == "Cabrio"
    drives = [
        POWERTRAIN_LABELS[BY_ID[i].powertrain]
        for i in ids(database, VehicleQuery(sort="powertrain", descending=True))
    ]
    assert drives == sorted(drives, key=str.casefold, reverse=True)


def test_consumption_sorts_fuel_by_litres_then_electric_cars_by_range(database):
    order = ids(database, VehicleQuery(sort="consumption"))
    # Litres: C2 1.9, A2 4.7, D1 4.9, A1 5.6; then the range of A3 (no litres); then unknown.
    assert order[:5] == ["C2", "A2", "D1", "A1", "A3"]
    assert set(order[5:]) == {"B1", "B2", "C1", "D2"}


# --- a reference implementation over a synthetic catalogue -------------------------------


def _label_rank(labels: dict[str, str]) -> Callable[[str], int]:
    ranked = sorted(labels, key=lambda code: labels[code].casefold())
    return ranked.index


SORT_PARTS: dict[SortKey, Callable[[Vehicle], tuple[Any, ...]]] = {
    "vehicle": lambda v: (v.make, v.model, v.variant),
    "body_type": lambda v: (_label_rank(BODY_TYPE_LABELS)(v.body_type),),
    "powertrain": lambda v: (_label_rank(POWERTRAIN_LABELS)(v.powertrain),),
    "condition": lambda v: (v.condition,),
    "price": lambda v: (v.price_eur,),
    "seats": lambda v: (v.seats,),
    "trunk": lambda v: (v.trunk_l,),
    "towing": lambda v: (v.towing_kg,),
    "consumption": lambda v: (v.consumption_l_100km, v.range_km),
}


def reference_order(vehicles: list[Vehicle], query: VehicleQuery) -> list[str]:
    """What the SQL must return: each part in the direction, unknown last, then the id."""
    sign = -1 if query.descending else 1

    def compare(a: Vehicle, b: Vehicle) -> int:
        for x, y in zip(
            (*SORT_PARTS[query.sort](a), a.id), (*SORT_PARTS[query.sort](b), b.id), strict=True
        ):
            if x == y:
                continue
            if x is None or y is None:
                return 1 if x is None else -1  # unknown last, whatever the direction
            return sign if x > y else -sign
        return 0

    return [v.id for v in sorted(vehicles, key=functools.cmp_to_key(compare))]


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, list[Vehicle]]]:
    vehicles = synthetic_catalogue(1500, seed=7)
    # Some unknown conditions and duplicate prices, which the generator does not make.
    vehicles = [
        dataclasses.replace(v, condition=None) if i % 97 == 0 else v for i, v in enumerate(vehicles)
    ]
    db = open_database(f"sqlite:///{tmp_path_factory.mktemp('synth') / 'synth.db'}")
    with db.session() as session:
        replace_catalogue(session, vehicles, "synthetisch")
    yield db, vehicles
    db.close()


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("sort", SORT_KEYS)
def test_every_order_matches_the_reference_page_by_page(synthetic, sort, descending):
    db, vehicles = synthetic
    query = VehicleQuery(sort=sort, descending=descending)
    expected = reference_order(vehicles, query)
    pages = [ids(db, query, offset, 200) for offset in range(0, len(vehicles), 200)]
    assert [i for page in pages for i in page] == expected
    assert [len(p) for p in pages] == [200] * 7 + [100]
    # Knowing the total, the second half is read from the end: the same vehicles.
    total = len(vehicles)
    for offset in (700, 800, 1299, 1400, 1450):
        assert ids(db, query, offset, 200, total) == expected[offset : offset + 200]


def test_pages_of_a_filtered_search_add_up_to_its_count(synthetic):
    db, vehicles = synthetic
    query = VehicleQuery(
        text="kw",
        body_types=frozenset({"suv", "estate"}),
        powertrains=frozenset({"ev", "diesel"}),
        max_price=Decimal("60000"),
        min_seats=5,
        sort="price",
        descending=True,
    )
    matching = [
        v
        for v in vehicles
        if v.body_type in query.body_types
        and v.powertrain in query.powertrains
        and v.price_eur <= Decimal("60000")
        and v.seats >= 5
        and "kw" in v.variant.lower()
    ]
    assert count(db, query) == len(matching) > 50
    found = ids(db, query, 0, 50) + ids(db, query, 50, 10_000)
    assert found == reference_order(matching, query)


def test_paging_edges(synthetic):
    db, vehicles = synthetic
    query = VehicleQuery(sort="price")
    total = len(vehicles)
    last_three = reference_order(vehicles, query)[-3:]
    assert ids(db, query, total - 3, 200) == last_three
    assert ids(db, query, total - 3, 200, total) == last_three
    assert ids(db, query, total, 200) == ids(db, query, total, 200, total) == []
    assert ids(db, query, 0, 0) == ids(db, query, total - 1, 0, total) == []
    with db.session() as session, pytest.raises(ValueError, match="negative"):
        page_of_vehicles(session, query, -1, 10)


# --- single vehicles, the service, the indexes -----------------------------------------------


def test_get_vehicle_returns_every_fact_or_none(database):
    with database.session() as session:
        assert get_vehicle(session, "B1") == BY_ID["B1"]
        assert get_vehicle(session, "b1") is None
        assert get_vehicle(session, "nicht da") is None


def test_the_browser_service_uses_one_session_per_call(database, tmp_path):
    browser = CatalogueBrowser(database, images_folder=tmp_path)
    assert browser.count(VehicleQuery(text="golf")) == 2
    assert [v.id for v in browser.page(VehicleQuery(sort="price"), 1, 2)] == ["B1", "C2"]
    assert browser.vehicle("A3") == BY_ID["A3"]
    assert browser.vehicle("X") is None


def test_the_browser_finds_stored_photos_and_absolute_paths(database, tmp_path):
    browser = CatalogueBrowser(database, images_folder=tmp_path)
    stored = tmp_path / f"{'a' * 40}.png"
    stored.write_bytes(b"\x89PNG")
    elsewhere = tmp_path / "golf.png"
    elsewhere.write_bytes(b"\x89PNG")
    golf = BY_ID["A1"]
    assert browser.image_path(dataclasses.replace(golf, image=stored.name)) == stored
    assert browser.image_path(dataclasses.replace(golf, image=str(elsewhere))) == elsewhere
    assert browser.image_path(dataclasses.replace(golf, image="golf.png")) is None  # relative
    assert browser.image_path(dataclasses.replace(golf, image=f"{'b' * 40}.png")) is None
    assert browser.image_path(golf) is None


@pytest.mark.parametrize(
    ("query", "index"),
    [
        (VehicleQuery(sort="price"), "ix_vehicles_price_eur_id"),
        (VehicleQuery(sort="price", descending=True), "ix_vehicles_price_eur_id"),
        (VehicleQuery(), "ix_vehicles_make_model_variant_id"),
        (VehicleQuery(descending=True), "ix_vehicles_make_model_variant_id"),
    ],
)
@pytest.mark.parametrize("total", [None, 1500])
def test_the_main_orders_are_read_from_an_index_without_sorting(synthetic, query, index, total):
    db, _ = synthetic
    executed: list[tuple[str, Any]] = []

    def note(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        executed.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", note)
    try:
        with db.session() as session:
            page_of_vehicles(session, query, 1000, 200, total)
    finally:
        event.remove(db.engine, "before_cursor_execute", note)
    ((statement, parameters),) = [e for e in executed if "FROM vehicles" in e[0]]
    with db.engine.connect() as connection:
        plan = [
            str(row[-1])
            for row in connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters)
        ]
    # The ids are read in order from the index; only the page itself (200 rows) is sorted.
    assert f"SCAN vehicles USING COVERING INDEX {index}" in plan
    assert sum("TEMP B-TREE" in step for step in plan) == 1


# --- PostgreSQL: the same answers ----------------------------------------------------------

PG_URL = os.environ.get("KUNDENGESPRAECH_TEST_PG_URL", "")


@pytest.fixture(scope="module")
def postgres(synthetic: tuple[Database, list[Vehicle]]) -> Iterator[Database]:
    """The synthetic catalogue (plus the hand-made cars) on an emptied PostgreSQL schema."""
    if not PG_URL:
        pytest.skip("no PostgreSQL: set KUNDENGESPRAECH_TEST_PG_URL (bash .ci/postgres.sh)")
    engine = create_engine(PG_URL)
    try:
        with engine.begin() as connection:
            connection.exec_driver_sql("DROP SCHEMA IF EXISTS public CASCADE")
            connection.exec_driver_sql("CREATE SCHEMA public")
    finally:
        engine.dispose()
    db = open_database(PG_URL)
    with db.session() as session:
        replace_catalogue(session, [*synthetic[1], *CARS], "synthetisch")
    yield db
    db.close()


@pytest.fixture(scope="module")
def sqlite_twin(tmp_path_factory: pytest.TempPathFactory, synthetic) -> Iterator[Database]:
    db = open_database(f"sqlite:///{tmp_path_factory.mktemp('twin') / 'twin.db'}")
    with db.session() as session:
        replace_catalogue(session, [*synthetic[1], *CARS], "synthetisch")
    yield db
    db.close()


@pytest.mark.parametrize(
    "text", ["golf", "VW", "škoda", "ŠKODA", "ärgerlich", "100%", "0%s", "o_p", "kw dsg", "S0001"]
)
def test_postgresql_finds_what_sqlite_finds(postgres, sqlite_twin, text):
    query = VehicleQuery(text=text, condition="new", max_price=Decimal("60000"))
    assert set(ids(postgres, query, 0, 5000)) == set(ids(sqlite_twin, query, 0, 5000))
    assert count(postgres, query) == count(sqlite_twin, query)


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("sort", SORT_KEYS)
def test_postgresql_pages_are_consistent_in_every_order(postgres, sqlite_twin, sort, descending):
    query = VehicleQuery(sort=sort, descending=descending, body_types=frozenset({"suv", "van"}))
    total = count(postgres, query)
    forward = [i for offset in range(0, total, 100) for i in ids(postgres, query, offset, 100)]
    from_end = [
        i for offset in range(0, total, 100) for i in ids(postgres, query, offset, 100, total)
    ]
    assert forward == from_end and len(set(forward)) == total
    if sort != "vehicle":  # text is ordered by the database's collation; numbers are not
        assert forward == ids(sqlite_twin, query, 0, total)
