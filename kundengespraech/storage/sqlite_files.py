"""Read-only checks of a SQLite database file before it is opened, and backup copies.

Everything here opens the file read-only: a file that turns out to be damaged,
foreign or too new is left exactly as it was.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from kundengespraech.storage.errors import DatabaseOpenError

SQLITE_HEADER = b"SQLite format 3\x00"
_HEADER_SIZE = 100


def not_our_database_message(path: Path) -> str:
    """The German message for a file that is damaged or belongs to another program."""
    return (
        f"Die Datenbank „{path}“ ist beschädigt oder keine Kundengespräch-Datenbank. "
        "Sie wurde nicht verändert."
    )


@contextlib.contextmanager
def _read_only(path: Path) -> Iterator[sqlite3.Connection]:
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        yield connection
    finally:
        connection.close()


def inspect_sqlite_file(path: Path) -> str | None:
    """Return the schema revision stored in the SQLite file at ``path``.

    ``None`` means there is no database yet: the file does not exist, is empty
    or holds no tables. Raises :class:`DatabaseOpenError` if the file cannot be
    read, is not a SQLite database, or is a SQLite database of another program.
    """
    if not path.exists():
        return None
    if path.is_dir():
        raise DatabaseOpenError(
            f"„{path}“ ist ein Ordner, keine Datenbankdatei. Es wurde nichts verändert.",
            location=str(path),
        )
    try:
        with path.open("rb") as stream:
            header = stream.read(_HEADER_SIZE)
    except OSError as exc:
        raise DatabaseOpenError(
            f"Die Datenbank „{path}“ kann nicht gelesen werden ({exc.strerror or exc}). "
            "Sie wurde nicht verändert.",
            location=str(path),
        ) from exc
    if not header:
        return None
    if len(header) < _HEADER_SIZE or not header.startswith(SQLITE_HEADER):
        raise DatabaseOpenError(not_our_database_message(path), location=str(path))
    try:
        with _read_only(path) as connection:
            tables = {
                name
                for (name,) in connection.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table'"
                )
            }
            if "alembic_version" not in tables:
                if not tables:
                    return None
                raise DatabaseOpenError(not_our_database_message(path), location=str(path))
            revisions = [
                row[0] for row in connection.execute("SELECT version_num FROM alembic_version")
            ]
    except sqlite3.DatabaseError as exc:
        raise DatabaseOpenError(not_our_database_message(path), location=str(path)) from exc
    if not revisions and tables == {"alembic_version"}:
        return None
    if len(revisions) != 1 or not isinstance(revisions[0], str):
        raise DatabaseOpenError(not_our_database_message(path), location=str(path))
    return revisions[0]


def backup_path_for(path: Path, revision: str, now: datetime) -> Path:
    """Where the backup of ``path`` at ``revision`` taken at ``now`` goes (next to it)."""
    stamp = now.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    candidate = path.with_name(f"{path.stem}.backup-{revision}-{stamp}.db")
    counter = 1
    while candidate.exists():
        counter += 1
        candidate = path.with_name(f"{path.stem}.backup-{revision}-{stamp}-{counter}.db")
    return candidate


def backup_sqlite_file(path: Path, revision: str) -> Path:
    """Copy the database at ``path`` with SQLite's online backup API; return the copy's path."""
    target = backup_path_for(path, revision, datetime.now(UTC))
    try:
        # Created owner-only (whatever the umask) before SQLite writes a byte into it.
        os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        os.chmod(target, 0o600)
        with _read_only(path) as source:
            destination = sqlite3.connect(target)
            try:
                source.backup(destination)
            finally:
                destination.close()
    except (sqlite3.Error, OSError) as exc:
        target.unlink(missing_ok=True)
        raise DatabaseOpenError(
            f"Vor der Aktualisierung der Datenbank „{path}“ konnte keine Sicherungskopie "
            f"angelegt werden ({exc}). Die Datenbank wurde nicht verändert.",
            location=str(path),
        ) from exc
    return target
