"""Customers, salespeople and promises in the database: link, merge, hand-over, consent, delete."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kundengespraech.domain.care.people import ContactData, normal_phone, same_person
from kundengespraech.domain.consent import EMAIL, PHONE
from kundengespraech.domain.followups import CareRuleError
from kundengespraech.services.app import AppServices, open_services
from kundengespraech.services.promises import ContactBlockedError
from kundengespraech.services.settings import DealerSettings, save_settings
from kundengespraech.services.timeline import customer_timeline
from kundengespraech.storage import customers as store
from kundengespraech.storage.models import (
    AnswerRow,
    ContactRow,
    CustomerMergeRow,
    CustomerRow,
    InterviewRow,
    PromiseRow,
)


@pytest.fixture
def app(tmp_path: Path) -> Iterator[AppServices]:
    services = open_services(f"sqlite:///{tmp_path / 'care.db'}")
    save_settings(services.db, DealerSettings(salesperson_name="Anna Albers", branch="Nord"))
    yield services
    services.close()


def conversation(app: AppServices, first: str, last: str, phone: str = "", email: str = ""):
    interview_id = app.interviews.start(salesperson="Anna Albers").id
    for key, value in (("first_name", first), ("last_name", last), ("phone", phone),
                       ("email", email)):  # fmt: skip
        if value:
            assert app.interviews.answer(interview_id, f"customer.{key}", value) is None
    return interview_id


def count(app: AppServices, table, **where) -> int:
    with app.db.session() as session:
        query = select(func.count()).select_from(table)
        for name, value in where.items():
            query = query.where(getattr(table, name) == value)
        return int(session.scalar(query) or 0)


def soon(days: int = 1) -> datetime:
    return datetime.now(UTC).replace(microsecond=0) + timedelta(days=days)


# --- matching and linking ----------------------------------------------------------------


def test_same_person_needs_the_name_and_a_phone_or_email() -> None:
    anna = ContactData(first_name="Anna", last_name="Berger", phone="+49 89 1234567")
    assert same_person(
        anna, ContactData(first_name="anna", last_name="BERGER", phone="089/1234567")
    )
    assert same_person(
        ContactData(first_name="Anna", last_name="Berger", email="A@x.de"),
        ContactData(first_name="Anna", last_name="Berger", email="a@x.de "),
    )
    assert not same_person(anna, ContactData(first_name="Anna", last_name="Berger"))
    assert not same_person(
        anna, ContactData(first_name="Eva", last_name="Berger", phone=anna.phone)
    )
    assert normal_phone("0049 89 1") == normal_phone("089 1")


def test_a_new_customer_is_created_and_the_conversation_records_who_held_it(app) -> None:
    interview_id = conversation(app, "Anna", "Berger", phone="089 1234567")
    proposal = app.customers.propose_link(interview_id)
    assert proposal.linked and proposal.created and proposal.customer_id is not None
    customer = app.customers.get(proposal.customer_id)
    assert customer.name == "Anna Berger"
    assert customer.stage == "interessent"
    assert customer.salesperson_name == "Anna Albers"
    with app.db.session() as session:
        row = session.get(InterviewRow, interview_id)
        assert row is not None and row.salesperson_id == customer.salesperson_id


def test_a_returning_customer_is_offered_discreetly_not_linked_silently(app) -> None:
    first = conversation(app, "Anna", "Berger", phone="089 1234567")
    known = app.customers.propose_link(first).customer_id
    second = conversation(app, "Anna", "Berger", phone="+49 89 1234567")
    proposal = app.customers.propose_link(second)
    assert not proposal.linked
    assert proposal.match is not None
    assert proposal.match.customer_id == known
    assert proposal.match.conversations == 1
    assert app.customers.link(second, known) == known
    assert count(app, InterviewRow, customer_id=known) == 2
    assert count(app, CustomerRow) == 1


def test_no_name_no_customer(app) -> None:
    interview_id = app.interviews.start().id
    assert app.customers.propose_link(interview_id).linked is False
    assert count(app, CustomerRow) == 0


def test_the_next_step_becomes_the_conversations_promise(app) -> None:
    interview_id = conversation(app, "Anna", "Berger", phone="089 1111111")
    app.interviews.set_next_step(interview_id, "Probefahrt Kombi", soon(2))
    app.interviews.set_next_step(interview_id, "Probefahrt Kombi mit Anhänger", soon(3))
    (promise,) = app.promises.open_promises()
    assert promise.text == "Probefahrt Kombi mit Anhänger"
    assert promise.due == soon(3)
    assert promise.customer_name == "Anna Berger"  # from the answers, before linking
    customer = app.customers.propose_link(interview_id).customer_id
    assert app.promises.get(promise.id).customer_id == customer
    app.interviews.set_next_step(interview_id, "", None)
    assert app.promises.open_promises() == []


# --- merge and hand-over: no history lost ------------------------------------------------


def test_merge_keeps_every_conversation_promise_contact_consent_and_change(app) -> None:
    first = conversation(app, "Anna", "Berger", phone="089 1234567")
    keep = app.customers.link(first, None)
    second = conversation(app, "Anna", "Berger", phone="089 1234567", email="anna@example.org")
    duplicate = app.customers.link(second, None)  # the salesperson said "new" at the time
    app.promises.promise("call_back", soon(), customer_id=duplicate, channel="")
    app.interviews.set_next_step(second, "Angebot schicken", soon(2))
    app.customers.record_contact(duplicate, "visit", text="Kam mit Hund vorbei")
    app.customers.record_consent(duplicate, EMAIL)
    app.customers.set_stage(duplicate, "neukunde")
    app.customers.set_wish_customer(duplicate, True)
    assert [g[0].id for g in app.customers.duplicates()] == [keep]
    before = len(customer_timeline(app.db, keep)) + len(customer_timeline(app.db, duplicate))

    app.customers.merge(keep, duplicate)

    assert count(app, CustomerRow) == 1
    assert count(app, InterviewRow, customer_id=keep) == 2
    assert count(app, PromiseRow, customer_id=keep) == 2
    assert count(app, ContactRow, customer_id=keep) == 1
    merged = app.customers.get(keep)
    assert merged.contact.email == "anna@example.org"  # taken over, it was missing
    assert merged.stage == "neukunde" and merged.wish_customer
    assert [c.consent.channel for c in app.customers.consents(keep)] == [EMAIL]
    timeline = customer_timeline(app.db, keep)
    assert len(timeline) >= before + 1  # everything, plus the merge itself
    assert any("zusammengeführt" in e.title for e in timeline)
    with app.db.session() as session:
        tombstone = session.scalars(select(CustomerMergeRow)).one()
        assert (tombstone.merged_id, tombstone.into_id) == (duplicate, keep)
    assert app.customers.duplicates() == []


def test_hand_over_moves_responsibility_and_open_promises_and_keeps_history(app) -> None:
    interview_id = conversation(app, "Anna", "Berger", phone="089 1111111")
    customer = app.customers.link(interview_id, None)
    anna = app.salespeople.current().salesperson_id
    bert = app.salespeople.add("Bert Brandt", "+49 30 2", "bert@autohaus.de", "Süd")
    open_one = app.promises.promise("call_back", soon(), customer_id=customer)
    done_one = app.promises.promise("send_offer", soon(), customer_id=customer)
    app.promises.done(done_one)
    app.customers.record_contact(customer, "call", channel="")

    app.customers.hand_over(customer, bert, note="Urlaubsvertretung")

    record = app.customers.get(customer)
    assert record.salesperson_id == bert and record.salesperson_name == "Bert Brandt"
    assert app.promises.get(open_one).salesperson_id == bert
    assert app.promises.get(done_one).salesperson_id == anna  # done by Anna, stays so
    with app.db.session() as session:
        assert session.get(InterviewRow, interview_id).salesperson_id == anna
    (change,) = [c for c in app.customers.history(customer) if c.field == store.OWNER]
    assert change.note == "Urlaubsvertretung" and change.by == "Anna Albers"
    titles = [e.title for e in customer_timeline(app.db, customer)]
    assert "Übergeben: Anna Albers → Bert Brandt" in titles
    assert any(t.startswith("Beratungsgespräch") for t in titles)


def test_stage_and_wish_customer_changes_have_a_history(app) -> None:
    customer = app.customers.link(conversation(app, "Anna", "Berger", phone="089 1111111"), None)
    app.customers.set_stage(customer, "neukunde", note="Kaufvertrag")
    app.customers.set_stage(customer, "stammkunde")
    app.customers.set_wish_customer(customer, True)
    app.customers.set_stage(customer, "stammkunde")  # no change, no entry
    history = app.customers.history(customer)
    assert [(h.field, h.old_value, h.new_value) for h in history] == [
        ("stage", "interessent", "neukunde"),
        ("stage", "neukunde", "stammkunde"),
        ("wish_customer", "False", "True"),
    ]
    assert history[0].note == "Kaufvertrag" and history[0].by == "Anna Albers"
    with pytest.raises(ValueError):
        app.customers.set_stage(customer, "vip")


# --- promises: consent gating, offers, reschedule ----------------------------------------


def test_a_promise_on_a_channel_without_consent_is_blocked(app) -> None:
    customer = app.customers.link(conversation(app, "Anna", "Berger", phone="089 1111111"), None)
    with pytest.raises(ContactBlockedError, match="kein Einverständnis"):
        app.promises.promise("call_back", soon(), customer_id=customer, channel=PHONE)
    app.customers.record_consent(customer, PHONE)
    app.promises.promise("call_back", soon(), customer_id=customer, channel=PHONE)
    app.customers.withdraw_consent(customer, PHONE)
    with pytest.raises(ContactBlockedError, match="widerrufen"):
        app.promises.promise("call_back", soon(2), customer_id=customer, channel=PHONE)
    # The open promise made while consent was given is flagged in the Wiedervorlage.
    (item,) = app.promises.agenda().upcoming
    assert "widerrufen" in item.blocked
    (record,) = app.customers.consents(customer)
    assert record.consent.withdrawn_at is not None and "telefonisch" in record.consent.wording


def test_no_offer_on_a_birthday_greeting(app) -> None:
    customer = app.customers.link(conversation(app, "Anna", "Berger", phone="089 1111111"), None)
    app.customers.record_consent(customer, EMAIL)
    with pytest.raises(CareRuleError, match="Gruß"):
        app.promises.promise(
            "birthday_greeting", soon(), customer_id=customer, channel=EMAIL, with_offer=True
        )
    greeting = app.promises.promise(
        "birthday_greeting", soon(), customer_id=customer, channel=EMAIL
    )
    with pytest.raises(CareRuleError):
        app.promises.attach_offer(greeting)
    assert app.promises.get(greeting).with_offer is False


def test_reschedule_records_whether_the_customer_was_told(app) -> None:
    customer = app.customers.link(conversation(app, "Anna", "Berger", phone="089 1111111"), None)
    promise = app.promises.promise("test_drive", soon(1), customer_id=customer)
    app.promises.reschedule(promise, soon(3), customer_informed=True, note="Auto in Werkstatt")
    app.promises.reschedule(promise, soon(4), customer_informed=False)
    record = app.promises.get(promise)
    assert record.due == soon(4)
    assert [(m.old_due, m.new_due, m.customer_informed) for m in record.reschedules] == [
        (soon(1), soon(3), True),
        (soon(3), soon(4), False),
    ]
    assert record.reschedules[0].note == "Auto in Werkstatt"
    app.promises.done(promise)
    with pytest.raises(ValueError):
        app.promises.reschedule(promise, soon(5), customer_informed=True)


# --- deletion ----------------------------------------------------------------------------


def test_deleting_a_customer_erases_everything_about_them(app) -> None:
    interview_id = conversation(app, "Anna", "Berger", phone="089 1111111")
    customer = app.customers.link(interview_id, None)
    app.interviews.set_next_step(interview_id, "Rückruf", soon())
    app.customers.record_contact(customer, "call")
    app.customers.record_consent(customer, PHONE)
    app.customers.set_stage(customer, "neukunde")
    other = conversation(app, "Eva", "Ernst", phone="089 2222222")
    app.privacy.erase(customer)
    assert count(app, CustomerRow) == 0
    assert count(app, InterviewRow) == 1  # only Eva's
    assert count(app, AnswerRow, interview_id=interview_id) == 0
    assert count(app, PromiseRow) == 0
    assert count(app, ContactRow) == 0
    assert app.interviews.resume(other).answers["customer.first_name"] == "Eva"


def test_search_finds_by_name_phone_and_email(app) -> None:
    app.customers.link(conversation(app, "Anna", "Berger", phone="089 1234567"), None)
    app.customers.link(conversation(app, "Eva", "Ernst", email="eva@example.org"), None)
    assert [c.name for c in app.customers.search("berg")] == ["Anna Berger"]
    assert [c.name for c in app.customers.search("1234")] == ["Anna Berger"]
    assert [c.name for c in app.customers.search("EXAMPLE")] == ["Eva Ernst"]
    assert [c.name for c in app.customers.search("")] == ["Anna Berger", "Eva Ernst"]


def test_deleting_a_conversation_takes_its_next_step_but_not_the_customers_promises(app) -> None:
    interview_id = conversation(app, "Anna", "Berger", phone="089 1111111")
    customer = app.customers.link(interview_id, None)
    app.interviews.set_next_step(interview_id, "Probefahrt", soon())
    call = app.promises.promise("call_back", soon(2), customer_id=customer)
    assert app.promises.get(call).interview_id == interview_id  # counts for that conversation
    app.interviews.delete(interview_id)
    (left,) = app.promises.open_promises()
    assert left.id == call and left.interview_id is None and left.customer_id == customer


def test_the_wiedervorlage_shows_my_promises_and_unassigned_ones(app) -> None:
    anna_customer = app.customers.link(
        conversation(app, "Anna", "Berger", phone="089 1111111"), None
    )
    mine = app.promises.promise("call_back", soon(), customer_id=anna_customer)
    save_settings(app.db, DealerSettings(salesperson_name="Bert Brandt"))
    eva = app.customers.link(conversation(app, "Eva", "Ernst", phone="089 2222222"), None)
    berts = app.promises.promise("call_back", soon(), customer_id=eva)
    save_settings(app.db, DealerSettings(salesperson_name=""))
    nobodys = app.promises.promise("call_back", soon(), customer_id=eva)
    save_settings(app.db, DealerSettings(salesperson_name="Anna Albers"))
    shown = {item.promise.id for item in app.promises.my_agenda().upcoming}
    assert shown == {mine, nobodys}
    assert {i.promise.id for i in app.promises.agenda().upcoming} == {mine, berts, nobodys}
    app.promises.set_checkin_months(6)
    assert app.promises.rules().checkin_months == 6


def test_a_promise_by_conversation_is_gated_by_the_linked_customers_consent(app) -> None:
    interview_id = conversation(app, "Anna", "Berger", email="anna@example.org")
    customer = app.customers.link(interview_id, None)
    with pytest.raises(ContactBlockedError, match="kein Einverständnis"):
        app.promises.promise("call_back", soon(), interview_id=interview_id, channel=EMAIL)
    assert count(app, PromiseRow, customer_id=customer) == 0
    app.customers.record_consent(customer, EMAIL)
    app.promises.promise("call_back", soon(), interview_id=interview_id, channel=EMAIL)
    assert count(app, PromiseRow, customer_id=customer) == 1


def test_done_on_a_promise_whose_consent_was_withdrawn_is_refused(app) -> None:
    customer = app.customers.link(conversation(app, "Anna", "Berger", phone="089 2222222"), None)
    app.customers.record_consent(customer, PHONE)
    promise_id = app.promises.promise("call_back", soon(), customer_id=customer, channel=PHONE)
    app.customers.withdraw_consent(customer, PHONE)
    with pytest.raises(ContactBlockedError, match="widerrufen"):
        app.promises.done(promise_id)
    assert app.promises.get(promise_id).done_at is None


def test_phone_numbers_are_compared_in_their_international_form() -> None:
    # Austria and Switzerland fold like Germany did (only +49 was folded before).
    assert normal_phone("+43 1 234567") == normal_phone("0043 1 234567") == "+431234567"
    assert normal_phone("+41 44 668 18 00") == normal_phone("0041 44 6681800")
    assert normal_phone("089 1234567") == normal_phone("+49 (89) 123 45 67") == "+49891234567"
    # A number of another country is not the German number with the same digits.
    assert normal_phone("+43 89 1234567") != normal_phone("089 1234567")
    assert normal_phone("") == "" and normal_phone("keine") == ""
    anna = ContactData(first_name="Anna", last_name="Gruber", phone="+43 664 1234567")
    assert same_person(
        anna, ContactData(first_name="Anna", last_name="Gruber", phone="0043664/1234567")
    )
