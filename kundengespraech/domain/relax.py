"""When nothing or little fits: the smallest changes of single answers that bring vehicles back.

Each :class:`Relaxation` says in plain words what changes and how many vehicles then fit
("Bei 38.000 € statt 35.000 € passen 4 Fahrzeuge.", in English "At €38,000 instead of
€35,000, 4 vehicles fit.") and carries the change itself as contract
keys of the questionnaire, ready to be saved as answers. Needs that protect people or the law
(seats, child seats, towing capacity for a trailer) are never offered for relaxing.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from decimal import ROUND_CEILING, Decimal
from typing import Any

import numpy as np

from kundengespraech.domain.catalogue_index import CatalogueIndex
from kundengespraech.domain.hard_needs import find_failures
from kundengespraech.domain.must_haves import MUST_HAVE
from kundengespraech.domain.needs import NeedsProfile, derive_needs
from kundengespraech.domain.phrases import capitalised, words
from kundengespraech.domain.questionnaire import Questionnaire
from kundengespraech.domain.tuning import BUDGET_STEP, FEW_FITTING, MAX_EXTRA_STEP, NEVER_RELAXED

POWERTRAIN_WITH = {
    "petrol": "Mit Benzinmotor", "diesel": "Mit Diesel", "hybrid": "Mit Hybridantrieb",
    "phev": "Als Plug-in-Hybrid", "ev": "Mit Elektroantrieb",
}  # fmt: skip
POWERTRAIN_ONE = {
    "petrol": "einen Benziner", "diesel": "einen Diesel", "hybrid": "einen Hybrid",
    "phev": "einen Plug-in-Hybrid", "ev": "ein Elektroauto",
}  # fmt: skip
CONDITION_ALSO = {"new": "einen Gebrauchtwagen", "used": "einen Neuwagen"}
POWERTRAIN_WITH_EN = {
    "petrol": "With a petrol engine", "diesel": "With a diesel engine",
    "hybrid": "With a hybrid drive", "phev": "As a plug-in hybrid",
    "ev": "With an electric drive",
}  # fmt: skip
POWERTRAIN_ONE_EN = {
    "petrol": "a petrol car", "diesel": "a diesel", "hybrid": "a hybrid",
    "phev": "a plug-in hybrid", "ev": "an electric car",
}  # fmt: skip
CONDITION_ALSO_EN = {"new": "a used car", "used": "a new car"}


@dataclass(frozen=True, slots=True)
class Loosening:
    """One answer changed so that a hard need admits more vehicles.

    ``change`` maps contract keys to new values (``{"budget.max_price_eur": 38000}``);
    ``phrase`` leads to "… käme er in Frage" ("bei einem Budget von 38.000 € statt 35.000 €",
    "wenn Sie auch einen Diesel in Betracht ziehen"),
    ``lead`` opens "… passen 4 Fahrzeuge" ("Bei 38.000 € statt 35.000 €"). In English:
    "with a budget of €38,000 instead of €35,000", "At €38,000 instead of €35,000".
    """

    hard_need: str
    change: Mapping[str, Any]
    needs: NeedsProfile
    phrase: str
    lead: str
    size: Decimal  # how big a step this is for the customer (budget: share of the budget)


@dataclass(frozen=True, slots=True)
class Relaxation:
    """A change of one answer and how many vehicles fit then (``gained`` more than now)."""

    text: str
    change: Mapping[str, Any]
    fitting: int
    gained: int
    needs: NeedsProfile


def fit_count_text(count: int, lang: str = "de") -> str:
    """``"passt 1 Fahrzeug"`` / ``"passen 4 Fahrzeuge"`` (verb first, after a lead phrase);
    English ``"1 vehicle fits"`` / ``"4 vehicles fit"``."""
    if lang == "en":
        return "1 vehicle fits" if count == 1 else f"{count} vehicles fit"
    return "passt 1 Fahrzeug" if count == 1 else f"passen {count} Fahrzeuge"


def relaxation_text(lead: str, count: int, lang: str = "de") -> str:
    """``"Bei 38.000 € statt 35.000 € passen 4 Fahrzeuge."`` /
    ``"At €38,000 instead of €35,000, 4 vehicles fit."``."""
    if lang == "en":
        return f"{lead}, {fit_count_text(count, lang)}."
    return f"{lead} {fit_count_text(count)}."


def budget_for(price: Decimal) -> Decimal:
    """The round budget a salesperson would name for a price (up to the next 500 €)."""
    return (price / BUDGET_STEP).to_integral_value(rounding=ROUND_CEILING) * BUDGET_STEP


def raise_budget(needs: NeedsProfile, budget: Decimal, lang: str = "de") -> Loosening:
    say = words(lang)
    old = needs.max_price or Decimal(0)
    new, was = say.eur(budget), say.eur(old)
    return Loosening(
        "budget",
        {"budget.max_price_eur": int(budget)},
        replace(needs, max_price=budget),
        say(f"bei einem Budget von {new} statt {was}", f"with a budget of {new} instead of {was}"),
        say(f"Bei {new} statt {was}", f"At {new} instead of {was}"),
        (budget - old) / old if old else Decimal(1),
    )


def allow_condition(needs: NeedsProfile, lang: str = "de") -> Loosening:
    say = words(lang)
    condition = needs.condition or "new"
    also = say(CONDITION_ALSO[condition], CONDITION_ALSO_EN[condition])
    plural = (
        say("Gebrauchtwagen", "used cars") if condition == "new" else say("Neuwagen", "new cars")
    )
    return Loosening(
        "condition",
        {"budget.condition": "any"},
        replace(needs, condition=None),
        say(f"wenn Sie auch {also} in Betracht ziehen", f"if you would also consider {also}"),
        say(f"Auch als {plural}", f"Including {plural}"),
        Decimal(1),
    )


def allow_powertrain(needs: NeedsProfile, powertrain: str, lang: str = "de") -> Loosening:
    say = words(lang)
    rest = needs.excluded_powertrains - {powertrain}
    return Loosening(
        "powertrain",
        {"preferences.powertrains_excluded": sorted(rest)},
        replace(needs, excluded_powertrains=rest),
        say(
            f"wenn Sie auch {POWERTRAIN_ONE[powertrain]} in Betracht ziehen",
            f"if you would also consider {POWERTRAIN_ONE_EN[powertrain]}",
        ),
        say(POWERTRAIN_WITH[powertrain], POWERTRAIN_WITH_EN[powertrain]),
        Decimal(1),
    )


def drop_must_have(needs: NeedsProfile, item: str, lang: str = "de") -> Loosening:
    say = words(lang)
    rest = needs.must_have - {item}
    name = MUST_HAVE[item].name
    without = say(f"ohne {name.de} als Muss", f"without {name.en} as a must-have")
    return Loosening(
        f"must_have:{item}",
        {"preferences.must_have": sorted(rest)},
        replace(needs, must_have=rest),
        without,
        capitalised(without),
        Decimal(1),
    )


def _budget_steps(needs: NeedsProfile, index: CatalogueIndex) -> list[Decimal]:
    """The smallest budget that brings a vehicle back, and the largest budget at most
    ``MAX_EXTRA_STEP`` beyond it when that brings back more."""
    if needs.max_price is None:
        return []
    failures = find_failures(needs, index)
    only_budget = np.zeros(len(index), dtype=np.bool_)
    others = np.zeros(len(index), dtype=np.bool_)
    for need, mask in failures.masks:
        if need.name == "budget":
            only_budget |= mask
        else:
            others |= mask
    rows = np.flatnonzero(only_budget & ~others)  # rows are in order of price
    if not len(rows):
        return []
    prices = [index.prices[int(row)] for row in rows]
    first = budget_for(prices[0])
    steps = [first]
    within = [p for p in prices if p <= first * (1 + MAX_EXTRA_STEP)]
    second = budget_for(within[-1])
    if second > first:
        steps.append(second)
    return steps


def _loosenings(needs: NeedsProfile, budgets: Iterable[Decimal], lang: str) -> list[Loosening]:
    found = [raise_budget(needs, budget, lang) for budget in budgets]
    if needs.condition:
        found.append(allow_condition(needs, lang))
    found.extend(allow_powertrain(needs, p, lang) for p in sorted(needs.excluded_powertrains))
    found.extend(
        drop_must_have(needs, item, lang)
        for item in sorted(needs.must_have)
        if f"must_have:{item}" not in NEVER_RELAXED
    )
    return found


def loosenings(needs: NeedsProfile, index: CatalogueIndex, lang: str = "de") -> list[Loosening]:
    """Every single-answer change worth trying, never of a need in ``NEVER_RELAXED``."""
    return _loosenings(needs, _budget_steps(needs, index), lang)


def _count_fitting(needs: NeedsProfile, index: CatalogueIndex) -> int:
    return len(index) - int(find_failures(needs, index).excluded.sum())


def relaxations(
    needs: NeedsProfile | Mapping[str, Any],
    index: CatalogueIndex,
    questionnaire: Questionnaire | None = None,
    *,
    limit: int = 6,
    lang: str = "de",
) -> list[Relaxation]:
    """The single-answer changes that let more vehicles fit, most vehicles first, then the
    smallest step. ``needs`` may be answers (made effective by ``questionnaire`` if given).
    The texts are in ``lang``; the order is the same in every language."""
    profile = _profile(needs, questionnaire)
    now = _count_fitting(profile, index)
    budgets = _budget_steps(profile, index)
    german = _loosenings(profile, budgets, "de")  # the order's last key: the German lead
    spoken = german if lang == "de" else _loosenings(profile, budgets, lang)
    found: list[tuple[Loosening, Loosening, int]] = []
    for key, loosening in zip(german, spoken, strict=True):
        fitting = _count_fitting(loosening.needs, index)
        if fitting > now:
            found.append((key, loosening, fitting))
    found.sort(key=lambda item: (-item[2], item[0].size, item[0].lead))
    return [
        Relaxation(
            relaxation_text(lo.lead, fitting, lang), lo.change, fitting, fitting - now, lo.needs
        )
        for _, lo, fitting in found[: max(0, limit)]
    ]


def needs_relaxing(count_fitting: int) -> bool:
    """Whether so little fits that relaxations should be offered."""
    return count_fitting < FEW_FITTING


def _profile(
    needs: NeedsProfile | Mapping[str, Any], questionnaire: Questionnaire | None
) -> NeedsProfile:
    if isinstance(needs, NeedsProfile):
        return needs
    answers = questionnaire.effective(needs) if questionnaire is not None else needs
    return derive_needs(answers)


def apply_change(answers: Mapping[str, Any], change: Mapping[str, Any]) -> dict[str, Any]:
    """The answers with a relaxation's change applied (a copy)."""
    return {**answers, **change}


def joined(phrases: Iterable[str], lang: str = "de") -> str:
    """``"a"``, ``"a und b"``, ``"a, b und c"`` (English: ``"a, b and c"``)."""
    return words(lang).joined(phrases)
