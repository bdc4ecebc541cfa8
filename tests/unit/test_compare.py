"""Comparing vehicles: needs in rows, fitting and failing cells marked."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kundengespraech.domain.catalogue import Vehicle
from kundengespraech.domain.compare import FAILS, FITS, NEUTRAL, UNKNOWN, compare
from kundengespraech.domain.needs import NeedsProfile


def car(id_, **facts):
    base = dict(
        make="VW",
        model=id_,
        body_type="estate",
        price_eur=Decimal(30000),
        seats=5,
        powertrain="petrol",
    )
    base.update(facts)
    return Vehicle(id=id_, **base)


def test_needs_are_rows_and_cells_say_fit_fail_or_unknown():
    needs = NeedsProfile(
        min_seats=6,
        towing_kg=2000,
        towing_reason="Pferdeanhänger",
        max_price=Decimal(40000),
        must_have=frozenset({"awd"}),
        excluded_powertrains=frozenset({"diesel"}),
    )
    a = car("A", seats=7, towing_kg=2200, awd=True)
    b = car("B", seats=5, towing_kg=None, awd=False, powertrain="diesel", price_eur=Decimal(45000))
    table = compare(needs, [a, b])
    rows = {row.need: row.cells for row in table.rows}
    assert [c.verdict for c in rows["Platz für 6 Personen"]] == [FITS, FAILS]
    assert [c.verdict for c in rows["Anhängelast ab 2.000 kg"]] == [FITS, UNKNOWN]
    assert [c.text for c in rows["Anhängelast ab 2.000 kg"]] == ["2.200 kg", "unbekannt"]
    assert [c.verdict for c in rows["Budget bis 40.000 €"]] == [FITS, FAILS]
    assert [c.verdict for c in rows["Muss: Allradantrieb"]] == [FITS, FAILS]
    assert [c.verdict for c in rows["Antrieb"]] == [NEUTRAL, FAILS]


def test_only_two_or_three_vehicles():
    with pytest.raises(ValueError):
        compare(NeedsProfile(), [car("A")])
