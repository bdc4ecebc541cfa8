"""Relationship care: salespeople, customer stage and owner, promises, contacts, consents.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision: str | None = "0003"
branch_labels: str | None = None
depends_on: str | None = None


def _tracked_columns() -> list[sa.Column[object]]:
    return [
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("changed_by", sa.String(200), nullable=True),
    ]


def _customer_fk(table: str, ondelete: str = "CASCADE") -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["customer_id"],
        ["customers.id"],
        name=f"fk_{table}_customer_id_customers",
        ondelete=ondelete,
    )


def _salesperson_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["salesperson_id"],
        ["salespeople.id"],
        name=f"fk_{table}_salesperson_id_salespeople",
        ondelete="SET NULL",
    )


def _interview_fk(table: str, ondelete: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["interview_id"],
        ["interviews.id"],
        name=f"fk_{table}_interview_id_interviews",
        ondelete=ondelete,
    )


def upgrade() -> None:
    op.create_table(
        "salespeople",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("phone", sa.String(100), nullable=False),
        sa.Column("email", sa.String(320), nullable=False),
        sa.Column("branch", sa.String(200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        *_tracked_columns(),
        sa.PrimaryKeyConstraint("id", name="pk_salespeople"),
    )
    with op.batch_alter_table("customers") as batch:
        batch.add_column(
            sa.Column("stage", sa.String(20), nullable=False, server_default="interessent")
        )
        batch.add_column(
            sa.Column("wish_customer", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch.add_column(sa.Column("salesperson_id", sa.Uuid(), nullable=True))
        batch.create_check_constraint(
            "stage", "stage IN ('interessent', 'neukunde', 'stammkunde', 'topkunde')"
        )
        batch.create_foreign_key(
            "fk_customers_salesperson_id_salespeople",
            "salespeople",
            ["salesperson_id"],
            ["id"],
            ondelete="SET NULL",
        )
    # The defaults served the existing rows only; the models supply values from now on.
    with op.batch_alter_table("customers") as batch:
        batch.alter_column("stage", server_default=None)
        batch.alter_column("wish_customer", server_default=None)
    with op.batch_alter_table("interviews") as batch:
        batch.add_column(sa.Column("salesperson_id", sa.Uuid(), nullable=True))
        batch.create_foreign_key(
            "fk_interviews_salesperson_id_salespeople",
            "salespeople",
            ["salesperson_id"],
            ["id"],
            ondelete="SET NULL",
        )
    op.create_table(
        "promises",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("customer_id", sa.Uuid(), nullable=True),
        sa.Column("interview_id", sa.Uuid(), nullable=True),
        sa.Column("salesperson_id", sa.Uuid(), nullable=True),
        sa.Column("kind", sa.String(30), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("channel", sa.String(20), nullable=False),
        sa.Column("origin", sa.String(20), nullable=False),
        sa.Column("with_offer", sa.Boolean(), nullable=False),
        sa.Column("due_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("done_at", sa.DateTime(timezone=True), nullable=True),
        *_tracked_columns(),
        sa.CheckConstraint("status IN ('open', 'done', 'cancelled')", name="ck_promises_status"),
        _customer_fk("promises"),
        _interview_fk("promises", "SET NULL"),
        _salesperson_fk("promises"),
        sa.PrimaryKeyConstraint("id", name="pk_promises"),
    )
    op.create_index("ix_promises_status_due_at", "promises", ["status", "due_at"])
    op.create_index("ix_promises_customer_id", "promises", ["customer_id"])
    op.create_index("ix_promises_interview_id", "promises", ["interview_id"])
    op.create_table(
        "promise_reschedules",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("promise_id", sa.Uuid(), nullable=False),
        sa.Column("old_due", sa.DateTime(timezone=True), nullable=False),
        sa.Column("new_due", sa.DateTime(timezone=True), nullable=False),
        sa.Column("customer_informed", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        *_tracked_columns(),
        sa.ForeignKeyConstraint(
            ["promise_id"],
            ["promises.id"],
            name="fk_promise_reschedules_promise_id_promises",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_promise_reschedules"),
    )
    op.create_index("ix_promise_reschedules_promise_id", "promise_reschedules", ["promise_id"])
    op.create_table(
        "contacts",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("customer_id", sa.Uuid(), nullable=False),
        sa.Column("interview_id", sa.Uuid(), nullable=True),
        sa.Column("salesperson_id", sa.Uuid(), nullable=True),
        sa.Column("kind", sa.String(30), nullable=False),
        sa.Column("channel", sa.String(20), nullable=False),
        sa.Column("happened_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        *_tracked_columns(),
        _customer_fk("contacts"),
        _interview_fk("contacts", "SET NULL"),
        _salesperson_fk("contacts"),
        sa.PrimaryKeyConstraint("id", name="pk_contacts"),
    )
    op.create_index("ix_contacts_customer_id", "contacts", ["customer_id"])
    op.create_index("ix_contacts_interview_id", "contacts", ["interview_id"])
    op.create_table(
        "consents",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("customer_id", sa.Uuid(), nullable=False),
        sa.Column("channel", sa.String(20), nullable=False),
        sa.Column("granted_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("wording", sa.Text(), nullable=False),
        sa.Column("withdrawn_at", sa.DateTime(timezone=True), nullable=True),
        *_tracked_columns(),
        _customer_fk("consents"),
        sa.PrimaryKeyConstraint("id", name="pk_consents"),
    )
    op.create_index("ix_consents_customer_id", "consents", ["customer_id"])
    op.create_table(
        "customer_changes",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("customer_id", sa.Uuid(), nullable=False),
        sa.Column("field", sa.String(30), nullable=False),
        sa.Column("old_value", sa.String(200), nullable=False),
        sa.Column("new_value", sa.String(200), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        *_tracked_columns(),
        _customer_fk("customer_changes"),
        sa.PrimaryKeyConstraint("id", name="pk_customer_changes"),
    )
    op.create_index("ix_customer_changes_customer_id", "customer_changes", ["customer_id"])
    op.create_table(
        "customer_merges",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("merged_id", sa.Uuid(), nullable=False),
        sa.Column("into_id", sa.Uuid(), nullable=False),
        *_tracked_columns(),
        sa.ForeignKeyConstraint(
            ["into_id"],
            ["customers.id"],
            name="fk_customer_merges_into_id_customers",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_customer_merges"),
        sa.UniqueConstraint("merged_id", name="uq_customer_merges_merged_id"),
    )


def downgrade() -> None:
    for table in (
        "customer_merges",
        "customer_changes",
        "consents",
        "contacts",
        "promise_reschedules",
        "promises",
    ):
        op.drop_table(table)
    with op.batch_alter_table("interviews") as batch:
        batch.drop_constraint("fk_interviews_salesperson_id_salespeople", type_="foreignkey")
        batch.drop_column("salesperson_id")
    with op.batch_alter_table("customers") as batch:
        batch.drop_constraint("fk_customers_salesperson_id_salespeople", type_="foreignkey")
        batch.drop_constraint("stage", type_="check")
        batch.drop_column("salesperson_id")
        batch.drop_column("wish_customer")
        batch.drop_column("stage")
    op.drop_table("salespeople")
