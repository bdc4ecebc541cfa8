"""A trade-fair day in one process: hundreds of conversations through the real window.

Every conversation is started from the start screen, a name is typed key by key (each key a
signal to a Python slot), numbers and choices are changed, every page is walked with "Weiter"
to the recommendations and back to the start screen. The process must not abort, and the
reference count of ``None`` must not fall (PySide6 6.12.0 dropped one per slot call until the
process died with "none_dealloc").
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import Qt

from tests.reliability.conftest import scaled

CONVERSATIONS = scaled(500, 500)


def one_conversation(qtbot, window, number: int) -> None:
    qtbot.mouseClick(window.start_view.new_button, Qt.MouseButton.LeftButton)
    view = window.interview_view
    page = view.current_page()
    name = page.editor("customer.last_name")
    qtbot.keyClicks(name.edit, f"Kunde{number}")
    name.flush()
    for _ in range(len(window.services.questionnaire.pages)):
        if window.current_screen() is not view:
            break
        page = view.current_page()
        if "household.adults" in page.rows:
            page.editor("household.adults").spin.setValue(1 + number % 4)
        if "usage.annual_km" in page.rows:
            page.editor("usage.annual_km").spin.setValue(10_000 + 1000 * (number % 30))
        view.go_forward()
    assert window.current_screen() is window.result_view, f"conversation {number} got stuck"
    window.show_start()


def test_hundreds_of_conversations_in_one_process(qtbot, window):
    started = time.perf_counter()
    one_conversation(qtbot, window, 0)  # warm caches before counting
    before = sys.getrefcount(None)
    for number in range(1, CONVERSATIONS):
        one_conversation(qtbot, window, number)
    drift = sys.getrefcount(None) - before
    seconds = time.perf_counter() - started
    print(f"soak: {CONVERSATIONS} conversations in {seconds:.0f} s, None refcount drift {drift}")
    # A leaking binding would lose ~100 references per conversation (one per slot call).
    assert drift > -CONVERSATIONS
    assert len(window.services.interviews.recent(limit=CONVERSATIONS + 10)) >= CONVERSATIONS
