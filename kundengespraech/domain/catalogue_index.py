"""Every fact of a catalogue as numpy arrays, built once per catalogue, for fast re-ranking."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal

import numpy as np
import numpy.typing as npt

from kundengespraech.domain.catalogue import BODY_TYPES, CONDITIONS, POWERTRAINS, TOW_BAR, Vehicle

Floats = npt.NDArray[np.float64]
Codes = npt.NDArray[np.int8]
Mask = npt.NDArray[np.bool_]
Rows = npt.NDArray[np.intp]

UNKNOWN = -1  # the code of an unknown categorical fact
GEARBOXES = ("automatic", "manual")
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


def _numbers(values: Iterable[float | int | bool | Decimal | None]) -> Floats:
    """Float array; ``None`` (unknown) becomes NaN, booleans become 1.0 / 0.0."""
    return np.array(list(values), dtype=np.float64)  # numpy turns None into NaN


def _codes(values: Iterable[str | None], names: Sequence[str]) -> Codes:
    code: dict[str | None, int] = {name: i for i, name in enumerate(names)}
    code[None] = UNKNOWN
    return np.array([code[x] for x in values], dtype=np.int8)


def _has(vehicles: Sequence[Vehicle], item: str) -> Floats:
    return _numbers(None if v.assist is None else item in v.assist for v in vehicles)


class CatalogueIndex:
    """The vehicles of one catalogue and their facts as arrays, one row per vehicle.

    Rows are ordered by price, then id, so that a stable sort by score alone breaks ties
    the documented way. Numeric facts are float arrays with NaN for *unknown*; booleans are
    1.0 / 0.0 / NaN; categorical facts are small integer codes (``UNKNOWN`` = -1) into
    ``BODY_TYPES``, ``POWERTRAINS``, ``CONDITIONS``, ``TOW_BAR`` and ``GEARBOXES``.
    Build it once per catalogue; it never changes afterwards.
    """

    def __init__(self, vehicles: Iterable[Vehicle]) -> None:
        vs = tuple(sorted(vehicles, key=lambda v: (v.price_eur, v.id)))
        self.vehicles: tuple[Vehicle, ...] = vs
        self.prices: tuple[Decimal, ...] = tuple(v.price_eur for v in vs)
        self.row_of: dict[str, int] = {}
        for row, v in enumerate(vs):
            self.row_of.setdefault(v.id, row)
        self.rows_by_id: Rows = np.array(
            sorted(range(len(vs)), key=lambda r: (vs[r].id, r)), dtype=np.intp
        )
        self.price = _numbers(self.prices)
        self.seats = _numbers(v.seats for v in vs)
        self.isofix = _numbers(v.isofix for v in vs)
        self.trunk_l = _numbers(v.trunk_l for v in vs)
        self.towing_kg = _numbers(v.towing_kg for v in vs)
        self.mileage_km = _numbers(v.mileage_km for v in vs)
        self.consumption_l = _numbers(v.consumption_l_100km for v in vs)
        self.consumption_kwh = _numbers(v.consumption_kwh_100km for v in vs)
        self.range_km = _numbers(v.range_km for v in vs)
        self.co2_g_km = _numbers(v.co2_g_km for v in vs)
        self.power_kw = _numbers(v.power_kw for v in vs)
        self.accel_s = _numbers(v.accel_0_100_s for v in vs)
        self.ncap_stars = _numbers(v.ncap_stars for v in vs)
        self.length_mm = _numbers(v.length_mm for v in vs)
        self.awd = _numbers(v.awd for v in vs)
        self.roof_rails = _numbers(v.roof_rails for v in vs)
        self.assist_count = _numbers(None if v.assist is None else len(v.assist) for v in vs)
        self.has_acc = _has(vs, "acc")
        self.has_parking_camera = _has(vs, "parking_camera")
        self.has_blind_spot = _has(vs, "blind_spot")
        self.body = _codes((v.body_type for v in vs), BODY_TYPES)
        self.powertrain = _codes((v.powertrain for v in vs), POWERTRAINS)
        self.condition = _codes((v.condition for v in vs), CONDITIONS)
        self.tow_bar = _codes((v.tow_bar for v in vs), TOW_BAR)
        gearbox_of: dict[tuple[str, str, str], str | None] = {}  # variants repeat a lot
        for v in vs:
            key = (v.powertrain, v.variant, v.notes)
            if key not in gearbox_of:
                gearbox_of[key] = transmission_of(v)
        self.gearbox = _codes((gearbox_of[(v.powertrain, v.variant, v.notes)] for v in vs),
                              GEARBOXES)  # fmt: skip
        self._memo: dict[str, Floats] = {}

    def __len__(self) -> int:
        return len(self.vehicles)

    def row(self, vehicle_id: str) -> int:
        """The row of a vehicle; ``KeyError`` naming the id when the catalogue lacks it."""
        try:
            return self.row_of[vehicle_id]
        except KeyError:
            raise KeyError(f"Fahrzeug „{vehicle_id}“ ist nicht im Katalog") from None

    def rows_dearer_than(self, limit: Decimal) -> Mask:
        """Rows whose price exceeds ``limit``, compared exactly (rows are sorted by price)."""
        cut = bisect.bisect_right(self.prices, limit)
        mask = np.zeros(len(self), dtype=np.bool_)
        mask[cut:] = True
        return mask

    def is_powertrain(self, *names: str) -> Mask:
        return np.isin(self.powertrain, [POWERTRAINS.index(n) for n in names])

    def is_body(self, *names: str) -> Mask:
        return np.isin(self.body, [BODY_TYPES.index(n) for n in names])

    def by_powertrain(self, table: dict[str, float], default: float = np.nan) -> Floats:
        """A value per row looked up by powertrain (``default`` for powertrains not listed)."""
        return np.array([table.get(p, default) for p in POWERTRAINS])[self.powertrain]

    def by_body(self, table: dict[str, float], default: float = np.nan) -> Floats:
        """A value per row looked up by body type (``default`` for body types not listed)."""
        return np.array([table.get(b, default) for b in BODY_TYPES])[self.body]

    def memo(self, key: str, compute: Callable[[], Floats]) -> Floats:
        """A derived array that depends on the catalogue only, computed once per index."""
        found = self._memo.get(key)
        if found is None:
            found = compute()
            found.setflags(write=False)
            self._memo[key] = found
        return found
