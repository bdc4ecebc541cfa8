"""Use case: the dealer profile and the salesperson shown on the sheet, kept in the database."""

from __future__ import annotations

import uuid
from dataclasses import asdict, dataclass, fields
from typing import Any

from kundengespraech.domain.retention import DEFAULT_RETENTION_YEARS, check_retention_years
from kundengespraech.storage import settings as settings_store
from kundengespraech.storage.database import Database

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


def load_settings(db: Database) -> DealerSettings:
    with db.session() as session:
        raw: Any = settings_store.get_setting(session, DEALER_KEY, {})
    known = {f.name for f in fields(DealerSettings)}
    return DealerSettings(**{k: str(v) for k, v in (raw or {}).items() if k in known})


def save_settings(db: Database, settings: DealerSettings) -> None:
    with db.session() as session:
        settings_store.set_setting(session, DEALER_KEY, asdict(settings))


ACTIVE_INTERVIEW_KEY = "active_interview"


def active_interview(db: Database) -> uuid.UUID | None:
    """The interview that was on screen when the app last stopped (None after a clean exit)."""
    with db.session() as session:
        raw = settings_store.get_setting(session, ACTIVE_INTERVIEW_KEY)
    try:
        return uuid.UUID(str(raw)) if raw else None
    except ValueError:
        return None


def set_active_interview(db: Database, interview_id: uuid.UUID | None) -> None:
    with db.session() as session:
        settings_store.set_setting(
            session, ACTIVE_INTERVIEW_KEY, str(interview_id) if interview_id else None
        )


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
