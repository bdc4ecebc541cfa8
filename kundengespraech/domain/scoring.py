"""How well a qualifying vehicle fits: weighted criteria, each explained on both sides."""

from __future__ import annotations

from dataclasses import dataclass, field

from kundengespraech.domain.catalogue import BODY_TYPE_LABELS, POWERTRAIN_LABELS, Vehicle
from kundengespraech.domain.formatting import format_number
from kundengespraech.domain.needs import NeedsProfile
from kundengespraech.domain.wording import plural

# Energy prices used to compare running costs (€ per litre / kWh), shown nowhere as promises.
PRICE_PER_LITRE = {"petrol": 1.75, "diesel": 1.65, "hybrid": 1.75, "phev": 1.75}
PRICE_PER_KWH_HOME = 0.32
PRICE_PER_KWH_PUBLIC = 0.55
COMFORT_BY_BODY = {
    "city": 0.3, "compact": 0.55, "sedan": 0.9, "estate": 0.85, "suv": 0.85,
    "van": 0.75, "coupe": 0.5, "convertible": 0.5, "pickup": 0.4,
}  # fmt: skip
STRONG = 0.75  # a criterion at least this good becomes a reason for
WEAK = 0.35  # a criterion at most this good becomes a caveat
NOTABLE_WEIGHT = 2.0  # only criteria the customer cares about this much are explained
IMPORTANT = 4.0  # a priority rated 4 or 5 of 5 ("ist Ihnen wichtig")
LEADING = 2.6  # the slider leans clearly to safety (≤ 35) or sportiness (≥ 65)


def _clamp(x: float) -> float:
    return 0.0 if x < 0 else 1.0 if x > 1 else x


def _n(value: float, decimals: int = 0) -> str:
    return format_number(value, decimals)


@dataclass(slots=True)
class Assessment:
    """Weighted criteria of one vehicle; ``fit`` is their weighted mean in 0..1."""

    total_weight: float = 0.0
    weighted: float = 0.0
    reasons_for: list[str] = field(default_factory=list)
    against: list[str] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)

    def add(
        self,
        weight: float,
        value: float,
        good: str = "",
        bad: str = "",
        notable: float = NOTABLE_WEIGHT,
    ) -> None:
        """Count one criterion; explain it when it matters at least ``notable`` much."""
        if weight <= 0:
            return
        self.total_weight += weight
        self.weighted += weight * _clamp(value)
        if good and value >= STRONG and weight >= notable:
            self.reasons_for.append(good)
        if bad and value <= WEAK and weight >= notable:
            self.against.append(bad)

    def missing(self, weight: float, fact: str) -> None:
        """A criterion whose fact is unknown counts as average and costs confidence."""
        self.add(weight, 0.5)
        if fact not in self.unknown:
            self.unknown.append(fact)

    @property
    def fit(self) -> float:
        return self.weighted / self.total_weight if self.total_weight else 0.5


def assess(needs: NeedsProfile, v: Vehicle) -> Assessment:
    a = Assessment()
    _space(a, needs, v)
    _towing(a, needs, v)
    _usage(a, needs, v)
    _wishes(a, needs, v)
    _safety(a, needs, v)
    _sport(a, needs, v)
    _comfort(a, needs, v)
    _economy(a, needs, v)
    _eco(a, needs, v)
    if v.mileage_km is not None and v.mileage_km > 100_000:
        a.against.append(f"Bereits {_n(v.mileage_km)} km gelaufen")
    return a


def _space(a: Assessment, needs: NeedsProfile, v: Vehicle) -> None:
    if needs.min_seats >= 5 or needs.child_seats:
        a.add(3, 1.0, f"Platz für {needs.min_seats} Personen – {v.seats} Sitze")
    if needs.child_seats:
        if v.isofix is None:
            a.missing(3, "Zahl der Isofix-Plätze")
        else:
            a.add(
                3,
                1.0,
                f"{plural(needs.child_seats, 'Kindersitz', 'Kindersitze')} – "
                f"{v.isofix} Isofix-Plätze",
            )
    if needs.min_trunk_l:
        if v.trunk_l is None:
            a.missing(3, "Kofferraumvolumen")
        else:
            wanted = f"gewünscht ab {_n(needs.min_trunk_l)} l"
            if v.trunk_l >= needs.min_trunk_l:
                a.add(3, 1.0, f"Platz für {needs.trunk_reason}: {_n(v.trunk_l)} l Kofferraum "
                              f"({wanted})")  # fmt: skip
            else:
                a.add(3, (v.trunk_l / needs.min_trunk_l) ** 2)
                a.against.append(
                    f"Kofferraum {_n(v.trunk_l)} l – für {needs.trunk_reason} knapp ({wanted})"
                )


def _towing(a: Assessment, needs: NeedsProfile, v: Vehicle) -> None:
    if not needs.towing_kg:
        return
    if v.towing_kg is None:
        a.missing(3, "Anhängelast")
    else:
        reserve = v.towing_kg / needs.towing_kg - 1
        a.add(
            3,
            0.7 + reserve,
            f"{needs.towing_reason} mit {_n(needs.towing_kg)} kg – bis {_n(v.towing_kg)} kg "
            "Anhängelast",
            f"Anhängelast {_n(v.towing_kg)} kg – für {_n(needs.towing_kg)} kg ohne Reserve",
        )
    if v.tow_bar == "optional":
        a.against.append("Anhängerkupplung gegen Aufpreis – bitte mitbestellen")
    elif v.tow_bar is None:
        a.missing(1, "Anhängerkupplung")


def _usage(a: Assessment, needs: NeedsProfile, v: Vehicle) -> None:
    km = needs.annual_km
    if needs.long_distance:
        if v.powertrain == "ev":
            if v.range_km is None:
                a.missing(3, "Reichweite")
            else:
                a.add(
                    3,
                    (v.range_km - 250) / 250,
                    f"Viele lange Strecken – {_n(v.range_km)} km Reichweite",
                    f"Reichweite {_n(v.range_km)} km – auf langen Strecken häufiger laden",
                )
        else:
            value = {"diesel": 1.0, "hybrid": 0.85, "phev": 0.7, "petrol": 0.5}[v.powertrain]
            said = f"Sie fahren {_n(km)} km im Jahr" if km else "Viele lange Strecken"
            consumption = (
                f" – {_n(v.consumption_l_100km, 1)} l/100 km Verbrauch"
                if v.consumption_l_100km is not None
                else ""
            )
            a.add(
                3,
                value,
                f"{said}{consumption}, {POWERTRAIN_LABELS[v.powertrain]} für die Langstrecke",
            )
    if needs.ev_fit:
        value = {"ev": 1.0, "phev": 0.8, "hybrid": 0.6}.get(v.powertrain, 0.4)
        daily = f" und fahren {_n(needs.daily_km)} km am Tag" if needs.daily_km else ""
        reach = f" – {_n(v.range_km)} km Reichweite reichen gut" if v.range_km else ""
        a.add(3, value, f"Sie laden zu Hause{daily}{reach}")
    elif needs.home_charging is False and v.powertrain in ("ev", "phev"):
        a.add(
            3,
            0.3 if v.powertrain == "ev" else 0.4,
            bad="Ohne Lademöglichkeit zu Hause laden Sie an öffentlichen Säulen – "
            "teurer und umständlicher",
        )
    if v.powertrain == "ev" and v.range_km and needs.daily_km and 2 * needs.daily_km > v.range_km:
        a.against.append(
            f"Sie fahren {_n(needs.daily_km)} km am Tag – {_n(v.range_km)} km Reichweite sind knapp"
        )
    if needs.city_focus:
        if v.length_mm is None:
            a.missing(2, "Länge")
        else:
            a.add(
                2,
                (4900 - v.length_mm) / 800,
                f"Viel Stadtverkehr – {_n(v.length_mm / 1000, 2)} m lang, leicht zu parken",
                f"{_n(v.length_mm / 1000, 2)} m lang – in der Stadt nicht leicht zu parken",
            )


def _wishes(a: Assessment, needs: NeedsProfile, v: Vehicle) -> None:
    if needs.body_types:
        label = BODY_TYPE_LABELS[v.body_type]
        wished = ", ".join(BODY_TYPE_LABELS[b] for b in sorted(needs.body_types))
        a.add(
            3,
            1.0 if v.body_type in needs.body_types else 0.2,
            f"Sie wünschen sich: {wished} – das ist ein {label}",
            f"{label} statt der gewünschten Bauform ({wished})",
        )
    if needs.likes_awd:
        if v.awd is None:
            a.missing(1.5, "Allradantrieb")
        else:
            a.add(2, 1.0 if v.awd else 0.3, f"{needs.likes_awd}: mit Allradantrieb")
    if needs.likes_roof_rails:
        if v.roof_rails is None:
            a.missing(1, "Dachreling")
        else:
            a.add(2, 1.0 if v.roof_rails else 0.4, f"{needs.likes_roof_rails}: mit Dachreling")
    if needs.transmission:
        gearbox = transmission_of(v)
        if gearbox is None:
            a.missing(2, "Getriebeart")
        elif needs.transmission == "automatic":
            a.add(2, 1.0 if gearbox == "automatic" else 0.0, "Automatik, wie gewünscht",
                  "Schaltgetriebe – Sie wünschen eine Automatik")  # fmt: skip
        else:
            a.add(2, 1.0 if gearbox == "manual" else 0.0, "Schaltgetriebe, wie gewünscht",
                  "Nur mit Automatik – Sie wünschen ein Schaltgetriebe")  # fmt: skip


AUTOMATIC_WORDS = ("automatik", "dsg", "s tronic", "steptronic", "tiptronic", "pdk", "cvt",
                   "eat8", "edc", "dct", "9g-tronic", "geartronic", "at8")  # fmt: skip
MANUAL_WORDS = ("schaltgetriebe", "6-gang", "5-gang", "manuell")


def transmission_of(v: Vehicle) -> str | None:
    """Automatic or manual when the powertrain or the variant's name says so, else unknown."""
    if v.is_electrified_auto:
        return "automatic"
    text = f"{v.variant} {v.notes}".lower()
    if any(word in text for word in AUTOMATIC_WORDS):
        return "automatic"
    if any(word in text for word in MANUAL_WORDS):
        return "manual"
    return None


def _safety(a: Assessment, needs: NeedsProfile, v: Vehicle) -> None:
    w = needs.weights.safety
    if v.ncap_stars is None:
        a.missing(w * 0.6, "Crashtest-Ergebnis")
    else:
        a.add(
            w * 0.6,
            v.ncap_stars / 5,
            f"Sicherheit ist Ihnen wichtig – {v.ncap_stars} Sterne im Crashtest (Euro NCAP)",
            f"Nur {v.ncap_stars} Sterne im Crashtest (Euro NCAP)",
            notable=LEADING * 0.6,
        )
    if v.assist is None:
        a.missing(w * 0.4, "Assistenzsysteme")
    else:
        a.add(
            w * 0.4,
            len(v.assist) / 4,
            f"{len(v.assist)} Assistenzsysteme, zum Beispiel Notbremsassistent",
            "Wenige Assistenzsysteme an Bord",
            notable=LEADING * 0.4,
        )


def _sport(a: Assessment, needs: NeedsProfile, v: Vehicle) -> None:
    w = needs.weights.sport
    if v.power_kw is None and v.accel_0_100_s is None:
        a.missing(w, "Leistung")
        return
    power = _clamp((v.power_kw - 60) / 200) if v.power_kw is not None else 0.5
    accel = _clamp((12.5 - v.accel_0_100_s) / 8) if v.accel_0_100_s is not None else power
    body = 0.2 if v.body_type in ("coupe", "convertible") else 0.0
    facts = []
    if v.power_kw is not None:
        facts.append(f"{_n(v.power_kw)} kW ({_n(v.power_kw * 1.36)} PS)")
    if v.accel_0_100_s is not None:
        facts.append(f"0–100 km/h in {_n(v.accel_0_100_s, 1)} s")
    a.add(
        w,
        0.5 * power + 0.5 * accel + body,
        "Sportlich und mit Auftritt – " + ", ".join(facts),
        "Eher gemütlich motorisiert – " + ", ".join(facts),
        notable=LEADING,
    )


def _comfort(a: Assessment, needs: NeedsProfile, v: Vehicle) -> None:
    label = BODY_TYPE_LABELS[v.body_type]
    a.add(
        needs.weights.comfort,
        COMFORT_BY_BODY[v.body_type],
        f"Komfort ist Ihnen wichtig – {label} mit Platz für lange Fahrten",
        f"{label}: auf langen Strecken weniger komfortabel",
        notable=IMPORTANT,
    )


def _economy(a: Assessment, needs: NeedsProfile, v: Vehicle) -> None:
    w = needs.weights.economy
    cost = _energy_cost_per_100km(needs, v)
    if cost is None:
        a.missing(w * 0.7, "Verbrauch")
    else:
        yearly = ""
        if needs.annual_km:
            yearly = f" (etwa {_n(cost * needs.annual_km / 100)} € Energie im Jahr)"
        a.add(
            w * 0.7,
            (15 - cost) / 10,
            f"Günstig im Unterhalt – {_consumption_text(v)}{yearly}",
            f"Höhere Energiekosten – {_consumption_text(v)}{yearly}",
            notable=IMPORTANT * 0.7,
        )
    if needs.max_price:
        a.add(w * 0.3, 1.5 * float(1 - v.price_eur / needs.max_price) + 0.3)


def _energy_cost_per_100km(needs: NeedsProfile, v: Vehicle) -> float | None:
    if v.powertrain == "ev":
        if v.consumption_kwh_100km is None:
            return None
        price = PRICE_PER_KWH_HOME if needs.home_charging else PRICE_PER_KWH_PUBLIC
        return v.consumption_kwh_100km * price
    if v.consumption_l_100km is None:
        return None
    return v.consumption_l_100km * PRICE_PER_LITRE[v.powertrain]


def _consumption_text(v: Vehicle) -> str:
    if v.powertrain == "ev":
        return f"{_n(v.consumption_kwh_100km or 0, 1)} kWh/100 km"
    return f"{_n(v.consumption_l_100km or 0, 1)} l/100 km"


def _eco(a: Assessment, needs: NeedsProfile, v: Vehicle) -> None:
    w = needs.weights.eco
    if v.powertrain == "ev":
        a.add(w, 1.0, "Die Umwelt ist Ihnen wichtig – fährt lokal ohne Abgase", notable=IMPORTANT)
    elif v.co2_g_km is None:
        a.missing(w, "CO₂-Ausstoß")
    else:
        a.add(
            w,
            (190 - v.co2_g_km) / 140,
            f"Die Umwelt ist Ihnen wichtig – nur {_n(v.co2_g_km)} g CO₂ je km",
            f"{_n(v.co2_g_km)} g CO₂ je km – eher hoher Ausstoß",
            notable=IMPORTANT,
        )
