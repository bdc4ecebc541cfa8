"""Cards that show one recommended vehicle: title, price, fit, and reasons on both sides."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QProgressBar, QVBoxLayout, QWidget

from kundengespraech.domain.catalogue import BODY_TYPE_LABELS, POWERTRAIN_LABELS
from kundengespraech.domain.formatting import format_eur
from kundengespraech.domain.ranking import Recommendation


def _label(text: str, object_name: str = "", wrap: bool = True) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(wrap)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if object_name:
        label.setObjectName(object_name)
    return label


class RecommendationCard(QFrame):
    """One vehicle; ``compact`` shows two reasons for, the full card every reason."""

    def __init__(
        self,
        rec: Recommendation,
        place: int,
        compact: bool,
        parent: QWidget | None = None,
        note: str = "",
    ):
        super().__init__(parent)
        self.setObjectName("card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        v = rec.vehicle
        layout = QVBoxLayout(self)
        layout.setSpacing(4)
        layout.addWidget(_label(f"{place}. {v.title}", "cardTitle"))
        if note:
            layout.addWidget(_label(note, "sliderValue"))
        layout.addWidget(
            _label(
                f"{BODY_TYPE_LABELS[v.body_type]} · {POWERTRAIN_LABELS[v.powertrain]} · "
                f"{format_eur(v.price_eur)}",
                "muted",
            )
        )
        fit = QProgressBar()
        fit.setRange(0, 100)
        fit.setValue(rec.score)
        fit.setFormat(self.tr("Passt zu Ihnen: %p %"))
        fit.setAccessibleName(self.tr("Passt zu Ihnen"))
        layout.addWidget(fit)
        reasons_for = rec.reasons_for[:2] if compact else rec.reasons_for
        against = rec.reasons_against[:1] if compact else rec.reasons_against
        for reason in reasons_for:
            layout.addWidget(_label(f"✓ {reason}", "reasonFor"))
        for reason in against:
            layout.addWidget(_label(f"! {reason}", "reasonAgainst"))
        layout.addStretch(1)
        self.title = v.title
