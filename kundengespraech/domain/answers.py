"""Interview answers: checking single values and converting to and from contract 1 (JSON)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from kundengespraech.domain.questionnaire import Answers, Question, Questionnaire

ANSWERS_SCHEMA = "kundengespraech.answers/1"
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^\+?[0-9 ()/\-]{5,}$")
MAX_DIGITS = 15
MAX_SHOWN_ISSUES = 20
# C0/C1 control characters, DEL, bidirectional overrides and isolates, lone surrogates
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_LINE_BREAKS = "\t\n\r"


@dataclass(frozen=True, slots=True)
class AnswerIssue:
    """One problem with an answer; ``field`` is the contract key, e.g. ``usage.annual_km``."""

    field: str
    message: str

    def __str__(self) -> str:
        if self.field.startswith(("(", "Zeile")):
            return f"{self.field}: {self.message}"
        return f"Feld „{shown(self.field)}“: {self.message}"


def shown(value: Any, limit: int = 60) -> str:
    """``value`` fit for a message: shortened, control characters and lone surrogates escaped."""
    text = value if isinstance(value, str) else json_like(value)
    if len(text) > limit:
        text = text[:limit] + "…"
    return _UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def json_like(value: Any) -> str:
    """A short rendering of a JSON value for messages (lists and objects are not expanded)."""
    if isinstance(value, list):
        return "[…]" if value else "[]"
    if isinstance(value, dict):
        return "{…}" if value else "{}"
    if isinstance(value, UnusableNumber):
        return value.text
    return repr(value) if not isinstance(value, str) else value


@dataclass(frozen=True, slots=True)
class UnusableNumber:
    """A JSON number no answer can be: too many digits, not finite, or ``NaN``."""

    text: str

    @property
    def reason(self) -> str:
        if self.text.lstrip("-").isdigit():
            return f"Die Zahl hat {len(self.text.lstrip('-'))} Stellen – höchstens {MAX_DIGITS}."
        return f"„{self.text[:20]}“ ist keine Zahl, die als Antwort dienen kann."


class AnswersError(ValueError):
    """An answers document is malformed; ``issues`` names every faulty field."""

    def __init__(self, issues: list[AnswerIssue]) -> None:
        self.issues = issues
        super().__init__("\n".join(self.lines()))

    def lines(self, limit: int = MAX_SHOWN_ISSUES) -> list[str]:
        """The first ``limit`` issues, then how many more there are (German number format)."""
        lines = [str(issue) for issue in self.issues[:limit]]
        more = len(self.issues) - limit
        if more > 0:
            lines.append(f"… und {more:,} weitere Fehler".replace(",", "."))
        return lines


def check_value(question: Question, value: Any, max_items: int | None = None) -> str | None:
    """Why ``value`` is not a valid answer to ``question`` (German), or ``None`` when it is.

    ``max_items`` bounds a list answer (see :func:`list_limit`).
    """
    if value is None:
        return None
    if isinstance(value, UnusableNumber):
        return value.reason
    t = question.type
    if t in ("text", "email", "phone", "longtext"):
        if not isinstance(value, str):
            return "Bitte geben Sie einen Text ein."
        if question.max_length is not None and len(value) > question.max_length:
            return f"Bitte höchstens {question.max_length} Zeichen."
        problem = _unsafe_character(value, allow_breaks=t == "longtext")
        if problem:
            return problem
        if t == "email" and value and not _EMAIL.match(value):
            return "Das sieht nicht wie eine E-Mail-Adresse aus (Beispiel: name@beispiel.de)."
        if t == "phone" and value and not _PHONE.match(value):
            return "Bitte nur Ziffern, Leerzeichen und + ( ) / - verwenden."
        return None
    if t == "date":
        return _check_date(value)
    if t == "boolean":
        return None if isinstance(value, bool) else "Bitte Ja oder Nein wählen."
    if t in ("integer", "slider", "rating"):
        return _check_int(question, value)
    if t == "choice":
        if not isinstance(value, str) or value not in question.option_values():
            return f"„{shown(value)}“ ist keine der möglichen Antworten."
        return None
    if t in ("multi", "size_list", "int_list") and not isinstance(value, list):
        return "Bitte eine Liste angeben."
    if max_items is not None and len(value) > max_items:
        return f"Bitte höchstens {max_items} Angaben (es sind {len(value):,}).".replace(",", ".")
    if t in ("multi", "size_list"):
        wrong = [v for v in value if not isinstance(v, str) or v not in question.option_values()]
        if wrong:
            return f"„{shown(wrong[0])}“ ist keine der möglichen Antworten."
        if t == "multi" and len(set(value)) != len(value):
            return "Jede Antwort bitte nur einmal."
        return None
    if t == "int_list":
        for item in value:
            problem = _check_int(question, item)
            if problem:
                return problem
        return None
    return f"Unbekannter Fragetyp {t}."


def list_limit(questionnaire: Questionnaire, question: Question) -> int | None:
    """How many items a list answer may hold: the maximum of its count question, or one per
    option for a multiple choice."""
    if question.count_from:
        counter = questionnaire.question(question.count_from)
        return counter.maximum if counter.maximum is not None else None
    if question.type == "multi":
        return len(question.options)
    return None


def _unsafe_character(value: str, *, allow_breaks: bool) -> str | None:
    for match in _UNSAFE.finditer(value):
        if allow_breaks and match.group() in _LINE_BREAKS:
            continue
        where = match.start() + 1
        if match.group() in _LINE_BREAKS:
            return f"Bitte ohne Zeilenumbruch oder Tabulator (Zeichen {where})."
        return f"Enthält ein unzulässiges Steuer- oder Sonderzeichen (Zeichen {where})."
    return None


def _check_int(question: Question, value: Any) -> str | None:
    if isinstance(value, UnusableNumber):
        return value.reason
    if isinstance(value, bool) or not isinstance(value, int):
        return "Bitte eine ganze Zahl eingeben."
    lo, hi = question.minimum, question.maximum
    if lo is not None and value < lo:
        return f"Bitte mindestens {lo} eingeben."
    if hi is not None and value > hi:
        return f"Bitte höchstens {hi} eingeben."
    return None


def _check_date(value: Any) -> str | None:
    if not isinstance(value, str):
        return "Bitte ein Datum im Format JJJJ-MM-TT angeben."
    try:
        parsed = date.fromisoformat(value)
    except ValueError:
        return "Bitte ein Datum im Format JJJJ-MM-TT angeben."
    if parsed.year < 1900 or parsed > date.today():
        return "Dieses Datum kann kein Geburtstag sein."
    return None


def missing_required(
    questionnaire: Questionnaire, answers: Mapping[str, Any], *, defaults_count: bool = True
) -> list[Question]:
    """Required questions that are shown but unanswered (in the interview, defaults count)."""
    return [
        q
        for q in questionnaire.questions
        if q.required
        and questionnaire.is_visible(q, answers)
        and answers.get(q.id, q.default if defaults_count else None) in (None, "", [])
    ]


def to_contract(questionnaire: Questionnaire, answers: Mapping[str, Any]) -> dict[str, Any]:
    """Contract-1 JSON of the given answers: visible, exported questions only, nested by key."""
    doc: dict[str, Any] = {"schema": ANSWERS_SCHEMA}
    for q in questionnaire.questions:
        if not q.export or q.id not in answers or not questionnaire.is_visible(q, answers):
            continue
        value = answers[q.id]
        if q.type == "size_list":
            value = [{q.item_key or "size": v} for v in value]
        target = doc
        *parents, leaf = q.id.split(".")
        for part in parents:
            target = target.setdefault(part, {})
        target[leaf] = value
    return doc


def from_contract(questionnaire: Questionnaire, doc: Any) -> Answers:
    """Flat answers from a contract-1 document; raises :class:`AnswersError` naming each field."""
    if not isinstance(doc, dict):
        raise AnswersError([AnswerIssue("(Dokument)", "Erwartet wird ein JSON-Objekt.")])
    issues: list[AnswerIssue] = []
    schema = doc.get("schema", ANSWERS_SCHEMA)
    if schema != ANSWERS_SCHEMA:
        issues.append(AnswerIssue("schema", f"erwartet „{ANSWERS_SCHEMA}“, gefunden „{schema}“."))
    exported = {q.id: q for q in questionnaire.questions if q.export}
    answers: Answers = {}
    for key, value in _flatten(doc, exported):
        question = exported.get(key)
        if question is None:
            issues.append(AnswerIssue(key, "unbekanntes Feld."))
            continue
        if question.type == "size_list":
            value = _unwrap_items(question, value, issues)
            if value is None:
                continue
        problem = check_value(question, value, list_limit(questionnaire, question))
        if problem:
            issues.append(AnswerIssue(key, problem))
        else:
            answers[key] = value
    for q in questionnaire.questions:
        if q.gate_for and q.gate_for in answers:
            answers[q.id] = len(answers[q.gate_for])
    for q in missing_required(questionnaire, answers, defaults_count=False):
        if q.id not in {i.field for i in issues}:
            issues.append(AnswerIssue(q.id, "fehlt, ist aber erforderlich."))
    if issues:
        raise AnswersError(issues)
    return answers


def _flatten(
    doc: Mapping[str, Any], known: Mapping[str, Question], prefix: str = ""
) -> list[tuple[str, Any]]:
    pairs: list[tuple[str, Any]] = []
    for key, value in doc.items():
        path = f"{prefix}{key}"
        if not prefix and key == "schema":
            continue
        if isinstance(value, dict) and path not in known:
            pairs.extend(_flatten(value, known, f"{path}."))
        else:
            pairs.append((path, value))
    return pairs


def _unwrap_items(question: Question, value: Any, issues: list[AnswerIssue]) -> list[Any] | None:
    key = question.item_key or "size"
    if not isinstance(value, list) or not all(
        isinstance(item, dict) and set(item) == {key} for item in value
    ):
        example = f'[{{"{key}": "large"}}]'
        issues.append(AnswerIssue(question.id, f"erwartet eine Liste wie {example}."))
        return None
    return [item[key] for item in value]
