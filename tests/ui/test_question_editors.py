"""Question editors: what the user types or clicks arrives as the right JSON value, once."""

from __future__ import annotations

import itertools
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QVBoxLayout, QWidget

from kundengespraech.domain.answers import check_value
from kundengespraech.domain.questionnaire import Option, Question
from kundengespraech.resources import questionnaire
from kundengespraech.ui.editor_base import NumberBox
from kundengespraech.ui.list_editors import IntListEditor, SizeListEditor
from kundengespraech.ui.option_editors import ChoiceEditor, MultiEditor, RatingEditor
from kundengespraech.ui.question_editors import (
    DateEditor,
    IntegerEditor,
    LongTextEditor,
    QuestionEditor,
    SliderEditor,
    TextEditor,
    make_editor,
)

pytestmark = pytest.mark.usefixtures("themed_app")


def _question(question_id: str) -> Question:
    return questionnaire().question(question_id)


@pytest.fixture
def make(qtbot):
    """An editor for a question (id or object), shown in a window with a second field."""
    windows: list[QWidget] = []  # qtbot holds widgets weakly

    def build(question: str | Question) -> QuestionEditor:
        q = _question(question) if isinstance(question, str) else question
        window = QWidget()
        layout = QVBoxLayout(window)
        editor = make_editor(q, "de")
        other = QLineEdit()
        other.setObjectName("elsewhere")
        layout.addWidget(editor)
        layout.addWidget(other)
        layout.addStretch(1)
        window.resize(800, 700)
        qtbot.addWidget(window)
        windows.append(window)
        with qtbot.waitActive(window):
            window.show()
            window.activateWindow()
        return editor

    return build


class Recorder:
    """Collects every value an editor reports."""

    def __init__(self, editor: QuestionEditor) -> None:
        self.values: list[Any] = []
        editor.answered.connect(self.values.append)


def _leave(editor: QuestionEditor) -> None:
    window = editor.window()
    window.activateWindow()
    elsewhere = window.findChild(QLineEdit, "elsewhere")
    assert elsewhere is not None
    elsewhere.setFocus(Qt.FocusReason.TabFocusReason)


# -- text types ------------------------------------------------------------------------------


def test_text_is_reported_on_enter_only_when_changed(make, qtbot):
    editor = make("customer.first_name")
    assert isinstance(editor, TextEditor)
    with qtbot.waitSignal(editor.answered) as blocker:
        qtbot.keyClicks(editor.edit, "  Anna ")
        qtbot.keyClick(editor.edit, Qt.Key.Key_Return)
    assert blocker.args == ["Anna"]
    with qtbot.assertNotEmitted(editor.answered):
        qtbot.keyClick(editor.edit, Qt.Key.Key_Return)


def test_text_is_reported_when_focus_leaves_and_empty_text_is_no_answer(make, qtbot):
    editor = make("customer.last_name")
    assert isinstance(editor, TextEditor)
    editor.focus_first()
    qtbot.waitUntil(editor.edit.hasFocus)
    qtbot.keyClicks(editor.edit, "Berger")
    with qtbot.waitSignal(editor.answered) as blocker:
        _leave(editor)
    assert blocker.args == ["Berger"]
    editor.edit.selectAll()
    qtbot.keyClick(editor.edit, Qt.Key.Key_Backspace)
    with qtbot.waitSignal(editor.answered) as blocker:
        qtbot.keyClick(editor.edit, Qt.Key.Key_Enter)
    assert blocker.args == [None]


def test_email_and_phone_keep_to_their_maximum_length(make, qtbot):
    phone = make("customer.phone")
    assert isinstance(phone, TextEditor)
    qtbot.keyClicks(phone.edit, "+49 " + "1" * 60)
    assert phone.edit.maxLength() == 40
    with qtbot.waitSignal(phone.answered) as blocker:
        qtbot.keyClick(phone.edit, Qt.Key.Key_Return)
    assert len(blocker.args[0]) == 40
    assert check_value(_question("customer.phone"), blocker.args[0]) is None


def test_long_text_is_reported_once_after_a_pause_in_typing(make, qtbot):
    editor = make("notes")
    assert isinstance(editor, LongTextEditor)
    seen = Recorder(editor)
    qtbot.keyClicks(editor.edit, "Oft in Italien unterwegs.")
    assert seen.values == []
    qtbot.waitUntil(lambda: seen.values == ["Oft in Italien unterwegs."], timeout=3000)
    qtbot.wait(50)
    assert len(seen.values) == 1


def test_long_text_is_reported_at_once_when_focus_leaves(make, qtbot):
    editor = make("notes")
    assert isinstance(editor, LongTextEditor)
    editor.focus_first()
    qtbot.waitUntil(editor.edit.hasFocus)
    qtbot.keyClicks(editor.edit, "Hund kommt mit")
    with qtbot.waitSignal(editor.answered, timeout=300) as blocker:
        _leave(editor)
    assert blocker.args == ["Hund kommt mit"]
    assert not editor.pause.isActive()


def test_long_text_stops_at_its_maximum_length(make, qtbot):
    limited = Question("notes", "longtext", {"de": "Notiz", "en": "Note"}, max_length=10)
    editor = make(limited)
    assert isinstance(editor, LongTextEditor)
    qtbot.keyClicks(editor.edit, "0123456789ABC")
    assert editor.edit.toPlainText() == "0123456789"
    assert editor.error_text() == "Hier ist Platz für höchstens 10 Zeichen."


@pytest.mark.parametrize(
    ("typed", "stored"),
    [("12.04.1985", "1985-04-12"), ("1.4.1985", "1985-04-01"), ("12041985", "1985-04-12")],
)
def test_date_is_typed_the_german_way_and_stored_as_iso(make, qtbot, typed, stored):
    editor = make("customer.birthday")
    assert isinstance(editor, DateEditor)
    with qtbot.waitSignal(editor.answered) as blocker:
        qtbot.keyClicks(editor.edit, typed)
        qtbot.keyClick(editor.edit, Qt.Key.Key_Return)
    assert blocker.args == [stored]
    assert editor.edit.text() == f"{stored[8:]}.{stored[5:7]}.{stored[:4]}"


def test_an_impossible_date_is_explained_not_reported(make, qtbot):
    editor = make("customer.birthday")
    assert isinstance(editor, DateEditor)
    editor.set_value("1985-04-12")
    editor.edit.clear()
    with qtbot.assertNotEmitted(editor.answered):
        qtbot.keyClicks(editor.edit, "31.02.1985")
        qtbot.keyClick(editor.edit, Qt.Key.Key_Return)
    assert editor.error_text() == "Bitte als Datum eingeben, zum Beispiel 12.04.1985."
    editor.edit.clear()
    with qtbot.waitSignal(editor.answered) as blocker:
        qtbot.keyClicks(editor.edit, "28.02.1985")
        qtbot.keyClick(editor.edit, Qt.Key.Key_Return)
    assert blocker.args == ["1985-02-28"]
    assert editor.error_text() is None


# -- options ---------------------------------------------------------------------------------


def test_choice_radio_buttons_report_the_option_value(make, qtbot):
    # The salutation lost its "Keine Angabe" option (an open answer means none), so the
    # three-option budget condition carries this test now.
    editor = make("budget.condition")
    assert isinstance(editor, ChoiceEditor) and editor.combo is None
    new, used, either = editor.group.buttons()
    assert [b.text() for b in (new, used, either)] == [
        "Neuwagen",
        "Gebrauchtwagen",
        "Beides ist mir recht",
    ]
    with qtbot.waitSignal(editor.answered) as blocker:
        qtbot.mouseClick(used, Qt.MouseButton.LeftButton)
    assert blocker.args == ["used"]
    with qtbot.waitSignal(editor.answered) as blocker:
        qtbot.keyClick(used, Qt.Key.Key_Right)
    assert blocker.args == ["any"]
    assert either.hasFocus()


def test_choice_tab_stop_is_the_chosen_radio_button(make):
    editor = make("budget.condition")
    assert isinstance(editor, ChoiceEditor)
    assert editor.value() == "any"
    tab_stops = [b for b in editor.group.buttons() if b.focusPolicy() & Qt.FocusPolicy.TabFocus]
    assert [b.text() for b in tab_stops] == ["Beides ist mir recht"]


def test_choice_with_many_options_is_a_drop_down_list(make, qtbot):
    many = Question(
        "colour",
        "choice",
        {"de": "Farbe", "en": "Colour"},
        options=tuple(
            Option(v, {"de": v.title()}) for v in ("rot", "blau", "grün", "weiß", "grau")
        ),
    )
    editor = make(many)
    assert isinstance(editor, ChoiceEditor) and editor.combo is not None
    assert editor.value() is None and editor.combo.currentText() == ""
    editor.combo.setFocus()
    with qtbot.waitSignal(editor.answered) as blocker:
        qtbot.keyClick(editor.combo, Qt.Key.Key_Down)
    assert blocker.args == ["rot"]


def test_boolean_is_unanswered_until_ja_or_nein(make, qtbot):
    editor = make("usage.home_charging")
    assert isinstance(editor, ChoiceEditor)
    assert editor.value() is None
    yes, no = editor.group.buttons()
    assert (yes.text(), no.text()) == ("Ja", "Nein")
    with qtbot.waitSignal(editor.answered) as blocker:
        qtbot.mouseClick(no, Qt.MouseButton.LeftButton)
    assert blocker.args == [False]
    with qtbot.waitSignal(editor.answered) as blocker:
        qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)
    assert blocker.args == [True]
    editor.set_value(None)
    assert editor.value() is None and not yes.isChecked() and not no.isChecked()


def test_multi_reports_the_checked_options_in_their_order(make, qtbot):
    editor = make("hobbies")
    assert isinstance(editor, MultiEditor)
    seen = Recorder(editor)
    qtbot.mouseClick(editor.boxes["golf"], Qt.MouseButton.LeftButton)
    editor.boxes["camping_caravan"].setFocus()
    qtbot.keyClick(editor.boxes["camping_caravan"], Qt.Key.Key_Space)
    qtbot.mouseClick(editor.boxes["golf"], Qt.MouseButton.LeftButton)
    qtbot.keyClick(editor.boxes["camping_caravan"], Qt.Key.Key_Space)
    assert seen.values == [["golf"], ["camping_caravan", "golf"], ["camping_caravan"], None]


def test_rating_buttons_report_numbers_and_follow_the_arrow_keys(make, qtbot):
    editor = make("priorities.comfort")
    assert isinstance(editor, RatingEditor)
    assert editor.value() == 3
    with qtbot.waitSignal(editor.answered) as blocker:
        qtbot.mouseClick(editor.button(5), Qt.MouseButton.LeftButton)
    assert blocker.args == [5]
    editor.button(5).setFocus()
    with qtbot.waitSignal(editor.answered) as blocker:
        qtbot.keyClick(editor.button(5), Qt.Key.Key_Left)
    assert blocker.args == [4]


# -- numbers ---------------------------------------------------------------------------------


def test_integer_typed_with_the_keyboard_is_reported_with_grouping_shown(make, qtbot):
    editor = make("usage.annual_km")
    assert isinstance(editor, IntegerEditor)
    assert editor.value() is None and editor.spin.text() == "–"
    seen = Recorder(editor)
    qtbot.keyClicks(editor.spin, "25000")
    qtbot.keyClick(editor.spin, Qt.Key.Key_Return)
    assert seen.values == [25000]
    assert editor.spin.text() == "25.000 km im Jahr"
    qtbot.keyClick(editor.spin, Qt.Key.Key_Up)
    assert seen.values == [25000, 26000]


def test_integer_can_be_emptied_again(make, qtbot):
    editor = make("budget.max_price_eur")
    assert isinstance(editor, IntegerEditor)
    qtbot.keyClick(editor.spin, Qt.Key.Key_Up)
    assert editor.value() == 1000
    with qtbot.waitSignal(editor.answered) as blocker:
        qtbot.keyClick(editor.spin, Qt.Key.Key_Down)
    assert blocker.args == [None]
    assert editor.spin.text() == "–"
    qtbot.keyClicks(editor.spin, "800")
    with qtbot.waitSignal(editor.answered) as blocker:
        qtbot.keyClick(editor.spin, Qt.Key.Key_Return)
    assert blocker.args == [800]  # kept, so the answer check can explain the minimum
    assert check_value(_question("budget.max_price_eur"), 800) == "Bitte mindestens 1000 eingeben."


def test_integer_with_default_shows_it_and_steps_by_its_step(make, qtbot):
    editor = make("household.adults")
    assert isinstance(editor, IntegerEditor)
    assert editor.value() == 1
    with qtbot.waitSignal(editor.answered) as blocker:
        qtbot.keyClick(editor.spin, Qt.Key.Key_Up)
    assert blocker.args == [2]


def test_slider_reports_keyboard_steps_but_not_while_dragging(make, qtbot):
    editor = make("usage.city_share_pct")
    assert isinstance(editor, SliderEditor)
    assert editor.value() == 50 and editor.shown.text() == "50"
    seen = Recorder(editor)
    qtbot.keyClick(editor.slider, Qt.Key.Key_Right)
    assert seen.values == [55]
    editor.slider.setSliderDown(True)
    for value in (60, 65, 70):
        editor.slider.setValue(value)
    assert seen.values == [55] and editor.shown.text() == "70"
    editor.slider.setSliderDown(False)
    assert seen.values == [55, 70]


# -- lists -----------------------------------------------------------------------------------


def test_int_list_asks_one_age_per_child(make, qtbot):
    editor = make("household.children_ages")
    assert isinstance(editor, IntListEditor)
    editor.set_count(2)
    first, second = editor.fields()
    assert isinstance(first, NumberBox) and isinstance(second, NumberBox)
    assert first.isVisible() and second.isVisible() and first.text() == "–"
    seen = Recorder(editor)
    qtbot.keyClicks(first, "7")
    qtbot.keyClick(first, Qt.Key.Key_Return)
    qtbot.keyClicks(second, "12")
    qtbot.keyClick(second, Qt.Key.Key_Return)
    assert seen.values == [[7], [7, 12]]
    assert second.text() == "12 Jahre"


def test_int_list_keeps_entered_ages_when_the_count_changes(make, qtbot):
    editor = make("household.children_ages")
    assert isinstance(editor, IntListEditor)
    editor.set_count(3)
    editor.set_value([4, 9, 15])
    seen = Recorder(editor)
    editor.set_count(4)
    assert editor.value() == [4, 9, 15] and len(editor.fields()) == 4
    editor.set_count(2)
    assert editor.value() == [4, 9] and len(editor.fields()) == 2
    editor.set_count(3)
    assert editor.value() == [4, 9, 15]
    assert seen.values == [[4, 9], [4, 9, 15]]  # only the changes the count made


def test_int_list_grows_beyond_the_fields_made_up_front_in_tab_order(make, qtbot):
    editor = make("household.children_ages")
    assert isinstance(editor, IntListEditor)
    editor.set_count(12)
    editor.set_value(list(range(12)))
    assert editor.value() == list(range(12))
    fields = editor.fields()
    for before, after in itertools.pairwise(fields[8:]):
        before.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(before.hasFocus)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert after.hasFocus()


def test_size_list_offers_the_sizes_per_dog(make, qtbot):
    editor = make("pets.dogs")
    assert isinstance(editor, SizeListEditor)
    editor.set_count(2)
    first, second = editor.fields()
    assert isinstance(first, QComboBox) and isinstance(second, QComboBox)
    assert first.currentText() == ""
    assert [first.itemText(i) for i in range(first.count())][-1] == "groß (über 25 kg)"
    with qtbot.waitSignal(editor.answered) as blocker:
        second.setFocus()
        qtbot.keyClick(second, Qt.Key.Key_End)
    assert blocker.args == [["large"]]
    with qtbot.waitSignal(editor.answered) as blocker:
        first.setCurrentIndex(0)
    assert blocker.args == [["small", "large"]]


# -- every type ------------------------------------------------------------------------------

ROUND_TRIPS = [
    ("customer.first_name", "Anna"),
    ("customer.email", "anna@beispiel.de"),
    ("customer.phone", "+49 89 1234567"),
    ("customer.birthday", "1985-04-12"),
    ("customer.salutation", "Herr"),
    ("customer.language", "en"),
    ("household.adults", 3),
    ("usage.annual_km", 25000),
    ("usage.home_charging", False),
    ("usage.city_share_pct", 80),
    ("priorities.comfort", 0),
    ("hobbies", ["cycling", "golf"]),
    ("notes", "Zeile 1\nZeile 2"),
    ("household.children_ages", [0, 17]),
    ("pets.dogs", ["large", "small"]),
]


@pytest.mark.parametrize(("question_id", "value"), ROUND_TRIPS)
def test_set_value_round_trips_without_emitting(make, qtbot, question_id, value):
    editor = make(question_id)
    editor.set_count(len(value) if isinstance(value, list) else 0)
    with qtbot.assertNotEmitted(editor.answered):
        editor.set_value(value)
        assert editor.value() == value
        editor.flush()
    assert check_value(_question(question_id), editor.value()) is None


@pytest.mark.parametrize("question_id", [q for q, _ in ROUND_TRIPS])
def test_set_error_shows_and_hides_an_inline_message(make, question_id):
    editor = make(question_id)
    editor.set_count(1)
    editor.set_error("Bitte geben Sie das noch an.")
    assert editor.error_text() == "Bitte geben Sie das noch an."
    assert all(w.property("invalid") for w in editor.inputs())
    editor.set_error(None)
    assert editor.error_text() is None
    assert not any(w.property("invalid") for w in editor.inputs())


@pytest.mark.parametrize("question_id", [q for q, _ in ROUND_TRIPS])
def test_focus_first_puts_the_keyboard_into_the_editor(make, qtbot, question_id):
    editor = make(question_id)
    editor.set_count(1)
    editor.window().activateWindow()
    editor.focus_first()
    qtbot.waitUntil(lambda: editor.isAncestorOf(editor.window().focusWidget()))
    first = editor.inputs()[0]
    assert first.accessibleName() or first.text()  # buttons are named by their text
