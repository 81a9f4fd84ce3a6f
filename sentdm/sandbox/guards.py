"""What the sandbox checks around every call: the rate limit and idempotency keys.

Both are kept in memory, per API key, and are safe from many threads at once.
"""

from __future__ import annotations

import math
import re
import threading
import time
from typing import Callable, Dict, NamedTuple, Optional, Tuple

__all__ = ["RateLimit", "Window", "IdempotencyCache", "Cached", "InFlight", "parse_rate"]

#: How long a successful answer is replayed for the same idempotency key.
IDEMPOTENCY_TTL = 24 * 60 * 60

_PERIODS = {"s": 1, "sec": 1, "second": 1, "min": 60, "minute": 60, "h": 3600, "hour": 3600}
_RATE = re.compile(r"\s*([0-9]+)\s*/\s*([0-9]*)\s*([a-z]+)\s*")


def parse_rate(text: str) -> Tuple[int, float]:
    """``"60/min"`` -> ``(60, 60.0)``: the number of requests allowed per period of seconds.
    Periods: ``s``, ``min``, ``hour`` (also ``10/5s``). ValueError says what is wrong."""
    match = _RATE.fullmatch(text.lower())
    if not match or match.group(3) not in _PERIODS or int(match.group(1)) < 1:
        raise ValueError(f"{text!r} is not a rate such as 60/min, 10/s or 1000/hour")
    return int(match.group(1)), float(match.group(2) or 1) * _PERIODS[match.group(3)]


class Window(NamedTuple):
    """The state of one key's rate limit after a request: whether it was let through."""

    allowed: bool
    limit: int
    remaining: int
    ends: float  # Unix time at which the window starts afresh

    def headers(self, names: "Tuple[Optional[str], Optional[str], Optional[str]]"
                ) -> Dict[str, str]:
        values = (self.limit, self.remaining, math.ceil(self.ends))
        return {name: str(value) for name, value in zip(names, values) if name}

    def retry_after(self, clock: Callable[[], float] = time.time) -> int:
        """Whole seconds until the window ends (at least 1)."""
        return max(1, math.ceil(self.ends - clock()))


class RateLimit:
    """``limit`` requests per ``period`` seconds for each key, in fixed windows (each starts
    with the first request after the last one ended); counts the requests it refused
    (``refused``)."""

    def __init__(self, limit: int, period: float, clock: Callable[[], float] = time.time):
        self.limit = limit
        self.period = period
        self.clock = clock
        self.refused = 0
        self._windows: Dict[str, Tuple[float, int]] = {}
        self._lock = threading.Lock()

    def take(self, key: str) -> Window:
        """Count one request of ``key``: allowed while its window has room."""
        with self._lock:
            moment = self.clock()
            start, used = self._windows.get(key, (0.0, 0))
            if moment >= start + self.period:
                start, used = moment, 0
            allowed = used < self.limit
            used += allowed
            self._windows[key] = (start, used)
            self.refused += not allowed
            return Window(allowed, self.limit, self.limit - used, start + self.period)


class Cached(NamedTuple):
    """A successful answer kept for its idempotency key."""

    status: int
    headers: Dict[str, str]
    body: bytes
    request_id: str
    expires: float


class InFlight(Exception):
    """The same idempotency key is being served right now."""


class IdempotencyCache:
    """Successful answers by (API key, idempotency key) for 24 hours; a key whose first request
    is still being served is *in flight*. Only successes are kept, so a call that failed can be
    retried with its key."""

    def __init__(self, clock: Callable[[], float] = time.time, ttl: float = IDEMPOTENCY_TTL):
        self.clock = clock
        self.ttl = ttl
        self._answers: Dict[Tuple[str, str], Cached] = {}
        self._in_flight: set = set()
        self._lock = threading.Lock()

    def begin(self, scope: Tuple[str, str]) -> Optional[Cached]:
        """The answer to replay for this key, or None after marking the key in flight (then call
        :meth:`end`). Raises InFlight while another request holds the key."""
        with self._lock:
            cached = self._answers.get(scope)
            if cached is not None and cached.expires > self.clock():
                return cached
            if scope in self._in_flight:
                raise InFlight(scope[1])
            self._in_flight.add(scope)
            return None

    @property
    def in_flight(self) -> int:
        """How many keys are being served right now."""
        with self._lock:
            return len(self._in_flight)

    def end(self, scope: Tuple[str, str], status: int, headers: Dict[str, str], body: bytes,
            request_id: str) -> None:
        """The key's request is answered: keep a success, forget anything else."""
        with self._lock:
            self._in_flight.discard(scope)
            if 200 <= status < 300:
                self._answers[scope] = Cached(status, dict(headers), body, request_id,
                                              self.clock() + self.ttl)
