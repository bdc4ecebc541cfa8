"""A generator of damaged, foreign and newer SQLite files (and a few healthy ones).

``build_all(folder)`` returns ``(name, path, expected)`` with ``expected`` one of
``"refused"`` (a clear German DatabaseOpenError, file unchanged) or ``"opens"``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from sqlalchemy.engine import make_url

from kundengespraech.storage.database import create_database_engine, open_database


def _ours(path: Path) -> None:
    db = open_database(f"sqlite:///{path}")
    with db.session() as session:
        from kundengespraech.storage import interviews

        for _ in range(30):
            interviews.create_interview(session, salesperson="Anna " + "x" * 300)
    db.close()


def _legacy(path: Path, revision: str) -> None:
    from alembic import command

    from kundengespraech.storage.migrate import alembic_config

    engine = create_database_engine(make_url(f"sqlite:///{path}"))
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), revision)
    engine.dispose()


def _sql(path: Path, *statements: str) -> None:
    connection = sqlite3.connect(path)
    for statement in statements:
        connection.execute(statement)
    connection.commit()
    connection.close()


def _alembic_app(revision: str) -> Callable[[Path], None]:
    def build(path: Path) -> None:
        _sql(
            path,
            "CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)",
            f"INSERT INTO alembic_version VALUES ('{revision}')",
            "CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)",
        )

    return build


def _patched(offset: int, data: bytes) -> Callable[[Path], None]:
    def build(path: Path) -> None:
        _ours(path)
        raw = bytearray(path.read_bytes())
        raw[offset : offset + len(data)] = data
        path.write_bytes(bytes(raw))

    return build


def _flip(offset: int) -> Callable[[Path], None]:
    def build(path: Path) -> None:
        _ours(path)
        raw = bytearray(path.read_bytes())
        raw[offset] ^= 0xFF
        path.write_bytes(bytes(raw))

    return build


def _truncated(by: int) -> Callable[[Path], None]:
    def build(path: Path) -> None:
        _ours(path)
        raw = path.read_bytes()
        path.write_bytes(raw[: len(raw) - by])

    return build


def _garbage_page(page: int) -> Callable[[Path], None]:
    def build(path: Path) -> None:
        _ours(path)
        raw = bytearray(path.read_bytes())
        size = 4096
        raw[page * size : (page + 1) * size] = bytes((i * 37 + 11) % 256 for i in range(size))
        path.write_bytes(bytes(raw))

    return build


def _newer(path: Path) -> None:
    _ours(path)
    _sql(path, "UPDATE alembic_version SET version_num = '0099'")


def _ours_with_extra_table_unmarked(path: Path) -> None:
    _legacy(path, "0004")
    _sql(path, "CREATE TABLE extra (x)")


CASES: list[tuple[str, Callable[[Path], None], str]] = [
    ("text file", lambda p: p.write_text("Hallo, keine Datenbank\n" * 50), "refused"),
    ("zeros", lambda p: p.write_bytes(b"\0" * 8192), "refused"),
    ("header only", lambda p: p.write_bytes(b"SQLite format 3\0"), "refused"),
    (
        "random bytes",
        lambda p: p.write_bytes(bytes((i * 97) % 251 for i in range(20000))),
        "refused",
    ),
    (
        "other app plain",
        lambda p: _sql(p, "CREATE TABLE t (a, b)", "INSERT INTO t VALUES (1,2)"),
        "refused",
    ),
    ("only a view", lambda p: _sql(p, "CREATE VIEW v AS SELECT 1 AS x"), "refused"),
    (
        "only an index table",
        lambda p: _sql(p, "CREATE TABLE q (a)", "CREATE INDEX qi ON q (a)"),
        "refused",
    ),
    (
        "only a trigger table",
        lambda p: _sql(
            p, "CREATE TABLE q (a)", "CREATE TRIGGER tr AFTER INSERT ON q BEGIN SELECT 1; END"
        ),
        "refused",
    ),
    (
        "empty alembic_version",
        lambda p: _sql(p, "CREATE TABLE alembic_version (version_num VARCHAR(32))"),
        "refused",
    ),
    (
        "two alembic rows",
        lambda p: _sql(
            p,
            "CREATE TABLE alembic_version (version_num VARCHAR(32))",
            "INSERT INTO alembic_version VALUES ('0001'), ('0002')",
        ),
        "refused",
    ),
    ("alembic app 0001", _alembic_app("0001"), "refused"),
    ("alembic app 0002", _alembic_app("0002"), "refused"),
    ("alembic app 0003", _alembic_app("0003"), "refused"),
    ("alembic app 0004", _alembic_app("0004"), "refused"),
    ("alembic app 0005", _alembic_app("0005"), "refused"),
    ("alembic app hex", _alembic_app("ae1027a6acf"), "refused"),
    (
        "foreign application_id",
        lambda p: _sql(p, "PRAGMA application_id = 1234", "CREATE TABLE t (a)"),
        "refused",
    ),
    ("ours plus extra table", _ours_with_extra_table_unmarked, "refused"),
    ("newer schema", _newer, "refused"),
    ("truncated by 1 byte", _truncated(1), "refused"),
    ("truncated by 100 bytes", _truncated(100), "refused"),
    ("truncated by one page", _truncated(4096), "refused"),
    ("bad magic", _patched(0, b"SQLite format 4\0"), "refused"),
    ("bad page size", _patched(16, b"\x03\x00"), "refused"),
    ("page count too big", _patched(28, b"\x00\x00\x10\x00"), "refused"),
    ("flip page 1 cell count", _flip(103), "refused"),
    ("flip page 2 header", _flip(4096), "refused"),
    ("flip page 3 header", _flip(4096 * 2 + 3), "refused"),
    ("garbage page 1", _garbage_page(1), "refused"),
    ("garbage page 2", _garbage_page(2), "refused"),
    ("garbage page 1 btree header", _patched(100, bytes(range(7, 250)) * 4), "refused"),
    ("a folder", lambda p: p.mkdir(), "refused"),
    ("empty file", lambda p: p.write_bytes(b""), "opens"),
    ("ours at head", _ours, "opens"),
    ("ours 0001 unmarked", lambda p: _legacy(p, "0001"), "opens"),
    ("ours 0003 unmarked", lambda p: _legacy(p, "0003"), "opens"),
    ("ours 0004 unmarked", lambda p: _legacy(p, "0004"), "opens"),
]


def build_all(folder: Path) -> list[tuple[str, Path, str]]:
    built = []
    for number, (name, build, expected) in enumerate(CASES):
        case_folder = folder / f"case{number:02d}"
        case_folder.mkdir(parents=True)
        path = case_folder / "kg.db"
        build(path)
        for leftover in ("kg.db-wal", "kg.db-shm"):
            (case_folder / leftover).unlink(missing_ok=True)
        built.append((name, path, expected))
    return built


__all__ = ["CASES", "build_all"]
