"""Criteria of the customer's situation: space, towing, daily use, wishes and must-haves."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from kundengespraech.domain.catalogue import BODY_TYPE_LABELS, POWERTRAIN_LABELS, TOW_BAR, Vehicle
from kundengespraech.domain.catalogue_index import GEARBOXES, UNKNOWN, CatalogueIndex, Floats
from kundengespraech.domain.criterion import (
    NOTHING,
    Criterion,
    Explain,
    Rate,
    Rated,
    Said,
    caveat_only,
    explain_nothing,
    num,
    ones,
    only_known,
    said,
)
from kundengespraech.domain.needs import MUST_HAVE_NAMES, NeedsProfile
from kundengespraech.domain.wording import plural

LONG_DISTANCE_BY_POWERTRAIN = {"diesel": 1.0, "hybrid": 0.85, "phev": 0.7, "petrol": 0.5}
EV_FIT_BY_POWERTRAIN = {"ev": 1.0, "phev": 0.8, "hybrid": 0.6}
EV_FIT_OTHERS = 0.4
NO_HOME_CHARGING = {"ev": 0.3, "phev": 0.4}
TOWING_RESERVE = 0.05  # less spare towing capacity than this is a caveat
# Needs weigh 3 (a priority rated 3 of 5); these weigh more because the customer said so
# explicitly (body type), lives with it daily (city) or needs it in winter (all-wheel drive).
BODY_WISH_WEIGHT = 5.0
CITY_WEIGHT = 4.0
AWD_WEIGHT = 3.0
NO_CHARGER_WEIGHT = 4.0  # no charger at home weighs on every plug-in vehicle, every day


# --- space ----------------------------------------------------------------------------------


def _rate_seats(needs: NeedsProfile, idx: CatalogueIndex) -> Rated | None:
    return Rated(3.0, ones(idx)) if needs.min_seats >= 5 or needs.child_seats else None


def _explain_seats(needs: NeedsProfile, v: Vehicle, w: float, value: float) -> Said:
    return said(w, value, f"Platz für {needs.min_seats} Personen – {v.seats} Sitze")


def _rate_isofix(needs: NeedsProfile, idx: CatalogueIndex) -> Rated | None:
    if not needs.child_seats:
        return None
    return Rated(3.0, idx.memo("isofix_known", lambda: only_known(idx.isofix, 1.0)))


def _explain_isofix(needs: NeedsProfile, v: Vehicle, w: float, value: float) -> Said:
    seats = plural(needs.child_seats, "Kindersitz", "Kindersitze")
    return said(w, value, f"{seats} – {v.isofix} Isofix-Plätze")


def _rate_trunk(needs: NeedsProfile, idx: CatalogueIndex) -> Rated | None:
    if not needs.min_trunk_l:
        return None
    wanted = needs.min_trunk_l
    return Rated(3.0, np.where(idx.trunk_l >= wanted, 1.0, (idx.trunk_l / wanted) ** 2))


def _explain_trunk(needs: NeedsProfile, v: Vehicle, w: float, value: float) -> Said:
    trunk, wanted = v.trunk_l or 0, needs.min_trunk_l or 0
    limit = f"gewünscht ab {num(wanted)} l"
    if trunk >= wanted:
        return said(
            w, value, f"Platz für {needs.trunk_reason}: {num(trunk)} l Kofferraum ({limit})"
        )
    return [], [f"Kofferraum {num(trunk)} l – für {needs.trunk_reason} knapp ({limit})"]


# --- towing ---------------------------------------------------------------------------------


def _rate_towing(needs: NeedsProfile, idx: CatalogueIndex) -> Rated | None:
    if not needs.towing_kg:
        return None
    return Rated(3.0, 0.7 + (idx.towing_kg / needs.towing_kg - 1))


def _explain_towing(needs: NeedsProfile, v: Vehicle, w: float, value: float) -> Said:
    towing, wanted = v.towing_kg or 0, needs.towing_kg or 0
    if towing >= wanted * (1 + TOWING_RESERVE):
        good = (f"{needs.towing_reason} mit {num(wanted)} kg – bis {num(towing)} kg Anhängelast"
                + (", Anhängerkupplung ab Werk" if v.tow_bar == "yes" else ""))  # fmt: skip
        return said(w, value, good, notable=0.0)
    return [], [f"Anhängelast {num(towing)} kg – für Ihren {needs.towing_reason} mit "
                f"{num(wanted)} kg kaum Reserve"]  # fmt: skip


def _rate_tow_bar(needs: NeedsProfile, idx: CatalogueIndex) -> Rated | None:
    if not needs.towing_kg:
        return None
    value = idx.memo("tow_bar_known", lambda: np.where(idx.tow_bar == UNKNOWN, np.nan, 0.5))
    return Rated(0.0, value, weight_if_unknown=1.0)


def _explain_tow_bar(needs: NeedsProfile, v: Vehicle, w: float, value: float) -> Said:
    if v.tow_bar == "optional":
        return [], [f"Anhängerkupplung gegen Aufpreis – für Ihren {needs.towing_reason} "
                    "bitte mitbestellen"]  # fmt: skip
    return NOTHING


# --- usage ----------------------------------------------------------------------------------


def _said_km(needs: NeedsProfile) -> str:
    if needs.annual_km:
        return f"Sie fahren {num(needs.annual_km)} km im Jahr"
    return "Viele lange Strecken"


def _rate_long_distance(needs: NeedsProfile, idx: CatalogueIndex) -> Rated | None:
    if not needs.long_distance:
        return None

    def value() -> Floats:
        combustion = idx.by_powertrain(LONG_DISTANCE_BY_POWERTRAIN)
        return np.where(idx.is_powertrain("ev"), (idx.range_km - 250) / 250, combustion)

    return Rated(3.0, idx.memo("long_distance", value))


def _explain_long_distance(needs: NeedsProfile, v: Vehicle, w: float, value: float) -> Said:
    if v.powertrain == "ev":
        return said(w, value, f"{_said_km(needs)} – {num(v.range_km or 0)} km Reichweite",
                    f"{_said_km(needs)} – mit {num(v.range_km or 0)} km Reichweite auf langen "
                    "Strecken häufiger laden")  # fmt: skip
    consumption = (
        f" – {num(v.consumption_l_100km, 1)} l/100 km Verbrauch"
        if v.consumption_l_100km is not None
        else ""
    )
    label = POWERTRAIN_LABELS[v.powertrain]
    return said(w, value, f"{_said_km(needs)}{consumption}, {label} für die Langstrecke")


def _rate_charging(needs: NeedsProfile, idx: CatalogueIndex) -> Rated | None:
    if needs.ev_fit:
        return Rated(3.0, idx.memo("ev_fit", lambda: idx.by_powertrain(EV_FIT_BY_POWERTRAIN,
                                                                       EV_FIT_OTHERS)))  # fmt: skip
    if needs.home_charging is False:
        plug = idx.memo(
            "plug_in", lambda: np.where(idx.is_powertrain("ev", "phev"), NO_CHARGER_WEIGHT, 0.0)
        )
        return Rated(plug, idx.memo("no_charging", lambda: idx.by_powertrain(NO_HOME_CHARGING,
                                                                             0.5)))  # fmt: skip
    return None


def _explain_charging(needs: NeedsProfile, v: Vehicle, w: float, value: float) -> Said:
    if needs.ev_fit:
        daily = f" und fahren {num(needs.daily_km)} km am Tag" if needs.daily_km else ""
        reach = ""
        if v.powertrain == "ev" and v.range_km:
            reach = f" – {num(v.range_km)} km Reichweite reichen gut"
        elif v.powertrain == "phev":
            reach = " – der Plug-in-Hybrid fährt so die meisten Wege elektrisch"
        return said(w, value, f"Sie laden zu Hause{daily}{reach}")
    if v.powertrain == "ev":
        return [], ["Ohne Lademöglichkeit zu Hause laden Sie das Elektroauto an öffentlichen "
                    "Säulen – teurer und umständlicher"]  # fmt: skip
    if v.powertrain == "phev":
        return [], ["Ohne Lademöglichkeit zu Hause fährt der Plug-in-Hybrid meist mit dem "
                    "Verbrenner – sein Vorteil geht verloren"]  # fmt: skip
    return NOTHING


def _rate_daily_range(needs: NeedsProfile, idx: CatalogueIndex) -> Rated | None:
    return caveat_only(needs, idx) if needs.daily_km else None


def _explain_daily_range(needs: NeedsProfile, v: Vehicle, w: float, value: float) -> Said:
    daily = needs.daily_km or 0
    if v.powertrain == "ev" and v.range_km and 2 * daily > v.range_km:
        return [], [
            f"Sie fahren {num(daily)} km am Tag – {num(v.range_km)} km Reichweite sind knapp"
        ]
    return NOTHING


def _rate_city(needs: NeedsProfile, idx: CatalogueIndex) -> Rated | None:
    if not needs.city_focus:
        return None
    return Rated(CITY_WEIGHT, idx.memo("city", lambda: (4900 - idx.length_mm) / 800))


def _explain_city(needs: NeedsProfile, v: Vehicle, w: float, value: float) -> Said:
    metres = num((v.length_mm or 0) / 1000, 2)
    return said(w, value, f"Viel Stadtverkehr – {metres} m lang, leicht zu parken",
                f"Viel Stadtverkehr – {metres} m lang, nicht leicht zu parken")  # fmt: skip


# --- wishes ---------------------------------------------------------------------------------


def _rate_body(needs: NeedsProfile, idx: CatalogueIndex) -> Rated | None:
    if not needs.body_types:
        return None
    return Rated(BODY_WISH_WEIGHT, np.where(idx.is_body(*sorted(needs.body_types)), 1.0, 0.2))


def _explain_body(needs: NeedsProfile, v: Vehicle, w: float, value: float) -> Said:
    label = BODY_TYPE_LABELS[v.body_type]
    wished = ", ".join(BODY_TYPE_LABELS[b] for b in sorted(needs.body_types))
    return said(w, value, f"Sie wünschen sich: {wished} – Bauform {label}",
                f"{label} statt der gewünschten Bauform ({wished})")  # fmt: skip


def _rate_awd(needs: NeedsProfile, idx: CatalogueIndex) -> Rated | None:
    if not needs.likes_awd:
        return None
    value = idx.memo("awd", lambda: only_known(idx.awd, np.where(idx.awd == 1, 1.0, 0.3)))
    return Rated(AWD_WEIGHT, value, weight_if_unknown=1.5)


def _explain_awd(needs: NeedsProfile, v: Vehicle, w: float, value: float) -> Said:
    return said(w, value, f"{needs.likes_awd}: mit Allradantrieb",
                f"{needs.likes_awd}: ohne Allradantrieb")  # fmt: skip


def _rate_roof_rails(needs: NeedsProfile, idx: CatalogueIndex) -> Rated | None:
    if not needs.likes_roof_rails:
        return None
    value = idx.memo("roof", lambda: only_known(idx.roof_rails, np.where(idx.roof_rails == 1,
                                                                          1.0, 0.4)))  # fmt: skip
    return Rated(2.0, value, weight_if_unknown=1.0)


def _explain_roof_rails(needs: NeedsProfile, v: Vehicle, w: float, value: float) -> Said:
    if v.roof_rails:
        return said(w, value, f"{needs.likes_roof_rails}: mit Dachreling")
    return [], [f"{needs.likes_roof_rails}: ohne Dachreling"]


def _rate_gearbox(needs: NeedsProfile, idx: CatalogueIndex) -> Rated | None:
    if not needs.transmission:
        return None
    wanted = GEARBOXES.index(needs.transmission)
    return Rated(2.0, np.where(idx.gearbox == UNKNOWN, np.nan, idx.gearbox == wanted))


def _explain_gearbox(needs: NeedsProfile, v: Vehicle, w: float, value: float) -> Said:
    if needs.transmission == "automatic":
        return said(w, value, "Automatik, wie gewünscht",
                    "Schaltgetriebe – Sie wünschen eine Automatik")  # fmt: skip
    return said(w, value, "Schaltgetriebe, wie gewünscht",
                "Nur mit Automatik – Sie wünschen ein Schaltgetriebe")  # fmt: skip


def _rate_must_have(item: str, fact: Callable[[CatalogueIndex], Floats]) -> Rate:
    """A must-have the catalogue does not state: not excluded, but costs confidence.

    Where the fact is known the weight is zero, so the value may hold the fact itself
    (1.0: has it, 0.0: lacks it) for the explanation.
    """

    def rate(needs: NeedsProfile, idx: CatalogueIndex) -> Rated | None:
        if item not in needs.must_have:
            return None
        return Rated(0.0, idx.memo(f"has_{item}", lambda: fact(idx)), weight_if_unknown=1.0)

    return rate


def _explain_must_have(item: str) -> Explain:
    def explain(needs: NeedsProfile, v: Vehicle, w: float, value: float) -> Said:
        if not value:
            return NOTHING
        if item == "tow_bar" and v.tow_bar == "optional":
            if needs.towing_kg:  # the towing criterion already says so
                return NOTHING
            return [], ["Ihr Muss: Anhängerkupplung – gibt es gegen Aufpreis, bitte mitbestellen"]
        return [f"Ihr Muss: {MUST_HAVE_NAMES[item]} – ist an Bord"], []

    return explain


def _has_tow_bar(idx: CatalogueIndex) -> Floats:
    return np.where(idx.tow_bar == UNKNOWN, np.nan, idx.tow_bar != TOW_BAR.index("no"))


def _has_isofix(idx: CatalogueIndex) -> Floats:
    return only_known(idx.isofix, np.where(idx.isofix > 0, 1.0, 0.0))


def _rate_condition(needs: NeedsProfile, idx: CatalogueIndex) -> Rated | None:
    if not needs.condition:
        return None
    value = idx.memo("condition_known", lambda: np.where(idx.condition == UNKNOWN, np.nan, 0.5))
    return Rated(0.0, value, weight_if_unknown=1.0)


def _must(item: str, fact: Callable[[CatalogueIndex], Floats], name: str) -> Criterion:
    return Criterion(f"Muss: {MUST_HAVE_NAMES[item]}", name, _rate_must_have(item, fact),
                     _explain_must_have(item))  # fmt: skip


# fmt: off
SITUATION_CRITERIA: tuple[Criterion, ...] = (
    Criterion("Sitze", "", _rate_seats, _explain_seats),
    Criterion("Isofix", "Zahl der Isofix-Plätze", _rate_isofix, _explain_isofix),
    Criterion("Kofferraum", "Kofferraumvolumen", _rate_trunk, _explain_trunk),
    Criterion("Anhängelast", "Anhängelast", _rate_towing, _explain_towing),
    Criterion("Anhängerkupplung", "Anhängerkupplung", _rate_tow_bar, _explain_tow_bar),
    Criterion("Langstrecke", "Reichweite", _rate_long_distance, _explain_long_distance),
    Criterion("Laden", "", _rate_charging, _explain_charging),
    Criterion("Tagesstrecke", "", _rate_daily_range, _explain_daily_range),
    Criterion("Stadt", "Länge", _rate_city, _explain_city),
    Criterion("Bauform", "", _rate_body, _explain_body),
    Criterion("Allrad", "Allradantrieb", _rate_awd, _explain_awd),
    Criterion("Dachreling", "Dachreling", _rate_roof_rails, _explain_roof_rails),
    Criterion("Getriebe", "Getriebeart", _rate_gearbox, _explain_gearbox),
    _must("tow_bar", _has_tow_bar, "Anhängerkupplung"),
    _must("awd", lambda idx: idx.awd, "Allradantrieb"),
    _must("roof_rails", lambda idx: idx.roof_rails, "Dachreling"),
    _must("isofix", _has_isofix, "Zahl der Isofix-Plätze"),
    _must("adaptive_cruise", lambda idx: idx.has_acc, "Assistenzsysteme"),
    _must("parking_camera", lambda idx: idx.has_parking_camera, "Assistenzsysteme"),
    _must("blind_spot", lambda idx: idx.has_blind_spot, "Assistenzsysteme"),
    Criterion("Zustand", "Zustand (neu oder gebraucht)", _rate_condition, explain_nothing),
)
# fmt: on
