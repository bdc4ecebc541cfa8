"""Hypothesis strategies for the recommender tests: random catalogues and needs profiles."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import strategies as st

from kundengespraech.domain.catalogue import BODY_TYPES, POWERTRAINS, TOW_BAR, Vehicle
from kundengespraech.domain.needs import MUST_HAVE_NAMES, NeedsProfile, Weights


def maybe(strategy):
    return st.none() | strategy


ASSISTS = ["acc", "lane_assist", "emergency_brake", "blind_spot", "parking_camera", "head_up"]
vehicles = st.builds(
    Vehicle,
    id=st.text("ABCDEFGH0123456789", min_size=1, max_size=6),
    make=st.sampled_from(["VW", "Skoda", "Kia"]),
    model=st.sampled_from(["A", "B", "C"]),
    body_type=st.sampled_from(BODY_TYPES),
    price_eur=st.integers(5000, 120000).map(Decimal) | st.sampled_from([Decimal("29999.99")]),
    seats=st.integers(2, 9),
    powertrain=st.sampled_from(POWERTRAINS),
    variant=st.sampled_from(["", "2.0 TDI DSG", "1.0 TSI 6-Gang", "Automatik"]),
    condition=maybe(st.sampled_from(["new", "used"])),
    mileage_km=maybe(st.integers(0, 250_000)),
    isofix=maybe(st.integers(0, 3)),
    trunk_l=maybe(st.integers(100, 1200)),
    towing_kg=maybe(st.integers(0, 3500)),
    tow_bar=maybe(st.sampled_from(TOW_BAR)),
    awd=maybe(st.booleans()),
    roof_rails=maybe(st.booleans()),
    consumption_l_100km=maybe(st.floats(2, 15)),
    consumption_kwh_100km=maybe(st.floats(12, 30)),
    range_km=maybe(st.integers(100, 700)),
    co2_g_km=maybe(st.integers(0, 300)),
    power_kw=maybe(st.integers(40, 400)),
    accel_0_100_s=maybe(st.floats(3, 16)),
    ncap_stars=maybe(st.integers(0, 5)),
    assist=maybe(st.lists(st.sampled_from(ASSISTS), unique=True).map(tuple)),
    length_mm=maybe(st.integers(3400, 5400)),
)
catalogues = st.lists(vehicles, max_size=25, unique_by=lambda v: v.id)
needs = st.builds(
    NeedsProfile,
    min_seats=st.integers(1, 8),
    child_seats=st.integers(0, 3),
    min_trunk_l=maybe(st.integers(200, 700)),
    trunk_reason=st.just("einen großen Hund"),
    towing_kg=maybe(st.integers(500, 3000)),
    towing_reason=st.just("Wohnwagen"),
    max_price=maybe(st.integers(10000, 100000).map(Decimal)),
    condition=maybe(st.sampled_from(["new", "used"])),
    excluded_powertrains=st.frozensets(st.sampled_from(POWERTRAINS)),
    body_types=st.frozensets(st.sampled_from(BODY_TYPES)),
    transmission=maybe(st.sampled_from(["automatic", "manual"])),
    must_have=st.frozensets(st.sampled_from(sorted(MUST_HAVE_NAMES)), max_size=3),
    likes_awd=st.sampled_from(["", "Skifahren"]),
    likes_roof_rails=st.sampled_from(["", "Fahrräder"]),
    annual_km=maybe(st.integers(0, 80000)),
    daily_km=maybe(st.integers(0, 400)),
    long_distance=st.booleans(),
    home_charging=maybe(st.booleans()),
    ev_fit=st.booleans(),
    city_focus=st.booleans(),
    weights=st.builds(
        Weights, st.floats(0, 4), st.floats(0, 4), st.floats(0, 5), st.floats(0, 5), st.floats(0, 5)
    ),
)
# Few hard needs, so that most vehicles fit and their scores get compared, not just exclusions.
lenient_needs = st.builds(
    NeedsProfile,
    min_seats=st.integers(1, 4),
    child_seats=st.integers(0, 1),
    min_trunk_l=maybe(st.integers(200, 700)),
    trunk_reason=st.just("Ihr Golfbag"),
    body_types=st.frozensets(st.sampled_from(BODY_TYPES)),
    transmission=maybe(st.sampled_from(["automatic", "manual"])),
    likes_awd=st.sampled_from(["", "Wandern und Outdoor"]),
    likes_roof_rails=st.sampled_from(["", "Surfbrett"]),
    annual_km=maybe(st.integers(0, 80000)),
    daily_km=maybe(st.integers(0, 400)),
    long_distance=st.booleans(),
    home_charging=maybe(st.booleans()),
    ev_fit=st.booleans(),
    city_focus=st.booleans(),
    weights=st.builds(
        Weights, st.floats(0, 4), st.floats(0, 4), st.floats(0, 5), st.floats(0, 5), st.floats(0, 5)
    ),
)
any_needs = needs | lenient_needs
