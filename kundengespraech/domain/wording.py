"""Small helpers for plain sentences (German or English)."""

from __future__ import annotations


def plural(count: int, one: str, many: str) -> str:
    """``plural(1, "Kind", "Kinder")`` → ``"1 Kind"``, ``plural(3, …)`` → ``"3 Kinder"``."""
    return f"{count} {one if count == 1 else many}"
