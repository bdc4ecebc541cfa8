"""Benchmark: median time to re-rank after one changed answer, at 10,000 and 100,000 vehicles.

Usage (from the repository root)::

    .venv/bin/python benchmarks/bench_ranking.py [--sizes 10000 100000] [--repeats 25]

For each size a synthetic catalogue (``domain.synthetic``) is written to a fresh SQLite
database, loaded and indexed once by ``RecommendationService`` (as the app does), then every
repeat changes one answer and re-ranks: ``service.rank(answers)`` plus what the live panel
reads (``top(3)`` with reasons, ``count_fitting``). The baseline, measured in the same run,
is a plain ``SELECT *`` over the SQLite table holding the same vehicles. Targets: ≤ 16 ms
median at 10,000 vehicles, ≤ 100 ms at 100,000.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kundengespraech import resources
from kundengespraech.domain.synthetic import synthetic_catalogue
from kundengespraech.services.recommendations import RecommendationService
from kundengespraech.storage import vehicles as vehicle_store
from kundengespraech.storage.database import open_database

TARGET_MS = {10_000: 16.0, 100_000: 100.0}
BASE_ANSWERS: dict[str, Any] = {
    "household.adults": 2,
    "household.children_count": 2,
    "household.children_ages": [3, 7],
    "pets.dog_count": 1,
    "pets.dogs": ["large"],
    "hobbies": ["cycling", "camping_caravan"],
    "usage.annual_km": 25000,
    "usage.daily_km": 60,
    "usage.home_charging": True,
    "usage.towing_kg": 1500,
    "priorities.economy": 4,
    "budget.max_price_eur": 45000,
    "preferences.body_types": ["suv", "estate"],
    "preferences.transmission": "automatic",
}


def changed_answers(repeat: int) -> dict[str, Any]:
    """The base answers with one answer changed, different from the previous repeat's."""
    answers = dict(BASE_ANSWERS)
    which = repeat % 3
    if which == 0:
        answers["budget.max_price_eur"] = 30000 + 1000 * (repeat % 40)
    elif which == 1:
        answers["priorities.safety_vs_sport"] = (repeat * 7) % 101
    else:
        answers["usage.city_share_pct"] = (repeat * 13) % 101
    return answers


def median_ms(run: Callable[[int], object], repeats: int) -> float:
    times = []
    for repeat in range(repeats):
        start = time.perf_counter()
        run(repeat)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def bench(size: int, repeats: int, folder: Path) -> dict[str, float]:
    vehicles = synthetic_catalogue(size, seed=0)
    path = folder / f"bench_{size}.db"
    db = open_database(f"sqlite:///{path}")
    try:
        with db.session() as session:
            vehicle_store.replace_catalogue(session, vehicles, "synthetic")
        service = RecommendationService(db, resources.questionnaire())
        start = time.perf_counter()
        service.rank(BASE_ANSWERS)  # loads the catalogue and builds the index once
        load_ms = (time.perf_counter() - start) * 1000

        def rerank(repeat: int) -> object:
            ranking = service.rank(changed_answers(repeat + 1))
            return ranking.top(3), ranking.count_fitting

        rerank_ms = median_ms(rerank, repeats)
    finally:
        db.close()

    def select_all(_: int) -> object:
        with sqlite3.connect(path) as connection:
            return connection.execute("SELECT * FROM vehicles").fetchall()

    select_ms = median_ms(select_all, repeats)
    return {"load": load_ms, "rerank": rerank_ms, "select": select_ms}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--repeats", type=int, default=25)
    args = parser.parse_args()
    failed = False
    print(f"median of {args.repeats} repeats; baseline: SELECT * over the same SQLite table")
    header = (
        f"{'vehicles':>9} {'load+index':>11} {'re-rank':>9} {'SELECT *':>9} "
        f"{'ratio':>7} {'target':>7}"
    )
    print(header)
    with tempfile.TemporaryDirectory() as folder:
        for size in args.sizes:
            r = bench(size, args.repeats, Path(folder))
            target = TARGET_MS.get(size)
            ok = target is None or r["rerank"] <= target
            failed |= not ok
            print(
                f"{size:>9} {r['load']:>9.0f}ms {r['rerank']:>7.2f}ms {r['select']:>7.2f}ms "
                f"{r['rerank'] / r['select']:>6.2f}x "
                f"{'' if target is None else f'{target:.0f}ms':>6} {'ok' if ok else 'TOO SLOW'}"
            )
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
