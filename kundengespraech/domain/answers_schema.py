"""JSON Schema of contract 1 (interview answers), generated from the questionnaire."""

from __future__ import annotations

from typing import Any

from kundengespraech.domain.answers import ANSWERS_SCHEMA
from kundengespraech.domain.questionnaire import Question, Questionnaire


def answers_json_schema(questionnaire: Questionnaire) -> dict[str, Any]:
    """The schema shipped as ``resources/answers.schema.json`` (a test keeps them equal)."""
    root: dict[str, Any] = _object()
    root["properties"]["schema"] = {"const": ANSWERS_SCHEMA}
    for question in questionnaire.questions:
        if not question.export:
            continue
        node = root
        *parents, leaf = question.id.split(".")
        for part in parents:
            node = node["properties"].setdefault(part, _object())
        prop = _property(question)
        prop["title"] = question.text("de")
        node["properties"][leaf] = prop
        if question.required:
            node.setdefault("required", []).append(leaf)
            for level, part in enumerate(parents):
                parent = _walk(root, parents[:level])
                if part not in parent.setdefault("required", []):
                    parent["required"].append(part)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"urn:{ANSWERS_SCHEMA}",
        "title": "Kundengespräch – Antworten des Bedarfsgesprächs",
        **root,
    }


def _object() -> dict[str, Any]:
    return {"type": "object", "properties": {}, "additionalProperties": False}


def _walk(root: dict[str, Any], path: list[str]) -> dict[str, Any]:
    node = root
    for part in path:
        node = node["properties"][part]
    return node


def _integer(question: Question) -> dict[str, Any]:
    prop: dict[str, Any] = {"type": "integer"}
    if question.minimum is not None:
        prop["minimum"] = question.minimum
    if question.maximum is not None:
        prop["maximum"] = question.maximum
    return prop


def _property(question: Question) -> dict[str, Any]:
    t = question.type
    values = list(question.option_values())
    if t in ("text", "email", "phone", "longtext"):
        prop: dict[str, Any] = {"type": "string"}
        if question.max_length:
            prop["maxLength"] = question.max_length
        return prop
    if t == "date":
        return {"type": "string", "format": "date"}
    if t == "boolean":
        return {"type": "boolean"}
    if t in ("integer", "slider", "rating"):
        return _integer(question)
    if t == "choice":
        return {"enum": values}
    if t == "multi":
        return {"type": "array", "items": {"enum": values}, "uniqueItems": True}
    if t == "int_list":
        return {"type": "array", "items": _integer(question)}
    key = question.item_key or "size"
    item = {
        "type": "object",
        "properties": {key: {"enum": values}},
        "required": [key],
        "additionalProperties": False,
    }
    return {"type": "array", "items": item}
