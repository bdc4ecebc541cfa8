"""Retention: when a customer without activity is proposed for review (and erasure)."""

from __future__ import annotations

from datetime import datetime

DEFAULT_RETENTION_YEARS = 3
MIN_RETENTION_YEARS = 1
MAX_RETENTION_YEARS = 30


def check_retention_years(years: int) -> int:
    """``years`` if it is a sensible retention period, else ``ValueError``."""
    if isinstance(years, bool) or not isinstance(years, int):
        raise ValueError(f"retention years must be a whole number, not {years!r}")
    if not MIN_RETENTION_YEARS <= years <= MAX_RETENTION_YEARS:
        raise ValueError(
            f"retention years must be {MIN_RETENTION_YEARS}–{MAX_RETENTION_YEARS}, not {years}"
        )
    return years


def retention_cutoff(now: datetime, years: int) -> datetime:
    """The same moment ``years`` calendar years before ``now`` (29 February → 28 February).

    A customer whose last activity lies before this moment is due for review; one exactly at
    it is not yet.
    """
    check_retention_years(years)
    year = now.year - years
    try:
        return now.replace(year=year)
    except ValueError:  # 29 February in a year that has none
        return now.replace(year=year, day=28)


def due_for_review(last_activity: datetime, now: datetime, years: int) -> bool:
    """Whether a customer last active at ``last_activity`` is due for review at ``now``."""
    return last_activity < retention_cutoff(now, years)
