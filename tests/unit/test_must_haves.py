"""The one must-have table: the questionnaire offers its keys, and every user reads its facts."""

from __future__ import annotations

import math

import pytest

from kundengespraech import resources
from kundengespraech.domain.catalogue_index import CatalogueIndex
from kundengespraech.domain.criteria import CRITERIA
from kundengespraech.domain.hard_needs import HARD_NEEDS
from kundengespraech.domain.must_haves import MUST_HAVE, MUST_HAVES
from kundengespraech.domain.needs import NeedsProfile
from kundengespraech.domain.relax import NEVER_RELAXED, loosenings
from tests.unit.recommend_demo import demo_index, demo_vehicles


def test_the_questionnaire_offers_exactly_the_table() -> None:
    offered = resources.questionnaire().question("preferences.must_have").option_values()
    assert sorted(offered) == sorted(MUST_HAVE)


def test_hard_needs_and_criteria_have_one_entry_per_must_have() -> None:
    hard = [n.name for n in HARD_NEEDS if n.name.startswith("must_have:")]
    assert hard == [f"must_have:{key}" for key in sorted(MUST_HAVE)]
    criteria = [c.name for c in CRITERIA if c.name.startswith("Muss: ")]
    assert criteria == [f"Muss: {m.name.de}" for m in MUST_HAVES]


@pytest.mark.parametrize("key", sorted(MUST_HAVE))
def test_one_vehicle_and_the_index_say_the_same(key: str) -> None:
    must, idx = MUST_HAVE[key], demo_index()
    facts = must.of(idx)
    for v in demo_vehicles():
        value = float(facts[idx.row(v.id)])
        assert must.of_vehicle(v) == (None if math.isnan(value) else value == 1.0)


@pytest.mark.parametrize("key", sorted(MUST_HAVE))
def test_a_known_lack_excludes_an_unknown_fact_does_not(key: str) -> None:
    idx = demo_index()
    needs = NeedsProfile(must_have=frozenset({key}))
    need = next(n for n in HARD_NEEDS if n.name == f"must_have:{key}")
    fails = need.fails(needs, idx)
    assert fails is not None
    facts = MUST_HAVE[key].of(idx)
    assert list(fails) == [value == 0 for value in facts]


def test_relaxations_drop_every_must_have_but_the_legal_ones() -> None:
    needs = NeedsProfile(must_have=frozenset(MUST_HAVE))
    dropped = {lo.hard_need for lo in loosenings(needs, CatalogueIndex([]))}
    assert dropped == {f"must_have:{key}" for key in MUST_HAVE} - NEVER_RELAXED
