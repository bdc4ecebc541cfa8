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


def test_a_read_only_database_opens_and_the_window_says_so(qtbot, tmp_path):
    import subprocess

    import pytest
    from PySide6.QtWidgets import QApplication, QMessageBox

    from kundengespraech.services.app import open_services
    from kundengespraech.storage.database import READ_ONLY_NOTICE

    source = tmp_path / "daten"
    source.mkdir()
    open_services(f"sqlite:///{source / 'kg.db'}").close()
    mount = tmp_path / "nur-lesen"
    mount.mkdir()
    result = subprocess.run(
        ["mount", "--bind", "-o", "ro", str(source), str(mount)],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        pytest.skip(f"cannot make a read-only bind mount here (needs root): {result.stderr}")
    try:
        started = start_app(f"sqlite:///{mount / 'kg.db'}")
        assert started is not None
        qtbot.addWidget(started.window)

        def notice() -> QMessageBox | None:
            for widget in QApplication.topLevelWidgets():
                if widget.objectName() == "readOnlyNotice" and widget.isVisible():
                    return widget  # type: ignore[return-value]
            return None

        qtbot.waitUntil(lambda: notice() is not None, timeout=5000)
        assert notice().text() == READ_ONLY_NOTICE
        assert started.window.statusBar().currentMessage() == READ_ONLY_NOTICE
        notice().close()
        qtbot.waitUntil(lambda: started.catalogue_ready, timeout=20000)
        started.window.close()
        started.services.close()
    finally:
        subprocess.run(["umount", str(mount)], check=False)
