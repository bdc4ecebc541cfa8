"""Erasure leaves no trace: canary strings are found 0 times in the database, its WAL and
shared-memory file and its backups — while the app runs, and after it is killed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from kundengespraech.services.app import AppServices, open_services
from kundengespraech.services.settings import DealerSettings, save_settings
from kundengespraech.storage.backup_scrub import backup_files
from kundengespraech.storage.sqlite_files import backup_sqlite_file

ROOT = Path(__file__).resolve().parents[2]
CHILD = Path(__file__).with_name("erase_then_wait.py")
CANARIES = ("Zwetschgenbaum", "kanarienvogel-7f3a@example.org", "Vertraulicher Hinweis 4711")


def conversation(app: AppServices, first: str, last: str, email: str, note: str = "") -> object:
    interview_id = app.interviews.start(salesperson="Anna Albers").id
    for key, value in (
        ("customer.first_name", first),
        ("customer.last_name", last),
        ("customer.email", email),
        ("notes", note),
    ):
        if value:
            assert app.interviews.answer(interview_id, key, value) is None
    return interview_id


def hits(database: Path) -> dict[str, int]:
    """How often any canary occurs in the raw bytes of each file of the database."""
    files = [database, *(database.with_name(database.name + s) for s in ("-wal", "-shm"))]
    files += backup_files(database)
    found: dict[str, int] = {}
    for path in files:
        if path.exists():
            data = path.read_bytes()
            found[path.name] = sum(data.count(c.encode()) for c in CANARIES)
    return found


@pytest.fixture
def setup(tmp_path: Path):
    database = tmp_path / "kunden.db"
    app = open_services(f"sqlite:///{database}")
    save_settings(app.db, DealerSettings(salesperson_name="Anna Albers", branch="Nord"))
    linked = conversation(app, "Greta", "Zwetschgenbaum", CANARIES[1], CANARIES[2])
    customer = app.customers.link(linked, None)
    unlinked = conversation(app, "Greta", "Zwetschgenbaum", CANARIES[1], CANARIES[2])
    stranger = conversation(app, "Eva", "Ernst", "eva@example.org", "bleibt")
    app.customers.record_consent(customer, "email")
    app.customers.record_contact(customer, "email", channel="email", text=CANARIES[2])
    # A pre-upgrade backup holding the person (what an upgrade from the last version leaves).
    backup_sqlite_file(database, "0004")
    yield app, database, customer, unlinked, stranger
    app.close()


def test_the_canaries_are_there_before_the_erasure(setup):
    _app, database, *_ = setup
    found = hits(database)
    assert sum(found.values()) > 0
    assert any(name.startswith("kunden.backup-") and n > 0 for name, n in found.items())


def test_erasure_offers_unlinked_conversations_of_the_same_person_only(setup):
    app, _database, customer, unlinked, stranger = setup
    offered = [c.id for c in app.privacy.unlinked_conversations(customer)]
    assert offered == [unlinked]
    with pytest.raises(ValueError):
        app.privacy.erase(customer, [stranger])


def test_erasure_leaves_no_canary_in_database_wal_shm_or_backups(setup):
    app, database, customer, unlinked, stranger = setup
    report = app.privacy.erase(customer, [unlinked])
    assert unlinked in report.conversations and report.log_cleared
    assert len(report.backups.scrubbed) == 1 and report.backups.deleted == ()
    found = hits(database)
    assert set(found) >= {"kunden.db"} and len(found) >= 2
    assert sum(found.values()) == 0, found
    # Everybody else is still there, in the database and in the backup.
    assert app.interviews.resume(stranger).answers["customer.last_name"] == "Ernst"
    (backup,) = backup_files(database)
    assert b"Ernst" in backup.read_bytes()


def test_erasure_holds_after_the_app_is_killed(setup):
    app, database, customer, unlinked, _stranger = setup
    app.close()
    child = subprocess.Popen(
        [sys.executable, str(CHILD), f"sqlite:///{database}", str(customer), str(unlinked)],
        stdout=subprocess.PIPE,
        text=True,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ERASED"
        running = hits(database)
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        if child.stdout is not None:
            child.stdout.close()
    assert sum(running.values()) == 0, running
    assert sum(hits(database).values()) == 0, hits(database)
