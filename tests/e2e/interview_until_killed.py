"""Child process of the restart test: answers part of an interview in the real window, says
READY, and waits to be killed (SIGKILL: no clean shutdown, nothing flushed on exit)."""

from __future__ import annotations

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from kundengespraech.services.app import open_services
from kundengespraech.ui.main_window import MainWindow


def main(db_url: str) -> None:
    app = QApplication([])
    services = open_services(db_url)
    window = MainWindow(services)
    window.start()
    window.show()
    QTest.mouseClick(window.start_view.new_button, Qt.MouseButton.LeftButton)
    view = window.interview_view
    page = view.current_page()
    first = page.editor("customer.first_name").edit
    first.setText("Grete")
    first.editingFinished.emit()
    last = page.editor("customer.last_name").edit
    last.setText("Nußbaum")
    last.editingFinished.emit()
    view.go_forward()
    view.current_page().editor("household.adults").spin.setValue(2)
    view.current_page().editor("household.children_count").spin.setValue(1)
    view.current_page().editor("household.children_ages").fields()[0].setValue(4)
    view.go_forward()
    view.go_forward()  # pets: nothing to say
    hobbies = view.current_page().editor("hobbies")
    hobbies.boxes["horse_riding"].setChecked(True)
    view.go_forward()
    view.current_page().editor("usage.annual_km").spin.setValue(18000)
    view.current_page().editor("usage.towing_kg").spin.setValue(2200)
    notes_typed = view.current_page()  # still on "usage": the page to come back to
    assert notes_typed.page.id == "usage"
    app.processEvents()
    print("READY", flush=True)
    while True:
        app.processEvents()
        time.sleep(0.05)


if __name__ == "__main__":
    main(sys.argv[1])
