"""An error no code caught, raised in a Qt slot of the running app: a calm message, no traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

CHILD = Path(__file__).with_name("guarded_slot_child.py")
ROOT = Path(__file__).resolve().parents[2]


def run_child(kind: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=str(ROOT),
        XDG_STATE_HOME=str(tmp_path / "state"),
    )
    return subprocess.run(
        [sys.executable, str(CHILD), kind],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )


@pytest.mark.parametrize(
    ("kind", "expected"),
    [("disk_full", "Speicherplatz ist voll"), ("other", "Das hat leider nicht geklappt")],
)
def test_uncaught_error_in_a_slot_shows_a_message_and_logs_the_details(kind, expected, tmp_path):
    result = run_child(kind, tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    boxes = [line for line in result.stdout.splitlines() if line.startswith("BOX:")]
    assert len(boxes) == 1 and expected in boxes[0]
    logs = list((tmp_path / "state").rglob("fehler.log"))
    assert len(logs) == 1
    assert "Traceback" in logs[0].read_text(encoding="utf-8")
    assert logs[0].stat().st_mode & 0o777 == 0o600
