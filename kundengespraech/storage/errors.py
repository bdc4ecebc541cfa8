"""Errors the storage layer raises, with messages fit to show a salesperson."""

from __future__ import annotations


class StorageError(Exception):
    """Base class of every error raised by ``kundengespraech.storage``."""


class DatabaseOpenError(StorageError):
    """The database cannot be opened; it has not been changed.

    ``str(error)`` is a complete German sentence naming the database.
    """

    def __init__(self, message: str, *, location: str) -> None:
        super().__init__(message)
        self.location = location


class DatabaseTooNewError(DatabaseOpenError):
    """The database was written by a newer version of the app; it has not been changed."""

    def __init__(self, message: str, *, location: str, revision: str) -> None:
        super().__init__(message, location=location)
        self.revision = revision


class RecordNotFoundError(StorageError, LookupError):
    """A record asked for by id does not exist (any more)."""
