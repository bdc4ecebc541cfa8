"""Hostile catalogue files: zip bombs and absurdly wide headers are refused quickly and calmly.

Each file goes through the real command line in a child process; the check is the German
message naming the file, exit code 2, no traceback, bounded time and memory, and a database
that is byte for byte unchanged.
"""

from __future__ import annotations

import hashlib
import io
import os
import resource
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from kundengespraech.services.app import open_services

ROOT = Path(__file__).resolve().parents[2]
MAX_SECONDS = 30
MAX_RSS_MB = 600
HEADER = ["id", "make", "model", "body_type", "price_eur", "seats", "powertrain"]


def _xlsx_bytes() -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.append(HEADER)
    sheet.append(["A1", "VW", "Golf", "compact", 20000, 5, "petrol"])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def zip_bomb(path: Path, unpacked_mb: int) -> Path:
    """A real workbook whose sheet is replaced by ``unpacked_mb`` MB of repeated XML."""
    source = zipfile.ZipFile(io.BytesIO(_xlsx_bytes()))
    chunk = b"<row><c><v>0</v></c></row>" * 40_000  # ~1 MB
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as target:
        for member in source.infolist():
            if member.filename == "xl/worksheets/sheet1.xml":
                with target.open(member.filename, "w", force_zip64=True) as stream:
                    stream.write(
                        b'<worksheet xmlns="http://schemas.openxmlformats.org/'
                        b'spreadsheetml/2006/main"><sheetData>'
                    )
                    for _ in range(unpacked_mb):
                        stream.write(chunk)
                    stream.write(b"</sheetData></worksheet>")
            else:
                target.writestr(member, source.read(member))
    return path


def many_members(path: Path) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        source = zipfile.ZipFile(io.BytesIO(_xlsx_bytes()))
        for member in source.infolist():
            target.writestr(member, source.read(member))
        for index in range(5000):
            target.writestr(f"xl/media/image{index}.bin", b"x")
    return path


def wide_csv(path: Path, columns: int) -> Path:
    header = ",".join([*HEADER, *(f"x{i}" for i in range(columns))])
    path.write_text(header + "\nA1,VW,Golf,compact,20000,5,petrol\n", encoding="utf-8")
    return path


def run_import(
    db: Path, catalogue: Path, *extra: str
) -> tuple[subprocess.CompletedProcess[str], float, float]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.perf_counter()
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "kundengespraech",
            "--db",
            str(db),
            "catalogue",
            "import",
            str(catalogue),
            *extra,
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
    )
    seconds = time.perf_counter() - started
    peak_mb = max(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, before) / 1024
    return result, seconds, peak_mb


@pytest.fixture
def database(tmp_path: Path) -> Path:
    path = tmp_path / "kunden.db"
    open_services(f"sqlite:///{path}").close()
    return path


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (lambda d: zip_bomb(d / "bombe.xlsx", 300), "ZIP-Bombe"),
        (lambda d: zip_bomb(d / "bombe-klein.xlsx", 40), "ZIP-Bombe"),
        (lambda d: many_members(d / "viele-teile.xlsx"), "höchstens 2.000"),
        (lambda d: wide_csv(d / "breit.csv", 1_000_000), "1.000.007 Spalten"),
        (lambda d: wide_csv(d / "breit-etwas.csv", 400), "407 Spalten"),
    ],
    ids=["xlsx-bomb-300mb", "xlsx-bomb-40mb", "xlsx-5000-members", "csv-1m-columns", "csv-407"],
)
def test_hostile_file_is_refused_calmly_and_changes_nothing(tmp_path, database, make, expected):
    catalogue = make(tmp_path)
    before = _sha(database)
    neighbours = sorted(p.name for p in database.parent.iterdir())
    for extra in ((), ("--preview",)):
        result, seconds, peak_mb = run_import(database, catalogue, *extra)
        assert result.returncode == 2, result.stderr
        assert "Traceback" not in result.stderr
        assert catalogue.name in result.stderr and expected in result.stderr, result.stderr
        assert seconds < MAX_SECONDS
        assert peak_mb < MAX_RSS_MB
    assert _sha(database) == before
    assert sorted(p.name for p in database.parent.iterdir()) == neighbours
