"""pytest-qt tests of single widgets reuse the walkthrough fixtures (real window, fake prompter)."""

from tests.e2e.conftest import db_url, prompter, window  # noqa: F401 - fixtures
