"""Test set-up shared by every tier: offscreen Qt, and a fresh database and data folder per test."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

GUI_DIRS = ("ui", "e2e")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test under tests/ui and tests/e2e as ``gui`` (run ``-m "not gui"`` to skip)."""
    for item in items:
        if any(f"{os.sep}tests{os.sep}{d}{os.sep}" in str(item.path) for d in GUI_DIRS):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point data, config and database locations into the test's own temporary folder."""
    home = tmp_path / "home"
    for var, sub in (
        ("XDG_DATA_HOME", "data"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_CACHE_HOME", "cache"),
    ):
        (home / sub).mkdir(parents=True)
        monkeypatch.setenv(var, str(home / sub))
    monkeypatch.setenv("KUNDENGESPRAECH_DB", f"sqlite:///{tmp_path / 'kundengespraech.db'}")
    return home
