"""The needs interview as data: pages, questions, when each is shown and what it accepts."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

Answers = dict[str, Any]
"""Flat answers of one interview: question id → JSON value (gate questions included)."""

QUESTION_TYPES = (
    "text", "email", "phone", "longtext", "date", "choice", "multi", "integer", "slider",
    "rating", "boolean", "int_list", "size_list",
)


class QuestionnaireError(ValueError):
    """The questionnaire file itself is inconsistent (a bug in the shipped data)."""


@dataclass(frozen=True, slots=True)
class Option:
    value: str
    label: Mapping[str, str]

    def text(self, lang: str) -> str:
        return self.label.get(lang) or self.label["de"]


@dataclass(frozen=True, slots=True)
class Condition:
    """When a question is shown: ``question`` compared with one operator."""

    question: str
    op: str  # "gt" | "equals" | "contains_any" | "is_true"
    operand: Any = None

    def holds(self, answers: Mapping[str, Any]) -> bool:
        value = answers.get(self.question)
        if self.op == "gt":
            return isinstance(value, int | float) and value > self.operand
        if self.op == "equals":
            return bool(value == self.operand)
        if self.op == "contains_any":
            return isinstance(value, list) and any(v in value for v in self.operand)
        return value is True  # "is_true"


@dataclass(frozen=True, slots=True)
class Question:
    id: str
    type: str
    label: Mapping[str, str]
    help: Mapping[str, str] = field(default_factory=dict)
    unit: Mapping[str, str] = field(default_factory=dict)
    left: Mapping[str, str] = field(default_factory=dict)
    right: Mapping[str, str] = field(default_factory=dict)
    required: bool = False
    export: bool = True
    minimum: int | None = None
    maximum: int | None = None
    step: int = 1
    max_length: int | None = None
    default: Any = None
    options: tuple[Option, ...] = ()
    visible_if: Condition | None = None
    count_from: str | None = None
    gate_for: str | None = None
    item_key: str | None = None

    def text(self, lang: str) -> str:
        return self.label.get(lang) or self.label["de"]

    def help_text(self, lang: str) -> str:
        return self.help.get(lang) or self.help.get("de", "")

    def unit_text(self, lang: str) -> str:
        return self.unit.get(lang) or self.unit.get("de", "")

    def option_values(self) -> tuple[str, ...]:
        return tuple(o.value for o in self.options)

    def option_label(self, value: str, lang: str = "de") -> str:
        for option in self.options:
            if option.value == value:
                return option.text(lang)
        return value


@dataclass(frozen=True, slots=True)
class Page:
    id: str
    title: Mapping[str, str]
    intro: Mapping[str, str]
    questions: tuple[Question, ...]

    def text(self, lang: str) -> str:
        return self.title.get(lang) or self.title["de"]

    def intro_text(self, lang: str) -> str:
        return self.intro.get(lang) or self.intro.get("de", "")


@dataclass(frozen=True, slots=True)
class Questionnaire:
    version: str
    answers_schema: str
    pages: tuple[Page, ...]

    @property
    def questions(self) -> tuple[Question, ...]:
        return tuple(q for page in self.pages for q in page.questions)

    def question(self, question_id: str) -> Question:
        for q in self.questions:
            if q.id == question_id:
                return q
        raise KeyError(question_id)

    def page(self, page_id: str) -> Page:
        for p in self.pages:
            if p.id == page_id:
                return p
        raise KeyError(page_id)

    def page_index(self, page_id: str) -> int:
        return [p.id for p in self.pages].index(page_id)

    def is_visible(self, question: Question, answers: Mapping[str, Any]) -> bool:
        """A question is shown only when its condition holds (and its gate's condition, too)."""
        if question.visible_if is None:
            return True
        gate = self.question(question.visible_if.question)
        return self.is_visible(gate, answers) and question.visible_if.holds(answers)

    def visible_questions(self, page: Page, answers: Mapping[str, Any]) -> list[Question]:
        return [q for q in page.questions if self.is_visible(q, answers)]

    def effective(self, answers: Mapping[str, Any]) -> Answers:
        """The answers that count: given answers to visible questions, else their defaults."""
        result: Answers = {}
        for q in self.questions:
            if not self.is_visible(q, answers):
                continue
            value = answers.get(q.id, q.default)
            if value is not None:
                result[q.id] = value
        return result

    def expected_count(self, question: Question, answers: Mapping[str, Any]) -> int | None:
        """For list questions bound to a count (children's ages): how many items to ask."""
        if question.count_from is None:
            return None
        count = answers.get(question.count_from)
        return count if isinstance(count, int) else 0


def load_questionnaire(doc: Mapping[str, Any]) -> Questionnaire:
    """Build the questionnaire from its parsed JSON document and check its consistency."""
    if doc.get("schema") != "kundengespraech.questionnaire/1":
        raise QuestionnaireError(f"unknown questionnaire schema {doc.get('schema')!r}")
    pages = tuple(_page(p) for p in doc["pages"])
    questionnaire = Questionnaire(str(doc["version"]), str(doc["answers_schema"]), pages)
    _check(questionnaire)
    return questionnaire


def _page(raw: Mapping[str, Any]) -> Page:
    return Page(
        id=raw["id"],
        title=raw["title"],
        intro=raw.get("intro", {}),
        questions=tuple(_question(q) for q in raw["questions"]),
    )


def _question(raw: Mapping[str, Any]) -> Question:
    condition = None
    if "visible_if" in raw:
        cond = dict(raw["visible_if"])
        question_id = cond.pop("question")
        ((op, operand),) = cond.items()
        condition = Condition(question_id, op, operand)
    return Question(
        id=raw["id"],
        type=raw["type"],
        label=raw["label"],
        help=raw.get("help", {}),
        unit=raw.get("unit", {}),
        left=raw.get("left", {}),
        right=raw.get("right", {}),
        required=bool(raw.get("required", False)),
        export=bool(raw.get("export", True)),
        minimum=raw.get("min"),
        maximum=raw.get("max"),
        step=int(raw.get("step", 1)),
        max_length=raw.get("max_length"),
        default=raw.get("default"),
        options=tuple(Option(o["value"], o["label"]) for o in raw.get("options", ())),
        visible_if=condition,
        count_from=raw.get("count_from"),
        gate_for=raw.get("gate_for"),
        item_key=raw.get("item_key"),
    )


def _check(questionnaire: Questionnaire) -> None:
    ids = [q.id for q in questionnaire.questions]
    if len(ids) != len(set(ids)):
        raise QuestionnaireError("duplicate question ids")
    known = set(ids)
    for q in questionnaire.questions:
        if q.type not in QUESTION_TYPES:
            raise QuestionnaireError(f"{q.id}: unknown type {q.type!r}")
        for ref in (q.count_from, q.gate_for, q.visible_if.question if q.visible_if else None):
            if ref is not None and ref not in known:
                raise QuestionnaireError(f"{q.id}: refers to unknown question {ref!r}")
        if "de" not in q.label or "en" not in q.label:
            raise QuestionnaireError(f"{q.id}: label needs German and English text")
