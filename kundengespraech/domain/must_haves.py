"""The one table of must-haves: each contract key with its fact in the catalogue and its name.

Every use reads this table: hard needs exclude a vehicle known to lack a must-have
(``hard_needs.py``), the criteria cost confidence while it is unknown and say it is on board
(``criteria_situation.py``), relaxations offer to drop it (``relax.py``), the comparison shows
it (``compare.py``) and the dashboard counts it (``dashboard.py``).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from kundengespraech.domain.catalogue import TOW_BAR, Vehicle
from kundengespraech.domain.catalogue_index import UNKNOWN, CatalogueIndex, Floats
from kundengespraech.domain.phrases import Text

# Facts the catalogue may not state (named in the "Nicht bekannt: …" caveat)
ISOFIX_PLACES = Text("Zahl der Isofix-Plätze", "number of Isofix points")
TOW_BAR_FACT = Text("Anhängerkupplung", "tow bar")
AWD = Text("Allradantrieb", "all-wheel drive")
ROOF_RAILS = Text("Dachreling", "roof rails")
ASSISTANCE = Text("Assistenzsysteme", "driver assistance systems")


@dataclass(frozen=True, slots=True)
class MustHave:
    """One must-have: ``fact`` gives 1.0 (has it), 0.0 (lacks it) or NaN (unknown) for every
    row of an index; ``unknown`` is the fact named when it is unknown."""

    key: str
    name: Text  # "Anhängerkupplung" / "a tow bar"
    fact: Callable[[CatalogueIndex], Floats]
    unknown: Text

    def of(self, idx: CatalogueIndex) -> Floats:
        """The fact for every row of ``idx`` (computed once per index)."""
        return idx.memo(f"has_{self.key}", lambda: self.fact(idx))

    def of_vehicle(self, v: Vehicle) -> bool | None:
        """Whether one vehicle has it (``None``: the catalogue does not say)."""
        value = float(self.fact(CatalogueIndex([v]))[0])
        return None if math.isnan(value) else value == 1.0


def _tow_bar(idx: CatalogueIndex) -> Floats:
    return np.where(idx.tow_bar == UNKNOWN, np.nan, idx.tow_bar != TOW_BAR.index("no"))


def _isofix(idx: CatalogueIndex) -> Floats:
    return np.where(np.isnan(idx.isofix), np.nan, np.where(idx.isofix > 0, 1.0, 0.0))


# In the order their reasons are given; hard needs and relaxations go by key.
# fmt: off
MUST_HAVES: tuple[MustHave, ...] = (
    MustHave("tow_bar", Text("Anhängerkupplung", "a tow bar"), _tow_bar, TOW_BAR_FACT),
    MustHave("awd", Text("Allradantrieb", "all-wheel drive"), lambda idx: idx.awd, AWD),
    MustHave("roof_rails", Text("Dachreling", "roof rails"), lambda idx: idx.roof_rails,
             ROOF_RAILS),
    MustHave("isofix", Text("Isofix-Halterungen", "Isofix mounts"), _isofix, ISOFIX_PLACES),
    MustHave("adaptive_cruise", Text("Abstandstempomat", "adaptive cruise control"),
             lambda idx: idx.has_acc, ASSISTANCE),
    MustHave("parking_camera", Text("Rückfahrkamera", "a reversing camera"),
             lambda idx: idx.has_parking_camera, ASSISTANCE),
    MustHave("blind_spot", Text("Totwinkel-Warner", "blind-spot warning"),
             lambda idx: idx.has_blind_spot, ASSISTANCE),
)
# fmt: on
MUST_HAVE = {m.key: m for m in MUST_HAVES}
MUST_HAVE_NAMES = {m.key: m.name.de for m in MUST_HAVES}
MUST_HAVE_NAMES_EN = {m.key: m.name.en for m in MUST_HAVES}
