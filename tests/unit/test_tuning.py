"""The tuning table: derived values agree with their parts, and the recommender reads it."""

from __future__ import annotations

from kundengespraech.domain import tuning
from kundengespraech.domain.needs import Weights, derive_needs
from kundengespraech.domain.recommend import RECOMMENDER_VERSION
from tests.unit.recommend_demo import answers


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
