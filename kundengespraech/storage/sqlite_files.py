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

from kundengespraech.storage import encryption, file_mark
from kundengespraech.storage.errors import DatabaseOpenError

SQLITE_HEADER = b"SQLite format 3\x00"
_HEADER_SIZE = 100


def not_our_database_message(path: Path) -> str:
    """The German message for a file that is damaged or belongs to another program."""
    return (
        f"Die Datenbank „{path}“ ist beschädigt oder keine Kundengespräch-Datenbank. "
        "Sie wurde nicht verändert."
    )


def damaged_message(path: Path) -> str:
    """The German message for a file of ours whose content is damaged."""
    return (
        f"Die Datenbank „{path}“ ist beschädigt (die Prüfung beim Öffnen hat Fehler gefunden). "
        "Sie wurde nicht verändert. Bitte nehmen Sie eine Sicherungskopie oder wenden Sie sich "
        "an Ihre IT."
    )


@contextlib.contextmanager
def _read_only(
    path: Path, *, immutable: bool = False, key: bytes | None = None
) -> Iterator[sqlite3.Connection]:
    query = "mode=ro&immutable=1" if immutable else "mode=ro"
    connection = encryption.connect(f"{path.resolve().as_uri()}?{query}", key, uri=True)
    try:
        yield connection
    finally:
        connection.close()


def _page_size(header: bytes) -> int:
    raw = int.from_bytes(header[16:18], "big")
    return 65536 if raw == 1 else raw


def _sizes_fit(path: Path, header: bytes) -> bool:
    """The file's length is whole pages and, when the header's count is valid, that count."""
    page_size = _page_size(header)
    if page_size < 512 or page_size & (page_size - 1):
        return False
    size = path.stat().st_size
    if size % page_size:
        return False
    pages = int.from_bytes(header[28:32], "big")
    valid = header[92:96] == header[24:28]
    has_wal = path.with_name(path.name + "-wal").exists()
    return not (valid and pages and not has_wal and pages * page_size != size)


def _quick_check(connection: sqlite3.Connection) -> bool:
    rows = connection.execute("PRAGMA quick_check(1)").fetchall()
    return rows == [("ok",)]


def inspect_sqlite_file(path: Path, key: bytes | None = None) -> str | None:
    """Return the schema revision stored in the SQLite file at ``path``.

    ``None`` means there is no database yet: the file does not exist, is empty
    or holds no schema at all. Raises :class:`DatabaseOpenError` if the file cannot be
    read, is not a SQLite database, is damaged (length, structure: ``PRAGMA quick_check``),
    or is not ours: it carries neither our ``application_id`` nor is it a database of an
    earlier version of this app (see :mod:`file_mark`). The file is only read, never written;
    a file without our mark is read as immutable, so no ``-wal``/``-shm`` appear beside it.
    With ``key`` the file is an encrypted one (SQLCipher): its header is encrypted too, so the
    checks run on what the key decrypts.
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
    if key is not None:
        return _inspect_encrypted(path, key)
    if len(header) < _HEADER_SIZE or not header.startswith(SQLITE_HEADER):
        raise DatabaseOpenError(not_our_database_message(path), location=str(path))
    if not _sizes_fit(path, header):
        raise DatabaseOpenError(damaged_message(path), location=str(path))
    has_wal = path.with_name(path.name + "-wal").exists()
    application_id = file_mark.application_id_of(header)
    try:
        # Without a WAL beside it nobody has the file open (SQLite removes the WAL when the
        # last connection closes) and the file is the truth: read it as immutable, so that
        # no -shm appears beside it. With a WAL the newest header may be in the WAL.
        with _read_only(path, immutable=not has_wal) as connection:
            if has_wal:
                (application_id,) = connection.execute("PRAGMA application_id").fetchone()
            return _checked_revision(path, connection, application_id)
    except encryption.DRIVER_ERRORS as exc:
        raise _open_error(path, exc) from exc


def _inspect_encrypted(path: Path, key: bytes) -> str | None:
    has_wal = path.with_name(path.name + "-wal").exists()
    try:
        with _read_only(path, immutable=not has_wal, key=key) as connection:
            (application_id,) = connection.execute("PRAGMA application_id").fetchone()
            if application_id != file_mark.APPLICATION_ID:  # only our files are encrypted
                raise DatabaseOpenError(not_our_database_message(path), location=str(path))
            return _checked_revision(path, connection, application_id)
    except encryption.DRIVER_ERRORS as exc:
        raise _open_error(path, exc) from exc


def _checked_revision(
    path: Path, connection: sqlite3.Connection, application_id: int
) -> str | None:
    """The revision of a file with ``application_id``: ours, an earlier version's (0), or foreign;
    a file with a schema must pass the quick integrity check."""
    ours = application_id == file_mark.APPLICATION_ID
    if not ours and application_id != 0:
        raise DatabaseOpenError(not_our_database_message(path), location=str(path))
    revision = _revision_of(path, connection, ours=ours)
    if revision is not None and not _quick_check(connection):
        raise DatabaseOpenError(damaged_message(path), location=str(path))
    return revision


def _open_error(path: Path, error: Exception) -> DatabaseOpenError:
    malformed = "malformed" in str(error).lower()
    text = damaged_message(path) if malformed else not_our_database_message(path)
    return DatabaseOpenError(text, location=str(path))


def _revision_of(path: Path, connection: sqlite3.Connection, *, ours: bool) -> str | None:
    entries = connection.execute("SELECT type, name FROM sqlite_master").fetchall()
    tables = {name for kind, name in entries if kind == "table"}
    if not entries:
        return None
    if "alembic_version" not in tables:
        raise DatabaseOpenError(not_our_database_message(path), location=str(path))
    revisions = [row[0] for row in connection.execute("SELECT version_num FROM alembic_version")]
    if len(revisions) != 1 or not isinstance(revisions[0], str):
        raise DatabaseOpenError(not_our_database_message(path), location=str(path))
    revision = revisions[0]
    if not ours and not file_mark.is_legacy_database(connection, revision):
        raise DatabaseOpenError(not_our_database_message(path), location=str(path))
    return revision


def backup_path_for(path: Path, revision: str, now: datetime) -> Path:
    """Where the backup of ``path`` at ``revision`` taken at ``now`` goes (next to it)."""
    stamp = now.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    candidate = path.with_name(f"{path.stem}.backup-{revision}-{stamp}.db")
    counter = 1
    while candidate.exists():
        counter += 1
        candidate = path.with_name(f"{path.stem}.backup-{revision}-{stamp}-{counter}.db")
    return candidate


def backup_sqlite_file(path: Path, revision: str, key: bytes | None = None) -> Path:
    """Copy the database at ``path`` with SQLite's online backup API; return the copy's path.

    An encrypted database (``key``) gives an encrypted copy with the same key.
    """
    target = backup_path_for(path, revision, datetime.now(UTC))
    try:
        # Created owner-only (whatever the umask) before SQLite writes a byte into it.
        os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        os.chmod(target, 0o600)
        with _read_only(path, key=key) as source:
            destination = encryption.connect(target, key)
            try:
                source.backup(destination)
            finally:
                destination.close()
    except encryption.DRIVER_OR_FILE_ERRORS as exc:
        target.unlink(missing_ok=True)
        raise DatabaseOpenError(
            f"Vor der Aktualisierung der Datenbank „{path}“ konnte keine Sicherungskopie "
            f"angelegt werden ({exc}). Die Datenbank wurde nicht verändert.",
            location=str(path),
        ) from exc
    return target
