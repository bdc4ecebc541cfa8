"""Use case: the settings — the dealer profile and retention in the database, the salesperson
at this laptop and the conversation to resume on this device (see :mod:`device_settings`)."""

from __future__ import annotations

import uuid

from kundengespraech.services import settings as db_settings
from kundengespraech.services.settings import DealerSettings
from kundengespraech.storage.database import Database


class SettingsService:
    """The settings kept in the database, one short session a call."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def dealer(self) -> DealerSettings:
        """The dealer profile and the salesperson shown on the sheet."""
        return db_settings.load_settings(self._db)

    def save_dealer(self, settings: DealerSettings) -> None:
        db_settings.save_settings(self._db, settings)

    def active_interview(self) -> uuid.UUID | None:
        """The interview that was on screen when the app last stopped (None after a clean exit)."""
        return db_settings.active_interview(self._db)

    def set_active_interview(self, interview_id: uuid.UUID | None) -> None:
        db_settings.set_active_interview(self._db, interview_id)

    def retention_years(self) -> int:
        """After how many years without activity a customer is proposed for review."""
        return db_settings.retention_years(self._db)

    def set_retention_years(self, years: int) -> None:
        """Store the retention period (``ValueError`` outside 1–30 years)."""
        db_settings.set_retention_years(self._db, years)
