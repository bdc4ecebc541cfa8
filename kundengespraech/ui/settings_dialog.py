"""The dialog for the dealer profile, the salesperson printed on the sheet, and retention."""

from __future__ import annotations

from dataclasses import fields, replace

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kundengespraech.domain.retention import (
    DEFAULT_RETENTION_YEARS,
    MAX_RETENTION_YEARS,
    MIN_RETENTION_YEARS,
)
from kundengespraech.services.settings import DealerSettings


class SettingsDialog(QDialog):
    """Edits a :class:`DealerSettings` (:meth:`settings` returns the edited copy) and the
    retention period (:meth:`retention_years`)."""

    def __init__(
        self,
        settings: DealerSettings,
        parent: QWidget | None = None,
        retention_years: int = DEFAULT_RETENTION_YEARS,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Einstellungen"))
        self.setMinimumWidth(560)
        self._original = settings
        self._edits: dict[str, QLineEdit] = {}
        form = QFormLayout()
        labels = {
            "dealer_name": self.tr("Autohaus"),
            "dealer_phone": self.tr("Telefon Autohaus"),
            "dealer_email": self.tr("E-Mail Autohaus"),
            "website": self.tr("Internetseite"),
            "branch": self.tr("Filiale"),
            "accent_color": self.tr("Hausfarbe (#RRGGBB)"),
            "salesperson_name": self.tr("Ihr Name (Verkäufer/in)"),
            "salesperson_phone": self.tr("Ihre Durchwahl"),
            "salesperson_email": self.tr("Ihre E-Mail"),
        }
        for name, label in labels.items():
            edit = QLineEdit(getattr(settings, name))
            edit.setObjectName(name)
            self._edits[name] = edit
            form.addRow(label, edit)
            if name == "dealer_name":
                self._address = QPlainTextEdit(settings.address)
                self._address.setObjectName("address")
                self._address.setFixedHeight(80)
                form.addRow(self.tr("Anschrift"), self._address)
        self._logo = QLineEdit(settings.logo_path)
        self._logo.setObjectName("logo_path")
        choose = QPushButton(self.tr("Auswählen…"))
        choose.clicked.connect(self._choose_logo)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self._logo, 1)
        logo_row.addWidget(choose)
        form.addRow(self.tr("Logo (PNG/JPG)"), logo_row)
        self._retention = QSpinBox()
        self._retention.setObjectName("retention_years")
        self._retention.setRange(MIN_RETENTION_YEARS, MAX_RETENTION_YEARS)
        self._retention.setValue(retention_years)
        self._retention.setToolTip(
            self.tr("Kunden, mit denen es so lange keinen Kontakt gab, schlägt die Kundenkartei "
                    "unter „Aufbewahrung prüfen…“ zur Prüfung und Löschung vor.")
        )  # fmt: skip
        hint = QLabel(self.tr("Kunden ohne Kontakt seit so vielen Jahren zur Prüfung vorschlagen"))
        hint.setObjectName("muted")
        hint.setWordWrap(True)
        retention_row = QHBoxLayout()
        retention_row.addWidget(self._retention)
        retention_row.addWidget(hint, 1)
        form.addRow(self.tr("Aufbewahrung (Jahre)"), retention_row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def settings(self) -> DealerSettings:
        known = {f.name for f in fields(DealerSettings)}
        values = {name: edit.text().strip() for name, edit in self._edits.items() if name in known}
        return replace(
            self._original,
            address=self._address.toPlainText().strip(),
            logo_path=self._logo.text().strip(),
            **values,
        )

    def retention_years(self) -> int:
        return self._retention.value()

    def _choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Logo wählen"), "", self.tr("Bilder (*.png *.jpg *.jpeg)")
        )
        if path:
            self._logo.setText(path)
