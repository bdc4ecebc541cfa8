"""Our mark: the ``kg_meta`` table and, on SQLite, ``PRAGMA application_id``.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from kundengespraech.storage.file_mark import APP_NAME, APPLICATION_ID, META_TABLE

revision = "0005"
down_revision: str | None = "0004"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    meta = op.create_table(
        META_TABLE,
        sa.Column("key", sa.String(100), primary_key=True),
        sa.Column("value", sa.Text(), nullable=False),
    )
    op.bulk_insert(meta, [{"key": "app", "value": APP_NAME}, {"key": "format", "value": "1"}])
    if op.get_bind().dialect.name == "sqlite":
        op.execute(f"PRAGMA application_id = {APPLICATION_ID}")


def downgrade() -> None:
    op.drop_table(META_TABLE)
    if op.get_bind().dialect.name == "sqlite":
        op.execute("PRAGMA application_id = 0")
