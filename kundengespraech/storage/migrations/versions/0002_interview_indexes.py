"""Indexes for the interview list (newest first) and for finding a customer's interviews.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-05
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision: str | None = "0001"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_index("ix_interviews_updated_at", "interviews", ["updated_at"])
    op.create_index("ix_interviews_customer_id", "interviews", ["customer_id"])


def downgrade() -> None:
    op.drop_index("ix_interviews_customer_id", table_name="interviews")
    op.drop_index("ix_interviews_updated_at", table_name="interviews")
