"""Command line: recommend, print a sheet, import and export the catalogue."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from kundengespraech import resources
from kundengespraech.domain.answers import AnswersError, from_contract
from kundengespraech.domain.answers_schema import answers_json_schema
from kundengespraech.domain.formatting import format_eur
from kundengespraech.domain.questionnaire import Answers
from kundengespraech.importers.catalogue_csv import CatalogueImportError
from kundengespraech.services.app import AppServices, open_services
from kundengespraech.services.files import write_atomically
from kundengespraech.services.records import record_pdf
from kundengespraech.services.sheets import render_sheet_for
from kundengespraech.storage.errors import StorageError

EXIT_INPUT = 2


class CliError(Exception):
    """A problem with the user's input; the message is printed on stderr as it is."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kundengespraech",
        description="Kundengespräch – Bedarfsgespräch und ehrliche Fahrzeugempfehlung. "
        "Ohne Befehl startet die Anwendung.",
    )
    parser.add_argument(
        "--db", metavar="URL", help="SQLAlchemy-URL der Datenbank (sonst KUNDENGESPRAECH_DB)"
    )
    commands = parser.add_subparsers(dest="command", metavar="BEFEHL")

    recommend = commands.add_parser("recommend", help="Empfehlungen zu einer Antwortdatei")
    recommend.add_argument("answers", type=Path, metavar="ANSWERS.json")
    recommend.add_argument("--top", type=int, default=3, metavar="N")
    recommend.add_argument("--json", action="store_true", help="Ausgabe als JSON (Vertrag 3)")

    sheet = commands.add_parser("sheet", help="Empfehlungsblatt als PDF schreiben")
    sheet.add_argument("answers", type=Path, metavar="ANSWERS.json")
    sheet.add_argument("-o", "--output", type=Path, required=True, metavar="SHEET.pdf")

    record = commands.add_parser(
        "record", help="internes Gesprächsprotokoll als PDF schreiben (nicht für den Kunden)"
    )
    record.add_argument("answers", type=Path, metavar="ANSWERS.json")
    record.add_argument("-o", "--output", type=Path, required=True, metavar="RECORD.pdf")

    catalogue = commands.add_parser("catalogue", help="Fahrzeugkatalog importieren/exportieren")
    catalogue_commands = catalogue.add_subparsers(dest="catalogue_command", required=True)
    do_import = catalogue_commands.add_parser("import", help="CSV importieren (alles oder nichts)")
    do_import.add_argument("file", type=Path, metavar="FILE.csv")
    do_import.add_argument(
        "--replace", action="store_true", help="den bisherigen Katalog vollständig ersetzen"
    )
    do_export = catalogue_commands.add_parser("export", help="Katalog als CSV schreiben")
    do_export.add_argument("file", type=Path, metavar="FILE.csv")

    commands.add_parser("schema", help="JSON-Schema der Antwortdatei (Vertrag 1) ausgeben")
    return parser


def run(args: argparse.Namespace, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run a parsed sub-command; returns the exit code."""
    out = out or sys.stdout
    err = err or sys.stderr
    if args.command == "schema":
        schema = answers_json_schema(resources.questionnaire())
        out.write(json.dumps(schema, ensure_ascii=False, indent=2) + "\n")
        return 0
    try:
        services = open_services(args.db)
    except StorageError as error:
        print(f"Fehler: {error}", file=err)
        return EXIT_INPUT
    try:
        return _dispatch(services, args, out)
    except CliError as error:
        print(f"Fehler: {error}", file=err)
        return EXIT_INPUT
    except CatalogueImportError as error:
        print(f"Fehler: {len(error.errors)} Problem(e) in der Datei – nichts importiert.", file=err)
        for issue in error.errors:
            print(f"  {issue}", file=err)
        return EXIT_INPUT
    finally:
        services.close()


def _dispatch(services: AppServices, args: argparse.Namespace, out: TextIO) -> int:
    if args.command == "recommend":
        return _recommend(services, args, out)
    if args.command == "sheet":
        answers = _read_answers(services, args.answers)
        ranking = services.recommendations.rank(answers)
        _write_output(args.output, render_sheet_for(services, answers, ranking))
        print(f"Empfehlungsblatt geschrieben: {args.output}", file=out)
        return 0
    if args.command == "record":
        answers = _read_answers(services, args.answers)
        _write_output(args.output, record_pdf(services, answers))
        print(f"Gesprächsprotokoll (intern) geschrieben: {args.output}", file=out)
        return 0
    if args.catalogue_command == "import":
        try:
            count = services.catalogue.import_file(args.file, replace=args.replace)
        except OSError as error:
            raise CliError(
                f"{args.file}: Datei kann nicht gelesen werden ({error.strerror})."
            ) from error
        print(f"{count} Fahrzeuge importiert aus {args.file}.", file=out)
        return 0
    try:
        count = services.catalogue.export_file(args.file)
    except OSError as error:
        raise CliError(
            f"{args.file}: Datei kann nicht geschrieben werden ({error.strerror})."
        ) from error
    print(f"{count} Fahrzeuge exportiert nach {args.file}.", file=out)
    return 0


def _recommend(services: AppServices, args: argparse.Namespace, out: TextIO) -> int:
    if args.top < 1:
        raise CliError("--top muss mindestens 1 sein.")
    ranking = services.recommendations.rank(_read_answers(services, args.answers))
    if args.json:
        json.dump(ranking.to_contract(top=args.top), out, ensure_ascii=False, indent=2)
        out.write("\n")
        return 0
    if not ranking.recommendations:
        print("Kein Fahrzeug des Katalogs erfüllt alle Wünsche.", file=out)
    for place, rec in enumerate(ranking.top(args.top), start=1):
        v = rec.vehicle
        print(f"{place}. {v.title} – {format_eur(v.price_eur)} – passt zu {rec.score} %", file=out)
        for reason in rec.reasons_for:
            print(f"   + {reason}", file=out)
        for reason in rec.reasons_against:
            print(f"   – {reason}", file=out)
    print(f"{len(ranking.excluded)} Fahrzeuge ausgeschlossen.", file=out)
    return 0


def _read_answers(services: AppServices, path: Path) -> Answers:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as error:
        raise CliError(f"{path}: Datei kann nicht gelesen werden ({error.strerror}).") from error
    except UnicodeDecodeError as error:
        raise CliError(f"{path}: keine UTF-8-Textdatei (Byte {error.start}).") from error
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as error:
        raise CliError(
            f"{path}, Zeile {error.lineno}, Spalte {error.colno}: ungültiges JSON ({error.msg})."
        ) from error
    try:
        return from_contract(services.questionnaire, doc)
    except AnswersError as error:
        lines = "\n".join(f"  {path}: {issue}" for issue in error.issues)
        raise CliError(f"Die Antwortdatei ist fehlerhaft:\n{lines}") from error


def _write_output(path: Path, data: bytes) -> None:
    try:
        write_atomically(path, data)
    except OSError as error:
        message = f"{path}: Datei kann nicht geschrieben werden ({error.strerror})."
        raise CliError(message) from error


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return run(args)
