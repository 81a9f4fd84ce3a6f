"""Stores that remember which events were handled, so that a redelivery is handed over once.

A receiver *claims* an event's key before handling it. The claim answers:

* ``NEW``: nobody has it; handle the event, then call :meth:`done` (or :meth:`release` if the
  handling failed, so that Sent's next delivery is handled afresh);
* ``HANDLING``: another delivery of the same event is being handled right now; answer so that
  Sent tries again later (if that handling fails, the retry must not find the event done);
* ``HANDLED``: handled already; answer 2xx and do nothing.

A claim nobody finishes within ``lease`` seconds (its process died) lapses; a handled key is
forgotten after ``ttl`` seconds, long after Sent has stopped redelivering.
:class:`MemoryStore` serves the threads of one process, :class:`SQLiteStore` every process that
opens the same file.
"""

from __future__ import annotations

import contextlib
import os
import threading
import time
from typing import Any, Callable, Dict, Iterator, Protocol, Tuple, Union

from ..errors import ConfigurationError, SentdmError

__all__ = ["NEW", "HANDLING", "HANDLED", "Store", "MemoryStore", "SQLiteStore", "StoreError",
           "DEFAULT_TTL", "DEFAULT_LEASE"]

NEW = "new"
HANDLING = "handling"
HANDLED = "handled"

#: Seconds a handled key is remembered: three days, beyond any redelivery.
DEFAULT_TTL = 3 * 24 * 3600.0
#: Seconds a claim holds before it counts as abandoned.
DEFAULT_LEASE = 300.0

Clock = Callable[[], float]


class Store(Protocol):
    """What a receiver needs of a store (see the module's description)."""

    def claim(self, key: str) -> str: ...

    def done(self, key: str) -> None: ...

    def release(self, key: str) -> None: ...


class StoreError(SentdmError):
    """The store could not be read or written (for SQLite: a locked, unreadable or unwritable
    file); a receiver answers 503, so that Sent delivers the event again later."""


def _check_durations(ttl: float, lease: float) -> None:
    for name, value in (("ttl", ttl), ("lease", lease)):
        if not isinstance(value, (int, float)) or isinstance(value, bool) or not value > 0:
            raise ConfigurationError(f"{name}: must be a positive number of seconds, "
                                     f"not {value!r}")


class MemoryStore:
    """Keys remembered in this process: for a receiver that runs as one process."""

    def __init__(self, ttl: float = DEFAULT_TTL, lease: float = DEFAULT_LEASE,
                 clock: Clock = time.time):
        _check_durations(ttl, lease)
        self.ttl, self.lease, self.clock = ttl, lease, clock
        self._entries: Dict[str, Tuple[str, float]] = {}  # key -> (state, expires)
        self._lock = threading.Lock()

    def claim(self, key: str) -> str:
        now = self.clock()
        with self._lock:
            self._forget_expired(now)
            state, _ = self._entries.get(key, (NEW, 0.0))
            if state == NEW:
                self._entries[key] = (HANDLING, now + self.lease)
            return state

    def done(self, key: str) -> None:
        with self._lock:
            self._entries[key] = (HANDLED, self.clock() + self.ttl)

    def release(self, key: str) -> None:
        with self._lock:
            if self._entries.get(key, (NEW,))[0] == HANDLING:
                del self._entries[key]

    def _forget_expired(self, now: float) -> None:
        expired = [key for key, (_, expires) in self._entries.items() if expires <= now]
        for key in expired:
            del self._entries[key]


class SQLiteStore:
    """Keys remembered in an SQLite file, shared by every process and thread that opens it
    (the workers of a web server). Each call opens its own connection, so a store can be
    shared by threads and survives a fork."""

    TABLE = "sentdm_webhook_events"

    def __init__(self, path: Union[str, "os.PathLike[str]"], ttl: float = DEFAULT_TTL,
                 lease: float = DEFAULT_LEASE, clock: Clock = time.time, timeout: float = 30.0):
        _check_durations(ttl, lease)
        self.path = os.fspath(path)
        self.ttl, self.lease, self.clock, self.timeout = ttl, lease, clock, timeout
        with self._transaction() as db:
            db.execute(f"CREATE TABLE IF NOT EXISTS {self.TABLE} (key TEXT PRIMARY KEY, "
                       "state TEXT NOT NULL, expires REAL NOT NULL)")
            db.execute(f"CREATE INDEX IF NOT EXISTS {self.TABLE}_expires ON {self.TABLE} (expires)")

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[Any]:
        """A connection inside ``BEGIN IMMEDIATE``: one writer at a time, across processes.
        Any SQLite failure (a locked or unwritable file) becomes a StoreError."""
        import sqlite3  # here, not at import: most receivers never use this store

        try:
            db = sqlite3.connect(self.path, timeout=self.timeout, isolation_level=None)
            try:
                db.execute("BEGIN IMMEDIATE")
                yield db
                db.execute("COMMIT")
            finally:
                db.close()  # uncommitted work is rolled back
        except sqlite3.Error as exc:
            raise StoreError(f"webhook store {self.path!r}: {exc}") from None

    def claim(self, key: str) -> str:
        now = self.clock()
        with self._transaction() as db:
            db.execute(f"DELETE FROM {self.TABLE} WHERE expires <= ?", (now,))
            row = db.execute(f"SELECT state FROM {self.TABLE} WHERE key = ?", (key,)).fetchone()
            if row is not None:
                return str(row[0])
            db.execute(f"INSERT INTO {self.TABLE} VALUES (?, ?, ?)",
                       (key, HANDLING, now + self.lease))
            return NEW

    def done(self, key: str) -> None:
        with self._transaction() as db:
            db.execute(f"INSERT OR REPLACE INTO {self.TABLE} VALUES (?, ?, ?)",
                       (key, HANDLED, self.clock() + self.ttl))

    def release(self, key: str) -> None:
        with self._transaction() as db:
            db.execute(f"DELETE FROM {self.TABLE} WHERE key = ? AND state = ?", (key, HANDLING))
