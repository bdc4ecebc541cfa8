"""Command line: recommend, print a sheet, import and export the catalogue, export a customer."""

from __future__ import annotations

import argparse
import json
import os
import sys
import uuid
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, TextIO

from kundengespraech import resources
from kundengespraech.domain.answers import AnswersError, from_contract
from kundengespraech.domain.answers_document import MAX_FILE_BYTES, parse_answers_document
from kundengespraech.domain.answers_schema import answers_json_schema
from kundengespraech.domain.catalogue import COLUMNS
from kundengespraech.domain.formatting import format_eur
from kundengespraech.domain.phrases import words
from kundengespraech.domain.questionnaire import Answers
from kundengespraech.importers.catalogue_csv import CatalogueImportError, ImportIssue
from kundengespraech.importers.issues import german_count, issue_lines
from kundengespraech.importers.mapping import How, propose_mapping
from kundengespraech.importers.rows import MISSING_COLUMN
from kundengespraech.services.app import AppServices, open_services
from kundengespraech.services.calendar import UnknownSalespersonError
from kundengespraech.services.customer_export import ExportFormatError, export_format
from kundengespraech.services.files import write_atomically
from kundengespraech.services.records import record_pdf
from kundengespraech.services.sheets import render_sheet_for
from kundengespraech.storage.encryption import KeyRequiredError
from kundengespraech.storage.errors import RecordNotFoundError, StorageError

EXIT_INPUT = 2
PASSPHRASE_ENV_VAR = "KUNDENGESPRAECH_PASSPHRASE"
"""The passphrase of an encrypted database for the command line (no prompt in scripts)."""


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
    recommend.add_argument(
        "--lang",
        choices=("de", "en"),
        default="de",
        help="Sprache der Begründungen und Ausschlussgründe (Standard: de)",
    )

    sheet = commands.add_parser("sheet", help="Empfehlungsblatt als PDF schreiben")
    sheet.add_argument("answers", type=Path, metavar="ANSWERS.json")
    sheet.add_argument("-o", "--output", type=Path, required=True, metavar="SHEET.pdf")

    record = commands.add_parser(
        "record", help="internes Gesprächsprotokoll als PDF schreiben (nicht für den Kunden)"
    )
    record.add_argument("answers", type=Path, metavar="ANSWERS.json")
    record.add_argument("-o", "--output", type=Path, required=True, metavar="RECORD.pdf")

    _add_catalogue_parser(commands)

    commands.add_parser("schema", help="JSON-Schema der Antwortdatei (Vertrag 1) ausgeben")
    _add_calendar_parser(commands)
    _add_customer_parser(commands)
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
        services = open_services(args.db, os.environ.get(PASSPHRASE_ENV_VAR) or None)
    except KeyRequiredError as error:
        print(f"Fehler: {error} (Kommandozeile: in der Umgebungsvariablen "
              f"{PASSPHRASE_ENV_VAR})", file=err)  # fmt: skip
        return EXIT_INPUT
    except StorageError as error:
        print(f"Fehler: {error}", file=err)
        return EXIT_INPUT
    try:
        return _dispatch(services, args, out)
    except CliError as error:
        print(f"Fehler: {error}", file=err)
        return EXIT_INPUT
    except CatalogueImportError as error:
        print(
            f"Fehler: {german_count(error.count)} Problem(e) in der Datei – nichts importiert.",
            file=err,
        )
        for line in issue_lines(error.errors, error.more, indent="  "):
            print(line, file=err)
        return EXIT_INPUT
    except StorageError as error:  # a write that did not reach the database (disk full, …)
        print(f"Fehler: {error}", file=err)
        return EXIT_INPUT
    finally:
        services.close()


def _dispatch(services: AppServices, args: argparse.Namespace, out: TextIO) -> int:
    if args.command == "calendar":
        return _calendar(services, args, out)
    if args.command == "customer":
        return _customer_export(services, args, out)
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
    return _catalogue(services, args, out)


# --- calendar (relationship care) --------------------------------------------------------


def _add_calendar_parser(commands: Any) -> None:
    calendar = commands.add_parser(
        "calendar", help="Zusagen, Termine und Kundenpflege als Kalender (.ics)"
    )
    calendar_commands = calendar.add_subparsers(dest="calendar_command", required=True)
    export = calendar_commands.add_parser(
        "export", help="alle offenen Zusagen und Vorschläge als .ics schreiben"
    )
    export.add_argument("file", type=Path, metavar="FILE.ics")
    export.add_argument("--salesperson", metavar="NAME", help="nur die Einträge dieser Person")


def _calendar(services: AppServices, args: argparse.Namespace, out: TextIO) -> int:
    try:
        data = services.calendar.export_all(args.salesperson)
    except UnknownSalespersonError as error:
        raise CliError(str(error)) from error
    _write_output(args.file, data)
    count = data.count(b"BEGIN:VEVENT")
    print(f"{count} Kalendereinträge geschrieben: {args.file}", file=out)
    return 0


# --- customer data (DSGVO Art. 15/20) ---------------------------------------------------


def _add_customer_parser(commands: Any) -> None:
    customer = commands.add_parser("customer", help="Daten eines Kunden")
    customer_commands = customer.add_subparsers(dest="customer_command", required=True)
    export = customer_commands.add_parser(
        "export",
        help="alles über einen Kunden als JSON (maschinenlesbar) oder PDF (zum Lesen) schreiben",
    )
    export.add_argument("customer_id", metavar="ID", help="Kundennummer (UUID)")
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.json|FILE.pdf")


def _customer_export(services: AppServices, args: argparse.Namespace, out: TextIO) -> int:
    try:
        kind = export_format(args.output)
        customer_id = uuid.UUID(args.customer_id.strip())
    except ExportFormatError as error:
        raise CliError(str(error)) from error
    except ValueError as error:
        raise CliError(
            f"„{args.customer_id}“ ist keine gültige Kundennummer (erwartet wird eine UUID "
            "wie 0192f5e0-aaaa-7bbb-8ccc-1234567890ab)."
        ) from error
    try:
        services.customer_export.write(customer_id, args.output)
    except RecordNotFoundError as error:
        raise CliError(f"Kunde {customer_id} nicht gefunden – nichts geschrieben.") from error
    except OSError as error:
        message = f"{args.output}: Datei kann nicht geschrieben werden ({error.strerror})."
        raise CliError(message) from error
    what = "JSON, maschinenlesbar" if kind == "json" else "PDF zum Lesen"
    print(f"Daten des Kunden {customer_id} geschrieben ({what}): {args.output}", file=out)
    return 0


# --- catalogue import and export ----------------------------------------------------------


def _add_catalogue_parser(commands: Any) -> None:
    catalogue = commands.add_parser("catalogue", help="Fahrzeugkatalog importieren/exportieren")
    catalogue_commands = catalogue.add_subparsers(dest="catalogue_command", required=True)
    do_import = catalogue_commands.add_parser(
        "import", help="CSV oder Excel (.xlsx) importieren (alles oder nichts)"
    )
    do_import.add_argument("file", type=Path, metavar="FILE")
    do_import.add_argument(
        "--replace", action="store_true", help="den bisherigen Katalog vollständig ersetzen"
    )
    do_import.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="KOPF=SPALTE",
        help='Spalte der Datei einer Katalogspalte zuordnen, z. B. --map "Sitzplätze=seats"; '
        'ohne SPALTE ("Farbe=") wird die Spalte nicht übernommen',
    )
    do_import.add_argument(
        "--preview",
        action="store_true",
        help="nur prüfen und zusammenfassen, nichts schreiben (Exit 0: fehlerfrei, 2: Fehler)",
    )
    do_import.add_argument(
        "--images",
        type=Path,
        metavar="ORDNER",
        help="Ordner der Fahrzeugfotos (sonst der Ordner der Datei)",
    )
    do_import.add_argument(
        "--skip-missing-images",
        action="store_true",
        help="Fahrzeuge, deren Foto fehlt, ohne Foto importieren statt abzubrechen",
    )
    do_export = catalogue_commands.add_parser("export", help="Katalog als CSV schreiben")
    do_export.add_argument("file", type=Path, metavar="FILE.csv")


def _catalogue(services: AppServices, args: argparse.Namespace, out: TextIO) -> int:
    if args.catalogue_command == "import":
        return _catalogue_import(services, args, out)
    try:
        count = services.catalogue.export_file(args.file)
    except OSError as error:
        raise CliError(
            f"{args.file}: Datei kann nicht geschrieben werden ({error.strerror})."
        ) from error
    print(f"{count} Fahrzeuge exportiert nach {args.file}.", file=out)
    return 0


def _catalogue_import(services: AppServices, args: argparse.Namespace, out: TextIO) -> int:
    column_map = _column_map(args.map)
    if args.images is not None and not args.images.is_dir():
        raise CliError(f"--images {args.images}: kein Ordner.")
    try:
        preview = services.catalogue.preview_file(
            args.file,
            column_map=column_map,
            images_folder=args.images,
            skip_missing_images=args.skip_missing_images,
        )
    except OSError as error:
        raise CliError(
            f"{args.file}: Datei kann nicht gelesen werden ({error.strerror})."
        ) from error
    if not preview.ok:
        raise CliError(
            _problems_text(services, args.file, preview.issues, column_map, preview.more_issues)
        )
    photos = f", {preview.photo_count} mit Foto" if preview.photo_count else ""
    skipped = (
        f"; {preview.skipped_images} Foto(s) nicht gefunden, diese Fahrzeuge ohne Foto"
        if preview.skipped_images
        else ""
    )
    if args.preview:
        mode = "ersetzen den Katalog" if args.replace else "ergänzen den Katalog"
        print(
            f"Vorschau {args.file}: {preview.count} Fahrzeuge{photos}, fehlerfrei{skipped}. "
            f"Beim Import {mode}. Nichts geschrieben.",
            file=out,
        )
        return 0
    count = services.catalogue.import_preview(preview, replace=args.replace)
    print(f"{count} Fahrzeuge importiert aus {args.file}{photos}{skipped}.", file=out)
    return 0


def _column_map(entries: Sequence[str]) -> dict[str, str | None]:
    """``--map "Kopf=spalte"`` options as a column map; an empty target means "not imported"."""
    mapping: dict[str, str | None] = {}
    for entry in entries:
        header, sep, target = entry.partition("=")
        header, target = header.strip(), target.strip().lower()
        if not sep or not header:
            raise CliError(f"--map „{entry}“: erwartet „Spalte der Datei=Katalogspalte“.")
        if target and target not in COLUMNS:
            raise CliError(
                f"--map „{entry}“: „{target}“ ist keine Katalogspalte "
                f"(erlaubt: {', '.join(COLUMNS)})."
            )
        mapping[header] = target
    return mapping


def _problems_text(
    services: AppServices,
    path: Path,
    issues: Sequence[ImportIssue],
    column_map: Mapping[str, str | None],
    more: int = 0,
) -> str:
    """The problems (the first hundred, then how many more), and for missing required columns
    the ``--map`` options that may help."""
    count = german_count(len(issues) + more)
    lines = [f"{count} Problem(e) in der Datei – nichts importiert."]
    lines += issue_lines(issues, more, indent="  ")
    if any(issue.message == MISSING_COLUMN for issue in issues):
        try:
            headers = services.catalogue.headers(path)
        except (OSError, CatalogueImportError):
            headers = []
        folded = {name.strip().lower() for name in column_map}
        hints = [
            f'--map "{p.header}={p.target}"'
            for p in propose_mapping(headers)
            if p.target and p.how in (How.SYNONYM, How.SIMILAR) and p.header.lower() not in folded
        ]
        if hints:
            lines.append("Tipp – Spalten zuordnen mit: " + " ".join(hints))
    return "\n".join(lines)


def _recommend(services: AppServices, args: argparse.Namespace, out: TextIO) -> int:
    if args.top < 1:
        raise CliError("--top muss mindestens 1 sein.")
    lang = args.lang
    ranking = services.recommendations.rank(_read_answers(services, args.answers), lang)
    if args.json:
        json.dump(ranking.to_contract(top=args.top), out, ensure_ascii=False, indent=2)
        out.write("\n")
        return 0
    say = words(lang)
    if not ranking.recommendations:
        print(say("Kein Fahrzeug des Katalogs erfüllt alle Wünsche.",
                  "No vehicle in the catalogue meets every wish."), file=out)  # fmt: skip
    for place, rec in enumerate(ranking.top(args.top), start=1):
        v = rec.vehicle
        fits = say(f"passt zu {rec.score} %", f"fits {rec.score}%")
        print(f"{place}. {v.title} – {format_eur(v.price_eur, lang)} – {fits}", file=out)
        for reason in rec.reasons_for:
            print(f"   + {reason}", file=out)
        for reason in rec.reasons_against:
            print(f"   – {reason}", file=out)
    excluded = ranking.count_excluded
    print(say(f"{excluded} Fahrzeuge ausgeschlossen.", f"{excluded} vehicles excluded."), file=out)
    return 0


def _read_answers(services: AppServices, path: Path) -> Answers:
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        raise CliError(f"{path}: Datei kann nicht gelesen werden ({error.strerror}).") from error
    try:
        return from_contract(services.questionnaire, parse_answers_document(data))
    except AnswersError as error:
        lines = "\n".join(f"  {path}: {line}" for line in error.lines())
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
