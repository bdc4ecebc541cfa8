"""Vehicles of the dealer's catalogue as plain, immutable data (contract 2)."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from decimal import Decimal

BODY_TYPES = ("city", "compact", "sedan", "estate", "suv", "van", "coupe", "convertible", "pickup")
CONDITIONS = ("new", "used")
POWERTRAINS = ("petrol", "diesel", "hybrid", "phev", "ev")
TOW_BAR = ("yes", "no", "optional")

# Column order of contract 2; export writes exactly these headers in this order.
COLUMNS = (
    "id", "make", "model", "variant", "body_type", "condition", "year", "mileage_km",
    "price_eur", "seats", "isofix", "trunk_l", "trunk_max_l", "towing_kg", "tow_bar",
    "roof_rails", "powertrain", "consumption_l_100km", "consumption_kwh_100km", "range_km",
    "co2_g_km", "power_kw", "accel_0_100_s", "top_speed_kmh", "awd", "ncap_stars", "assist",
    "length_mm", "image", "notes",
)  # fmt: skip
REQUIRED_COLUMNS = ("id", "make", "model", "body_type", "price_eur", "seats", "powertrain")

BODY_TYPE_LABELS = {
    "city": "Kleinwagen", "compact": "Kompaktwagen", "sedan": "Limousine", "estate": "Kombi",
    "suv": "SUV", "van": "Van", "coupe": "Coupé", "convertible": "Cabrio", "pickup": "Pick-up",
}  # fmt: skip
POWERTRAIN_LABELS = {
    "petrol": "Benziner", "diesel": "Diesel", "hybrid": "Hybrid",
    "phev": "Plug-in-Hybrid", "ev": "Elektro",
}  # fmt: skip
BODY_TYPE_LABELS_EN = {
    "city": "City car", "compact": "Compact", "sedan": "Saloon", "estate": "Estate",
    "suv": "SUV", "van": "MPV", "coupe": "Coupé", "convertible": "Convertible",
    "pickup": "Pick-up",
}  # fmt: skip
# English body types within a sentence: "you would like: estate, SUV", "as an estate, …"
BODY_TYPE_NOUNS_EN = {
    "city": "city car", "compact": "compact car", "sedan": "saloon", "estate": "estate",
    "suv": "SUV", "van": "MPV", "coupe": "coupé", "convertible": "convertible",
    "pickup": "pick-up",
}  # fmt: skip
BODY_TYPE_WITH_ARTICLE_EN = {
    "city": "a city car", "compact": "a compact car", "sedan": "a saloon",
    "estate": "an estate", "suv": "an SUV", "van": "an MPV", "coupe": "a coupé",
    "convertible": "a convertible", "pickup": "a pick-up",
}  # fmt: skip
POWERTRAIN_LABELS_EN = {
    "petrol": "Petrol", "diesel": "Diesel", "hybrid": "Hybrid",
    "phev": "Plug-in hybrid", "ev": "Electric",
}  # fmt: skip


def body_type_label(body_type: str, lang: str = "de") -> str:
    """``"estate"`` -> ``"Kombi"`` / ``"Estate"``; unknown codes as given."""
    return (BODY_TYPE_LABELS_EN if lang == "en" else BODY_TYPE_LABELS).get(body_type, body_type)


def powertrain_label(powertrain: str, lang: str = "de") -> str:
    """``"phev"`` -> ``"Plug-in-Hybrid"`` / ``"Plug-in hybrid"``; unknown codes as given."""
    labels = POWERTRAIN_LABELS_EN if lang == "en" else POWERTRAIN_LABELS
    return labels.get(powertrain, powertrain)


@dataclass(frozen=True, slots=True)
class Vehicle:
    """One vehicle of the catalogue. ``None`` always means *unknown*, never zero."""

    id: str
    make: str
    model: str
    body_type: str
    price_eur: Decimal
    seats: int
    powertrain: str
    variant: str = ""
    condition: str | None = None
    year: int | None = None
    mileage_km: int | None = None
    isofix: int | None = None
    trunk_l: int | None = None
    trunk_max_l: int | None = None
    towing_kg: int | None = None
    tow_bar: str | None = None
    roof_rails: bool | None = None
    consumption_l_100km: float | None = None
    consumption_kwh_100km: float | None = None
    range_km: int | None = None
    co2_g_km: int | None = None
    power_kw: int | None = None
    accel_0_100_s: float | None = None
    top_speed_kmh: int | None = None
    awd: bool | None = None
    ncap_stars: int | None = None
    assist: tuple[str, ...] | None = None
    length_mm: int | None = None
    image: str = ""
    notes: str = ""
    extra: dict[str, str] = field(default_factory=dict, compare=False, hash=False)

    @property
    def title(self) -> str:
        """Make, model and variant as shown to the customer."""
        return " ".join(part for part in (self.make, self.model, self.variant) if part)

    @property
    def is_electrified_auto(self) -> bool:
        """EVs, hybrids and plug-in hybrids always shift by themselves."""
        return self.powertrain in ("ev", "hybrid", "phev")


VEHICLE_FIELDS = tuple(f.name for f in fields(Vehicle) if f.name != "extra")
