"""The main window's menus: every action calls one method of a screen or controller."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

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
    tr = window.tr
    bar = window.menuBar()
    conversation = bar.addMenu(tr("&Gespräch"))
    _add(conversation, tr("&Neues Gespräch"), window.new_interview, QKeySequence.StandardKey.New)
    _add(conversation, tr("&Startseite"), window.show_start, QKeySequence("Ctrl+Home"))
    conversation.addSeparator()
    _add(conversation, tr("Als &PDF speichern…"), window.sheet.save, QKeySequence.StandardKey.Save)
    _add(conversation, tr("Druck&vorschau…"), window.sheet.preview)
    _add(conversation, tr("&Drucken…"), window.sheet.print_sheet, QKeySequence.StandardKey.Print)
    _add(conversation, tr("&Schnelldruck"), window.sheet.quick_print, QKeySequence("Ctrl+Shift+P"))
    _add(conversation, tr("Gesprächs&protokoll (intern) speichern…"), window.sheet.save_record)
    _add(
        conversation,
        tr("Blätter eines &Tages…"),
        lambda: BatchDialog(window.services, window.prompter, window).exec(),
    )
    conversation.addSeparator()
    _add(conversation, tr("&Beenden"), window.close, QKeySequence.StandardKey.Quit)
    catalogue = bar.addMenu(tr("&Katalog"))
    _add(catalogue, tr("Katalog &importieren…"), window.catalogue.import_file)
    _add(catalogue, tr("Katalog &exportieren…"), window.catalogue.export_file)
    extras = bar.addMenu(tr("&Extras"))
    _add(extras, tr("&Einstellungen…"), window.edit_settings)
