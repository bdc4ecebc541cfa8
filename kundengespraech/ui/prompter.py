"""Questions to the user through one small object, so controllers never touch dialog constants.

Tests pass a fake with the same methods.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from kundengespraech.services.device_settings import DeviceSettings

LAST_FOLDER_KEY = "last_folder"


class Prompter(QObject):
    """Modal dialogs of the real app; file dialogs start in the folder last used on this device."""

    def __init__(self, parent: QWidget, device: DeviceSettings | None = None) -> None:
        super().__init__(parent)
        self._parent = parent
        self._device = device

    def _last_folder(self) -> str:
        folder = self._device.get(LAST_FOLDER_KEY) if self._device is not None else None
        if isinstance(folder, str) and Path(folder).is_dir():
            return folder
        return str(Path.home())

    def _remember(self, path: Path) -> None:
        if self._device is not None:
            with contextlib.suppress(OSError):
                self._device.set(LAST_FOLDER_KEY, str(path if path.is_dir() else path.parent))

    def _chosen(self, path: str) -> Path | None:
        if not path:
            return None
        self._remember(Path(path))
        return Path(path)

    def save_path(self, title: str, suggested: str, file_filter: str) -> Path | None:
        start = (
            suggested
            if Path(suggested).is_absolute()
            else str(Path(self._last_folder(), suggested))
        )
        path, _ = QFileDialog.getSaveFileName(self._parent, title, start, file_filter)
        return self._chosen(path)

    def open_path(self, title: str, file_filter: str) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(self._parent, title, self._last_folder(), file_filter)
        return self._chosen(path)

    def choose_folder(self, title: str) -> Path | None:
        path = QFileDialog.getExistingDirectory(self._parent, title, self._last_folder())
        return self._chosen(path)

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
