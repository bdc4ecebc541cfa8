"""Critiques of the favourite: only vehicles that beat it on the dimension, best fit first."""

from __future__ import annotations

from decimal import Decimal

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kundengespraech.domain.catalogue import Vehicle
from kundengespraech.domain.catalogue_index import CatalogueIndex
from kundengespraech.domain.criteria import energy_cost_of
from kundengespraech.domain.critique import CRITIQUES, critique
from kundengespraech.domain.needs import NeedsProfile
from kundengespraech.domain.recommend import rank_index
from tests.unit.recommend_strategies import catalogues, needs


def car(id_: str, price: int, **facts) -> Vehicle:
    base = dict(make="Skoda", model="Octavia", body_type="estate", seats=5, powertrain="petrol")
    base.update(facts)
    return Vehicle(id=id_, price_eur=Decimal(price), **base)  # type: ignore[arg-type]


FAVOURITE = car("F", 32500, power_kw=110, accel_0_100_s=9.0, trunk_l=600, consumption_l_100km=6.0)
CARS = [
    FAVOURITE,
    car("A", 30000, make="Kia", model="Ceed", power_kw=150, accel_0_100_s=7.8, trunk_l=420,
        consumption_l_100km=7.0),
    car("B", 36000, make="VW", model="Passat", power_kw=110, accel_0_100_s=9.5, trunk_l=690,
        consumption_l_100km=4.8, powertrain="diesel"),
    car("C", 45000, make="Tesla", model="Model 3", powertrain="ev", power_kw=208,
        accel_0_100_s=6.1, trunk_l=594, consumption_kwh_100km=14.0),
]  # fmt: skip
PROFILE = NeedsProfile(annual_km=20000, home_charging=True)


def test_cheaper_says_by_how_much():
    result = critique(PROFILE, CatalogueIndex(CARS), "F", "cheaper")
    assert (result.label, result.count) == ("günstiger", 1)
    assert [(o.recommendation.vehicle.id, o.sentence) for o in result.options] == [
        ("A", "2.500 € günstiger als der Skoda Octavia")
    ]


def test_sportier_names_power_and_acceleration():
    result = critique(PROFILE, CatalogueIndex(CARS), "F", "sportier")
    sentences = {o.recommendation.vehicle.id: o.sentence for o in result.options}
    assert sentences == {
        "A": "40 kW mehr Leistung und 1,2 s schneller auf 100 km/h als der Skoda Octavia",
        "C": "98 kW mehr Leistung und 2,9 s schneller auf 100 km/h als der Skoda Octavia",
    }


def test_roomier_and_more_economical():
    index = CatalogueIndex(CARS)
    roomier = critique(PROFILE, index, "F", "roomier")
    assert [o.sentence for o in roomier.options] == [
        "90 l mehr Kofferraum als der Skoda Octavia (690 statt 600 l)"
    ]
    economical = critique(PROFILE, index, "F", "more_economical")
    assert {o.recommendation.vehicle.id for o in economical.options} == {"B", "C"}
    tesla = next(o for o in economical.options if o.recommendation.vehicle.id == "C")
    assert tesla.sentence == (
        "Sparsamer als der Skoda Octavia: etwa 4,48 € statt 10,50 € Energie je 100 km, "
        "bei 20.000 km im Jahr rund 1.204 € weniger"
    )


def test_an_unknown_kind_is_refused():
    with pytest.raises(ValueError, match="cheaper"):
        critique(PROFILE, CatalogueIndex(CARS), "F", "faster")


def beats(kind: str, profile: NeedsProfile, v: Vehicle, fav: Vehicle) -> bool:
    if kind == "cheaper":
        return v.price_eur < fav.price_eur
    if kind == "roomier":
        return v.trunk_l is not None and fav.trunk_l is not None and v.trunk_l > fav.trunk_l
    if kind == "more_economical":
        known = [
            (x.consumption_kwh_100km if x.powertrain == "ev" else x.consumption_l_100km) is not None
            for x in (v, fav)
        ]
        return all(known) and energy_cost_of(profile, v) < energy_cost_of(profile, fav)
    p, fp, a, fa = v.power_kw, fav.power_kw, v.accel_0_100_s, fav.accel_0_100_s
    power_known, accel_known = p is not None and fp is not None, a is not None and fa is not None
    power_better, accel_better = power_known and p > fp, accel_known and a < fa
    return bool(
        (power_better and (not accel_known or a <= fa))
        or (accel_better and (not power_known or p >= fp))
    )


@settings(max_examples=150, deadline=None)
@given(needs, catalogues.filter(bool), st.data())
def test_options_beat_the_favourite_and_keep_the_ranking_order(profile, cars, data):
    favourite = data.draw(st.sampled_from(cars))
    kind = data.draw(st.sampled_from(sorted(CRITIQUES)))
    ranking = rank_index(profile, CatalogueIndex(cars))
    result = critique(profile, ranking, favourite.id, kind, top=50)
    expected = [
        r.vehicle.id
        for r in ranking.recommendations
        if r.vehicle.id != favourite.id and beats(kind, profile, r.vehicle, favourite)
    ]
    assert [o.recommendation.vehicle.id for o in result.options] == expected
    assert result.count == len(expected)
    assert np.all(np.diff([o.recommendation.score for o in result.options]) <= 0)
