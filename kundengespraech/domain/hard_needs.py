"""The one table of hard needs: each excludes vehicles of a whole catalogue at once and says why
(in German or English, see ``phrases.py``).

A vehicle whose fact is unknown is never excluded (unknown costs confidence, see
``criteria.py``), so every mask compares known facts only.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from kundengespraech.domain.catalogue import CONDITIONS, POWERTRAIN_LABELS, TOW_BAR, Vehicle
from kundengespraech.domain.catalogue_index import CatalogueIndex, Mask
from kundengespraech.domain.must_haves import MUST_HAVES, MustHave
from kundengespraech.domain.needs import NeedsProfile
from kundengespraech.domain.phrases import Words, words
from kundengespraech.domain.wording import plural

NO_TOW_BAR = TOW_BAR.index("no")
POWERTRAIN_NOUNS_EN = {
    "petrol": "a petrol engine", "diesel": "a diesel engine", "hybrid": "a hybrid drive",
    "phev": "a plug-in hybrid", "ev": "an electric drive",
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class HardNeed:
    """``fails`` marks the rows that fail the need (``None``: the customer did not ask for it);
    ``why`` says it for one failing vehicle in the language of the :class:`Words`.
    ``name`` is stable: relaxations refer to it."""

    name: str
    fails: Callable[[NeedsProfile, CatalogueIndex], Mask | None]
    why: Callable[[NeedsProfile, Vehicle, Words], str]


def _fails_seats(needs: NeedsProfile, idx: CatalogueIndex) -> Mask | None:
    return idx.seats < needs.min_seats


def _why_seats(needs: NeedsProfile, v: Vehicle, say: Words) -> str:
    return say(f"nur {v.seats} Sitze, benötigt {needs.min_seats}",
               f"only {plural(v.seats, 'seat', 'seats')}, {needs.min_seats} needed")  # fmt: skip


def _fails_isofix(needs: NeedsProfile, idx: CatalogueIndex) -> Mask | None:
    return idx.isofix < needs.child_seats if needs.child_seats else None


def _why_isofix(needs: NeedsProfile, v: Vehicle, say: Words) -> str:
    places = plural(v.isofix or 0, "Isofix point", "Isofix points")
    return say(f"nur {v.isofix} Isofix-Plätze, benötigt {needs.child_seats} für Ihre Kindersitze",
               f"only {places}, {needs.child_seats} needed for your child seats")  # fmt: skip


def _fails_tow_bar(needs: NeedsProfile, idx: CatalogueIndex) -> Mask | None:
    return idx.tow_bar == NO_TOW_BAR if needs.towing_kg else None


def _why_tow_bar(needs: NeedsProfile, v: Vehicle, say: Words) -> str:
    reason = needs.towing_reason_in(say.lang)
    return say(f"keine Anhängerkupplung möglich – Ihr {reason} braucht eine",
               f"no tow bar available – your {reason} needs one")  # fmt: skip


def _fails_towing(needs: NeedsProfile, idx: CatalogueIndex) -> Mask | None:
    if not needs.towing_kg:
        return None
    return (idx.tow_bar != NO_TOW_BAR) & (idx.towing_kg < needs.towing_kg)


def _why_towing(needs: NeedsProfile, v: Vehicle, say: Words) -> str:
    wanted, reason = say.num(needs.towing_kg or 0), needs.towing_reason_in(say.lang)
    if v.towing_kg == 0:
        return say(f"darf keinen Anhänger ziehen – Ihr {reason} braucht {wanted} kg",
                   f"not approved for towing – your {reason} needs {wanted} kg")  # fmt: skip
    kg = say.num(v.towing_kg or 0)
    return say(f"Anhängelast {kg} kg, Ihr {reason} braucht {wanted} kg",
               f"towing capacity {kg} kg, your {reason} needs {wanted} kg")  # fmt: skip


def _fails_budget(needs: NeedsProfile, idx: CatalogueIndex) -> Mask | None:
    return None if needs.max_price is None else idx.rows_dearer_than(needs.max_price)


def _why_budget(needs: NeedsProfile, v: Vehicle, say: Words) -> str:
    budget = say.eur(needs.max_price) if needs.max_price is not None else ""
    price = say.eur(v.price_eur)
    return say(f"Preis {price} liegt über Ihrem Budget von {budget}",
               f"the price of {price} is above your budget of {budget}")  # fmt: skip


def _fails_condition(needs: NeedsProfile, idx: CatalogueIndex) -> Mask | None:
    if not needs.condition:
        return None
    other = 1 - CONDITIONS.index(needs.condition)
    return idx.condition == other


def _why_condition(needs: NeedsProfile, v: Vehicle, say: Words) -> str:
    if needs.condition == "new":
        wanted = say("einen Neuwagen", "a new car")
    else:
        wanted = say("einen Gebrauchtwagen", "a used car")
    if v.condition == "new":
        have = say("Neuwagen", "a new car")
    else:
        have = say("Gebrauchtwagen", "a used car")
    return say(f"{have} – Sie suchen {wanted}", f"{have} – you are looking for {wanted}")


def _fails_powertrain(needs: NeedsProfile, idx: CatalogueIndex) -> Mask | None:
    if not needs.excluded_powertrains:
        return None
    return idx.is_powertrain(*sorted(needs.excluded_powertrains))


def _why_powertrain(needs: NeedsProfile, v: Vehicle, say: Words) -> str:
    return say(f"{POWERTRAIN_LABELS[v.powertrain]} kommt für Sie nicht in Frage",
               f"{POWERTRAIN_NOUNS_EN[v.powertrain]} – not an option for you")  # fmt: skip


def _lacks(must: MustHave) -> HardNeed:
    """A must-have the vehicle is known to lack (an unknown feature does not exclude)."""

    def fails(needs: NeedsProfile, idx: CatalogueIndex) -> Mask | None:
        return must.of(idx) == 0 if must.key in needs.must_have else None

    def why(needs: NeedsProfile, v: Vehicle, say: Words) -> str:
        return say(f"ohne {must.name.de} – für Sie ein Muss",
                   f"without {must.name.en} – a must-have for you")  # fmt: skip

    return HardNeed(f"must_have:{must.key}", fails, why)


# In the order the reasons are given; must-haves sorted by their contract value.
HARD_NEEDS: tuple[HardNeed, ...] = (
    HardNeed("seats", _fails_seats, _why_seats),
    HardNeed("child_seats", _fails_isofix, _why_isofix),
    HardNeed("tow_bar", _fails_tow_bar, _why_tow_bar),
    HardNeed("towing", _fails_towing, _why_towing),
    HardNeed("budget", _fails_budget, _why_budget),
    HardNeed("condition", _fails_condition, _why_condition),
    HardNeed("powertrain", _fails_powertrain, _why_powertrain),
    *(_lacks(must) for must in sorted(MUST_HAVES, key=lambda must: must.key)),
)


@dataclass(frozen=True, slots=True, eq=False)
class Failures:
    """Which rows of an index fail which hard needs of one profile."""

    needs: NeedsProfile
    index: CatalogueIndex
    excluded: Mask
    masks: tuple[tuple[HardNeed, Mask], ...]  # only the needs the customer asked for

    def failed(self, row: int) -> tuple[HardNeed, ...]:
        return tuple(need for need, mask in self.masks if mask[row])

    def why(self, row: int, lang: str = "de") -> tuple[str, ...]:
        """Every failed need of the row, said in ``lang`` ("de" or "en")."""
        vehicle, say = self.index.vehicles[row], words(lang)
        return tuple(need.why(self.needs, vehicle, say) for need in self.failed(row))


def find_failures(needs: NeedsProfile, index: CatalogueIndex) -> Failures:
    """Evaluate every hard need on every row at once."""
    excluded = np.zeros(len(index), dtype=np.bool_)
    masks: list[tuple[HardNeed, Mask]] = []
    for need in HARD_NEEDS:
        mask = need.fails(needs, index)
        if mask is not None:
            masks.append((need, mask))
            excluded |= mask
    return Failures(needs, index, excluded, tuple(masks))
