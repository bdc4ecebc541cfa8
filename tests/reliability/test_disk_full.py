"""A full disk: saves fail as ``disk_full``, and resume by themselves once space is freed."""

from __future__ import annotations

import errno
import os
import sqlite3
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

from kundengespraech.services.app import AppServices, open_services
from kundengespraech.storage.database import JOURNAL_SIZE_LIMIT_BYTES
from kundengespraech.storage.errors import WriteFailedError


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    mount_point = tmp_path / "disk"
    mount_point.mkdir()
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(mount_point)],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here (needs root): {result.stderr.strip()}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def fill(disk: Path, leave: int = 0) -> Path:
    ballast = disk / "ballast.bin"
    descriptor = os.open(ballast, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        for size in (65536, 4096, 512, 1):
            while True:
                try:
                    os.write(descriptor, b"\0" * size)
                except OSError as error:
                    assert error.errno == errno.ENOSPC
                    break
        if leave:
            os.ftruncate(descriptor, max(0, os.fstat(descriptor).st_size - leave))
    finally:
        os.close(descriptor)
    return ballast


def answer_many(app: AppServices, interview: uuid.UUID, count: int, tag: str) -> None:
    for n in range(count):
        assert app.interviews.answer(interview, "notes", f"{tag} {n} " + "x" * 2000) is None


def test_saving_resumes_after_space_is_freed_without_restart(small_disk: Path) -> None:
    db = small_disk / "kg.db"
    app = open_services(f"sqlite:///{db}")
    try:
        interview = app.interviews.start().id
        answer_many(app, interview, 300, "vorher")
        ballast = fill(small_disk)
        failures: list[WriteFailedError] = []
        for n in range(400):  # new conversations make the file grow
            try:
                other = app.interviews.start().id
                app.interviews.answer(other, "notes", f"voll {n} " + "y" * 4000)
            except WriteFailedError as error:
                failures.append(error)
        assert failures, "the full disk never refused a save"
        assert {f.kind for f in failures} == {"disk_full"}
        assert "Speicherplatz" in str(failures[0])
        ballast.unlink()
        assert app.interviews.answer(interview, "notes", "danach") is None
        assert app.interviews.resume(interview).answers["notes"] == "danach"
        answer_many(app, interview, 300, "danach")
        wal = db.with_name("kg.db-wal")
        assert app.db.checkpoint() is True
        assert wal.stat().st_size <= JOURNAL_SIZE_LIMIT_BYTES
    finally:
        app.close()


def test_wal_stays_small_during_normal_saving(tmp_path: Path) -> None:
    db = tmp_path / "kg.db"
    app = open_services(f"sqlite:///{db}")
    try:
        interview = app.interviews.start().id
        biggest = 0
        for n in range(400):
            app.interviews.answer(interview, "notes", f"{n} " + "z" * 3000)
            biggest = max(biggest, db.with_name("kg.db-wal").stat().st_size)
        # 100 pages of 4 kB plus the frames of the transaction that crossed the mark.
        assert biggest < 1024 * 1024, biggest
    finally:
        app.close()


@pytest.mark.parametrize(
    ("error", "kind"),
    [
        (sqlite3.OperationalError("database or disk is full"), "disk_full"),
        (OSError(errno.ENOSPC, "No space left on device"), "disk_full"),
        (sqlite3.OperationalError("attempt to write a readonly database"), "read_only"),
        (sqlite3.DatabaseError("database disk image is malformed"), "damaged"),
    ],
)
def test_injected_driver_failures_become_write_failed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error: Exception, kind: str
) -> None:
    app = open_services(f"sqlite:///{tmp_path / 'kg.db'}")
    try:
        interview = app.interviews.start().id
        from kundengespraech.storage import interviews as store

        real = store.save_answer

        def failing(*args: object, **kwargs: object) -> None:
            if isinstance(error, OSError):
                raise error
            raise OperationalError("INSERT", {}, error)

        monkeypatch.setattr(store, "save_answer", failing)
        with pytest.raises(WriteFailedError) as raised:
            app.interviews.answer(interview, "notes", "weg")
        assert raised.value.kind == kind
        monkeypatch.setattr(store, "save_answer", real)
        assert app.interviews.answer(interview, "notes", "da") is None
        assert app.interviews.resume(interview).answers["notes"] == "da"
    finally:
        app.close()


def test_checkpoint_is_harmless_on_a_fresh_database(tmp_path: Path) -> None:
    app = open_services(f"sqlite:///{tmp_path / 'kg.db'}")
    try:
        assert app.db.checkpoint() is True
        assert os.path.getsize(tmp_path / "kg.db-wal") == 0
    finally:
        app.close()


def test_catalogue_import_on_a_full_disk_ends_in_a_german_message(
    small_disk: Path, tmp_path: Path
) -> None:
    import sys

    from kundengespraech import resources as shipped

    db = small_disk / "kg.db"
    open_services(f"sqlite:///{db}").close()
    rows = shipped.demo_catalogue().decode("utf-8-sig").splitlines()
    big = tmp_path / "gross.csv"
    header, body = rows[0], rows[1:]
    id_column = header.split(",").index("id")
    lines = [header]
    for copy in range(40):
        for row in body:
            cells = row.split(",")
            cells[id_column] = f"{cells[id_column]}-{copy}"
            lines.append(",".join(cells))
    big.write_text("\n".join(lines) + "\n", encoding="utf-8")
    fill(small_disk, leave=192 * 1024)  # room to open, not to import 40 catalogues
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "kundengespraech",
            "--db",
            str(db),
            "catalogue",
            "import",
            str(big),
            "--replace",
        ],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert "Speicherplatz" in result.stderr
