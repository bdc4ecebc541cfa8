"""The catalogue window: model checks, search, filters, sorting, detail, lazy pages, keyboard."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QWidget

from kundengespraech import resources
from kundengespraech.domain.catalogue import Vehicle
from kundengespraech.domain.synthetic import synthetic_catalogue
from kundengespraech.importers.catalogue_csv import read_catalogue
from kundengespraech.services.catalogue_browser import CatalogueBrowser
from kundengespraech.storage.catalogue_queries import VehicleQuery
from kundengespraech.storage.database import Database, open_database
from kundengespraech.storage.vehicles import replace_catalogue
from kundengespraech.ui.catalogue_model import CACHED_PAGES, PAGE_SIZE, VehicleTableModel
from kundengespraech.ui.catalogue_window import CatalogueWindow
from kundengespraech.ui.theme import MUTED

pytestmark = pytest.mark.usefixtures("themed_app")

PRICE, TRUNK = 4, 6  # columns


class CountingBrowser(CatalogueBrowser):
    """The real browser, noting which pages were read."""

    def __init__(self, db: Database, images_folder: Path | None = None) -> None:
        super().__init__(db, images_folder)
        self.offsets: list[int] = []
        self.counts = 0

    def count(self, query: VehicleQuery) -> int:
        self.counts += 1
        return super().count(query)

    def page(
        self, query: VehicleQuery, offset: int, limit: int, total: int | None = None
    ) -> list[Vehicle]:
        self.offsets.append(offset)
        return super().page(query, offset, limit, total)


def _database(path: Path, vehicles: list[Vehicle]) -> Database:
    db = open_database(f"sqlite:///{path}")
    with db.session() as session:
        replace_catalogue(session, vehicles, "test")
    return db


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[list[Vehicle]]:
    vehicles = read_catalogue(resources.demo_catalogue(), "demo")
    # One vehicle with unknown trunk and towing, to see "unbekannt".
    vehicles[0] = dataclasses.replace(vehicles[0], trunk_l=None, towing_kg=None)
    yield vehicles


@pytest.fixture
def demo_db(tmp_path: Path, demo: list[Vehicle]) -> Iterator[Database]:
    db = _database(tmp_path / "demo.db", demo)
    yield db
    db.close()


@pytest.fixture
def browser(demo_db: Database, tmp_path: Path) -> CountingBrowser:
    return CountingBrowser(demo_db, images_folder=tmp_path / "images")


@pytest.fixture(scope="module")
def big_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    db = _database(tmp_path_factory.mktemp("big") / "big.db", synthetic_catalogue(20_000, 3))
    yield db
    db.close()


def open_window(qtbot, browser: CatalogueBrowser) -> CatalogueWindow:
    window = CatalogueWindow(browser)
    qtbot.addWidget(window)
    window.resize(1366, 700)
    window.show()
    qtbot.waitExposed(window)
    return window


def column_texts(model: VehicleTableModel, column: int) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]


def click_header(qtbot, window: CatalogueWindow, column: int) -> None:
    header = window.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 10))


def click_row(qtbot, window: CatalogueWindow, row: int) -> None:
    rect = window.table.visualRect(window.model.index(row, 1))
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


# --- the model -------------------------------------------------------------------------------


@pytest.mark.parametrize("force_py", [False, True])
def test_the_model_passes_the_model_tester(qtmodeltester, browser, force_py):
    model = VehicleTableModel(browser)
    model.set_query(VehicleQuery())
    qtmodeltester.check(model, force_py=force_py)
    # The tester stays connected and checks again after every reset.
    model.sort(PRICE, Qt.SortOrder.DescendingOrder)
    model.set_query(dataclasses.replace(model.query, text="vw"))
    model.set_query(dataclasses.replace(model.query, text="nichts dergleichen"))
    assert model.rowCount() == 0


def test_cells_are_german_right_aligned_and_unknown_is_muted(browser, demo):
    model = VehicleTableModel(browser)
    model.set_query(VehicleQuery(sort="price"))
    first = sorted(demo, key=lambda v: (v.price_eur, v.id))[0]
    assert model.index(0, 0).data() == first.title
    assert model.index(0, PRICE).data() == f"{first.price_eur:,.0f} €".replace(",", ".")
    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    assert model.index(0, PRICE).data(Qt.ItemDataRole.TextAlignmentRole) == right
    assert model.headerData(PRICE, Qt.Orientation.Horizontal) == "Preis"
    unknown = model.row_of(demo[0].id)
    assert unknown is not None
    assert model.index(unknown, TRUNK).data() == "unbekannt"
    assert model.index(unknown, TRUNK).data(Qt.ItemDataRole.ForegroundRole) == QColor(MUTED)
    assert model.index(0, TRUNK).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.vehicle_at(-1) is None and model.vehicle_at(len(demo)) is None


def test_a_catalogue_shrunk_since_counting_shows_empty_rows_not_errors(browser, demo_db):
    model = VehicleTableModel(browser)
    model.set_query(VehicleQuery())
    with demo_db.session() as session:
        replace_catalogue(session, [], "leer")
    model.sort(PRICE)  # reads again, but does not count again
    assert model.rowCount() == 57
    assert model.index(3, 0).data() is None
    model.refresh()
    assert model.rowCount() == 0


# --- the window ------------------------------------------------------------------------------


def test_opening_shows_the_first_page_and_the_count(qtbot, browser, demo):
    window = open_window(qtbot, browser)
    assert window.filters.count.text() == "57 Fahrzeuge"
    assert window.model.rowCount() == 57
    assert browser.offsets == [0]
    first = min(demo, key=lambda v: (v.make, v.model, v.variant, v.id))
    assert window.detail.vehicle == first  # the first row is selected


def test_typing_in_the_search_field_filters_after_a_short_pause(qtbot, browser):
    window = open_window(qtbot, browser)
    qtbot.keyClicks(window.search, "golf")
    assert window.model.rowCount() == 57  # not on every keystroke
    expected = browser.count(VehicleQuery(text="golf"))
    assert 0 < expected < 57
    qtbot.waitUntil(lambda: window.model.rowCount() == expected, timeout=2000)
    assert all("golf" in text.lower() for text in column_texts(window.model, 0))
    assert window.filters.count.text() == f"{expected} von 57 Fahrzeugen"
    qtbot.keyClicks(window.search, "xyz")
    qtbot.waitUntil(lambda: window.model.rowCount() == 0, timeout=2000)
    assert window.filters.count.text() == "Keine passenden Fahrzeuge"
    assert window.detail.vehicle is None and window.detail.hint.isVisibleTo(window.detail)


def test_clicking_a_header_sorts_in_the_database(qtbot, browser, demo):
    window = open_window(qtbot, browser)
    counted = browser.counts
    click_header(qtbot, window, PRICE)
    assert window.model.query.sort == "price" and not window.model.query.descending
    prices = sorted(v.price_eur for v in demo)
    assert window.model.vehicle_at(0).price_eur == prices[0]  # type: ignore[union-attr]
    click_header(qtbot, window, PRICE)
    assert window.model.query.descending
    assert window.model.vehicle_at(0).price_eur == prices[-1]  # type: ignore[union-attr]
    header = window.table.horizontalHeader()
    assert header.sortIndicatorSection() == PRICE
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert browser.counts == counted  # sorting does not count again


def test_selecting_a_row_shows_all_facts_of_that_vehicle(qtbot, browser):
    window = open_window(qtbot, browser)
    click_row(qtbot, window, 4)
    vehicle = window.model.vehicle_at(4)
    assert vehicle is not None and window.detail.vehicle == vehicle
    assert window.detail.title.text() == vehicle.title
    assert window.detail.text_of("id") == vehicle.id
    assert window.detail.text_of("seats") == str(vehicle.seats)
    qtbot.keyClick(window.table, Qt.Key.Key_Down)
    assert window.detail.vehicle == window.model.vehicle_at(5)


def test_the_detail_says_unknown_and_leaves_out_what_does_not_apply(qtbot, browser, demo):
    window = open_window(qtbot, browser)
    unknown = demo[0]  # trunk and towing unknown
    window.detail.show_vehicle(unknown)
    assert window.detail.text_of("trunk") == "unbekannt"
    assert window.detail.text_of("towing") == "unbekannt"
    ev = next(v for v in demo if v.powertrain == "ev" and v.range_km)
    window.detail.show_vehicle(ev)
    assert window.detail.is_shown("range") and not window.detail.is_shown("fuel")
    assert window.detail.text_of("range") == f"{ev.range_km:,} km".replace(",", ".")
    petrol = next(v for v in demo if v.powertrain == "petrol")
    window.detail.show_vehicle(petrol)
    assert not window.detail.is_shown("range") and window.detail.is_shown("fuel")


def test_the_photo_is_shown_when_the_file_exists(qtbot, browser, demo, tmp_path):
    window = open_window(qtbot, browser)
    image = QImage(400, 300, QImage.Format.Format_RGB32)
    image.fill(QColor("#336699"))
    photo = tmp_path / "foto.png"
    assert image.save(str(photo))
    vehicle = dataclasses.replace(demo[1], image=str(photo))
    window.detail.show_vehicle(vehicle, browser.image_path(vehicle))
    assert window.detail.photo.isVisibleTo(window.detail)
    assert window.detail.photo.pixmap().width() <= 240
    missing = dataclasses.replace(demo[1], image=str(tmp_path / "weg.png"))
    window.detail.show_vehicle(missing, browser.image_path(missing))
    assert not window.detail.photo.isVisibleTo(window.detail)


def test_filters_narrow_the_list_and_reset_brings_everything_back(qtbot, browser, demo):
    window = open_window(qtbot, browser)
    bar = window.filters
    bar.body_types.actions_by_code["suv"].trigger()
    suvs = [v for v in demo if v.body_type == "suv"]
    assert window.model.rowCount() == len(suvs)
    assert bar.body_types.text() == "SUV"
    bar.condition.setCurrentIndex(bar.condition.findData("used"))
    assert window.model.rowCount() == len([v for v in suvs if v.condition == "used"])
    bar.max_price.setValue(30_000)
    bar.min_seats.setValue(5)
    expected = [
        v for v in suvs if v.condition == "used" and v.price_eur <= Decimal(30_000) and v.seats >= 5
    ]
    assert window.model.query.max_price is None  # typed numbers wait for the pause, too
    qtbot.waitUntil(lambda: window.model.query.min_seats == 5, timeout=2000)
    assert window.model.query.max_price == Decimal(30_000)
    assert window.model.rowCount() == len(expected)
    qtbot.mouseClick(bar.reset_button, Qt.MouseButton.LeftButton)
    assert window.model.rowCount() == 57
    assert window.model.query == VehicleQuery(sort=window.model.query.sort)
    assert bar.body_types.text() == "Alle Bauformen"


def test_the_keyboard_reaches_everything(qtbot, browser):
    window = open_window(qtbot, browser)
    window.activateWindow()
    window.search.setFocus()
    qtbot.waitUntil(window.search.hasFocus)
    qtbot.keyClicks(window.search, "vw")
    qtbot.keyClick(window.search, Qt.Key.Key_Down)  # at once, without waiting for the pause
    qtbot.waitUntil(window.table.hasFocus)
    assert window.model.query.text == "vw"
    assert window.table.currentIndex().row() == 0
    qtbot.keyClick(window.table, Qt.Key.Key_Down)
    assert window.table.currentIndex().row() == 1
    assert window.detail.vehicle == window.model.vehicle_at(1)
    qtbot.keyClick(window.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.search.hasFocus)
    assert window.search.selectedText() == "vw"
    qtbot.keyClick(window.search, Qt.Key.Key_Escape)
    assert window.search.text() == ""


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_choices_are_ticked_with_the_keyboard_and_the_menu_stays_open(qtbot, browser, demo):
    window = open_window(qtbot, browser)
    button = window.filters.powertrains
    menu = button.menu()
    menu.popup(button.mapToGlobal(button.rect().bottomLeft()))
    qtbot.waitUntil(menu.isVisible)
    menu.setActiveAction(button.actions_by_code["diesel"])
    qtbot.keyClick(menu, Qt.Key.Key_Space)
    menu.setActiveAction(button.actions_by_code["ev"])
    qtbot.keyClick(menu, Qt.Key.Key_Return)
    assert menu.isVisible()  # several choices in one go
    assert button.chosen() == {"diesel", "ev"}
    assert button.toolTip() == "Diesel, Elektro"  # the text is shortened to fit: "Diesel, Elek…"
    assert button.text().startswith("Diesel, Ele")
    expected = sum(1 for v in demo if v.powertrain in ("diesel", "ev"))
    assert window.model.rowCount() == expected
    qtbot.keyClick(menu, Qt.Key.Key_Return)  # Enter unticks the active choice again
    assert button.chosen() == {"diesel"}
    hybrid = menu.actionGeometry(button.actions_by_code["hybrid"]).center()
    qtbot.mouseMove(menu, hybrid)
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=hybrid)
    assert button.chosen() == {"diesel", "hybrid"} and menu.isVisible()
    qtbot.keyClick(menu, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not menu.isVisible())


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_show_for_opens_one_window_per_parent_and_reads_afresh(qtbot, browser):
    parent = QWidget()
    qtbot.addWidget(parent)
    first = CatalogueWindow.show_for(parent, browser)
    counted = browser.counts
    assert CatalogueWindow.show_for(parent, browser) is first
    assert browser.counts > counted
    assert first.isWindow() and first.isVisible()
    first.close()


# --- 20,000 vehicles: pages are read only where the view looks --------------------------------


def test_twenty_thousand_vehicles_are_read_page_by_page(qtbot, big_db):
    browser = CountingBrowser(big_db)
    window = open_window(qtbot, browser)
    model = window.model
    assert model.rowCount() == 20_000  # the scroll bar spans the whole catalogue ...
    assert window.filters.count.text() == "20.000 Fahrzeuge"
    assert browser.offsets == [0]  # ... but one page was read
    window.table.scrollToBottom()
    QApplication.processEvents()
    last_page = (20_000 // PAGE_SIZE - 1) * PAGE_SIZE
    assert browser.offsets == [0, last_page]  # the end, without the 98 pages between
    (last,) = browser.page(model.query, 19_999, 1)
    assert model.index(19_999, 0).data() == last.title

    # Keyboard: Ctrl+End selects the last vehicle; Ctrl+Home goes back without reading again.
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert window.table.currentIndex().row() == 19_999
    assert window.detail.vehicle == last
    reads = len(browser.offsets)
    qtbot.keyClick(window.table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert window.table.currentIndex().row() == 0
    assert len(browser.offsets) == reads  # the first page is still in memory


def test_scrolling_through_reads_each_page_once_and_keeps_a_bounded_cache(qtbot, big_db):
    browser = CountingBrowser(big_db)
    window = open_window(qtbot, browser)
    bar = window.table.verticalScrollBar()
    for value in range(0, bar.maximum() + 1, 150):
        bar.setValue(value)
        QApplication.processEvents()
    assert len(browser.offsets) == len(set(browser.offsets)) == 100
    assert window.model.pages_in_memory() == CACHED_PAGES


def test_sorting_twenty_thousand_by_price_reads_one_page(qtbot, big_db):
    browser = CountingBrowser(big_db)
    window = open_window(qtbot, browser)
    browser.offsets.clear()
    click_header(qtbot, window, PRICE)
    QApplication.processEvents()
    assert browser.offsets == [0]
    prices = [window.model.vehicle_at(row).price_eur for row in range(PAGE_SIZE)]  # type: ignore[union-attr]
    assert prices == sorted(prices)
