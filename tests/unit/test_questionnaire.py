"""The shipped questionnaire: consistent, bilingual, and questions shown only when relevant."""

from __future__ import annotations

import json

import jsonschema
import pytest

from kundengespraech import resources
from kundengespraech.domain.answers import ANSWERS_SCHEMA, to_contract
from kundengespraech.domain.questionnaire import QuestionnaireError, load_questionnaire

CONTRACT_KEYS = {
    "customer.salutation",
    "customer.first_name",
    "customer.last_name",
    "customer.email",
    "customer.phone",
    "customer.birthday",
    "customer.language",
    "household.adults",
    "household.children_ages",
    "pets.dogs",
    "pets.other",
    "hobbies",
    "usage.annual_km",
    "usage.daily_km",
    "usage.home_charging",
    "usage.long_trips_per_year",
    "usage.city_share_pct",
    "usage.towing_kg",
    "priorities.safety_vs_sport",
    "priorities.comfort",
    "priorities.economy",
    "priorities.eco",
    "budget.max_price_eur",
    "budget.condition",
    "preferences.body_types",
    "preferences.powertrains_excluded",
    "preferences.transmission",
    "preferences.must_have",
    "notes",
}
HOBBIES = {
    "cycling",
    "camping_caravan",
    "horse_riding",
    "boating",
    "skiing",
    "surfing",
    "golf",
    "music_instruments",
    "hiking_outdoor",
}


@pytest.fixture(scope="module")
def q():
    return resources.questionnaire()


def test_exported_question_ids_are_exactly_the_contract_keys(q):
    assert {x.id for x in q.questions if x.export} == CONTRACT_KEYS


def test_every_text_exists_in_german_and_english(q):
    for page in q.pages:
        assert page.title["de"] and page.title["en"]
        for question in page.questions:
            assert question.label["de"] and question.label["en"], question.id
            for option in question.options:
                assert option.label["de"] and option.label["en"], (question.id, option.value)
            if question.help:
                assert question.help.keys() == {"de", "en"}, question.id


def test_topics_in_interview_order(q):
    assert [p.id for p in q.pages] == [
        "customer",
        "household",
        "pets",
        "hobbies",
        "usage",
        "priorities",
        "budget",
        "preferences",
        "notes",
    ]


def test_hobbies_offer_at_least_the_nine_of_the_contract(q):
    assert set(q.question("hobbies").option_values()) >= HOBBIES


def test_only_household_adults_is_required(q):
    assert [x.id for x in q.questions if x.required] == ["household.adults"]


@pytest.mark.parametrize(
    ("question_id", "hidden_with", "shown_with"),
    [
        (
            "household.children_ages",
            {"household.children_count": 0},
            {"household.children_count": 2},
        ),
        ("pets.dogs", {"pets.dog_count": 0}, {"pets.dog_count": 1}),
        ("usage.towing_kg", {"hobbies": ["golf"]}, {"hobbies": ["golf", "horse_riding"]}),
        ("usage.towing_kg", {}, {"hobbies": ["boating"]}),
        ("usage.towing_kg", {"hobbies": []}, {"hobbies": ["camping_caravan"]}),
    ],
)
def test_question_shown_only_when_relevant(q, question_id, hidden_with, shown_with):
    question = q.question(question_id)
    assert not q.is_visible(question, hidden_with)
    assert q.is_visible(question, shown_with)


def test_answers_to_hidden_questions_are_not_used(q):
    answers = {
        "household.adults": 2,
        "usage.towing_kg": 2000,
        "hobbies": ["golf"],
        "household.children_count": 0,
        "household.children_ages": [4],
    }
    effective = q.effective(answers)
    assert "usage.towing_kg" not in effective
    assert "household.children_ages" not in effective
    assert "usage" not in to_contract(q, answers)


def test_effective_answers_fill_in_defaults(q):
    effective = q.effective({})
    assert effective["priorities.safety_vs_sport"] == 50
    assert effective["household.adults"] == 1


def test_inconsistent_questionnaire_is_rejected():
    doc = json.loads(resources.read_bytes("questionnaire.json"))
    doc["pages"][1]["questions"][2]["visible_if"]["question"] = "household.nobody"
    with pytest.raises(QuestionnaireError, match=r"household\.nobody"):
        load_questionnaire(doc)


def test_shipped_answers_schema_accepts_the_design_example(q):
    schema = json.loads(resources.read_bytes("answers.schema.json"))
    jsonschema.Draft202012Validator.check_schema(schema)
    example = json.loads(resources.read_bytes("examples", "answers_family.json"))
    assert example["schema"] == ANSWERS_SCHEMA
    jsonschema.validate(example, schema)
    bad = dict(example, usage={"annual_km": "viel"})
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, schema)
