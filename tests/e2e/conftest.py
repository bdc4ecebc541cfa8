"""Shared pieces of the walkthroughs: the real main window on a fresh database, a fake prompter."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QCheckBox, QRadioButton, QWidget

from kundengespraech.services.app import open_services
from kundengespraech.ui.main_window import MainWindow
from kundengespraech.ui.theme import apply_theme


class FakePrompter(QObject):
    """Answers the dialogs like a user would, and records what the app said."""

    def __init__(self, folder: Path) -> None:
        super().__init__()
        self.folder = folder
        self.saved_to = folder / "Empfehlung.pdf"
        self.printed_to = folder / "gedruckt.pdf"
        self.print_dialogs = 0
        self.warnings: list[tuple[str, str]] = []
        self.infos: list[tuple[str, str]] = []
        self.open_answer: Path | None = None
        self.confirm_answer = True

    def save_path(self, title: str, suggested: str, file_filter: str) -> Path | None:
        self.suggested = suggested
        return self.saved_to

    def open_path(self, title: str, file_filter: str) -> Path | None:
        return self.open_answer

    def choose_folder(self, title: str) -> Path | None:
        return self.folder

    def confirm_print(self, printer: QPrinter) -> bool:
        self.print_dialogs += 1
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(self.printed_to))
        return True

    def confirm(self, title: str, text: str) -> bool:
        return self.confirm_answer

    def inform(self, title: str, text: str) -> None:
        self.infos.append((title, text))

    def warn(self, title: str, text: str, details: str = "") -> None:
        self.warnings.append((title, text))


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'e2e.db'}"


@pytest.fixture
def prompter(tmp_path: Path) -> FakePrompter:
    return FakePrompter(tmp_path)


@pytest.fixture
def window(qtbot, qapp, db_url, prompter):
    apply_theme(qapp)
    services = open_services(db_url)
    main = MainWindow(services, prompter=prompter)  # type: ignore[arg-type]
    qtbot.addWidget(main)
    main.start()
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    qtbot.waitActive(main)
    yield main
    main.close()
    services.close()


def click(qtbot, widget: QWidget) -> None:
    """A left click where a user aims: on the box of a check or radio button, else the centre."""
    if isinstance(widget, QCheckBox | QRadioButton):
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(10, widget.height() // 2))
    else:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def type_text(qtbot, widget: QWidget, text: str) -> None:
    """Type like a keyboard; umlauts and other non-ASCII letters as key events with text
    (QTest's own key table knows ASCII only)."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def type_into(qtbot, widget: QWidget, text: str, finish: Qt.Key = Qt.Key.Key_Tab) -> None:
    """Focus a field like a user clicking into it, replace its text, and leave it."""
    widget.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(widget, Qt.Key.Key_Backspace)
    type_text(qtbot, widget, text)
    qtbot.keyClick(widget, finish)
