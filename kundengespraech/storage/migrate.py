"""Schema versions: Alembic configured in code, revision checks and the upgrade to head."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, inspect

from kundengespraech.storage.errors import DatabaseOpenError, DatabaseTooNewError
from kundengespraech.storage.models import Base


def migrations_directory() -> Path:
    """The directory of the Alembic scripts (``env.py`` and ``versions/``)."""
    location = resources.files("kundengespraech.storage.migrations")
    if not isinstance(location, Path):
        raise RuntimeError(f"migrations are not a directory on disk: {location!r}")
    return location


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic configuration without ``alembic.ini``; ``env.py`` uses ``connection``."""
    config = Config()
    config.set_main_option("script_location", str(migrations_directory()).replace("%", "%%"))
    config.set_main_option("path_separator", "os")
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def script_directory() -> ScriptDirectory:
    """Alembic's view of the migration scripts shipped with this version of the app."""
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    """The schema revision this version of the app writes."""
    head = script_directory().get_current_head()
    if head is None:
        raise RuntimeError("no migration scripts found")
    return head


def check_revision(revision: str | None, location: str) -> None:
    """Raise unless ``revision`` is ``None`` or a revision this app knows.

    Revisions are numbered (``0001``, ``0002``, …); an unknown number above the
    head was written by a newer version of the app.
    """
    if revision is None:
        return
    scripts = script_directory()
    if revision in {script.revision for script in scripts.walk_revisions()}:
        return
    head = scripts.get_current_head() or "0"
    if revision.isdigit() and int(revision) > int(head):
        raise DatabaseTooNewError(
            f"Die Datenbank „{location}“ stammt von einer neueren Version von Kundengespräch "
            f"(Schema {revision}, diese Version kennt bis {head}). Bitte installieren Sie die "
            "aktuelle Version. Die Datenbank wurde nicht verändert.",
            location=location,
            revision=revision,
        )
    raise DatabaseOpenError(
        f"Die Datenbank „{location}“ ist beschädigt oder keine Kundengespräch-Datenbank. "
        "Sie wurde nicht verändert.",
        location=location,
    )


def current_revision(connection: Connection) -> str | None:
    """The revision stamped in the database behind ``connection`` (``None``: none)."""
    return MigrationContext.configure(connection).get_current_revision()


def upgrade_to_head(connection: Connection, location: str) -> str | None:
    """Bring the schema behind ``connection`` to head inside the caller's transaction.

    Returns the revision found before upgrading. Refuses a database that is
    too new, or one without a revision that already holds tables of ours.
    """
    found = current_revision(connection)
    check_revision(found, location)
    if found == head_revision():
        return found
    if found is None and set(inspect(connection).get_table_names()) & set(Base.metadata.tables):
        raise DatabaseOpenError(
            f"Die Datenbank „{location}“ enthält Tabellen von Kundengespräch, aber keine "
            "Schema-Version. Sie wurde nicht verändert.",
            location=location,
        )
    command.upgrade(alembic_config(connection), "head")
    return found
