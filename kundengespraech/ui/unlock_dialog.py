"""Asking for the passphrase of an encrypted database when the app starts."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


class UnlockDialog(QDialog):
    """The passphrase prompt; :meth:`passphrase` is what was typed (never stored)."""

    def __init__(self, message: str, problem: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unlockDialog")
        self.setWindowTitle(self.tr("Kundengespräch – Datenbank entsperren"))
        self.setMinimumWidth(460)
        text = QLabel(message)
        text.setWordWrap(True)
        self._edit = QLineEdit()
        self._edit.setObjectName("passphrase")
        self._edit.setEchoMode(QLineEdit.EchoMode.Password)
        self._edit.setPlaceholderText(self.tr("Kennwort"))
        self.problem = QLabel(problem)
        self.problem.setObjectName("unlockProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b3261e;")
        self.problem.setVisible(bool(problem))
        buttons = QDialogButtonBox()
        self.open_button = buttons.addButton(
            self.tr("Öffnen"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.open_button.setObjectName("unlockOpen")
        buttons.addButton(self.tr("Beenden"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self._edit)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self._edit.setFocus()

    def passphrase(self) -> str:
        return self._edit.text()
