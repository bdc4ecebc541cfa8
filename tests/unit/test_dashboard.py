"""Dashboard figures checked against a known data set: pure function, then through the database."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from kundengespraech.domain.dashboard import (
    OFFER,
    SALE,
    TEST_DRIVE,
    ConversationFact,
    Filter,
    PromiseFact,
    RescheduleFact,
    Share,
    compute_figures,
    kept_on_time,
    named_needs,
)
from kundengespraech.domain.needs import NeedsProfile
from kundengespraech.services.app import AppServices, open_services
from kundengespraech.services.settings import DealerSettings, save_settings

ANNA = uuid.UUID(int=1)  # branch Nord
BERT = uuid.UUID(int=2)  # branch Süd
NOW = datetime(2026, 11, 23, 12, tzinfo=UTC)


def at(day: int, month: int = 11, hour: int = 10) -> datetime:
    return datetime(2026, month, day, hour, tzinfo=UTC)


# Three weeks of November 2026 (Mondays 2, 9, 16); conversation on the 23rd lies outside.
CONVERSATIONS = [
    ConversationFact(at(2), ANNA, "Nord", frozenset({TEST_DRIVE}), ("Kindersitze", "SUV")),
    ConversationFact(at(4), ANNA, "Nord", frozenset({TEST_DRIVE, OFFER, SALE}), ("Kindersitze",)),
    ConversationFact(at(5), BERT, "Süd", frozenset(), ("Anhänger ziehen",)),
    ConversationFact(at(10), BERT, "Süd", frozenset({OFFER}), ("Kindersitze", "Anhänger ziehen")),
    ConversationFact(at(20), ANNA, "Nord", frozenset(), ("Budgetgrenze",)),
    ConversationFact(at(23), ANNA, "Nord", frozenset({SALE}), ("SUV",)),
]
PROMISES = [
    PromiseFact(at(3), at(3, hour=9), ANNA, "Nord"),  # kept
    PromiseFact(at(6), at(7), ANNA, "Nord"),  # late
    PromiseFact(  # moved with the customer told in time, then kept
        at(12), at(12, hour=9), BERT, "Süd", (RescheduleFact(at(8), at(9), True),)
    ),
    PromiseFact(  # moved without telling the customer
        at(13), at(13, hour=9), BERT, "Süd", (RescheduleFact(at(10), at(9), True),)
    ),
    PromiseFact(at(14), None, BERT, "Süd"),  # overdue, never done
    PromiseFact(at(25), None, ANNA, "Nord"),  # not yet due: not counted
]
NOVEMBER = Filter(date(2026, 11, 1), date(2026, 11, 22))


def test_conversations_per_week_outcomes_and_needs() -> None:
    figures = compute_figures(CONVERSATIONS, PROMISES, NOVEMBER, NOW)
    assert figures.weeks == (
        (date(2026, 10, 26), 0),
        (date(2026, 11, 2), 3),
        (date(2026, 11, 9), 1),
        (date(2026, 11, 16), 1),
    )
    assert figures.conversations == 5
    assert dict(figures.outcomes) == {
        TEST_DRIVE: Share(2, 5),
        OFFER: Share(2, 5),
        SALE: Share(1, 5),
    }
    assert figures.top_needs == (
        ("Kindersitze", 3),
        ("Anhänger ziehen", 2),
        ("Budgetgrenze", 1),
        ("SUV", 1),
    )


def test_promises_kept_on_time() -> None:
    figures = compute_figures(CONVERSATIONS, PROMISES, NOVEMBER, NOW)
    assert figures.promises_kept == Share(2, 5)
    assert figures.promises_kept.percent == 40.0


def test_a_move_counts_as_kept_only_when_the_customer_was_told_before_the_old_date() -> None:
    assert kept_on_time(PROMISES[2])
    assert not kept_on_time(PROMISES[3])
    untold = PromiseFact(
        at(12), at(12, hour=9), BERT, "Süd", (RescheduleFact(at(8), at(9), False),)
    )
    assert not kept_on_time(untold)


def test_per_salesperson_and_per_branch() -> None:
    anna = compute_figures(CONVERSATIONS, PROMISES, Filter(NOVEMBER.start, NOVEMBER.end, ANNA), NOW)
    assert anna.conversations == 3
    assert dict(anna.outcomes)[SALE] == Share(1, 3)
    assert anna.promises_kept == Share(1, 2)
    south = compute_figures(
        CONVERSATIONS, PROMISES, Filter(NOVEMBER.start, NOVEMBER.end, branch="Süd"), NOW
    )
    assert south.conversations == 2
    assert south.promises_kept == Share(1, 3)
    assert south.top_needs[0] == ("Anhänger ziehen", 2)


def test_an_empty_period_has_no_percentages() -> None:
    figures = compute_figures([], [], Filter(date(2026, 1, 5), date(2026, 1, 11)), NOW)
    assert figures.conversations == 0
    assert all(share.percent is None for _, share in figures.outcomes)
    assert figures.promises_kept.percent is None
    assert figures.weeks == ((date(2026, 1, 5), 0),)


def test_named_needs_from_a_profile() -> None:
    profile = NeedsProfile(child_seats=2, towing_kg=1500, must_have=frozenset({"tow_bar"}))
    assert named_needs(profile) == ("Kindersitze", "Anhänger ziehen", "Anhängerkupplung")


# --- the same through the database -------------------------------------------------------


@pytest.fixture
def services(tmp_path: Path) -> Iterator[AppServices]:
    app = open_services(f"sqlite:///{tmp_path / 'dash.db'}")
    yield app
    app.close()


def test_dashboard_service_counts_conversations_outcomes_and_needs(services: AppServices) -> None:
    save_settings(services.db, DealerSettings(salesperson_name="Anna Albers", branch="Nord"))
    first = services.interviews.start(salesperson="Anna Albers").id
    services.interviews.answer(first, "customer.first_name", "Eva")
    services.interviews.answer(first, "customer.last_name", "Ernst")
    services.interviews.answer(first, "household.adults", 2)
    services.interviews.answer(first, "household.children_count", 2)
    services.interviews.answer(first, "household.children_ages", [3, 6])
    second = services.interviews.start(salesperson="Anna Albers").id
    services.interviews.answer(second, "household.adults", 1)
    customer = services.customers.propose_link(first).customer_id
    assert customer is not None
    due = datetime.now(UTC) + timedelta(days=2)
    services.promises.promise("test_drive", due, interview_id=first)
    services.customers.record_contact(customer, "sale")
    today = date.today()
    figures = services.dashboard.figures(Filter(today - timedelta(days=6), today))
    assert figures.conversations == 2
    assert dict(figures.outcomes) == {
        TEST_DRIVE: Share(1, 2),
        OFFER: Share(0, 2),
        SALE: Share(1, 2),
    }
    assert ("Kindersitze", 1) in figures.top_needs
    anna = services.salespeople.find("Anna Albers")
    assert anna is not None and anna.branch == "Nord"
    other = services.dashboard.figures(Filter(today - timedelta(days=6), today, branch="Süd"))
    assert other.conversations == 0


def test_a_golfer_is_not_counted_as_a_dog_owner() -> None:
    from kundengespraech.domain.needs import derive_needs

    golfer = derive_needs({"household.adults": 2, "hobbies": ["golf"]})
    dog = derive_needs({"household.adults": 2, "pets.dogs": ["large"]})
    assert "Platz für den Hund" not in named_needs(golfer)
    assert "Platz im Kofferraum für ein Hobby" in named_needs(golfer)
    assert "Platz für den Hund" in named_needs(dog)
    compact = NeedsProfile(body_types=frozenset({"compact"}))
    assert named_needs(compact) == ("Kompaktwagen",)  # the catalogue's word, not "Kompaktklasse"
