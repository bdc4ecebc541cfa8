"""One writer process of the two-process concurrency test: answers for ``seconds`` seconds.

Run as ``python -m tests.reliability.concurrent_writer DB_URL SECONDS OUT.json TAG``. Writes
``{"confirmed": [[interview_id, question_id, value], ...], "failed": N, "errors": [...]}``.
A save counts as confirmed only when ``InterviewService.answer`` returned without error.
"""

from __future__ import annotations

import json
import sys
import time
import uuid
from typing import Any

from kundengespraech.services.app import open_services

QUESTIONS: tuple[tuple[str, Any], ...] = (
    ("customer.first_name", "Anna"),
    ("customer.last_name", "Berger"),
    ("notes", "Wohnwagen"),
)


def main(url: str, seconds: float, out: str, tag: str) -> None:
    app = open_services(url)
    confirmed: list[list[str]] = []
    failed = 0
    errors: list[str] = []
    interview: uuid.UUID | None = None
    deadline = time.monotonic() + seconds
    step = 0
    while time.monotonic() < deadline:
        try:
            if interview is None or step % len(QUESTIONS) == 0:
                interview = app.interviews.start().id
            question, base = QUESTIONS[step % len(QUESTIONS)]
            value = f"{base} {tag}-{step}"
            problem = app.interviews.answer(interview, question, value)
            if problem is not None:
                raise RuntimeError(problem)
            confirmed.append([str(interview), question, value])
        except Exception as error:
            failed += 1
            if len(errors) < 5:
                errors.append(f"{type(error).__name__}: {error}")
            interview = None
        step += 1
    app.close()
    with open(out, "w", encoding="utf-8") as stream:
        json.dump({"confirmed": confirmed, "failed": failed, "errors": errors}, stream)


if __name__ == "__main__":
    main(sys.argv[1], float(sys.argv[2]), sys.argv[3], sys.argv[4])
