"""The app on PostgreSQL: migrate and seed, interviews, recommendations, catalogue import/export.

Runs only when ``KUNDENGESPRAECH_TEST_PG_URL`` names a PostgreSQL database owned by the URL's
role; ``bash .ci/postgres.sh`` sets one up (German ICU collation) and prints its URL. Every test
starts on an empty ``public`` schema; results are compared with the same steps on a SQLite file.
"""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select
from sqlalchemy.exc import SQLAlchemyError

from kundengespraech import resources
from kundengespraech.__main__ import main
from kundengespraech.domain.answers import from_contract
from kundengespraech.importers.catalogue_csv import CatalogueImportError, read_catalogue
from kundengespraech.services.app import open_services
from kundengespraech.storage import migrate
from kundengespraech.storage.models import CatalogueImportRow

PG_URL_VAR = "KUNDENGESPRAECH_TEST_PG_URL"
PG_URL = os.environ.get(PG_URL_VAR, "")

pytestmark = pytest.mark.skipif(
    not PG_URL,
    reason=f"no PostgreSQL: set {PG_URL_VAR} (bash .ci/postgres.sh prints a URL) to run these",
)

HEADER = "id,make,model,body_type,price_eur,seats,powertrain"


@pytest.fixture
def pg_url() -> str:
    """The PostgreSQL URL, its ``public`` schema emptied: no tables, no Alembic version."""
    engine = create_engine(PG_URL)
    try:
        with engine.begin() as connection:
            connection.exec_driver_sql("DROP SCHEMA IF EXISTS public CASCADE")
            connection.exec_driver_sql("CREATE SCHEMA public")
    finally:
        engine.dispose()
    return PG_URL


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'vergleich.db'}"


@pytest.fixture
def answers_file(tmp_path: Path) -> Path:
    path = tmp_path / "antworten.json"
    path.write_bytes(resources.read_bytes("examples", "answers_family.json"))
    return path


def cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def export(capsys: pytest.CaptureFixture[str], url: str, target: Path) -> bytes:
    code, _, err = cli(capsys, "--db", url, "catalogue", "export", str(target))
    assert (code, err) == (0, "")
    return target.read_bytes()


def test_fresh_database_is_migrated_and_seeded_once(pg_url):
    demo = read_catalogue(resources.demo_catalogue())
    services = open_services(pg_url)
    try:
        with services.db.engine.connect() as connection:
            assert migrate.current_revision(connection) == migrate.head_revision()
        assert services.db.engine.dialect.name == "postgresql"
        assert services.recommendations.vehicles() == sorted(demo, key=lambda v: v.id)
        version = services.catalogue.version()
        assert version is not None
        assert (version.count, version.mode) == (len(demo), "replace")
        assert version.imported_at.tzinfo is not None
    finally:
        services.close()

    again = open_services(pg_url)
    try:
        assert again.catalogue.seed_demo_if_fresh() is False
        assert len(again.recommendations.vehicles()) == len(demo)
        with again.db.session() as session:
            assert session.scalar(select(func.count()).select_from(CatalogueImportRow)) == 1
    finally:
        again.close()


def test_interview_round_trip(pg_url):
    answers = {
        "customer.last_name": "Weiß",
        "customer.first_name": "Jürgen",
        "household.adults": 2,
        "household.children_ages": [3, 7],
        "pets.dogs": ["large", "small"],
        "customer.birthday": "1985-04-12",
        "hobbies": ["cycling", "camping_caravan"],
        "usage.annual_km": 25000,
        "usage.home_charging": True,
        "preferences.body_types": ["suv", "estate"],
        "notes": "Wohnwagen 1.500 kg – „bitte“ mit Anhängerkupplung €",
    }
    due = datetime(2026, 11, 24, 10, 30, tzinfo=timezone(timedelta(hours=1)))
    services = open_services(pg_url)
    try:
        state = services.interviews.start(salesperson="Petra Schön")
        for question_id, value in answers.items():
            assert services.interviews.answer(state.id, question_id, value) is None
        services.interviews.answer(state.id, "usage.home_charging", False)
        answers["usage.home_charging"] = False
        services.interviews.go_to_page(state.id, "usage")
        services.interviews.set_next_step(state.id, "Probefahrt", due)
        example = json.loads(resources.read_bytes("examples", "answers_family.json"))
        from_file = services.interviews.start_from_contract(example)
        expected_from_file = from_contract(services.questionnaire, example)
    finally:
        services.close()

    reopened = open_services(pg_url)  # as the app would after a restart
    try:
        resumed = reopened.interviews.resume(state.id)
        resumed_from_file = reopened.interviews.resume(from_file.id)
        recent = reopened.interviews.recent()
    finally:
        reopened.close()
    # JSON text tells True from 1 and 2 from 2.0, which == would not.
    assert json.dumps(resumed.answers, sort_keys=True) == json.dumps(answers, sort_keys=True)
    assert resumed.current_page == "usage"
    record = resumed.record
    assert (record.next_step_text, record.next_step_due) == ("Probefahrt", due)
    assert record.next_step_due is not None and record.next_step_due.tzinfo == UTC
    assert record.created_at.tzinfo == UTC and record.updated_at >= record.created_at
    assert (record.salesperson, record.customer_name) == ("Petra Schön", "Jürgen Weiß")
    assert [r.id for r in recent] == [from_file.id, state.id]
    assert json.dumps(resumed_from_file.answers, sort_keys=True) == json.dumps(
        expected_from_file, sort_keys=True
    )
    assert reopened.interviews.export_answers(resumed_from_file.answers) == example


def test_recommend_is_the_same_on_postgresql_and_sqlite(capsys, pg_url, sqlite_url, answers_file):
    for extra in (("--json", "--top", "100"), ("--top", "5")):
        on_pg = cli(capsys, "--db", pg_url, "recommend", str(answers_file), *extra)
        on_sqlite = cli(capsys, "--db", sqlite_url, "recommend", str(answers_file), *extra)
        assert on_pg[0] == 0 and on_pg[2] == ""
        assert on_pg == on_sqlite
    doc = json.loads(cli(capsys, "--db", pg_url, "recommend", str(answers_file), "--json")[1])
    assert len(doc["recommendations"]) == 3 and doc["excluded"]


def test_import_is_all_or_nothing_and_replace_works(capsys, pg_url, tmp_path):
    before = export(capsys, pg_url, tmp_path / "vorher.csv")

    bad = tmp_path / "fehler.csv"
    bad.write_text(f"{HEADER}\nN1,VW,Up,city,12990,4,petrol\nN2,VW,Golf,car,1,4,petrol\n")
    code, out, err = cli(capsys, "--db", pg_url, "catalogue", "import", str(bad))
    assert (code, out) == (2, "")
    assert "nichts importiert" in err
    assert export(capsys, pg_url, tmp_path / "nach_fehler.csv") == before

    # A file the reader accepts but PostgreSQL refuses: fails in the middle of the transaction,
    # after the old catalogue was deleted; the rollback must bring it back.
    services = open_services(pg_url)
    try:
        version = services.catalogue.version()
        with pytest.raises((CatalogueImportError, SQLAlchemyError, ValueError)):
            services.catalogue.import_bytes(
                f"{HEADER}\nN1,VW,Up,city,12990,4,petrol\nN2,VW,G\x00lf,city,1,4,petrol\n".encode(),
                "nul.csv",
                replace=True,
            )
        assert services.catalogue.version() == version
    finally:
        services.close()
    assert export(capsys, pg_url, tmp_path / "nach_abbruch.csv") == before

    demo_ids = sorted(v.id for v in read_catalogue(resources.demo_catalogue()))
    upsert = tmp_path / "neu.csv"
    upsert.write_text(
        f"{HEADER}\nN1,VW,Up,city,12990.50,4,petrol\n{demo_ids[0]},VW,Polo,city,1,5,ev\n"
    )
    assert cli(capsys, "--db", pg_url, "catalogue", "import", str(upsert))[0] == 0
    services = open_services(pg_url)
    try:
        vehicles = {v.id: v for v in services.recommendations.vehicles()}
    finally:
        services.close()
    assert sorted(vehicles) == sorted([*demo_ids, "N1"])
    assert (vehicles[demo_ids[0]].model, vehicles[demo_ids[0]].powertrain) == ("Polo", "ev")
    assert str(vehicles["N1"].price_eur) == "12990.50"

    small = tmp_path / "klein.csv"
    small.write_text(f"{HEADER}\nR2,Škoda,Fabia,city,15000,5,petrol\nR1,VW,Up,city,12990,4,ev\n")
    code, out, err = cli(capsys, "--db", pg_url, "catalogue", "import", str(small), "--replace")
    assert (code, err) == (0, "")
    assert "2 Fahrzeuge importiert" in out
    services = open_services(pg_url)
    try:
        assert [v.id for v in services.recommendations.vehicles()] == ["R1", "R2"]
        version = services.catalogue.version()
        assert version is not None and (version.source, version.mode) == ("klein.csv", "replace")
    finally:
        services.close()


def test_exported_csv_is_the_same_on_postgresql_and_sqlite(capsys, pg_url, sqlite_url, tmp_path):
    assert export(capsys, pg_url, tmp_path / "pg.csv") == export(
        capsys, sqlite_url, tmp_path / "sqlite.csv"
    )

    # Unknowns, umlauts, cents, floats, lists and extra columns, through both back ends; ids whose
    # order differs between a linguistic collation (de-DE) and code points, as SQLite sorts.
    rich = tmp_path / "reich.csv"
    rich.write_text(
        f"{HEADER},variant,condition,year,roof_rails,awd,assist,consumption_l_100km,"
        "accel_0_100_s,notes,Farbe,Ausstattung\n"
        "z-1,Škoda,Octavia,estate,31999.99,5,petrol,Combi 1.5 TSI,used,2023,yes,,"
        'acc;lane_assist,5.35,9.1,"Scheckheft, „gepflegt“",Mondstein-Grau,\n'
        "Z2,BMW,iX1,suv,52000,5,ev,,new,,no,yes,,,5.7,,Weiß,Anhängerkupplung ½\n"
        "Ä3,Opel,Corsa,city,19990,5,petrol,,,,,,,,,,,\n",
        encoding="utf-8",
    )
    for url in (pg_url, sqlite_url):
        assert cli(capsys, "--db", url, "catalogue", "import", str(rich))[0] == 0
    on_pg = export(capsys, pg_url, tmp_path / "pg2.csv")
    assert on_pg == export(capsys, sqlite_url, tmp_path / "sqlite2.csv")
    assert "Scheckheft, „gepflegt“".encode() in on_pg and b"31999.99" in on_pg
    ids = [line.split(",", 1)[0] for line in on_pg.decode().splitlines()[1:]]
    assert ids == sorted(ids) and ids.index("Z2") < ids.index("z-1") < ids.index("Ä3")
