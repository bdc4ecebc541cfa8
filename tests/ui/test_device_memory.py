"""This laptop remembers its window and the last folder used — in its own settings file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from kundengespraech.services.app import open_services
from kundengespraech.services.device_settings import DeviceSettings
from kundengespraech.ui.main_window import MainWindow
from kundengespraech.ui.prompter import Prompter


def test_the_window_opens_as_it_was_closed_on_this_device(qtbot, tmp_path: Path) -> None:
    services = open_services(f"sqlite:///{tmp_path / 'kg.db'}")
    try:
        first = MainWindow(services)
        qtbot.addWidget(first)
        first.show()
        qtbot.waitExposed(first)
        first.resize(1024, 700)  # the offscreen screen is 800 × 800
        qtbot.waitUntil(lambda: first.height() == 700)
        first.close()
        assert DeviceSettings().get("window_geometry")
        second = MainWindow(services)
        qtbot.addWidget(second)
        assert second.height() == 700  # not the default 768
        second.close()
    finally:
        services.close()


def test_file_dialogs_start_in_the_folder_used_last(qtbot, tmp_path: Path, monkeypatch) -> None:
    folder = tmp_path / "Exporte"
    folder.mkdir()
    starts: list[str] = []

    def fake_save(_parent, _title, start, _filter):
        starts.append(start)
        return str(folder / "wiedervorlage.ics"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_save)
    device = DeviceSettings(tmp_path / "geraet.json")
    parent = MainWindowStub()
    qtbot.addWidget(parent)
    prompter = Prompter(parent, device)
    assert (
        prompter.save_path("Speichern", "wiedervorlage.ics", "*.ics")
        == folder / "wiedervorlage.ics"
    )
    assert starts[0] == str(Path.home() / "wiedervorlage.ics")
    prompter.save_path("Speichern", "termin.ics", "*.ics")
    assert starts[1] == str(folder / "termin.ics")
    assert Prompter(parent, DeviceSettings(tmp_path / "geraet.json"))._last_folder() == str(folder)


def MainWindowStub():
    from PySide6.QtWidgets import QWidget

    return QWidget()
