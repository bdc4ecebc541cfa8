"""Encryption in the window: switching it on in Extras → Verschlüsselung…, and the passphrase
prompt at the next start (a wrong passphrase is said so and asked again)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton

from kundengespraech.services.app import open_services
from kundengespraech.ui.app import start_app
from kundengespraech.ui.encryption_dialog import EncryptionDialog
from kundengespraech.ui.unlock_dialog import UnlockDialog

PASSPHRASE = "Messe-Hannover-2026!"


def test_switching_encryption_on_in_the_dialog(qtbot, tmp_path: Path) -> None:
    database = tmp_path / "kg.db"
    services = open_services(f"sqlite:///{database}")
    try:
        dialog = EncryptionDialog(services.encryption)
        qtbot.addWidget(dialog)
        dialog.show()
        status = dialog.findChild(QLabel, "encryptionStatus")
        assert status.text() == "Die Datenbank auf diesem Gerät ist nicht verschlüsselt."
        switch = dialog.findChild(QPushButton, "encryptionSwitch")
        assert switch.text() == "Verschlüsselung einschalten"
        qtbot.keyClicks(dialog.findChild(QLineEdit, "newPassphrase"), PASSPHRASE)
        qtbot.keyClicks(dialog.findChild(QLineEdit, "confirmPassphrase"), PASSPHRASE + "?")
        qtbot.mouseClick(switch, Qt.MouseButton.LeftButton)
        problem = dialog.findChild(QLabel, "encryptionProblem")
        assert problem.isVisible() and "stimmen nicht überein" in problem.text()
        assert services.db.key is None
        dialog.findChild(QLineEdit, "confirmPassphrase").clear()
        qtbot.keyClicks(dialog.findChild(QLineEdit, "confirmPassphrase"), PASSPHRASE)
        qtbot.mouseClick(switch, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "ist verschlüsselt" in status.text())
        assert not problem.isVisible()
        assert switch.text() == "Verschlüsselung ausschalten"
        assert services.db.key is not None
        assert not database.read_bytes().startswith(b"SQLite format 3")
        # The app goes on working on the encrypted file.
        interview = services.interviews.start().id
        assert services.interviews.answer(interview, "customer.last_name", "Berger") is None
    finally:
        services.close()


def test_the_app_asks_for_the_passphrase_and_says_when_it_is_wrong(qtbot, tmp_path: Path) -> None:
    database = tmp_path / "kg.db"
    services = open_services(f"sqlite:///{database}")
    services.encryption.enable(PASSPHRASE, PASSPHRASE)
    services.close()
    seen: list[str] = []
    answers = ["falsch-falsch-falsch", PASSPHRASE]

    def answer_prompt() -> None:
        visible = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        dialog = next((w for w in visible if isinstance(w, UnlockDialog)), None)
        if dialog is None:
            QTimer.singleShot(20, answer_prompt)
            return
        problem = dialog.findChild(QLabel, "unlockProblem")
        seen.append(problem.text() if problem.isVisible() else "")
        dialog.findChild(QLineEdit, "passphrase").setText(answers.pop(0))
        dialog.open_button.click()
        if answers:
            QTimer.singleShot(20, answer_prompt)

    QTimer.singleShot(0, answer_prompt)
    started = start_app(f"sqlite:///{database}")
    assert started is not None
    try:
        qtbot.addWidget(started.window)
        assert started.window.isVisible()
        assert seen[0] == ""
        assert "Kennwort stimmt nicht" in seen[1]
        assert started.services.db.key is not None
    finally:
        started.window.close()
        started.services.close()


def test_giving_up_at_the_prompt_does_not_start_the_app(qtbot, tmp_path: Path) -> None:
    database = tmp_path / "kg.db"
    services = open_services(f"sqlite:///{database}")
    services.encryption.enable(PASSPHRASE, PASSPHRASE)
    services.close()
    before = database.read_bytes()

    def give_up() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, UnlockDialog) and widget.isVisible():
                widget.reject()
                return
        QTimer.singleShot(20, give_up)

    QTimer.singleShot(0, give_up)
    assert start_app(f"sqlite:///{database}") is None
    assert database.read_bytes() == before
