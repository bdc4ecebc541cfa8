"""Critiques of the favourite: "günstiger", "sportlicher", "mehr Platz", "sparsamer".

Only fitting vehicles that beat the favourite on the asked dimension take part, best fit first,
each with a sentence relating it to the favourite ("2.500 € günstiger als der Skoda Octavia",
in English "€2,500 cheaper than the Skoda Octavia").
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from kundengespraech.domain.catalogue import Vehicle
from kundengespraech.domain.catalogue_index import CatalogueIndex, Mask
from kundengespraech.domain.criteria import energy_cost_of, energy_cost_per_100km
from kundengespraech.domain.needs import NeedsProfile
from kundengespraech.domain.phrases import Words, words
from kundengespraech.domain.ranking import Ranking, Recommendation
from kundengespraech.domain.recommend import rank_index

CRITIQUES = {
    "cheaper": "günstiger",
    "sportier": "sportlicher",
    "roomier": "mehr Platz",
    "more_economical": "sparsamer",
}
CRITIQUES_EN = {
    "cheaper": "cheaper",
    "sportier": "sportier",
    "roomier": "more space",
    "more_economical": "more economical",
}


@dataclass(frozen=True, slots=True)
class Critiqued:
    """A vehicle that beats the favourite on the critique's dimension, and how."""

    recommendation: Recommendation
    sentence: str


@dataclass(frozen=True, slots=True)
class Critique:
    """The answer to "etwas ``label``, bitte": ``count`` fitting vehicles beat the favourite,
    ``options`` are the best fitting of them. ``label`` and sentences are in one language."""

    kind: str
    label: str
    favourite: Vehicle
    count: int
    options: tuple[Critiqued, ...]


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


def _sentence(kind: str, needs: NeedsProfile, v: Vehicle, fav: Vehicle, say: Words) -> str:
    than = say(f"als der {fav.make} {fav.model}", f"than the {fav.make} {fav.model}")
    n = say.num
    if kind == "cheaper":
        saving = say.eur(fav.price_eur - v.price_eur)
        return say(f"{saving} günstiger {than}", f"{saving} cheaper {than}")
    if kind == "sportier":
        parts = []
        if v.power_kw is not None and fav.power_kw is not None and v.power_kw > fav.power_kw:
            kw = n(v.power_kw - fav.power_kw)
            parts.append(say(f"{kw} kW mehr Leistung", f"{kw} kW more power"))
        if v.accel_0_100_s is not None and fav.accel_0_100_s is not None:
            faster = fav.accel_0_100_s - v.accel_0_100_s
            if faster > 0:
                s = n(faster, 1)
                parts.append(say(f"{s} s schneller auf 100 km/h", f"{s} s quicker to 100 km/h"))
        return f"{say(' und ', ' and ').join(parts)} {than}"
    if kind == "roomier":
        trunk, fav_trunk = v.trunk_l or 0, fav.trunk_l or 0
        more, a, b = n(trunk - fav_trunk), n(trunk), n(fav_trunk)
        return say(f"{more} l mehr Kofferraum {than} ({a} statt {b} l)",
                   f"{more} l more boot space {than} ({a} instead of {b} l)")  # fmt: skip
    cost, fav_cost = energy_cost_of(needs, v), energy_cost_of(needs, fav)
    c, f = n(cost, 2), n(fav_cost, 2)
    text = say(
        f"Sparsamer {than}: etwa {c} € statt {f} € Energie je 100 km",
        f"More economical {than}: about €{c} instead of €{f} of energy per 100 km",
    )
    if needs.annual_km:
        km, saving = n(needs.annual_km), n((fav_cost - cost) * needs.annual_km / 100)
        text += say(f", bei {km} km im Jahr rund {saving} € weniger",
                    f", around €{saving} less a year at {km} km")  # fmt: skip
    return text


def critique(
    needs: NeedsProfile,
    index_or_ranking: CatalogueIndex | Ranking,
    favourite_id: str,
    kind: str,
    top: int = 3,
    lang: str = "de",
) -> Critique:
    """Fitting vehicles that beat the favourite on ``kind`` (a key of ``CRITIQUES``), best fit
    first, said in ``lang`` ("de" or "en"). A fact the favourite or a vehicle lacks never
    counts as beating it."""
    if kind not in BEATS:
        raise ValueError(f"unknown critique {kind!r}; one of {', '.join(CRITIQUES)}")
    say = words(lang)
    ranking = (
        rank_index(needs, index_or_ranking, lang)
        if isinstance(index_or_ranking, CatalogueIndex)
        else index_or_ranking.in_language(lang)
    )
    idx = ranking.index
    fav = idx.row(favourite_id)
    beats = BEATS[kind](needs, idx, fav)
    beats[fav] = False
    places = np.flatnonzero(beats[ranking.order])
    favourite = idx.vehicles[fav]
    options = tuple(
        Critiqued(rec, _sentence(kind, needs, rec.vehicle, favourite, say))
        for rec in (ranking.recommendations[int(p)] for p in places[: max(0, top)])
    )
    label = say(CRITIQUES[kind], CRITIQUES_EN[kind])
    return Critique(kind, label, favourite, len(places), options)
