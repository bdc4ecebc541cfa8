"""Answers that could not be saved yet, kept until they are: nothing typed is lost.

When the database refuses a write (disk full, locked, read-only), the answer goes here. The
queue lives in memory and, as far as the disk allows, in a small JSON file in this device's
data folder (written atomically, readable only by the user), so it survives a restart. The
interview screen retries it; each answer that reaches the database leaves the queue.
"""

from __future__ import annotations

import contextlib
import json
import os
import uuid
from pathlib import Path
from typing import Any

import platformdirs

APP_NAME = "Kundengespraech"
FILE_NAME = "ungespeicherte-antworten.json"


def default_path() -> Path:
    """Where this device keeps answers not yet saved."""
    return Path(platformdirs.user_data_dir(APP_NAME, APP_NAME)) / FILE_NAME


class PendingAnswers:
    """Question id → value per interview, newest value wins; persisted best-effort."""

    def __init__(self, path: Path | None = None) -> None:
        self._path = path or default_path()
        self._pending: dict[str, dict[str, Any]] = self._read()

    def _read(self) -> dict[str, dict[str, Any]]:
        try:
            data = json.loads(self._path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        if not isinstance(data, dict):
            return {}
        return {k: dict(v) for k, v in data.items() if isinstance(v, dict) and v}

    def _write(self) -> bool:
        """Write the queue to disk; ``False`` when the disk refuses (the queue stays in memory)."""
        temporary = self._path.with_name(self._path.name + ".tmp")
        try:
            self._path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            if not self._pending:
                self._path.unlink(missing_ok=True)
                return True
            descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(descriptor, "w", encoding="utf-8") as stream:
                json.dump(self._pending, stream, ensure_ascii=False)
                stream.flush()
                os.fsync(stream.fileno())
            os.replace(temporary, self._path)
        except OSError:
            with contextlib.suppress(OSError):
                temporary.unlink(missing_ok=True)
            return False
        return True

    def add(self, interview_id: uuid.UUID, question_id: str, value: Any) -> None:
        self._pending.setdefault(str(interview_id), {})[question_id] = value
        self._write()

    def remove(self, interview_id: uuid.UUID, question_id: str) -> None:
        answers = self._pending.get(str(interview_id))
        if answers is None or question_id not in answers:
            return
        del answers[question_id]
        if not answers:
            del self._pending[str(interview_id)]
        self._write()

    def of(self, interview_id: uuid.UUID) -> dict[str, Any]:
        """The answers of ``interview_id`` still waiting to be saved."""
        return dict(self._pending.get(str(interview_id), {}))

    def count(self) -> int:
        return sum(len(answers) for answers in self._pending.values())
