"""Start-up: the window comes first, the catalogue follows in the background."""

from __future__ import annotations

from kundengespraech.ui.app import start_app


def test_window_first_then_the_catalogue_in_the_background(qtbot, db_url):
    started = start_app(db_url)
    assert started is not None
    window = started.window
    qtbot.addWidget(window)
    assert window.isVisible()
    assert not started.catalogue_ready
    window.new_interview()
    assert window.interview_view.panel.titles() == []  # nothing ranked while loading
    qtbot.waitUntil(lambda: started.catalogue_ready, timeout=20000)
    qtbot.waitUntil(lambda: len(window.interview_view.panel.titles()) == 3, timeout=5000)
    window.close()
    started.services.close()


def test_a_corrupt_database_is_reported_and_the_app_does_not_start(tmp_path, monkeypatch):
    broken = tmp_path / "kaputt.db"
    broken.write_bytes(b"kein SQLite" * 100)
    shown: list[str] = []
    monkeypatch.setattr(
        "kundengespraech.ui.app.QMessageBox.critical",
        lambda _parent, _title, text: shown.append(text),
    )
    assert start_app(f"sqlite:///{broken}") is None
    assert shown and str(broken) in shown[0]
    assert broken.read_bytes() == b"kein SQLite" * 100
