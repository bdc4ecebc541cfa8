"""Use case: everything stored about one customer, as JSON and as a readable PDF (DSGVO Art. 15/20).

The JSON document is the machine-readable copy (Art. 20): the customer record, contact data,
stage and its history, every consent with its wording and times, promises, contacts, every
linked conversation with its answers, and the conversations of the same person not linked to
the record (found as the erasure finds them). The PDF is rendered from that same document, so
the two never disagree.
"""

from __future__ import annotations

import json
import uuid
from datetime import date, datetime
from pathlib import Path
from typing import Any

from kundengespraech.domain.questionnaire import Questionnaire
from kundengespraech.report.customer_export_pdf import render_customer_export
from kundengespraech.services.customer_export_text import export_document
from kundengespraech.services.files import write_atomically
from kundengespraech.services.privacy import PrivacyService
from kundengespraech.services.settings import load_settings
from kundengespraech.services.sheets import dealer_profile
from kundengespraech.storage import care_queries, contacts, promises
from kundengespraech.storage import customers as store
from kundengespraech.storage import interviews as interview_store
from kundengespraech.storage import salespeople as people_store
from kundengespraech.storage.column_types import utcnow
from kundengespraech.storage.database import Database
from kundengespraech.storage.interviews import InterviewRecord
from kundengespraech.storage.promises import PromiseRecord

EXPORT_SCHEMA = "kundengespraech.customer_export/1"
FORMATS = (".json", ".pdf")


class ExportFormatError(ValueError):
    """The file name asks for a format we do not write; ``str(error)`` is German."""


def export_format(path: Path) -> str:
    """``"json"`` or ``"pdf"`` from the file's ending; anything else raises ExportFormatError."""
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ExportFormatError(
            f"„{path.name}“: unbekanntes Format – der Dateiname muss auf .json (maschinenlesbar) "
            "oder .pdf (zum Lesen) enden."
        )
    return suffix[1:]


def _when(moment: datetime | date | None) -> str | None:
    return moment.isoformat() if moment is not None else None


def _promise(p: PromiseRecord) -> dict[str, Any]:
    return {
        "id": str(p.id),
        "kind": p.kind,
        "text": p.text,
        "channel": p.channel,
        "due_at": _when(p.due),
        "status": p.status,
        "done_at": _when(p.done_at),
        "with_offer": p.with_offer,
        "origin": p.origin,
        "conversation_id": str(p.interview_id) if p.interview_id else None,
        "salesperson": p.salesperson_name,
        "created_at": _when(p.created_at),
        "reschedules": [
            {
                "at": _when(m.at),
                "old_due_at": _when(m.old_due),
                "new_due_at": _when(m.new_due),
                "customer_informed": m.customer_informed,
                "note": m.note,
                "by": m.by,
            }
            for m in p.reschedules
        ],
    }


def _conversation(talk: InterviewRecord, answers: dict[str, object]) -> dict[str, Any]:
    step = None
    if talk.next_step_text or talk.next_step_due:
        step = {"text": talk.next_step_text, "due_at": _when(talk.next_step_due)}
    return {
        "id": str(talk.id),
        "status": talk.status,
        "started_at": _when(talk.created_at),
        "updated_at": _when(talk.updated_at),
        "finished_at": _when(talk.finished_at),
        "salesperson": talk.salesperson,
        "next_step": step,
        "answers": answers,
    }


class CustomerExportService:
    """Collects one customer's data (one read transaction) and writes it as JSON or PDF."""

    def __init__(self, db: Database, questionnaire: Questionnaire, privacy: PrivacyService) -> None:
        self._db = db
        self._questionnaire = questionnaire
        self._privacy = privacy

    def document(self, customer_id: uuid.UUID, now: datetime | None = None) -> dict[str, Any]:
        """The export as a JSON-ready dict (raises ``RecordNotFoundError`` for an unknown id)."""
        unlinked = [c.id for c in self._privacy.unlinked_conversations(customer_id)]
        with self._db.session(write=False) as session:
            record = store.get_customer(session, customer_id)
            people = {
                str(p.id): p.name
                for p in people_store.list_salespeople(session, include_inactive=True)
            }
            contact = record.contact
            customer = {
                "id": str(record.id),
                "created_at": _when(record.created_at),
                "updated_at": _when(record.updated_at),
                "salutation": contact.salutation,
                "first_name": contact.first_name,
                "last_name": contact.last_name,
                "email": contact.email,
                "phone": contact.phone,
                "birthday": _when(contact.birthday),
                "language": contact.language,
                "stage": record.stage,
                "wish_customer": record.wish_customer,
                "salesperson": record.salesperson_name,
            }
            history = [
                {
                    "at": _when(c.at),
                    "field": c.field,
                    "old_value": c.old_value,
                    "new_value": c.new_value,
                    "note": c.note,
                    "by": c.by,
                }
                for c in store.history(session, customer_id)
            ]
            consents = [
                {
                    "channel": r.consent.channel,
                    "wording": r.consent.wording,
                    "granted_at": _when(r.consent.granted_at),
                    "withdrawn_at": _when(r.consent.withdrawn_at),
                    "recorded_by": r.recorded_by,
                }
                for r in contacts.list_consents(session, customer_id)
            ]
            contact_log = [
                {
                    "id": str(c.id),
                    "kind": c.kind,
                    "channel": c.channel,
                    "at": _when(c.at),
                    "text": c.text,
                    "conversation_id": str(c.interview_id) if c.interview_id else None,
                    "by": c.by,
                }
                for c in contacts.list_contacts(session, customer_id)
            ]
            promised = promises.list_promises(session, status=None, customer_id=customer_id)
            linked = [
                _conversation(talk, interview_store.load_answers(session, talk.id))
                for talk in care_queries.interviews_of(session, customer_id)
            ]
            others = []
            for interview_id in unlinked:
                item = _conversation(
                    interview_store.get_interview(session, interview_id),
                    interview_store.load_answers(session, interview_id),
                )
                item["promises"] = [
                    _promise(p)
                    for p in promises.list_promises(
                        session, status=None, interview_ids=[interview_id]
                    )
                ]
                others.append(item)
        return {
            "schema": EXPORT_SCHEMA,
            "exported_at": _when(now or utcnow()),
            "customer": customer,
            "history": history,
            "salespeople": {k: v for k, v in people.items() if _mentions(history, k)},
            "consents": consents,
            "promises": [_promise(p) for p in promised],
            "contacts": contact_log,
            "conversations": linked,
            "unlinked_conversations": others,
        }

    def json_bytes(self, customer_id: uuid.UUID, now: datetime | None = None) -> bytes:
        return to_json_bytes(self.document(customer_id, now))

    def pdf_bytes(self, customer_id: uuid.UUID, now: datetime | None = None) -> bytes:
        doc = self.document(customer_id, now)
        dealer = dealer_profile(load_settings(self._db))
        return render_customer_export(export_document(doc, self._questionnaire, dealer))

    def write(self, customer_id: uuid.UUID, path: Path, now: datetime | None = None) -> str:
        """Write the export to ``path`` (0600, atomically); the format follows the ending.

        Returns ``"json"`` or ``"pdf"``. Raises ``ExportFormatError`` (nothing written),
        ``RecordNotFoundError`` or ``OSError``.
        """
        kind = export_format(path)
        data = (
            self.json_bytes(customer_id, now)
            if kind == "json"
            else self.pdf_bytes(customer_id, now)
        )
        write_atomically(path, data)
        return kind


def _mentions(history: list[dict[str, Any]], salesperson_id: str) -> bool:
    """Whether a hand-over in the history names this salesperson (ids are resolved to names)."""
    return any(
        h["field"] == store.OWNER and salesperson_id in (h["old_value"], h["new_value"])
        for h in history
    )


def to_json_bytes(doc: dict[str, Any]) -> bytes:
    """The document as indented UTF-8 JSON (umlauts as they are)."""
    return (json.dumps(doc, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
