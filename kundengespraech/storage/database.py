"""Opening the database: URL resolution, engine and SQLite pragmas, sessions, upgrade on open."""

from __future__ import annotations

import functools
import json
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import Any

import platformdirs
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, IntegrityError, OperationalError, SQLAlchemyError
from sqlalchemy.exc import DatabaseError as DBAPIDatabaseError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from kundengespraech.storage import encryption, migrate
from kundengespraech.storage.backup_scrub import backup_files, expire_backups
from kundengespraech.storage.errors import (
    DatabaseOpenError,
    WriteFailedError,
    classify_write_failure,
)
from kundengespraech.storage.sqlite_files import backup_sqlite_file, inspect_sqlite_file

DATABASE_ENV_VAR = "KUNDENGESPRAECH_DB"
APP_NAME = "Kundengespraech"
DATABASE_FILENAME = "kundengespraech.db"


def default_database_url() -> str:
    """The SQLite file in the user's data directory, as an SQLAlchemy URL."""
    directory = Path(platformdirs.user_data_dir(APP_NAME, APP_NAME))
    return f"sqlite:///{directory / DATABASE_FILENAME}"


def resolve_database_url(explicit: str | None) -> str:
    """The URL to use: ``explicit`` (``--db``), else ``$KUNDENGESPRAECH_DB``, else the default.

    A plain file path (no ``scheme://``) is taken as a SQLite file.
    """
    for candidate in (explicit, os.environ.get(DATABASE_ENV_VAR)):
        if candidate:
            return candidate if "://" in candidate else f"sqlite:///{Path(candidate).absolute()}"
    return default_database_url()


def sqlite_file_path(url: URL) -> Path | None:
    """The file of a SQLite URL; ``None`` for in-memory SQLite and other databases."""
    if url.get_backend_name() != "sqlite":
        return None
    database = url.database or ""
    if database in ("", ":memory:") or database.startswith("file:"):
        return None
    return Path(database)


def _describe(url: URL) -> str:
    path = sqlite_file_path(url)
    return str(path) if path is not None else url.render_as_string(hide_password=True)


BUSY_TIMEOUT_S = 5.0
"""How long SQLite waits for another connection's write lock before reporting "locked"."""
LOCK_RETRIES = 2
"""How often a write that found the database locked for the whole wait is tried again."""
WAL_AUTOCHECKPOINT_PAGES = 100
"""WAL pages (≈ 400 kB) after which a commit folds the WAL back (SQLite's default is 1000)."""
JOURNAL_SIZE_LIMIT_BYTES = 512 * 1024
"""After a checkpoint the WAL file is cut back to this size, so it does not keep disk space."""

_WRITE_OPTION = "kundengespraech_write"
_READ_ONLY_OPTION = "ro"
READ_ONLY_NOTICE = (
    "Die Datenbank ist schreibgeschützt und wurde nur zum Lesen geöffnet. Sie können "
    "Gespräche ansehen, aber nichts speichern; bitte prüfen Sie die Zugriffsrechte der Datei."
)
"""The German notice the UI shows when :attr:`Database.read_only` is true."""


def _on_sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    # SQLAlchemy's recipe: stop pysqlite from managing transactions (see _on_sqlite_begin).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_S * 1000)}")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        # Deleted rows are overwritten, not only unlinked: an erased person leaves no bytes.
        cursor.execute("PRAGMA secure_delete=ON")
        cursor.execute(f"PRAGMA wal_autocheckpoint={WAL_AUTOCHECKPOINT_PAGES}")
        cursor.execute(f"PRAGMA journal_size_limit={JOURNAL_SIZE_LIMIT_BYTES}")
    finally:
        cursor.close()


def _is_lock_error(error: BaseException) -> bool:
    text = str(getattr(error, "orig", None) or error).lower()
    return "database is locked" in text or "database is busy" in text


def _is_writable(path: Path) -> bool:
    """Whether the existing database file and its folder can be written (as this user)."""
    try:
        descriptor = os.open(path, os.O_RDWR)
    except OSError:
        return False
    os.close(descriptor)
    probe = path.with_name(f".{path.name}.write-probe-{os.getpid()}")
    try:
        os.close(os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE))
    except OSError:
        return False
    probe.unlink(missing_ok=True)
    return True


def _read_only_url(path: Path) -> URL:
    # No WAL beside it: nobody writes the file, so it is read as immutable (no -shm needed).
    wal = path.with_name(path.name + "-wal")
    query = "mode=ro" if wal.exists() else "mode=ro&immutable=1"
    return make_url(f"sqlite:///{path.resolve().as_uri()}?{query}&uri=true")


def _on_sqlite_begin(connection: Connection) -> None:
    # Emit BEGIN ourselves, so that reads and DDL are transactional too. A write transaction
    # takes the write lock at once (BEGIN IMMEDIATE): then SQLite's busy timeout applies,
    # whereas a deferred read that turns into a write fails at once when another connection
    # committed meanwhile. A lock held longer than the timeout is tried again a few times.
    if not connection.get_execution_options().get(_WRITE_OPTION, True) or _READ_ONLY_OPTION in (
        connection.engine.url.query.get("mode", ""),
    ):
        connection.exec_driver_sql("BEGIN")
        return
    for attempt in range(LOCK_RETRIES + 1):
        try:
            connection.exec_driver_sql("BEGIN IMMEDIATE")
            return
        except OperationalError as error:
            if not _is_lock_error(error) or attempt == LOCK_RETRIES:
                raise
            time.sleep(0.05 * (attempt + 1))


def create_database_engine(url: URL) -> Engine:
    """An engine for ``url``; SQLite connections get WAL, full sync and foreign keys.

    An encrypted file (SQLAlchemy's SQLCipher dialect) is pooled like a plain one, not one
    connection per thread (the dialect's default), so the background tasks share the pool.
    """
    connect_args: dict[str, Any] = {}
    options: dict[str, Any] = {}
    if url.get_backend_name() == "sqlite":
        connect_args["timeout"] = BUSY_TIMEOUT_S
    if url.get_driver_name() == "pysqlcipher":
        connect_args["check_same_thread"] = False
        options["poolclass"] = QueuePool
    engine = create_engine(
        url,
        json_serializer=functools.partial(json.dumps, ensure_ascii=False),
        connect_args=connect_args,
        **options,
    )
    if url.get_backend_name() == "sqlite":
        event.listen(engine, "connect", _on_sqlite_connect)
        event.listen(engine, "begin", _on_sqlite_begin)
    return engine


class Database:
    """An open, up-to-date database: the engine and a factory of short sessions."""

    def __init__(
        self, engine: Engine, *, read_only: bool = False, key: bytes | None = None
    ) -> None:
        self.read_only = read_only
        """True when the file could only be opened for reading (see :data:`READ_ONLY_NOTICE`)."""
        self.key = key
        """The SQLCipher key of an encrypted file, ``None`` for a plaintext one."""
        self._use(engine)

    def _use(self, engine: Engine) -> None:
        self.engine = engine
        self._is_sqlite = engine.dialect.name == "sqlite"
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._read_sessions = sessionmaker(
            engine.execution_options(**{_WRITE_OPTION: False}), expire_on_commit=False
        )

    @property
    def file(self) -> Path | None:
        """The SQLite file, ``None`` for a server database."""
        return sqlite_file_path(self.engine.url)

    def change_key(self, new_key: bytes | None) -> None:
        """Encrypt (``new_key``), re-key or decrypt (``None``) the file and its backups.

        Every connection is closed, the file is converted (see
        :func:`encryption.convert_file`) and a new engine opens it. A backup that cannot be
        converted is shredded, so no plaintext copy is left behind. Raises
        :class:`WriteFailedError` when the conversion fails; the database is then unchanged
        and open as before.
        """
        path = self.file
        if path is None or self.read_only:
            raise WriteFailedError("other", "Nur eine Datenbankdatei auf diesem Gerät kann "
                                   "verschlüsselt werden.")  # fmt: skip
        self.checkpoint()
        self.engine.dispose()
        try:
            encryption.convert_file(path, self.key, new_key)
        except encryption.DRIVER_OR_FILE_ERRORS as error:
            self._use(create_database_engine(self.engine.url))
            raise classify_write_failure(error) from error
        for backup in backup_files(path):
            try:
                encryption.convert_file(backup, self.key, new_key)
            except encryption.DRIVER_OR_FILE_ERRORS:
                encryption.shred(backup)
        self.key = new_key
        url = encryption.encrypted_url(path, new_key) if new_key else make_url(f"sqlite:///{path}")
        self._use(create_database_engine(url))

    @property
    def url(self) -> str:
        """The database URL with any password hidden."""
        return self.engine.url.render_as_string(hide_password=True)

    @contextmanager
    def session(self, *, write: bool = True) -> Iterator[Session]:
        """One short transaction: committed if the block succeeds, rolled back if it raises.

        On SQLite a write transaction (the default) takes the write lock at its start
        (``BEGIN IMMEDIATE``), waiting up to :data:`BUSY_TIMEOUT_S` for another writer and
        trying again :data:`LOCK_RETRIES` times; ``write=False`` reads without taking it.

        A database that cannot take the transaction (locked longer than the wait allows, disk
        full, read-only, damaged, server gone) raises :class:`WriteFailedError` with a German
        message; the driver's error is its ``__cause__``. Other errors pass unchanged. After a
        failed write on SQLite the WAL is checkpointed, so that freed disk space is kept free.
        """
        factory = self._sessions if write else self._read_sessions
        try:
            with factory() as session, session.begin():
                yield session
        except (OperationalError, DBAPIDatabaseError, OSError) as error:
            if isinstance(error, IntegrityError):
                raise
            failure = classify_write_failure(error)
            if failure.kind in ("disk_full", "other"):
                self.checkpoint()
            raise failure from error

    def checkpoint(self) -> bool:
        """Fold SQLite's WAL back into the database file and cut the WAL file to zero.

        Call it when the app is idle, and after a failed write (``session`` does that):
        with a nearly full disk the WAL then gives its space back. Never raises; returns
        ``False`` if the checkpoint could not run completely (e.g. another reader is busy,
        the disk is full), ``True`` otherwise and on databases without a WAL.
        """
        if not self._is_sqlite or self.read_only:
            return True
        try:
            with self.engine.connect() as connection:
                raw: Any = connection.connection.driver_connection
                busy, _log, _done = raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
                if busy:
                    raw.execute("PRAGMA wal_checkpoint(PASSIVE)")
                return not busy
        except (SQLAlchemyError, OSError, WriteFailedError):
            return False
        except encryption.DRIVER_ERRORS:  # the driver's own errors (sqlite3.Error, …)
            return False

    def close(self) -> None:
        """Close every pooled connection (SQLite then folds the WAL back into the file)."""
        self.engine.dispose()

    def __enter__(self) -> Database:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


def open_database(url: str, key: bytes | None = None) -> Database:
    """Open the database at ``url``, creating or upgrading its schema to head.

    An existing SQLite file that is behind head is first copied to
    ``<name>.backup-<revision>-<UTC time>.db`` next to it; such backups are shredded after
    :data:`~backup_scrub.BACKUP_KEEP_DAYS` days (when a database is opened). A file that is
    unreadable, damaged, of another program or of a newer app version raises
    :class:`DatabaseOpenError` and is not changed.

    An encrypted file is opened with ``key``, else with the key remembered in the keyring;
    without either :class:`encryption.KeyRequiredError`, with a wrong one
    :class:`encryption.WrongKeyError` is raised (both leave the file untouched).
    """
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise DatabaseOpenError(
            f"„{url}“ ist keine gültige Datenbank-Adresse.", location=url
        ) from exc
    location = _describe(parsed)
    path = sqlite_file_path(parsed)
    if path is not None:
        key = _file_key(path, key, location)
        revision = inspect_sqlite_file(path, key)
        migrate.check_revision(revision, location)
        if revision is None:
            _create_parent_directory(path)
        elif not _is_writable(path):
            return _open_read_only(path, revision, location, key)
        elif revision != migrate.head_revision():
            backup_sqlite_file(path, revision, key)
        if key is not None:
            parsed = encryption.encrypted_url(path, key)
    else:
        key = None
    engine = create_database_engine(parsed)
    try:
        _upgrade(engine, location)
    except DatabaseOpenError:
        engine.dispose()
        raise
    except SQLAlchemyError as exc:
        engine.dispose()
        raise DatabaseOpenError(
            f"Die Datenbank „{location}“ kann nicht geöffnet werden: {exc.__class__.__name__}: "
            f"{getattr(exc, 'orig', None) or exc}",
            location=location,
        ) from exc
    if path is not None:
        expire_backups(path)
    return Database(engine, key=key)


def _file_key(path: Path, key: bytes | None, location: str) -> bytes | None:
    """The key that opens ``path``: ``None`` for a plaintext file; checked for an encrypted one."""
    encryption.finish_interrupted(path)
    if not encryption.is_encrypted(path):
        return None
    key = key or encryption.remembered_key(path)
    if key is None:
        raise encryption.KeyRequiredError(
            f"Die Datenbank „{location}“ ist verschlüsselt. Bitte geben Sie das Kennwort ein.",
            location=location,
        )
    encryption.check_key(path, key)
    return key


def _open_read_only(path: Path, revision: str, location: str, key: bytes | None = None) -> Database:
    if revision != migrate.head_revision():
        raise DatabaseOpenError(
            f"Die Datenbank „{location}“ ist schreibgeschützt und stammt von einer älteren "
            "Version; sie kann so nicht aktualisiert werden. Sie wurde nicht verändert. Bitte "
            "prüfen Sie die Zugriffsrechte der Datei.",
            location=location,
        )
    url = _read_only_url(path)
    if key is not None:
        url = encryption.encrypted_url(
            path.resolve().as_uri(), key, {k: str(v) for k, v in url.query.items()}
        )
    return Database(create_database_engine(url), read_only=True, key=key)


FILE_MODE = 0o600
"""Database files, their ``-wal``/``-shm`` and backups: readable by their owner only."""
FOLDER_MODE = 0o700
"""A data folder the app creates: open to its owner only."""


def _create_parent_directory(path: Path) -> None:
    """Create the folders up to ``path`` (0700, whatever the umask) and the empty file (0600).

    SQLite creates ``-wal`` and ``-shm`` with the mode of the database file, so they are
    0600 too. Folders that exist already keep their mode.
    """
    missing: list[Path] = []
    folder = path.parent
    while not folder.exists() and folder != folder.parent:
        missing.append(folder)
        folder = folder.parent
    try:
        for folder in reversed(missing):
            folder.mkdir(mode=FOLDER_MODE, exist_ok=True)
            os.chmod(folder, FOLDER_MODE)
        if not path.exists():
            descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
            os.close(descriptor)
            os.chmod(path, FILE_MODE)
    except OSError as exc:
        raise DatabaseOpenError(
            f"Der Ordner für die Datenbank „{path}“ kann nicht angelegt werden "
            f"({exc.strerror or exc}).",
            location=str(path),
        ) from exc


def _upgrade(engine: Engine, location: str) -> None:
    """Run the migrations in one transaction; on SQLite with foreign keys off meanwhile.

    SQLite's procedure for schema changes: a table rebuilt in batch mode is
    dropped and recreated, which with foreign keys on would delete or reject
    the rows referring to it. Foreign keys are checked once before commit.
    """
    is_sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as connection:
        raw: Any = connection.connection.driver_connection
        if is_sqlite:
            raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with connection.begin():
                migrate.upgrade_to_head(connection, location)
                if is_sqlite:
                    violations = connection.exec_driver_sql("PRAGMA foreign_key_check").all()
                    if violations:
                        raise DatabaseOpenError(
                            f"Die Aktualisierung der Datenbank „{location}“ ist fehlgeschlagen "
                            "(ungültige Verweise). Sie wurde nicht verändert.",
                            location=location,
                        )
        finally:
            if is_sqlite:
                raw.execute("PRAGMA foreign_keys=ON")
