"""Alembic environment: runs the migrations on the connection ``storage.migrate`` hands in.

Logging is left alone (no ``fileConfig``): the app configures logging itself.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, create_engine

from kundengespraech.storage.models import Base


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def _main() -> None:
    connection = context.config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    # Developer use only (e.g. autogenerating a new revision against a scratch database).
    url = context.config.get_main_option("sqlalchemy.url")
    if not url:
        raise RuntimeError("no connection and no sqlalchemy.url given to the migrations")
    engine = create_engine(url)
    try:
        with engine.begin() as developer_connection:
            _run(developer_connection)
    finally:
        engine.dispose()


_main()
