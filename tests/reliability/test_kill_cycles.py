"""kill -9 at random moments while answers are saved: every confirmed answer survives.

Each cycle starts a child that answers through ``InterviewService.answer`` (the app's save
path), reads the answers it confirmed, kills it with SIGKILL after a random time, reopens the
database and checks that every question holds its last confirmed answer (or the one being
written when the kill came) and that SQLite's integrity check passes.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import uuid
from pathlib import Path

from kundengespraech.services.app import open_services
from tests.reliability.answer_until_killed import QUESTIONS, value_for
from tests.reliability.conftest import scaled

ROOT = Path(__file__).resolve().parents[2]
CHILD = Path(__file__).with_name("answer_until_killed.py")
CYCLES = scaled(50, 1000)


def _cycle(db_url: str, interview_id: str | None, start: int, wait: float) -> tuple[str, list[int]]:
    child = subprocess.Popen(
        [sys.executable, str(CHILD), db_url, *([interview_id, str(start)] if interview_id else [])],
        stdout=subprocess.PIPE,
        text=True,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
    )
    assert child.stdout is not None
    ready = child.stdout.readline().split()
    assert ready and ready[0] == "READY", ready
    confirmed: list[int] = []

    def read() -> None:
        assert child.stdout is not None
        for line in child.stdout:
            parts = line.split()
            if len(parts) == 2:
                confirmed.append(int(parts[1]))

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    killer = threading.Timer(wait, lambda: child.send_signal(signal.SIGKILL))
    killer.start()
    child.wait(timeout=60)
    killer.cancel()
    reader.join(timeout=10)
    child.stdout.close()
    assert child.returncode == -signal.SIGKILL
    return ready[1], confirmed


def test_every_confirmed_answer_survives_kill_9(tmp_path: Path) -> None:
    path = tmp_path / "kunden.db"
    db_url = f"sqlite:///{path}"
    rng = random.Random(8)
    interview_id: str | None = None
    last = 0
    total_confirmed = 0
    lost = 0
    for _cycle_number in range(CYCLES):
        interview_id, confirmed = _cycle(db_url, interview_id, last, rng.uniform(0.05, 0.6))
        total_confirmed += len(confirmed)
        last = max([last, *confirmed]) + 1  # the next child skips a possibly half-written n
        services = open_services(db_url)
        try:
            saved = services.interviews.resume(uuid.UUID(interview_id)).answers
        finally:
            services.close()
        latest: dict[str, int] = {}
        for n in confirmed:
            latest[QUESTIONS[n % len(QUESTIONS)]] = n
        for question, n in latest.items():
            allowed = {value_for(question, n), value_for(question, n + len(QUESTIONS))}
            if saved.get(question) not in allowed:
                lost += 1
        with sqlite3.connect(path) as connection:
            assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    print(f"kill -9 cycles: {CYCLES}, confirmed answers: {total_confirmed}, lost: {lost}")
    assert total_confirmed > CYCLES  # the children really saved answers before the kill
    assert lost == 0
