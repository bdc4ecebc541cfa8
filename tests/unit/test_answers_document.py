"""The limits of an answers file, at their boundaries."""

from __future__ import annotations

import json

import pytest

from kundengespraech import resources
from kundengespraech.domain.answers import AnswersError, UnusableNumber, check_value, from_contract
from kundengespraech.domain.answers_document import (
    MAX_DEPTH,
    MAX_FILE_BYTES,
    parse_answers_document,
)


def _issues(data: bytes) -> list[str]:
    with pytest.raises(AnswersError) as caught:
        from_contract(resources.questionnaire(), parse_answers_document(data))
    return [str(issue) for issue in caught.value.issues]


def _family(**changes: object) -> dict:
    doc = json.loads(resources.read_bytes("examples", "answers_family.json"))
    for path, value in changes.items():
        section, leaf = path.split("__")
        doc[section][leaf] = value
    return doc


def test_depth_up_to_the_limit_is_parsed_and_one_more_is_refused() -> None:
    deep_ok = "[" * MAX_DEPTH + "]" * MAX_DEPTH
    assert parse_answers_document(deep_ok.encode()) is not None
    too_deep = "[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1)
    with pytest.raises(AnswersError, match="zu tief verschachtelt"):
        parse_answers_document(too_deep.encode())


def test_brackets_inside_strings_do_not_count_as_depth() -> None:
    doc = parse_answers_document(json.dumps({"notes": "[" * 500 + '\\"{'}).encode())
    assert doc["notes"].startswith("[[[")


def test_fifteen_digits_are_a_number_sixteen_are_not() -> None:
    doc = parse_answers_document(b'{"a": 999999999999999, "b": -1000000000000000}')
    assert doc["a"] == 999_999_999_999_999
    assert doc["b"] == UnusableNumber("-1000000000000000")


@pytest.mark.parametrize("literal", ["NaN", "Infinity", "-Infinity", "1e309", "-1e400"])
def test_non_finite_numbers_are_kept_as_unusable(literal: str) -> None:
    assert parse_answers_document(f'{{"a": {literal}}}'.encode())["a"] == UnusableNumber(literal)


def test_a_file_over_the_size_limit_is_refused_before_parsing() -> None:
    with pytest.raises(AnswersError, match="höchstens 1 MB"):
        parse_answers_document(b" " * (MAX_FILE_BYTES + 1))


def test_invalid_utf8_names_the_line() -> None:
    with pytest.raises(AnswersError, match="Zeile 3: keine UTF-8"):
        parse_answers_document(b'{\n"notes":\n"M\xfcller"}')


def test_duplicate_keys_are_named() -> None:
    with pytest.raises(AnswersError, match="„notes“: kommt mehrfach vor"):
        parse_answers_document(b'{"notes": "a", "notes": "b"}')


def test_children_are_bounded_by_the_count_question() -> None:
    eight = json.dumps(_family(household__children_ages=[1] * 8)).encode()
    assert from_contract(resources.questionnaire(), parse_answers_document(eight))
    nine = json.dumps(_family(household__children_ages=[1] * 9)).encode()
    assert _issues(nine) == [
        "Feld „household.children_ages“: Bitte höchstens 8 Angaben (es sind 9)."
    ]


def test_line_breaks_are_allowed_in_notes_but_not_in_a_name() -> None:
    questionnaire = resources.questionnaire()
    notes = questionnaire.question("notes")
    name = questionnaire.question("customer.first_name")
    assert check_value(notes, "Zeile 1\n\tZeile 2\r\n") is None
    no_breaks = "Bitte ohne Zeilenumbruch oder Tabulator (Zeichen 5)."
    assert check_value(name, "Anna\tBerger") == no_breaks
    assert "Steuer" in (check_value(notes, "a\x00b") or "")
    assert "Steuer" in (check_value(name, "Berger\u202egpj.exe") or "")
    assert "Steuer" in (check_value(name, "Anna\ud800") or "")


def test_many_issues_are_capped_with_the_rest_counted() -> None:
    doc = {**_family(), **{f"x{i}": i for i in range(1234 + 20)}}
    with pytest.raises(AnswersError) as caught:
        from_contract(resources.questionnaire(), doc)
    lines = caught.value.lines()
    assert len(lines) == 21
    assert lines[-1] == "… und 1.234 weitere Fehler"


def test_unprintable_field_names_are_escaped_and_shortened() -> None:
    issues = _issues(json.dumps({**_family(), "\udc00" + "k" * 500: 1}).encode())
    assert issues == ["Feld „\\udc00" + "k" * 59 + "…“: unbekanntes Feld."]
