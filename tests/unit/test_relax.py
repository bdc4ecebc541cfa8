"""When little fits: the smallest single-answer changes that bring vehicles back, counted."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings

from kundengespraech import resources
from kundengespraech.domain.catalogue import Vehicle
from kundengespraech.domain.catalogue_index import CatalogueIndex
from kundengespraech.domain.needs import NeedsProfile
from kundengespraech.domain.recommend import rank, rank_index
from kundengespraech.domain.relax import apply_change, needs_relaxing, relaxations
from tests.unit.recommend_demo import answers, demo_index, needs_of
from tests.unit.recommend_strategies import catalogues, needs

RELAXABLE_KEYS = {
    "budget.max_price_eur",
    "budget.condition",
    "preferences.powertrains_excluded",
    "preferences.must_have",
}


def car(id_: str, price: int, **facts) -> Vehicle:
    base = dict(make="VW", model="Golf", body_type="compact", seats=5, powertrain="petrol")
    base.update(facts)
    return Vehicle(id=id_, price_eur=Decimal(price), **base)  # type: ignore[arg-type]


def test_budget_condition_powertrain_and_must_haves_each_in_plain_german():
    cars = [
        car("A", 37200),
        car("B", 37900),
        car("C", 38400),
        car("D", 30000, condition="used"),
        car("E", 31000, powertrain="diesel"),
        car("F", 32000, awd=False),
    ]
    profile = NeedsProfile(
        max_price=Decimal(35000),
        condition="new",
        excluded_powertrains=frozenset({"diesel"}),
        must_have=frozenset({"awd"}),
    )
    assert rank(profile, cars).count_fitting == 0
    texts = {r.text: dict(r.change) for r in relaxations(profile, CatalogueIndex(cars))}
    assert texts == {
        "Bei 37.500 € statt 35.000 € passt 1 Fahrzeug.": {"budget.max_price_eur": 37500},
        "Bei 38.500 € statt 35.000 € passen 3 Fahrzeuge.": {"budget.max_price_eur": 38500},
        "Auch als Gebrauchtwagen passt 1 Fahrzeug.": {"budget.condition": "any"},
        "Mit Diesel passt 1 Fahrzeug.": {"preferences.powertrains_excluded": []},
        "Ohne Allradantrieb als Muss passt 1 Fahrzeug.": {"preferences.must_have": []},
    }
    first = relaxations(profile, CatalogueIndex(cars))[0]
    assert (first.fitting, first.gained) == (3, 3)


def test_most_vehicles_first_then_the_smaller_step():
    cars = [car(f"V{i}", 20000, powertrain="diesel") for i in range(4)] + [car("X", 26000)]
    profile = NeedsProfile(max_price=Decimal(25000), excluded_powertrains=frozenset({"diesel"}))
    found = relaxations(profile, CatalogueIndex(cars))
    assert [r.fitting for r in found] == [4, 1]
    assert found[0].text == "Mit Diesel passen 4 Fahrzeuge."


def test_seats_child_seats_and_towing_are_never_relaxed():
    cars = [car("A", 20000, seats=4, isofix=1, towing_kg=1000, tow_bar="yes")]
    profile = NeedsProfile(
        min_seats=5, child_seats=2, towing_kg=1500, must_have=frozenset({"isofix"})
    )
    assert relaxations(profile, CatalogueIndex(cars)) == []


def test_demo_answers_changed_as_suggested_give_the_promised_count():
    flat = answers(
        {
            "household": {"adults": 2, "children_ages": [4]},
            "budget": {"max_price_eur": 25000, "condition": "new"},
            "preferences": {"powertrains_excluded": ["petrol"], "must_have": ["awd"]},
        }
    )
    index = demo_index()
    assert needs_relaxing(rank_index(needs_of(flat), index).count_fitting)
    found = relaxations(flat, index, resources.questionnaire())
    assert found, "something must be offered when nothing fits"
    assert [r.fitting for r in found] == sorted((r.fitting for r in found), reverse=True)
    for relaxation in found:
        assert set(relaxation.change) <= RELAXABLE_KEYS
        changed = needs_of(apply_change(flat, relaxation.change))
        assert rank_index(changed, index).count_fitting == relaxation.fitting


@settings(max_examples=150, deadline=None)
@given(needs, catalogues)
def test_every_relaxation_is_a_single_relaxable_answer_that_lets_more_fit(profile, cars):
    index = CatalogueIndex(cars)
    now = rank_index(profile, index).count_fitting
    for relaxation in relaxations(profile, index, limit=20):
        assert len(relaxation.change) == 1 and set(relaxation.change) <= RELAXABLE_KEYS
        assert relaxation.fitting == rank_index(relaxation.needs, index).count_fitting > now
        assert relaxation.gained == relaxation.fitting - now
        assert (relaxation.needs.min_seats, relaxation.needs.child_seats) == (
            profile.min_seats,
            profile.child_seats,
        )
        assert relaxation.needs.towing_kg == profile.towing_kg
        assert ("isofix" in relaxation.needs.must_have) == ("isofix" in profile.must_have)
        if "budget.max_price_eur" in relaxation.change:
            assert relaxation.change["budget.max_price_eur"] > (profile.max_price or 0)
