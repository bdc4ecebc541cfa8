"""Opening databases: damaged, foreign and too-new files stay untouched; upgrades back up first."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text
from sqlalchemy.engine import make_url

from kundengespraech.storage import interviews
from kundengespraech.storage.database import create_database_engine, open_database
from kundengespraech.storage.errors import DatabaseOpenError, DatabaseTooNewError
from kundengespraech.storage.ids import new_id
from kundengespraech.storage.migrate import alembic_config, head_revision
from kundengespraech.storage.models import Base


def url_of(path: Path) -> str:
    return f"sqlite:///{path}"


def revision_in(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        (revision,) = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    finally:
        connection.close()
    assert isinstance(revision, str)
    return revision


def backups_of(path: Path) -> list[Path]:
    return sorted(path.parent.glob(f"{path.stem}.backup-*.db"))


def assert_refused_untouched(path: Path, error: type[DatabaseOpenError]) -> DatabaseOpenError:
    before = path.read_bytes()
    with pytest.raises(error) as raised:
        open_database(url_of(path))
    assert path.read_bytes() == before
    assert backups_of(path) == []
    assert str(path) in str(raised.value)
    assert "nicht verändert" in str(raised.value)
    return raised.value


def make_database_at(path: Path, revision: str) -> None:
    """A database of ours as an older app version left it, with one interview in it.

    The rows are written in SQL with the columns every revision has, because today's
    models may carry columns that an older schema lacks.
    """
    engine = create_database_engine(make_url(url_of(path)))
    try:
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), revision)
        interview_id = new_id().hex
        now = "2026-11-05 10:00:00.000000"
        with engine.begin() as connection:
            connection.execute(
                text(
                    "INSERT INTO interviews (id, status, current_page, salesperson, "
                    "next_step_text, created_at, updated_at, changed_by) "
                    "VALUES (:id, 'open', '', 'Frau Alt', '', :now, :now, 'Frau Alt')"
                ),
                {"id": interview_id, "now": now},
            )
            connection.execute(
                text(
                    "INSERT INTO interview_answers (interview_id, question_id, value, answered_at) "
                    "VALUES (:id, 'customer.first_name', '\"Anna\"', :now)"
                ),
                {"id": interview_id, "now": now},
            )
    finally:
        engine.dispose()


# --- files that must not be touched ------------------------------------------------------


def test_random_bytes_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "kaputt.db"
    path.write_bytes(bytes(range(256)) * 64)
    error = assert_refused_untouched(path, DatabaseOpenError)
    assert str(error) == (
        f"Die Datenbank „{path}“ ist beschädigt oder keine Kundengespräch-Datenbank. "
        "Sie wurde nicht verändert."
    )


def test_a_text_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notizen.db"
    path.write_text("Kunde Berger, Rückruf Dienstag\n" * 50, encoding="utf-8")
    assert_refused_untouched(path, DatabaseOpenError)


def test_a_sqlite_header_with_garbage_behind_it_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "halb.db"
    path.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 16)
    assert_refused_untouched(path, DatabaseOpenError)


def test_a_damaged_schema_page_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "beschaedigt.db"
    with open_database(url_of(path)):
        pass
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # page 1 after the header: the schema table
    path.write_bytes(bytes(data))
    assert_refused_untouched(path, DatabaseOpenError)


def test_a_sqlite_database_of_another_program_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "fremd.db"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE rezepte (name TEXT)")
    connection.commit()
    connection.close()
    assert_refused_untouched(path, DatabaseOpenError)


def test_a_database_of_a_newer_app_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "neu.db"
    with open_database(url_of(path)):
        pass
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.close()
    error = assert_refused_untouched(path, DatabaseTooNewError)
    assert isinstance(error, DatabaseTooNewError)
    assert error.revision == "9999"
    assert "neueren Version" in str(error)


def test_an_unknown_non_numeric_revision_is_not_called_newer(tmp_path: Path) -> None:
    path = tmp_path / "andere.db"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
    connection.execute("INSERT INTO alembic_version VALUES ('ae1027a6acf')")
    connection.execute("CREATE TABLE users (id INTEGER)")
    connection.commit()
    connection.close()
    error = assert_refused_untouched(path, DatabaseOpenError)
    assert not isinstance(error, DatabaseTooNewError)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs file permissions")
def test_an_unreadable_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "gesperrt.db"
    with open_database(url_of(path)):
        pass
    path.chmod(0)
    try:
        with pytest.raises(DatabaseOpenError, match="kann nicht gelesen werden"):
            open_database(url_of(path))
    finally:
        path.chmod(0o600)


def test_a_file_that_cannot_be_read_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The same path as the test above, for runs as root (which may read anything).
    path = tmp_path / "gesperrt.db"
    path.write_bytes(b"")
    real_open = Path.open

    def refusing_open(self: Path, *args: Any, **kwargs: Any) -> Any:
        if self == path:
            raise PermissionError(13, "Keine Berechtigung")
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", refusing_open)
    with pytest.raises(DatabaseOpenError, match="kann nicht gelesen werden"):
        open_database(url_of(path))


def test_a_directory_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DatabaseOpenError, match="Ordner"):
        open_database(url_of(tmp_path))


def test_an_invalid_url_is_refused() -> None:
    with pytest.raises(DatabaseOpenError, match="keine gültige Datenbank-Adresse"):
        open_database("nonsense")


# --- creating and upgrading --------------------------------------------------------------


def test_a_new_database_gets_the_whole_schema_and_no_backup(tmp_path: Path) -> None:
    path = tmp_path / "frisch.db"
    with open_database(url_of(path)) as db, db.engine.connect() as connection:
        assert set(inspect(connection).get_table_names()) == {
            *Base.metadata.tables,
            "alembic_version",
        }
        # The migrations build exactly what the models describe.
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []
    assert revision_in(path) == head_revision()
    assert backups_of(path) == []


def test_an_empty_file_counts_as_a_new_database(tmp_path: Path) -> None:
    path = tmp_path / "leer.db"
    path.touch()
    with open_database(url_of(path)):
        pass
    assert revision_in(path) == head_revision()
    assert backups_of(path) == []


def test_reopening_a_current_database_makes_no_backup(tmp_path: Path) -> None:
    path = tmp_path / "aktuell.db"
    for _ in range(2):
        with open_database(url_of(path)):
            pass
    assert backups_of(path) == []


def test_upgrading_an_older_database_backs_it_up_first(tmp_path: Path) -> None:
    path = tmp_path / "kundengespraech.db"
    make_database_at(path, "0001")
    with open_database(url_of(path)) as db, db.session() as session:
        (record,) = interviews.list_interviews(session)
        assert record.customer_name == "Anna"
        assert record.salesperson == "Frau Alt"
    assert revision_in(path) == head_revision()
    (backup,) = backups_of(path)
    assert backup.name.startswith("kundengespraech.backup-0001-")
    assert backup.name.endswith("Z.db")
    assert revision_in(backup) == "0001"
    connection = sqlite3.connect(backup)
    try:
        assert connection.execute("SELECT salesperson FROM interviews").fetchall() == [
            ("Frau Alt",)
        ]
        indexes = connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'ix_%'"
        ).fetchall()
    finally:
        connection.close()
    assert indexes == []  # the backup is the database as it was before 0002


def test_migrations_run_from_an_empty_revision_step_by_step(tmp_path: Path) -> None:
    engine = create_database_engine(make_url(url_of(tmp_path / "schritte.db")))
    try:
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), "0001")
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), "head")
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            assert context.get_current_revision() == head_revision()
            assert compare_metadata(context, Base.metadata) == []
        with engine.begin() as connection:
            command.downgrade(alembic_config(connection), "base")
        with engine.connect() as connection:
            assert inspect(connection).get_table_names() == ["alembic_version"]
    finally:
        engine.dispose()


def test_two_open_databases_on_one_file_see_each_others_writes(tmp_path: Path) -> None:
    # E.g. the app and the command line at the same time.
    path = tmp_path / "geteilt.db"
    with open_database(url_of(path)) as first:
        with first.session() as session:
            interview_id = interviews.create_interview(session)
        with open_database(url_of(path)) as second:
            with second.session() as session:
                interviews.save_answer(session, interview_id, "notes", "von zwei")
            with first.session() as session:
                assert interviews.load_answers(session, interview_id) == {"notes": "von zwei"}


def test_new_database_folder_and_files_are_owner_only_whatever_the_umask(tmp_path: Path) -> None:
    path = tmp_path / "daten" / "tief" / "kg.db"
    old = os.umask(0)
    try:
        db = open_database(url_of(path))
        try:
            with db.session() as session:
                interviews.create_interview(session, salesperson="")
            modes = {
                p.name: p.stat().st_mode & 0o777
                for p in (path, path.with_name("kg.db-wal"), path.with_name("kg.db-shm"))
                if p.exists()
            }
        finally:
            db.close()
    finally:
        os.umask(old)
    assert "kg.db-wal" in modes  # the WAL existed while the database was open
    assert set(modes.values()) == {0o600}, modes
    assert (tmp_path / "daten").stat().st_mode & 0o777 == 0o700
    assert (tmp_path / "daten" / "tief").stat().st_mode & 0o777 == 0o700


def test_backup_before_upgrade_is_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    make_database_at(path, "0003")
    old = os.umask(0)
    try:
        open_database(url_of(path)).close()
    finally:
        os.umask(old)
    (backup,) = backups_of(path)
    assert backup.stat().st_mode & 0o777 == 0o600
