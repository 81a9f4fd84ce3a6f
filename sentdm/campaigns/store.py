"""A campaign's state in Redis: what to send, each recipient's state and result, the counts.

Keys, under ``sentdm:campaign:<id>``:

* ``(the key itself)``: the definition (JSON): operation, shared arguments, chunk count, ...
* ``:chunk:<n>``: the recipients of chunk ``n`` (JSON: ``[[index, arguments], ...]``);
* ``:state``: recipient index -> ``in_flight:<run>``, or a final state (``sent``, ``failed``,
  ``unknown``, ``duplicate``);
* ``:results``: recipient index -> its result (JSON), written with its final state;
* ``:counts``: final state -> how many, plus ``rate_limited`` (429 answers);
* ``:lease:<n>``: which run is sending chunk ``n`` (expires unless renewed).

A final state never changes; a result is written only by the run that marked the recipient in
flight. Each of those steps is one Lua script, so workers and redeliveries cannot interleave.
"""

from __future__ import annotations

import json
import threading
from typing import Any, Dict, Iterator, List, Mapping, NamedTuple, Optional, Sequence, Tuple

__all__ = ["CampaignStore", "RecipientResult", "CampaignStatus", "FINAL_STATES",
           "SENT", "FAILED", "UNKNOWN", "DUPLICATE", "IN_FLIGHT"]

SENT, FAILED, UNKNOWN, DUPLICATE = "sent", "failed", "unknown", "duplicate"
FINAL_STATES = (SENT, FAILED, UNKNOWN, DUPLICATE)
IN_FLIGHT = "in_flight"
PREFIX = "sentdm:campaign:"

# KEYS: state, results, counts. ARGV: index, run, state, result JSON. Only the run that has the
# recipient in flight settles it, once.
_SETTLE = """
if redis.call('HGET', KEYS[1], ARGV[1]) ~= 'in_flight:' .. ARGV[2] then return 0 end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[3])
redis.call('HSET', KEYS[2], ARGV[1], ARGV[4])
redis.call('HINCRBY', KEYS[3], ARGV[3], 1)
return 1
"""

# KEYS: state. ARGV: index, run. Marks the recipient in flight for this run unless it is final;
# returns what the state was before ('' for none).
_CLAIM = """
local before = redis.call('HGET', KEYS[1], ARGV[1]) or ''
if before ~= '' and string.sub(before, 1, 9) ~= 'in_flight' then return before end
redis.call('HSET', KEYS[1], ARGV[1], 'in_flight:' .. ARGV[2])
return before
"""

# KEYS: lease. ARGV: run, milliseconds. Extends the lease if this run holds it.
_RENEW = """
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
return redis.call('PEXPIRE', KEYS[1], ARGV[2])
"""

_RELEASE = """
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
"""


class RecipientResult(NamedTuple):
    """What happened to recipient ``index`` (its position in the input).

    ``status`` is ``sent`` (``data`` is the API's answer in wire form), ``failed`` (``error``
    says why; it was not sent), ``unknown`` (it may or may not have been sent: its worker was
    lost while sending, or the answer did not come, on an API that does not deduplicate by
    idempotency key, so it is not resent), or ``duplicate`` (the same recipient as
    ``duplicate_of``, sent once).
    """

    index: int
    recipient: str
    status: str
    data: Any = None
    error: Optional[str] = None
    http_status: Optional[int] = None
    idempotency_key: Optional[str] = None
    attempts: int = 0
    duplicate_of: Optional[int] = None

    def to_json(self) -> str:
        return json.dumps(self._asdict(), separators=(",", ":"), default=str)

    @classmethod
    def from_json(cls, text: Any) -> "RecipientResult":
        return cls(**json.loads(text))


class CampaignStatus(NamedTuple):
    """How far a campaign is: the count of each final state, those still to settle, and whether
    it is finished (every recipient settled)."""

    campaign_id: str
    total: int
    sent: int
    failed: int
    unknown: int
    duplicate: int
    rate_limited: int  # 429 answers received (each paused every worker)

    @property
    def pending(self) -> int:
        return self.total - self.sent - self.failed - self.unknown - self.duplicate

    @property
    def done(self) -> bool:
        return self.pending == 0

    def to_dict(self) -> Dict[str, Any]:
        return {**self._asdict(), "pending": self.pending, "done": self.done}


class CampaignStore:
    """One campaign's keys in the Redis that ``redis`` (a ``redis.Redis``) talks to."""

    def __init__(self, redis: Any, campaign_id: str):
        self.redis = redis
        self.campaign_id = campaign_id
        self._base = PREFIX + campaign_id
        self._keys = [self._base + ":state", self._base + ":results", self._base + ":counts"]
        self._settle = redis.register_script(_SETTLE)
        self._claim = redis.register_script(_CLAIM)
        self._renew = redis.register_script(_RENEW)
        self._release = redis.register_script(_RELEASE)

    # -- definition -------------------------------------------------------------------------
    def create(self, definition: Mapping[str, Any], chunks: Sequence[Sequence[Tuple[int, Any]]],
               settled: Sequence[RecipientResult]) -> bool:
        """Store a new campaign; False (and nothing changes) if its id is taken."""
        if not self.redis.set(self._base, json.dumps(definition), nx=True):
            return False
        pipe = self.redis.pipeline(transaction=True)
        for number, chunk in enumerate(chunks):
            pipe.set(f"{self._base}:chunk:{number}", json.dumps(list(chunk)))
        for result in settled:
            pipe.hset(self._keys[0], str(result.index), result.status)
            pipe.hset(self._keys[1], str(result.index), result.to_json())
            pipe.hincrby(self._keys[2], result.status, 1)
        pipe.execute()
        return True

    def definition(self) -> Optional[Dict[str, Any]]:
        text = self.redis.get(self._base)
        return None if text is None else json.loads(text)

    def chunk(self, number: int) -> List[Tuple[int, Dict[str, Any]]]:
        text = self.redis.get(f"{self._base}:chunk:{number}")
        return [] if text is None else [(index, item) for index, item in json.loads(text)]

    # -- recipients -------------------------------------------------------------------------
    def claim(self, index: int, run: str) -> str:
        """Mark recipient ``index`` in flight for ``run``, unless it is settled. Returns its
        state before: ``""`` (never tried), ``in_flight:<run>`` (a run that died while sending
        it), or a final state (then it stays as it is)."""
        before = self._claim(keys=self._keys[:1], args=[index, run])
        return before.decode() if isinstance(before, bytes) else before

    def settle(self, run: str, result: RecipientResult) -> bool:
        """Record ``result`` as the recipient's final state, if ``run`` has it in flight."""
        return bool(self._settle(keys=self._keys,
                                 args=[result.index, run, result.status, result.to_json()]))

    def count_rate_limited(self) -> None:
        self.redis.hincrby(self._keys[2], "rate_limited", 1)

    def status(self, total: int) -> CampaignStatus:
        counts = {k.decode(): int(v) for k, v in self.redis.hgetall(self._keys[2]).items()}
        return CampaignStatus(self.campaign_id, total, *(counts.get(state, 0) for state in
                                                         (SENT, FAILED, UNKNOWN, DUPLICATE)),
                              counts.get("rate_limited", 0))

    def results(self) -> Iterator[RecipientResult]:
        """Every settled recipient's result, in input order."""
        found = self.redis.hgetall(self._keys[1])
        for index in sorted(found, key=int):
            yield RecipientResult.from_json(found[index])

    def in_flight(self) -> List[int]:
        """The recipients some run is sending now (or was sending when it died)."""
        return sorted(int(index) for index, state in self.redis.hgetall(self._keys[0]).items()
                      if state.startswith(IN_FLIGHT.encode()))

    # -- leases -----------------------------------------------------------------------------
    def lease(self, chunk: int, run: str, seconds: float) -> Optional["Lease"]:
        """Hold chunk ``chunk`` for ``run`` (renewed in the background until released), or None
        if another run that is alive holds it."""
        key, millis = f"{self._base}:lease:{chunk}", int(seconds * 1000)
        if not self.redis.set(key, run, nx=True, px=millis):
            return None
        return Lease(self, key, run, millis)


class Lease:
    """A chunk held by one run: renewed every third of its time while the run lives, so that a
    run whose worker died loses it soon, and a redelivered task can take the chunk over."""

    def __init__(self, store: CampaignStore, key: str, run: str, millis: int):
        self._store, self._key, self._run, self._millis = store, key, run, millis
        self._stopped = threading.Event()
        self._thread = threading.Thread(target=self._keep, daemon=True, name=f"lease {key}")
        self._thread.start()

    def _keep(self) -> None:
        while not self._stopped.wait(self._millis / 3000):
            if not self._store._renew(keys=[self._key], args=[self._run, self._millis]):
                return

    def release(self) -> None:
        self._stopped.set()
        self._thread.join()
        self._store._release(keys=[self._key], args=[self._run])

    def __enter__(self) -> "Lease":
        return self

    def __exit__(self, *exc_info: Any) -> None:
        self.release()
