"""The honest alternative: a cheaper vehicle that fits almost as well as the best one.

Only the score and the price decide; no margin or dealer incentive exists in the ranking.
"""

from __future__ import annotations

from decimal import Decimal

import numpy as np

from kundengespraech.domain.phrases import words
from kundengespraech.domain.ranking import Ranking, Recommendation
from kundengespraech.domain.tuning import ALTERNATIVE_MARGIN


def cheaper_alternative(
    ranking: Ranking, margin: int = ALTERNATIVE_MARGIN
) -> Recommendation | None:
    """The cheapest fitting vehicle scoring within ``margin`` points of the best, if it is
    cheaper than the best (ties: the better score, then the ranking's order); else ``None``."""
    if ranking.count_fitting < 2:
        return None
    scores = ranking.scores()
    near = int(np.count_nonzero(scores >= int(scores[0]) - margin))  # a prefix: best first
    if near < 2:
        return None
    best_price = ranking.vehicle_at(0).price_eur
    prices = ranking.index.price[ranking.order[1:near]]
    place = 1 + int(np.argmin(prices))  # argmin takes the first, i.e. the better place
    if ranking.vehicle_at(place).price_eur >= best_price:
        return None
    return ranking.recommendations[place]


def cheaper_alternative_text(
    best: Recommendation, alternative: Recommendation, lang: str = "de"
) -> str:
    """E.g. ``"Fast genauso passend (78 statt 81 Punkte) und 6.000 € günstiger"``, in English
    ``"Almost as good a fit (78 instead of 81 points) and €6,000 cheaper"``."""
    say = words(lang)
    saving: Decimal = best.vehicle.price_eur - alternative.vehicle.price_eur
    a, b = alternative.score, best.score
    if a == b:
        closeness = say("Genauso passend", "Just as good a fit")
    else:
        closeness = say(f"Fast genauso passend ({a} statt {b} Punkte)",
                        f"Almost as good a fit ({a} instead of {b} points)")  # fmt: skip
    return say(f"{closeness} und {say.eur(saving)} günstiger",
               f"{closeness} and {say.eur(saving)} cheaper")  # fmt: skip
