"""Storage: connection set-up, URL resolution, ids, interviews with answers, settings."""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError

from kundengespraech.storage import interviews
from kundengespraech.storage.database import (
    Database,
    default_database_url,
    open_database,
    resolve_database_url,
)
from kundengespraech.storage.errors import RecordNotFoundError
from kundengespraech.storage.ids import id_timestamp_ms, new_id
from kundengespraech.storage.models import AnswerRow
from kundengespraech.storage.settings import get_setting, set_setting


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    db = open_database(f"sqlite:///{tmp_path / 'test.db'}")
    yield db
    db.close()


# --- connection set-up -------------------------------------------------------------------


def test_every_connection_gets_wal_full_sync_and_foreign_keys(database: Database) -> None:
    for _ in range(2):  # a second, separate connection is set up the same way
        with database.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        database.engine.dispose()


def test_reads_run_inside_a_real_transaction(database: Database) -> None:
    # pysqlite on its own would not BEGIN before a SELECT; our BEGIN makes reads repeatable.
    with database.session() as session:
        session.execute(text("SELECT 1"))
        raw = session.connection().connection.driver_connection
        assert raw is not None
        assert raw.in_transaction


def test_session_rolls_back_when_the_block_raises(database: Database) -> None:
    with database.session() as session:
        interview_id = interviews.create_interview(session)
    with pytest.raises(RuntimeError), database.session() as session:
        interviews.save_answer(session, interview_id, "notes", "wird verworfen")
        raise RuntimeError("boom")
    with database.session() as session:
        assert interviews.load_answers(session, interview_id) == {}


def test_foreign_keys_are_enforced(database: Database) -> None:
    with pytest.raises(IntegrityError, match="FOREIGN KEY"), database.session() as session:
        session.add(AnswerRow(interview_id=new_id(), question_id="notes", value="x"))


def test_parent_directories_of_a_new_file_are_created(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "neu.db"
    with open_database(f"sqlite:///{path}"):
        pass
    assert path.is_file()


def test_in_memory_database_works() -> None:
    with open_database("sqlite://") as db, db.session() as session:
        interview_id = interviews.create_interview(session)
        interviews.save_answer(session, interview_id, "notes", "ok")
        assert interviews.load_answers(session, interview_id) == {"notes": "ok"}


# --- URL resolution ----------------------------------------------------------------------


def test_explicit_url_wins_over_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KUNDENGESPRAECH_DB", "sqlite:////env/x.db")
    assert resolve_database_url("sqlite:////explicit/y.db") == "sqlite:////explicit/y.db"


def test_environment_wins_over_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KUNDENGESPRAECH_DB", "postgresql+psycopg://u:pw@host/db")
    assert resolve_database_url(None) == "postgresql+psycopg://u:pw@host/db"


def test_default_is_a_file_in_the_user_data_directory(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("KUNDENGESPRAECH_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    expected = f"sqlite:///{tmp_path / 'data' / 'Kundengespraech' / 'kundengespraech.db'}"
    assert default_database_url() == expected
    assert resolve_database_url(None) == expected
    assert resolve_database_url("") == expected


def test_a_plain_path_means_a_sqlite_file(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir("/")
    assert resolve_database_url("tmp/messe.db") == "sqlite:////tmp/messe.db"


# --- ids ---------------------------------------------------------------------------------


def test_ids_are_uuid7_and_strictly_time_ordered() -> None:
    before_ms = time.time_ns() // 1_000_000
    ids = [new_id() for _ in range(20_000)]  # many share a millisecond
    after_ms = time.time_ns() // 1_000_000
    assert all(i.version == 7 and i.variant == uuid.RFC_4122 for i in ids)
    assert ids == sorted(ids)
    assert len(set(ids)) == len(ids)
    assert before_ms <= id_timestamp_ms(ids[0]) <= id_timestamp_ms(ids[-1]) <= after_ms + 10
    assert str(ids[0])[14] == "7"


def test_interview_ids_are_uuid7(database: Database) -> None:
    with database.session() as session:
        assert interviews.create_interview(session).version == 7


# --- interviews and answers --------------------------------------------------------------


def test_answers_round_trip_and_none_deletes(database: Database) -> None:
    with database.session() as session:
        interview_id = interviews.create_interview(session, "Herr Maier")
    answers: dict[str, object] = {
        "customer.first_name": "Anna",
        "household.adults": 2,
        "household.children_ages": [3, 7],
        "pets.dogs": [{"size": "large"}],
        "usage.home_charging": True,
        "priorities.safety_vs_sport": 20.5,
        "notes": "Wohnwagen 1.500 kg – „groß“ & schwer",
    }
    for question_id, value in answers.items():
        with database.session() as session:
            interviews.save_answer(session, interview_id, question_id, value)
    with database.session() as session:
        assert interviews.load_answers(session, interview_id) == answers
    with database.session() as session:  # overwrite, then delete
        interviews.save_answer(session, interview_id, "household.adults", 3)
        interviews.save_answer(session, interview_id, "notes", None)
        interviews.save_answer(session, interview_id, "never.answered", None)
    with database.session() as session:
        loaded = interviews.load_answers(session, interview_id)
    assert loaded["household.adults"] == 3
    assert "notes" not in loaded
    assert "never.answered" not in loaded


json_values = st.recursive(
    st.booleans()
    | st.integers(min_value=-(2**53), max_value=2**53)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(st.text(max_size=10), children | st.none(), max_size=4)
    ),
    max_leaves=12,
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(value=json_values)
def test_any_json_answer_round_trips(database: Database, value: object) -> None:
    with database.session() as session:
        interview_id = interviews.create_interview(session)
        interviews.save_answer(session, interview_id, "q", value)
    with database.session() as session:
        assert interviews.load_answers(session, interview_id) == {"q": value}


def test_saving_an_answer_bumps_updated_at(database: Database) -> None:
    with database.session() as session:
        interview_id = interviews.create_interview(session)
    with database.session() as session:
        before = interviews.get_interview(session, interview_id).updated_at
    with database.session() as session:
        interviews.save_answer(session, interview_id, "notes", "x")
    with database.session() as session:
        record = interviews.get_interview(session, interview_id)
    assert record.updated_at > before
    assert record.updated_at.tzinfo is not None
    assert record.updated_at.utcoffset() == timedelta(0)


def test_record_fields_and_customer_name(database: Database) -> None:
    due = datetime(2026, 11, 20, 15, 30, tzinfo=timezone(timedelta(hours=1)))
    with database.session() as session:
        interview_id = interviews.create_interview(session, "Herr Maier")
        interviews.save_answer(session, interview_id, "customer.first_name", "Anna")
        interviews.save_answer(session, interview_id, "customer.last_name", " Berger ")
        interviews.set_current_page(session, interview_id, "usage")
        interviews.set_next_step(session, interview_id, "Probefahrt", due)
    with database.session() as session:
        record = interviews.get_interview(session, interview_id)
    assert record.id == interview_id
    assert record.status == "open"
    assert record.current_page == "usage"
    assert record.customer_name == "Anna Berger"
    assert record.salesperson == "Herr Maier"
    assert record.next_step_text == "Probefahrt"
    assert record.next_step_due == due
    assert record.next_step_due is not None and record.next_step_due.tzinfo == UTC
    assert record.finished_at is None
    assert record.created_at <= record.updated_at


def test_customer_name_with_only_a_last_name(database: Database) -> None:
    with database.session() as session:
        interview_id = interviews.create_interview(session)
        interviews.save_answer(session, interview_id, "customer.last_name", "Berger")
        assert interviews.get_interview(session, interview_id).customer_name == "Berger"


def test_next_step_needs_an_aware_datetime(database: Database) -> None:
    with database.session() as session:
        interview_id = interviews.create_interview(session)
        with pytest.raises(ValueError, match="timezone-aware"):
            interviews.set_next_step(session, interview_id, "Anruf", datetime(2026, 11, 20))


def test_finish_keeps_the_first_finishing_time(database: Database) -> None:
    with database.session() as session:
        interview_id = interviews.create_interview(session)
    with database.session() as session:
        interviews.finish_interview(session, interview_id)
    with database.session() as session:
        first = interviews.get_interview(session, interview_id)
        interviews.finish_interview(session, interview_id)
    with database.session() as session:
        second = interviews.get_interview(session, interview_id)
    assert first.status == second.status == "finished"
    assert first.finished_at is not None
    assert second.finished_at == first.finished_at


def test_list_is_newest_updated_first_and_limited(database: Database) -> None:
    ids = []
    for name in ("Erstes", "Zweites", "Drittes"):
        with database.session() as session:
            interview_id = interviews.create_interview(session)
            interviews.save_answer(session, interview_id, "customer.first_name", name)
            ids.append(interview_id)
    with database.session() as session:  # touching the first makes it the newest
        interviews.save_answer(session, ids[0], "notes", "noch einmal")
    with database.session() as session:
        listed = interviews.list_interviews(session)
        limited = interviews.list_interviews(session, limit=2)
    assert [r.id for r in listed] == [ids[0], ids[2], ids[1]]
    assert [r.customer_name for r in listed] == ["Erstes", "Drittes", "Zweites"]
    assert [r.id for r in limited] == [ids[0], ids[2]]


def test_list_of_an_empty_database(database: Database) -> None:
    with database.session() as session:
        assert interviews.list_interviews(session) == []


def test_delete_removes_interview_and_answers_for_good(database: Database) -> None:
    with database.session() as session:
        doomed = interviews.create_interview(session)
        kept = interviews.create_interview(session)
        for interview_id in (doomed, kept):
            interviews.save_answer(session, interview_id, "customer.first_name", "Anna")
    with database.session() as session:
        interviews.delete_interview(session, doomed)
    with database.session() as session:
        assert [r.id for r in interviews.list_interviews(session)] == [kept]
        remaining = session.scalars(select(AnswerRow.interview_id)).all()
        assert remaining == [kept]
        with pytest.raises(RecordNotFoundError):
            interviews.get_interview(session, doomed)


def test_unknown_interview_is_reported(database: Database) -> None:
    unknown = new_id()
    with database.session() as session:
        with pytest.raises(RecordNotFoundError):
            interviews.save_answer(session, unknown, "notes", "x")
        with pytest.raises(RecordNotFoundError):
            interviews.load_answers(session, unknown)
        with pytest.raises(RecordNotFoundError):
            interviews.delete_interview(session, unknown)
        assert session.scalar(select(func.count()).select_from(AnswerRow)) == 0


# --- settings ----------------------------------------------------------------------------


def test_settings_round_trip_and_none_deletes(database: Database) -> None:
    profile = {"name": "Autohaus Müller", "address": ["Hauptstr. 1", "80331 München"]}
    with database.session() as session:
        assert get_setting(session, "dealer_profile") is None
        assert get_setting(session, "dealer_profile", {}) == {}
        set_setting(session, "dealer_profile", profile)
        set_setting(session, "font_scale", 1.25)
    with database.session() as session:
        assert get_setting(session, "dealer_profile") == profile
        set_setting(session, "font_scale", 1.5)
    with database.session() as session:
        assert get_setting(session, "font_scale") == 1.5
        set_setting(session, "font_scale", None)
    with database.session() as session:
        assert get_setting(session, "font_scale", 1.0) == 1.0
