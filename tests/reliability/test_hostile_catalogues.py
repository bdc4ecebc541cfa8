"""Every hostile catalogue of ``hostile_catalogues.py`` through the real command line.

Each file is imported by ``python -m kundengespraech --db … catalogue import FILE`` in its own
child process, against a copy of a database holding a known catalogue. A refused file: exit
code 2, a German message naming the file (and line and column where known), no traceback, the
database byte for byte unchanged and no file left beside it. An importable file: exit code 0
and the exported catalogue holds what the file said (never mojibake). Every run: ≤ 30 s wall
time and ≤ 600 MB peak memory of the child (``ru_maxrss`` from ``os.wait4``, taken by the
small wrapper ``measure_child.py`` so that pytest's own memory does not count).

The children run a few at a time, the heavy ones (``Case.alone``) one by one so that their time
is their own; ``KUNDENGESPRAECH_LONG=1`` adds the 20 MB files and the near-duplicates.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

from kundengespraech import cli
from kundengespraech.services.app import open_services
from tests.reliability.conftest import LONG_RUN
from tests.reliability.hostile_catalogues import HEADER, Case, cases, write_all

ROOT = Path(__file__).resolve().parents[2]
MEASURE = Path(__file__).with_name("measure_child.py")
MAX_SECONDS = 30
MAX_RSS_MB = 600
KILL_AFTER_SECONDS = 120
KNOWN = (
    ",".join(HEADER)
    + "\nK1,Škoda,Octavia,estate,31990,5,diesel\nK2,Kia,EV6,suv,44990,5,ev\n"
    + "K3,Citroën,Berlingo,van,27990,7,petrol\n"
).encode()

CASES = cases(long_run=LONG_RUN)


@dataclass(frozen=True, slots=True)
class Run:
    """How one import ended."""

    case: Case
    path: Path
    database: Path
    returncode: int
    stdout: str
    stderr: str
    seconds: float
    cpu_seconds: float
    peak_mb: float
    sha_before: str
    sha_after: str
    files_before: tuple[str, ...]
    files_after: tuple[str, ...]


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _import(case: Case, path: Path, baseline: Path, work: Path) -> Run:
    folder = work / case.name.replace(".", "_")
    folder.mkdir()
    database = folder / "kunden.db"
    shutil.copyfile(baseline, database)
    os.chmod(database, 0o600)
    sha_before = _sha(database)
    files_before = tuple(sorted(p.name for p in folder.iterdir()))
    out_path, err_path = work / f"{case.name}.out", work / f"{case.name}.err"
    report = work / f"{case.name}.json"
    command = [
        sys.executable,
        str(MEASURE),
        str(report),
        "--",
        sys.executable,
        "-m",
        "kundengespraech",
        "--db",
        f"sqlite:///{database}",
        "catalogue",
        "import",
        str(path),
    ]
    env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONIOENCODING="utf-8")
    with out_path.open("wb") as out, err_path.open("wb") as err:
        child = subprocess.Popen(
            command, stdout=out, stderr=err, env=env, cwd=folder, start_new_session=True
        )
        killer = threading.Timer(KILL_AFTER_SECONDS, os.killpg, (child.pid, signal.SIGKILL))
        killer.start()
        try:
            child.wait()
        finally:
            killer.cancel()
    measured = json.loads(report.read_text("utf-8"))
    return Run(
        case=case,
        path=path,
        database=database,
        returncode=child.returncode,
        stdout=out_path.read_text("utf-8", errors="replace"),
        stderr=err_path.read_text("utf-8", errors="replace"),
        seconds=measured["seconds"],
        cpu_seconds=measured["cpu_seconds"],
        peak_mb=measured["max_rss_kb"] / 1024,  # kilobytes on Linux
        sha_before=sha_before,
        sha_after=_sha(database),
        files_before=files_before,
        files_after=tuple(sorted(p.name for p in folder.iterdir())),
    )


@pytest.fixture(scope="module")
def runs() -> Iterator[dict[str, Run]]:
    """Every case imported once, a few children at a time."""
    with tempfile.TemporaryDirectory(prefix="hostile-") as temp:
        work = Path(temp)
        baseline = work / "baseline.db"
        services = open_services(f"sqlite:///{baseline}")
        try:
            assert services.catalogue.import_bytes(KNOWN, "bekannt.csv", replace=True) == 3
        finally:
            services.close()
        written = write_all(work / "dateien", long_run=LONG_RUN)
        workers = max(2, min(4, os.cpu_count() or 2))
        together = [item for item in written if not item[0].alone]
        with ThreadPoolExecutor(max_workers=workers) as pool:
            done = list(pool.map(lambda item: _import(*item, baseline, work), together))
        done += [_import(*item, baseline, work) for item in written if item[0].alone]
        _report(done)
        yield {run.case.name: run for run in done}


def _report(done: list[Run]) -> None:
    """With ``KUNDENGESPRAECH_HOSTILE_REPORT=FILE`` the figures of every file as a table."""
    target = os.environ.get("KUNDENGESPRAECH_HOSTILE_REPORT")
    if not target:
        return
    lines = ["file\tbytes\texit\tseconds\tcpu_seconds\tpeak_mb\tdatabase"]
    for run in done:
        database = "unchanged" if run.sha_after == run.sha_before else "changed"
        lines.append(
            f"{run.case.name}\t{run.path.stat().st_size}\t{run.returncode}\t"
            f"{run.seconds:.1f}\t{run.cpu_seconds:.1f}\t{run.peak_mb:.0f}\t{database}"
        )
    Path(target).write_text("\n".join(lines) + "\n", "utf-8")


def _exported(database: Path, target: Path) -> str:
    code = cli.main(["--db", f"sqlite:///{database}", "catalogue", "export", str(target)])
    assert code == 0
    return target.read_text("utf-8")


def test_the_generator_writes_at_least_40_files_of_both_kinds() -> None:
    names = [case.name for case in CASES]
    assert len(set(names)) == len(names)
    assert sum(name.endswith(".csv") for name in names) >= 20
    assert sum(name.endswith(".xlsx") for name in names) >= 20
    assert sum(not case.imports for case in CASES) >= 40


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_hostile_catalogue(case: Case, runs: dict[str, Run], tmp_path: Path) -> None:
    run = runs[case.name]
    said = run.stderr + run.stdout
    assert "Traceback" not in said, said
    assert run.seconds <= MAX_SECONDS, f"{run.seconds:.1f} s ({run.cpu_seconds:.1f} s CPU)"
    assert run.peak_mb <= MAX_RSS_MB, f"{run.peak_mb:.0f} MB"
    for fragment in case.absent:
        assert fragment not in said, f"{fragment!r} in:\n{said[:3000]}"
    if case.imports:
        assert run.returncode == 0, said[:3000]
        assert "importiert aus" in run.stdout
        exported = _exported(run.database, tmp_path / "export.csv")
        for fragment in (*case.present, "K1,Škoda,Octavia"):
            assert fragment in exported, f"{fragment[:60]!r} not exported"
        for fragment in case.absent:
            assert fragment not in exported, f"{fragment!r} exported"
        return
    assert run.returncode == 2, said[:3000]
    assert run.stdout == ""
    assert said.startswith("Fehler: ") and "nichts importiert" in said, said[:3000]
    assert case.name in run.stderr, run.stderr[:3000]
    for fragment in case.expect:
        assert fragment in run.stderr, f"{fragment!r} not in:\n{run.stderr[:3000]}"
    assert len(run.stderr) < 40_000, "the message is capped"
    assert run.sha_after == run.sha_before, "a refused file changed the database"
    assert run.files_after == run.files_before, "a refused file left files beside the database"
