"""Erasure reaches the backup copies too: a person's rows are removed from every backup file.

A backup taken before a schema upgrade (``<name>.backup-<revision>-<time>.db`` next to the
database) is a full copy, so it still holds a customer erased afterwards. ``scrub_backups``
deletes that customer's rows there as well — with ``secure_delete`` and ``VACUUM``, so the
bytes are gone, not only unlinked — and deletes a backup outright if it cannot be cleaned.
The tables are matched by column names, so backups of every older schema are handled.
"""

from __future__ import annotations

import contextlib
import re
import sqlite3
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from kundengespraech.storage.encryption import DRIVER_OR_FILE_ERRORS, connect, shred

BACKUP_PATTERN = "{stem}.backup-*.db"
_STAMP = re.compile(r"-(\d{8}T\d{6}Z)(?:-\d+)?\.db$")


@dataclass(frozen=True, slots=True)
class ScrubReport:
    """What happened to the backups: cleaned in place, or deleted because that failed."""

    scrubbed: tuple[Path, ...] = ()
    deleted: tuple[Path, ...] = ()


def backup_files(database: Path) -> list[Path]:
    """The backup copies of ``database`` lying next to it, oldest name first."""
    return sorted(database.parent.glob(BACKUP_PATTERN.format(stem=database.stem)))


BACKUP_KEEP_DAYS = 90
"""A pre-upgrade backup is kept this long (time enough to notice a failed upgrade), then
overwritten and deleted when the database is opened."""


def expire_backups(
    database: Path, now: datetime | None = None, keep_days: int = BACKUP_KEEP_DAYS
) -> list[Path]:
    """Shred the backups of ``database`` older than ``keep_days`` (by the time in their name,
    else their modification time); returns what was removed. Never raises for one file."""
    moment = now or datetime.now(UTC)
    removed = []
    for backup in backup_files(database):
        taken = _taken_at(backup)
        if taken is None or moment - taken <= timedelta(days=keep_days):
            continue
        try:
            for path in (backup, *_sidecars(backup)):
                shred(path)
        except OSError:
            continue
        removed.append(backup)
    return removed


def _taken_at(backup: Path) -> datetime | None:
    match = _STAMP.search(backup.name)
    if match:
        return datetime.strptime(match.group(1), "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
    try:
        return datetime.fromtimestamp(backup.stat().st_mtime, UTC)
    except OSError:
        return None


def scrub_backups(
    database: Path,
    customer_id: uuid.UUID,
    interview_ids: Iterable[uuid.UUID],
    key: bytes | None = None,
) -> ScrubReport:
    """Remove the customer and these conversations from every backup of ``database``.

    ``key`` is the key of an encrypted database; its backups are encrypted with it too.
    """
    interviews = sorted({i.hex for i in interview_ids})
    scrubbed: list[Path] = []
    deleted: list[Path] = []
    for backup in backup_files(database):
        try:
            _scrub(backup, customer_id.hex, interviews, key)
        except DRIVER_OR_FILE_ERRORS:
            for path in (backup, *_sidecars(backup)):
                with contextlib.suppress(FileNotFoundError):
                    path.unlink()
            deleted.append(backup)
        else:
            scrubbed.append(backup)
    return ScrubReport(tuple(scrubbed), tuple(deleted))


def _sidecars(path: Path) -> tuple[Path, Path]:
    return path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")


def _columns(connection: sqlite3.Connection) -> dict[str, set[str]]:
    tables = [
        name
        for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {
        table: {row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')}
        for table in tables
    }


def _scrub(backup: Path, customer: str, interviews: list[str], key: bytes | None) -> None:
    connection = connect(backup, key)
    try:
        connection.execute("PRAGMA secure_delete=ON")
        connection.execute("PRAGMA foreign_keys=OFF")
        columns = _columns(connection)
        connection.execute("BEGIN IMMEDIATE")
        if "interviews" in columns and "customer_id" in columns["interviews"]:
            interviews = sorted(
                {
                    *interviews,
                    *(
                        row[0]
                        for row in connection.execute(
                            "SELECT id FROM interviews WHERE customer_id = ?", (customer,)
                        )
                    ),
                }
            )
        promises: list[str] = []
        if "promises" in columns:
            promises = [
                row[0]
                for row in connection.execute(
                    "SELECT id FROM promises WHERE customer_id = ? OR interview_id IN "
                    f"({_marks(interviews)})",
                    (customer, *interviews),
                )
            ]
        for table, names in columns.items():
            for column, values in (
                ("promise_id", promises),
                ("interview_id", interviews),
                ("customer_id", [customer]),
                ("into_id", [customer]),
                ("merged_id", [customer]),
            ):
                if column in names and values:
                    connection.execute(
                        f'DELETE FROM "{table}" WHERE "{column}" IN ({_marks(values)})', values
                    )
        for table, values in (
            ("promises", promises),
            ("interviews", interviews),
            ("customers", [customer]),
        ):
            if table in columns and values:
                connection.execute(f'DELETE FROM "{table}" WHERE id IN ({_marks(values)})', values)
        connection.execute("COMMIT")
        connection.execute("VACUUM")
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()


def _marks(values: list[str]) -> str:
    return ", ".join("?" for _ in values) or "NULL"
