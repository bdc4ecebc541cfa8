"""Child process for test_kill_cycles: answer through the real save path until killed.

Prints ``READY <interview id>`` and then one line ``<question> <n>`` per answer, only after
the service returned (the answer is confirmed saved, as the screen would show it).
"""

from __future__ import annotations

import sys
import uuid

from kundengespraech.services.app import open_services

QUESTIONS = ("usage.annual_km", "usage.daily_km", "household.adults", "notes")


def value_for(question: str, n: int) -> object:
    if question == "notes":
        return f"Notiz {n}"
    if question == "household.adults":
        return 1 + n % 8
    if question == "usage.daily_km":
        return n % 1500 + 1
    return n % 150_000 + 1


def main() -> None:
    services = open_services(sys.argv[1])
    interview_id = uuid.UUID(sys.argv[2]) if len(sys.argv) > 2 else None
    if interview_id is None:
        interview_id = services.interviews.start(salesperson="Anna Albers").id
    start = int(sys.argv[3]) if len(sys.argv) > 3 else 0
    print(f"READY {interview_id}", flush=True)
    n = start
    while True:
        n += 1
        question = QUESTIONS[n % len(QUESTIONS)]
        problem = services.interviews.answer(interview_id, question, value_for(question, n))
        assert problem is None, problem
        print(f"{question} {n}", flush=True)


if __name__ == "__main__":
    main()
