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
