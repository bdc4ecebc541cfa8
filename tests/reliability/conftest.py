"""The reliability suite: bounded for CI; ``KUNDENGESPRAECH_LONG=1`` runs the long versions.

Use :func:`scaled` for every count that a long run should raise, e.g.
``scaled(50, 1000)`` kill cycles.
"""

from __future__ import annotations

import os

from tests.e2e.conftest import db_url, prompter, window  # noqa: F401 - fixtures (soak test)

LONG_RUN = os.environ.get("KUNDENGESPRAECH_LONG", "") not in ("", "0")


def scaled(in_ci: int, long_run: int) -> int:
    """``in_ci`` normally, ``long_run`` when ``KUNDENGESPRAECH_LONG=1`` is set."""
    return long_run if LONG_RUN else in_ci
