"""Hostile answers files (contract 1): what a tester, a broken tool or an attacker may hand in.

``hostile_answers()`` returns ``(name, bytes, expected)`` triples; ``expected`` is ``"refused"``
(exit 2 with a message that names the ``field``) or ``"accepted"`` (a legitimate file that
must work, e.g. a 4,000-character word in the notes). Run as a script to write them out::

    python tests/reliability/hostile_answers.py /tmp/hostile
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kundengespraech.resources import read_bytes


@dataclass(frozen=True)
class Hostile:
    name: str
    data: bytes
    expected: str  # "refused" or "accepted"
    field: str = ""  # the field (or place) the message must name when refused


def _family() -> dict[str, Any]:
    return json.loads(read_bytes("examples", "answers_family.json"))


def _dump(doc: Any) -> bytes:
    return json.dumps(doc, ensure_ascii=False).encode("utf-8")


def _with(path: str, value: Any) -> dict[str, Any]:
    doc = _family()
    *parents, leaf = path.split(".")
    target = doc
    for part in parents:
        target = target.setdefault(part, {})
    target[leaf] = value
    return doc


def _raw(path: str, literal: str) -> bytes:
    """The family file with ``path`` set to a raw JSON literal (NaN, huge numbers, escapes)."""
    marker = "__HOSTILE__"
    text = json.dumps(_with(path, marker), ensure_ascii=False)
    return text.replace(f'"{marker}"', literal).encode("utf-8")


def hostile_answers() -> list[Hostile]:
    refused: list[tuple[str, bytes, str]] = [
        ("empty", b"", "Zeile 1"),
        ("only_whitespace", b"   \n\t ", "Zeile"),
        ("not_json", b"Hallo, ich bin kein JSON", "Zeile 1"),
        ("truncated", _dump(_family())[:-20], "Zeile"),
        ("array_top", b"[1, 2, 3]", "(Dokument)"),
        ("string_top", b'"answers"', "(Dokument)"),
        ("null_top", b"null", "(Dokument)"),
        ("binary_garbage", bytes(range(256)) * 8, "UTF-8"),
        ("utf16_bom", "\ufeff{}".encode("utf-16"), "UTF-8"),
        ("latin1_text", _dump(_with("notes", "Müller")).replace("ü".encode(), b"\xfc"), "UTF-8"),
        ("nul_bytes", b'{"schema": "kundengespraech.answers/1"\x00}', "Zeile 1"),
        ("deep_objects", b'{"notes": ' + b'{"a": ' * 100_000 + b"1" + b"}" * 100_001, "tief"),
        ("deep_lists", b'{"hobbies": ' + b"[" * 100_000 + b"]" * 100_000 + b"}", "tief"),
        ("moderate_depth", b'{"hobbies": ' + b"[" * 50 + b"]" * 50 + b"}", "tief"),
        ("int_5000_digits", _raw("usage.annual_km", "9" * 5000), "usage.annual_km"),
        ("int_40_digits", _raw("budget.max_price_eur", "1" * 40), "budget.max_price_eur"),
        ("negative_huge", _raw("usage.daily_km", "-" + "9" * 400), "usage.daily_km"),
        ("float_1e309", _raw("usage.annual_km", "1e309"), "usage.annual_km"),
        ("nan", _raw("usage.annual_km", "NaN"), "usage.annual_km"),
        ("infinity", _raw("budget.max_price_eur", "Infinity"), "budget.max_price_eur"),
        ("minus_infinity", _raw("usage.towing_kg", "-Infinity"), "usage.towing_kg"),
        ("nan_in_list", _raw("household.children_ages", "[3, NaN]"), "household.children_ages"),
        ("float_int", _raw("household.adults", "2.5"), "household.adults"),
        ("bool_as_int", _raw("household.adults", "true"), "household.adults"),
        (
            "children_10000",
            _dump(_with("household.children_ages", [5] * 10_000)),
            "household.children_ages",
        ),
        ("children_9", _dump(_with("household.children_ages", [1] * 9)), "household.children_ages"),
        ("dogs_1000", _dump(_with("pets.dogs", [{"size": "small"}] * 1000)), "pets.dogs"),
        ("hobbies_repeated", _dump(_with("hobbies", ["cycling"] * 100_000)), "hobbies"),
        (
            "lone_surrogate_name",
            _raw("customer.first_name", '"Anna\\ud800"'),
            "customer.first_name",
        ),
        ("lone_surrogate_key", b'{"\\udc00": 1}', "\\udc00"),
        ("lone_surrogate_option", _raw("hobbies", '["\\udfff"]'), "hobbies"),
        ("control_in_name", _dump(_with("customer.last_name", "Berg\x07er")), "customer.last_name"),
        (
            "escape_sequence",
            _dump(_with("customer.first_name", "\x1b[31mAnna")),
            "customer.first_name",
        ),
        ("nul_in_notes", _dump(_with("notes", "Wohnwagen\x00")), "notes"),
        (
            "bidi_override",
            _dump(_with("customer.last_name", "Berger\u202egpj.exe")),
            "customer.last_name",
        ),
        (
            "newline_in_name",
            _dump(_with("customer.first_name", "Anna\nBerger")),
            "customer.first_name",
        ),
        ("name_too_long", _dump(_with("customer.last_name", "B" * 100_000)), "customer.last_name"),
        ("notes_too_long", _dump(_with("notes", "Wort " * 2000)), "notes"),
        (
            "unknown_fields_many",
            _dump({**_family(), **{f"x{i}": i for i in range(50_000)}}),
            "weitere",
        ),
        ("huge_key", _dump({**_family(), "k" * 200_000: 1}), "unbekanntes Feld"),
        ("choice_as_object", _dump(_with("budget.condition", {"a": [1, 2]})), "budget.condition"),
        ("choice_huge_string", _dump(_with("budget.condition", "x" * 500_000)), "budget.condition"),
        ("list_as_number", _dump(_with("hobbies", 7)), "hobbies"),
        ("dogs_wrong_shape", _dump(_with("pets.dogs", ["large"])), "pets.dogs"),
        ("birthday_future", _dump(_with("customer.birthday", "2999-01-01")), "customer.birthday"),
        ("birthday_garbage", _dump(_with("customer.birthday", "1985-13-45")), "customer.birthday"),
        ("wrong_schema", _dump({**_family(), "schema": "other/9"}), "schema"),
        (
            "duplicate_keys",
            b'{"notes": "a", "notes": "b", "household": {"adults": 2},'
            b' "household": {"adults": 99}}',
            "mehrfach",
        ),
        ("too_big_file", b'{"notes": "' + b"a" * 3_000_000 + b'"}', "MB"),
    ]
    accepted: list[tuple[str, bytes]] = [
        ("family", _dump(_family())),
        ("long_word_notes", _dump(_with("notes", "Donaudampfschiff" * 250))),
        ("long_word_other_pets", _dump(_with("pets.other", "W" * 200))),
        ("tabs_and_newlines_in_notes", _dump(_with("notes", "Zeile 1\n\tZeile 2\r\nZeile 3"))),
        ("emoji_and_umlauts", _dump(_with("customer.last_name", "Müller-Lüdenscheidt 🚗"))),
        ("utf8_bom", b"\xef\xbb\xbf" + _dump(_family())),
        ("children_8", _dump(_with("household.children_ages", [1, 2, 3, 4, 5, 6, 7, 8]))),
        ("ints_as_exponent_free_negative_zero", _raw("usage.towing_kg", "-0")),
    ]
    return [Hostile(n, d, "refused", f) for n, d, f in refused] + [
        Hostile(n, d, "accepted") for n, d in accepted
    ]


def write_all(folder: Path) -> list[tuple[Path, Hostile]]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for item in hostile_answers():
        path = folder / f"{item.name}.json"
        path.write_bytes(item.data)
        written.append((path, item))
    return written


if __name__ == "__main__":
    for path, item in write_all(Path(sys.argv[1])):
        print(f"{item.expected:9} {path}")
