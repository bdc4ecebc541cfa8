"""The tuning table: derived values agree with their parts, and the recommender reads it;
one kW→PS factor for reasons, sheet and detail view."""

from __future__ import annotations

from kundengespraech.domain import tuning
from kundengespraech.domain.formatting import KW_TO_PS, horsepower
from kundengespraech.domain.needs import NeedsProfile, Weights, derive_needs
from kundengespraech.domain.recommend import RECOMMENDER_VERSION, recommend_one
from kundengespraech.report.sheet_data import key_facts
from tests.unit.recommend_demo import answers, demo_vehicles


def test_leading_is_the_slider_weight_where_the_slider_leans() -> None:
    assert tuning.LEADING == 2.6  # 4 × (1 − 0.35), the value the recommender was tuned with
    assert tuning.LEADING == tuning.SLIDER_WEIGHT * tuning.SPORT_LEANING / 100
    assert tuning.SAFETY_LEANING + tuning.SPORT_LEANING == 100


def test_shares_of_one_weight_add_up_to_it() -> None:
    assert tuning.CRASH_TEST_SHARE + tuning.ASSIST_SHARE == 1.0
    assert tuning.ENERGY_SHARE + tuning.PRICE_SHARE == 1.0
    assert tuning.SPORT_POWER_SHARE + tuning.SPORT_ACCEL_SHARE == 1.0


def test_default_weights_are_those_of_untouched_answers() -> None:
    needs = derive_needs(answers({}))
    assert needs.weights == Weights()
    assert Weights() == Weights(2.0, 2.0, 3.0, 3.0, 3.0)


def test_the_recommender_version_comes_from_the_table() -> None:
    assert RECOMMENDER_VERSION == tuning.RECOMMENDER_VERSION


def test_one_horsepower_factor_for_reasons_and_sheet() -> None:
    assert abs(KW_TO_PS - 1000 / 735.49875) < 1e-5  # 1 PS = 735.49875 W
    assert (horsepower(110), horsepower(257)) == (150, 349)
    volvo = next(v for v in demo_vehicles() if v.id == "D025")
    assert volvo.power_kw == 257
    sporty = NeedsProfile(weights=Weights(safety=0, sport=4, comfort=0, economy=0, eco=0))
    reasons = recommend_one(sporty, volvo).reasons_for
    assert any("257 kW (349 PS)" in reason for reason in reasons), reasons
    assert dict(key_facts(volvo))["Leistung"] == "257 kW (349 PS)"  # the sheet says the same
