"""Benchmark: import of a 100,000-row catalogue CSV, end to end (read, check, write to SQLite).

Run:  .venv/bin/python benchmarks/bench_import.py [--rows 100000] [--runs 3] [--xlsx]

Prints the median of each phase over the runs and its ratio to a baseline ``SELECT *`` of the
same vehicles table in the same run (what merely reading the written rows back costs).
Goal: 100,000 CSV rows imported in at most 10 s.
"""

from __future__ import annotations

import argparse
import io
import random
import statistics
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

from sqlalchemy import text

from kundengespraech.domain.catalogue import BODY_TYPES, POWERTRAINS, Vehicle
from kundengespraech.importers.catalogue_csv import write_catalogue
from kundengespraech.services.catalogue import CatalogueService
from kundengespraech.storage.database import open_database
from kundengespraech.storage.models import VehicleRow

MAKES = {
    "VW": ("Golf", "Passat Variant", "Tiguan", "ID.4", "Polo", "Touran"),
    "Skoda": ("Octavia Combi", "Kodiaq", "Fabia", "Enyaq", "Superb Combi"),
    "BMW": ("320d Touring", "X3", "i4", "118i"),
    "Kia": ("Ceed SW", "Sportage", "EV6", "Picanto"),
    "Dacia": ("Sandero", "Duster", "Jogger"),
}
ASSISTS = ("acc", "lane_assist", "emergency_brake", "blind_spot", "parking_camera")


def synthetic_vehicles(count: int, seed: int = 7) -> list[Vehicle]:
    """Plausible, varied vehicles (fixed seed: every run imports the same file)."""
    rng = random.Random(seed)
    vehicles = []
    for n in range(count):
        make = rng.choice(list(MAKES))
        powertrain = rng.choice(POWERTRAINS)
        used = rng.random() < 0.4
        electric = powertrain == "ev"
        vehicles.append(
            Vehicle(
                id=f"K{n:06d}",
                make=make,
                model=rng.choice(MAKES[make]),
                variant=rng.choice(("", "Life", "Style", "R-Line 2.0 TDI", "Comfort")),
                body_type=rng.choice(BODY_TYPES),
                price_eur=Decimal(rng.randrange(9_990, 89_990, 10))
                + Decimal(rng.choice((0, 50))) / 100,
                seats=rng.choice((2, 4, 5, 5, 5, 7)),
                powertrain=powertrain,
                condition="used" if used else "new",
                year=rng.randrange(2012, 2025) if used else 2025,
                mileage_km=rng.randrange(5_000, 180_000) if used else 10,
                isofix=rng.choice((None, 0, 2, 2, 3)),
                trunk_l=rng.randrange(250, 700),
                trunk_max_l=rng.choice((None, rng.randrange(900, 1900))),
                towing_kg=rng.choice((None, 0, 750, 1500, 1800, 2000, 2500)),
                tow_bar=rng.choice((None, "yes", "no", "optional")),
                roof_rails=rng.choice((None, True, False)),
                consumption_l_100km=None if electric else round(rng.uniform(3.8, 9.5), 1),
                consumption_kwh_100km=round(rng.uniform(14, 22), 1) if electric else None,
                range_km=rng.randrange(250, 600) if electric else None,
                co2_g_km=0 if electric else rng.randrange(95, 220),
                power_kw=rng.randrange(50, 250),
                accel_0_100_s=rng.choice((None, round(rng.uniform(5.5, 13.5), 1))),
                top_speed_kmh=rng.randrange(150, 250),
                awd=rng.choice((None, True, False)),
                ncap_stars=rng.choice((None, 3, 4, 5)),
                assist=tuple(a for a in ASSISTS if rng.random() < 0.5),
                length_mm=rng.randrange(3600, 5100),
                notes=rng.choice(("", "", "Vorführwagen", "Scheckheft gepflegt, 1. Hand")),
            )
        )
    return vehicles


def xlsx_bytes(vehicles: list[Vehicle]) -> bytes:
    from openpyxl import Workbook

    from kundengespraech.domain.catalogue import COLUMNS
    from kundengespraech.importers.cells import format_cell

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Katalog")
    sheet.append(list(COLUMNS))
    numeric = {"price_eur", "seats", "year", "mileage_km", "power_kw", "trunk_l", "towing_kg"}
    for vehicle in vehicles:
        row: list[object] = []
        for column in COLUMNS:
            value = getattr(vehicle, column)
            if column in numeric and value is not None:
                row.append(float(value) if isinstance(value, Decimal) else value)
            else:
                row.append(format_cell(value) or None)
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def one_run(data: bytes, name: str, folder: Path) -> dict[str, float]:
    db = open_database(f"sqlite:///{folder / 'bench.db'}")
    try:
        service = CatalogueService(db, lambda: b"", lambda: None, images_folder=folder / "img")
        started = time.perf_counter()
        preview = service.preview_bytes(data, name)
        checked = time.perf_counter()
        assert preview.ok, preview.issues[:3]
        count = service.import_preview(preview, replace=True)
        written = time.perf_counter()
        with db.engine.connect() as connection:
            rows = connection.execute(text(f"SELECT * FROM {VehicleRow.__tablename__}")).all()
        selected = time.perf_counter()
        assert count == len(rows)
    finally:
        db.close()
        (folder / "bench.db").unlink()
    return {
        "read + check": checked - started,
        "write (1 transaction)": written - checked,
        "import end to end": written - started,
        "baseline SELECT *": selected - written,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--xlsx", action="store_true", help="also time the same rows as .xlsx")
    args = parser.parse_args()
    vehicles = synthetic_vehicles(args.rows)
    files = [("katalog.csv", write_catalogue(vehicles))]
    if args.xlsx:
        files.append(("katalog.xlsx", xlsx_bytes(vehicles)))
    print(f"Python {sys.version.split()[0]}, {args.rows:,} rows, median of {args.runs} runs")
    with tempfile.TemporaryDirectory() as tmp:
        for name, data in files:
            runs = [one_run(data, name, Path(tmp)) for _ in range(args.runs)]
            print(f"\n{name} ({len(data) / 1e6:.1f} MB)")
            baseline = statistics.median(run["baseline SELECT *"] for run in runs)
            for phase in runs[0]:
                median = statistics.median(run[phase] for run in runs)
                print(f"  {phase:<24}{median:7.2f} s   {median / baseline:6.1f} × SELECT *")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
