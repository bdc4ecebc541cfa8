"""Two real processes answer on one SQLite file at the same time: no save fails, none is lost."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from kundengespraech.services.app import open_services
from tests.reliability.conftest import scaled

ROOT = Path(__file__).resolve().parents[2]


def run_two_writers(db: Path, seconds: float, tmp_path: Path) -> list[dict]:
    url = f"sqlite:///{db}"
    open_services(url).close()  # create the schema once, before the race
    outs = [tmp_path / f"writer{n}.json" for n in (1, 2)]
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.reliability.concurrent_writer",
                url,
                str(seconds),
                str(out),
                f"w{n}",
            ],
            cwd=ROOT,
        )
        for n, out in enumerate(outs, 1)
    ]
    for proc in procs:
        assert proc.wait(timeout=seconds + 120) == 0
    return [json.loads(out.read_text(encoding="utf-8")) for out in outs]


def test_two_processes_answering_lose_nothing(tmp_path: Path) -> None:
    seconds = scaled(15, 60)
    db = tmp_path / "shared.db"
    results = run_two_writers(db, seconds, tmp_path)
    failed = sum(r["failed"] for r in results)
    confirmed = [tuple(c) for r in results for c in r["confirmed"]]
    print(f"concurrent saves: {len(confirmed)} confirmed, {failed} failed in {seconds} s")
    assert failed == 0, [r["errors"] for r in results]
    assert len(confirmed) > 100
    app = open_services(f"sqlite:///{db}")
    try:
        import uuid

        lost = 0
        for interview, question, value in confirmed:
            answers = app.interviews.resume(uuid.UUID(interview)).answers
            if answers.get(question) != value:
                lost += 1
    finally:
        app.close()
    assert lost == 0
