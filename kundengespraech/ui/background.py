"""Slow work (reading, checking and importing a catalogue) off the UI thread.

Like Anki's ``CollectionOp``: the work runs in Qt's thread pool while a busy indicator shows;
its result or its exception comes back through a signal, so the callbacks run on the UI thread.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

BUSY_DELAY_MS = 300  # quick work finishes without the busy dialog flashing up


class BackgroundTask(QObject):
    """One piece of work on a pool thread.

    Signals (delivered on the UI thread):
        succeeded(object): the work's return value.
        failed(object): the exception it raised.
        finished(): after either of the two.
    """

    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()
    _done = Signal(bool, object)  # emitted from the pool thread, queued to this object's thread

    def __init__(self, parent: QObject, work: Callable[[], Any], busy_text: str = "") -> None:
        super().__init__(parent)
        self._work = work
        self._busy: QProgressDialog | None = None
        self.running = False
        self._done.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        if busy_text and isinstance(parent, QWidget):
            self._busy = QProgressDialog(busy_text, "", 0, 0, parent)
            self._busy.setCancelButton(None)
            self._busy.setWindowModality(Qt.WindowModality.WindowModal)
            self._busy.setAutoClose(False)
            self._busy.setAutoReset(False)
            self._busy.hide()

    def start(self, pool: QThreadPool | None = None) -> BackgroundTask:
        # Python's cyclic garbage collector stops every thread while it scans; with a large
        # catalogue in memory a full scan took 0.4 s, in which the window did not repaint.
        # What lives now (the app, the catalogue) is set aside from scanning (gc.freeze);
        # objects still freed normally when nothing refers to them.
        gc.freeze()
        self.running = True
        if self._busy is not None:
            QTimer.singleShot(BUSY_DELAY_MS, self, self._show_busy)
        (pool or QThreadPool.globalInstance()).start(_Job(self._work, self._done))
        return self

    def _show_busy(self) -> None:
        if self.running and self._busy is not None:
            self._busy.show()

    def _deliver(self, ok: bool, value: object) -> None:
        self.running = False
        if self._busy is not None:
            self._busy.reset()
            self._busy.deleteLater()
            self._busy = None
        if ok:
            self.succeeded.emit(value)
        else:
            self.failed.emit(value)
        self.finished.emit()
        self.deleteLater()


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], done: Any) -> None:
        super().__init__()
        self._work = work
        self._done = done

    def run(self) -> None:
        try:
            outcome = (True, self._work())
        except Exception as error:  # handed to the UI thread, which reports it
            outcome = (False, error)
        # RuntimeError: the task's owner was closed meanwhile and nobody is waiting.
        with contextlib.suppress(RuntimeError):
            self._done.emit(*outcome)


def run_in_background(
    parent: QObject,
    work: Callable[[], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[Exception], None],
    *,
    busy_text: str = "",
    pool: QThreadPool | None = None,
) -> BackgroundTask:
    """Run ``work`` on a pool thread; then ``on_success(result)`` or ``on_failure(error)`` on
    the UI thread. ``busy_text`` shows a busy dialog over ``parent`` while the work takes long."""
    task = BackgroundTask(parent, work, busy_text)
    task.succeeded.connect(on_success)
    task.failed.connect(on_failure)
    return task.start(pool)
