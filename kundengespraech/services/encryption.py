"""Use case: encryption at rest — switching it on and off, and unlocking at start.

The passphrase is turned into the key with Argon2id (see :mod:`storage.encryption`); the app
never stores the passphrase. With "remember" the derived key is kept in the operating
system's keyring, so that the app opens without asking on this computer account.
"""

from __future__ import annotations

import hmac
from dataclasses import dataclass
from pathlib import Path

from kundengespraech.storage import encryption
from kundengespraech.storage.database import Database
from kundengespraech.storage.encryption import MIN_PASSPHRASE, KeyRequiredError, WrongKeyError

__all__ = [
    "EncryptionError",
    "EncryptionService",
    "EncryptionStatus",
    "KeyRequiredError",
    "WrongKeyError",
    "key_from_passphrase",
]


class EncryptionError(ValueError):
    """Encryption cannot be switched as asked; ``str(error)`` says why in plain German."""


@dataclass(frozen=True, slots=True)
class EncryptionStatus:
    """What the settings show: whether the file is encrypted and what can be done."""

    encrypted: bool
    possible: bool
    reason: str  # why it is not possible ("" when it is)
    remembered: bool
    keyring_available: bool


def key_from_passphrase(database: Path, passphrase: str) -> bytes | None:
    """The key of the encrypted ``database`` for ``passphrase``; ``None`` for a plaintext file."""
    info = encryption.read_key_info(database)
    if info is None or not encryption.is_encrypted(database):
        return None
    return info.derive(passphrase)


class EncryptionService:
    """Switches SQLCipher encryption of the local database file on and off."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def status(self) -> EncryptionStatus:
        path = self._db.file
        keyring = encryption.keyring_available()
        if path is None:
            reason = (
                "Die Datenbank liegt auf einem Server; verschlüsselt wird sie dort "
                "(Festplattenverschlüsselung des Servers), nicht von dieser Anwendung."
            )
            return EncryptionStatus(False, False, reason, False, keyring)
        if self._db.read_only:
            reason = "Die Datenbank ist schreibgeschützt geöffnet."
            return EncryptionStatus(self._db.key is not None, False, reason, False, keyring)
        remembered = self._db.key is not None and encryption.remembered_key(path) is not None
        return EncryptionStatus(self._db.key is not None, True, "", remembered, keyring)

    def enable(self, passphrase: str, confirmation: str, *, remember: bool = False) -> None:
        """Encrypt the database file and its backups with a key from ``passphrase``."""
        path = self._require_file()
        if self._db.key is not None:
            raise EncryptionError("Die Datenbank ist bereits verschlüsselt.")
        check_new_passphrase(passphrase, confirmation)
        info = encryption.new_key_info()
        key = info.derive(passphrase)
        encryption.write_key_info(path, info)
        self._db.change_key(key)
        if remember:
            encryption.remember_key(path, key)

    def disable(self, passphrase: str) -> None:
        """Decrypt the file again; ``passphrase`` must be the current one."""
        path = self._require_file()
        if self._db.key is None:
            raise EncryptionError("Die Datenbank ist nicht verschlüsselt.")
        self._check_passphrase(path, passphrase)
        self._db.change_key(None)
        encryption.keyinfo_path(path).unlink(missing_ok=True)
        encryption.forget_key(path)

    def set_remembered(self, passphrase: str, remember: bool) -> None:
        """Keep the key in the keyring (or remove it from there)."""
        path = self._require_file()
        if not remember:
            encryption.forget_key(path)
            return
        self._check_passphrase(path, passphrase)
        assert self._db.key is not None
        if not encryption.remember_key(path, self._db.key):
            raise EncryptionError("Der Schlüsselbund des Systems ist nicht verfügbar.")

    def _check_passphrase(self, path: Path, passphrase: str) -> None:
        key = key_from_passphrase(path, passphrase)
        if key is None or self._db.key is None or not hmac.compare_digest(key, self._db.key):
            raise WrongKeyError(
                "Das Kennwort stimmt nicht. Es wurde nichts verändert.", location=str(path)
            )

    def _require_file(self) -> Path:
        status = self.status()
        if not status.possible or self._db.file is None:
            raise EncryptionError(status.reason)
        return self._db.file


def check_new_passphrase(passphrase: str, confirmation: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise EncryptionError(
            f"Bitte wählen Sie ein Kennwort mit mindestens {MIN_PASSPHRASE} Zeichen."
        )
    if passphrase != confirmation:
        raise EncryptionError("Die beiden Kennwörter stimmen nicht überein.")
