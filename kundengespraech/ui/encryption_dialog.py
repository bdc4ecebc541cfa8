"""Settings → Verschlüsselung: switching encryption at rest of this device's database."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kundengespraech.services.encryption import (
    EncryptionError,
    EncryptionService,
    WrongKeyError,
)
from kundengespraech.services.errors import StorageError


def _password_edit(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class EncryptionDialog(QDialog):
    """Shows whether the database is encrypted and switches it on or off with a passphrase."""

    def __init__(self, service: EncryptionService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("encryptionDialog")
        self.setWindowTitle(self.tr("Verschlüsselung der Datenbank"))
        self.setMinimumWidth(620)
        self._service = service
        status = service.status()
        self.status = QLabel()
        self.status.setObjectName("encryptionStatus")
        self.status.setWordWrap(True)
        explanation = QLabel(
            self.tr(
                "Verschlüsselt kann ohne Kennwort niemand die Gespräche und Kundendaten auf "
                "diesem Gerät lesen – auch nicht, wenn der Laptop gestohlen wird. Das Kennwort "
                "lässt sich nicht wiederherstellen: Bitte bewahren Sie es sicher auf."
            )
        )
        explanation.setWordWrap(True)
        self.passphrase = _password_edit("newPassphrase")
        self.confirmation = _password_edit("confirmPassphrase")
        self.remember = QCheckBox(
            self.tr("Kennwort auf diesem Gerät merken (Schlüsselbund des Systems)")
        )
        self.remember.setObjectName("rememberKey")
        if not status.keyring_available:
            self.remember.setEnabled(False)
            self.remember.setToolTip(self.tr("Auf diesem Gerät gibt es keinen Schlüsselbund."))
        self.remember.setChecked(status.remembered)
        form = QFormLayout()
        self._confirm_label = QLabel(self.tr("Kennwort wiederholen"))
        form.addRow(self.tr("Kennwort"), self.passphrase)
        form.addRow(self._confirm_label, self.confirmation)
        form.addRow(self.remember)
        self.problem = QLabel()
        self.problem.setObjectName("encryptionProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b3261e;")
        self.problem.hide()
        self.switch = QPushButton()
        self.switch.setObjectName("encryptionSwitch")
        self.switch.clicked.connect(self._switch)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.switch, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(close)
        # Wrapped labels need their height for the dialog's width, or their last lines are cut.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self._show_status()

    def _show_status(self) -> None:
        status = self._service.status()
        if not status.possible:
            self.status.setText(status.reason)
        elif status.encrypted:
            self.status.setText(
                self.tr("Die Datenbank auf diesem Gerät ist verschlüsselt (SQLCipher, AES-256).")
            )
        else:
            self.status.setText(self.tr("Die Datenbank auf diesem Gerät ist nicht verschlüsselt."))
        self.switch.setText(
            self.tr("Verschlüsselung ausschalten")
            if status.encrypted
            else self.tr("Verschlüsselung einschalten")
        )
        for widget in (self.passphrase, self.confirmation, self.remember, self.switch):
            widget.setVisible(status.possible)
        self._confirm_label.setVisible(status.possible and not status.encrypted)
        self.confirmation.setVisible(status.possible and not status.encrypted)
        self.remember.setVisible(status.possible and not status.encrypted)

    def _switch(self) -> None:
        encrypted = self._service.status().encrypted
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if encrypted:
                self._service.disable(self.passphrase.text())
            else:
                self._service.enable(
                    self.passphrase.text(),
                    self.confirmation.text(),
                    remember=self.remember.isChecked(),
                )
        except (EncryptionError, WrongKeyError, StorageError) as error:
            self.problem.setText(str(error))
            self.problem.show()
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.problem.hide()
        self.passphrase.clear()
        self.confirmation.clear()
        self._show_status()
        done = (
            self.tr("Die Datenbank ist nicht mehr verschlüsselt.")
            if encrypted
            else self.tr(
                "Die Datenbank ist jetzt verschlüsselt, auch ihre Sicherungskopien. Beim "
                "nächsten Start fragt die Anwendung nach dem Kennwort."
            )
        )
        box = QMessageBox(QMessageBox.Icon.Information, self.windowTitle(), done, parent=self)
        box.setObjectName("encryptionDone")
        box.open()
