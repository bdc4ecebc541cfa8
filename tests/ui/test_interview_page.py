"""Interview pages built from the real questionnaire: rows, visibility, answers, errors, fit."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from kundengespraech.resources import questionnaire
from kundengespraech.ui.interview_page import InterviewPage
from kundengespraech.ui.list_editors import IntListEditor
from kundengespraech.ui.question_editors import TextEditor

pytestmark = pytest.mark.usefixtures("themed_app")

SIDE_PANEL = 380
TOPIC_LIST = 240


@pytest.fixture
def page(qtbot):
    """A page of the shipped questionnaire, shown at the width it gets at 1366×768."""
    pages: list[InterviewPage] = []  # qtbot holds widgets weakly

    def build(page_id: str, width: int = 1366 - SIDE_PANEL - TOPIC_LIST) -> InterviewPage:
        q = questionnaire()
        widget = InterviewPage(q.page(page_id), q, "de")
        qtbot.addWidget(widget)
        pages.append(widget)
        widget.resize(width, 640)
        with qtbot.waitActive(widget):
            widget.show()
            widget.activateWindow()
        return widget

    return build


@pytest.mark.parametrize("page_id", [p.id for p in questionnaire().pages])
def test_every_page_builds_with_a_row_per_question(page, page_id):
    widget = page(page_id)
    source = questionnaire().page(page_id)
    assert list(widget.rows) == [q.id for q in source.questions]
    title = widget.findChild(QLabel, "pageTitle")
    assert title is not None and title.text() == source.text("de")
    for question in source.questions:
        label = widget.rows[question.id].label
        assert question.text("de") in label.text()
        assert ("Pflichtangabe" in label.text()) == question.required


@pytest.mark.parametrize("page_id", [p.id for p in questionnaire().pages])
@pytest.mark.parametrize("width", [1366 - SIDE_PANEL - TOPIC_LIST, 1000])
def test_every_page_fits_its_width_without_sideways_scrolling(page, page_id, width):
    widget = page(page_id, width)
    widget.set_answers({"household.children_count": 3, "pets.dog_count": 3,
                        "hobbies": ["boating"]})  # fmt: skip
    QApplication.processEvents()
    viewport = widget.scroll_area.viewport()
    for row in widget.rows.values():
        for control in row.editor.inputs():
            if control.isVisible():
                right = control.mapTo(viewport, control.rect().topRight()).x()
                assert right <= viewport.width(), (row.question.id, right, viewport.width())


def test_household_asks_the_childrens_ages_only_when_there_are_children(page):
    widget = page("household")
    ages = widget.editor("household.children_ages")
    assert isinstance(ages, IntListEditor)
    widget.update_visibility({"household.children_count": 0})
    assert not widget.is_shown("household.children_ages")
    widget.update_visibility({"household.children_count": 2})
    assert widget.is_shown("household.children_ages")
    assert len(ages.fields()) == 2 and all(f.isVisible() for f in ages.fields())


def test_a_lower_child_count_reports_the_shortened_age_list(page, qtbot):
    widget = page("household")
    widget.set_answers({"household.children_count": 3, "household.children_ages": [3, 8, 12]})
    with qtbot.waitSignal(widget.answered) as blocker:
        widget.update_visibility({"household.children_count": 2,
                                  "household.children_ages": [3, 8, 12]})  # fmt: skip
    assert blocker.args == ["household.children_ages", [3, 8]]


def test_towing_is_asked_only_for_camping_and_other_trailer_hobbies(page):
    widget = page("usage")
    widget.update_visibility({})
    assert not widget.is_shown("usage.towing_kg")
    widget.update_visibility({"hobbies": ["cycling", "golf"]})
    assert not widget.is_shown("usage.towing_kg")
    widget.update_visibility({"hobbies": ["cycling", "camping_caravan"]})
    assert widget.is_shown("usage.towing_kg")
    assert widget.is_shown("usage.annual_km")


def test_answers_are_relayed_with_the_question_id(page, qtbot):
    widget = page("customer")
    editor = widget.editor("customer.first_name")
    assert isinstance(editor, TextEditor)
    with qtbot.waitSignal(widget.answered) as blocker:
        qtbot.keyClicks(editor.edit, "Anna")
        qtbot.keyClick(editor.edit, Qt.Key.Key_Return)
    assert blocker.args == ["customer.first_name", "Anna"]


def test_set_answers_fills_every_editor_silently(page, qtbot):
    widget = page("household")
    answers = {"household.adults": 2, "household.children_count": 2,
               "household.children_ages": [4, 9]}  # fmt: skip
    widget.set_answers({"household.children_count": 4, "household.children_ages": [1, 2, 3, 4]})
    with qtbot.assertNotEmitted(widget.answered):
        widget.set_answers(answers)
    assert {qid: widget.editor(qid).value() for qid in answers} == answers
    with qtbot.assertNotEmitted(widget.answered):
        widget.set_answers({})
    assert widget.editor("household.adults").value() == 1  # the default
    assert not widget.is_shown("household.children_ages")


def test_errors_are_shown_and_focus_goes_to_the_first_one(page, qtbot):
    widget = page("customer")
    widget.show_error("customer.email", "Das sieht nicht wie eine E-Mail-Adresse aus.")
    assert widget.editor("customer.email").error_text() == (
        "Das sieht nicht wie eine E-Mail-Adresse aus."
    )
    widget.first_invalid_or_first_editor_focus()
    email = widget.editor("customer.email")
    qtbot.waitUntil(lambda: email.isAncestorOf(QApplication.focusWidget()))
    widget.show_error("customer.email", None)
    assert email.error_text() is None
    widget.first_invalid_or_first_editor_focus()
    salutation = widget.editor("customer.salutation")
    qtbot.waitUntil(lambda: salutation.isAncestorOf(QApplication.focusWidget()))


def test_tab_walks_the_questions_in_order(page, qtbot):
    widget = page("customer")
    widget.first_invalid_or_first_editor_focus()
    seen = []
    for _ in range(len(widget.rows)):
        focused = QApplication.focusWidget()
        owner = next(qid for qid, row in widget.rows.items() if row.isAncestorOf(focused))
        seen.append(owner)
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    assert seen == list(widget.rows)


def test_flush_reports_text_still_being_typed(page, qtbot):
    widget = page("notes")
    notes = widget.editor("notes")
    notes.focus_first()
    qtbot.keyClicks(QApplication.focusWidget(), "Bitte mit Anhaengerkupplung")
    with qtbot.waitSignal(widget.answered, timeout=200) as blocker:
        widget.flush()
    assert blocker.args == ["notes", "Bitte mit Anhaengerkupplung"]
