"""Use cases of salesperson profiles, and who is working at this laptop right now."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from kundengespraech.services.settings import load_settings
from kundengespraech.storage import salespeople as store
from kundengespraech.storage.database import Database
from kundengespraech.storage.salespeople import SalespersonRecord


@dataclass(frozen=True, slots=True)
class Actor:
    """Who does something now: the name written as ``changed_by`` and the profile's id."""

    name: str
    salesperson_id: uuid.UUID | None


class SalespeopleService:
    """Profiles in the database; the salesperson of the settings gets a profile on first use."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def current(self) -> Actor:
        """The salesperson named in the settings (profile created from them if needed)."""
        settings = load_settings(self._db)
        name = settings.salesperson_name.strip()
        if not name:
            return Actor("", None)
        with self._db.session() as session:
            salesperson_id = store.ensure_salesperson(
                session,
                name,
                settings.salesperson_phone,
                settings.salesperson_email,
                settings.branch,
            )
        return Actor(name, salesperson_id)

    def profiles(self, *, include_inactive: bool = False) -> list[SalespersonRecord]:
        with self._db.session() as session:
            return store.list_salespeople(session, include_inactive=include_inactive)

    def get(self, salesperson_id: uuid.UUID) -> SalespersonRecord:
        with self._db.session() as session:
            return store.get_salesperson(session, salesperson_id)

    def find(self, name: str) -> SalespersonRecord | None:
        with self._db.session() as session:
            return store.find_salesperson(session, name)

    def add(self, name: str, phone: str = "", email: str = "", branch: str = "") -> uuid.UUID:
        by = self.current().name
        with self._db.session() as session:
            return store.create_salesperson(session, name, phone, email, branch, by=by)

    def update(self, record: SalespersonRecord) -> None:
        by = self.current().name
        with self._db.session() as session:
            store.update_salesperson(session, record, by=by)

    def branches(self) -> list[str]:
        return sorted({p.branch for p in self.profiles(include_inactive=True) if p.branch})

    def record_holder(self, interview_id: uuid.UUID, actor: Actor | None = None) -> None:
        """Record who holds a conversation (default: the salesperson at this laptop)."""
        actor = actor or self.current()
        if actor.salesperson_id is None:
            return
        with self._db.session() as session:
            store.assign_interview(session, interview_id, actor.salesperson_id)
