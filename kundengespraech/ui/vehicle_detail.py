"""Every fact of one vehicle, labelled in German, with its photo if there is one.

The facts are tiles (caption above value) that flow into as many columns as the width allows,
so that they fit below the catalogue table at 1366×768 and never run off to the side.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kundengespraech.domain.catalogue import BODY_TYPE_LABELS, POWERTRAIN_LABELS, Vehicle
from kundengespraech.domain.criteria_priorities import ASSIST_NAMES
from kundengespraech.domain.formatting import KW_TO_PS, format_eur, format_number

PHOTO_SIZE = (240, 160)
TILE_WIDTH = 168
TILE_SPACING = 12


@dataclass(frozen=True, slots=True)
class Fact:
    """One labelled fact; ``text`` returns ``None`` when the catalogue does not know it.

    ``applies`` says whether the fact exists for a vehicle at all (a petrol car has no
    electric range); ``wide`` facts (lists, notes) take a whole line.
    """

    key: str
    label: str
    text: Callable[[Vehicle], str | None]
    applies: Callable[[Vehicle], bool] = lambda _vehicle: True
    wide: bool = False


def _unit(value: int | float | None, unit: str, decimals: int = 0) -> str | None:
    return None if value is None else f"{format_number(value, decimals)} {unit}"


def _number(value: int | None) -> str | None:
    return None if value is None else format_number(value)


def _burns_fuel(v: Vehicle) -> bool:
    return v.powertrain != "ev"


def _plugs_in(v: Vehicle) -> bool:
    return v.powertrain in ("ev", "phev")


def _label(text: str = "", object_name: str = "", wrap: bool = False) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    if object_name:
        label.setObjectName(object_name)
    return label


class _Tile(QWidget):
    """A caption above its value; the value reads "unbekannt" (muted) when unknown."""

    def __init__(self, fact: Fact, parent: QWidget) -> None:
        super().__init__(parent)
        self.fact = fact
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.caption = _label(fact.label, "caption")
        self.value = _label(wrap=fact.wide)
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        if not fact.wide:
            self.setFixedWidth(TILE_WIDTH)

    def show_text(self, text: str | None, unknown: str) -> None:
        self.value.setText(unknown if text is None else text)
        muted = "muted" if text is None else ""
        if self.value.objectName() != muted:
            self.value.setObjectName(muted)
            self.value.style().unpolish(self.value)
            self.value.style().polish(self.value)


class VehicleDetail(QScrollArea):
    """Shows one vehicle (:meth:`show_vehicle`) or a hint to choose one.

    Make, model and variant head it, with body type, powertrain and price; every other fact
    is a tile. "unbekannt" marks what the catalogue does not say; facts that do not apply are
    left out.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        body.setObjectName("pageBody")
        self.setWidget(body)
        outer = QVBoxLayout(body)
        outer.setContentsMargins(14, 8, 14, 6)
        outer.setSpacing(8)
        self.hint = _label(self.tr("Wählen Sie ein Fahrzeug aus der Liste."), "muted", wrap=True)
        outer.addWidget(self.hint)

        self.title = _label("", "cardTitle")
        self.summary = _label("", "muted")
        self.price = _label("", "sectionTitle")
        heading = QHBoxLayout()
        heading.setSpacing(16)
        heading.addWidget(self.title)
        heading.addWidget(self.summary)
        heading.addStretch(1)
        heading.addWidget(self.price)
        self.photo = QLabel()
        self.photo.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(TILE_SPACING)
        self._grid.setVerticalSpacing(6)
        facts = QHBoxLayout()
        facts.setSpacing(20)
        facts.addWidget(self.photo, 0, Qt.AlignmentFlag.AlignTop)
        facts.addLayout(self._grid, 1)
        self.content = QWidget()
        content = QVBoxLayout(self.content)
        content.setContentsMargins(0, 0, 0, 0)
        content.setSpacing(8)
        content.addLayout(heading)
        content.addLayout(facts)
        outer.addWidget(self.content)
        outer.addStretch(1)

        self._unknown = self.tr("unbekannt")
        self._tiles = {fact.key: _Tile(fact, self.content) for fact in self._facts()}
        self._placed: tuple[int, tuple[str, ...]] = (0, ())  # columns and the tiles placed
        self.vehicle: Vehicle | None = None
        self.show_vehicle(None)

    def _facts(self) -> list[Fact]:
        """Every fact beyond the heading, in the order shown."""
        yes, no = self.tr("ja"), self.tr("nein")

        def yes_no(flag: bool | None) -> str | None:
            return None if flag is None else yes if flag else no

        conditions = {"new": self.tr("Neuwagen"), "used": self.tr("Gebrauchtwagen")}
        tow_bars = {
            "yes": self.tr("vorhanden"),
            "no": self.tr("nicht möglich"),
            "optional": self.tr("als Option"),
        }
        power_text = self.tr("%1 kW (%2 PS)")
        one_star, stars_text = self.tr("1 von 5 Sternen"), self.tr("%1 von 5 Sternen")
        none_text = self.tr("keine")

        def power(v: Vehicle) -> str | None:
            if v.power_kw is None:
                return None
            ps = format_number(round(v.power_kw * KW_TO_PS))
            return power_text.replace("%1", format_number(v.power_kw)).replace("%2", ps)

        def stars(v: Vehicle) -> str | None:
            if v.ncap_stars is None:
                return None
            return one_star if v.ncap_stars == 1 else stars_text.replace("%1", str(v.ncap_stars))

        def assist(v: Vehicle) -> str | None:
            if v.assist is None:
                return None
            return ", ".join(ASSIST_NAMES.get(a, a) for a in v.assist) or none_text

        def extra(v: Vehicle) -> str:
            return "\n".join(f"{key}: {text}" for key, text in v.extra.items())

        return [
            Fact("id", self.tr("Fahrzeugnummer"), lambda v: v.id),
            Fact("condition", self.tr("Zustand"), lambda v: conditions.get(v.condition or "")),
            Fact("year", self.tr("Baujahr"), lambda v: None if v.year is None else str(v.year)),
            Fact("mileage", self.tr("Kilometerstand"), lambda v: _unit(v.mileage_km, "km")),
            Fact("seats", self.tr("Sitze"), lambda v: format_number(v.seats)),
            Fact("isofix", self.tr("Isofix-Plätze"), lambda v: _number(v.isofix)),
            Fact("trunk", self.tr("Kofferraum"), lambda v: _unit(v.trunk_l, "l")),
            Fact("trunk_max", self.tr("Kofferraum maximal"), lambda v: _unit(v.trunk_max_l, "l")),
            Fact("length", self.tr("Länge"), lambda v: _unit(v.length_mm, "mm")),
            Fact("roof_rails", self.tr("Dachreling"), lambda v: yes_no(v.roof_rails)),
            Fact("towing", self.tr("Anhängelast"), lambda v: _unit(v.towing_kg, "kg")),
            Fact("tow_bar", self.tr("Anhängerkupplung"), lambda v: tow_bars.get(v.tow_bar or "")),
            Fact("power", self.tr("Leistung"), power),
            Fact("accel", self.tr("0–100 km/h"), lambda v: _unit(v.accel_0_100_s, "s", 1)),
            Fact("top_speed", self.tr("Höchstgeschw."), lambda v: _unit(v.top_speed_kmh, "km/h")),
            Fact("awd", self.tr("Allradantrieb"), lambda v: yes_no(v.awd)),
            Fact(
                "fuel",
                self.tr("Verbrauch"),
                lambda v: _unit(v.consumption_l_100km, "l/100 km", 1),
                _burns_fuel,
            ),
            Fact(
                "electricity",
                self.tr("Stromverbrauch"),
                lambda v: _unit(v.consumption_kwh_100km, "kWh/100 km", 1),
                _plugs_in,
            ),
            Fact("range", self.tr("Reichweite"), lambda v: _unit(v.range_km, "km"), _plugs_in),
            Fact("co2", self.tr("CO₂-Ausstoß"), lambda v: _unit(v.co2_g_km, "g/km")),
            Fact("ncap", self.tr("Euro NCAP"), stars),
            Fact("assist", self.tr("Assistenzsysteme"), assist, wide=True),
            Fact("notes", self.tr("Hinweise"), lambda v: v.notes, lambda v: bool(v.notes), True),
            Fact("extra", self.tr("Weitere Angaben"), extra, lambda v: bool(v.extra), True),
        ]

    # -- showing -----------------------------------------------------------------------------

    def show_vehicle(self, vehicle: Vehicle | None, photo: Path | None = None) -> None:
        """Show ``vehicle`` (``None``: the hint), and ``photo`` if it is a readable image."""
        self.vehicle = vehicle
        self.hint.setVisible(vehicle is None)
        self.content.setVisible(vehicle is not None)
        self._show_photo(photo if vehicle is not None else None)
        if vehicle is None:
            return
        self.title.setText(vehicle.title)
        self.summary.setText(
            f"{BODY_TYPE_LABELS[vehicle.body_type]} · {POWERTRAIN_LABELS[vehicle.powertrain]}"
        )
        self.price.setText(format_eur(vehicle.price_eur))
        for tile in self._tiles.values():
            applies = tile.fact.applies(vehicle)
            tile.show_text(tile.fact.text(vehicle) if applies else None, self._unknown)
            tile.setVisible(applies)
        self._flow()
        self.verticalScrollBar().setValue(0)

    def text_of(self, key: str) -> str:
        """The text shown for one fact, by its key (e.g. ``"towing"``)."""
        return self._tiles[key].value.text()

    def is_shown(self, key: str) -> bool:
        """Whether the fact applies to the vehicle shown (a petrol car has no electric range)."""
        return not self._tiles[key].isHidden()

    def _show_photo(self, path: Path | None) -> None:
        pixmap = QPixmap(str(path)) if path is not None else QPixmap()
        if pixmap.isNull():
            self.photo.clear()
            self.photo.hide()
            return
        width, height = PHOTO_SIZE
        if pixmap.width() > width or pixmap.height() > height:
            pixmap = pixmap.scaled(
                width,
                height,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        self.photo.setPixmap(pixmap)
        self.photo.show()

    # -- flowing the tiles into columns ------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._flow()

    def _flow(self) -> None:
        """Place the visible tiles row by row in as many columns as fit; wide ones alone."""
        room = self.viewport().width() - 28 - self.verticalScrollBar().sizeHint().width()
        if not self.photo.isHidden():
            room -= self.photo.pixmap().width() + 20
        columns = max(1, (room + TILE_SPACING) // (TILE_WIDTH + TILE_SPACING))
        shown = tuple(key for key, tile in self._tiles.items() if not tile.isHidden())
        if (columns, shown) == self._placed:
            return
        self._placed = (columns, shown)
        for tile in self._tiles.values():
            self._grid.removeWidget(tile)
        row = column = 0
        for tile in self._tiles.values():
            if tile.isHidden():
                continue
            if tile.fact.wide:
                if column:
                    row, column = row + 1, 0
                self._grid.addWidget(tile, row, 0, 1, columns)
                row += 1
                continue
            self._grid.addWidget(tile, row, column)
            column += 1
            if column == columns:
                row, column = row + 1, 0
        for number in range(self._grid.columnCount()):
            self._grid.setColumnStretch(number, 0)
        self._grid.setColumnStretch(columns, 1)
