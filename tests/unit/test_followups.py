"""Care follow-up rules and consent gating (pure domain)."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta

import pytest

from kundengespraech.domain.consent import (
    CONSENT_WORDING,
    EMAIL,
    IN_PERSON,
    PHONE,
    POST,
    Consent,
    check_contact,
    consented_channels,
    first_allowed,
)
from kundengespraech.domain.followups import (
    BIRTHDAY_GREETING,
    CHECK_IN,
    HANDOVER_CALL,
    OVERDUE,
    SEND_OFFER,
    TODAY,
    UPCOMING,
    CareFacts,
    CareRuleError,
    CareRules,
    add_months,
    agenda_section,
    birthday_in,
    check_offer_allowed,
    suggest_followups,
)

NOW = datetime(2026, 11, 23, 8, 30, tzinfo=UTC)  # a Monday morning
TODAY_ = NOW.date()
CUSTOMER = uuid.UUID(int=1)


def consent(channel: str, granted: datetime, withdrawn: datetime | None = None) -> Consent:
    return Consent(channel, granted, CONSENT_WORDING[channel], withdrawn)


PHONE_OK = (consent(PHONE, NOW - timedelta(days=100)),)
ALL_OK = tuple(consent(c, NOW - timedelta(days=100)) for c in (PHONE, EMAIL, POST))


def facts(**kwargs: object) -> CareFacts:
    return CareFacts(customer_id=CUSTOMER, name="Anna Berger", **kwargs)


def kinds(found: list) -> list[str]:
    return [s.kind for s in found]


# --- consent gating ----------------------------------------------------------------------


def test_phone_without_consent_is_blocked_with_an_explanation() -> None:
    check = check_contact(PHONE, [], NOW)
    assert not check.allowed
    assert "kein Einverständnis" in check.reason
    assert "Telefon" in check.reason


def test_consent_allows_its_own_channel_only() -> None:
    assert check_contact(PHONE, PHONE_OK, NOW).allowed
    assert not check_contact(EMAIL, PHONE_OK, NOW).allowed
    assert not check_contact(POST, PHONE_OK, NOW).allowed


def test_a_visit_and_no_channel_need_no_consent() -> None:
    assert check_contact(IN_PERSON, [], NOW).allowed
    assert check_contact("", [], NOW).allowed


def test_a_withdrawn_consent_blocks_and_says_it_was_withdrawn() -> None:
    given = (consent(EMAIL, NOW - timedelta(days=30), withdrawn=NOW - timedelta(days=1)),)
    check = check_contact(EMAIL, given, NOW)
    assert not check.allowed
    assert "widerrufen" in check.reason
    # Before the withdrawal it was allowed.
    assert check_contact(EMAIL, given, NOW - timedelta(days=2)).allowed


def test_consent_counts_only_from_when_it_was_given() -> None:
    given = (consent(PHONE, NOW + timedelta(hours=1)),)
    assert not check_contact(PHONE, given, NOW).allowed
    assert consented_channels(given, NOW + timedelta(hours=2)) == {PHONE}


def test_first_allowed_channel_follows_preference() -> None:
    given = (consent(EMAIL, NOW - timedelta(days=1)),)
    assert first_allowed((POST, EMAIL, PHONE), given, NOW) == EMAIL
    assert first_allowed((POST, PHONE), given, NOW) is None


def test_unknown_channel_is_an_error() -> None:
    with pytest.raises(ValueError):
        check_contact("fax", [], NOW)


# --- follow-up rules ---------------------------------------------------------------------


def test_a_call_the_day_after_handover() -> None:
    found = suggest_followups(
        facts(handovers=(TODAY_,), consents=PHONE_OK), TODAY_, NOW, CareRules()
    )
    (call,) = [s for s in found if s.kind == HANDOVER_CALL]
    assert call.due == TODAY_ + timedelta(days=1)
    assert call.channel == PHONE
    assert not call.blocked


def test_handover_call_without_phone_consent_is_suggested_but_blocked() -> None:
    found = suggest_followups(facts(handovers=(TODAY_,)), TODAY_, NOW, CareRules())
    (call,) = [s for s in found if s.kind == HANDOVER_CALL]
    assert call.channel is None
    assert "Einverständnis" in call.blocked


def test_handover_call_is_not_suggested_twice() -> None:
    due = TODAY_ + timedelta(days=1)
    found = suggest_followups(
        facts(handovers=(TODAY_,), consents=PHONE_OK, existing=((HANDOVER_CALL, due),)),
        TODAY_,
        NOW,
        CareRules(),
    )
    assert HANDOVER_CALL not in kinds(found)


def test_an_old_handover_gets_no_call_but_a_check_in_after_the_configured_months() -> None:
    handover = add_months(TODAY_, -6)
    found = suggest_followups(
        facts(handovers=(handover,), consents=ALL_OK), TODAY_, NOW, CareRules(checkin_months=6)
    )
    assert kinds(found) == [CHECK_IN]
    assert found[0].due == add_months(handover, 6)
    assert found[0].channel == PHONE
    assert not suggest_followups(
        facts(handovers=(handover,), consents=ALL_OK), TODAY_, NOW, CareRules(checkin_months=12)
    )


def test_check_in_counts_from_the_last_contact() -> None:
    last = add_months(TODAY_, -12) + timedelta(days=3)
    found = suggest_followups(facts(last_contact=last, consents=ALL_OK), TODAY_, NOW, CareRules())
    assert kinds(found) == [CHECK_IN]
    assert found[0].due == TODAY_ + timedelta(days=3)


def test_zero_months_switches_check_ins_off() -> None:
    last = add_months(TODAY_, -24)
    rules = CareRules(checkin_months=0)
    assert suggest_followups(facts(last_contact=last, consents=ALL_OK), TODAY_, NOW, rules) == []


def test_birthday_greeting_prefers_post_and_is_a_greeting_only() -> None:
    birthday = date(1985, 11, 30)
    found = suggest_followups(facts(birthday=birthday, consents=ALL_OK), TODAY_, NOW, CareRules())
    (greeting,) = found
    assert greeting.kind == BIRTHDAY_GREETING
    assert greeting.due == date(2026, 11, 30)
    assert greeting.channel == POST
    assert "kein Angebot" in greeting.reason
    with pytest.raises(CareRuleError, match="kein Angebot"):
        check_offer_allowed(greeting.kind)
    check_offer_allowed(SEND_OFFER)  # other promises may carry an offer


def test_birthday_outside_the_horizon_is_not_suggested_yet() -> None:
    found = suggest_followups(
        facts(birthday=date(1985, 3, 1), consents=ALL_OK), TODAY_, NOW, CareRules()
    )
    assert found == []


def test_birthday_around_new_year_is_found_in_the_next_year() -> None:
    today = date(2026, 12, 28)
    now = datetime(2026, 12, 28, 9, tzinfo=UTC)
    found = suggest_followups(
        facts(birthday=date(1990, 1, 2), consents=ALL_OK), today, now, CareRules()
    )
    assert [s.due for s in found] == [date(2027, 1, 2)]


def test_leap_day_birthdays_and_month_ends() -> None:
    assert birthday_in(2027, date(2000, 2, 29)) == date(2027, 2, 28)
    assert birthday_in(2028, date(2000, 2, 29)) == date(2028, 2, 29)
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2026, 11, 15), 3) == date(2027, 2, 15)
    assert add_months(date(2026, 3, 15), -3) == date(2025, 12, 15)


# --- agenda sections ---------------------------------------------------------------------


def test_agenda_sections() -> None:
    assert agenda_section(NOW - timedelta(days=3), NOW) == OVERDUE
    assert agenda_section(NOW - timedelta(minutes=1), NOW) == OVERDUE
    assert agenda_section(NOW + timedelta(hours=2), NOW) == TODAY
    assert agenda_section(NOW + timedelta(days=2), NOW) == UPCOMING
    assert agenda_section(NOW + timedelta(days=40), NOW) == "later"
