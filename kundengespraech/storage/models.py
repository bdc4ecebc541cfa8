"""SQLAlchemy table models of the Kundengespräch database (typed 2.0 style).

These classes stay inside ``storage``: the repository functions return plain
domain values, never instances of these models.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    Numeric,
    String,
    Text,
    Uuid,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from kundengespraech.storage.column_types import UTCDateTime, utcnow
from kundengespraech.storage.ids import new_id

# Named constraints, so that migrations (batch mode on SQLite) can address them.
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

INTERVIEW_STATUSES = ("open", "finished")
CUSTOMER_STAGES = ("interessent", "neukunde", "stammkunde", "topkunde")
PROMISE_STATUSES = ("open", "done", "cancelled")

# JSON that stores Python ``None`` as SQL NULL (unknown), not as the JSON text ``null``.
NullableJSON = JSON(none_as_null=True)


class Base(DeclarativeBase):
    """Declarative base carrying the shared metadata and its naming convention."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: UTCDateTime(),
        uuid.UUID: Uuid(),
        dict[str, Any]: JSON(),
    }


class TrackedMixin:
    """Columns every synchronisable record carries: when and by whom it changed."""

    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    changed_by: Mapped[str | None] = mapped_column(String(200))


class SalespersonRow(TrackedMixin, Base):
    """A salesperson's profile; kept (``active`` off) when someone leaves, for the history."""

    __tablename__ = "salespeople"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(200))
    phone: Mapped[str] = mapped_column(String(100), default="")
    email: Mapped[str] = mapped_column(String(320), default="")
    branch: Mapped[str] = mapped_column(String(200), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class CustomerRow(TrackedMixin, Base):
    """A customer's contact data, relationship stage and the salesperson in charge."""

    __tablename__ = "customers"
    __table_args__ = (
        CheckConstraint(
            "stage IN ('interessent', 'neukunde', 'stammkunde', 'topkunde')", name="stage"
        ),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    salutation: Mapped[str] = mapped_column(String(50), default="")
    first_name: Mapped[str] = mapped_column(String(200), default="")
    last_name: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(320), default="")
    phone: Mapped[str] = mapped_column(String(100), default="")
    birthday: Mapped[date | None] = mapped_column(Date)
    language: Mapped[str] = mapped_column(String(20), default="de")
    stage: Mapped[str] = mapped_column(String(20), default="interessent")
    wish_customer: Mapped[bool] = mapped_column(Boolean, default=False)
    salesperson_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("salespeople.id", ondelete="SET NULL")
    )


class InterviewRow(TrackedMixin, Base):
    """One needs interview (Bedarfsgespräch); its answers are in ``interview_answers``."""

    __tablename__ = "interviews"
    __table_args__ = (
        CheckConstraint("status IN ('open', 'finished')", name="status"),
        Index(None, "updated_at"),
        Index(None, "customer_id"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    customer_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("customers.id", ondelete="SET NULL")
    )
    salesperson_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("salespeople.id", ondelete="SET NULL")
    )
    status: Mapped[str] = mapped_column(String(20), default="open")
    current_page: Mapped[str] = mapped_column(String(100), default="")
    salesperson: Mapped[str] = mapped_column(String(200), default="")
    next_step_text: Mapped[str] = mapped_column(Text, default="")
    next_step_due: Mapped[datetime | None] = mapped_column()
    finished_at: Mapped[datetime | None] = mapped_column()


class AnswerRow(Base):
    """One answered question of an interview; the value is any JSON value."""

    __tablename__ = "interview_answers"

    interview_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("interviews.id", ondelete="CASCADE"), primary_key=True
    )
    question_id: Mapped[str] = mapped_column(String(200), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)
    answered_at: Mapped[datetime] = mapped_column(default=utcnow)


class PromiseRow(TrackedMixin, Base):
    """A promise or appointment (call back, offer, test drive, care follow-up) with a due time."""

    __tablename__ = "promises"
    __table_args__ = (
        CheckConstraint("status IN ('open', 'done', 'cancelled')", name="status"),
        Index(None, "status", "due_at"),
        Index(None, "customer_id"),
        Index(None, "interview_id"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    customer_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE")
    )
    interview_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("interviews.id", ondelete="SET NULL")
    )
    salesperson_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("salespeople.id", ondelete="SET NULL")
    )
    kind: Mapped[str] = mapped_column(String(30))
    text: Mapped[str] = mapped_column(Text, default="")
    channel: Mapped[str] = mapped_column(String(20), default="")
    origin: Mapped[str] = mapped_column(String(20), default="manual")
    with_offer: Mapped[bool] = mapped_column(Boolean, default=False)
    due_at: Mapped[datetime] = mapped_column()
    status: Mapped[str] = mapped_column(String(20), default="open")
    done_at: Mapped[datetime | None] = mapped_column()


class RescheduleRow(TrackedMixin, Base):
    """One move of a promise to a new time, and whether the customer was told beforehand."""

    __tablename__ = "promise_reschedules"
    __table_args__ = (Index(None, "promise_id"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    promise_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("promises.id", ondelete="CASCADE"))
    old_due: Mapped[datetime] = mapped_column()
    new_due: Mapped[datetime] = mapped_column()
    customer_informed: Mapped[bool] = mapped_column(Boolean)
    note: Mapped[str] = mapped_column(Text, default="")


class ContactRow(TrackedMixin, Base):
    """A contact with a customer: call, e-mail, letter, visit, test drive, offer, sale, handover,
    sheet handed over, note."""

    __tablename__ = "contacts"
    __table_args__ = (Index(None, "customer_id"), Index(None, "interview_id"))

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    customer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    interview_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("interviews.id", ondelete="SET NULL")
    )
    salesperson_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("salespeople.id", ondelete="SET NULL")
    )
    kind: Mapped[str] = mapped_column(String(30))
    channel: Mapped[str] = mapped_column(String(20), default="")
    happened_at: Mapped[datetime] = mapped_column()
    text: Mapped[str] = mapped_column(Text, default="")


class ConsentRow(TrackedMixin, Base):
    """A customer's consent to one contact channel, with the wording shown; withdrawable."""

    __tablename__ = "consents"
    __table_args__ = (Index(None, "customer_id"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    customer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    channel: Mapped[str] = mapped_column(String(20))
    granted_at: Mapped[datetime] = mapped_column()
    wording: Mapped[str] = mapped_column(Text)
    withdrawn_at: Mapped[datetime | None] = mapped_column()


class CustomerChangeRow(TrackedMixin, Base):
    """History of what a salesperson changed about a customer: stage, Wunschkunde, hand-over."""

    __tablename__ = "customer_changes"
    __table_args__ = (Index(None, "customer_id"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    customer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    field: Mapped[str] = mapped_column(String(30))
    old_value: Mapped[str] = mapped_column(String(200), default="")
    new_value: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")


class CustomerMergeRow(TrackedMixin, Base):
    """Tombstone of a duplicate merged into another customer (ids only, no personal data)."""

    __tablename__ = "customer_merges"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    merged_id: Mapped[uuid.UUID] = mapped_column(unique=True)
    into_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))


class VehicleRow(Base):
    """One vehicle of the catalogue (contract 2); NULL means unknown.

    Free text has no length limit, so that any catalogue the importer accepts fits.
    """

    __tablename__ = "vehicles"
    __table_args__ = (
        # The catalogue browser's orders (by price; by make, model, variant), each ending with
        # the id, read straight from an index: no sorting of the whole table (migration 0003).
        Index(None, "price_eur", "id"),
        Index(None, "make", "model", "variant", "id"),
    )

    id: Mapped[str] = mapped_column(Text, primary_key=True)
    make: Mapped[str] = mapped_column(Text)
    model: Mapped[str] = mapped_column(Text)
    variant: Mapped[str] = mapped_column(Text, default="")
    body_type: Mapped[str] = mapped_column(String(20))
    condition: Mapped[str | None] = mapped_column(String(10))
    year: Mapped[int | None] = mapped_column(Integer)
    mileage_km: Mapped[int | None] = mapped_column(Integer)
    price_eur: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    seats: Mapped[int] = mapped_column(Integer)
    isofix: Mapped[int | None] = mapped_column(Integer)
    trunk_l: Mapped[int | None] = mapped_column(Integer)
    trunk_max_l: Mapped[int | None] = mapped_column(Integer)
    towing_kg: Mapped[int | None] = mapped_column(Integer)
    tow_bar: Mapped[str | None] = mapped_column(String(10))
    roof_rails: Mapped[bool | None] = mapped_column()
    powertrain: Mapped[str] = mapped_column(String(10))
    consumption_l_100km: Mapped[float | None] = mapped_column(Float)
    consumption_kwh_100km: Mapped[float | None] = mapped_column(Float)
    range_km: Mapped[int | None] = mapped_column(Integer)
    co2_g_km: Mapped[int | None] = mapped_column(Integer)
    power_kw: Mapped[int | None] = mapped_column(Integer)
    accel_0_100_s: Mapped[float | None] = mapped_column(Float)
    top_speed_kmh: Mapped[int | None] = mapped_column(Integer)
    awd: Mapped[bool | None] = mapped_column()
    ncap_stars: Mapped[int | None] = mapped_column(Integer)
    assist: Mapped[list[str] | None] = mapped_column(NullableJSON)
    length_mm: Mapped[int | None] = mapped_column(Integer)
    image: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    extra: Mapped[dict[str, Any]] = mapped_column(default=dict)
    imported_at: Mapped[datetime] = mapped_column(default=utcnow)


class CatalogueImportRow(Base):
    """One catalogue import; the newest row dates the catalogue in use."""

    __tablename__ = "catalogue_imports"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    source: Mapped[str] = mapped_column(Text)
    mode: Mapped[str] = mapped_column(String(10))
    imported_at: Mapped[datetime] = mapped_column(default=utcnow)
    vehicle_count: Mapped[int] = mapped_column(Integer)


class SettingRow(Base):
    """One setting (dealer profile and the like) as a JSON value under a key."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)


class MetaRow(Base):
    """Our mark inside the database (``app`` = ``kundengespraech``, ``format``); see file_mark."""

    __tablename__ = "kg_meta"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
