"""Damaged, foreign and newer database files: refused with a German message, never changed."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from kundengespraech.storage.database import open_database
from kundengespraech.storage.errors import DatabaseOpenError
from tests.reliability.database_files import CASES, build_all


def _state(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else "dir"
        for p in sorted(folder.iterdir())
    }


def test_there_are_at_least_thirty_damaged_foreign_or_newer_files() -> None:
    assert sum(1 for _n, _b, expected in CASES if expected == "refused") >= 30


@pytest.mark.parametrize(("number", "case"), list(enumerate(CASES)), ids=[c[0] for c in CASES])
def test_each_file_is_refused_cleanly_or_opens(tmp_path: Path, number: int, case: tuple) -> None:
    name, build, expected = case
    path = tmp_path / "kg.db"
    build(path)
    for leftover in ("kg.db-wal", "kg.db-shm"):
        (tmp_path / leftover).unlink(missing_ok=True)
    before = _state(tmp_path)
    if expected == "refused":
        with pytest.raises(DatabaseOpenError) as raised:
            open_database(f"sqlite:///{path}")
        message = str(raised.value)
        assert str(path) in message
        assert "nicht verändert" in message or "nichts verändert" in message
        assert _state(tmp_path) == before, name
    else:
        open_database(f"sqlite:///{path}").close()


def test_count_of_clean_refusals(tmp_path: Path) -> None:
    """The figure of the issue: files handled cleanly out of all files (printed with -s)."""
    clean = 0
    cases = build_all(tmp_path)
    for name, path, expected in cases:
        before = _state(path.parent)
        try:
            open_database(f"sqlite:///{path}").close()
            ok = expected == "opens"
        except DatabaseOpenError as error:
            ok = expected == "refused" and _state(path.parent) == before and str(path) in str(error)
        except Exception as error:  # a traceback in the app
            ok = False
            print(f"  {name}: {type(error).__name__}: {error}")
        if not ok:
            print(f"  not clean: {name}")
        clean += ok
    print(f"database files handled cleanly: {clean} of {len(cases)}")
    assert clean == len(cases)


def test_a_healthy_read_only_database_opens_read_only_and_says_so(tmp_path: Path) -> None:
    import subprocess

    from kundengespraech.services.app import open_services
    from kundengespraech.storage.database import READ_ONLY_NOTICE
    from kundengespraech.storage.errors import WriteFailedError

    source = tmp_path / "daten"
    source.mkdir()
    app = open_services(f"sqlite:///{source / 'kg.db'}")
    interview = app.interviews.start().id
    app.interviews.answer(interview, "notes", "Wohnwagen")
    app.close()
    mount = tmp_path / "nur-lesen"
    mount.mkdir()
    result = subprocess.run(
        ["mount", "--bind", "-o", "ro", str(source), str(mount)],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        pytest.skip(f"cannot make a read-only bind mount here (needs root): {result.stderr}")
    try:
        before = _state(mount)
        db = open_database(f"sqlite:///{mount / 'kg.db'}")
        try:
            assert db.read_only is True
            assert "schreibgeschützt" in READ_ONLY_NOTICE
            from kundengespraech.storage import interviews as store

            with db.session(write=False) as session:
                assert store.load_answers(session, interview)["notes"] == "Wohnwagen"
            with db.session() as session:  # the default (write) session reads too
                assert store.load_answers(session, interview)["notes"] == "Wohnwagen"
            with pytest.raises(WriteFailedError) as raised, db.session() as session:
                store.save_answer(session, interview, "notes", "neu")
            assert raised.value.kind == "read_only"
            assert db.checkpoint() is True
        finally:
            db.close()
        assert _state(mount) == before
    finally:
        subprocess.run(["umount", str(mount)], check=False)


def test_a_writable_database_is_not_read_only(tmp_path: Path) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'kg.db'}")
    try:
        assert db.read_only is False
    finally:
        db.close()
