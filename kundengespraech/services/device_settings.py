"""Settings of this device, not of the dealership: who works at this laptop, which conversation
to resume, the window's size and the last folders used.

They live in a small JSON file in the user's configuration folder (platformdirs; 0600, folder
0700), never in the shared database — two laptops on one dealership database keep their own.
The conversation to resume is kept per database, since one laptop may open several.
A damaged file is set aside (``.kaputt``) and the settings start empty.
"""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path
from typing import Any

import platformdirs

APP_NAME = "Kundengespraech"
FILE_NAME = "geraet.json"


def default_path() -> Path:
    """Where this device keeps its own settings (read at call time, so tests can move it)."""
    return Path(platformdirs.user_config_dir(APP_NAME, APP_NAME)) / FILE_NAME


class DeviceSettings:
    """Small JSON values under string keys, written atomically at every change."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or default_path()

    def _read(self) -> dict[str, Any]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError):
            with contextlib.suppress(OSError):
                self.path.replace(self.path.with_name(self.path.name + ".kaputt"))
            return {}
        return data if isinstance(data, dict) else {}

    def get(self, key: str, default: Any = None) -> Any:
        return self._read().get(key, default)

    def set(self, key: str, value: Any) -> None:
        """Store ``value`` (JSON) under ``key``; ``None`` removes it. Raises ``OSError``."""
        data = self._read()
        if value is None:
            data.pop(key, None)
        else:
            data[key] = value
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        temporary = self.path.with_name(f".{self.path.name}.tmp")
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as stream:
            json.dump(data, stream, ensure_ascii=False, indent=2)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, self.path)

    # -- per database ---------------------------------------------------------------------

    def for_database(self, key: str, database: str) -> Any:
        value = self.get(key, {})
        return value.get(database) if isinstance(value, dict) else None

    def set_for_database(self, key: str, database: str, value: Any) -> None:
        current = self.get(key, {})
        mapping = dict(current) if isinstance(current, dict) else {}
        if value is None:
            mapping.pop(database, None)
        else:
            mapping[database] = value
        self.set(key, mapping or None)
