"""Steering the result with the customer: what-if, critiques, why-not, compare, relaxations."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt

from kundengespraech import resources
from kundengespraech.domain.compare import FAILS, FITS
from tests.e2e.conftest import click, type_into


def open_result(window, **changes):
    doc = json.loads(resources.read_bytes("examples", "answers_family.json"))
    for path, value in changes.items():
        section, key = path.split("__")
        doc[section][key] = value
    state = window.services.interviews.start_from_contract(doc)
    window.resume_interview(state.id)
    window.show_results()
    return window.result_view


def test_budget_what_if_reranks_and_is_saved(qtbot, window):
    result = open_result(window)
    before = result.titles()
    type_into(qtbot, result.advisor.budget, "30000", finish=Qt.Key.Key_Return)
    ranking = window.services.recommendations.rank(window.interview_view.answers)
    assert all(r.vehicle.price_eur <= 30000 for r in ranking.top(3))
    assert result.titles() == [r.vehicle.title for r in ranking.top(3)]
    assert result.titles() != before
    saved = window.services.interviews.resume(window.interview_view.interview_id).answers
    assert saved["budget.max_price_eur"] == 30000


def test_slider_what_if_reranks_without_leaving_the_screen(qtbot, window):
    result = open_result(window)
    slider = result.advisor.slider
    slider.setFocus()
    qtbot.keyClick(slider, Qt.Key.Key_End)
    qtbot.waitUntil(
        lambda: window.interview_view.answers["priorities.safety_vs_sport"] == 100, timeout=2000
    )
    assert window.current_screen() is result


def test_critique_cheaper_shows_only_cheaper_vehicles(qtbot, window):
    result = open_result(window)
    favourite = window.services.recommendations.rank(window.interview_view.answers).top(1)[0]
    click(qtbot, result.advisor.critique_buttons["cheaper"])
    by_id = {v.id: v for v in window.services.recommendations.vehicles()}
    assert result.shown_ids()
    assert all(by_id[i].price_eur < favourite.vehicle.price_eur for i in result.shown_ids())
    assert result.all_button.isVisible()
    click(qtbot, result.all_button)
    assert result.shown_ids()[0] == favourite.vehicle.id


def test_why_not_explains_an_excluded_vehicle_and_applies_the_change(qtbot, window):
    open_result(window)
    ranking = window.services.recommendations.rank(window.interview_view.answers)
    over_budget = next(
        e.vehicle
        for e in ranking.excluded
        if any("Budget" in why for why in e.why) and len(e.why) == 1
    )
    dialog = window.advice.why_not(over_budget.id)
    assert not dialog.explanation.fits
    assert dialog.apply_button is not None
    click(qtbot, dialog.apply_button)
    ranking = window.services.recommendations.rank(window.interview_view.answers)
    assert over_budget.id in {r.vehicle.id for r in ranking.recommendations}


def test_compare_marks_fitting_and_failing_cells(qtbot, window):
    result = open_result(window)
    click(qtbot, result.advisor.compare_button)
    dialog = window.advice.last_dialog
    table = dialog.table
    assert table.columnCount() == 3
    verdicts = {
        table.item(r, c).data(0x0100)
        for r in range(table.rowCount())
        for c in range(table.columnCount())
    }
    assert FITS in verdicts
    assert verdicts <= {FITS, FAILS, "unknown", "neutral"}


def test_when_little_fits_relaxations_are_offered_and_apply_with_a_click(qtbot, window):
    result = open_result(window, budget__max_price_eur=15000)
    buttons = result.advisor.relax_buttons
    assert buttons, "a too small budget must offer relaxations"
    assert "passen" in buttons[0].text() or "passt" in buttons[0].text()
    before = window.services.recommendations.rank(window.interview_view.answers).count_fitting
    click(qtbot, buttons[0])
    after = window.services.recommendations.rank(window.interview_view.answers).count_fitting
    assert after > before
