"""Every menu entry of the main window leads somewhere; the catalogue opens from the menu."""

from __future__ import annotations

from PySide6.QtGui import QAction


def actions(window) -> dict[str, QAction]:
    found = {}
    for menu_action in window.menuBar().actions():
        for action in menu_action.menu().actions():
            if action.text():
                found[action.text().replace("&", "")] = action
    return found


def test_the_catalogue_opens_from_the_menu_with_every_vehicle(qtbot, window):
    actions(window)["Fahrzeuge ansehen…"].trigger()
    catalogue = window.show_catalogue()
    assert catalogue.isVisible()
    qtbot.waitUntil(lambda: catalogue.model.rowCount() > 0, timeout=3000)
    assert catalogue.model.rowCount() == len(window.services.recommendations.vehicles())
    assert window.show_catalogue() is catalogue  # one window, raised again


def test_the_menus_offer_the_conversation_printing_catalogue_and_care(window):
    names = set(actions(window))
    for expected in (
        "Neues Gespräch",
        "Druckvorschau…",
        "Schnelldruck",
        "Blätter eines Tages…",
        "Fahrzeuge ansehen…",
        "Katalog importieren…",
        "Einstellungen…",
    ):
        assert expected in names
