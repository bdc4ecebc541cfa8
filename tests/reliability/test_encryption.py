"""Encryption at rest: with it on, canary strings are found 0 times in any file of the data
folder (database, WAL, shm, backups, key file) — while the app runs, after it closes and after
it is killed; a wrong passphrase opens nothing and changes nothing; the command line takes the
passphrase from the environment; switching off gives the plaintext back.

``pytest -s tests/reliability/test_encryption.py`` prints the canary hits.
"""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

from kundengespraech.services.app import AppServices, open_services
from kundengespraech.services.encryption import EncryptionError, KeyRequiredError, WrongKeyError
from kundengespraech.storage import encryption
from kundengespraech.storage.backup_scrub import backup_files
from kundengespraech.storage.sqlite_files import backup_sqlite_file

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "Messe-Hannover-2026!"
CANARIES = ("Zwetschgenbaum", "kanarienvogel-7f3a@example.org", "Vertraulicher Hinweis 4711")
LATER = "Spaeter-Getippt-Kolibri"  # typed after encryption was switched on


def hits(folder: Path, canaries: tuple[str, ...] = (*CANARIES, LATER)) -> dict[str, int]:
    """How often any canary occurs in the raw bytes of every file in ``folder``."""
    found = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            data = path.read_bytes()
            found[path.name] = sum(data.count(c.encode()) for c in canaries)
    return found


def fill(app: AppServices) -> object:
    interview_id = app.interviews.start().id
    for key, value in (
        ("customer.first_name", "Greta"),
        ("customer.last_name", CANARIES[0]),
        ("customer.email", CANARIES[1]),
        ("notes", CANARIES[2]),
    ):
        assert app.interviews.answer(interview_id, key, value) is None
    customer = app.customers.link(interview_id, None)
    app.customers.record_consent(customer, "email")
    app.customers.record_contact(customer, "email", channel="email", text=CANARIES[2])
    CUSTOMERS[interview_id] = customer
    return interview_id


CUSTOMERS: dict[object, object] = {}


@pytest.fixture
def plain(tmp_path: Path) -> Iterator[tuple[AppServices, Path, object]]:
    folder = tmp_path / "daten"
    database = folder / "kunden.db"
    app = open_services(f"sqlite:///{database}")
    interview_id = fill(app)
    app.db.checkpoint()
    # A pre-upgrade backup holding the person (what an upgrade from the last version leaves).
    backup_sqlite_file(database, "0004")
    yield app, database, interview_id
    app.close()


def test_without_encryption_the_canaries_are_found(plain) -> None:
    """The control: the test below can fail — plaintext files show the canaries."""
    _app, database, _ = plain
    found = hits(database.parent)
    assert found[database.name] > 0
    assert any(name.startswith("kunden.backup-") and n > 0 for name, n in found.items())


def test_with_encryption_no_canary_is_in_any_file(plain) -> None:
    app, database, interview_id = plain
    app.encryption.enable(PASSPHRASE, PASSPHRASE)
    # Working on: the WAL and shm now hold new pages, encrypted too.
    assert app.interviews.answer(interview_id, "customer.first_name", LATER) is None
    assert app.interviews.resume(interview_id).answers["customer.last_name"] == CANARIES[0]
    assert database.with_name("kunden.db-wal").exists()
    running = hits(database.parent)
    app.close()
    closed = hits(database.parent)
    print(f"\ncanary hits with encryption on: running {running}, closed {closed}")
    assert sum(running.values()) == 0 and sum(closed.values()) == 0
    assert len(backup_files(database)) == 1  # the backup was converted, not dropped
    assert not database.read_bytes().startswith(b"SQLite format 3")
    # And everything is still there with the passphrase, the backup included.
    again = open_services(f"sqlite:///{database}", PASSPHRASE)
    try:
        answers = again.interviews.resume(interview_id).answers  # type: ignore[arg-type]
        assert answers["customer.first_name"] == LATER
        (backup,) = backup_files(database)
        connection = encryption.connect(backup, again.db.key)
        assert CANARIES[0] in str(connection.execute("SELECT * FROM interview_answers").fetchall())
        connection.close()
    finally:
        again.close()
    for path in database.parent.iterdir():
        assert path.stat().st_mode & 0o077 == 0, path


def test_no_canary_after_the_app_is_killed(plain, tmp_path) -> None:
    app, database, interview_id = plain
    app.encryption.enable(PASSPHRASE, PASSPHRASE)
    app.close()
    child = subprocess.Popen(
        [sys.executable, "-c", _TYPE_THEN_WAIT, str(database), str(interview_id), PASSPHRASE],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "saved"
        assert database.with_name("kunden.db-wal").exists()
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait(timeout=30)
        if child.stdout is not None:
            child.stdout.close()
    found = hits(database.parent)
    print(f"\ncanary hits after kill -9: {found}")
    assert sum(found.values()) == 0
    again = open_services(f"sqlite:///{database}", PASSPHRASE)
    try:
        assert again.interviews.resume(interview_id).answers["notes"] == LATER  # type: ignore[arg-type]
    finally:
        again.close()


_TYPE_THEN_WAIT = """
import sys, time, uuid
from kundengespraech.services.app import open_services
app = open_services(f"sqlite:///{sys.argv[1]}", sys.argv[3])
assert app.interviews.answer(uuid.UUID(sys.argv[2]), "notes", "Spaeter-Getippt-Kolibri") is None
print("saved", flush=True)
time.sleep(600)
"""


def _fingerprint(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}


def test_a_wrong_or_missing_passphrase_opens_nothing_and_changes_nothing(plain) -> None:
    app, database, _ = plain
    app.encryption.enable(PASSPHRASE, PASSPHRASE)
    app.close()
    before = _fingerprint(database.parent)
    with pytest.raises(KeyRequiredError, match="verschlüsselt"):
        open_services(f"sqlite:///{database}")
    with pytest.raises(WrongKeyError, match="Kennwort stimmt nicht"):
        open_services(f"sqlite:///{database}", "Messe-Hannover-2025!")
    assert _fingerprint(database.parent) == before


def test_the_command_line_takes_the_passphrase_from_the_environment(plain, tmp_path) -> None:
    app, database, _ = plain
    app.encryption.enable(PASSPHRASE, PASSPHRASE)
    app.close()
    out = tmp_path / "katalog.csv"

    def cli(passphrase: str | None) -> subprocess.CompletedProcess[str]:
        env = {k: v for k, v in os.environ.items() if k != "KUNDENGESPRAECH_PASSPHRASE"}
        if passphrase is not None:
            env["KUNDENGESPRAECH_PASSPHRASE"] = passphrase
        return subprocess.run(
            [sys.executable, "-m", "kundengespraech", "--db", str(database),
             "catalogue", "export", str(out)],
            cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
        )  # fmt: skip

    missing = cli(None)
    assert missing.returncode == 2
    assert "verschlüsselt" in missing.stderr and "KUNDENGESPRAECH_PASSPHRASE" in missing.stderr
    wrong = cli("falsch-falsch-falsch")
    assert wrong.returncode == 2 and "Kennwort stimmt nicht" in wrong.stderr
    assert "Traceback" not in missing.stderr + wrong.stderr and "ERROR" not in wrong.stderr
    assert not out.exists()
    right = cli(PASSPHRASE)
    assert right.returncode == 0, right.stderr
    assert out.read_text(encoding="utf-8").count("\n") > 10


def test_switching_off_gives_plaintext_back_and_removes_the_key_file(plain) -> None:
    app, database, interview_id = plain
    app.encryption.enable(PASSPHRASE, PASSPHRASE)
    with pytest.raises(WrongKeyError):
        app.encryption.disable("nicht das Kennwort")
    assert app.db.key is not None
    app.encryption.disable(PASSPHRASE)
    assert database.read_bytes().startswith(b"SQLite format 3\x00")
    assert not encryption.keyinfo_path(database).exists()
    assert all(b.read_bytes().startswith(b"SQLite format 3\x00") for b in backup_files(database))
    assert app.interviews.resume(interview_id).answers["notes"] == CANARIES[2]  # type: ignore[arg-type]
    app.close()
    reopened = open_services(f"sqlite:///{database}")
    reopened.close()


def test_erasure_cleans_the_encrypted_backups_too(plain) -> None:
    app, database, interview_id = plain
    app.encryption.enable(PASSPHRASE, PASSPHRASE)
    report = app.privacy.erase(CUSTOMERS[interview_id])  # type: ignore[arg-type]
    assert len(report.backups.scrubbed) == 1 and report.backups.deleted == ()
    (backup,) = backup_files(database)
    connection = encryption.connect(backup, app.db.key)
    rows = str(connection.execute("SELECT * FROM interview_answers").fetchall())
    connection.close()
    assert CANARIES[0] not in rows


def test_passphrase_rules(plain) -> None:
    app, _database, _ = plain
    with pytest.raises(EncryptionError, match="mindestens 10 Zeichen"):
        app.encryption.enable("kurz", "kurz")
    with pytest.raises(EncryptionError, match="stimmen nicht überein"):
        app.encryption.enable(PASSPHRASE, PASSPHRASE + "x")
    assert app.db.key is None


class MemoryKeyring(KeyringBackend):
    priority = 10  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.entries.pop((service, username), None)


def test_a_key_remembered_in_the_keyring_opens_without_asking(plain) -> None:
    app, database, interview_id = plain
    previous = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    try:
        app.encryption.enable(PASSPHRASE, PASSPHRASE, remember=True)
        assert len(memory.entries) == 1 and PASSPHRASE not in str(memory.entries)
        app.close()
        again = open_services(f"sqlite:///{database}")
        assert again.encryption.status().remembered
        assert again.interviews.resume(interview_id).answers["notes"] == CANARIES[2]  # type: ignore[arg-type]
        again.encryption.disable(PASSPHRASE)
        assert memory.entries == {}
        again.close()
    finally:
        keyring.set_keyring(previous)


def test_what_an_interrupted_switch_left_is_cleaned_on_open(plain) -> None:
    app, database, _ = plain
    app.encryption.enable(PASSPHRASE, PASSPHRASE)
    app.close()
    retired = database.with_name(f".{database.name}.retired")
    retired.write_bytes(b"SQLite format 3\x00" + CANARIES[0].encode() * 100)
    half = database.with_name(f".{database.name}.converting")
    half.write_bytes(b"half")
    again = open_services(f"sqlite:///{database}", PASSPHRASE)
    again.close()
    assert not retired.exists() and not half.exists()
    assert sum(hits(database.parent).values()) == 0


def test_a_server_database_cannot_be_switched(tmp_path) -> None:
    url = os.environ.get("KUNDENGESPRAECH_TEST_PG_URL")
    if not url:
        pytest.skip("needs KUNDENGESPRAECH_TEST_PG_URL (CI starts a PostgreSQL server)")
    app = open_services(url)
    try:
        status = app.encryption.status()
        assert not status.possible and "Server" in status.reason
        with pytest.raises(EncryptionError, match="Server"):
            app.encryption.enable(PASSPHRASE, PASSPHRASE)
    finally:
        app.close()
