"""Proposing which contract-2 column each header of a foreign catalogue file holds.

Order of trust: what the user chose for this source before, the contract name itself (any
case), a table of German and English synonyms, then the closest similar name (difflib).
Each contract column is proposed for one header at most.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import Enum

from kundengespraech.domain.catalogue import COLUMNS, REQUIRED_COLUMNS
from kundengespraech.importers.rows import IGNORE, KEEP

Target = str | None
"""A contract column, ``IGNORE`` ("": not imported) or ``KEEP`` (None: kept as extra column)."""

_SYNONYM_LIST: dict[str, tuple[str, ...]] = {
    "id": ("kennung", "nr", "nummer", "fahrzeugnummer", "fahrzeug nr", "bestandsnummer",
           "interne nummer", "fahrzeug id", "id nr", "lfd nr", "kommissionsnummer", "vin_intern"),
    "make": ("marke", "hersteller", "fabrikat", "brand", "manufacturer"),
    "model": ("modell", "modellbezeichnung", "baureihe", "modelname"),
    "variant": ("variante", "ausstattung", "ausstattungslinie", "version", "ausführung", "motor",
                "trim"),
    "body_type": ("karosserie", "aufbau", "karosserieform", "aufbauart", "bauform",
                  "fahrzeugklasse", "klasse", "body", "body type"),
    "condition": ("zustand", "fahrzeugzustand", "neu gebraucht", "neu oder gebraucht",
                  "fahrzeugart", "neu gebrauchtwagen"),
    "year": ("erstzulassung", "ez", "baujahr", "modelljahr", "jahr", "zulassung",
             "erstzulassung jahr", "first registration"),
    "mileage_km": ("kilometerstand", "km", "km stand", "laufleistung", "kilometer",
                   "tachostand", "mileage"),
    "price_eur": ("preis", "vk", "verkaufspreis", "vk preis", "preis eur", "preis in eur",
                  "preis in euro", "preis euro", "listenpreis", "angebotspreis", "brutto",
                  "bruttopreis", "endpreis", "price"),
    "seats": ("sitzplätze", "sitze", "plätze", "anzahl sitze", "sitzanzahl", "anzahl sitzplätze",
              "sitzplatzanzahl"),
    "isofix": ("isofix", "isofix plätze", "isofix sitze", "anzahl isofix"),
    "trunk_l": ("kofferraum", "kofferraumvolumen", "kofferraum l", "ladevolumen", "gepäckraum",
                "kofferraum liter", "trunk"),
    "trunk_max_l": ("kofferraum max", "ladevolumen max", "kofferraum maximal",
                    "maximales ladevolumen", "kofferraum umgeklappt"),
    "towing_kg": ("anhängelast", "anhängelast gebremst", "anhängelast kg", "zuglast",
                  "anhängelast gebremst kg", "stützlast anhängelast", "towing"),
    "tow_bar": ("anhängerkupplung", "ahk", "anhängerkupplung vorhanden"),
    "roof_rails": ("dachreling", "dachträger"),
    "powertrain": ("kraftstoff", "kraftstoffart", "antrieb", "antriebsart", "motorart",
                   "treibstoff", "kraftstoff antrieb", "energieträger", "fuel"),
    "consumption_l_100km": ("verbrauch", "verbrauch l", "verbrauch l 100km", "verbrauch l 100 km",
                            "kraftstoffverbrauch", "verbrauch kombiniert", "l 100 km"),
    "consumption_kwh_100km": ("stromverbrauch", "verbrauch kwh", "verbrauch kwh 100km",
                              "verbrauch kwh 100 km", "kwh 100 km"),
    "range_km": ("reichweite", "reichweite km", "elektrische reichweite", "range"),
    "co2_g_km": ("co2", "co2 emission", "co2 emissionen", "co2 g km", "co₂", "co₂ g km"),
    "power_kw": ("leistung", "leistung kw", "kw", "motorleistung", "motorleistung kw", "power"),
    "accel_0_100_s": ("beschleunigung", "0 100", "0 100 km h", "beschleunigung 0 100",
                      "beschleunigung s", "0 auf 100"),
    "top_speed_kmh": ("höchstgeschwindigkeit", "vmax", "v max", "spitze", "höchstgeschw",
                      "top speed"),
    "awd": ("allrad", "allradantrieb", "4x4", "4wd", "awd", "quattro"),
    "ncap_stars": ("ncap", "euro ncap", "ncap sterne", "sterne", "crashtest"),
    "assist": ("assistenzsysteme", "assistenten", "fahrassistenz", "fahrerassistenz",
               "assistenz"),
    "length_mm": ("länge", "fahrzeuglänge", "länge mm", "außenlänge"),
    "image": ("bild", "foto", "photo", "bilddatei", "fotodatei", "bild datei", "picture"),
    "notes": ("bemerkung", "bemerkungen", "notiz", "notizen", "hinweis", "hinweise", "kommentar",
              "anmerkung", "beschreibung"),
}  # fmt: skip
# Headers that look like a contract column but hold something else: never guessed.
_NEVER = ("leistung ps", "ps", "motorleistung ps", "preis netto", "netto", "nettopreis",
          "ek", "einkaufspreis", "marge", "provision", "händlereinkaufspreis")  # fmt: skip


def normalize(header: str) -> str:
    """Lowercase words only: "Leistung (kW)" → "leistung kw", "Preis in €" → "preis in eur"."""
    text = header.casefold().replace("€", " eur ").replace("ß", "ss")
    text = re.sub(r"[\s_\-/.,:;()\[\]{}#*]+", " ", text)
    return text.strip()


SYNONYMS: dict[str, str | None] = {
    **{normalize(name): column for column, names in _SYNONYM_LIST.items() for name in names},
    **{normalize(name): KEEP for name in _NEVER},
}
"""Normalized header → contract column (``KEEP`` for names that must never be guessed)."""

_CANDIDATES = {**{normalize(c): c for c in COLUMNS}, **{k: v for k, v in SYNONYMS.items() if v}}
SIMILARITY_CUTOFF = 0.85


class How(Enum):
    """Why a target was proposed for a header."""

    REMEMBERED = "remembered"
    EXACT = "exact"
    SYNONYM = "synonym"
    SIMILAR = "similar"
    NONE = "none"


@dataclass(frozen=True, slots=True)
class ColumnProposal:
    """One header of the file and what it is proposed to become."""

    header: str
    target: Target
    how: How


def propose_mapping(
    headers: Sequence[str], remembered: Mapping[str, Target] | None = None
) -> list[ColumnProposal]:
    """A proposal for every header, in file order; each contract column is used at most once."""
    remembered_folded = {name.strip().lower(): t for name, t in (remembered or {}).items()}
    guesses: list[tuple[How, Target]] = [_guess(h, remembered_folded) for h in headers]
    taken: set[str] = set()
    final: dict[int, tuple[How, Target]] = {}
    for how in (How.REMEMBERED, How.EXACT, How.SYNONYM, How.SIMILAR):
        for index, (kind, target) in enumerate(guesses):
            if kind is not how or index in final:
                continue
            if target and target in taken:
                final[index] = (How.NONE, KEEP)
                continue
            if target:
                taken.add(target)
            final[index] = (how, target)
    proposals = []
    for index, header in enumerate(headers):
        how, target = final.get(index, (How.NONE, KEEP))
        proposals.append(ColumnProposal(header, target, how))
    return proposals


def _guess(header: str, remembered: Mapping[str, Target]) -> tuple[How, Target]:
    folded = header.strip().lower()
    chosen = remembered.get(folded, "?")
    if chosen in (IGNORE, KEEP) or chosen in COLUMNS:
        return How.REMEMBERED, chosen
    if folded in COLUMNS:
        return How.EXACT, folded
    key = normalize(header)
    if not key:
        return How.NONE, KEEP
    if key in SYNONYMS:
        target = SYNONYMS[key]
        return (How.SYNONYM, target) if target else (How.NONE, KEEP)
    close = difflib.get_close_matches(key, _CANDIDATES, n=1, cutoff=SIMILARITY_CUTOFF)
    if close:
        return How.SIMILAR, _CANDIDATES[close[0]]
    return How.NONE, KEEP


def as_column_map(proposals: Sequence[ColumnProposal]) -> dict[str, Target]:
    """The proposals as ``column_map`` for the readers (header → target)."""
    return {p.header: p.target for p in proposals if p.header}


def needs_mapping(headers: Sequence[str], remembered: Mapping[str, Target] | None = None) -> bool:
    """Whether to ask the user: a header that is neither a contract column nor remembered, or
    a required column that no header supplies."""
    known = {name.strip().lower() for name in remembered or {}}
    folded = [h.strip().lower() for h in headers if h.strip()]
    if any(h not in COLUMNS and h not in known for h in folded):
        return True
    targets = [p.target for p in propose_mapping(headers, remembered)]
    return bool(missing_required(targets))


def missing_required(targets: Sequence[Target]) -> list[str]:
    """Required contract columns that no header is mapped to."""
    return [c for c in REQUIRED_COLUMNS if c not in targets]
