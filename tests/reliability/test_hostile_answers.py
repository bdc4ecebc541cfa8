"""Hostile answers files through the command line: a clear message naming the field, never a
traceback, no file written for a refused one — and legitimate oddities (a 4,000-character word
in the notes, tabs, a BOM) still work, the record PDF wrapping the word.

``pytest -s tests/reliability/test_hostile_answers.py`` prints the tally.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from kundengespraech.__main__ import main
from tests.reliability.hostile_answers import Hostile, hostile_answers, write_all

COMMANDS = ("recommend", "sheet", "record")


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[Path, Hostile]]:
    return write_all(tmp_path_factory.mktemp("hostile"))


def _argv(command: str, path: Path, out: Path) -> list[str]:
    return [command, str(path)] if command == "recommend" else [command, str(path), "-o", str(out)]


def test_there_are_at_least_forty_hostile_files() -> None:
    items = hostile_answers()
    assert len({item.name for item in items}) == len(items)
    assert sum(item.expected == "refused" for item in items) >= 40


def test_every_hostile_file_gets_a_message_naming_the_field(files, tmp_path, capsys) -> None:
    db = f"sqlite:///{tmp_path / 'kg.db'}"
    handled = 0
    problems = []
    for path, item in files:
        for command in COMMANDS:
            out = tmp_path / f"{item.name}.{command}.pdf"
            try:
                code = main(["--db", db, *_argv(command, path, out)])
            except BaseException as error:
                problems.append(f"{item.name} {command}: {type(error).__name__}")
                continue
            stdout, stderr = capsys.readouterr()
            if item.expected == "refused":
                ok = code == 2 and item.field in stderr and not out.exists() and not stdout
            else:
                ok = code == 0 and stderr == "" and (command == "recommend" or out.stat().st_size)
            if ok:
                handled += 1
            else:
                problems.append(f"{item.name} {command}: exit {code}, {stderr[-200:]!r}")
    print(f"\n{handled} of {len(files) * len(COMMANDS)} runs handled as expected")
    assert problems == []


@pytest.mark.parametrize(
    "name",
    ["deep_objects", "int_5000_digits", "lone_surrogate_name", "children_10000", "nan"],
)
def test_the_former_tracebacks_are_messages_in_a_real_process(files, tmp_path, name) -> None:
    path, item = next((p, i) for p, i in files if i.name == name)
    out = tmp_path / "record.pdf"
    result = subprocess.run(
        [sys.executable, "-m", "kundengespraech", "--db", f"sqlite:///{tmp_path / 'kg.db'}",
         "record", str(path), "-o", str(out)],
        capture_output=True, text=True, errors="backslashreplace", timeout=120,
    )  # fmt: skip
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert item.field in result.stderr
    assert len(result.stderr.splitlines()) <= 25
    assert not out.exists()


def test_the_record_wraps_a_four_thousand_character_word(files, tmp_path) -> None:
    path, _ = next((p, i) for p, i in files if i.name == "long_word_notes")
    out = tmp_path / "record.pdf"
    result = subprocess.run(
        [sys.executable, "-m", "kundengespraech", "--db", f"sqlite:///{tmp_path / 'kg.db'}",
         "record", str(path), "-o", str(out)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    pieces = [line for line in text.splitlines() if "Donaudampfschiff" in line]
    assert len(pieces) > 10  # wrapped over many lines, not one line running off the page
    assert "Donaudampfschiff" * 250 in "".join(text.split())
