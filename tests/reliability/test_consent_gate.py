"""No contact without consent: random consent histories against every contact path.

Each example builds a customer (with a linked conversation), applies a random history of
grants and withdrawals per channel, then tries every path that contacts the customer on every
channel: a promise by customer, a promise by conversation, a logged contact, and completing a
promise made while consent was given. What the database holds afterwards is compared with
what the history allows: nothing more (no contact without consent) and nothing less (the gate
does not simply refuse everything).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from kundengespraech.domain.consent import CONSENT_CHANNELS, EMAIL, IN_PERSON, PHONE, POST
from kundengespraech.services.app import AppServices, open_services
from kundengespraech.services.promises import ContactBlockedError
from kundengespraech.services.settings import DealerSettings, save_settings
from kundengespraech.storage.models import ContactRow, PromiseRow
from tests.reliability.conftest import scaled

HISTORIES = scaled(150, 10_000)
CONTACT_KIND = {PHONE: "call", EMAIL: "email", POST: "letter", IN_PERSON: "visit"}

histories = st.lists(
    st.tuples(st.sampled_from(CONSENT_CHANNELS), st.sampled_from(("grant", "withdraw"))),
    max_size=8,
)


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[AppServices]:
    path: Path = tmp_path_factory.mktemp("consent") / "consent.db"
    services = open_services(f"sqlite:///{path}")
    save_settings(services.db, DealerSettings(salesperson_name="Anna Albers", branch="Nord"))
    yield services
    services.close()


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
def test_no_contact_path_reaches_a_customer_without_consent(app, history, early_grants):
    interview_id = app.interviews.start(salesperson="Anna Albers").id
    for key, value in (("first_name", "Eva"), ("last_name", "Gate"), ("email", "e@x.de")):
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
