"""Python dates and times as Qt's, field by field (works with every PySide6 version's stubs)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QTime


def to_qdate(value: date) -> QDate:
    """The same calendar day as a ``QDate``."""
    return QDate(value.year, value.month, value.day)


def to_qdatetime(value: datetime) -> QDateTime:
    """The same wall-clock time as a local ``QDateTime`` (a naive ``datetime`` is local)."""
    if value.tzinfo is not None:
        value = value.astimezone().replace(tzinfo=None)
    return QDateTime(
        to_qdate(value),
        QTime(value.hour, value.minute, value.second, value.microsecond // 1000),
    )
