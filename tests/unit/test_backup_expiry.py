"""Pre-upgrade backups expire: after 90 days they are overwritten and deleted on open."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from kundengespraech.storage.backup_scrub import BACKUP_KEEP_DAYS, backup_files, expire_backups
from kundengespraech.storage.database import open_database
from kundengespraech.storage.sqlite_files import backup_path_for, backup_sqlite_file


def test_backups_older_than_the_keeping_time_are_removed_on_open(tmp_path):
    database = tmp_path / "kg.db"
    open_database(f"sqlite:///{database}").close()
    now = datetime.now(UTC)
    old = backup_sqlite_file(database, "0004")
    old.rename(backup_path_for(database, "0004", now - timedelta(days=BACKUP_KEEP_DAYS + 1)))
    recent = backup_sqlite_file(database, "0004")
    recent.rename(backup_path_for(database, "0003", now - timedelta(days=BACKUP_KEEP_DAYS - 1)))
    assert len(backup_files(database)) == 2
    open_database(f"sqlite:///{database}").close()
    (kept,) = backup_files(database)
    assert "backup-0003-" in kept.name


def test_expiry_uses_the_time_in_the_name_and_leaves_others_alone(tmp_path):
    database = tmp_path / "kg.db"
    open_database(f"sqlite:///{database}").close()
    taken = datetime(2026, 1, 1, tzinfo=UTC)
    backup = backup_sqlite_file(database, "0004")
    named = backup.rename(backup_path_for(database, "0004", taken))
    other = tmp_path / "andere.backup-0004-20200101T000000Z.db"
    other.write_bytes(b"not ours")
    assert expire_backups(database, taken + timedelta(days=BACKUP_KEEP_DAYS)) == []
    assert expire_backups(database, taken + timedelta(days=BACKUP_KEEP_DAYS, seconds=1)) == [named]
    assert not named.exists() and other.exists()
