"""The Wiedervorlage on the start screen: overdue first, done, reschedule (asking whether the
customer was told), care suggestions, calendar export, and linking a finished conversation."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from icalendar import Calendar
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QLabel

from kundengespraech.domain.consent import PHONE
from kundengespraech.services.settings import DealerSettings, save_settings
from kundengespraech.ui.reschedule_dialog import RescheduleDialog


class DrivenDialogs:
    """Opens the real reschedule dialog without a modal loop and fills it like a user."""

    def __init__(self, qtbot, informed: bool = True) -> None:
        self.qtbot = qtbot
        self.informed = informed
        self.new_local: datetime | None = None
        self.ok_was_enabled_before_answer: bool | None = None

    def reschedule(self, promise, now):
        dialog = RescheduleDialog(promise, now)
        self.qtbot.addWidget(dialog)
        dialog.show()
        self.ok_was_enabled_before_answer = dialog.ok_button.isEnabled()
        if self.new_local is not None:
            dialog.new_due.setDateTime(QDateTime(self.new_local))
        button = dialog.informed_yes if self.informed else dialog.informed_no
        self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        dialog.note.setText("Fahrzeug kommt später")
        assert dialog.ok_button.isEnabled()
        self.qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        assert dialog.result() == RescheduleDialog.DialogCode.Accepted
        return dialog.choice()


def customer_with_conversation(services, first="Anna", last="Berger", phone="089 1234567"):
    interview_id = services.interviews.start(salesperson="Anna Albers").id
    services.interviews.answer(interview_id, "customer.first_name", first)
    services.interviews.answer(interview_id, "customer.last_name", last)
    services.interviews.answer(interview_id, "customer.phone", phone)
    return interview_id, services.customers.link(interview_id, None)


def labels(widget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel)]


def test_wiedervorlage_done_and_reschedule(qtbot, window) -> None:
    services = window.services
    save_settings(services.db, DealerSettings(salesperson_name="Anna Albers"))
    _, customer = customer_with_conversation(services)
    now = datetime.now(UTC).replace(second=0, microsecond=0)
    overdue = services.promises.promise(
        "call_back", now - timedelta(days=3), customer_id=customer, text="Finanzierung"
    )
    later = now + timedelta(minutes=5)
    today = services.promises.promise(
        "send_offer", later if later.astimezone().date() == now.astimezone().date() else now,
        customer_id=customer,
    )  # fmt: skip
    upcoming = services.promises.promise(
        "test_drive", now + timedelta(days=2), customer_id=customer
    )
    window.show_start()
    agenda = window.start_view.agenda

    # Overdue comes first and stands out; the screen shows the name discreetly.
    assert agenda.summary.text().startswith("1 überfällig")
    frames = list(agenda.item_frames)
    assert frames[0] == overdue
    assert agenda.item_frames[overdue].property("overdue") is True
    assert "Rückruf · Anna B." in labels(agenda.item_frames[overdue])
    assert not any("Berger" in text for text in labels(agenda))

    # Done: the item leaves the Wiedervorlage.
    qtbot.mouseClick(agenda.buttons_of(today)["done"], Qt.MouseButton.LeftButton)
    assert services.promises.get(today).status == "done"
    assert today not in agenda.item_frames

    # Reschedule the overdue call to the day after tomorrow; the customer was told.
    dialogs = DrivenDialogs(qtbot, informed=True)
    target = (datetime.now() + timedelta(days=2)).replace(
        hour=11, minute=0, second=0, microsecond=0
    )
    dialogs.new_local = target
    window.care.dialogs = dialogs
    qtbot.mouseClick(agenda.buttons_of(overdue)["reschedule"], Qt.MouseButton.LeftButton)
    assert dialogs.ok_was_enabled_before_answer is False  # the question must be answered
    record = services.promises.get(overdue)
    assert record.due == target.astimezone()
    (move,) = record.reschedules
    assert move.customer_informed is True
    assert move.note == "Fahrzeug kommt später"
    assert move.old_due == now - timedelta(days=3)
    assert agenda.summary.text().startswith("0 überfällig")
    assert agenda.item_frames[overdue].property("overdue") is False
    assert any("1× verschoben" in text for text in labels(agenda.item_frames[overdue]))
    assert upcoming in agenda.item_frames

    # Rescheduling without having told the customer is recorded as such.
    window.care.dialogs = DrivenDialogs(qtbot, informed=False)
    qtbot.mouseClick(agenda.buttons_of(upcoming)["reschedule"], Qt.MouseButton.LeftButton)
    assert services.promises.get(upcoming).reschedules[0].customer_informed is False


def test_care_suggestion_is_accepted_or_blocked_without_consent(qtbot, window) -> None:
    services = window.services
    _, anna = customer_with_conversation(services)
    _, eva = customer_with_conversation(services, "Eva", "Ernst", "089 2222222")
    services.customers.record_consent(anna, PHONE)
    services.customers.record_contact(anna, "handover")
    services.customers.record_contact(eva, "handover")
    window.show_start()
    agenda = window.start_view.agenda
    texts = labels(agenda)
    assert "Vorschläge zur Kundenpflege" in texts
    assert any("kein Einverständnis" in t for t in texts)  # Eva: no phone consent
    accept_buttons = [
        b for b in agenda.findChildren(type(agenda.export_button)) if b.property("role") == "accept"
    ]
    enabled = [b for b in accept_buttons if b.isEnabled()]
    assert len(accept_buttons) == 2 and len(enabled) == 1
    qtbot.mouseClick(enabled[0], Qt.MouseButton.LeftButton)
    (promise,) = services.promises.open_promises()
    assert promise.kind == "handover_call" and promise.channel == PHONE
    assert promise.customer_id == anna
    assert promise.id in agenda.item_frames


def test_one_item_and_all_as_calendar_files(qtbot, window, prompter, tmp_path) -> None:
    services = window.services
    _, customer = customer_with_conversation(services)
    promise = services.promises.promise(
        "test_drive", datetime.now(UTC) + timedelta(days=1), customer_id=customer
    )
    window.show_start()
    agenda = window.start_view.agenda
    prompter.saved_to = tmp_path / "termin"
    qtbot.mouseClick(agenda.buttons_of(promise)["calendar"], Qt.MouseButton.LeftButton)
    (event,) = Calendar.from_ical((tmp_path / "termin.ics").read_bytes()).walk("VEVENT")
    assert str(event["SUMMARY"]) == "Probefahrt – Anna Berger"
    prompter.saved_to = tmp_path / "alle.ics"
    qtbot.mouseClick(agenda.export_button, Qt.MouseButton.LeftButton)
    assert len(Calendar.from_ical((tmp_path / "alle.ics").read_bytes()).walk("VEVENT")) == 1


def test_finishing_a_conversation_links_the_customer_and_offers_a_known_one(
    qtbot, window, prompter
) -> None:
    services = window.services
    _first, known = customer_with_conversation(services)
    interview_id = services.interviews.start(salesperson="Anna Albers").id
    for key, value in (("first_name", "Anna"), ("last_name", "Berger"),
                       ("phone", "+49 89 1234567")):  # fmt: skip
        services.interviews.answer(interview_id, f"customer.{key}", value)
    window.resume_interview(interview_id)
    prompter.confirm_answer = True
    window.finish_interview()
    assert services.customers.get(known).name == "Anna Berger"
    assert [c.id for c in services.customers.search("Berger")] == [known]
    assert services.promises.agenda().is_empty
    assert window.current_screen() is window.start_view
