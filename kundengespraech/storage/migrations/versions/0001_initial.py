"""Initial schema: customers, interviews and answers, vehicles, catalogue imports, settings.

Revision ID: 0001
Revises:
Create Date: 2026-11-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision: str | None = None
branch_labels: str | None = None
depends_on: str | None = None


def _tracked_columns() -> list[sa.Column[object]]:
    return [
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("changed_by", sa.String(200), nullable=True),
    ]


def upgrade() -> None:
    op.create_table(
        "customers",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("salutation", sa.String(50), nullable=False),
        sa.Column("first_name", sa.String(200), nullable=False),
        sa.Column("last_name", sa.String(200), nullable=False),
        sa.Column("email", sa.String(320), nullable=False),
        sa.Column("phone", sa.String(100), nullable=False),
        sa.Column("birthday", sa.Date(), nullable=True),
        sa.Column("language", sa.String(20), nullable=False),
        *_tracked_columns(),
        sa.PrimaryKeyConstraint("id", name="pk_customers"),
    )
    op.create_table(
        "interviews",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("customer_id", sa.Uuid(), nullable=True),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("current_page", sa.String(100), nullable=False),
        sa.Column("salesperson", sa.String(200), nullable=False),
        sa.Column("next_step_text", sa.Text(), nullable=False),
        sa.Column("next_step_due", sa.DateTime(timezone=True), nullable=True),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        *_tracked_columns(),
        sa.CheckConstraint("status IN ('open', 'finished')", name="ck_interviews_status"),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name="fk_interviews_customer_id_customers",
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_interviews"),
    )
    op.create_table(
        "interview_answers",
        sa.Column("interview_id", sa.Uuid(), nullable=False),
        sa.Column("question_id", sa.String(200), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.Column("answered_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["interview_id"],
            ["interviews.id"],
            name="fk_interview_answers_interview_id_interviews",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("interview_id", "question_id", name="pk_interview_answers"),
    )
    op.create_table(
        "vehicles",
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("make", sa.Text(), nullable=False),
        sa.Column("model", sa.Text(), nullable=False),
        sa.Column("variant", sa.Text(), nullable=False),
        sa.Column("body_type", sa.String(20), nullable=False),
        sa.Column("condition", sa.String(10), nullable=True),
        sa.Column("year", sa.Integer(), nullable=True),
        sa.Column("mileage_km", sa.Integer(), nullable=True),
        sa.Column("price_eur", sa.Numeric(12, 2), nullable=False),
        sa.Column("seats", sa.Integer(), nullable=False),
        sa.Column("isofix", sa.Integer(), nullable=True),
        sa.Column("trunk_l", sa.Integer(), nullable=True),
        sa.Column("trunk_max_l", sa.Integer(), nullable=True),
        sa.Column("towing_kg", sa.Integer(), nullable=True),
        sa.Column("tow_bar", sa.String(10), nullable=True),
        sa.Column("roof_rails", sa.Boolean(), nullable=True),
        sa.Column("powertrain", sa.String(10), nullable=False),
        sa.Column("consumption_l_100km", sa.Float(), nullable=True),
        sa.Column("consumption_kwh_100km", sa.Float(), nullable=True),
        sa.Column("range_km", sa.Integer(), nullable=True),
        sa.Column("co2_g_km", sa.Integer(), nullable=True),
        sa.Column("power_kw", sa.Integer(), nullable=True),
        sa.Column("accel_0_100_s", sa.Float(), nullable=True),
        sa.Column("top_speed_kmh", sa.Integer(), nullable=True),
        sa.Column("awd", sa.Boolean(), nullable=True),
        sa.Column("ncap_stars", sa.Integer(), nullable=True),
        sa.Column("assist", sa.JSON(none_as_null=True), nullable=True),
        sa.Column("length_mm", sa.Integer(), nullable=True),
        sa.Column("image", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("extra", sa.JSON(), nullable=False),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_vehicles"),
    )
    op.create_table(
        "catalogue_imports",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("mode", sa.String(10), nullable=False),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("vehicle_count", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_catalogue_imports"),
    )
    op.create_table(
        "settings",
        sa.Column("key", sa.String(200), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_settings"),
    )


def downgrade() -> None:
    for table in (
        "settings",
        "catalogue_imports",
        "vehicles",
        "interview_answers",
        "interviews",
        "customers",
    ):
        op.drop_table(table)
