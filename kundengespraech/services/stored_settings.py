"""Use case: the app's settings: the dealership's in the database, this laptop's on the device."""

from __future__ import annotations

import uuid

from kundengespraech.services import settings as db_settings
from kundengespraech.services.device_settings import DeviceSettings
from kundengespraech.services.settings import DealerSettings
from kundengespraech.storage.database import Database


class SettingsService:
    """The dealer profile and retention (database) and the salesperson and conversation to
    resume (this device; see :mod:`kundengespraech.services.settings`)."""

    def __init__(self, db: Database, device: DeviceSettings | None = None) -> None:
        """``device``: this laptop's settings (default: the user's configuration folder)."""
        self._db = db
        self._device = device

    def dealer(self) -> DealerSettings:
        """The dealer profile and the salesperson shown on the sheet."""
        return db_settings.load_settings(self._db, self._device)

    def save_dealer(self, settings: DealerSettings) -> None:
        db_settings.save_settings(self._db, settings, self._device)

    def active_interview(self) -> uuid.UUID | None:
        """The interview on screen on this device when the app last stopped (None after a
        clean exit)."""
        return db_settings.active_interview(self._db, self._device)

    def set_active_interview(self, interview_id: uuid.UUID | None) -> None:
        db_settings.set_active_interview(self._db, interview_id, self._device)

    def retention_years(self) -> int:
        """After how many years without activity a customer is proposed for review."""
        return db_settings.retention_years(self._db)

    def set_retention_years(self, years: int) -> None:
        """Store the retention period (``ValueError`` outside 1–30 years)."""
        db_settings.set_retention_years(self._db, years)
