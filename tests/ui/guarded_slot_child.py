"""Child process for test_error_guard: a slot raises; the guard must show it calmly."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from kundengespraech.storage.errors import classify_write_failure
from kundengespraech.ui.error_guard import install_error_guard

kind = sys.argv[1]
app = QApplication([])
window = QMainWindow()
window.show()
install_error_guard()


def failing_slot() -> None:
    if kind == "disk_full":
        raise classify_write_failure(OSError(28, "No space left on device"))
    raise RuntimeError("kaputt im Slot")


def report() -> None:
    boxes = [w for w in app.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    for box in boxes:
        print("BOX:" + box.text().replace("\n", " "), flush=True)
    app.quit()


QTimer.singleShot(0, failing_slot)
QTimer.singleShot(300, report)
sys.exit(app.exec())
