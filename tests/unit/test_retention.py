"""Retention: customers without activity for N years are proposed for review (boundaries too)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import update

from kundengespraech.domain.consent import PHONE
from kundengespraech.domain.retention import (
    DEFAULT_RETENTION_YEARS,
    due_for_review,
    retention_cutoff,
)
from kundengespraech.services.app import AppServices, open_services
from kundengespraech.services.settings import retention_years, set_retention_years
from kundengespraech.storage.models import (
    ConsentRow,
    ContactRow,
    CustomerChangeRow,
    CustomerRow,
    InterviewRow,
    PromiseRow,
)

LONG_AGO = datetime(2015, 1, 1, 12, tzinfo=UTC)
NOW = datetime(2025, 6, 1, 12, tzinfo=UTC)
RECENT = datetime(2023, 1, 1, 12, tzinfo=UTC)  # within 3 years of NOW


@pytest.fixture
def app(tmp_path: Path) -> Iterator[AppServices]:
    services = open_services(f"sqlite:///{tmp_path / 'retention.db'}")
    yield services
    services.close()


def customer(app: AppServices, last_name: str) -> uuid.UUID:
    """A customer whose record and conversation date from LONG_AGO."""
    interview_id = app.interviews.start(salesperson="Max").id
    app.interviews.answer(interview_id, "customer.last_name", last_name)
    customer_id = app.customers.link(interview_id, None)
    backdate(app, CustomerRow, CustomerRow.id == customer_id, created_at=LONG_AGO)
    backdate(
        app, InterviewRow, InterviewRow.id == interview_id, created_at=LONG_AGO, updated_at=LONG_AGO
    )
    return customer_id


def backdate(app: AppServices, table, where, **values) -> None:
    with app.db.session() as session:
        session.execute(update(table).where(where).values(**values))


def due(app: AppServices, now: datetime = NOW, years: int = 3) -> list[str]:
    return [a.name for a in app.privacy.due_for_review(now, years)]


def test_the_cutoff_is_the_same_moment_n_calendar_years_earlier() -> None:
    assert retention_cutoff(NOW, 3) == datetime(2022, 6, 1, 12, tzinfo=UTC)
    leap = datetime(2024, 2, 29, 8, tzinfo=UTC)
    assert retention_cutoff(leap, 1) == datetime(2023, 2, 28, 8, tzinfo=UTC)
    cutoff = retention_cutoff(NOW, 3)
    assert due_for_review(cutoff - timedelta(microseconds=1), NOW, 3)
    assert not due_for_review(cutoff, NOW, 3)
    for bad in (0, 31, -1, True, 2.5):
        with pytest.raises(ValueError):
            retention_cutoff(NOW, bad)  # type: ignore[arg-type]


def test_customers_at_the_boundary(app) -> None:
    cutoff = retention_cutoff(NOW, 3)
    before, at, after = (customer(app, name) for name in ("Davor", "Genau", "Danach"))
    for customer_id, moment in (
        (before, cutoff - timedelta(seconds=1)),
        (at, cutoff),
        (after, cutoff + timedelta(seconds=1)),
    ):
        app.customers.record_contact(customer_id, "visit", moment, text="im Autohaus")
    assert due(app) == ["Davor"]
    (found,) = app.privacy.due_for_review(NOW, 3)
    assert found.customer_id == before and found.last_activity == cutoff - timedelta(seconds=1)
    # One second later the customer contacted exactly at the cutoff is due as well.
    assert due(app, NOW + timedelta(seconds=1)) == ["Davor", "Genau"]
    assert due(app, NOW, years=10) == []


def test_every_kind_of_activity_counts_and_internal_changes_do_not(app) -> None:
    nothing = customer(app, "Nichts")
    talk = customer(app, "Gespräch")
    backdate(app, InterviewRow, InterviewRow.customer_id == talk, updated_at=RECENT)
    contact = customer(app, "Kontakt")
    app.customers.record_contact(contact, "visit", LONG_AGO)
    backdate(app, ContactRow, ContactRow.customer_id == contact, happened_at=RECENT)
    promised = customer(app, "Zusage")
    app.promises.promise("appointment", RECENT, customer_id=promised)
    backdate(app, PromiseRow, PromiseRow.customer_id == promised, created_at=LONG_AGO)
    cancelled = customer(app, "Abgesagt")
    promise_id = app.promises.promise("appointment", RECENT, customer_id=cancelled)
    app.promises.cancel(promise_id)
    backdate(app, PromiseRow, PromiseRow.customer_id == cancelled, created_at=LONG_AGO)
    consent = customer(app, "Widerruf")
    app.customers.record_consent(consent, PHONE)
    app.customers.withdraw_consent(consent, PHONE)
    backdate(app, ConsentRow, ConsentRow.customer_id == consent, granted_at=LONG_AGO,
             withdrawn_at=RECENT)  # fmt: skip
    stage = customer(app, "Stufe")
    app.customers.set_stage(stage, "neukunde")
    backdate(app, CustomerChangeRow, CustomerChangeRow.customer_id == stage, created_at=RECENT)
    wish = customer(app, "Wunsch")
    app.customers.set_wish_customer(wish, True)
    backdate(app, CustomerChangeRow, CustomerChangeRow.customer_id == wish, created_at=RECENT)
    assert nothing and sorted(due(app)) == ["Abgesagt", "Nichts", "Wunsch"]
    assert sorted(due(app, NOW + timedelta(days=3 * 366))) == sorted(
        ["Abgesagt", "Nichts", "Wunsch", "Gespräch", "Kontakt", "Zusage", "Widerruf", "Stufe"]
    )


def test_a_new_customer_is_not_due_and_erasure_from_the_list_works(app) -> None:
    old = customer(app, "Alt")
    app.interviews.start(salesperson="Max")  # someone else's conversation, unrelated
    fresh = app.customers.link(app.interviews.start(salesperson="Max").id, None)
    assert fresh is not None
    assert due(app, datetime.now(UTC)) == ["Alt"]
    app.privacy.erase(old)
    assert due(app, datetime.now(UTC)) == []


def test_the_setting_defaults_and_is_checked(app) -> None:
    assert retention_years(app.db) == DEFAULT_RETENTION_YEARS == 3
    set_retention_years(app.db, 5)
    assert retention_years(app.db) == 5
    with pytest.raises(ValueError):
        set_retention_years(app.db, 0)
    assert retention_years(app.db) == 5
