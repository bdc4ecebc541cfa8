"""Indexes for browsing the catalogue sorted by price and by make, model and variant.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-12
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision: str | None = "0002"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_index("ix_vehicles_price_eur_id", "vehicles", ["price_eur", "id"])
    op.create_index(
        "ix_vehicles_make_model_variant_id", "vehicles", ["make", "model", "variant", "id"]
    )


def downgrade() -> None:
    op.drop_index("ix_vehicles_make_model_variant_id", table_name="vehicles")
    op.drop_index("ix_vehicles_price_eur_id", table_name="vehicles")
