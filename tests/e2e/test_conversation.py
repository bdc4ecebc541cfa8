"""The whole conversation, as a salesperson runs it: start screen → every topic → sheet PDF."""

from __future__ import annotations

import io

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from tests.e2e.conftest import click, type_into, type_text

ALT = Qt.KeyboardModifier.AltModifier


def page_id(window) -> str:
    return window.interview_view.current_page().page.id


def editor(window, question_id: str):
    return window.interview_view.current_page().editor(question_id)


def forward_with_alt_right(qtbot, window) -> None:
    qtbot.keyClick(window.interview_view.current_page(), Qt.Key.Key_Right, ALT)


def test_walk_through_every_page_to_a_saved_and_printed_sheet(qtbot, window, prompter):
    window.activateWindow()
    qtbot.waitActive(window)
    view = window.interview_view
    click(qtbot, window.start_view.new_button)
    assert window.current_screen() is view
    assert page_id(window) == "customer"

    # -- customer: mouse for the salutation, keyboard for the rest
    click(qtbot, editor(window, "customer.salutation").group.buttons()[1])
    type_into(qtbot, editor(window, "customer.first_name").edit, "Jürgen")
    type_into(qtbot, editor(window, "customer.last_name").edit, "Weiß")
    type_into(qtbot, editor(window, "customer.email").edit, "juergen.weiss@example.org")
    type_into(qtbot, editor(window, "customer.birthday").edit, "12.04.1985")
    forward_with_alt_right(qtbot, window)
    assert page_id(window) == "household"

    # -- household: children's ages appear only once children are counted
    assert (
        editor(window, "household.children_ages").isHidden()
        or not editor(window, "household.children_ages").isVisible()
    )
    type_into(qtbot, editor(window, "household.adults").spin, "2")
    type_into(qtbot, editor(window, "household.children_count").spin, "2")
    ages = editor(window, "household.children_ages")
    assert ages.isVisible() and len(ages.fields()) == 2
    for spin, age in zip(ages.fields(), ("5", "9"), strict=True):
        type_into(qtbot, spin, age)
    click(qtbot, view._next)
    assert page_id(window) == "pets"

    # -- pets: dog size only with a dog; chosen by keyboard in the drop-down
    type_into(qtbot, editor(window, "pets.dog_count").spin, "1")
    size = editor(window, "pets.dogs").fields()[0]
    assert isinstance(size, QComboBox)
    size.setFocus()
    for _ in range(3):
        qtbot.keyClick(size, Qt.Key.Key_Down)
    assert size.currentData() == "large"
    type_into(qtbot, editor(window, "pets.other").edit, "Katze")
    qtbot.keyClick(view.current_page(), Qt.Key.Key_Return)  # Enter moves on
    assert page_id(window) == "hobbies"

    hobbies = editor(window, "hobbies")
    click(qtbot, hobbies.boxes["cycling"])
    click(qtbot, hobbies.boxes["camping_caravan"])
    forward_with_alt_right(qtbot, window)
    assert page_id(window) == "usage"

    # -- usage: the trailer weight is asked because of the caravan
    type_into(qtbot, editor(window, "usage.annual_km").spin, "30000")
    type_into(qtbot, editor(window, "usage.daily_km").spin, "40")
    click(qtbot, editor(window, "usage.home_charging").group.buttons()[0])
    type_into(qtbot, editor(window, "usage.long_trips_per_year").spin, "6")
    city = editor(window, "usage.city_share_pct").slider
    city.setFocus()
    for _ in range(4):
        qtbot.keyClick(city, Qt.Key.Key_Left)
    assert editor(window, "usage.towing_kg").isVisible()
    type_into(qtbot, editor(window, "usage.towing_kg").spin, "1500")
    forward_with_alt_right(qtbot, window)
    assert page_id(window) == "priorities"

    slider = editor(window, "priorities.safety_vs_sport").slider
    slider.setFocus()
    qtbot.keyClick(slider, Qt.Key.Key_Home)
    for _ in range(4):
        qtbot.keyClick(slider, Qt.Key.Key_Right)
    click(qtbot, editor(window, "priorities.economy").group.buttons()[4])
    forward_with_alt_right(qtbot, window)
    assert page_id(window) == "budget"

    type_into(qtbot, editor(window, "budget.max_price_eur").spin, "45000")
    forward_with_alt_right(qtbot, window)
    assert page_id(window) == "preferences"

    prefs = window.interview_view.current_page()
    for value in ("suv", "estate"):
        click(qtbot, prefs.editor("preferences.body_types").boxes[value])
    click(qtbot, prefs.editor("preferences.powertrains_excluded").boxes["diesel"])
    click(qtbot, prefs.editor("preferences.transmission").group.buttons()[0])
    click(qtbot, prefs.editor("preferences.must_have").boxes["tow_bar"])
    forward_with_alt_right(qtbot, window)
    assert page_id(window) == "notes"

    # back with Alt+← and forward again: nothing is lost
    qtbot.keyClick(window.interview_view.current_page(), Qt.Key.Key_Left, ALT)
    assert page_id(window) == "preferences"
    assert editor(window, "preferences.body_types").value() == ["estate", "suv"]
    assert editor(window, "preferences.must_have").value() == ["tow_bar"]
    forward_with_alt_right(qtbot, window)
    assert page_id(window) == "notes"

    notes = editor(window, "notes").edit
    notes.setFocus()
    type_text(qtbot, notes, "Wohnwagen 1.500 kg, großer Hund – Größe XL")
    assert view._next.text() == "Zu den Empfehlungen →"
    click(qtbot, view._next)
    assert window.current_screen() is window.result_view

    # -- every answer is in the database, hidden helpers included
    saved = window.services.interviews.resume(view.interview_id)
    assert saved.answers == {
        "customer.salutation": "Herr",
        "customer.first_name": "Jürgen",
        "customer.last_name": "Weiß",
        "customer.email": "juergen.weiss@example.org",
        "customer.birthday": "1985-04-12",
        "household.adults": 2,
        "household.children_count": 2,
        "household.children_ages": [5, 9],
        "pets.dog_count": 1,
        "pets.dogs": ["large"],
        "pets.other": "Katze",
        "hobbies": ["cycling", "camping_caravan"],
        "usage.annual_km": 30000,
        "usage.daily_km": 40,
        "usage.home_charging": True,
        "usage.long_trips_per_year": 6,
        "usage.city_share_pct": 30,
        "usage.towing_kg": 1500,
        "priorities.safety_vs_sport": 20,
        "priorities.economy": 4,
        "budget.max_price_eur": 45000,
        "preferences.body_types": ["estate", "suv"],
        "preferences.powertrains_excluded": ["diesel"],
        "preferences.transmission": "automatic",
        "preferences.must_have": ["tow_bar"],
        "notes": "Wohnwagen 1.500 kg, großer Hund – Größe XL",
    }
    assert saved.current_page == "notes"

    # -- the result: the live panel and the result screen agree; seats and budget hold
    titles = window.result_view.titles()
    assert len(titles) == 3
    qtbot.waitUntil(lambda: window.interview_view.panel.titles() == titles, timeout=2000)
    ranking = window.services.recommendations.rank(saved.answers)
    for rec in ranking.top(3):
        assert rec.vehicle.seats >= 4 and rec.vehicle.price_eur <= 45000
        assert rec.vehicle.powertrain != "diesel"

    step = window.result_view._step_text
    type_into(qtbot, step, "Probefahrt mit dem Wohnwagen-Gespann am Samstag")
    click(qtbot, window.result_view.save_button)
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(prompter.saved_to).pages).split())
    assert "Herrn Jürgen Weiß" in text
    for title in titles:
        assert title.split()[1] in text  # the model's name
    assert "Probefahrt mit dem Wohnwagen-Gespann am Samstag" in text
    assert "Höchstens 45.000 €" in text
    assert "Ein großer Hund fährt mit" in text
    record = window.services.interviews.resume(view.interview_id).record
    assert record.next_step_text == "Probefahrt mit dem Wohnwagen-Gespann am Samstag"

    click(qtbot, window.result_view.print_button)
    assert prompter.print_dialogs == 1
    printed = PdfReader(prompter.printed_to)
    assert len(printed.pages) == len(PdfReader(io.BytesIO(prompter.saved_to.read_bytes())).pages)
    assert prompter.warnings == []

    click(qtbot, window.result_view.finish_button)
    assert window.current_screen() is window.start_view
    first = window.start_view.recent.item(0).text()
    assert first.startswith("Jürgen W. ·") and first.endswith("abgeschlossen")
