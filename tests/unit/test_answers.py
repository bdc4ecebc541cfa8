"""Contract 1: answers JSON in and out, with every faulty field named."""

from __future__ import annotations

import json

import pytest

from kundengespraech import resources
from kundengespraech.domain.answers import (
    AnswersError,
    check_value,
    from_contract,
    missing_required,
    to_contract,
)
from kundengespraech.domain.answers_schema import answers_json_schema


@pytest.fixture(scope="module")
def q():
    return resources.questionnaire()


@pytest.fixture
def example():
    return json.loads(resources.read_bytes("examples", "answers_family.json"))


def test_design_example_round_trips(q, example):
    answers = from_contract(q, example)
    assert answers["pets.dogs"] == ["large"]
    assert answers["pets.dog_count"] == 1
    assert answers["household.children_count"] == 2
    assert to_contract(q, answers) == example


def _issues(q, doc):
    with pytest.raises(AnswersError) as caught:
        from_contract(q, doc)
    return {issue.field: issue.message for issue in caught.value.issues}


def test_unknown_key_is_named(q, example):
    example["usage"]["parking"] = "Tiefgarage"
    assert _issues(q, example) == {"usage.parking": "unbekanntes Feld."}


def test_every_faulty_field_is_named(q, example):
    example["household"]["adults"] = 0
    example["usage"]["annual_km"] = "viel"
    example["pets"]["dogs"] = [{"size": "huge"}]
    example["budget"]["condition"] = "neu"
    example["customer"]["email"] = "anna-at-example"
    issues = _issues(q, example)
    assert set(issues) == {
        "household.adults",
        "usage.annual_km",
        "pets.dogs",
        "budget.condition",
        "customer.email",
    }
    assert issues["household.adults"] == "Bitte mindestens 1 eingeben."


def test_adults_are_required_in_the_file(q):
    assert _issues(q, {"schema": "kundengespraech.answers/1", "household": {}}) == {
        "household.adults": "fehlt, ist aber erforderlich."
    }


def test_wrong_schema_and_non_object(q):
    assert "schema" in _issues(q, {"schema": "other/2", "household": {"adults": 1}})
    assert "(Dokument)" in _issues(q, [1, 2])


def test_dog_list_needs_objects_with_size(q):
    issues = _issues(q, {"household": {"adults": 1}, "pets": {"dogs": ["large"]}})
    assert "pets.dogs" in issues


def test_birthday_checks(q):
    birthday = q.question("customer.birthday")
    assert check_value(birthday, "1985-04-12") is None
    assert check_value(birthday, "12.04.1985") is not None
    assert check_value(birthday, "2999-01-01") == "Dieses Datum kann kein Geburtstag sein."


def test_integer_range_and_type(q):
    km = q.question("usage.annual_km")
    assert check_value(km, 30000) is None
    assert check_value(km, -1) == "Bitte mindestens 0 eingeben."
    assert check_value(km, True) == "Bitte eine ganze Zahl eingeben."


def test_missing_required_in_interview_counts_defaults(q):
    assert missing_required(q, {}) == []
    assert [x.id for x in missing_required(q, {}, defaults_count=False)] == ["household.adults"]


def test_shipped_schema_is_generated_from_the_questionnaire(q):
    shipped = json.loads(resources.read_bytes("answers.schema.json"))
    assert shipped == answers_json_schema(q), (
        "resources/answers.schema.json is stale: regenerate it with "
        "`kundengespraech schema > resources/answers.schema.json`"
    )
