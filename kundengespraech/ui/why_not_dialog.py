"""The answer to "Warum nicht …?" for one vehicle, with the change that would let it fit."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kundengespraech.domain.why_not import VehicleExplanation


def _label(text: str, name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if name:
        label.setObjectName(name)
    return label


class WhyNotDialog(QDialog):
    """Signal ``apply_requested(object)``: the answer changes the customer agreed to try."""

    apply_requested = Signal(object)

    def __init__(self, explanation: VehicleExplanation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.explanation = explanation
        self.setWindowTitle(self.tr("Warum nicht …?"))
        self.setMinimumWidth(640)
        layout = QVBoxLayout(self)
        layout.addWidget(_label(explanation.vehicle.title, "sectionTitle"))
        layout.addWidget(_label(explanation.summary))
        for reason in explanation.reasons_for:
            layout.addWidget(_label(f"✓ {reason}", "reasonFor"))
        for reason in (*explanation.reasons_against, *explanation.excluded_because):
            layout.addWidget(_label(f"! {reason}", "reasonAgainst"))
        if explanation.would_fit_if:
            layout.addWidget(_label(explanation.would_fit_if))
        for text in explanation.cannot_change:
            layout.addWidget(_label(text, "muted"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.apply_button: QPushButton | None = None
        if explanation.change:
            self.apply_button = buttons.addButton(
                self.tr("Wunsch so anpassen"), QDialogButtonBox.ButtonRole.ApplyRole
            )
            self.apply_button.clicked.connect(self._apply)
        layout.addWidget(buttons)

    def _apply(self) -> None:
        self.apply_requested.emit(dict(self.explanation.change))
        self.accept()
