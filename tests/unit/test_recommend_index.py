"""The vectorized ranking agrees with the one-vehicle path, and with the contract's hard needs."""

from __future__ import annotations

from decimal import Decimal

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from kundengespraech.domain.catalogue import Vehicle
from kundengespraech.domain.catalogue_index import CatalogueIndex
from kundengespraech.domain.needs import NeedsProfile, Weights
from kundengespraech.domain.ranking import Exclusion
from kundengespraech.domain.recommend import (
    hard_failures,
    rank,
    rank_index,
    recommend_one,
)
from kundengespraech.domain.scoring import Scores
from kundengespraech.domain.synthetic import synthetic_catalogue
from tests.unit.recommend_strategies import any_needs, catalogues, needs


def contract_failures(n: NeedsProfile, v: Vehicle) -> bool:
    """The hard needs of contract 2/3 read plainly, one vehicle at a time (unknown never fails)."""
    assist = v.assist
    has = {
        "tow_bar": None if v.tow_bar is None else v.tow_bar != "no",
        "awd": v.awd,
        "roof_rails": v.roof_rails,
        "isofix": None if v.isofix is None else v.isofix > 0,
        "adaptive_cruise": None if assist is None else "acc" in assist,
        "parking_camera": None if assist is None else "parking_camera" in assist,
        "blind_spot": None if assist is None else "blind_spot" in assist,
    }
    return (
        v.seats < n.min_seats
        or (bool(n.child_seats) and v.isofix is not None and v.isofix < n.child_seats)
        or (bool(n.towing_kg) and v.tow_bar == "no")
        or (bool(n.towing_kg) and v.towing_kg is not None and v.towing_kg < (n.towing_kg or 0))
        or (n.max_price is not None and v.price_eur > n.max_price)
        or (bool(n.condition) and v.condition is not None and v.condition != n.condition)
        or v.powertrain in n.excluded_powertrains
        or any(has[item] is False for item in n.must_have)
    )


@settings(max_examples=300, deadline=None)
@given(any_needs, catalogues)
def test_vectorized_scores_and_exclusions_equal_the_one_vehicle_path(profile, cars):
    ranking = rank_index(profile, CatalogueIndex(cars))
    for car in cars:
        why = hard_failures(profile, car)
        assert bool(why) == contract_failures(profile, car)
        row = ranking.index.row(car.id)
        assert bool(ranking.failures.excluded[row]) == bool(why)
        if why:
            assert ranking.place_of(car.id) is None
            assert ranking.exclusion_of(car.id) == Exclusion(car, tuple(why))
        else:
            place = ranking.place_of(car.id)
            assert place is not None
            one = recommend_one(profile, car)
            assert int(ranking.scores()[place]) == one.score
            assert ranking.recommendations[place] == one
    assert ranking.count_fitting + ranking.count_excluded == len(cars)


@settings(max_examples=150, deadline=None)
@given(any_needs, catalogues)
def test_order_is_score_then_price_then_id(profile, cars):
    ranking = rank(profile, cars)
    keys = [(-r.score, r.vehicle.price_eur, r.vehicle.id) for r in ranking.recommendations]
    assert keys == sorted(keys)
    assert [e.vehicle.id for e in ranking.excluded] == sorted(
        e.vehicle.id for e in ranking.excluded
    )
    assert list(ranking.scores()) == [r.score for r in ranking.recommendations]


@settings(max_examples=100, deadline=None)
@given(needs, catalogues, st.randoms(use_true_random=False))
def test_the_order_of_the_catalogue_does_not_matter(profile, cars, rnd):
    shuffled = list(cars)
    rnd.shuffle(shuffled)
    assert rank(profile, cars).to_contract() == rank(profile, shuffled).to_contract()


def test_recommendations_are_built_only_when_looked_at(monkeypatch):
    explained = []
    explain = Scores.explain
    monkeypatch.setattr(
        Scores, "explain", lambda self, row: explained.append(row) or explain(self, row)
    )
    ranking = rank(NeedsProfile(min_seats=2), synthetic_catalogue(2000, seed=3))
    assert ranking.count_fitting + ranking.count_excluded == 2000
    assert len(ranking.recommendations) == ranking.count_fitting
    assert explained == []
    top = ranking.top(3)
    assert len(explained) == 3
    assert ranking.top(3) == top and len(explained) == 3  # kept, not built again
    assert ranking.recommendations[-1].score == int(ranking.scores()[-1])
    assert len(explained) == 4


def test_a_ranking_of_one_vehicle_and_of_none():
    car = synthetic_catalogue(1)[0]
    rec = recommend_one(NeedsProfile(), car)
    ranking = rank(NeedsProfile(), [car])
    assert ranking.recommendations == (rec,)
    assert ranking.top(5) == (rec,)
    assert (ranking.count_fitting, ranking.count_excluded) == (1, 0)
    assert ranking.place_of(car.id) == 0
    assert ranking.to_contract()["recommendations"][0]["score"] == rec.score
    assert not rank(NeedsProfile(), []).recommendations


def test_unknown_facts_of_unweighted_criteria_cost_nothing():
    car = Vehicle("X", "VW", "Golf", "compact", Decimal(30000), 5, "petrol")  # nothing known
    careless = NeedsProfile(weights=Weights(safety=0, sport=0, comfort=3, economy=0, eco=0))
    assert recommend_one(careless, car).unknown_facts == ()
    careful = NeedsProfile(weights=Weights(safety=4, sport=0, comfort=3, economy=0, eco=0))
    assert recommend_one(careful, car).unknown_facts == ("Crashtest-Ergebnis", "Assistenzsysteme")
    assert recommend_one(careless, car).score == 55  # compact: comfort 0.55
    assert recommend_one(careful, car).score == round(100 * (3 * 0.55 + 4 * 0.5) / 7) - 2 * 4


def test_a_must_have_the_catalogue_does_not_state_costs_confidence_not_eligibility():
    car = Vehicle("X", "VW", "Golf", "compact", Decimal(30000), 5, "petrol", awd=None)
    profile = NeedsProfile(must_have=frozenset({"awd"}))
    assert hard_failures(profile, car) == []
    assert "Allradantrieb" in recommend_one(profile, car).unknown_facts


def test_scores_are_integers_within_bounds_at_scale():
    index = CatalogueIndex(synthetic_catalogue(5000, seed=1))
    scores = rank_index(NeedsProfile(child_seats=2, towing_kg=1500), index).scores()
    assert scores.dtype == np.int16 and (scores >= 0).all() and (scores <= 100).all()
