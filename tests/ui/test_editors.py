"""Question editors and topic pages: the values they report, and what they show when."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kundengespraech import resources
from kundengespraech.ui.editors import make_editor
from kundengespraech.ui.topic_page import InterviewPage
from tests.e2e.conftest import click, type_into


@pytest.fixture(scope="module")
def q():
    return resources.questionnaire()


def editor_for(qtbot, q, question_id):
    editor = make_editor(q.question(question_id), "de")
    qtbot.addWidget(editor)
    editor.show()
    return editor


def answers_of(editor) -> list:
    given: list = []
    editor.answered.connect(given.append)
    return given


def test_text_reports_trimmed_text_once_and_none_when_emptied(qtbot, q):
    editor = editor_for(qtbot, q, "customer.last_name")
    given = answers_of(editor)
    type_into(qtbot, editor.edit, "  Weiß ", finish=Qt.Key.Key_Return)
    type_into(qtbot, editor.edit, "Weiß", finish=Qt.Key.Key_Return)
    type_into(qtbot, editor.edit, "", finish=Qt.Key.Key_Return)
    assert given == ["Weiß", None]


def test_set_value_shows_without_reporting(qtbot, q):
    for question_id, value in [
        ("customer.first_name", "Grete"),
        ("customer.birthday", "1985-04-12"),
        ("customer.salutation", "Frau"),
        ("usage.home_charging", False),
        ("hobbies", ["skiing", "golf"]),
        ("usage.annual_km", 25000),
        ("priorities.comfort", 5),
        ("usage.city_share_pct", 70),
    ]:
        editor = editor_for(qtbot, q, question_id)
        given = answers_of(editor)
        editor.set_value(value)
        assert editor.value() == value, question_id
        assert given == [], question_id


def test_date_is_typed_german_and_stored_iso(qtbot, q):
    editor = editor_for(qtbot, q, "customer.birthday")
    given = answers_of(editor)
    problems: list = []
    editor.invalid.connect(problems.append)
    type_into(qtbot, editor.edit, "31.02.1990", finish=Qt.Key.Key_Return)
    assert given == [] and problems == ["Bitte als Datum eingeben, zum Beispiel 12.04.1985."]
    type_into(qtbot, editor.edit, "12.04.1985", finish=Qt.Key.Key_Return)
    assert given == ["1985-04-12"]


def test_radio_choice_and_yes_no(qtbot, q):
    choice = editor_for(qtbot, q, "budget.condition")
    given = answers_of(choice)
    click(qtbot, choice.group.buttons()[1])
    assert given == ["used"]
    boolean = editor_for(qtbot, q, "usage.home_charging")
    assert boolean.value() is None
    given = answers_of(boolean)
    click(qtbot, boolean.group.buttons()[1])
    click(qtbot, boolean.group.buttons()[0])
    assert given == [False, True]


def test_multi_reports_the_checked_values_in_option_order(qtbot, q):
    editor = editor_for(qtbot, q, "hobbies")
    given = answers_of(editor)
    click(qtbot, editor.boxes["golf"])
    click(qtbot, editor.boxes["cycling"])
    editor.boxes["cycling"].setFocus()
    qtbot.keyClick(editor.boxes["cycling"], Qt.Key.Key_Space)
    assert given == [["golf"], ["cycling", "golf"], ["golf"]]


def test_integer_without_default_starts_unanswered_and_groups_thousands(qtbot, q):
    editor = editor_for(qtbot, q, "usage.annual_km")
    assert editor.value() is None and editor.spin.text() == "–"
    given = answers_of(editor)
    type_into(qtbot, editor.spin, "25000", finish=Qt.Key.Key_Return)
    assert given == [25000]
    assert editor.spin.text() == "25.000 km im Jahr"


def test_slider_reports_keyboard_steps(qtbot, q):
    editor = editor_for(qtbot, q, "priorities.safety_vs_sport")
    assert editor.value() is None or editor.value() == 0
    editor.set_value(None)
    assert editor.value() == 50
    given = answers_of(editor)
    editor.slider.setFocus()
    qtbot.keyClick(editor.slider, Qt.Key.Key_Left)
    qtbot.keyClick(editor.slider, Qt.Key.Key_End)
    assert given == [45, 100]


def test_children_ages_grow_and_shrink_keeping_values(qtbot, q):
    editor = editor_for(qtbot, q, "household.children_ages")
    editor.set_value([3, 7])
    editor.set_count(2)
    assert editor.value() == [3, 7]
    given = answers_of(editor)
    editor.set_count(3)
    assert editor.value() is None  # the third age is still missing
    type_into(qtbot, editor.items()[2], "11", finish=Qt.Key.Key_Return)
    editor.set_count(1)
    editor.set_count(3)
    assert given[-1] == [3, 7, 11]


def test_household_page_asks_ages_only_with_children(qtbot, q):
    page = InterviewPage(q.page("household"), q, "de")
    qtbot.addWidget(page)
    page.set_answers({})
    assert page.rows["household.children_ages"].isHidden()
    page.update_visibility({"household.children_count": 2})
    assert not page.rows["household.children_ages"].isHidden()
    assert len(page.editor("household.children_ages").items()) == 2


def test_usage_page_asks_trailer_weight_only_with_a_trailer_hobby(qtbot, q):
    page = InterviewPage(q.page("usage"), q, "de")
    qtbot.addWidget(page)
    page.set_answers({"hobbies": ["golf"]})
    assert page.rows["usage.towing_kg"].isHidden()
    page.update_visibility({"hobbies": ["golf", "boating"]})
    assert not page.rows["usage.towing_kg"].isHidden()


def test_every_page_of_the_questionnaire_builds(qtbot, q):
    for p in q.pages:
        page = InterviewPage(p, q, "en")
        qtbot.addWidget(page)
        assert set(page.rows) == {question.id for question in p.questions}


def test_inline_message_for_a_wrong_email_and_nothing_saved(qtbot, window):
    click(qtbot, window.start_view.new_button)
    page = window.interview_view.current_page()
    type_into(qtbot, page.editor("customer.email").edit, "anna-at-example")
    error = page.rows["customer.email"].error
    assert not error.isHidden()
    assert "E-Mail-Adresse" in error.text()
    saved = window.services.interviews.resume(window.interview_view.interview_id)
    assert "customer.email" not in saved.answers
    type_into(qtbot, page.editor("customer.email").edit, "anna@example.org")
    assert error.isHidden()


def test_a_name_is_saved_while_typing_after_a_short_pause(qtbot, q):
    editor = editor_for(qtbot, q, "customer.first_name")
    given = answers_of(editor)
    editor.edit.setFocus()
    qtbot.keyClicks(editor.edit, "Anna")
    qtbot.waitUntil(lambda: given == ["Anna"], timeout=3000)
