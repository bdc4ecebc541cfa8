"""Time-ordered record ids: UUID version 7 as specified in RFC 9562."""

from __future__ import annotations

import secrets
import threading
import time
import uuid

_MAX_COUNTER = 0xFFF  # the 12 bits of ``rand_a``


class _UUID7Generator:
    """Makes UUIDv7s that increase strictly within this process.

    RFC 9562 section 6.2, method 1: ``rand_a`` is a counter seeded randomly in
    each new millisecond and incremented for further ids in the same
    millisecond. If it overflows, or the clock goes backwards, the timestamp of
    the previous id is advanced by one millisecond instead.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._last_ms = 0
        self._counter = 0

    def __call__(self) -> uuid.UUID:
        with self._lock:
            now_ms = time.time_ns() // 1_000_000
            if now_ms > self._last_ms:
                self._last_ms = now_ms
                # Seed in the lower half so that many ids fit in one millisecond.
                self._counter = secrets.randbits(11)
            else:
                self._counter += 1
                if self._counter > _MAX_COUNTER:
                    self._last_ms += 1
                    self._counter = secrets.randbits(11)
            timestamp_ms, counter = self._last_ms, self._counter
        value = (timestamp_ms & 0xFFFF_FFFF_FFFF) << 80
        value |= 0x7 << 76  # version
        value |= counter << 64  # rand_a
        value |= 0b10 << 62  # variant
        value |= secrets.randbits(62)  # rand_b
        return uuid.UUID(int=value)


_generate = _UUID7Generator()


def new_id() -> uuid.UUID:
    """Return a new UUIDv7; ids made later in this process compare greater."""
    return _generate()


def id_timestamp_ms(value: uuid.UUID) -> int:
    """Milliseconds since the Unix epoch encoded in a UUIDv7."""
    if value.version != 7:
        raise ValueError(f"not a UUIDv7: {value}")
    return value.int >> 80
