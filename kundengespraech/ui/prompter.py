"""Questions to the user through one small object, so controllers never touch dialog constants.

Tests pass a fake with the same methods.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget


class Prompter(QObject):
    """Modal dialogs of the real app."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent

    def save_path(self, title: str, suggested: str, file_filter: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(self._parent, title, suggested, file_filter)
        return Path(path) if path else None

    def open_path(self, title: str, file_filter: str) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(self._parent, title, "", file_filter)
        return Path(path) if path else None

    def choose_folder(self, title: str) -> Path | None:
        path = QFileDialog.getExistingDirectory(self._parent, title, str(Path.home()))
        return Path(path) if path else None

    def confirm_print(self, printer: QPrinter) -> bool:
        """Show the system print dialog; ``True`` when the user chose to print."""
        dialog = QPrintDialog(printer, self._parent)
        dialog.setWindowTitle(self.tr("Empfehlungsblatt drucken"))
        return dialog.exec() == QDialog.DialogCode.Accepted

    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self._parent, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def inform(self, title: str, text: str) -> None:
        QMessageBox.information(self._parent, title, text)

    def warn(self, title: str, text: str, details: str = "") -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=self._parent)
        if details:
            box.setDetailedText(details)
        box.exec()
