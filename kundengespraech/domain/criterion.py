"""What a scoring criterion is: rated for a whole catalogue at once, explained for one vehicle.

A criterion's ``rate`` gives its weight and its raw value (0..1 after clamping; NaN where the
vehicle's fact is unknown) for every row of a :class:`CatalogueIndex`. Its ``explain`` turns
the value of one vehicle into reasons for and caveats in plain words that name both the
customer's answer and the vehicle's fact. The scorer (``scoring.py``) and every explanation
use these same numbers, so the score shown and the reasons given cannot drift apart.

Explanations are written in the language of the :class:`Words` they are given (German or
English, see ``phrases.py``); both variants stand side by side in each ``explain``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from kundengespraech.domain.catalogue import Vehicle
from kundengespraech.domain.catalogue_index import CatalogueIndex, Floats
from kundengespraech.domain.needs import NeedsProfile
from kundengespraech.domain.phrases import Text, Words
from kundengespraech.domain.tuning import MINOR_WEIGHT, NOTABLE_WEIGHT, STRONG, WEAK

Said = tuple[list[str], list[str]]  # reasons for, caveats
NOTHING: Said = ([], [])


@dataclass(frozen=True, slots=True)
class Rated:
    """One criterion rated for every row: weight(s) and raw values (NaN = fact unknown).

    An unknown fact counts as an average value (``UNKNOWN_VALUE``) with ``weight_if_unknown``
    (default: the same weight) and costs the vehicle confidence when that weight is above zero.
    """

    weight: float | Floats
    value: Floats
    weight_if_unknown: float | None = None


Rate = Callable[[NeedsProfile, CatalogueIndex], Rated | None]  # None: does not apply to needs
# (needs, v, weight, value, words of the language) -> (reasons for, caveats)
Explain = Callable[[NeedsProfile, Vehicle, float, float, Words], Said]
NO_FACT = Text("", "")


@dataclass(frozen=True, slots=True)
class Criterion:
    """One line of the table; ``fact`` is what the catalogue does not say when value is NaN
    (``NO_FACT``: an unknown value is never named)."""

    name: str
    fact: Text
    rate: Rate
    explain: Explain


def said(
    weight: float,
    value: float,
    good: str = "",
    bad: str = "",
    notable: float = NOTABLE_WEIGHT,
    *,
    plain_good: str = "",
    plain_bad: str = "",
) -> Said:
    """A reason when the value is strong, a caveat when weak, if the criterion matters enough.

    ``good``/``bad`` may say that the customer cares ("… ist Ihnen wichtig") and are used from
    weight ``notable`` on; below it, down to ``MINOR_WEIGHT``, the plain statements of the fact.
    """
    if weight < notable:
        if weight < MINOR_WEIGHT:
            return NOTHING
        good, bad = plain_good, plain_bad
    return ([good] if good and value >= STRONG else []), ([bad] if bad and value <= WEAK else [])


def ones(idx: CatalogueIndex) -> Floats:
    return idx.memo("ones", lambda: np.ones(len(idx)))


def zeros(idx: CatalogueIndex) -> Floats:
    return idx.memo("zeros", lambda: np.zeros(len(idx)))


def only_known(fact: Floats, value: Floats | float) -> Floats:
    """``value`` where ``fact`` is known, NaN where it is not."""
    return np.where(np.isnan(fact), np.nan, value)


def caveat_only(needs: NeedsProfile, idx: CatalogueIndex) -> Rated:
    """For criteria that never change the score but may add a caveat (e.g. high mileage)."""
    return Rated(0.0, zeros(idx))


def explain_nothing(needs: NeedsProfile, v: Vehicle, w: float, value: float, say: Words) -> Said:
    return NOTHING
