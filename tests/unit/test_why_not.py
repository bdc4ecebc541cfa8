""" "Warum nicht …?": place and reasons of a fitting vehicle, or what keeps it out and what
would let it in."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings

from kundengespraech.domain.catalogue import Vehicle
from kundengespraech.domain.catalogue_index import CatalogueIndex
from kundengespraech.domain.needs import NeedsProfile
from kundengespraech.domain.recommend import hard_failures, rank, rank_index
from kundengespraech.domain.relax import NEVER_RELAXED, apply_change
from kundengespraech.domain.why_not import explain
from tests.unit.recommend_demo import answers, demo_index, needs_of
from tests.unit.recommend_strategies import catalogues, needs


def car(id_: str, price: int, **facts) -> Vehicle:
    base = dict(make="Skoda", model="Octavia", body_type="estate", seats=5, powertrain="petrol")
    base.update(facts)
    return Vehicle(id=id_, price_eur=Decimal(price), **base)  # type: ignore[arg-type]


CARS = [
    car("A", 30000, ncap_stars=5),
    car("B", 32000, ncap_stars=3),
    car("C", 40990),
    car("D", 28000, powertrain="diesel"),
    car("E", 25000, seats=4),
]
PROFILE = NeedsProfile(
    min_seats=5, max_price=Decimal(38000), excluded_powertrains=frozenset({"diesel"})
)


def test_a_fitting_vehicle_gets_its_place_score_and_reasons():
    ranking = rank(PROFILE, CARS)
    second = explain(PROFILE, ranking, ranking.recommendations[1].vehicle.id)
    assert second.fits and second.place == 2 and second.count_fitting == 2
    assert second.score == ranking.recommendations[1].score
    assert second.summary.startswith(f"Platz 2 von 2 passenden Fahrzeugen – {second.score} von 100")
    assert "Punkte hinter dem Skoda Octavia" in second.summary
    assert second.reasons_for == ranking.recommendations[1].reasons_for
    assert second.reasons_against == ranking.recommendations[1].reasons_against


def test_over_budget_says_which_budget_would_do():
    why = explain(PROFILE, CatalogueIndex(CARS), "C")
    assert not why.fits
    assert why.excluded_because == ("Preis 40.990 € liegt über Ihrem Budget von 38.000 €",)
    assert why.would_fit_if == "Bei einem Budget von 41.000 € statt 38.000 € käme er in Frage."
    assert why.change == {"budget.max_price_eur": 41000}
    assert hard_failures(why.loosenings[-1].needs, CARS[2]) == []


def test_an_excluded_powertrain_is_an_answer_that_could_change():
    why = explain(PROFILE, CatalogueIndex(CARS), "D")
    assert why.would_fit_if == "Wenn Sie auch einen Diesel in Betracht ziehen, käme er in Frage."
    assert why.change == {"preferences.powertrains_excluded": []}


def test_seats_are_never_up_for_negotiation():
    why = explain(PROFILE, CatalogueIndex(CARS), "E")
    assert why.cannot_change == ("nur 4 Sitze, benötigt 5",)
    assert why.loosenings == () and why.would_fit_if == "" and why.change == {}
    assert why.summary == "Kommt nicht in Frage: nur 4 Sitze, benötigt 5."


def test_works_on_a_ranking_too():
    ranking = rank(PROFILE, CARS)
    assert explain(PROFILE, ranking, "C").change == {"budget.max_price_eur": 41000}
    assert explain(PROFILE, ranking, "A").place == 1


def test_an_unknown_vehicle_is_named():
    with pytest.raises(KeyError, match="X99"):
        explain(PROFILE, CatalogueIndex(CARS), "X99")


def test_the_suggested_answers_let_the_demo_vehicle_fit():
    flat = answers(
        {
            "household": {"adults": 2},
            "budget": {"max_price_eur": 38000, "condition": "new"},
            "preferences": {"powertrains_excluded": ["diesel"], "must_have": ["awd"]},
        }
    )
    profile = needs_of(flat)
    ranking = rank_index(profile, demo_index())
    assert ranking.exclusion_of("D021") is not None  # Octavia 4x4 diesel, 40.990 €
    why = explain(profile, ranking, "D021")
    assert why.would_fit_if == (
        "Bei einem Budget von 41.000 € statt 38.000 € und wenn Sie auch einen Diesel in "
        "Betracht ziehen, käme er in Frage."
    )
    again = rank_index(needs_of(apply_change(flat, why.change)), demo_index())
    assert again.place_of("D021") is not None


@settings(max_examples=150, deadline=None)
@given(needs, catalogues)
def test_the_loosenings_of_an_excluded_vehicle_let_exactly_it_in(profile, cars):
    ranking = rank(profile, cars)
    for exclusion in ranking.excluded:
        why = explain(profile, ranking, exclusion.vehicle.id)
        assert why.excluded_because == exclusion.why
        assert all(lo.hard_need not in NEVER_RELAXED for lo in why.loosenings)
        if why.cannot_change:
            assert why.loosenings == ()
        else:
            assert why.loosenings and why.would_fit_if.endswith("käme er in Frage.")
            assert hard_failures(why.loosenings[-1].needs, exclusion.vehicle) == []
