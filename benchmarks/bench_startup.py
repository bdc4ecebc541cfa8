"""Start-up benchmark: app start to an interactive window, and memory, with a large catalogue.

Usage: .venv/bin/python benchmarks/bench_startup.py [--vehicles 100000] [--repeats 5]

For each repeat a fresh process starts the real app (offscreen) on a SQLite database holding
N synthetic vehicles and reports, measured from just before the process is spawned:
  window   – the main window is shown and the event loop has run (the user can click),
  catalogue – the catalogue is indexed in the background (live recommendations available),
  rss      – resident memory (VmRSS) once the catalogue is loaded.
Baseline in the same run: a plain ``SELECT *`` over the same vehicles table.
Figures are medians.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CHILD = r"""
import os, sys, time
from PySide6.QtWidgets import QApplication
from kundengespraech.ui.app import start_app
started = start_app(sys.argv[1])
app = started.app
app.processEvents()
def rss_kb():
    return next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmRSS"))
print("WINDOW", rss_kb(), flush=True)
deadline = time.monotonic() + 60
while not started.catalogue_ready and time.monotonic() < deadline:
    app.processEvents()
    time.sleep(0.005)
print("CATALOGUE", rss_kb(), flush=True)
started.services.close()
"""


def make_database(path: Path, count: int) -> str:
    from kundengespraech.domain.synthetic import synthetic_catalogue
    from kundengespraech.storage import vehicles as vehicle_store
    from kundengespraech.storage.database import open_database

    url = f"sqlite:///{path}"
    db = open_database(url)
    with db.session() as session:
        vehicle_store.replace_catalogue(session, synthetic_catalogue(count), "Benchmark")
    db.close()
    return url


def one_start(url: str) -> tuple[float, float, float]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    started = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, url], stdout=subprocess.PIPE, text=True, env=env
    )
    assert child.stdout is not None
    window = catalogue = 0.0
    rss_mb = 0.0
    for line in child.stdout:
        now = time.perf_counter() - started
        if line.startswith("WINDOW"):
            window = now
            print(f"    window shown, {int(line.split()[1]) / 1024:.0f} MB resident")
        elif line.startswith("CATALOGUE"):
            catalogue = now
            rss_mb = int(line.split()[1]) / 1024
    child.wait(timeout=120)
    child.stdout.close()
    return window, catalogue, rss_mb


def select_all(path: Path) -> float:
    with sqlite3.connect(path) as connection:
        started = time.perf_counter()
        connection.execute("SELECT * FROM vehicles").fetchall()
        return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--vehicles", type=int, default=100_000)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.db"
        url = make_database(path, args.vehicles)
        runs = [one_start(url) for _ in range(args.repeats)]
        baseline = statistics.median(select_all(path) for _ in range(args.repeats))
    window = statistics.median(r[0] for r in runs)
    catalogue = statistics.median(r[1] for r in runs)
    rss = statistics.median(r[2] for r in runs)
    print(f"vehicles: {args.vehicles}, repeats: {args.repeats} (medians)")
    print(f"  baseline SELECT *         {baseline * 1000:8.0f} ms")
    print(
        f"  start → interactive window {window * 1000:7.0f} ms  "
        f"({window / baseline:.1f}× baseline; target ≤ 2000 ms)"
    )
    print(
        f"  start → catalogue indexed  {catalogue * 1000:7.0f} ms  "
        f"({catalogue / baseline:.1f}× baseline)"
    )
    print(f"  resident memory            {rss:7.0f} MB  (target ≤ 300 MB)")


if __name__ == "__main__":
    main()
