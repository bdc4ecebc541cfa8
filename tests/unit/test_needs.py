"""The rule table: from answers to needs, each need explained in plain words."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kundengespraech import resources
from kundengespraech.domain.needs import RULES, derive_needs


def needs_of(**answers):
    flat = {key.replace("__", "."): value for key, value in answers.items()}
    return derive_needs(resources.questionnaire().effective(flat))


def test_three_small_children_need_three_child_seats():
    n = needs_of(
        household__adults=2, household__children_count=3, household__children_ages=[2, 5, 9]
    )
    assert n.min_seats == 5
    assert n.child_seats == 3
    assert "3 Kinder unter 12 Jahren: Platz für 3 Kindersitze mit Isofix" in n.wishes


def test_older_children_count_as_passengers_not_child_seats():
    n = needs_of(
        household__adults=1, household__children_count=2, household__children_ages=[12, 16]
    )
    assert (n.min_seats, n.child_seats) == (3, 0)


def test_children_ages_hidden_without_children_are_ignored():
    n = needs_of(household__adults=2, household__children_count=0, household__children_ages=[3])
    assert (n.min_seats, n.child_seats) == (2, 0)


@pytest.mark.parametrize(
    ("sizes", "litres"), [(["small"], 300), (["medium"], 450), (["small", "large"], 550)]
)
def test_the_biggest_dog_sets_the_boot(sizes, litres):
    n = needs_of(pets__dog_count=len(sizes), pets__dogs=sizes)
    assert n.min_trunk_l == litres


def test_caravan_needs_towing_capacity_of_its_weight():
    n = needs_of(hobbies=["camping_caravan"], usage__towing_kg=1800)
    assert (n.towing_kg, n.towing_reason) == (1800, "Wohnwagen")


def test_horse_trailer_without_weight_assumes_a_typical_one_and_says_so():
    n = needs_of(hobbies=["horse_riding"])
    assert n.towing_kg == 2000
    assert any("bitte Gewicht nennen" in w for w in n.wishes)


def test_towing_weight_without_trailer_hobby_is_not_used():
    assert needs_of(hobbies=["golf"], usage__towing_kg=2000).towing_kg is None


def test_high_mileage_means_long_distance():
    assert needs_of(usage__annual_km=30000).long_distance
    assert not needs_of(usage__annual_km=12000).long_distance
    assert needs_of(usage__long_trips_per_year=20).long_distance


def test_home_charging_and_short_days_mean_an_ev_fits():
    assert needs_of(usage__home_charging=True, usage__daily_km=40).ev_fit
    assert not needs_of(usage__home_charging=False, usage__daily_km=40).ev_fit
    assert not needs_of(usage__home_charging=True, usage__daily_km=400).ev_fit


def test_slider_shifts_weights_between_safety_and_sport():
    safe, sporty = (
        needs_of(priorities__safety_vs_sport=0),
        needs_of(priorities__safety_vs_sport=100),
    )
    assert safe.weights.safety > safe.weights.sport == 0
    assert sporty.weights.sport > sporty.weights.safety == 0


def test_budget_condition_and_exclusions_become_hard_needs():
    n = needs_of(
        budget__max_price_eur=35000,
        budget__condition="used",
        preferences__powertrains_excluded=["diesel", "ev"],
        preferences__must_have=["awd"],
    )
    assert n.max_price == Decimal(35000)
    assert n.condition == "used"
    assert n.excluded_powertrains == {"diesel", "ev"}
    assert n.must_have == {"awd"}
    assert "Höchstens 35.000 €" in n.wishes


def test_each_rule_has_a_name_and_explains_itself():
    assert len({r.name for r in RULES}) == len(RULES)
