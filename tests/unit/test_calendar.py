"""Calendar export: .ics written by the app and by the CLI, parsed back with icalendar."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar

from kundengespraech.cli import main
from kundengespraech.domain.consent import PHONE
from kundengespraech.services.app import AppServices, open_services
from kundengespraech.services.calendar import UnknownSalespersonError
from kundengespraech.services.settings import DealerSettings, save_settings


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "kalender.db"


@pytest.fixture
def app(db_path: Path) -> Iterator[AppServices]:
    services = open_services(f"sqlite:///{db_path}")
    save_settings(services.db, DealerSettings(salesperson_name="Anna Albers", branch="Nord"))
    yield services
    services.close()


def add_customer(app: AppServices, first: str, last: str, phone: str) -> uuid.UUID:
    interview_id = app.interviews.start(salesperson=app.salespeople.current().name).id
    app.interviews.answer(interview_id, "customer.first_name", first)
    app.interviews.answer(interview_id, "customer.last_name", last)
    app.interviews.answer(interview_id, "customer.phone", phone)
    return app.customers.link(interview_id, None)


def events(data: bytes) -> list:
    calendar = Calendar.from_ical(data)
    assert calendar["VERSION"] == "2.0"
    assert calendar["PRODID"]
    return list(calendar.walk("VEVENT"))


def test_one_promise_as_an_appointment(app: AppServices) -> None:
    customer = add_customer(app, "Anna", "Berger", "089 1234567")
    due = datetime(2030, 5, 6, 14, 30, tzinfo=UTC)
    app.customers.record_consent(customer, PHONE)
    promise = app.promises.promise(
        "call_back",
        due,
        customer_id=customer,
        text="Finanzierung klären",
        channel=PHONE,
    )
    data = app.calendar.export_one(promise)
    assert data.startswith(b"BEGIN:VCALENDAR\r\n")
    (event,) = events(data)
    assert str(event["UID"]) == f"{promise}@kundengespraech"
    assert event.decoded("DTSTART") == due
    assert event.decoded("DTEND") == due + timedelta(minutes=30)
    assert str(event["SUMMARY"]) == "Rückruf – Anna Berger"
    assert "Finanzierung klären" in str(event["DESCRIPTION"])
    assert "Kanal: Telefon" in str(event["DESCRIPTION"])
    assert "DTSTAMP" in event
    (alarm,) = list(event.walk("VALARM"))
    assert alarm.decoded("TRIGGER") == timedelta(minutes=-15)


def test_all_promises_and_care_suggestions(app: AppServices) -> None:
    customer = add_customer(app, "Anna", "Berger", "089 1234567")
    app.customers.record_consent(customer, PHONE)
    app.customers.record_contact(customer, "handover")
    first = app.promises.promise(
        "test_drive", datetime.now(UTC) + timedelta(days=2), customer_id=customer
    )
    app.promises.reschedule(first, datetime.now(UTC) + timedelta(days=3), customer_informed=True)
    done = app.promises.promise(
        "send_offer", datetime.now(UTC) + timedelta(days=1), customer_id=customer
    )
    app.promises.done(done)
    found = events(app.calendar.export_all())
    by_summary = {str(e["SUMMARY"]): e for e in found}
    assert set(by_summary) == {
        "Probefahrt – Anna Berger",
        "Vorschlag: Anruf nach der Fahrzeugübergabe – Anna Berger",
    }
    assert by_summary["Probefahrt – Anna Berger"]["SEQUENCE"] == 1  # moved once
    suggestion = by_summary["Vorschlag: Anruf nach der Fahrzeugübergabe – Anna Berger"]
    assert suggestion.decoded("DTSTART") == date.today() + timedelta(days=1)  # all day
    assert str(suggestion["TRANSP"]) == "TRANSPARENT"


def test_export_for_one_salesperson(app: AppServices) -> None:
    customer = add_customer(app, "Anna", "Berger", "089 1234567")
    app.promises.promise("test_drive", datetime.now(UTC) + timedelta(days=2), customer_id=customer)
    save_settings(app.db, DealerSettings(salesperson_name="Bert Brandt", branch="Süd"))
    other = add_customer(app, "Eva", "Ernst", "089 2222222")
    app.promises.promise("call_back", datetime.now(UTC) + timedelta(days=1), customer_id=other)
    summaries = [str(e["SUMMARY"]) for e in events(app.calendar.export_all("bert brandt"))]
    assert summaries == ["Rückruf – Eva Ernst"]
    with pytest.raises(UnknownSalespersonError):
        app.calendar.export_all("Niemand")


def test_cli_calendar_export(app: AppServices, db_path: Path, tmp_path: Path, capsys) -> None:
    customer = add_customer(app, "Anna", "Berger", "089 1234567")
    app.promises.promise("test_drive", datetime.now(UTC) + timedelta(days=2), customer_id=customer)
    target = tmp_path / "wiedervorlage.ics"
    assert main(["--db", str(db_path), "calendar", "export", str(target)]) == 0
    assert "1 Kalendereinträge geschrieben" in capsys.readouterr().out
    (event,) = events(target.read_bytes())
    assert str(event["SUMMARY"]) == "Probefahrt – Anna Berger"
    code = main(["--db", str(db_path), "calendar", "export", str(target), "--salesperson", "X"])
    assert code == 2
    assert "„X“" in capsys.readouterr().err


def test_a_promise_whose_consent_was_withdrawn_says_do_not_contact(tmp_path):
    services = open_services(f"sqlite:///{tmp_path / 'gate.db'}")
    try:
        interview = services.interviews.start().id
        for key, value in (("first_name", "Eva"), ("last_name", "Gate")):
            services.interviews.answer(interview, f"customer.{key}", value)
        customer = services.customers.link(interview, None)
        services.customers.record_consent(customer, "email")
        services.customers.record_consent(customer, "phone")
        due = datetime.now(UTC) + timedelta(days=1)
        mail = services.promises.promise("send_offer", due, customer_id=customer, channel="email")
        services.promises.promise("call_back", due, customer_id=customer, channel="phone")
        services.customers.withdraw_consent(customer, "email")
        events = {
            str(e["uid"]): e
            for e in Calendar.from_ical(services.calendar.export_all()).walk("VEVENT")
        }
        blocked = events[f"{mail}@kundengespraech"]
        assert str(blocked["summary"]).startswith("Nicht kontaktieren: ")
        assert "widerrufen" in str(blocked["description"])
        assert "Kanal: E-Mail" not in str(blocked["description"])
        phone = [e for uid, e in events.items() if uid != f"{mail}@kundengespraech"]
        assert [str(e["description"]).count("Kanal: Telefon") for e in phone] == [1]
        single = Calendar.from_ical(services.calendar.export_one(mail)).walk("VEVENT")[0]
        assert str(single["summary"]).startswith("Nicht kontaktieren: ")
    finally:
        services.close()
