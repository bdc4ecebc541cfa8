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


class WriteFailedError(StorageError):
    """A write did not reach the database; nothing of it was saved.

    ``kind`` says why, for whoever decides what to do next:
    ``locked`` (another program holds the database longer than the wait allows),
    ``disk_full``, ``read_only`` (file, folder or disk not writable), ``damaged``
    (the file is corrupt), ``unavailable`` (the database server cannot be reached)
    or ``other``. ``str(error)`` is a calm German sentence saying what happened and
    what to do.
    """

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


_WRITE_FAILURES: tuple[tuple[str, tuple[str, ...], str], ...] = (
    (
        "locked",
        ("database is locked", "database table is locked", "database is busy"),
        "Die Datenbank ist gerade von einem anderen Programm belegt. Die Eingabe wird "
        "gleich noch einmal gespeichert.",
    ),
    (
        "disk_full",
        ("database or disk is full", "no space left", "disk i/o error"),
        "Der Speicherplatz ist voll. Bitte geben Sie auf dem Laufwerk Platz frei; "
        "die Eingaben werden dann von selbst gespeichert.",
    ),
    (
        "read_only",
        ("readonly database", "read-only", "read only", "permission denied"),
        "Die Datenbank ist schreibgeschützt. Die Eingaben können nicht gespeichert werden; "
        "bitte prüfen Sie die Zugriffsrechte der Datei.",
    ),
    (
        "damaged",
        ("malformed", "not a database", "file is not a database", "corrupt"),
        "Die Datenbank ist beschädigt. Bitte wenden Sie sich an Ihre IT; "
        "die Eingaben dieses Gesprächs bleiben vorgemerkt.",
    ),
    (
        "unavailable",
        (
            "could not connect",
            "connection refused",
            "server closed the connection",
            "connection timed out",
            "terminating connection",
        ),
        "Die Verbindung zur Datenbank ist unterbrochen. Die Eingaben werden gespeichert, "
        "sobald sie wieder besteht.",
    ),
)

_OTHER_FAILURE = (
    "Die Eingabe konnte nicht gespeichert werden. Sie bleibt vorgemerkt und wird "
    "noch einmal versucht."
)


def classify_write_failure(error: BaseException) -> WriteFailedError:
    """The :class:`WriteFailedError` for a database or file error raised while writing.

    Looks at the error and at the driver error behind it (SQLAlchemy's ``orig``,
    the exception's cause), so it works for SQLite, PostgreSQL and plain ``OSError``.
    """
    if isinstance(error, WriteFailedError):
        return error
    texts: list[str] = []
    seen: BaseException | None = error
    while seen is not None and len(texts) < 5:
        texts.append(str(seen).lower())
        orig = getattr(seen, "orig", None)
        seen = orig if isinstance(orig, BaseException) else seen.__cause__
    if isinstance(error, OSError):
        import errno

        if error.errno in (errno.ENOSPC, errno.EDQUOT):
            texts.append("no space left")
        elif error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            texts.append("read-only")
    joined = " | ".join(texts)
    for kind, needles, message in _WRITE_FAILURES:
        if any(needle in joined for needle in needles):
            return WriteFailedError(kind, message)
    return WriteFailedError("other", _OTHER_FAILURE)
