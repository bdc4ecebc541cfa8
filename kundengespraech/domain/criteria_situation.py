"""Criteria of the customer's situation: space, towing, daily use, wishes and must-haves."""

from __future__ import annotations

import numpy as np

from kundengespraech.domain.catalogue import (
    BODY_TYPE_LABELS,
    BODY_TYPE_NOUNS_EN,
    BODY_TYPE_WITH_ARTICLE_EN,
    Vehicle,
)
from kundengespraech.domain.catalogue_index import GEARBOXES, UNKNOWN, CatalogueIndex, Floats
from kundengespraech.domain.criterion import (
    NO_FACT,
    NOTHING,
    Criterion,
    Explain,
    Rate,
    Rated,
    Said,
    caveat_only,
    explain_nothing,
    ones,
    only_known,
    said,
)
from kundengespraech.domain.must_haves import (
    AWD,
    ISOFIX_PLACES,
    MUST_HAVES,
    ROOF_RAILS,
    TOW_BAR_FACT,
    MustHave,
)
from kundengespraech.domain.needs import NeedsProfile
from kundengespraech.domain.phrases import Text, Words, capitalised
from kundengespraech.domain.tuning import (
    AWD_WEIGHT,
    AWD_WEIGHT_IF_UNKNOWN,
    BODY_WISH_WEIGHT,
    CITY_LONG_MM,
    CITY_SPAN_MM,
    CITY_WEIGHT,
    DAILY_RANGE_FACTOR,
    EV_FIT_BY_POWERTRAIN,
    EV_FIT_OTHERS,
    EV_RANGE_POOR_KM,
    EV_RANGE_SPAN_KM,
    GEARBOX_WEIGHT,
    LONG_DISTANCE_BY_POWERTRAIN,
    NEED_WEIGHT,
    NO_CHARGER_WEIGHT,
    NO_HOME_CHARGING,
    NO_HOME_CHARGING_OTHERS,
    OTHER_BODY,
    ROOF_RAILS_WEIGHT,
    SEATS_FROM_PERSONS,
    TOWING_AT_NEED,
    TOWING_RESERVE,
    TRUNK_SHORTFALL_EXPONENT,
    UNKNOWN_FACT_WEIGHT,
    WITHOUT_AWD,
    WITHOUT_ROOF_RAILS,
)
from kundengespraech.domain.wording import plural

# for the long-distance reason of combustion engines: "…, Diesel für die Langstrecke"
LONG_DISTANCE_DE = {
    "petrol": "Benziner", "diesel": "Diesel", "hybrid": "Hybrid", "phev": "Plug-in-Hybrid",
}  # fmt: skip
LONG_DISTANCE_EN = {
    "petrol": "a petrol engine", "diesel": "a diesel engine", "hybrid": "a hybrid drive",
    "phev": "a plug-in hybrid drive",
}  # fmt: skip

# What the catalogue may not say (named in the "unknown" caveat)
TRUNK_VOLUME = Text("Kofferraumvolumen", "boot capacity")
TOWING_CAPACITY = Text("Anhängelast", "towing capacity")
RANGE = Text("Reichweite", "range")
LENGTH = Text("Länge", "length")
GEARBOX = Text("Getriebeart", "type of gearbox")
CONDITION = Text("Zustand (neu oder gebraucht)", "condition (new or used)")


# --- space ----------------------------------------------------------------------------------


def _rate_seats(needs: NeedsProfile, idx: CatalogueIndex) -> Rated | None:
    return (
        Rated(NEED_WEIGHT, ones(idx))
        if needs.min_seats >= SEATS_FROM_PERSONS or needs.child_seats
        else None
    )


def _explain_seats(needs: NeedsProfile, v: Vehicle, w: float, value: float, say: Words) -> Said:
    return said(w, value, say(f"Platz für {needs.min_seats} Personen – {v.seats} Sitze",
                              f"Room for {plural(needs.min_seats, 'person', 'people')} – "
                              f"{plural(v.seats, 'seat', 'seats')}"))  # fmt: skip


def _rate_isofix(needs: NeedsProfile, idx: CatalogueIndex) -> Rated | None:
    if not needs.child_seats:
        return None
    return Rated(NEED_WEIGHT, idx.memo("isofix_known", lambda: only_known(idx.isofix, 1.0)))


def _explain_isofix(needs: NeedsProfile, v: Vehicle, w: float, value: float, say: Words) -> Said:
    n, isofix = needs.child_seats, v.isofix or 0
    return said(w, value, say(f"{plural(n, 'Kindersitz', 'Kindersitze')} – {isofix} Isofix-Plätze",
                              f"{plural(n, 'child seat', 'child seats')} – "
                              f"{plural(isofix, 'Isofix point', 'Isofix points')}"))  # fmt: skip


def _rate_trunk(needs: NeedsProfile, idx: CatalogueIndex) -> Rated | None:
    if not needs.min_trunk_l:
        return None
    wanted = needs.min_trunk_l
    shortfall = (idx.trunk_l / wanted) ** TRUNK_SHORTFALL_EXPONENT
    return Rated(NEED_WEIGHT, np.where(idx.trunk_l >= wanted, 1.0, shortfall))


def _explain_trunk(needs: NeedsProfile, v: Vehicle, w: float, value: float, say: Words) -> Said:
    trunk, wanted = say.num(v.trunk_l or 0), say.num(needs.min_trunk_l or 0)
    reason = needs.trunk_reason_in(say.lang)
    limit = say(f"gewünscht ab {wanted} l", f"you wanted at least {wanted} l")
    if (v.trunk_l or 0) >= (needs.min_trunk_l or 0):
        good = say(f"Platz für {reason}: {trunk} l Kofferraum ({limit})",
                   f"Room for {reason}: {trunk} l of boot space ({limit})")  # fmt: skip
        return said(w, value, good)
    return [], [say(f"Kofferraum {trunk} l – für {reason} knapp ({limit})",
                    f"Boot space {trunk} l – tight for {reason} ({limit})")]  # fmt: skip


# --- towing ---------------------------------------------------------------------------------


def _rate_towing(needs: NeedsProfile, idx: CatalogueIndex) -> Rated | None:
    if not needs.towing_kg:
        return None
    return Rated(NEED_WEIGHT, TOWING_AT_NEED + (idx.towing_kg / needs.towing_kg - 1))


def _explain_towing(needs: NeedsProfile, v: Vehicle, w: float, value: float, say: Words) -> Said:
    towing, wanted = v.towing_kg or 0, needs.towing_kg or 0
    kg, kg_wanted, reason = say.num(towing), say.num(wanted), needs.towing_reason_in(say.lang)
    if towing >= wanted * (1 + TOWING_RESERVE):
        good = say(
            f"{reason} mit {kg_wanted} kg – bis {kg} kg Anhängelast",
            f"Towing your {kg_wanted} kg {reason} – up to {kg} kg towing capacity",
        )
        if v.tow_bar == "yes":
            good += say(", Anhängerkupplung ab Werk", ", tow bar fitted at the factory")
        return said(w, value, good, notable=0.0)
    return [], [say(f"Anhängelast {kg} kg – für Ihren {reason} mit {kg_wanted} kg kaum Reserve",
                    f"Towing capacity {kg} kg – hardly any reserve for your {kg_wanted} kg "
                    f"{reason}")]  # fmt: skip


def _rate_tow_bar(needs: NeedsProfile, idx: CatalogueIndex) -> Rated | None:
    if not needs.towing_kg:
        return None
    value = idx.memo("tow_bar_known", lambda: np.where(idx.tow_bar == UNKNOWN, np.nan, 0.5))
    return Rated(0.0, value, weight_if_unknown=UNKNOWN_FACT_WEIGHT)


def _explain_tow_bar(needs: NeedsProfile, v: Vehicle, w: float, value: float, say: Words) -> Said:
    if v.tow_bar == "optional":
        reason = needs.towing_reason_in(say.lang)
        return [], [say(f"Anhängerkupplung gegen Aufpreis – für Ihren {reason} bitte mitbestellen",
                        f"Tow bar at extra cost – for your {reason}, please order it with the "
                        "car")]  # fmt: skip
    return NOTHING


# --- usage ----------------------------------------------------------------------------------


def _said_km(needs: NeedsProfile, say: Words) -> str:
    if needs.annual_km:
        km = say.num(needs.annual_km)
        return say(f"Sie fahren {km} km im Jahr", f"You drive {km} km a year")
    return say("Viele lange Strecken", "Many long journeys")


def _rate_long_distance(needs: NeedsProfile, idx: CatalogueIndex) -> Rated | None:
    if not needs.long_distance:
        return None

    def value() -> Floats:
        combustion = idx.by_powertrain(LONG_DISTANCE_BY_POWERTRAIN)
        return np.where(
            idx.is_powertrain("ev"),
            (idx.range_km - EV_RANGE_POOR_KM) / EV_RANGE_SPAN_KM,
            combustion,
        )

    return Rated(NEED_WEIGHT, idx.memo("long_distance", value))


def _explain_long_distance(
    needs: NeedsProfile, v: Vehicle, w: float, value: float, say: Words
) -> Said:
    km = _said_km(needs, say)
    if v.powertrain == "ev":
        reach = say.num(v.range_km or 0)
        return said(w, value, say(f"{km} – {reach} km Reichweite", f"{km} – {reach} km range"),
                    say(f"{km} – mit {reach} km Reichweite auf langen Strecken häufiger laden",
                        f"{km} – with {reach} km range you will charge more often on long "
                        "journeys"))  # fmt: skip
    consumption = ""
    if v.consumption_l_100km is not None:
        litres = say.num(v.consumption_l_100km, 1)
        consumption = say(f" – {litres} l/100 km Verbrauch", f" – {litres} l/100 km consumption")
    return said(w, value, say(f"{km}{consumption}, {LONG_DISTANCE_DE[v.powertrain]} für die "
                              "Langstrecke", f"{km}{consumption}, "
                              f"{LONG_DISTANCE_EN[v.powertrain]} for long distances"))  # fmt: skip


def _rate_charging(needs: NeedsProfile, idx: CatalogueIndex) -> Rated | None:
    if needs.ev_fit:
        fit = idx.memo("ev_fit", lambda: idx.by_powertrain(EV_FIT_BY_POWERTRAIN, EV_FIT_OTHERS))
        return Rated(NEED_WEIGHT, fit)
    if needs.home_charging is False:
        plug = idx.memo(
            "plug_in", lambda: np.where(idx.is_powertrain("ev", "phev"), NO_CHARGER_WEIGHT, 0.0)
        )
        value = idx.memo(
            "no_charging", lambda: idx.by_powertrain(NO_HOME_CHARGING, NO_HOME_CHARGING_OTHERS)
        )
        return Rated(plug, value)
    return None


def _explain_charging(needs: NeedsProfile, v: Vehicle, w: float, value: float, say: Words) -> Said:
    if needs.ev_fit:
        daily = ""
        if needs.daily_km:
            km = say.num(needs.daily_km)
            daily = say(f" und fahren {km} km am Tag", f" and drive {km} km a day")
        reach = ""
        if v.powertrain == "ev" and v.range_km:
            km = say.num(v.range_km)
            reach = say(f" – {km} km Reichweite reichen gut", f" – {km} km range is plenty")
        elif v.powertrain == "phev":
            reach = say(" – der Plug-in-Hybrid fährt so die meisten Wege elektrisch",
                        " – so the plug-in hybrid covers most journeys on electricity")  # fmt: skip
        return said(w, value, say(f"Sie laden zu Hause{daily}{reach}",
                                  f"You charge at home{daily}{reach}"))  # fmt: skip
    if v.powertrain == "ev":
        return [], [say("Ohne Lademöglichkeit zu Hause laden Sie das Elektroauto an öffentlichen "
                        "Säulen – teurer und umständlicher",
                        "Without charging at home you charge the electric car at public "
                        "charging points – more expensive and less convenient")]  # fmt: skip
    if v.powertrain == "phev":
        return [], [say("Ohne Lademöglichkeit zu Hause fährt der Plug-in-Hybrid meist mit dem "
                        "Verbrenner – sein Vorteil geht verloren",
                        "Without charging at home the plug-in hybrid runs mostly on its "
                        "combustion engine – it loses its advantage")]  # fmt: skip
    return NOTHING


def _rate_daily_range(needs: NeedsProfile, idx: CatalogueIndex) -> Rated | None:
    return caveat_only(needs, idx) if needs.daily_km else None


def _explain_daily_range(
    needs: NeedsProfile, v: Vehicle, w: float, value: float, say: Words
) -> Said:
    daily = needs.daily_km or 0
    if v.powertrain == "ev" and v.range_km and DAILY_RANGE_FACTOR * daily > v.range_km:
        km, reach = say.num(daily), say.num(v.range_km)
        return [], [say(f"Sie fahren {km} km am Tag – {reach} km Reichweite sind knapp",
                        f"You drive {km} km a day – {reach} km range is tight")]  # fmt: skip
    return NOTHING


def _rate_city(needs: NeedsProfile, idx: CatalogueIndex) -> Rated | None:
    if not needs.city_focus:
        return None
    return Rated(
        CITY_WEIGHT, idx.memo("city", lambda: (CITY_LONG_MM - idx.length_mm) / CITY_SPAN_MM)
    )


def _explain_city(needs: NeedsProfile, v: Vehicle, w: float, value: float, say: Words) -> Said:
    metres = say.num((v.length_mm or 0) / 1000, 2)
    return said(w, value, say(f"Viel Stadtverkehr – {metres} m lang, leicht zu parken",
                              f"Lots of city driving – {metres} m long, easy to park"),
                say(f"Viel Stadtverkehr – {metres} m lang, nicht leicht zu parken",
                    f"Lots of city driving – {metres} m long, not easy to park"))  # fmt: skip


# --- wishes ---------------------------------------------------------------------------------


def _rate_body(needs: NeedsProfile, idx: CatalogueIndex) -> Rated | None:
    if not needs.body_types:
        return None
    return Rated(
        BODY_WISH_WEIGHT, np.where(idx.is_body(*sorted(needs.body_types)), 1.0, OTHER_BODY)
    )


def _explain_body(needs: NeedsProfile, v: Vehicle, w: float, value: float, say: Words) -> Said:
    if say.en:
        wished = ", ".join(BODY_TYPE_NOUNS_EN[b] for b in sorted(needs.body_types))
        this = BODY_TYPE_WITH_ARTICLE_EN[v.body_type]
        good = f"You would like: {wished} – this is {this}"
        return said(w, value, good, f"{capitalised(this)} instead of the body type you wanted "
                    f"({wished})")  # fmt: skip
    label = BODY_TYPE_LABELS[v.body_type]
    wished = ", ".join(BODY_TYPE_LABELS[b] for b in sorted(needs.body_types))
    return said(w, value, f"Sie wünschen sich: {wished} – Bauform {label}",
                f"{label} statt der gewünschten Bauform ({wished})")  # fmt: skip


def _rate_awd(needs: NeedsProfile, idx: CatalogueIndex) -> Rated | None:
    if not needs.likes_awd:
        return None
    value = idx.memo("awd", lambda: only_known(idx.awd, np.where(idx.awd == 1, 1.0, WITHOUT_AWD)))
    return Rated(AWD_WEIGHT, value, weight_if_unknown=AWD_WEIGHT_IF_UNKNOWN)


def _explain_awd(needs: NeedsProfile, v: Vehicle, w: float, value: float, say: Words) -> Said:
    why = needs.likes_awd_in(say.lang)
    return said(w, value, say(f"{why}: mit Allradantrieb", f"{why}: with all-wheel drive"),
                say(f"{why}: ohne Allradantrieb", f"{why}: without all-wheel drive"))  # fmt: skip


def _rate_roof_rails(needs: NeedsProfile, idx: CatalogueIndex) -> Rated | None:
    if not needs.likes_roof_rails:
        return None
    rails = idx.roof_rails
    value = idx.memo(
        "roof", lambda: only_known(rails, np.where(rails == 1, 1.0, WITHOUT_ROOF_RAILS))
    )
    return Rated(ROOF_RAILS_WEIGHT, value, weight_if_unknown=UNKNOWN_FACT_WEIGHT)


def _explain_roof_rails(
    needs: NeedsProfile, v: Vehicle, w: float, value: float, say: Words
) -> Said:
    why = needs.likes_roof_rails_in(say.lang)
    if v.roof_rails:
        return said(w, value, say(f"{why}: mit Dachreling", f"{why}: with roof rails"))
    return [], [say(f"{why}: ohne Dachreling", f"{why}: without roof rails")]


def _rate_gearbox(needs: NeedsProfile, idx: CatalogueIndex) -> Rated | None:
    if not needs.transmission:
        return None
    wanted = GEARBOXES.index(needs.transmission)
    return Rated(GEARBOX_WEIGHT, np.where(idx.gearbox == UNKNOWN, np.nan, idx.gearbox == wanted))


def _explain_gearbox(needs: NeedsProfile, v: Vehicle, w: float, value: float, say: Words) -> Said:
    if needs.transmission == "automatic":
        return said(w, value, say("Automatik, wie gewünscht", "Automatic, as you wanted"),
                    say("Schaltgetriebe – Sie wünschen eine Automatik",
                        "Manual gearbox – you wanted an automatic"))  # fmt: skip
    return said(w, value, say("Schaltgetriebe, wie gewünscht", "Manual gearbox, as you wanted"),
                say("Nur mit Automatik – Sie wünschen ein Schaltgetriebe",
                    "Automatic only – you wanted a manual gearbox"))  # fmt: skip


def _rate_must_have(must: MustHave) -> Rate:
    """A must-have the catalogue does not state: not excluded, but costs confidence.

    Where the fact is known the weight is zero, so the value may hold the fact itself
    (1.0: has it, 0.0: lacks it) for the explanation.
    """

    def rate(needs: NeedsProfile, idx: CatalogueIndex) -> Rated | None:
        if must.key not in needs.must_have:
            return None
        return Rated(0.0, must.of(idx), weight_if_unknown=UNKNOWN_FACT_WEIGHT)

    return rate


def _explain_must_have(must: MustHave) -> Explain:
    def explain(needs: NeedsProfile, v: Vehicle, w: float, value: float, say: Words) -> Said:
        if not value:
            return NOTHING
        if must.key == "tow_bar" and v.tow_bar == "optional":
            if needs.towing_kg:  # the towing criterion already says so
                return NOTHING
            return [], [say("Ihr Muss: Anhängerkupplung – gibt es gegen Aufpreis, bitte "
                            "mitbestellen", "Your must-have: a tow bar – available at extra "
                            "cost, please order it with the car")]  # fmt: skip
        return [say(f"Ihr Muss: {must.name.de} – ist an Bord",
                    f"Your must-have: {must.name.en} – on board")], []  # fmt: skip

    return explain


def _rate_condition(needs: NeedsProfile, idx: CatalogueIndex) -> Rated | None:
    if not needs.condition:
        return None
    value = idx.memo("condition_known", lambda: np.where(idx.condition == UNKNOWN, np.nan, 0.5))
    return Rated(0.0, value, weight_if_unknown=UNKNOWN_FACT_WEIGHT)


def _must(must: MustHave) -> Criterion:
    return Criterion(f"Muss: {must.name.de}", must.unknown, _rate_must_have(must),
                     _explain_must_have(must))  # fmt: skip


# fmt: off
SITUATION_CRITERIA: tuple[Criterion, ...] = (
    Criterion("Sitze", NO_FACT, _rate_seats, _explain_seats),
    Criterion("Isofix", ISOFIX_PLACES, _rate_isofix, _explain_isofix),
    Criterion("Kofferraum", TRUNK_VOLUME, _rate_trunk, _explain_trunk),
    Criterion("Anhängelast", TOWING_CAPACITY, _rate_towing, _explain_towing),
    Criterion("Anhängerkupplung", TOW_BAR_FACT, _rate_tow_bar, _explain_tow_bar),
    Criterion("Langstrecke", RANGE, _rate_long_distance, _explain_long_distance),
    Criterion("Laden", NO_FACT, _rate_charging, _explain_charging),
    Criterion("Tagesstrecke", NO_FACT, _rate_daily_range, _explain_daily_range),
    Criterion("Stadt", LENGTH, _rate_city, _explain_city),
    Criterion("Bauform", NO_FACT, _rate_body, _explain_body),
    Criterion("Allrad", AWD, _rate_awd, _explain_awd),
    Criterion("Dachreling", ROOF_RAILS, _rate_roof_rails, _explain_roof_rails),
    Criterion("Getriebe", GEARBOX, _rate_gearbox, _explain_gearbox),
    *(_must(must) for must in MUST_HAVES),
    Criterion("Zustand", CONDITION, _rate_condition, explain_nothing),
)
# fmt: on
