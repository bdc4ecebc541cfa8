"""Qt widget tests: offscreen platform, the app's theme, and the walkthrough fixtures reused.

The single-widget tests reuse the walkthrough fixtures (real window, fake prompter).
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from kundengespraech.ui.theme import apply_theme
from tests.e2e.conftest import db_url, prompter, window  # noqa: F401 - fixtures


@pytest.fixture
def themed_app(qapp: QApplication) -> Iterator[QApplication]:
    """The application with the theme applied; font, palette and style sheet restored after."""
    font, palette, sheet = qapp.font(), qapp.palette(), qapp.styleSheet()
    apply_theme(qapp)
    yield qapp
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    qapp.setFont(font)
