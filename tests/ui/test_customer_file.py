"""The customer file, the care dialogs, the salespeople window and the dashboard (pytest-qt)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from kundengespraech.domain.consent import CONSENT_WORDING, EMAIL, PHONE
from kundengespraech.services.settings import DealerSettings, save_settings
from kundengespraech.storage.errors import RecordNotFoundError
from kundengespraech.ui.bar_chart import Bar, BarChart
from kundengespraech.ui.care_dialogs import ConsentDialog, PromiseChoice, PromiseDialog
from kundengespraech.ui.customer_model import CustomerTableModel
from kundengespraech.ui.customers_window import CustomersWindow
from kundengespraech.ui.dashboard_window import DashboardWindow
from kundengespraech.ui.salespeople_dialog import SalespeopleDialog
from tests.e2e.conftest import click


class FakeDialogs:
    """Returns prepared answers instead of opening the care dialogs."""

    def __init__(self) -> None:
        self.consent_answer: list[str] | None = None
        self.promise_answer: PromiseChoice | None = None
        self.hand_over_answer = None
        self.offered_colleagues: list = []

    def consent(self, customer_name: str):
        return self.consent_answer

    def promise(self, customer_name: str):
        return self.promise_answer

    def hand_over(self, colleagues):
        self.offered_colleagues = colleagues
        return self.hand_over_answer

    def contact(self, customer_name: str):
        return None


def add_customer(services, first, last, phone):
    interview_id = services.interviews.start(salesperson="Anna Albers").id
    services.interviews.answer(interview_id, "customer.first_name", first)
    services.interviews.answer(interview_id, "customer.last_name", last)
    services.interviews.answer(interview_id, "customer.phone", phone)
    return services.customers.link(interview_id, None)


def open_file(qtbot, window, prompter, dialogs):
    files = CustomersWindow(window.services, prompter, dialogs)
    qtbot.addWidget(files)
    files.show()
    return files


def test_customer_model_is_a_proper_qt_model(qtmodeltester, window) -> None:
    add_customer(window.services, "Anna", "Berger", "089 1234567")
    add_customer(window.services, "Eva", "Ernst", "089 2222222")
    model = CustomerTableModel()
    model.set_rows(window.services.customers.search())
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert model.index(0, 0).data() == "Berger, Anna"


def test_search_consent_and_a_blocked_promise(qtbot, window, prompter) -> None:
    services = window.services
    save_settings(services.db, DealerSettings(salesperson_name="Anna Albers"))
    anna = add_customer(services, "Anna", "Berger", "089 1234567")
    add_customer(services, "Eva", "Ernst", "089 2222222")
    dialogs = FakeDialogs()
    files = open_file(qtbot, window, prompter, dialogs)
    assert files.model.rowCount() == 2
    qtbot.keyClicks(files.search, "berg")
    qtbot.waitUntil(lambda: files.model.rowCount() == 1)
    files.select(anna)
    assert files.detail.name.text() == "Anna Berger"
    assert files.detail.consent_labels[PHONE].text() == "nein – nicht kontaktieren"

    # A call back without phone consent is refused with the reason.
    dialogs.promise_answer = PromiseChoice(
        "call_back", datetime.now().astimezone() + timedelta(days=1), PHONE, "", False
    )
    qtbot.mouseClick(files.detail.promise_button, Qt.MouseButton.LeftButton)
    (warning,) = prompter.warnings
    assert "kein Einverständnis" in warning[1]
    assert services.promises.open_promises() == []

    # The customer agrees to phone and e-mail: recorded with the wording shown.
    dialogs.consent_answer = [PHONE, EMAIL]
    qtbot.mouseClick(files.detail.consent_button, Qt.MouseButton.LeftButton)
    assert files.detail.consent_labels[PHONE].text().startswith("ja, seit")
    assert [c.consent.wording for c in services.customers.consents(anna)] == [
        CONSENT_WORDING[PHONE],
        CONSENT_WORDING[EMAIL],
    ]
    qtbot.mouseClick(files.detail.promise_button, Qt.MouseButton.LeftButton)
    assert len(services.promises.open_promises()) == 1

    # Withdrawn: recorded, shown, and the next call is blocked again.
    prompter.confirm_answer = True
    qtbot.mouseClick(files.detail.withdraw_buttons[PHONE], Qt.MouseButton.LeftButton)
    assert files.detail.consent_labels[PHONE].text().startswith("widerrufen am")
    qtbot.mouseClick(files.detail.promise_button, Qt.MouseButton.LeftButton)
    assert "widerrufen" in prompter.warnings[-1][1]
    titles = [
        files.detail.timeline.topLevelItem(i).text(1)
        for i in range(files.detail.timeline.topLevelItemCount())
    ]
    assert "Einverständnis Telefon widerrufen" in titles


def test_stage_wish_hand_over_and_merge(qtbot, window, prompter) -> None:
    services = window.services
    save_settings(services.db, DealerSettings(salesperson_name="Anna Albers"))
    first = add_customer(services, "Anna", "Berger", "089 1234567")
    second = add_customer(services, "Anna", "Berger", "+49 89 1234567")
    bert = services.salespeople.add("Bert Brandt", branch="Süd")
    dialogs = FakeDialogs()
    files = open_file(qtbot, window, prompter, dialogs)
    files.select(second)
    assert files.detail.duplicate_banner.isVisibleTo(files)

    files.detail.stage.setCurrentIndex(files.detail.stage.findData("stammkunde"))
    files.detail.stage.activated.emit(files.detail.stage.currentIndex())
    qtbot.mouseClick(files.detail.wish, Qt.MouseButton.LeftButton)
    assert services.customers.get(second).stage == "stammkunde"
    assert services.customers.get(second).wish_customer

    dialogs.hand_over_answer = (bert, "Urlaub")
    qtbot.mouseClick(files.detail.hand_over, Qt.MouseButton.LeftButton)
    assert [p.name for p in dialogs.offered_colleagues] == ["Bert Brandt"]
    assert services.customers.get(second).salesperson_name == "Bert Brandt"

    prompter.confirm_answer = True
    qtbot.mouseClick(files.detail.merge_button, Qt.MouseButton.LeftButton)
    assert [c.id for c in services.customers.search()] == [first]  # the older one survives
    merged = services.customers.get(first)
    assert merged.stage == "stammkunde" and merged.wish_customer
    assert files.current == first
    assert not files.detail.duplicate_banner.isVisibleTo(files)


def test_promise_dialog_refuses_an_offer_with_a_birthday_greeting(qtbot) -> None:
    dialog = PromiseDialog("Anna Berger")
    qtbot.addWidget(dialog)
    dialog.with_offer.setChecked(True)
    dialog.kind.setCurrentIndex(dialog.kind.findData("birthday_greeting"))
    assert not dialog.with_offer.isEnabled() and not dialog.with_offer.isChecked()
    assert "ohne Angebot" in dialog.offer_note.text()
    assert dialog.choice().with_offer is False


def test_consent_dialog_shows_the_wording_and_returns_the_ticked_channels(qtbot) -> None:
    dialog = ConsentDialog("Frau Berger")
    qtbot.addWidget(dialog)
    dialog.show()
    shown = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert all(CONSENT_WORDING[channel] in shown for channel in CONSENT_WORDING)
    qtbot.waitExposed(dialog)
    click(qtbot, dialog.boxes[EMAIL])
    assert dialog.channels() == [EMAIL]


def test_salespeople_window_adds_and_edits_profiles(qtbot, window) -> None:
    services = window.services
    dialog = SalespeopleDialog(services)
    qtbot.addWidget(dialog)
    dialog.new()
    dialog.fields["name"].setText("Bert Brandt")
    dialog.fields["branch"].setText("Süd")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    bert = services.salespeople.find("Bert Brandt")
    assert bert is not None and bert.branch == "Süd"
    dialog.fields["phone"].setText("+49 30 2")
    dialog.active.setChecked(False)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    bert = services.salespeople.get(bert.id)
    assert bert.phone == "+49 30 2" and not bert.active
    assert "(ausgeschieden)" in dialog.list.item(0).text()


def test_dashboard_window_shows_the_figures(qtbot, window) -> None:
    services = window.services
    save_settings(services.db, DealerSettings(salesperson_name="Anna Albers", branch="Nord"))
    anna = add_customer(services, "Anna", "Berger", "089 1234567")
    services.customers.record_contact(anna, "sale")
    add_customer(services, "Eva", "Ernst", "089 2222222")
    dashboard = DashboardWindow(services, today=date.today())
    qtbot.addWidget(dashboard)
    dashboard.show()
    assert dashboard.summary.text() == "Gespräche im Zeitraum: 2"
    assert [b.text for b in dashboard.outcome_chart.bars] == ["0 %", "0 %", "50 %"]
    assert sum(b.value for b in dashboard.weeks_chart.bars) == 2
    dashboard.branch.setCurrentIndex(dashboard.branch.findData("Nord"))
    assert dashboard.figures is not None and dashboard.figures.conversations == 2
    assert [b.text for b in dashboard.kept_chart.bars] == []  # nothing due yet
    dashboard.grab()  # paints every chart
    dashboard.salesperson.setCurrentIndex(dashboard.salesperson.findText("Anna Albers"))
    dashboard.start.setDate(dashboard.start.date().addYears(-1))
    dashboard.end.setDate(dashboard.start.date())
    assert dashboard.weeks_chart.bars == []  # an empty period says so instead of zero bars


def test_bar_chart_paints_rows_columns_and_empty(qtbot) -> None:
    for horizontal in (False, True):
        chart = BarChart("Test", horizontal=horizontal)
        qtbot.addWidget(chart)
        chart.resize(400, 240)
        chart.set_bars([Bar("a", 3, "3"), Bar("b", 0, "0"), Bar("c", 1.5, "1,5")])
        assert not chart.grab().isNull()
        assert chart.accessibleDescription() == "a: 3; b: 0; c: 1,5"
        chart.set_bars([], "Keine Daten")
        assert not chart.grab().isNull()


def test_a_promise_missed_shows_as_zero_percent_not_as_nothing(qtbot, window) -> None:
    services = window.services
    customer = add_customer(services, "Anna", "Berger", "089 1234567")
    services.promises.promise(
        "call_back", datetime.now().astimezone() - timedelta(days=1), customer_id=customer
    )
    dashboard = DashboardWindow(services, today=date.today())
    qtbot.addWidget(dashboard)
    (bar,) = dashboard.kept_chart.bars
    assert (bar.label, bar.text) == ("0 von 1", "0 %")


def test_deleting_a_customer_offers_their_unlinked_conversations_too(
    qtbot, window, prompter
) -> None:
    services = window.services
    save_settings(services.db, DealerSettings(salesperson_name="Anna Albers"))
    anna = add_customer(services, "Anna", "Berger", "089 1234567")
    unlinked = services.interviews.start(salesperson="Anna Albers").id
    for key, value in (("first_name", "Anna"), ("last_name", "Berger"), ("phone", "0891234567")):
        services.interviews.answer(unlinked, f"customer.{key}", value)
    stranger = services.interviews.start(salesperson="Anna Albers").id
    services.interviews.answer(stranger, "customer.last_name", "Ernst")
    questions: list[str] = []

    def confirm(title: str, text: str) -> bool:
        questions.append(text)
        return True

    prompter.confirm = confirm
    files = open_file(qtbot, window, prompter, FakeDialogs())
    files.select(anna)
    qtbot.mouseClick(files.detail.delete_button, Qt.MouseButton.LeftButton)
    assert (
        len(questions) == 2
        and "Gespräche mit demselben Namen" in questions[1]
        and ": 1 (vom" in questions[1]
    )
    assert services.customers.search() == []
    with pytest.raises(RecordNotFoundError):
        services.interviews.resume(unlinked)
    assert services.interviews.resume(stranger).answers["customer.last_name"] == "Ernst"
