"""The main window's menus: every action calls one method of a screen or controller."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from kundengespraech.ui.batch_dialog import BatchDialog

if TYPE_CHECKING:
    from kundengespraech.ui.main_window import MainWindow


def _add(menu: QMenu, text: str, slot: Callable[[], Any], keys: Any = None) -> QAction:
    action = menu.addAction(text)
    action.triggered.connect(lambda _checked=False: slot())
    if keys is not None:
        action.setShortcut(keys)
    return action


def build_menus(window: MainWindow) -> None:
    bar = window.menuBar()
    conversation = bar.addMenu(QCoreApplication.translate("MainWindow", "&Gespräch"))
    _add(
        conversation,
        QCoreApplication.translate("MainWindow", "&Neues Gespräch"),
        window.new_interview,
        QKeySequence.StandardKey.New,
    )
    _add(
        conversation,
        QCoreApplication.translate("MainWindow", "&Startseite"),
        window.show_start,
        QKeySequence("Ctrl+Home"),
    )
    conversation.addSeparator()
    _add(
        conversation,
        QCoreApplication.translate("MainWindow", "Als &PDF speichern…"),
        window.sheet.save,
        QKeySequence.StandardKey.Save,
    )
    _add(
        conversation,
        QCoreApplication.translate("MainWindow", "Druck&vorschau…"),
        window.sheet.preview,
    )
    _add(
        conversation,
        QCoreApplication.translate("MainWindow", "&Drucken…"),
        window.sheet.print_sheet,
        QKeySequence.StandardKey.Print,
    )
    _add(
        conversation,
        QCoreApplication.translate("MainWindow", "&Schnelldruck"),
        window.sheet.quick_print,
        QKeySequence("Ctrl+Shift+P"),
    )
    _add(
        conversation,
        QCoreApplication.translate("MainWindow", "Gesprächs&protokoll (intern) speichern…"),
        window.sheet.save_record,
    )
    _add(
        conversation,
        QCoreApplication.translate("MainWindow", "Blätter eines &Tages…"),
        lambda: BatchDialog(window.services, window.prompter, window).exec(),
    )
    conversation.addSeparator()
    _add(
        conversation,
        QCoreApplication.translate("MainWindow", "&Beenden"),
        window.close,
        QKeySequence.StandardKey.Quit,
    )
    catalogue = bar.addMenu(QCoreApplication.translate("MainWindow", "&Katalog"))
    _add(
        catalogue,
        QCoreApplication.translate("MainWindow", "Fahrzeuge &ansehen…"),
        window.show_catalogue,
        QKeySequence("Ctrl+K"),
    )
    _add(
        catalogue,
        QCoreApplication.translate("MainWindow", "Katalog &importieren…"),
        window.catalogue.import_file,
    )
    _add(
        catalogue,
        QCoreApplication.translate("MainWindow", "Katalog &exportieren…"),
        window.catalogue.export_file,
    )
    extras = bar.addMenu(QCoreApplication.translate("MainWindow", "&Extras"))
    _add(extras, QCoreApplication.translate("MainWindow", "&Einstellungen…"), window.edit_settings)
    _add(
        extras,
        QCoreApplication.translate("MainWindow", "&Verschlüsselung…"),
        window.edit_encryption,
    )
