"""Reasons and caveats: both sides named, caveats as visible as strengths, unknowns said."""

from __future__ import annotations

import re
from decimal import Decimal

from hypothesis import given, settings

from kundengespraech.domain.catalogue import Vehicle
from kundengespraech.domain.needs import NeedsProfile, Weights
from kundengespraech.domain.recommend import hard_failures, rank, recommend_one
from tests.unit.recommend_strategies import catalogues, needs


def car(**facts) -> Vehicle:
    base = dict(id="V", make="VW", model="Golf", body_type="compact", price_eur=Decimal(30000),
                seats=5, powertrain="petrol")  # fmt: skip
    base.update(facts)
    return Vehicle(**base)  # type: ignore[arg-type]


CARAVAN = NeedsProfile(towing_kg=1500, towing_reason="Wohnwagen")


def test_a_vehicle_that_may_not_tow_says_so():
    assert hard_failures(CARAVAN, car(towing_kg=0, tow_bar="optional")) == [
        "darf keinen Anhänger ziehen – Ihr Wohnwagen braucht 1.500 kg"
    ]
    assert hard_failures(CARAVAN, car(towing_kg=0, tow_bar="no")) == [
        "keine Anhängerkupplung möglich – Ihr Wohnwagen braucht eine"
    ]


def test_towing_reserve_and_an_optional_tow_bar_are_caveats():
    rec = recommend_one(CARAVAN, car(towing_kg=1500, tow_bar="optional"))
    assert "Anhängelast 1.500 kg – für Ihren Wohnwagen mit 1.500 kg kaum Reserve" in (
        rec.reasons_against
    )
    assert "Anhängerkupplung gegen Aufpreis – für Ihren Wohnwagen bitte mitbestellen" in (
        rec.reasons_against
    )
    strong = recommend_one(CARAVAN, car(towing_kg=2000, tow_bar="yes"))
    assert (
        "Wohnwagen mit 1.500 kg – bis 2.000 kg Anhängelast, Anhängerkupplung ab Werk"
        in strong.reasons_for
    )


def test_assistance_systems_are_named_not_invented():
    safe = NeedsProfile(weights=Weights(safety=4, sport=0))
    rec = recommend_one(safe, car(assist=("acc", "lane_assist", "blind_spot", "parking_camera")))
    assert (
        "Sicherheit ist Ihnen wichtig – 4 Assistenzsysteme: Abstandstempomat, "
        "Spurhalteassistent, Totwinkel-Warner, Rückfahrkamera"
    ) in rec.reasons_for
    poor = recommend_one(safe, car(assist=("lane_assist",)))
    assert "Sicherheit ist Ihnen wichtig – nur 1 Assistenzsystem (Spurhalteassistent)" in (
        poor.reasons_against
    )


def test_a_wished_feature_missing_is_a_caveat_not_silence():
    skier = NeedsProfile(likes_awd="Skifahren", likes_roof_rails="Skier")
    rec = recommend_one(skier, car(awd=False, roof_rails=False))
    assert "Skifahren: ohne Allradantrieb" in rec.reasons_against
    assert "Skier: ohne Dachreling" in rec.reasons_against


def test_a_plug_in_hybrid_without_charger_says_what_that_means():
    rec = recommend_one(NeedsProfile(home_charging=False), car(powertrain="phev"))
    assert any(
        "fährt der Plug-in-Hybrid meist mit dem Verbrenner" in c for c in rec.reasons_against
    )


def test_unknown_must_haves_and_facts_are_named_and_cost_points():
    profile = NeedsProfile(must_have=frozenset({"awd"}), child_seats=1)
    known = recommend_one(profile, car(awd=True, isofix=2))
    unknown = recommend_one(profile, car())
    assert unknown.unknown_facts[:2] == ("Zahl der Isofix-Plätze", "Allradantrieb")
    assert unknown.reasons_against[-1].startswith(
        "Nicht bekannt: Zahl der Isofix-Plätze, Allradantrieb"
    )
    assert "Ihr Muss: Allradantrieb – ist an Bord" in known.reasons_for
    assert unknown.score < known.score


@settings(max_examples=150, deadline=None)
@given(needs, catalogues)
def test_no_sentence_shows_a_placeholder(profile, cars):
    ranking = rank(profile, cars)
    texts = [t for r in ranking.recommendations for t in (*r.reasons_for, *r.reasons_against)]
    texts += [t for e in ranking.excluded for t in e.why]
    for text in texts:
        assert text and text == text.strip()
        assert not re.search(r"\bNone\b|\bnan\b|\binf\b", text), text
