"""Encryption at rest for the SQLite file: SQLCipher (AES-256) with a key from a passphrase.

The key is derived from the passphrase with Argon2id; its parameters and salt lie next to the
database in ``<name>.keyinfo.json`` (nothing secret: without the passphrase they are useless).
The derived key may be remembered in the operating system's keyring, so that the app opens
without asking. An encrypted file has no SQLite header; a file that has one is plaintext,
whatever side file lies beside it (a conversion interrupted before the switch).

Switching on or off converts the file with ``sqlcipher_export`` into a new file beside it,
which then replaces the database; the old file's bytes are overwritten before it is removed,
and every backup copy is converted too. The WAL and ``-shm`` of an encrypted database are
encrypted by SQLCipher as well.
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import secrets
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlcipher3
from argon2.low_level import Type, hash_secret_raw
from sqlalchemy.engine import URL

from kundengespraech.storage.errors import DatabaseOpenError

KEY_BYTES = 32
KEYINFO_FORMAT = "kundengespraech.keyinfo/1"
KEYRING_SERVICE = "Kundengespraech"
MIN_PASSPHRASE = 10
SQLITE_HEADER = b"SQLite format 3\x00"
DRIVER_ERRORS = (sqlite3.Error, sqlcipher3.Error)
"""The errors of both drivers (plain SQLite and SQLCipher), for ``except`` clauses."""
DRIVER_OR_FILE_ERRORS = (sqlite3.Error, sqlcipher3.Error, OSError)


class KeyRequiredError(DatabaseOpenError):
    """The database is encrypted and no key was given or remembered: ask for the passphrase."""


class WrongKeyError(DatabaseOpenError):
    """The passphrase does not open the database; the file was not changed."""


@dataclass(frozen=True, slots=True)
class KeyInfo:
    """How the key of an encrypted database is derived from its passphrase (Argon2id)."""

    salt: bytes
    time_cost: int = 3
    memory_kib: int = 65536
    parallelism: int = 2

    def derive(self, passphrase: str) -> bytes:
        return hash_secret_raw(
            passphrase.encode("utf-8"),
            self.salt,
            time_cost=self.time_cost,
            memory_cost=self.memory_kib,
            parallelism=self.parallelism,
            hash_len=KEY_BYTES,
            type=Type.ID,
        )

    def to_json(self) -> str:
        return json.dumps(
            {
                "format": KEYINFO_FORMAT,
                "cipher": "sqlcipher4-aes256",
                "kdf": "argon2id",
                "salt": self.salt.hex(),
                "time_cost": self.time_cost,
                "memory_kib": self.memory_kib,
                "parallelism": self.parallelism,
            },
            indent=2,
        )


def new_key_info() -> KeyInfo:
    return KeyInfo(secrets.token_bytes(16))


def keyinfo_path(database: Path) -> Path:
    return database.with_name(database.name + ".keyinfo.json")


def read_key_info(database: Path) -> KeyInfo | None:
    """The key derivation of ``database``, or ``None`` when it has no readable side file."""
    try:
        doc = json.loads(keyinfo_path(database).read_text(encoding="utf-8"))
        if doc.get("format") != KEYINFO_FORMAT or doc.get("kdf") != "argon2id":
            return None
        return KeyInfo(
            bytes.fromhex(doc["salt"]),
            int(doc["time_cost"]),
            int(doc["memory_kib"]),
            int(doc["parallelism"]),
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def is_encrypted(database: Path) -> bool:
    """Whether the file is a SQLCipher database of ours: no SQLite header, a key side file."""
    try:
        with database.open("rb") as stream:
            head = stream.read(len(SQLITE_HEADER))
    except OSError:
        return False
    return bool(head) and head != SQLITE_HEADER and read_key_info(database) is not None


def key_pragma(key: bytes) -> str:
    """SQLCipher's raw-key form (no second key derivation inside SQLCipher)."""
    return f"PRAGMA key = \"x'{key.hex()}'\""


@functools.cache
def _quiet_sqlcipher() -> None:
    """SQLCipher logs a failed decryption (a wrong key) to stderr; the app says it itself."""
    connection = sqlcipher3.connect(":memory:")
    try:
        connection.execute("PRAGMA cipher_log_level = NONE")
    finally:
        connection.close()


def connect(path: Path | str, key: bytes | None = None, *, uri: bool = False) -> Any:
    """A DB-API connection to ``path``: plain SQLite without a key, SQLCipher with one."""
    if key is None:
        return sqlite3.connect(path, uri=uri, isolation_level=None)
    _quiet_sqlcipher()
    connection = sqlcipher3.connect(str(path), uri=uri, isolation_level=None)
    connection.execute(key_pragma(key))
    return connection


def encrypted_url(database: Path | str, key: bytes, query: dict[str, str] | None = None) -> URL:
    """The SQLAlchemy URL of the encrypted database (SQLAlchemy's SQLCipher dialect).

    The dialect sends ``PRAGMA key="<password>"`` first on every connection; the password
    ``x'<hex>'`` makes that SQLCipher's raw key.
    """
    return URL.create(
        "sqlite+pysqlcipher",
        password=f"x'{key.hex()}'",
        database=str(database),
        query=query or {},
    )


def check_key(database: Path, key: bytes) -> None:
    """Raise :class:`WrongKeyError` unless ``key`` opens ``database``; only reads."""
    uri = f"{database.resolve().as_uri()}?mode=ro"
    try:
        connection = connect(uri, key, uri=True)
        try:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            connection.close()
    except sqlcipher3.DatabaseError as error:
        raise WrongKeyError(
            "Das Kennwort stimmt nicht – die Datenbank wurde nicht geöffnet und nicht "
            "verändert. Bitte versuchen Sie es noch einmal.",
            location=str(database),
        ) from error


# --- the keyring ---------------------------------------------------------------------------


def keyring_available() -> bool:
    """Whether the operating system offers a keyring to remember the key in."""
    try:
        import keyring
        from keyring.backends import fail

        return not isinstance(keyring.get_keyring(), fail.Keyring)
    except Exception:
        return False


def remembered_key(database: Path) -> bytes | None:
    """The key remembered in the keyring for this database file, if any."""
    if not keyring_available():
        return None
    import keyring

    try:
        value = keyring.get_password(KEYRING_SERVICE, str(database.resolve()))
        return bytes.fromhex(value) if value else None
    except Exception:
        return None


def remember_key(database: Path, key: bytes) -> bool:
    """Remember ``key`` in the keyring; ``False`` when there is none or it refuses."""
    if not keyring_available():
        return False
    import keyring

    try:
        keyring.set_password(KEYRING_SERVICE, str(database.resolve()), key.hex())
    except Exception:
        return False
    return True


def forget_key(database: Path) -> None:
    if not keyring_available():
        return
    import keyring

    with contextlib.suppress(Exception):
        keyring.delete_password(KEYRING_SERVICE, str(database.resolve()))


# --- converting files ----------------------------------------------------------------------


def convert_file(path: Path, old_key: bytes | None, new_key: bytes | None) -> None:
    """Rewrite the (closed) database ``path`` with ``new_key`` (``None``: plaintext).

    The copy is made with ``sqlcipher_export`` beside the file, synced, and then replaces it;
    the old file's bytes are overwritten with zeros before they are freed. The application id
    and user version are carried over. Raises the driver's error or ``OSError``; the original
    is untouched until the replacement is complete.
    """
    target = path.with_name(f".{path.name}.converting")
    target.unlink(missing_ok=True)
    # Created owner-only before a byte is written into it (an empty file is a new database).
    os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    source = sqlcipher3.connect(str(path), isolation_level=None)
    try:
        if old_key is not None:
            source.execute(key_pragma(old_key))
        source.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        (application_id,) = source.execute("PRAGMA application_id").fetchone()
        (user_version,) = source.execute("PRAGMA user_version").fetchone()
        attach_key = f"x'{new_key.hex()}'" if new_key is not None else ""
        source.execute(f'ATTACH DATABASE ? AS converted KEY "{attach_key}"', (str(target),))
        source.execute("SELECT sqlcipher_export('converted')")
        source.execute(f"PRAGMA converted.application_id = {int(application_id)}")
        source.execute(f"PRAGMA converted.user_version = {int(user_version)}")
        source.execute("DETACH DATABASE converted")
    except BaseException:
        source.close()
        target.unlink(missing_ok=True)
        raise
    source.close()
    os.chmod(target, 0o600)
    _fsync(target)
    retired = path.with_name(f".{path.name}.retired")
    retired.unlink(missing_ok=True)
    os.link(path, retired)
    os.replace(target, path)
    _fsync_folder(path.parent)
    for sidecar in ("-wal", "-shm", "-journal"):
        path.with_name(path.name + sidecar).unlink(missing_ok=True)
    shred(retired)


def shred(path: Path) -> None:
    """Overwrite a file with zeros, sync, and remove it (best effort on flash storage)."""
    try:
        size = path.stat().st_size
        with path.open("r+b") as stream:
            chunk = b"\0" * 65536
            written = 0
            while written < size:
                stream.write(chunk[: min(len(chunk), size - written)])
                written += len(chunk)
            stream.flush()
            os.fsync(stream.fileno())
    except FileNotFoundError:
        return
    path.unlink(missing_ok=True)


def finish_interrupted(path: Path) -> None:
    """Remove what an interrupted conversion left: the half copy and the retired original.

    Only what is there is touched (a read-only folder stays as it is)."""
    half = path.with_name(f".{path.name}.converting")
    retired = path.with_name(f".{path.name}.retired")
    with contextlib.suppress(OSError):
        if half.exists():
            half.unlink()
        if retired.exists():
            shred(retired)


def write_key_info(database: Path, info: KeyInfo) -> None:
    target = keyinfo_path(database)
    temporary = target.with_name(f".{target.name}.tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as stream:
        stream.write(info.to_json())
        stream.flush()
        os.fsync(stream.fileno())
    os.replace(temporary, target)


def _fsync(path: Path) -> None:
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _fsync_folder(folder: Path) -> None:
    with contextlib.suppress(OSError):
        _fsync(folder)
