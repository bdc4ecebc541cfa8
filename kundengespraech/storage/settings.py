"""Settings such as the dealer profile: JSON values under string keys."""

from __future__ import annotations

from sqlalchemy.orm import Session

from kundengespraech.storage.models import SettingRow


def get_setting(session: Session, key: str, default: object = None) -> object:
    """The value stored under ``key``, or ``default`` if there is none."""
    row = session.get(SettingRow, key)
    return default if row is None else row.value


def set_setting(session: Session, key: str, value: object) -> None:
    """Store ``value`` (any JSON value) under ``key``; ``None`` removes the setting."""
    row = session.get(SettingRow, key)
    if value is None:
        if row is not None:
            session.delete(row)
    elif row is None:
        session.add(SettingRow(key=key, value=value))
    else:
        row.value = value
    session.flush()
