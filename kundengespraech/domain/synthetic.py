"""A synthetic catalogue of plausible vehicles, the same for the same seed (benchmarks, tests)."""

from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import Decimal
from typing import TypeVar

from kundengespraech.domain.catalogue import Vehicle

T = TypeVar("T")

UNKNOWN_SHARE = 0.04  # how often an optional fact is left unknown


@dataclass(frozen=True, slots=True)
class _Body:
    share: int
    price: tuple[int, int]
    seats: tuple[int, ...]
    trunk: tuple[int, int]
    length: tuple[int, int]
    power: tuple[int, int]
    towing: tuple[int, int]
    awd: float
    roof_rails: float
    models: tuple[tuple[str, str], ...]


# fmt: off
_BODIES: dict[str, _Body] = {
    "city": _Body(14, (13_000, 32_000), (4, 5, 5), (180, 360), (3600, 4100), (50, 115),
                  (0, 1100), 0.02, 0.05, (("VW", "Polo"), ("Opel", "Corsa"), ("Fiat", "500"))),
    "compact": _Body(20, (20_000, 46_000), (5,), (330, 450), (4200, 4450), (80, 180),
                     (0, 1800), 0.05, 0.05, (("VW", "Golf"), ("Kia", "Ceed"), ("Opel", "Astra"))),
    "sedan": _Body(8, (30_000, 95_000), (5,), (400, 600), (4600, 5100), (110, 300),
                   (1000, 2100), 0.2, 0.0, (("BMW", "3er"), ("Tesla", "Model 3"))),
    "estate": _Body(14, (25_000, 80_000), (5, 5, 5, 7), (480, 700), (4550, 4950), (85, 260),
                    (1200, 2200), 0.25, 0.75, (("Skoda", "Octavia Combi"), ("VW", "Passat"))),
    "suv": _Body(24, (24_000, 110_000), (5, 5, 5, 7), (400, 850), (4200, 5050), (85, 400),
                 (1200, 3500), 0.45, 0.7, (("VW", "Tiguan"), ("Kia", "Sportage"),
                                           ("Skoda", "Kodiaq"))),
    "van": _Body(8, (30_000, 85_000), (5, 7, 7, 8, 9), (300, 1100), (4400, 5300), (80, 210),
                 (1200, 2500), 0.05, 0.7, (("VW", "Multivan"), ("Ford", "Tourneo"))),
    "coupe": _Body(4, (35_000, 140_000), (2, 4), (150, 450), (4200, 4700), (150, 450),
                   (0, 0), 0.15, 0.0, (("Porsche", "718 Cayman"), ("Toyota", "GR86"))),
    "convertible": _Body(4, (28_000, 120_000), (2, 4), (120, 380), (3800, 4700), (90, 400),
                         (0, 0), 0.05, 0.0, (("Mazda", "MX-5"), ("Mini", "Cabrio"))),
    "pickup": _Body(4, (35_000, 75_000), (5,), (1000, 1300), (5200, 5450), (110, 200),
                    (3000, 3500), 0.9, 0.0, (("Ford", "Ranger"), ("Toyota", "Hilux"))),
}
_POWERTRAINS = (("petrol", 35), ("diesel", 20), ("hybrid", 15), ("phev", 10), ("ev", 20))
_ASSISTS = ("acc", "lane_assist", "emergency_brake", "blind_spot", "parking_camera",
            "parking_sensors", "head_up")
_GEARBOX_WORDS = ("DSG", "Automatik", "6-Gang", "", "")
# fmt: on


class _Maker:
    def __init__(self, seed: int) -> None:
        self.rnd = random.Random(seed)

    def maybe(self, value: T) -> T | None:
        return None if self.rnd.random() < UNKNOWN_SHARE else value

    def vehicle(self, number: int) -> Vehicle:
        r = self.rnd
        body_type = r.choices(list(_BODIES), [b.share for b in _BODIES.values()])[0]
        body = _BODIES[body_type]
        powertrain = r.choices([p for p, _ in _POWERTRAINS], [w for _, w in _POWERTRAINS])[0]
        make, model = r.choice(body.models)
        power = r.randint(*body.power)
        seats = r.choice(body.seats)
        used = r.random() < 0.3
        price = r.uniform(*body.price) * (r.uniform(0.45, 0.85) if used else 1.0)
        towing = r.randint(*body.towing) // 50 * 50 if r.random() > 0.15 else 0
        litres = {"petrol": (4.5, 9.0), "diesel": (4.0, 7.0), "hybrid": (3.8, 6.0),
                  "phev": (1.0, 2.5)}.get(powertrain)  # fmt: skip
        consumption = round(r.uniform(*litres), 1) if litres else None
        co2 = 0 if powertrain == "ev" else round((consumption or 5) * 24)
        isofix = 0 if seats == 2 else (3 if seats >= 7 and r.random() < 0.4 else 2)
        tow_bar = "no" if towing == 0 else r.choice(("yes", "optional", "optional"))
        assist = tuple(a for a in _ASSISTS if r.random() < 0.55)
        electric = powertrain == "ev"
        return Vehicle(
            id=f"S{number:06d}",
            make=make,
            model=model,
            body_type=body_type,
            price_eur=Decimal(round(price / 10) * 10),
            seats=seats,
            powertrain=powertrain,
            variant=f"{power} kW {r.choice(_GEARBOX_WORDS)}".strip(),
            condition="used" if used else "new",
            year=r.randint(2016, 2024) if used else 2026,
            mileage_km=r.randint(5_000, 180_000) if used else 0,
            isofix=self.maybe(isofix),
            trunk_l=self.maybe(r.randint(*body.trunk)),
            towing_kg=self.maybe(towing),
            tow_bar=self.maybe(tow_bar),
            roof_rails=self.maybe(r.random() < body.roof_rails),
            consumption_l_100km=self.maybe(consumption),
            consumption_kwh_100km=self.maybe(round(r.uniform(14, 24), 1)) if electric else None,
            range_km=self.maybe(r.randint(250, 600)) if electric else None,
            co2_g_km=self.maybe(co2),
            power_kw=self.maybe(power),
            accel_0_100_s=self.maybe(round(max(3.0, 15.5 - power / 28 + r.uniform(-1, 1)), 1)),
            top_speed_kmh=140 + power // 2,
            awd=self.maybe(r.random() < body.awd),
            ncap_stars=self.maybe(r.randint(3, 5)),
            assist=self.maybe(assist),
            length_mm=self.maybe(r.randint(*body.length)),
        )


def synthetic_catalogue(n: int, seed: int = 0) -> list[Vehicle]:
    """``n`` plausible vehicles with ids ``S000000``…; identical for identical ``n`` and ``seed``.

    About 4 % of the optional facts are unknown, as in real dealer exports.
    """
    maker = _Maker(seed)
    return [maker.vehicle(i) for i in range(n)]
