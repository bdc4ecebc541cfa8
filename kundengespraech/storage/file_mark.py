"""Our mark on SQLite files: ``PRAGMA application_id`` and the ``kg_meta`` table.

``APPLICATION_ID`` is 0x4B475350 (ASCII "KGSP", 1262965584), written into bytes 68–71 of the
SQLite header of every database this app creates (migration 0005). A file without it is
ours only if it is a database of an earlier version (revisions 0001–0004, written before the
mark existed) with exactly the tables and columns that version created; it gets the mark on
upgrade. Anything else is foreign and is never modified.
"""

from __future__ import annotations

import hashlib
import sqlite3

APPLICATION_ID = 0x4B475350
APP_NAME = "kundengespraech"
META_TABLE = "kg_meta"

# SHA-256 of "table:col,col;…" (sorted) of the schema each unmarked earlier revision created.
_LEGACY_SCHEMAS: dict[str, str] = {
    "0001": "7a00653a709ad445e38af0cc2c13604ac69e3ece191f98af6966c710c5878a2f",
    "0002": "7a00653a709ad445e38af0cc2c13604ac69e3ece191f98af6966c710c5878a2f",
    "0003": "7a00653a709ad445e38af0cc2c13604ac69e3ece191f98af6966c710c5878a2f",
    "0004": "e69d3ccd7025d5362e7869170991397e7b4ef77830a8567a1fb7c53f2e210102",
}


def application_id_of(header: bytes) -> int:
    """The ``application_id`` stored in a SQLite file header (0 if none)."""
    return int.from_bytes(header[68:72], "big")


def schema_fingerprint(connection: sqlite3.Connection) -> str:
    """The fingerprint of the tables and columns behind ``connection``."""
    tables = sorted(
        name
        for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    )
    parts = []
    for table in tables:
        quoted = table.replace('"', '""')
        columns = sorted(row[1] for row in connection.execute(f'PRAGMA table_info("{quoted}")'))
        parts.append(f"{table}:{','.join(columns)}")
    return hashlib.sha256(";".join(parts).encode("utf-8")).hexdigest()


def is_legacy_database(connection: sqlite3.Connection, revision: str) -> bool:
    """Whether an unmarked file is a database of an earlier version of this app at ``revision``."""
    expected = _LEGACY_SCHEMAS.get(revision)
    return expected is not None and schema_fingerprint(connection) == expected
