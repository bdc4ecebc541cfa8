"""Export of everything stored about one customer (DSGVO Art. 15/20): JSON and readable PDF."""

from __future__ import annotations

import io
import json
import re
import stat
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from kundengespraech.domain.consent import CONSENT_WORDING, EMAIL, PHONE
from kundengespraech.services.app import AppServices, open_services
from kundengespraech.services.customer_export import EXPORT_SCHEMA, ExportFormatError
from kundengespraech.services.settings import DealerSettings, save_settings
from kundengespraech.storage.errors import RecordNotFoundError

WORD = "Sonderausstattungswunsch"
NOTE = (WORD * 167)[:4000]  # the longest note the questionnaire takes: one word, no space
CALL_NOTE = f"Angebot besprochen. {'Ratenzahlungsvereinbarung' * 600} Ende der Notiz."


@pytest.fixture
def app(tmp_path: Path) -> Iterator[AppServices]:
    services = open_services(f"sqlite:///{tmp_path / 'export.db'}")
    save_settings(services.db, DealerSettings(dealer_name="Autohaus Nord", salesperson_name="Max"))
    yield services
    services.close()


def talk(app: AppServices, answers: dict[str, object]) -> uuid.UUID:
    interview_id = app.interviews.start(salesperson="Max").id
    for key, value in answers.items():
        assert app.interviews.answer(interview_id, key, value) is None
    return interview_id


ANNA = {
    "customer.salutation": "Frau",
    "customer.first_name": "Anna",
    "customer.last_name": "Berger",
    "customer.phone": "089 1234567",
    "customer.email": "anna@example.org",
}


@pytest.fixture
def anna(app: AppServices) -> dict[str, uuid.UUID]:
    """A customer with every kind of data, an unlinked conversation of hers and a stranger's."""
    first = talk(app, {**ANNA, "usage.annual_km": 25000, "notes": NOTE})
    customer = app.customers.link(first, None)
    app.interviews.set_next_step(first, "Probefahrt Tucson", datetime(2026, 12, 1, 10, tzinfo=UTC))
    app.interviews.finish(first)
    app.customers.set_stage(customer, "stammkunde", note="Kaufvertrag unterschrieben")
    app.customers.record_consent(customer, PHONE)
    app.customers.record_consent(customer, EMAIL)
    app.customers.withdraw_consent(customer, EMAIL)
    call = app.promises.promise(
        "call_back", datetime.now(UTC) + timedelta(days=2), customer_id=customer,
        text="Finanzierung klären", channel=PHONE,
    )  # fmt: skip
    app.promises.reschedule(call, datetime.now(UTC) + timedelta(days=3), True, "Urlaub")
    app.customers.record_contact(customer, "call", channel=PHONE, text=CALL_NOTE)
    unlinked = talk(app, {"customer.first_name": "Anna", "customer.last_name": "Berger",
                          "customer.phone": "+49 89 1234567", "household.adults": 2})  # fmt: skip
    app.interviews.set_next_step(unlinked, "Rückruf Wohnwagen", datetime(2026, 12, 2, tzinfo=UTC))
    stranger = talk(app, {"customer.first_name": "Eva", "customer.last_name": "Ernst"})
    return {"customer": customer, "linked": first, "unlinked": unlinked, "stranger": stranger}


def pdf_text(pdf: bytes) -> str:
    return " ".join(
        " ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(pdf)).pages
    )


DECORATION = re.compile(
    r"^(Autohaus Nord|Telefon \+49 123 45678-0|12345 Musterstadt|Hauptstraße 1"
    r"|Autohaus Nord\s+·\s+Tel\..*|Seite \d+ von \d+)$"
)


def body_text(pdf: bytes) -> str:
    """The text of the pages without header and footer, spaces and line breaks removed: a word
    broken over lines and pages reads as one again."""
    lines = [
        line
        for page in PdfReader(io.BytesIO(pdf)).pages
        for line in (page.extract_text() or "").splitlines()
        if not DECORATION.match(line.strip())
    ]
    return "".join("".join(lines).split())


def test_the_json_holds_every_piece(app, anna) -> None:
    doc = json.loads(app.customer_export.json_bytes(anna["customer"]))
    assert doc["schema"] == EXPORT_SCHEMA
    customer = doc["customer"]
    assert (customer["id"], customer["first_name"], customer["last_name"]) == (
        str(anna["customer"]), "Anna", "Berger",
    )  # fmt: skip
    assert customer["email"] == "anna@example.org" and customer["stage"] == "stammkunde"
    (change,) = [h for h in doc["history"] if h["field"] == "stage"]
    assert (change["old_value"], change["new_value"]) == ("interessent", "stammkunde")
    assert change["note"] == "Kaufvertrag unterschrieben"
    consents = {c["channel"]: c for c in doc["consents"]}
    assert consents[PHONE]["wording"] == CONSENT_WORDING[PHONE]
    assert consents[PHONE]["withdrawn_at"] is None and consents[PHONE]["granted_at"]
    assert consents[EMAIL]["withdrawn_at"] is not None
    kinds = {p["kind"]: p for p in doc["promises"]}
    assert kinds["call_back"]["text"] == "Finanzierung klären"
    assert kinds["call_back"]["reschedules"][0]["customer_informed"] is True
    assert kinds["next_step"]["text"] == "Probefahrt Tucson"
    (contact,) = doc["contacts"]
    assert (contact["kind"], contact["text"]) == ("call", CALL_NOTE)
    (linked,) = doc["conversations"]
    assert linked["id"] == str(anna["linked"]) and linked["status"] == "finished"
    assert linked["answers"]["notes"] == NOTE
    assert linked["answers"]["usage.annual_km"] == 25000
    assert linked["next_step"]["text"] == "Probefahrt Tucson"
    (unlinked,) = doc["unlinked_conversations"]
    assert unlinked["id"] == str(anna["unlinked"])
    assert unlinked["answers"]["household.adults"] == 2
    assert [p["text"] for p in unlinked["promises"]] == ["Rückruf Wohnwagen"]
    assert str(anna["stranger"]) not in json.dumps(doc)


def test_the_pdf_reads_every_section_in_german(app, anna) -> None:
    now = datetime(2026, 12, 7, 9, 30, tzinfo=UTC)
    pdf = app.customer_export.pdf_bytes(anna["customer"], now)
    text = pdf_text(pdf)
    for expected in (
        "Auskunft über Ihre gespeicherten Daten",
        "Frau Anna Berger",
        "Autohaus Nord",
        "Ihre Kontaktdaten",
        "anna@example.org",
        "Beziehung: Interessent → Stammkunde",
        "Einverständnis: Telefon",
        "Ich bin damit einverstanden, dass mich das Autohaus telefonisch",
        "Zusage: Rückruf",
        "Finanzierung klären",
        "Sie wurden vorher informiert",
        "Telefonat (Telefon)",
        "Angebot besprochen",
        "Ihre Beratungsgespräche",
        "25.000 km im Jahr",
        "Ende der Notiz.",
        "noch keiner Kundenakte zugeordnet",
        "Rückruf Wohnwagen",
        "Seite 1 von",
    ):
        assert expected in text, expected
    assert "07.12.2026" in text  # dates the German way
    assert "Ernst" not in text
    # The 4,000-character word of the note and the 15,000-character one of the call are all
    # there, broken over lines (and pages), nothing cut off.
    body = body_text(pdf)
    assert NOTE in body
    assert "".join(CALL_NOTE.split()) in body
    assert len(PdfReader(io.BytesIO(pdf)).pages) > 2


def test_a_customer_with_nothing_but_a_name_exports_too(app) -> None:
    customer = app.customers.link(talk(app, {"customer.last_name": "Ohnedaten"}), None)
    doc = app.customer_export.document(customer)
    assert doc["consents"] == [] and doc["promises"] == [] and doc["contacts"] == []
    text = pdf_text(app.customer_export.pdf_bytes(customer))
    assert "Ohnedaten" in text and "keine" in text


def test_write_follows_the_ending_0600_and_refuses_others(app, anna, tmp_path) -> None:
    target = tmp_path / "auskunft.JSON"
    assert app.customer_export.write(anna["customer"], target) == "json"
    assert json.loads(target.read_text("utf-8"))["customer"]["last_name"] == "Berger"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    pdf = tmp_path / "auskunft.pdf"
    assert app.customer_export.write(anna["customer"], pdf) == "pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
    with pytest.raises(ExportFormatError, match=r"\.json .*\.pdf"):
        app.customer_export.write(anna["customer"], tmp_path / "auskunft.txt")
    assert not (tmp_path / "auskunft.txt").exists()
    with pytest.raises(RecordNotFoundError):
        app.customer_export.write(uuid.uuid4(), tmp_path / "niemand.json")
    assert not (tmp_path / "niemand.json").exists()
