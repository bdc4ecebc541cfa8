"""The shipped demo catalogue and questionnaire, read once, for recommender tests."""

from __future__ import annotations

from functools import cache
from typing import Any

from kundengespraech import resources
from kundengespraech.domain.answers import from_contract
from kundengespraech.domain.catalogue import Vehicle
from kundengespraech.domain.catalogue_index import CatalogueIndex
from kundengespraech.domain.needs import NeedsProfile, derive_needs
from kundengespraech.domain.questionnaire import Answers
from kundengespraech.importers.catalogue_csv import read_catalogue


@cache
def demo_vehicles() -> tuple[Vehicle, ...]:
    return tuple(read_catalogue(resources.demo_catalogue(), "demo_catalogue.csv"))


@cache
def demo_index() -> CatalogueIndex:
    return CatalogueIndex(demo_vehicles())


def answers(doc: dict[str, Any]) -> Answers:
    """Flat answers of a contract-1 document (checked like the CLI checks a file)."""
    return from_contract(resources.questionnaire(), {"household": {"adults": 1}, **doc})


def needs_of(flat: Answers) -> NeedsProfile:
    return derive_needs(resources.questionnaire().effective(flat))
