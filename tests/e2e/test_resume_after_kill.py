"""Nothing is lost: the app is killed mid-interview and finds every answer and the page again."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from kundengespraech.services.app import open_services
from kundengespraech.ui.main_window import MainWindow

CHILD = Path(__file__).with_name("interview_until_killed.py")
ROOT = Path(__file__).resolve().parents[2]


def test_killed_app_resumes_at_the_same_page_with_every_answer(qtbot, db_url):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    child = subprocess.Popen(
        [sys.executable, str(CHILD), db_url], stdout=subprocess.PIPE, text=True, env=env
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "READY"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        if child.stdout is not None:
            child.stdout.close()
    assert child.returncode == -signal.SIGKILL

    services = open_services(db_url)
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.start()
    view = window.interview_view
    assert window.current_screen() is view
    page = view.current_page()
    assert page.page.id == "usage"
    assert view.answers == {
        "customer.first_name": "Grete",
        "customer.last_name": "Nußbaum",
        "household.adults": 2,
        "household.children_count": 1,
        "household.children_ages": [4],
        "hobbies": ["horse_riding"],
        "usage.annual_km": 18000,
        "usage.towing_kg": 2200,
    }
    assert page.editor("usage.annual_km").spin.value() == 18000
    assert not page.rows["usage.towing_kg"].isHidden()
    view.go_to(0)
    assert view.current_page().editor("customer.last_name").edit.text() == "Nußbaum"
    view.go_to(1)
    ages = view.current_page().editor("household.children_ages")
    assert [spin.value() for spin in ages.fields()] == [4]
    window.close()
    services.close()
