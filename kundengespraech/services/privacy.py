"""Privacy rights: erasing a person everywhere they are stored (DSGVO Art. 17), and the
retention review that proposes customers without activity for erasure.

Erasure covers the customer record with its linked conversations, promises, contacts and
consents, and also the conversations of the same person that were never linked to the record
(same name and phone or e-mail, the rule of the duplicate check) — those are offered first,
so that the salesperson decides. Afterwards SQLite's write-ahead log is folded back and cut
to zero, and every backup copy next to the database is cleaned (or deleted if it cannot be).
Deleted rows are overwritten (``secure_delete``), so no copy of the name stays in the files.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from kundengespraech.domain.care.people import same_person
from kundengespraech.domain.retention import retention_cutoff
from kundengespraech.services.customers import contact_from_answers
from kundengespraech.storage import customers as store
from kundengespraech.storage import interviews as interview_store
from kundengespraech.storage.backup_scrub import ScrubReport, scrub_backups
from kundengespraech.storage.database import Database, sqlite_file_path
from kundengespraech.storage.retention_queries import LastActivity, last_activities


@dataclass(frozen=True, slots=True)
class UnlinkedConversation:
    """A conversation of the same person that is not linked to the customer record."""

    id: uuid.UUID
    started_at: datetime


@dataclass(frozen=True, slots=True)
class ErasureReport:
    """What an erasure removed: the conversations, and what happened to the backups."""

    conversations: tuple[uuid.UUID, ...]
    backups: ScrubReport
    log_cleared: bool


class PrivacyService:
    """Erasure of one person from the database, its write-ahead log and its backups."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def unlinked_conversations(self, customer_id: uuid.UUID) -> list[UnlinkedConversation]:
        """Conversations that are the same person as the customer but not linked to them."""
        with self._db.session(write=False) as session:
            person = store.contact_of(session, customer_id)
            found = []
            for interview_id, started in store.unlinked_interviews(session):
                answers = interview_store.load_answers(session, interview_id)
                if same_person(person, contact_from_answers(answers)):
                    found.append(UnlinkedConversation(interview_id, started))
        return found

    def erase(
        self, customer_id: uuid.UUID, also_conversations: Iterable[uuid.UUID] = ()
    ) -> ErasureReport:
        """Erase the customer, their conversations and ``also_conversations`` everywhere.

        ``also_conversations`` must be among :meth:`unlinked_conversations` (a conversation of
        somebody else is never erased through this); others raise ``ValueError``.
        """
        extra = set(also_conversations)
        allowed = {c.id for c in self.unlinked_conversations(customer_id)}
        if not extra <= allowed:
            raise ValueError("only unlinked conversations of the same person can be erased")
        with self._db.session() as session:
            erased = store.delete_customer(session, customer_id, sorted(extra))
        cleared = self._db.checkpoint()
        path = sqlite_file_path(self._db.engine.url)
        backups = (
            ScrubReport()
            if path is None
            else scrub_backups(path, customer_id, erased, self._db.key)
        )
        return ErasureReport(tuple(erased), backups, cleared)

    def due_for_review(self, now: datetime, years: int) -> list[LastActivity]:
        """Customers whose last activity (conversation, contact, promise, consent, change of
        stage; at least the record's creation) lies more than ``years`` years before ``now``,
        longest inactive first."""
        cutoff = retention_cutoff(now, years)
        with self._db.session(write=False) as session:
            return last_activities(session, before=cutoff)
