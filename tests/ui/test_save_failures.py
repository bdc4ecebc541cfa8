"""A failed save is never silent: banner, marker, queue, retry, restart and close."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy.exc import OperationalError

from kundengespraech.services.app import open_services
from kundengespraech.storage import interviews as interview_store
from kundengespraech.ui.main_window import MainWindow
from tests.e2e.conftest import type_text

FAULTS = {
    "disk_full": ("database or disk is full", "Speicherplatz ist voll"),
    "locked": ("database is locked", "von einem anderen Programm belegt"),
    "read_only": ("attempt to write a readonly database", "schreibgeschützt"),
}


class Fault:
    """Makes every answer write fail like the driver does, until cleared."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, driver_message: str) -> None:
        self._monkeypatch = monkeypatch
        self._real = interview_store.save_answer
        self.message = driver_message

    def __enter__(self) -> Fault:
        def refuse(*_args: object, **_kwargs: object) -> None:
            raise OperationalError("UPDATE", {}, sqlite3.OperationalError(self.message))

        self._monkeypatch.setattr(interview_store, "save_answer", refuse)
        return self

    def clear(self) -> None:
        self._monkeypatch.setattr(interview_store, "save_answer", self._real)

    def __exit__(self, *_exc: object) -> None:
        self.clear()


def saved_answers(window: MainWindow) -> dict[str, object]:
    view = window.interview_view
    return window.services.interviews.resume(view.interview_id).answers


def type_name(qtbot, window: MainWindow, name: str) -> None:
    editor = window.interview_view.current_page().editor("customer.last_name")
    editor.edit.setFocus()
    type_text(qtbot, editor.edit, name)
    editor.flush()


@pytest.mark.parametrize("kind", sorted(FAULTS))
def test_a_refused_answer_is_shown_kept_and_saved_once_possible(qtbot, window, monkeypatch, kind):
    driver_message, shown = FAULTS[kind]
    window.new_interview()
    view = window.interview_view
    page = view.current_page()
    with Fault(monkeypatch, driver_message) as fault:
        type_name(qtbot, window, "Nußbaum")
        assert view.save_banner.isVisible()
        assert shown in view.save_banner_text.text()
        assert page.unsaved_questions() == ["customer.last_name"]
        assert page.rows["customer.last_name"].unsaved.isVisible()
        assert view.unsaved_answers() == {"customer.last_name": "Nußbaum"}
        assert "customer.last_name" not in saved_answers(window)
        assert page.editor("customer.last_name").edit.text() == "Nußbaum"
        fault.clear()
        # Retried by itself, without another keystroke.
        qtbot.waitUntil(lambda: not view.save_banner.isVisible(), timeout=10_000)
    assert saved_answers(window)["customer.last_name"] == "Nußbaum"
    assert page.unsaved_questions() == []
    assert view.unsaved_answers() == {}


def test_the_next_answer_retries_the_queued_ones(qtbot, window, monkeypatch):
    window.new_interview()
    view = window.interview_view
    with Fault(monkeypatch, "database or disk is full") as fault:
        type_name(qtbot, window, "Berger")
        fault.clear()
        first = view.current_page().editor("customer.first_name")
        first.edit.setFocus()
        type_text(qtbot, first.edit, "Anna")
        first.flush()
    answers = saved_answers(window)
    assert answers["customer.last_name"] == "Berger" and answers["customer.first_name"] == "Anna"
    assert not view.save_banner.isVisible()


def test_queued_answers_survive_a_restart(qtbot, window, monkeypatch, db_url, prompter):
    window.new_interview()
    interview_id = window.interview_view.interview_id
    with Fault(monkeypatch, "database or disk is full"):
        type_name(qtbot, window, "Zwetschgenbaum")
        assert window.interview_view.unsaved_answers()
        # The app is gone before the disk has room again (no close, no retry).
        window.interview_view._retry.stop()
    services = open_services(db_url)
    again = MainWindow(services, prompter=prompter)  # type: ignore[arg-type]
    qtbot.addWidget(again)
    again.resume_interview(interview_id)
    assert saved_answers(again)["customer.last_name"] == "Zwetschgenbaum"
    assert again.interview_view.unsaved_answers() == {}
    editor = again.interview_view.current_page().editor("customer.last_name")
    assert editor.edit.text() == "Zwetschgenbaum"
    again.close()
    services.close()


def test_closing_with_unsaved_answers_asks(qtbot, window, monkeypatch):
    window.new_interview()
    asked: list[int] = []
    answer = [False]

    def confirm(count: int) -> bool:
        asked.append(count)
        return answer[0]

    monkeypatch.setattr(window, "confirm_close_unsaved", confirm)
    with Fault(monkeypatch, "database or disk is full"):
        type_name(qtbot, window, "Berger")
        window.close()
        assert asked == [1] and window.isVisible()
        answer[0] = True
        window.close()
        assert asked == [1, 1] and not window.isVisible()


def test_a_new_conversation_that_cannot_be_saved_is_not_opened(qtbot, window, monkeypatch):
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise OperationalError("INSERT", {}, sqlite3.OperationalError("database or disk is full"))

    monkeypatch.setattr(interview_store, "create_interview", refuse)
    window.new_interview()

    def warning() -> QMessageBox | None:
        for widget in QApplication.topLevelWidgets():
            if widget.objectName() == "saveProblem" and widget.isVisible():
                return widget  # type: ignore[return-value]
        return None

    qtbot.waitUntil(lambda: warning() is not None, timeout=5000)
    assert "Speicherplatz ist voll" in warning().text()
    assert window.current_screen() is window.start_view
    warning().close()


def test_a_typed_number_is_saved_after_a_pause_without_tab(qtbot, window):
    window.new_interview()
    view = window.interview_view
    usage = next(i for i, p in enumerate(window.services.questionnaire.pages) if p.id == "usage")
    view.go_to(usage)
    spin = view.current_page().editor("usage.annual_km").spin
    spin.setFocus()
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), "23000")
    qtbot.waitUntil(lambda: saved_answers(window).get("usage.annual_km") == 23000, timeout=5000)


def test_a_typed_email_is_saved_after_a_pause_without_tab(qtbot, window):
    window.new_interview()
    editor = window.interview_view.current_page().editor("customer.email")
    editor.edit.setFocus()
    qtbot.keyClicks(editor.edit, "anna@example.org")
    qtbot.waitUntil(
        lambda: saved_answers(window).get("customer.email") == "anna@example.org", timeout=5000
    )
