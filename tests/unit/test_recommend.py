"""The recommender: hard needs exclude with reasons, soft ones rank, always deterministically."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from kundengespraech.domain.catalogue import Vehicle
from kundengespraech.domain.needs import NeedsProfile, Weights
from kundengespraech.domain.recommend import hard_failures, rank
from tests.unit.recommend_strategies import catalogues, needs


def car(id_="V1", **facts) -> Vehicle:
    base = dict(
        make="Skoda",
        model="Octavia Combi",
        body_type="estate",
        price_eur=Decimal("30000"),
        seats=5,
        powertrain="petrol",
    )
    base.update(facts)
    return Vehicle(id=id_, **base)


@settings(max_examples=150, deadline=None)
@given(needs, catalogues, st.integers(1, 3))
def test_more_required_seats_never_keeps_a_vehicle_with_fewer_seats(profile, cars, extra):
    stricter = replace(profile, min_seats=profile.min_seats + extra)
    kept = {r.vehicle.id for r in rank(stricter, cars).recommendations}
    assert all(v.seats >= stricter.min_seats for v in cars if v.id in kept)
    assert kept <= {r.vehicle.id for r in rank(profile, cars).recommendations}


@settings(max_examples=150, deadline=None)
@given(needs, catalogues)
def test_identical_input_gives_identical_output(profile, cars):
    assert rank(profile, cars) == rank(profile, list(cars))
    assert rank(profile, cars) == rank(profile, list(reversed(cars)))


@settings(max_examples=150, deadline=None)
@given(needs, catalogues)
def test_every_vehicle_is_either_recommended_or_excluded_with_a_reason(profile, cars):
    ranking = rank(profile, cars)
    assert len(ranking.recommendations) + len(ranking.excluded) == len(cars)
    assert all(e.why for e in ranking.excluded)
    assert all(0 <= r.score <= 100 for r in ranking.recommendations)
    scores = [r.score for r in ranking.recommendations]
    assert scores == sorted(scores, reverse=True)


@settings(max_examples=100, deadline=None)
@given(needs, catalogues)
def test_a_lower_budget_never_admits_a_dearer_vehicle(profile, cars):
    budgeted = replace(profile, max_price=Decimal(20000))
    assert all(r.vehicle.price_eur <= 20000 for r in rank(budgeted, cars).recommendations)


def test_exclusions_name_every_failed_hard_need():
    profile = NeedsProfile(
        min_seats=6,
        towing_kg=2000,
        towing_reason="Pferdeanhänger",
        max_price=Decimal(25000),
        excluded_powertrains=frozenset({"diesel"}),
    )
    why = hard_failures(profile, car(powertrain="diesel", towing_kg=1500))
    assert why == [
        "nur 5 Sitze, benötigt 6",
        "Anhängelast 1.500 kg, Ihr Pferdeanhänger braucht 2.000 kg",
        "Preis 30.000 € liegt über Ihrem Budget von 25.000 €",
        "Diesel kommt für Sie nicht in Frage",
    ]


def test_unknown_facts_cost_confidence_not_eligibility():
    profile = NeedsProfile(towing_kg=1500, towing_reason="Wohnwagen", child_seats=2)
    known = car("K", towing_kg=2000, tow_bar="yes", isofix=2)
    unknown = car("U")
    ranking = rank(profile, [known, unknown])
    assert [r.vehicle.id for r in ranking.recommendations] == ["K", "U"]
    u = ranking.recommendations[1]
    assert "Anhängelast" in u.unknown_facts
    assert any(text.startswith("Nicht bekannt: ") for text in u.reasons_against)


def test_reasons_cite_the_answer_and_the_fact():
    profile = NeedsProfile(annual_km=30000, long_distance=True, weights=Weights(economy=5))
    rec = rank(profile, [car(powertrain="diesel", consumption_l_100km=4.9)]).recommendations[0]
    assert any("Sie fahren 30.000 km im Jahr – 4,9 l/100 km" in r for r in rec.reasons_for)


def test_slider_moves_a_sports_coupe_up_and_a_safe_van_down():
    coupe = car(
        "C", body_type="coupe", power_kw=250, accel_0_100_s=4.5, ncap_stars=3, assist=("acc",)
    )
    van = car(
        "V",
        body_type="van",
        power_kw=85,
        accel_0_100_s=12.5,
        ncap_stars=5,
        assist=("acc", "lane_assist", "emergency_brake", "blind_spot"),
    )
    safe = NeedsProfile(weights=Weights(safety=4, sport=0))
    sporty = NeedsProfile(weights=Weights(safety=0, sport=4))
    assert rank(safe, [coupe, van]).recommendations[0].vehicle.id == "V"
    assert rank(sporty, [coupe, van]).recommendations[0].vehicle.id == "C"


def test_ties_break_on_lower_price_then_id():
    a, b, c = (
        car("B", price_eur=Decimal(20000)),
        car("A", price_eur=Decimal(20000)),
        car("C", price_eur=Decimal(19000)),
    )
    assert [r.vehicle.id for r in rank(NeedsProfile(), [a, b, c]).recommendations] == [
        "C",
        "A",
        "B",
    ]


def test_contract_3_shape():
    doc = rank(NeedsProfile(min_seats=6), [car("A"), car("B", seats=7)]).to_contract(top=1)
    assert [r["id"] for r in doc["recommendations"]] == ["B"]
    assert set(doc["recommendations"][0]) == {
        "id",
        "make",
        "model",
        "variant",
        "score",
        "reasons_for",
        "reasons_against",
    }
    assert doc["excluded"] == [{"id": "A", "why": ["nur 5 Sitze, benötigt 6"]}]
