"""The export document (JSON) in readable German for the PDF: sections, dates as 07.12.2026."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from kundengespraech.domain.consent import CHANNEL_NAMES
from kundengespraech.domain.followups import PROMISE_KINDS
from kundengespraech.domain.questionnaire import Questionnaire
from kundengespraech.report.customer_export_pdf import ExportDocument, ExportEntry, ExportSection
from kundengespraech.report.record_data import answer_sections
from kundengespraech.report.sheet_data import DealerProfile
from kundengespraech.services.customers import CONTACT_KINDS, STAGE_NAMES
from kundengespraech.services.timeline import change_text
from kundengespraech.storage.customers import ChangeRecord

Rows = tuple[tuple[str, str], ...]

LANGUAGES = {"de": "Deutsch", "en": "Englisch"}
_STATUS = {"open": "offen", "done": "erledigt", "cancelled": "abgesagt"}
_TALK_STATUS = {"open": "offen", "finished": "abgeschlossen"}


def when(text: str | None) -> str:
    """An ISO time as ``"07.12.2026, 22:50 Uhr"`` in local time; "–" when there is none."""
    if not text:
        return "–"
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return f"{moment:%d.%m.%Y, %H:%M} Uhr"


def day(text: str | None) -> str:
    """An ISO date as ``"12.04.1985"``; "–" when there is none."""
    return date.fromisoformat(text).strftime("%d.%m.%Y") if text else "–"


def _yes(value: object) -> str:
    return "ja" if value else "nein"


def _channel(channel: str) -> str:
    return CHANNEL_NAMES.get(channel, channel)


def _person(customer: Mapping[str, Any]) -> ExportSection:
    rows: Rows = (
        ("Anrede", customer["salutation"]),
        ("Vorname", customer["first_name"]),
        ("Nachname", customer["last_name"]),
        ("E-Mail", customer["email"]),
        ("Telefon", customer["phone"]),
        ("Geburtstag", day(customer["birthday"])),
        ("Sprache", LANGUAGES.get(customer["language"], customer["language"])),
        ("Kundennummer", customer["id"]),
        ("Angelegt am", when(customer["created_at"])),
        ("Zuletzt geändert", when(customer["updated_at"])),
    )
    return ExportSection("Ihre Kontaktdaten", (ExportEntry("", rows),))


def _relationship(doc: Mapping[str, Any]) -> ExportSection:
    customer = doc["customer"]
    rows: Rows = (
        ("Beziehung", STAGE_NAMES.get(customer["stage"], customer["stage"])),
        ("Wunschkunde", _yes(customer["wish_customer"])),
        ("Betreut von", customer["salesperson"] or "niemand"),
    )
    entries = [ExportEntry("", rows)]
    names = {uuid.UUID(k): v for k, v in doc["salespeople"].items()}
    for c in doc["history"]:
        at = datetime.fromisoformat(c["at"])
        change = ChangeRecord(at, c["field"], c["old_value"], c["new_value"], c["note"], c["by"])
        title, note = change_text(change, names)
        entries.append(
            ExportEntry(
                f"Änderung am {when(c['at'])}", (("Änderung", title), ("Anmerkung", note or "–"))
            )
        )
    return ExportSection("Ihre Beziehung zum Autohaus und ihr Verlauf", tuple(entries))


def _consents(doc: Mapping[str, Any]) -> ExportSection:
    entries = [
        ExportEntry(
            f"Einverständnis: {_channel(c['channel'])}",
            (
                ("Erteilt am", when(c["granted_at"])),
                ("Widerrufen am", when(c["withdrawn_at"]) if c["withdrawn_at"] else "nicht"),
                ("Wortlaut", c["wording"]),
                ("Erfasst von", c["recorded_by"] or "–"),
            ),
        )
        for c in doc["consents"]
    ]
    return ExportSection("Einverständnisse zur Kontaktaufnahme", tuple(entries))


def _promise_entry(p: Mapping[str, Any], indent: bool = False) -> ExportEntry:
    rows = [
        ("Beschreibung", p["text"]),
        ("Fällig", when(p["due_at"])),
        ("Stand", _STATUS.get(p["status"], p["status"])),
        ("Erledigt am", when(p["done_at"])),
        ("Kanal", _channel(p["channel"])),
        ("Mit Angebot", _yes(p["with_offer"])),
        ("Zuständig", p["salesperson"] or "–"),
        ("Vereinbart am", when(p["created_at"])),
    ]
    for move in p["reschedules"]:
        told = "Sie wurden vorher informiert" if move["customer_informed"] else "ohne Nachricht"
        note = f"; {move['note']}" if move["note"] else ""
        rows.append(
            (
                "Verschoben",
                f"am {when(move['at'])} von {when(move['old_due_at'])} auf "
                f"{when(move['new_due_at'])} ({told}){note}",
            )
        )
    return ExportEntry(
        f"Zusage: {PROMISE_KINDS.get(p['kind'], p['kind'])}", tuple(rows), indent=indent
    )


def _contacts(doc: Mapping[str, Any]) -> ExportSection:
    entries = []
    for c in doc["contacts"]:
        kind = CONTACT_KINDS.get(c["kind"], c["kind"])
        channel = f" ({_channel(c['channel'])})" if c["channel"] else ""
        rows = (("Notiz", c["text"]), ("Von", c["by"] or "–"))
        entries.append(ExportEntry(f"{when(c['at'])}: {kind}{channel}", rows))
    return ExportSection("Kontakte mit Ihnen", tuple(entries))


def _conversation(talk: Mapping[str, Any], questionnaire: Questionnaire) -> list[ExportEntry]:
    step = talk["next_step"]
    step_text = "keiner vereinbart"
    if step:
        step_text = step["text"] or "–"
        if step["due_at"]:
            step_text += f" (bis {when(step['due_at'])})"
    facts = (
        ("Gesprächsnummer", talk["id"]),
        ("Stand", _TALK_STATUS.get(talk["status"], talk["status"])),
        ("Verkäufer/in", talk["salesperson"] or "–"),
        ("Begonnen", when(talk["started_at"])),
        ("Zuletzt geändert", when(talk["updated_at"])),
        ("Abgeschlossen", when(talk["finished_at"])),
        ("Nächster Schritt", step_text),
    )
    entries = [ExportEntry(f"Beratungsgespräch vom {when(talk['started_at'])}", facts)]
    for section in answer_sections(questionnaire, talk["answers"]):
        rows = tuple((a.question, a.answer) for a in section.answers)
        entries.append(ExportEntry(f"Ihre Angaben: {section.title}", rows, indent=True))
    if not talk["answers"]:
        entries.append(ExportEntry("Ihre Angaben", (("", "keine Angaben gespeichert"),), True))
    entries += [_promise_entry(p, indent=True) for p in talk.get("promises", ())]
    return entries


def _conversations(
    talks: list[Mapping[str, Any]], questionnaire: Questionnaire, heading: str
) -> ExportSection:
    entries = [e for talk in talks for e in _conversation(talk, questionnaire)]
    return ExportSection(heading, tuple(entries))


def export_document(
    doc: Mapping[str, Any], questionnaire: Questionnaire, dealer: DealerProfile
) -> ExportDocument:
    """The readable form of an export document made by ``CustomerExportService.document``."""
    customer = doc["customer"]
    name = " ".join(
        p for p in (customer["salutation"], customer["first_name"], customer["last_name"]) if p
    )
    intro = (
        f"Hier finden Sie alle Daten, die {dealer.name} zu Ihrer Person gespeichert hat "
        f"(Auskunft nach Art. 15 DSGVO), Stand {when(doc['exported_at'])}. Eine "
        "maschinenlesbare Fassung (JSON, Art. 20 DSGVO) erhalten Sie auf Wunsch ebenfalls."
    )
    sections = (
        _person(customer),
        _relationship(doc),
        _consents(doc),
        ExportSection("Zusagen und Termine", tuple(_promise_entry(p) for p in doc["promises"])),
        _contacts(doc),
        _conversations(doc["conversations"], questionnaire, "Ihre Beratungsgespräche"),
        _conversations(
            doc["unlinked_conversations"],
            questionnaire,
            "Weitere Gespräche mit Ihrem Namen und Ihrer Telefonnummer oder E-Mail-Adresse "
            "(noch keiner Kundenakte zugeordnet)",
        ),
    )
    return ExportDocument(
        dealer=dealer,
        customer_name=name,
        created=datetime.fromisoformat(doc["exported_at"]),
        intro=intro,
        sections=sections,
    )
