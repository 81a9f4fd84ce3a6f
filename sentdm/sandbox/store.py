"""The sandbox's state: records in wire form (the API's JSON field names), kept in SQLite.

One code path for both modes: ``":memory:"`` (the default) keeps state for the life of the
sandbox, a file path keeps it across restarts. Each collection is a table of JSON records plus
the few fields the sandbox looks records up by, as indexed columns; insertion order (``seq``)
gives "newest first" even when two records share a timestamp.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import sqlite3
import threading
import uuid
from typing import Any, Dict, Iterator, List, Mapping, Optional, Sequence

__all__ = ["Store", "Record", "now"]

Record = Dict[str, Any]

MEMORY = ":memory:"
#: SQLite integers are 64-bit: a LIMIT or OFFSET past this would overflow.
_SQLITE_MAX_INTEGER = 2 ** 63 - 1


def now() -> str:
    """The current UTC time as the API writes it: ISO 8601 with milliseconds and ``Z``."""
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="milliseconds").replace(
        "+00:00", "Z")


class Store:
    """Collections of records: ``collections`` maps each name to the fields it is searched by.

    Every method is safe from several threads; ``transaction()`` makes a group of calls atomic
    (a request's whole handler runs in one).
    """

    def __init__(self, collections: Mapping[str, Sequence[str]], path: str = MEMORY):
        self.path = path
        self._keys = {name: tuple(keys) for name, keys in collections.items()}
        self._lock = threading.RLock()
        self._depth = 0
        self._trial = False
        self._db = sqlite3.connect(path, check_same_thread=False)
        with self.transaction():
            for name, keys in self._keys.items():
                columns = "".join(f', "{key}" TEXT' for key in keys)
                self._db.execute(f'CREATE TABLE IF NOT EXISTS "{name}" ('
                                 'seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE'
                                 f'{columns}, data TEXT NOT NULL)')
                for key in keys:
                    self._db.execute(f'CREATE INDEX IF NOT EXISTS "{name}_{key}" '
                                     f'ON "{name}" ("{key}")')

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """All store calls inside happen together or not at all, and no other thread interleaves.
        Transactions nest: only the outermost one commits."""
        with self._lock:
            self._depth += 1
            try:
                yield
            except BaseException:
                self._depth -= 1
                if not self._depth:
                    self._db.rollback()
                raise
            self._depth -= 1
            if self._depth:
                return
            if self._trial:
                self._db.rollback()
            else:
                self._db.commit()

    @contextlib.contextmanager
    def trial(self) -> Iterator[None]:
        """Like :meth:`transaction`, but everything done inside is undone at the end: an answer
        as realistic as a real call's, with no side effects."""
        with self._lock:
            outer = self._trial
            self._trial = True
            try:
                with self.transaction():
                    yield
            finally:
                self._trial = outer

    def insert(self, collection: str, record: Record, *, stamp: bool = True) -> Record:
        """Store a new record, giving it an ``id`` (a UUID) unless it has one and, with
        ``stamp``, ``createdAt`` and ``updatedAt``."""
        stamps = {"createdAt": now(), "updatedAt": now()} if stamp else {}
        record = {"id": str(uuid.uuid4()), **stamps, **record}
        keys = self._keys[collection]
        columns = ", ".join(f'"{key}"' for key in ("id", *keys, "data"))
        marks = ", ".join("?" for _ in range(len(keys) + 2))
        with self.transaction():
            self._db.execute(f'INSERT INTO "{collection}" ({columns}) VALUES ({marks})',
                             (record["id"], *(record.get(key) for key in keys), json.dumps(record)))
        return record

    def replace(self, collection: str, record: Record, *, stamp: bool = True) -> Record:
        """Store ``record`` in place of the one with its ``id``, stamping ``updatedAt`` unless
        told not to."""
        record = {**record, "updatedAt": now()} if stamp else record
        keys = self._keys[collection]
        assignments = "".join(f', "{key}" = ?' for key in keys)
        with self.transaction():
            self._db.execute(f'UPDATE "{collection}" SET data = ?{assignments} WHERE id = ?',
                             (json.dumps(record), *(record.get(key) for key in keys), record["id"]))
        return record

    def get(self, collection: str, id: str) -> Optional[Record]:
        found = self.find(collection, id=id)
        return found[0] if found else None

    def find(self, collection: str, *, newest_first: bool = True, limit: Optional[int] = None,
             offset: int = 0, **equal: Any) -> List[Record]:
        """Records whose searchable fields equal ``equal``, newest first unless told otherwise."""
        if offset > _SQLITE_MAX_INTEGER:  # a page past any that can exist (a huge page number)
            return []
        where, values = self._where(collection, equal)
        order = "DESC" if newest_first else "ASC"
        limit = -1 if limit is None else min(limit, _SQLITE_MAX_INTEGER)
        with self._lock:
            rows = self._db.execute(
                f'SELECT data FROM "{collection}"{where} ORDER BY seq {order} LIMIT ? OFFSET ?',
                (*values, limit, offset)).fetchall()
        return [json.loads(data) for (data,) in rows]

    def delete(self, collection: str, **equal: Any) -> None:
        where, values = self._where(collection, equal)
        with self.transaction():
            self._db.execute(f'DELETE FROM "{collection}"{where}', values)

    def clear(self) -> None:
        """Forget everything."""
        with self.transaction():
            for name in self._keys:
                self._db.execute(f'DELETE FROM "{name}"')

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def count(self, collection: str, **equal: Any) -> int:
        where, values = self._where(collection, equal)
        with self._lock:
            return self._db.execute(f'SELECT COUNT(*) FROM "{collection}"{where}',
                                    values).fetchone()[0]

    def _where(self, collection: str, equal: Mapping[str, Any]) -> tuple:
        """A WHERE clause: indexed fields compare their column, any other field its JSON."""
        if not equal:
            return "", ()
        columns = ("id", *self._keys[collection])
        tests = [f'"{key}" = ?' if key in columns else "json_extract(data, ?) = ?"
                 for key in equal]
        values: List[Any] = []
        for key, value in equal.items():
            values += [value] if key in columns else [f'$."{key}"', value]
        return " WHERE " + " AND ".join(tests), tuple(values)
