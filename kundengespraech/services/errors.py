"""The errors a use case may raise, for callers outside services (ui, cli) to catch.

They are raised by storage; callers import them from here so that services stay their only
door to it.
"""

from __future__ import annotations

from kundengespraech.storage.errors import (
    DatabaseOpenError,
    RecordNotFoundError,
    StorageError,
    WriteFailedError,
)

__all__ = ["DatabaseOpenError", "RecordNotFoundError", "StorageError", "WriteFailedError"]
