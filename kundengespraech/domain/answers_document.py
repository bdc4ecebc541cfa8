"""Reading an answers file (contract 1) safely: size, encoding, JSON, depth and number limits.

Whatever the bytes are, :func:`parse_answers_document` either returns the decoded JSON value or
raises :class:`~kundengespraech.domain.answers.AnswersError` naming the place of the problem —
never ``RecursionError``, ``ValueError`` from a 5,000-digit integer or a ``UnicodeError``.
Numbers that cannot be answers (more than :data:`MAX_DIGITS` digits, ``NaN``, ``Infinity``,
``1e309``) are kept as :class:`UnusableNumber` so that the field check names the field.
"""

from __future__ import annotations

import json
import re
from typing import Any

from kundengespraech.domain.answers import MAX_DIGITS, AnswerIssue, AnswersError, UnusableNumber

MAX_FILE_BYTES = 1_000_000
MAX_DEPTH = 8
_DOCUMENT = "(Dokument)"
_STRINGS = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_BRACKETS = re.compile(r"[\[\]{}]")


def parse_answers_document(data: bytes) -> Any:
    """The JSON value of an answers file; raises ``AnswersError`` with the place of a problem."""
    if len(data) > MAX_FILE_BYTES:
        raise _error("(Datei)", "größer als 1 MB – eine Antwortdatei ist höchstens 1 MB groß.")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise _error(
            f"Zeile {line}", f"keine UTF-8-Textdatei (Byte {error.start} ist nicht lesbar)."
        ) from error
    _check_depth(text)
    duplicates: list[str] = []
    try:
        doc = json.loads(
            text,
            parse_int=_parse_int,
            parse_float=_parse_float,
            parse_constant=UnusableNumber,
            object_pairs_hook=lambda pairs: _object(pairs, duplicates),
        )
    except json.JSONDecodeError as error:
        raise _error(
            f"Zeile {error.lineno}, Spalte {error.colno}", f"ungültiges JSON ({error.msg})."
        ) from error
    except RecursionError as error:  # defence in depth; _check_depth should have caught it
        raise _error(_DOCUMENT, f"zu tief verschachtelt (höchstens {MAX_DEPTH} Ebenen).") from error
    if duplicates:
        message = "kommt mehrfach vor – bitte nur einmal angeben."
        raise AnswersError([AnswerIssue(key, message) for key in duplicates])
    return doc


def _check_depth(text: str) -> None:
    depth = 0
    for match in _BRACKETS.finditer(_STRINGS.sub('""', text)):
        depth += 1 if match.group() in "[{" else -1
        if depth > MAX_DEPTH:
            line = text.count("\n", 0, match.start()) + 1
            raise _error(f"Zeile {line}", f"zu tief verschachtelt (höchstens {MAX_DEPTH} Ebenen).")


def _parse_int(text: str) -> int | UnusableNumber:
    if len(text.lstrip("-")) > MAX_DIGITS:
        return UnusableNumber(text)
    return int(text)


def _parse_float(text: str) -> float | UnusableNumber:
    value = float(text)
    if value != value or value in (float("inf"), float("-inf")):
        return UnusableNumber(text)
    return value


def _object(pairs: list[tuple[str, Any]], duplicates: list[str]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result and key not in duplicates:
            duplicates.append(key)
        result[key] = value
    return result


def _error(place: str, message: str) -> AnswersError:
    return AnswersError([AnswerIssue(place, message)])
