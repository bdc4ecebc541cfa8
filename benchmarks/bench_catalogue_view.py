"""Catalogue window benchmark: open, search, sort and jump to the end with a large catalogue.

Usage: .venv/bin/python benchmarks/bench_catalogue_view.py [--vehicles 100000] [--repeats 7]

Builds a SQLite database of N synthetic vehicles, then, in one process with Qt offscreen and the
app's theme, times each interaction until the window has repainted (the user sees the result):
  open       – ``CatalogueWindow(browser)`` created, shown and painted with its first page,
  search     – a search text applied (the 250 ms typing pause itself not counted),
  sort price – a click on the "Preis" header (ascending and descending in turn),
  sort trunk – the same on "Kofferraum", a column without an index (for comparison),
  end        – Ctrl+End: the last vehicle selected and shown.
Baseline in the same run: a plain ``SELECT *`` over the same vehicles table (all rows fetched).
Figures are medians; each interaction is also given as a ratio to the baseline.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from kundengespraech.domain.synthetic import synthetic_catalogue
from kundengespraech.services.catalogue_browser import CatalogueBrowser
from kundengespraech.storage import vehicles as vehicle_store
from kundengespraech.storage.database import Database, open_database
from kundengespraech.ui.catalogue_window import CatalogueWindow
from kundengespraech.ui.theme import apply_theme

PRICE, TRUNK = 4, 6  # columns of the table
SEARCHES = ("golf", "tiguan dsg", "S0999", "octavia combi", "multivan", "110 kw", "polo")


def make_database(path: Path, count: int) -> Database:
    db = open_database(f"sqlite:///{path}")
    with db.session() as session:
        vehicle_store.replace_catalogue(session, synthetic_catalogue(count), "Benchmark")
    return db


def timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples)


def baseline(path: Path, repeats: int) -> list[float]:
    samples = []
    for _ in range(repeats):
        connection = sqlite3.connect(path)
        try:
            samples.append(
                timed(lambda c=connection: c.execute("SELECT * FROM vehicles").fetchall())
            )
        finally:
            connection.close()
    return samples


def painted(window: CatalogueWindow) -> None:
    """Let Qt handle what is pending and paint the window now, as the screen would."""
    QApplication.processEvents()
    window.repaint()


def one_run(browser: CatalogueBrowser, run: int, vehicles: int) -> dict[str, float]:
    """Open a window, search, sort twice and jump to the end; milliseconds of each."""
    times: dict[str, float] = {}
    started = time.perf_counter()
    window = CatalogueWindow(browser)
    window.resize(1366, 700)
    window.show()
    painted(window)
    times["open"] = (time.perf_counter() - started) * 1000
    assert window.model.rowCount() == vehicles

    window.search.setText(SEARCHES[run % len(SEARCHES)])  # starts the typing pause
    times["search"] = timed(lambda: (window.filters.flush(), painted(window)))
    assert window.model.query.text
    window.filters.reset()
    painted(window)

    order = Qt.SortOrder.DescendingOrder if run % 2 else Qt.SortOrder.AscendingOrder
    for name, column in (("sort price", PRICE), ("sort trunk", TRUNK)):
        times[name] = timed(lambda c=column: (window.table.sortByColumn(c, order), painted(window)))

    def to_the_end() -> None:
        window.table.setFocus()
        end = QKeyEvent(
            QKeyEvent.Type.KeyPress, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier
        )
        QApplication.sendEvent(window.table, end)
        painted(window)

    times["end"] = timed(to_the_end)
    assert window.table.currentIndex().row() == vehicles - 1
    window.close()
    window.deleteLater()
    QApplication.processEvents()
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--vehicles", type=int, default=100_000)
    parser.add_argument("--repeats", type=int, default=7)
    args = parser.parse_args()
    repeats = max(5, args.repeats)

    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    apply_theme(app)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "katalog.db"
        print(f"Building {args.vehicles:,} synthetic vehicles …", flush=True)
        db = make_database(path, args.vehicles)
        browser = CatalogueBrowser(db)
        results: dict[str, list[float]] = {"SELECT * (baseline)": baseline(path, repeats)}
        for run in range(repeats):
            for name, value in one_run(browser, run, args.vehicles).items():
                results.setdefault(name, []).append(value)
        db.close()

    base = median_ms(results["SELECT * (baseline)"])
    print(
        f"\n{args.vehicles:,} vehicles, medians of {repeats} runs (SQLite {sqlite3.sqlite_version})"
    )
    print(f"{'':22}{'median':>10}{'min':>10}{'max':>10}{'× baseline':>12}")
    for name, samples in results.items():
        median = median_ms(samples)
        print(
            f"{name:22}{median:8.1f} ms{min(samples):7.1f} ms{max(samples):7.1f} ms"
            f"{median / base:12.2f}"
        )


if __name__ == "__main__":
    main()
