"""The bar above the catalogue table: search field, filters, "Zurücksetzen" and the count."""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

from kundengespraech.domain.catalogue import BODY_TYPE_LABELS, POWERTRAIN_LABELS
from kundengespraech.domain.formatting import format_number
from kundengespraech.services.catalogue_browser import VehicleQuery

SEARCH_DELAY_MS = 250
PRICE_STEP = 5_000
PRICE_LIMIT = 500_000


class _StayOpenMenu(QMenu):
    """A menu of check boxes that stays open while ticking several (mouse or Space/Enter)."""

    def mouseReleaseEvent(self, event: Any) -> None:
        action = self.activeAction()
        if action is not None and action.isCheckable() and action.isEnabled():
            action.trigger()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        action = self.activeAction()
        toggles = (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if event.key() in toggles and action is not None and action.isCheckable():
            action.trigger()
            return
        super().keyPressEvent(event)


class MultiChoiceButton(QPushButton):
    """A button whose menu ticks any number of choices; its text names them (or "Alle …").

    Signals: ``changed`` when the user ticks or unticks a choice.
    """

    changed = Signal()

    def __init__(self, labels: dict[str, str], none_text: str, parent: QWidget | None = None):
        super().__init__(none_text, parent)
        self.setObjectName("filterButton")
        self._none_text = none_text
        self._labels = labels
        menu = _StayOpenMenu(self)
        self.actions_by_code: dict[str, QAction] = {}
        for code, label in sorted(labels.items(), key=lambda item: item[1].casefold()):
            action = menu.addAction(label)
            action.setCheckable(True)
            action.toggled.connect(self._toggled)
            self.actions_by_code[code] = action
        self.setMenu(menu)

    def chosen(self) -> frozenset[str]:
        return frozenset(code for code, a in self.actions_by_code.items() if a.isChecked())

    def set_chosen(self, codes: frozenset[str]) -> None:
        """Tick exactly ``codes``, without emitting ``changed``."""
        for code, action in self.actions_by_code.items():
            action.blockSignals(True)
            action.setChecked(code in codes)
            action.blockSignals(False)
        self._show_chosen()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._show_chosen()

    def _toggled(self) -> None:
        self._show_chosen()
        self.changed.emit()

    def _show_chosen(self) -> None:
        names = [self._labels[code] for code in self.actions_by_code if code in self.chosen()]
        text = ", ".join(names) if names else self._none_text
        room = self.width() - 52  # the padding and the arrow
        self.setText(self.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, room))
        self.setToolTip(", ".join(names))


class FilterBar(QWidget):
    """Search and filters as entered; :meth:`apply_to` puts them into a query.

    Signals: ``changed`` — at once for choices, after a short pause for typing (search,
    price, seats) so that every keystroke does not query the database.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(SEARCH_DELAY_MS)
        self._pause.timeout.connect(self.changed)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Suchen nach Marke, Modell, Ausführung oder Nummer"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Suche"))
        self.search.textChanged.connect(lambda _text: self._pause.start())

        self.body_types = MultiChoiceButton(BODY_TYPE_LABELS, self.tr("Alle Bauformen"))
        self.body_types.setAccessibleName(self.tr("Bauform"))
        self.powertrains = MultiChoiceButton(POWERTRAIN_LABELS, self.tr("Alle Antriebe"))
        self.powertrains.setAccessibleName(self.tr("Antrieb"))
        for button in (self.body_types, self.powertrains):
            button.changed.connect(self.changed)
        self.condition = QComboBox()
        self.condition.setAccessibleName(self.tr("Zustand"))
        for code, text in zip((None, "new", "used"), self._condition_texts(), strict=True):
            self.condition.addItem(text, code)
        self.condition.currentIndexChanged.connect(lambda _index: self.changed.emit())
        self.max_price = QSpinBox()
        self.max_price.setLocale(QLocale(QLocale.Language.German, QLocale.Country.Germany))
        self.max_price.setRange(0, PRICE_LIMIT)
        self.max_price.setSingleStep(PRICE_STEP)
        self.max_price.setGroupSeparatorShown(True)
        self.max_price.setPrefix(self.tr("bis "))
        self.max_price.setSuffix(" €")
        self.max_price.setSpecialValueText(self.tr("Preis beliebig"))
        self.max_price.setAccessibleName(self.tr("Höchstpreis"))
        self.min_seats = QSpinBox()
        self.min_seats.setRange(0, 9)
        self.min_seats.setPrefix(self.tr("ab "))
        self.min_seats.setSuffix(self.tr(" Sitze"))
        self.min_seats.setSpecialValueText(self.tr("Sitze beliebig"))
        self.min_seats.setAccessibleName(self.tr("Mindestens Sitze"))
        for spin in (self.max_price, self.min_seats):
            spin.valueChanged.connect(lambda _value: self._pause.start())
        self.reset_button = QPushButton(self.tr("Zurücksetzen"))
        self.reset_button.setToolTip(self.tr("Suche und alle Filter zurücksetzen"))
        self.reset_button.clicked.connect(self.reset)
        self.count = QLabel()
        self.count.setObjectName("muted")
        self.count.setAccessibleName(self.tr("Anzahl der Fahrzeuge"))
        self.count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._lay_out()

    def _lay_out(self) -> None:
        filters = QHBoxLayout()
        filters.setSpacing(8)
        # Fixed widths, so that the row does not jump while choosing; wide enough for "Alle …"
        # (longer choices end in "…") and for every fixed text of the others.
        text = self.fontMetrics().horizontalAdvance
        for button in (self.body_types, self.powertrains):
            button.setFixedWidth(text(button.text()) + 64)
        self.condition.ensurePolished()
        self.condition.setFixedWidth(self.condition.sizeHint().width())
        price = f"{self.max_price.prefix()}{format_number(PRICE_LIMIT)}{self.max_price.suffix()}"
        for spin, longest in (
            (self.max_price, max(price, self.max_price.specialValueText(), key=text)),
            (self.min_seats, self.min_seats.specialValueText()),
        ):
            spin.setFixedWidth(text(longest) + 60)  # the padding and the arrow buttons
        for control in (self.body_types, self.powertrains, self.condition, self.max_price,
                        self.min_seats):  # fmt: skip
            control.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            filters.addWidget(control)
        filters.addWidget(self.reset_button)
        filters.addStretch(1)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(10)
        grid.setHorizontalSpacing(16)
        grid.addWidget(self.search, 0, 0)
        grid.addWidget(self.count, 0, 1)
        grid.addLayout(filters, 1, 0, 1, 2)

    def _condition_texts(self) -> tuple[str, str, str]:
        return (self.tr("Neu und gebraucht"), self.tr("Nur Neuwagen"), self.tr("Nur Gebrauchte"))

    def apply_to(self, query: VehicleQuery) -> VehicleQuery:
        """``query`` with the search and filters as entered (its order unchanged)."""
        price, seats = self.max_price.value(), self.min_seats.value()
        return dataclasses.replace(
            query,
            text=self.search.text().strip(),
            body_types=self.body_types.chosen(),
            powertrains=self.powertrains.chosen(),
            condition=self.condition.currentData(),
            max_price=Decimal(price) if price else None,
            min_seats=seats or None,
        )

    def flush(self) -> None:
        """Emit ``changed`` now if typing is waiting for the pause."""
        if self._pause.isActive():
            self._pause.stop()
            self.changed.emit()

    def reset(self) -> None:
        """Clear the search and every filter, then emit ``changed`` once."""
        self._pause.stop()
        self.body_types.set_chosen(frozenset())
        self.powertrains.set_chosen(frozenset())
        for widget, clear in (
            (self.search, self.search.clear),
            (self.condition, lambda: self.condition.setCurrentIndex(0)),
            (self.max_price, lambda: self.max_price.setValue(0)),
            (self.min_seats, lambda: self.min_seats.setValue(0)),
        ):
            widget.blockSignals(True)
            clear()
            widget.blockSignals(False)
        self.changed.emit()
