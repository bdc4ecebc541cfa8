"""Critiques of the favourite: "günstiger", "sportlicher", "mehr Platz", "sparsamer".

Only fitting vehicles that beat the favourite on the asked dimension take part, best fit first,
each with a sentence relating it to the favourite ("2.500 € günstiger als der Skoda Octavia").
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from kundengespraech.domain.catalogue import Vehicle
from kundengespraech.domain.catalogue_index import CatalogueIndex, Mask
from kundengespraech.domain.criteria import energy_cost_of, energy_cost_per_100km
from kundengespraech.domain.formatting import format_eur, format_number
from kundengespraech.domain.needs import NeedsProfile
from kundengespraech.domain.ranking import Ranking, Recommendation
from kundengespraech.domain.recommend import indexed, rank_index

CRITIQUES = {
    "cheaper": "günstiger",
    "sportier": "sportlicher",
    "roomier": "mehr Platz",
    "more_economical": "sparsamer",
}


@dataclass(frozen=True, slots=True)
class Critiqued:
    """A vehicle that beats the favourite on the critique's dimension, and how."""

    recommendation: Recommendation
    sentence: str


@dataclass(frozen=True, slots=True)
class Critique:
    """The answer to "etwas ``label``, bitte": ``count`` fitting vehicles beat the favourite,
    ``options`` are the best fitting of them."""

    kind: str
    label: str
    favourite: Vehicle
    count: int
    options: tuple[Critiqued, ...]


def _n(value: float, decimals: int = 0) -> str:
    return format_number(value, decimals)


def _cheaper(needs: NeedsProfile, idx: CatalogueIndex, fav: int) -> Mask:
    cheaper = np.zeros(len(idx), dtype=np.bool_)
    cheaper[: bisect.bisect_left(idx.prices, idx.prices[fav])] = True  # rows go by price
    return cheaper


def _sportier(needs: NeedsProfile, idx: CatalogueIndex, fav: int) -> Mask:
    p, a = idx.power_kw, idx.accel_s
    fp, fa = p[fav], a[fav]
    power_better = p > fp
    accel_better = a < fa
    power_not_worse = np.isnan(p) | np.isnan(fp) | (p >= fp)
    accel_not_worse = np.isnan(a) | np.isnan(fa) | (a <= fa)
    return (power_better & accel_not_worse) | (accel_better & power_not_worse)


def _roomier(needs: NeedsProfile, idx: CatalogueIndex, fav: int) -> Mask:
    return idx.trunk_l > idx.trunk_l[fav]


def _more_economical(needs: NeedsProfile, idx: CatalogueIndex, fav: int) -> Mask:
    cost = energy_cost_per_100km(idx, needs.home_charging)
    return cost < cost[fav]


BEATS: dict[str, Callable[[NeedsProfile, CatalogueIndex, int], Mask]] = {
    "cheaper": _cheaper,
    "sportier": _sportier,
    "roomier": _roomier,
    "more_economical": _more_economical,
}


def _sentence(kind: str, needs: NeedsProfile, v: Vehicle, fav: Vehicle) -> str:
    than = f"als der {fav.make} {fav.model}"
    if kind == "cheaper":
        return f"{format_eur(fav.price_eur - v.price_eur)} günstiger {than}"
    if kind == "sportier":
        parts = []
        if v.power_kw is not None and fav.power_kw is not None and v.power_kw > fav.power_kw:
            parts.append(f"{_n(v.power_kw - fav.power_kw)} kW mehr Leistung")
        if v.accel_0_100_s is not None and fav.accel_0_100_s is not None:
            faster = fav.accel_0_100_s - v.accel_0_100_s
            if faster > 0:
                parts.append(f"{_n(faster, 1)} s schneller auf 100 km/h")
        return f"{' und '.join(parts)} {than}"
    if kind == "roomier":
        trunk, fav_trunk = v.trunk_l or 0, fav.trunk_l or 0
        litres = f"({_n(trunk)} statt {_n(fav_trunk)} l)"
        return f"{_n(trunk - fav_trunk)} l mehr Kofferraum {than} {litres}"
    cost, fav_cost = energy_cost_of(needs, v), energy_cost_of(needs, fav)
    text = f"Sparsamer {than}: etwa {_n(cost, 2)} € statt {_n(fav_cost, 2)} € Energie je 100 km"
    if needs.annual_km:
        saving = (fav_cost - cost) * needs.annual_km / 100
        text += f", bei {_n(needs.annual_km)} km im Jahr rund {_n(saving)} € weniger"
    return text


def critique(
    needs: NeedsProfile,
    index_or_ranking: CatalogueIndex | Ranking,
    favourite_id: str,
    kind: str,
    top: int = 3,
) -> Critique:
    """Fitting vehicles that beat the favourite on ``kind`` (a key of ``CRITIQUES``), best fit
    first. A fact the favourite or a vehicle lacks never counts as beating it."""
    if kind not in BEATS:
        raise ValueError(f"unknown critique {kind!r}; one of {', '.join(CRITIQUES)}")
    ranking = (
        rank_index(needs, index_or_ranking)
        if isinstance(index_or_ranking, CatalogueIndex)
        else index_or_ranking
    )
    source = indexed(ranking)
    if source is None:
        raise TypeError("critique needs a ranking made from a CatalogueIndex")
    idx = source.index
    fav = idx.row(favourite_id)
    beats = BEATS[kind](needs, idx, fav)
    beats[fav] = False
    places = np.flatnonzero(beats[source.order])
    favourite = idx.vehicles[fav]
    options = tuple(
        Critiqued(rec, _sentence(kind, needs, rec.vehicle, favourite))
        for rec in (ranking.recommendations[int(p)] for p in places[: max(0, top)])
    )
    return Critique(kind, CRITIQUES[kind], favourite, len(places), options)
