"""Use case: the dealer profile (in the database, for every device) and the salesperson at
this laptop and the conversation to resume (per device, see :mod:`device_settings`)."""

from __future__ import annotations

import contextlib
import uuid
from dataclasses import asdict, dataclass, fields
from typing import Any

from kundengespraech.domain.retention import DEFAULT_RETENTION_YEARS, check_retention_years
from kundengespraech.services.device_settings import DeviceSettings
from kundengespraech.storage import settings as settings_store
from kundengespraech.storage.database import Database
from kundengespraech.storage.errors import StorageError, classify_write_failure

DEALER_KEY = "dealer_profile"


@dataclass(frozen=True, slots=True)
class DealerSettings:
    """What the sheet prints about the dealership and the salesperson at this laptop."""

    dealer_name: str = "Autohaus Musterstadt GmbH"
    address: str = "Hauptstraße 1\n12345 Musterstadt"
    dealer_phone: str = "+49 123 45678-0"
    dealer_email: str = "info@autohaus-musterstadt.de"
    website: str = ""
    logo_path: str = ""
    accent_color: str = "#1F4E79"
    branch: str = "Hauptbetrieb"
    salesperson_name: str = ""
    salesperson_phone: str = ""
    salesperson_email: str = ""

    @property
    def address_lines(self) -> tuple[str, ...]:
        return tuple(line.strip() for line in self.address.splitlines() if line.strip())


SALESPERSON_FIELDS = ("salesperson_name", "salesperson_phone", "salesperson_email")
"""Who works at this laptop: kept per device (see :mod:`device_settings`), not in the database."""
SALESPERSON_KEY = "salesperson"
RESUME_KEY = "resume_interview"


def load_settings(db: Database, device: DeviceSettings | None = None) -> DealerSettings:
    """The dealership's profile from the database and the salesperson of this device.

    A device that never stored a salesperson takes the one an earlier version kept in the
    database (until it saves its own)."""
    device = device or DeviceSettings()
    with db.session(write=False) as session:
        raw: Any = settings_store.get_setting(session, DEALER_KEY, {}) or {}
    known = {f.name for f in fields(DealerSettings)}
    values = {k: str(v) for k, v in raw.items() if k in known}
    person = device.get(SALESPERSON_KEY)
    if isinstance(person, dict):
        for name in SALESPERSON_FIELDS:
            values[name] = str(person.get(name, ""))
    return DealerSettings(**values)


def save_settings(
    db: Database, settings: DealerSettings, device: DeviceSettings | None = None
) -> None:
    """The profile into the database (for every device), the salesperson into this device.

    Raises ``WriteFailedError`` when either cannot be written."""
    device = device or DeviceSettings()
    profile = {k: v for k, v in asdict(settings).items() if k not in SALESPERSON_FIELDS}
    with db.session() as session:
        settings_store.set_setting(session, DEALER_KEY, profile)
    person = {name: getattr(settings, name) for name in SALESPERSON_FIELDS}
    try:
        device.set(SALESPERSON_KEY, person)
    except OSError as error:
        raise classify_write_failure(error) from error


ACTIVE_INTERVIEW_KEY = "active_interview"  # where versions before 0.9 kept it (database-wide)


def active_interview(db: Database, device: DeviceSettings | None = None) -> uuid.UUID | None:
    """The interview that was on screen on this device when the app last stopped (None after
    a clean exit), for this database. A resume target an earlier version kept in the database
    moves to this device the first time it is read."""
    device = device or DeviceSettings()
    raw = device.for_database(RESUME_KEY, db.url)
    if raw is None:
        raw = _take_legacy_resume_target(db, device)
    try:
        return uuid.UUID(str(raw)) if raw else None
    except ValueError:
        return None


def _take_legacy_resume_target(db: Database, device: DeviceSettings) -> object:
    with db.session(write=False) as session:
        raw = settings_store.get_setting(session, ACTIVE_INTERVIEW_KEY)
    if raw is None or db.read_only:
        return raw
    with contextlib.suppress(OSError, StorageError):
        device.set_for_database(RESUME_KEY, db.url, str(raw))
        with db.session() as session:
            settings_store.set_setting(session, ACTIVE_INTERVIEW_KEY, None)
    return raw


def set_active_interview(
    db: Database, interview_id: uuid.UUID | None, device: DeviceSettings | None = None
) -> None:
    """Remember (or forget) the conversation to resume on this device; best effort."""
    device = device or DeviceSettings()
    with contextlib.suppress(OSError):
        device.set_for_database(RESUME_KEY, db.url, str(interview_id) if interview_id else "")


RETENTION_KEY = "retention_years"


def retention_years(db: Database) -> int:
    """After how many years without activity a customer is proposed for review (dealership-wide)."""
    with db.session(write=False) as session:
        raw = settings_store.get_setting(session, RETENTION_KEY)
    try:
        return check_retention_years(raw) if isinstance(raw, int) else DEFAULT_RETENTION_YEARS
    except ValueError:
        return DEFAULT_RETENTION_YEARS


def set_retention_years(db: Database, years: int) -> None:
    """Store the retention period (``ValueError`` outside 1–30 years)."""
    check_retention_years(years)
    with db.session() as session:
        settings_store.set_setting(session, RETENTION_KEY, years)
