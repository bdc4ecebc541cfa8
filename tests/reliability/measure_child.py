"""Run a command, write its peak memory, wall and CPU time: ``measure_child.py REPORT -- CMD``.

Why a wrapper: a child forked from a large process (pytest) reports that process's memory as
its own peak (Linux keeps the pre-``exec`` high-water mark in ``ru_maxrss``). This wrapper is
small, and the child it starts begins small, so ``os.wait4`` gives the child's true peak.
Only the standard library is imported. The exit code is the child's.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time


def main(argv: list[str]) -> int:
    report, separator, *command = argv
    assert separator == "--" and command, __doc__
    started = time.perf_counter()
    child = subprocess.Popen(command)
    _pid, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)  # reaped here, not by Popen
    with open(report, "w", encoding="utf-8") as stream:
        cpu = usage.ru_utime + usage.ru_stime
        json.dump({"seconds": seconds, "cpu_seconds": cpu, "max_rss_kb": usage.ru_maxrss}, stream)
    return child.returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
