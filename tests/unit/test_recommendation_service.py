"""The recommendation service: one index per catalogue load, re-ranking and its questions."""

from __future__ import annotations

from pathlib import Path

import pytest

from kundengespraech.domain import catalogue_index
from kundengespraech.domain.recommend import rank
from kundengespraech.services.app import open_services

FAMILY = {
    "household.adults": 2,
    "household.children_count": 2,
    "household.children_ages": [3, 7],
    "hobbies": ["camping_caravan"],
    "usage.towing_kg": 1500,
    "budget.max_price_eur": 45000,
    "preferences.powertrains_excluded": ["diesel"],
}


@pytest.fixture
def services(tmp_path: Path):
    opened = open_services(f"sqlite:///{tmp_path / 'r.db'}")
    yield opened
    opened.close()


@pytest.fixture
def index_builds(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    built: list[int] = []
    original = catalogue_index.CatalogueIndex.__init__

    def counting(self, vehicles):  # type: ignore[no-untyped-def]
        original(self, vehicles)
        built.append(len(self))

    monkeypatch.setattr(catalogue_index.CatalogueIndex, "__init__", counting)
    return built


def test_the_index_is_built_once_per_catalogue_load(services, index_builds, tmp_path):
    service = services.recommendations
    first = service.rank(FAMILY)
    for budget in (40000, 50000, 45000):
        service.rank({**FAMILY, "budget.max_price_eur": budget})
    assert len(index_builds) == 1
    small = tmp_path / "small.csv"
    small.write_text(
        "id,make,model,body_type,price_eur,seats,powertrain\nX1,VW,Up,city,1,4,petrol\n"
    )
    services.catalogue.import_file(small, replace=True)
    assert service.rank(FAMILY).count_fitting + service.rank(FAMILY).count_excluded == 1
    assert index_builds == [index_builds[0], 1]
    assert first.count_fitting > 0


def test_ranks_like_the_domain_and_keeps_the_last_ranking(services):
    service = services.recommendations
    ranking = service.rank(FAMILY)
    assert ranking.to_contract(top=5) == rank(
        service.needs(FAMILY), service.vehicles()
    ).to_contract(top=5)
    assert service.rank(dict(FAMILY)) is ranking  # same needs: nothing recomputed
    assert service.rank({**FAMILY, "notes": "egal"}) is ranking  # notes do not change needs


def test_questions_about_the_ranking(services):
    service = services.recommendations
    ranking = service.rank(FAMILY)
    best = ranking.top(1)[0]
    assert service.explain(FAMILY, best.vehicle.id).place == 1
    excluded = ranking.excluded[0]
    assert service.explain(FAMILY, excluded.vehicle.id).excluded_because == excluded.why
    alternative = service.cheaper_alternative(FAMILY)
    assert alternative is None or alternative.vehicle.price_eur < best.vehicle.price_eur
    cheaper = service.critique(FAMILY, best.vehicle.id, "cheaper")
    assert all(o.recommendation.vehicle.price_eur < best.vehicle.price_eur for o in cheaper.options)
    assert all(r.fitting > ranking.count_fitting for r in service.relaxations(FAMILY))
    assert any("Diesel" in r.text for r in service.relaxations(FAMILY))
