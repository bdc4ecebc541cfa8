"""The honest alternative: cheaper and almost as good, decided by score and price alone."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from kundengespraech.domain.alternatives import (
    ALTERNATIVE_MARGIN,
    cheaper_alternative,
    cheaper_alternative_text,
)
from kundengespraech.domain.catalogue import Vehicle
from kundengespraech.domain.needs import NeedsProfile, Weights
from kundengespraech.domain.recommend import rank
from tests.unit.recommend_strategies import catalogues, needs


def car(id_: str, price: int, **facts) -> Vehicle:
    base = dict(make="VW", model="Golf", body_type="compact", seats=5, powertrain="petrol")
    base.update(facts)
    return Vehicle(id=id_, price_eur=Decimal(price), **base)  # type: ignore[arg-type]


SAFE = NeedsProfile(weights=Weights(safety=4, sport=0, comfort=5, economy=0, eco=0))


def test_a_slightly_less_safe_but_cheaper_car_is_named_with_the_saving():
    best = car("A", 36000, ncap_stars=5, assist=("acc", "lane_assist", "emergency_brake"))
    near = car("B", 30000, ncap_stars=5, assist=("acc", "lane_assist"))
    poor = car("C", 20000, ncap_stars=2, assist=())
    ranking = rank(SAFE, [best, near, poor])
    assert [r.vehicle.id for r in ranking.top(3)] == ["A", "B", "C"]
    alternative = cheaper_alternative(ranking)
    assert alternative is not None and alternative.vehicle.id == "B"
    top = ranking.top(1)[0]
    assert top.score - alternative.score <= ALTERNATIVE_MARGIN
    assert cheaper_alternative_text(top, alternative) == (
        f"Fast genauso passend ({alternative.score} statt {top.score} Punkte) und 6.000 € günstiger"
    )


def test_none_when_the_best_is_already_the_cheapest_or_alone():
    assert cheaper_alternative(rank(SAFE, [car("A", 20000), car("B", 30000)])) is None
    assert cheaper_alternative(rank(SAFE, [car("A", 20000)])) is None
    assert cheaper_alternative(rank(SAFE, [])) is None


@settings(max_examples=150, deadline=None)
@given(needs, catalogues, st.integers(0, 20))
def test_the_alternative_is_the_cheapest_within_the_margin(profile, cars, margin):
    ranking = rank(profile, cars)
    alternative = cheaper_alternative(ranking, margin)
    recs = list(ranking.recommendations)
    near = [r for r in recs[1:] if r.score >= recs[0].score - margin] if recs else []
    cheaper = [r for r in near if r.vehicle.price_eur < recs[0].vehicle.price_eur]
    if not cheaper:
        assert alternative is None
    else:
        assert alternative is not None
        assert alternative.vehicle.price_eur == min(r.vehicle.price_eur for r in cheaper)
        assert alternative == min(cheaper, key=lambda r: r.vehicle.price_eur)
