"""The dialog that assigns the columns of a foreign catalogue file to the catalogue's columns."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kundengespraech.domain.catalogue import COLUMNS, REQUIRED_COLUMNS
from kundengespraech.services.catalogue_import_types import (
    IGNORE,
    KEEP,
    ColumnProposal,
    How,
    Target,
)

_KEEP_DATA = "+keep"  # combo box data of "keep as extra column" (Qt data cannot be None)


class MappingDialog(QDialog):
    """One row per column of the file: its header and a combo box with the proposed column.

    :meth:`mapping` returns header → contract column, ``IGNORE`` or ``KEEP``. "Übernehmen"
    is enabled once every required column is assigned and none twice.
    """

    def __init__(
        self, source: str, proposals: Sequence[ColumnProposal], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Spalten zuordnen – %1").replace("%1", source))
        self.setMinimumSize(620, 480)
        self._proposals = list(proposals)
        self.combos: list[QComboBox] = []
        intro = QLabel(
            self.tr(
                "Die Spalten der Datei „%1“ heißen anders als im Katalog. Bitte prüfen, "
                "welche Angabe jede Spalte enthält. Die Zuordnung wird für Dateien dieses "
                "Namens gemerkt."
            ).replace("%1", source)
        )
        intro.setWordWrap(True)
        grid = QGridLayout()
        grid.addWidget(self._bold(self.tr("Spalte in der Datei")), 0, 0)
        grid.addWidget(self._bold(self.tr("wird übernommen als")), 0, 1)
        hows = {
            How.REMEMBERED: self.tr("gemerkt"),
            How.EXACT: self.tr("gleicher Name"),
            How.SYNONYM: self.tr("bekannter Name"),
            How.SIMILAR: self.tr("ähnlicher Name – bitte prüfen"),
            How.NONE: "",
        }
        for row, proposal in enumerate(self._proposals, start=1):
            header = QLabel(proposal.header or self.tr("(ohne Überschrift)"))
            combo = self._combo(proposal.target)
            combo.setObjectName(f"mapping_{row - 1}")
            combo.setAccessibleName(proposal.header)
            header.setBuddy(combo)
            combo.currentIndexChanged.connect(self._update)
            self.combos.append(combo)
            grid.addWidget(header, row, 0)
            grid.addWidget(combo, row, 1)
            grid.addWidget(QLabel(hows[proposal.how]), row, 2)
        grid.setColumnStretch(1, 1)
        rows = QWidget()
        rows.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(rows)
        self.status = QLabel()
        self.status.setObjectName("mapping_status")
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = QPushButton(self.tr("Übernehmen"))
        self.ok_button.setDefault(True)
        self.buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self._update()

    def _bold(self, text: str) -> QLabel:
        label = QLabel(text)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        return label

    def column_labels(self) -> dict[str, str]:
        """The catalogue's columns in plain German, for the combo boxes and messages."""
        return {
            "id": self.tr("Kennung"),
            "make": self.tr("Marke"),
            "model": self.tr("Modell"),
            "variant": self.tr("Variante / Ausstattung"),
            "body_type": self.tr("Karosserie"),
            "condition": self.tr("Zustand (neu/gebraucht)"),
            "year": self.tr("Erstzulassung (Jahr)"),
            "mileage_km": self.tr("Kilometerstand"),
            "price_eur": self.tr("Preis (EUR)"),
            "seats": self.tr("Sitzplätze"),
            "isofix": self.tr("Isofix-Plätze"),
            "trunk_l": self.tr("Kofferraum (l)"),
            "trunk_max_l": self.tr("Kofferraum maximal (l)"),
            "towing_kg": self.tr("Anhängelast (kg)"),
            "tow_bar": self.tr("Anhängerkupplung"),
            "roof_rails": self.tr("Dachreling"),
            "powertrain": self.tr("Antrieb / Kraftstoff"),
            "consumption_l_100km": self.tr("Verbrauch (l/100 km)"),
            "consumption_kwh_100km": self.tr("Stromverbrauch (kWh/100 km)"),
            "range_km": self.tr("Reichweite (km)"),
            "co2_g_km": self.tr("CO₂ (g/km)"),
            "power_kw": self.tr("Leistung (kW)"),
            "accel_0_100_s": self.tr("0–100 km/h (s)"),
            "top_speed_kmh": self.tr("Höchstgeschwindigkeit (km/h)"),
            "awd": self.tr("Allrad"),
            "ncap_stars": self.tr("Euro NCAP (Sterne)"),
            "assist": self.tr("Assistenzsysteme"),
            "length_mm": self.tr("Länge (mm)"),
            "image": self.tr("Foto (Dateiname)"),
            "notes": self.tr("Bemerkungen"),
        }

    def _combo(self, target: Target) -> QComboBox:
        combo = QComboBox()
        labels = self.column_labels()
        combo.addItem(self.tr("als Zusatzspalte behalten"), _KEEP_DATA)
        combo.addItem(self.tr("nicht übernehmen"), IGNORE)
        for column in COLUMNS:
            required = " *" if column in REQUIRED_COLUMNS else ""
            combo.addItem(f"{labels[column]}{required}  ({column})", column)
        combo.setCurrentIndex(max(0, combo.findData(_KEEP_DATA if target is KEEP else target)))
        return combo

    def mapping(self) -> dict[str, Target]:
        """Header as written → chosen target, for every column with a header."""
        result: dict[str, Target] = {}
        for proposal, combo in zip(self._proposals, self.combos, strict=True):
            if proposal.header:
                data = combo.currentData()
                result[proposal.header] = KEEP if data == _KEEP_DATA else str(data)
        return result

    def problems(self) -> list[str]:
        """Why the mapping cannot be used yet (empty when it can)."""
        labels = self.column_labels()
        chosen = [t for t in self.mapping().values() if t]
        twice = [c for c, n in Counter(chosen).items() if n > 1]
        missing = [c for c in REQUIRED_COLUMNS if c not in chosen]
        problems = [
            self.tr("„%1“ ist mehreren Spalten zugeordnet.").replace("%1", labels[c]) for c in twice
        ]
        if missing:
            problems.append(
                self.tr("Es fehlt noch: %1 (Pflichtangaben, mit * markiert).").replace(
                    "%1", ", ".join(labels[c] for c in missing)
                )
            )
        return problems

    def _update(self) -> None:
        problems = self.problems()
        self.status.setText("\n".join(problems))
        self.ok_button.setEnabled(not problems)
