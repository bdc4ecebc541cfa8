"""``kundengespraech customer export ID -o FILE``: JSON or PDF by the ending, clear refusals."""

from __future__ import annotations

import json
import stat
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from pypdf import PdfReader

from kundengespraech.__main__ import main
from kundengespraech.services.app import open_services


@pytest.fixture
def db(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'cli.db'}"


@pytest.fixture
def customer(db: str) -> str:
    services = open_services(db)
    try:
        interview_id = services.interviews.start(salesperson="Max").id
        services.interviews.answer(interview_id, "customer.first_name", "Anna")
        services.interviews.answer(interview_id, "customer.last_name", "Bärger")
        services.interviews.answer(interview_id, "notes", "Wohnwagen 1.500 kg")
        return str(services.customers.link(interview_id, None))
    finally:
        services.close()


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_json_export(capsys, db, customer, tmp_path) -> None:
    target = tmp_path / "anna.json"
    code, out, err = run(capsys, "--db", db, "customer", "export", customer, "-o", str(target))
    assert (code, err) == (0, "")
    assert str(target) in out
    doc = json.loads(target.read_text("utf-8"))
    assert doc["customer"]["last_name"] == "Bärger"
    assert doc["conversations"][0]["answers"]["notes"] == "Wohnwagen 1.500 kg"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_pdf_export(capsys, db, customer, tmp_path) -> None:
    target = tmp_path / "anna.pdf"
    code, _, err = run(capsys, "--db", db, "customer", "export", customer, "--output", str(target))
    assert (code, err) == (0, "")
    text = " ".join(p.extract_text() for p in PdfReader(target).pages)
    assert "Anna Bärger" in text and "Wohnwagen 1.500 kg" in text


def test_an_unknown_ending_is_refused_and_nothing_written(capsys, db, customer, tmp_path) -> None:
    target = tmp_path / "anna.csv"
    code, out, err = run(capsys, "--db", db, "customer", "export", customer, "-o", str(target))
    assert code == 2 and out == ""
    assert "anna.csv" in err and ".json" in err and ".pdf" in err and "Format" in err
    assert not target.exists()


@pytest.mark.parametrize("given", ["12345", "Anna Berger", ""])
def test_a_malformed_id_is_named(capsys, db, customer, tmp_path, given) -> None:
    target = tmp_path / "x.json"
    code, _, err = run(capsys, "--db", db, "customer", "export", given, "-o", str(target))
    assert code == 2
    assert f"„{given}“ ist keine gültige Kundennummer" in err
    assert "Traceback" not in err and not target.exists()


def test_an_unknown_id_is_named_without_traceback(db, customer, tmp_path) -> None:
    unknown = str(uuid.uuid4())
    target = tmp_path / "x.pdf"
    result = subprocess.run(
        [sys.executable, "-m", "kundengespraech", "--db", db,
         "customer", "export", unknown, "-o", str(target)],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 2
    assert result.stderr.strip() == f"Fehler: Kunde {unknown} nicht gefunden – nichts geschrieben."
    assert result.stdout == "" and not target.exists()


def test_an_unwritable_target_is_a_message(capsys, db, customer, tmp_path) -> None:
    target = tmp_path / "fehlt" / "anna.json"
    code, _, err = run(capsys, "--db", db, "customer", "export", customer, "-o", str(target))
    assert code == 2
    assert "kann nicht geschrieben werden" in err and "Traceback" not in err
