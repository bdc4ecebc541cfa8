"""The last line of defence: an error nobody caught becomes a calm message, never a traceback.

Installed by ``run_app`` as ``sys.excepthook`` (PySide6 hands exceptions raised in slots to it).
A database that cannot take a write (:class:`WriteFailedError`, any other ``StorageError``)
shows its own German sentence; anything else a general one. The details go to a log file in
the user's log folder for the dealership's IT, not to the screen that faces the customer.
"""

from __future__ import annotations

import os
import sys
import traceback
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

import platformdirs
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from kundengespraech.services.errors import StorageError

APP_NAME = "Kundengespraech"
LOG_FILENAME = "fehler.log"

_open_boxes: list[QMessageBox] = []

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def log_path() -> Path:
    """Where the details of unexpected errors are written."""
    return Path(platformdirs.user_log_dir(APP_NAME, APP_NAME)) / LOG_FILENAME


def message_for(error: BaseException) -> str:
    """The German (or translated) sentence a salesperson sees for ``error``."""
    if isinstance(error, StorageError):
        return str(error)
    return QCoreApplication.translate(
        "ErrorGuard",
        "Das hat leider nicht geklappt. Bitte versuchen Sie es noch einmal; "
        "die Einzelheiten stehen für Ihre IT in „%1“.",
    ).replace("%1", str(log_path()))


def _write_log(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        with os.fdopen(descriptor, "a", encoding="utf-8") as stream:
            stream.write(f"--- {datetime.now(UTC).isoformat(timespec='seconds')}\n")
            stream.writelines(traceback.format_exception(kind, error, tb))
    except OSError:
        pass  # a full or read-only disk: the message on screen is what matters


def handle_uncaught(
    kind: type[BaseException], error: BaseException, tb: TracebackType | None
) -> None:
    """Log ``error`` and show it calmly; ``KeyboardInterrupt`` still ends the app."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, tb)
        return
    _write_log(kind, error, tb)
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    box = QMessageBox(app.activeWindow())
    box.setObjectName("uncaughtErrorMessage")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("Kundengespräch")
    box.setText(message_for(error))
    box.addButton(QCoreApplication.translate("ErrorGuard", "OK"), QMessageBox.ButtonRole.AcceptRole)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    # Kept until closed: a box without a parent window would otherwise vanish at once.
    _open_boxes.append(box)
    box.finished.connect(lambda _result: _open_boxes.remove(box))
    box.open()


def install_error_guard() -> ExceptHook:
    """Make :func:`handle_uncaught` the exception hook; returns the previous one."""
    previous = sys.excepthook
    sys.excepthook = handle_uncaught
    return previous
