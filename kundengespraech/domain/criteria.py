"""The one table of scoring criteria, in the order their reasons are given.

Each criterion rates a whole catalogue at once and explains itself for one vehicle (see
``criterion.py``); the scorer and every explanation read this table and nothing else.
"""

from __future__ import annotations

from kundengespraech.domain.criteria_priorities import (
    COMFORT_BY_BODY,
    PRICE_PER_KWH_HOME,
    PRICE_PER_KWH_PUBLIC,
    PRICE_PER_LITRE,
    PRIORITY_CRITERIA,
    consumption_text,
    energy_cost_of,
    energy_cost_per_100km,
    sport_value,
)
from kundengespraech.domain.criteria_situation import SITUATION_CRITERIA
from kundengespraech.domain.criterion import Criterion, Rated

CRITERIA: tuple[Criterion, ...] = SITUATION_CRITERIA + PRIORITY_CRITERIA

__all__ = [
    "COMFORT_BY_BODY",
    "CRITERIA",
    "PRICE_PER_KWH_HOME",
    "PRICE_PER_KWH_PUBLIC",
    "PRICE_PER_LITRE",
    "Criterion",
    "Rated",
    "consumption_text",
    "energy_cost_of",
    "energy_cost_per_100km",
    "sport_value",
]
