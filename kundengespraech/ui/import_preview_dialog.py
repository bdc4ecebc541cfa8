"""The preview of a catalogue import: how many vehicles, every problem, photos, replace or add."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kundengespraech.services.catalogue import ImportPreview
from kundengespraech.services.catalogue_import_types import ImportIssue, german_count

Recheck = Callable[[ImportPreview, Path | None, bool], ImportPreview]
"""(preview, photo folder chosen by the user or None, import without missing photos?) → preview"""
ChooseFolder = Callable[[QWidget], Path | None]

_Index = QModelIndex | QPersistentModelIndex


class IssueTableModel(QAbstractTableModel):
    """The problems of an import file as rows: (sheet,) line, column, reason.

    ``more`` problems found beyond those listed (the importer keeps the first hundred) are
    summed up in a last row: "… und 1.234 weitere Fehler".
    """

    def __init__(
        self,
        issues: Sequence[ImportIssue] = (),
        parent: QWidget | None = None,
        *,
        more: int = 0,
    ) -> None:
        super().__init__(parent)
        self._issues: list[ImportIssue] = []
        self._more = 0
        self._with_sheet = False
        self.set_issues(issues, more)

    def set_issues(self, issues: Sequence[ImportIssue], more: int = 0) -> None:
        self.beginResetModel()
        self._issues = list(issues)
        self._more = max(more, 0)
        self._with_sheet = any(issue.sheet for issue in self._issues)
        self.endResetModel()

    def _headers(self) -> list[str]:
        headers = [self.tr("Zeile"), self.tr("Spalte"), self.tr("Problem")]
        return [self.tr("Blatt"), *headers] if self._with_sheet else headers

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._issues) + (1 if self._more else 0)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._headers())

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self.rowCount():
            return None
        if index.row() == len(self._issues):
            more = self.tr("… und %1 weitere Fehler").replace("%1", german_count(self._more))
            values = ["", "", more]
        else:
            issue = self._issues[index.row()]
            values = [
                str(issue.line) if issue.line > 0 else self.tr("ganze Datei"),
                issue.column,
                issue.message,
            ]
        if self._with_sheet:
            values.insert(0, issue.sheet if index.row() < len(self._issues) else "")
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return values[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == len(values) - 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            headers = self._headers()
            return headers[section] if 0 <= section < len(headers) else None
        return str(section + 1)


class ImportPreviewDialog(QDialog):
    """Shows what an import would do before anything is written.

    "Importieren" is enabled only for a preview without problems; :meth:`replace` tells
    whether the user chose to replace the catalogue or to add to it. ``remap_requested``
    is set when the user wants to assign the columns again ("Spalten zuordnen…").
    """

    def __init__(
        self,
        preview: ImportPreview,
        recheck: Recheck,
        parent: QWidget | None = None,
        *,
        choose_folder: ChooseFolder | None = None,
        can_remap: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Katalog importieren – Vorschau"))
        self.setMinimumSize(760, 520)
        self._recheck = recheck
        self._choose_folder = choose_folder or self._ask_folder
        self._folder: Path | None = None
        self.remap_requested = False
        self.preview = preview

        self.summary = QLabel()
        self.summary.setObjectName("preview_summary")
        self.summary.setWordWrap(True)
        self.model = IssueTableModel(parent=self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

        photos = QGroupBox(self.tr("Fotos"))
        self.folder_label = QLabel()
        self.folder_label.setWordWrap(True)
        self.folder_button = QPushButton(self.tr("Ordner wählen…"))
        self.folder_button.clicked.connect(self._pick_folder)
        self.skip_missing = QCheckBox(self.tr("Fahrzeuge, deren Foto fehlt, ohne Foto importieren"))
        self.skip_missing.setChecked(preview.skip_missing_images)
        self.skip_missing.toggled.connect(self._refresh_images)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(self.folder_button)
        photo_layout = QVBoxLayout(photos)
        photo_layout.addLayout(folder_row)
        photo_layout.addWidget(self.skip_missing)

        mode = QGroupBox(self.tr("Bisheriger Katalog"))
        self.add_mode = QRadioButton(
            self.tr("Ergänzen – Fahrzeuge mit gleicher Kennung werden aktualisiert")
        )
        self.replace_mode = QRadioButton(
            self.tr("Ersetzen – alle bisherigen Fahrzeuge werden entfernt")
        )
        self.add_mode.setChecked(True)
        mode_layout = QVBoxLayout(mode)
        mode_layout.addWidget(self.add_mode)
        mode_layout.addWidget(self.replace_mode)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = QPushButton(self.tr("Importieren"))
        self.import_button.setDefault(True)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.remap_button = QPushButton(self.tr("Spalten zuordnen…"))
        self.remap_button.setVisible(can_remap)
        self.remap_button.clicked.connect(self._remap)
        self.buttons.addButton(self.remap_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(photos)
        layout.addWidget(mode)
        layout.addWidget(self.buttons)
        self._show(preview)

    def replace(self) -> bool:
        """Whether the imported file replaces the whole catalogue (else it adds and updates)."""
        return self.replace_mode.isChecked()

    def _show(self, preview: ImportPreview) -> None:
        self.preview = preview
        issues = preview.issues
        self.model.set_issues(issues, preview.more_issues)
        self.table.setVisible(bool(issues))
        if preview.ok:
            text = self.tr("%1 Fahrzeuge werden importiert.").replace("%1", str(preview.count))
            if preview.photo_count:
                text += " " + self.tr("Davon %1 mit Foto.").replace("%1", str(preview.photo_count))
            if preview.skipped_images:
                text += " " + self.tr(
                    "%1 Fotos nicht gefunden – diese Fahrzeuge kommen ohne Foto."
                ).replace("%1", str(preview.skipped_images))
        else:
            text = self.tr(
                "Die Datei enthält %1 Fehler – so wird nichts importiert. Bitte die Datei "
                "korrigieren (oder die Spalten anders zuordnen) und erneut importieren."
            ).replace("%1", german_count(preview.issue_count))
        self.summary.setText(text)
        folders = ", ".join(str(folder) for folder in preview.folders) or "–"
        self.folder_label.setText(self.tr("Fotos werden gesucht in: %1").replace("%1", folders))
        self.import_button.setEnabled(preview.ok)

    def _ask_folder(self, parent: QWidget) -> Path | None:
        title = self.tr("Ordner mit den Fotos wählen")
        folder = QFileDialog.getExistingDirectory(parent, title)
        return Path(folder) if folder else None

    def _pick_folder(self) -> None:
        folder = self._choose_folder(self)
        if folder is not None:
            self._folder = folder
            self._refresh_images()

    def _refresh_images(self) -> None:
        self._show(self._recheck(self.preview, self._folder, self.skip_missing.isChecked()))

    def _remap(self) -> None:
        self.remap_requested = True
        self.reject()
