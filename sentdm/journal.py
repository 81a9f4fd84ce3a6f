"""The durable journal of a bulk run: each request's state in a SQLite file, written before the
request goes out and again when its outcome is known, so that a run that dies (SIGKILL, power
loss) can be resumed without sending anything twice.

States of a unit (one request of the batch):

* ``pending``: not sent, or answered 429 (the API did not act on it): send it;
* ``sending``: the request may be on its way (written and synced before it is sent). A run
  that finds this state died while sending: the message may or may not have gone out;
* ``sent``: the API confirmed it (its answer is kept);
* ``failed``: the API refused it (it was not sent): a resume sends it again;
* ``unknown``: it may have been sent (no answer, a timeout, a server error after it arrived).

Each write is its own transaction, synced to disk (WAL, ``synchronous=FULL``) before the call
returns. The file also keeps the batch id (so idempotency keys derived from it are the same on
a resume) and a fingerprint of every request, so that a journal is never applied to another
batch. Imported only by a journaled run: ``import sentdm`` does not load sqlite3.
"""

from __future__ import annotations

import hashlib
import json
import threading
from typing import Any, Dict, Iterable, NamedTuple, Optional, Tuple

from .errors import ValidationError

__all__ = ["Journal", "Entry", "fingerprint", "PENDING", "SENDING", "SENT", "FAILED", "UNKNOWN"]

PENDING, SENDING, SENT, FAILED, UNKNOWN = "pending", "sending", "sent", "failed", "unknown"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS batch (
    id INTEGER PRIMARY KEY CHECK (id = 1), batch_id TEXT NOT NULL, operation TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS units (
    unit INTEGER PRIMARY KEY, fingerprint TEXT NOT NULL, state TEXT NOT NULL,
    idempotency_key TEXT, attempts INTEGER NOT NULL DEFAULT 0, data TEXT, error TEXT);
"""


class Entry(NamedTuple):
    """A unit as the journal recorded it; ``data`` is the API's answer in wire form (JSON)."""

    state: str
    idempotency_key: Optional[str]
    attempts: int
    data: Any
    error: Optional[str]


class Journal:
    """One batch's journal file; safe to write from the batch's worker threads."""

    def __init__(self, path: str):
        import sqlite3  # only journaled runs pay for it

        self.path = path
        try:
            self._db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=FULL")
            self._db.executescript(_SCHEMA)
        except sqlite3.Error as exc:
            raise ValidationError("bulk", {"journal": [f"cannot use {path} as a journal: {exc}"]}
                                  ) from None
        self._lock = threading.Lock()

    def batch_id(self) -> Optional[str]:
        """The id of the batch this journal records, or None for a new journal."""
        row = self._db.execute("SELECT batch_id FROM batch").fetchone()
        return row[0] if row else None

    def start(self, batch_id: str, operation: str,
              units: Iterable[Tuple[int, str, Optional[str]]]) -> Dict[int, Entry]:
        """Record a new batch, or check that this one is the batch recorded: ``units`` are
        ``(unit, fingerprint, idempotency key)``. Returns what was recorded of each unit."""
        units = list(units)
        with self._lock:
            with self._db:  # one transaction: commits at the end, or rolls back
                self._db.execute("BEGIN IMMEDIATE")
                recorded = self._db.execute("SELECT batch_id, operation FROM batch").fetchone()
                if recorded is None:
                    self._db.execute("INSERT INTO batch VALUES (1, ?, ?)", (batch_id, operation))
                    self._db.executemany(
                        "INSERT INTO units (unit, fingerprint, state, idempotency_key) "
                        "VALUES (?, ?, 'pending', ?)", units)
            if recorded is None:
                return {}
            rows = self._db.execute("SELECT unit, fingerprint, state, idempotency_key, attempts, "
                                    "data, error FROM units ORDER BY unit").fetchall()
        stored = {row[0]: row[1] for row in rows}
        given = {unit: fingerprint for unit, fingerprint, _ in units}
        if recorded != (batch_id, operation) or stored != given:
            differs = sorted(set(stored.items()) ^ set(given.items()))
            raise ValidationError("bulk", {"journal": [
                f"{self.path} records another batch ({recorded[1]}, batch id {recorded[0]}"
                + (f"; request {differs[0][0] + 1} differs" if differs else "")
                + "): give a new journal file to send this one"]})
        return {unit: Entry(state, key, attempts, json.loads(data) if data else None, error)
                for unit, _, state, key, attempts, data, error in rows}

    def sending(self, unit: int, attempts: int) -> None:
        """Synced before the request goes out."""
        self._write("UPDATE units SET state = 'sending', attempts = ? WHERE unit = ?",
                    (attempts, unit))

    def pending(self, unit: int) -> None:
        """Back to be sent: the API answered without acting on it (429)."""
        self._write("UPDATE units SET state = 'pending' WHERE unit = ?", (unit,))

    def settle(self, unit: int, state: str, data: Any = None, error: Optional[str] = None
               ) -> None:
        self._write("UPDATE units SET state = ?, data = ?, error = ? WHERE unit = ?",
                    (state, None if data is None else json.dumps(data), error, unit))

    def _write(self, statement: str, values: Tuple[Any, ...]) -> None:
        with self._lock:
            self._db.execute(statement, values)

    def close(self) -> None:
        with self._lock:
            self._db.close()


def fingerprint(method: str, target: str, body: Optional[bytes]) -> str:
    """What a request sends, without its idempotency key: the same batch makes the same ones."""
    digest = hashlib.sha256(f"{method} {target}\n".encode())
    digest.update(body or b"")
    return digest.hexdigest()
