"""The command line: recommend, sheet, catalogue import/export, and every kind of bad input."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from kundengespraech import resources
from kundengespraech.__main__ import main
from kundengespraech.importers.catalogue_csv import read_catalogue


@pytest.fixture
def answers_file(tmp_path: Path) -> Path:
    path = tmp_path / "antworten.json"
    path.write_bytes(resources.read_bytes("examples", "answers_family.json"))
    return path


@pytest.fixture
def db(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'cli.db'}"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_recommend_json_follows_contract_3(capsys, db, answers_file):
    code, out, err = run(capsys, "--db", db, "recommend", str(answers_file), "--top", "3", "--json")
    assert (code, err) == (0, "")
    doc = json.loads(out)
    assert len(doc["recommendations"]) == 3
    first = doc["recommendations"][0]
    assert set(first) == {
        "id",
        "make",
        "model",
        "variant",
        "score",
        "reasons_for",
        "reasons_against",
    }
    assert doc["excluded"] and all(e["why"] for e in doc["excluded"])
    catalogue = {v.id: v for v in read_catalogue(resources.demo_catalogue())}
    for rec in doc["recommendations"]:
        vehicle = catalogue[rec["id"]]
        assert vehicle.seats >= 4 and vehicle.price_eur <= 45000
        assert vehicle.powertrain != "diesel"


def test_recommend_is_deterministic(capsys, db, answers_file):
    first = run(capsys, "--db", db, "recommend", str(answers_file), "--json")[1]
    second = run(capsys, "--db", db, "recommend", str(answers_file), "--json")[1]
    assert first == second


def test_recommend_text_output(capsys, db, answers_file):
    code, out, _ = run(capsys, "--db", db, "recommend", str(answers_file), "--top", "2")
    assert code == 0
    assert out.startswith("1. ") and "\n2. " in out and "\n3. " not in out
    assert "passt zu" in out and "€" in out


def test_sheet_writes_a_pdf_with_the_customer_and_the_models(capsys, db, answers_file, tmp_path):
    target = tmp_path / "blatt.pdf"
    code, _, err = run(capsys, "--db", db, "sheet", str(answers_file), "-o", str(target))
    assert (code, err) == (0, "")
    text = "\n".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Frau Anna Berger" in text
    recommended = json.loads(run(capsys, "--db", db, "recommend", str(answers_file), "--json")[1])[
        "recommendations"
    ]
    for rec in recommended[:3]:
        assert rec["model"] in text


def test_catalogue_import_replace_and_export_round_trip(capsys, db, tmp_path):
    source = tmp_path / "katalog.csv"
    source.write_bytes(resources.demo_catalogue())
    code, out, _ = run(capsys, "--db", db, "catalogue", "import", str(source), "--replace")
    assert code == 0 and "importiert" in out
    exported = tmp_path / "export.csv"
    assert run(capsys, "--db", db, "catalogue", "export", str(exported))[0] == 0
    assert read_catalogue(exported.read_bytes()) == read_catalogue(source.read_bytes())


def test_fresh_database_opened_by_the_cli_is_seeded_with_the_demo(capsys, db, tmp_path):
    exported = tmp_path / "export.csv"
    assert run(capsys, "--db", db, "catalogue", "export", str(exported))[0] == 0
    assert len(read_catalogue(exported.read_bytes())) == len(
        read_catalogue(resources.demo_catalogue())
    )


def test_german_excel_export_imports(capsys, db, tmp_path):
    source = tmp_path / "excel.csv"
    source.write_bytes(
        "id;make;model;body_type;price_eur;seats;powertrain;consumption_l_100km;notes\r\n"
        "X1;Škoda;Octavia Combi;estate;32.990;5;diesel;4,9;Kombi für Familie Müller\r\n".encode(
            "cp1252", errors="replace"
        )
    )
    source.write_bytes(source.read_bytes().replace(b"?koda", b"Skoda"))
    code, _, err = run(capsys, "--db", db, "catalogue", "import", str(source))
    assert (code, err) == (0, ""), err
    exported = tmp_path / "export.csv"
    run(capsys, "--db", db, "catalogue", "export", str(exported))
    vehicle = {v.id: v for v in read_catalogue(exported.read_bytes())}["X1"]
    assert (str(vehicle.price_eur), vehicle.consumption_l_100km) == ("32990", 4.9)
    assert vehicle.notes == "Kombi für Familie Müller"


def test_catalogue_with_errors_imports_nothing_and_lists_every_error(capsys, db, tmp_path):
    exported = tmp_path / "before.csv"
    run(capsys, "--db", db, "catalogue", "export", str(exported))
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "id,make,model,body_type,price_eur,seats,powertrain\n"
        "N1,VW,Golf,compact,29990,5,petrol\n"
        "N2,VW,Passat,kombi-ish,39990,5,diesel\n"
        "N3,VW,Up,city,abc,4,petrol\n"
        "N1,VW,Polo,city,19990,12,petrol\n",
        encoding="utf-8",
    )
    code, out, err = run(capsys, "--db", db, "catalogue", "import", str(bad), "--replace")
    assert code == 2 and out == ""
    assert "nichts importiert" in err
    assert "bad.csv, Zeile 3, Spalte „body_type“" in err
    assert "bad.csv, Zeile 4, Spalte „price_eur“" in err
    assert "bad.csv, Zeile 5, Spalte „id“" in err
    assert "bad.csv, Zeile 5, Spalte „seats“" in err
    after = tmp_path / "after.csv"
    run(capsys, "--db", db, "catalogue", "export", str(after))
    assert after.read_bytes() == exported.read_bytes()


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (
            '{"household": {"adults": 2}, "usage": {"annual_km": "viel"}}',
            "Feld „usage.annual_km“: Bitte eine ganze Zahl eingeben.",
        ),
        ('{"household": {"adults": 2, "pets": 1}}', "Feld „household.pets“: unbekanntes Feld."),
        ('{"household": {}}', "Feld „household.adults“: fehlt, ist aber erforderlich."),
        ('{"household": {"adults": 2},\n "usage": {annual_km: 3}}', "Zeile 2, Spalte 12"),
    ],
)
def test_malformed_answers_name_the_field_and_fail(capsys, db, tmp_path, content, expected):
    path = tmp_path / "kaputt.json"
    path.write_text(content, encoding="utf-8")
    code, out, err = run(capsys, "--db", db, "recommend", str(path))
    assert code == 2 and out == ""
    assert expected in err
    assert "kaputt.json" in err


def test_missing_answers_file(capsys, db, tmp_path):
    code, _, err = run(capsys, "--db", db, "recommend", str(tmp_path / "fehlt.json"))
    assert code == 2 and "fehlt.json: Datei kann nicht gelesen werden" in err


def test_corrupt_database_gets_a_clear_message_and_is_never_overwritten(
    capsys, tmp_path, answers_file
):
    broken = tmp_path / "kaputt.db"
    broken.write_bytes(b"Das ist keine Datenbank, sondern ein Einkaufszettel.\n" * 50)
    before = broken.read_bytes()
    code, out, err = run(capsys, "--db", f"sqlite:///{broken}", "recommend", str(answers_file))
    assert code == 2 and out == ""
    assert str(broken) in err and "nicht verändert" in err
    assert broken.read_bytes() == before


def test_database_from_environment_variable(capsys, tmp_path, monkeypatch, answers_file):
    target = tmp_path / "env.db"
    monkeypatch.setenv("KUNDENGESPRAECH_DB", f"sqlite:///{target}")
    assert run(capsys, "recommend", str(answers_file))[0] == 0
    with sqlite3.connect(target) as connection:
        assert connection.execute("select count(*) from vehicles").fetchone()[0] > 40


def test_console_entry_point_runs_as_module(tmp_path, answers_file):
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "kundengespraech",
            "--db",
            f"sqlite:///{tmp_path / 'm.db'}",
            "recommend",
            str(answers_file),
            "--json",
            "--top",
            "1",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)["recommendations"]) == 1


def test_schema_command_prints_the_shipped_schema(capsys):
    code, out, _ = run(capsys, "schema")
    assert code == 0
    assert json.loads(out) == json.loads(resources.read_bytes("answers.schema.json"))


def test_a_file_of_thousands_of_errors_lists_the_first_hundred_and_counts_the_rest(
    capsys, db, tmp_path
):
    bad = tmp_path / "viele.csv"
    rows = "".join(f"F{n},VW,Golf,compact,29990,zehn,petrol\n" for n in range(1234 + 100))
    bad.write_text("id,make,model,body_type,price_eur,seats,powertrain\n" + rows, "utf-8")
    code, out, err = run(capsys, "--db", db, "catalogue", "import", str(bad))
    lines = err.splitlines()
    assert code == 2 and out == ""
    assert lines[0] == "Fehler: 1.334 Problem(e) in der Datei – nichts importiert."
    assert len(lines) == 102
    assert lines[1] == "  viele.csv, Zeile 2, Spalte „seats“: „zehn“ ist keine ganze Zahl"
    assert lines[100].startswith("  viele.csv, Zeile 101, ")
    assert lines[101] == "  … und 1.234 weitere Fehler"
