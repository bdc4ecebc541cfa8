"""Answers given in the real window: inline messages, and names saved while typing."""

from __future__ import annotations

from tests.e2e.conftest import click, type_into


def test_inline_message_for_a_wrong_email_and_nothing_saved(qtbot, window):
    click(qtbot, window.start_view.new_button)
    page = window.interview_view.current_page()
    type_into(qtbot, page.editor("customer.email").edit, "anna-at-example")
    email = page.editor("customer.email")
    assert "E-Mail-Adresse" in email.error_text()
    saved = window.services.interviews.resume(window.interview_view.interview_id)
    assert "customer.email" not in saved.answers
    type_into(qtbot, page.editor("customer.email").edit, "anna@example.org")
    assert not email.error_text()


def test_a_name_is_saved_while_typing_after_a_short_pause(qtbot, window):
    click(qtbot, window.start_view.new_button)
    editor = window.interview_view.current_page().editor("customer.first_name")
    given: list = []
    editor.answered.connect(given.append)
    editor.edit.setFocus()
    qtbot.keyClicks(editor.edit, "Anna")
    qtbot.waitUntil(lambda: given == ["Anna"], timeout=3000)
