"""No contact without consent: random consent histories against every contact path.

Each example builds a customer (with a linked conversation), applies a random history of
grants and withdrawals per channel, then tries every path that contacts the customer on every
channel: a promise by customer, a promise by conversation, a logged contact, completing a
promise made while consent was given, the suggested birthday greeting (and accepting it), and
the calendar entry of every open promise. What the database holds afterwards is compared with
what the history allows: nothing more (no contact without consent) and nothing less (the gate
does not simply refuse everything).
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from icalendar import Calendar
from sqlalchemy import func, select

from kundengespraech.domain.consent import (
    CHANNEL_NAMES,
    CONSENT_CHANNELS,
    EMAIL,
    IN_PERSON,
    PHONE,
    POST,
)
from kundengespraech.domain.followups import DEFAULT_CHANNELS
from kundengespraech.services.app import AppServices, open_services
from kundengespraech.services.promises import ContactBlockedError
from kundengespraech.services.settings import DealerSettings, save_settings
from kundengespraech.storage.models import ContactRow, PromiseRow
from tests.reliability.conftest import scaled

# KUNDENGESPRAECH_CONSENT_HISTORIES=N sets the count, e.g. to split a long run over processes
# with different --hypothesis-seed values.
HISTORIES = int(os.environ.get("KUNDENGESPRAECH_CONSENT_HISTORIES") or scaled(100, 10_000))
CONTACT_KIND = {PHONE: "call", EMAIL: "email", POST: "letter", IN_PERSON: "visit"}

histories = st.lists(
    st.tuples(st.sampled_from(CONSENT_CHANNELS), st.sampled_from(("grant", "withdraw"))),
    max_size=8,
)


class Databases:
    """A fresh database every ``EXAMPLES_PER_DATABASE`` examples, so that the agenda over all
    customers stays small in a long run of 10,000 histories."""

    EXAMPLES_PER_DATABASE = 50

    def __init__(self, folder: Path) -> None:
        self._folder = folder
        self._services: AppServices | None = None
        self._uses = 0

    def next(self) -> AppServices:
        if self._services is None or self._uses >= self.EXAMPLES_PER_DATABASE:
            self.close()
            path = self._folder / f"consent-{uuid.uuid4().hex[:8]}.db"
            self._services = open_services(f"sqlite:///{path}")
            save_settings(
                self._services.db, DealerSettings(salesperson_name="Anna Albers", branch="Nord")
            )
            self._uses = 0
        self._uses += 1
        return self._services

    def close(self) -> None:
        if self._services is not None:
            self._services.close()
            self._services = None


@pytest.fixture(scope="module")
def databases(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Databases]:
    holder = Databases(tmp_path_factory.mktemp("consent"))
    yield holder
    holder.close()


def _count(app: AppServices, table: type, customer_id: object, channel: str) -> int:
    with app.db.session() as session:
        return int(
            session.scalar(
                select(func.count())
                .select_from(table)
                .where(table.customer_id == customer_id, table.channel == channel)
            )
            or 0
        )


def _attempt(action: Callable[..., object], *args: object, **kwargs: object) -> bool:
    try:
        action(*args, **kwargs)
    except ContactBlockedError:
        return False
    return True


@settings(
    max_examples=HISTORIES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(history=histories, early_grants=st.sets(st.sampled_from(CONSENT_CHANNELS)))
def test_no_contact_path_reaches_a_customer_without_consent(databases, history, early_grants):
    app = databases.next()
    interview_id = app.interviews.start(salesperson="Anna Albers").id
    tomorrow = date.today() + timedelta(days=1)
    birthday = date(1984, tomorrow.month, tomorrow.day).isoformat()  # a leap year: 29 Feb too
    answers = (("first_name", "Eva"), ("last_name", "Gate"), ("email", "e@x.de"),
               ("birthday", birthday))  # fmt: skip
    for key, value in answers:
        assert app.interviews.answer(interview_id, f"customer.{key}", value) is None
    customer = app.customers.link(interview_id, None)
    due = datetime.now(UTC).replace(microsecond=0) + timedelta(days=2)
    # Promises made while consent was given, to be completed after the history.
    early: dict[str, object] = {}
    for channel in sorted(early_grants):
        app.customers.record_consent(customer, channel)
        early[channel] = app.promises.promise(
            "call_back", due, customer_id=customer, channel=channel
        )
    state = dict.fromkeys(CONSENT_CHANNELS, False) | dict.fromkeys(early_grants, True)
    for channel, op in history:
        if op == "grant":
            app.customers.record_consent(customer, channel)
            state[channel] = True
        else:
            app.customers.withdraw_consent(customer, channel)
            state[channel] = False
    for channel in (*CONSENT_CHANNELS, IN_PERSON):
        allowed = state.get(channel, True)
        promises_before = _count(app, PromiseRow, customer, channel)
        contacts_before = _count(app, ContactRow, customer, channel)
        outcomes = [
            _attempt(app.promises.promise, "call_back", due, customer_id=customer, channel=channel),
            _attempt(
                app.promises.promise, "call_back", due, interview_id=interview_id, channel=channel
            ),
        ]
        made = _count(app, PromiseRow, customer, channel) - promises_before
        contact = _attempt(
            app.customers.record_contact, customer, CONTACT_KIND[channel], channel=channel
        )
        logged = _count(app, ContactRow, customer, channel) - contacts_before
        assert outcomes == [allowed, allowed], (channel, history)
        assert made == (2 if allowed else 0), (channel, history)
        assert contact is allowed and logged == (1 if allowed else 0), (channel, history)
        if channel in early:
            completed = _attempt(app.promises.done, early[channel])
            assert completed is allowed, (channel, history)
            assert (app.promises.get(early[channel]).done_at is not None) is allowed
    _check_care_suggestion(app, customer, state)
    _check_calendar(app, customer, state)


def _check_care_suggestion(app: AppServices, customer: object, state: dict[str, bool]) -> None:
    """The birthday greeting is suggested on a consented channel only, and accepting a blocked
    suggestion is refused."""
    (greeting,) = [s for s in app.promises.agenda().suggestions if s.customer_id == customer]
    possible = [c for c in DEFAULT_CHANNELS[greeting.kind] if state[c]]
    assert greeting.channel == (possible[0] if possible else None)
    assert bool(greeting.blocked) is not possible
    before = _count(app, PromiseRow, customer, greeting.channel or "")
    assert _attempt(app.promises.accept, greeting) is bool(possible)
    made = _count(app, PromiseRow, customer, greeting.channel or "") - before
    assert made == (1 if possible else 0)


def _check_calendar(app: AppServices, customer: object, state: dict[str, bool]) -> None:
    """A calendar entry names a channel only where consent is in force; else "Nicht
    kontaktieren"."""
    for record in app.promises.for_customer(customer):  # type: ignore[arg-type]
        if record.done_at is not None:
            continue
        (event,) = Calendar.from_ical(app.calendar.export_one(record.id)).walk("VEVENT")
        text = str(event.get("description", "")) + str(event.get("summary"))
        allowed = state.get(record.channel, True)
        assert ("Nicht kontaktieren" in text) is not allowed, (record.channel, text)
        if record.channel:
            assert (f"Kanal: {CHANNEL_NAMES[record.channel]}" in text) is allowed
