"""Bulk sending: one template to many phone numbers (or contacts), many requests at a time over the
client's pooled connections.

* Every input gets a :class:`BulkResult` at the same index: sent (with the API's answer), failed
  (with the exception: a bad number is a ValidationError and is never sent, an API refusal is an
  APIStatusError), unknown (it may have been sent: no answer came, or a server error after it
  arrived), a duplicate of an earlier identical item (sent once), or not sent (the batch was
  stopped). One failure never stops the batch.
* A 429 answer pauses the whole batch, not just the worker that got it: every worker waits until
  the time the API asked for (``Retry-After``, in seconds or as an HTTP date) or, without it, an
  exponential back-off that grows while the 429s continue. The item is then retried.
* Where the API honours idempotency keys for the operation, each item carries a key derived from
  the batch id and the request (unless the item gives its own), the same on every retry, so a
  retried request cannot send twice; running a batch again with the same ``batch_id`` reuses the
  keys. Where it does not, no key is generated and a request that may have reached the server
  is never repeated: it fails instead of risking a second message.

* With a ``journal`` (a SQLite file, :mod:`sentdm.journal`), each request's state is recorded
  before it is sent and when its outcome is known, and a run with the same journal resumes:
  requests confirmed sent are not sent again, and those that may have been sent when the run
  died are reported unknown and sent again only with ``resend_unknown`` (with their original
  idempotency key, where the API honours keys).

The engine (:class:`Batch`) works for any operation; :func:`send_bulk` finds its operations from
the table's ``bulk`` declarations.
"""

from __future__ import annotations

import email.utils
import math
import threading
import time
import uuid
from collections import Counter
from datetime import datetime, timezone
from typing import (TYPE_CHECKING, Any, Callable, Dict, Iterable, List, Mapping, NamedTuple,
                    Optional, Sequence, Tuple)

from .errors import (APIConnectionError, APIError, APIStatusError, APITimeoutError,
                     RateLimitError, SentdmError, ValidationError)
from .models import _to_wire
from .operations import Request
from .spec import ApiSpec, did_you_mean, snake_case

if TYPE_CHECKING:
    from concurrent.futures import Executor

    from .journal import Journal

# concurrent.futures and asyncio are imported where they are used: ``import sentdm`` need not
# pay for them.

__all__ = ["Batch", "BulkResult", "BulkSummary", "send_bulk", "message_batch", "operation_batch",
           "recipient_operations", "recipient_lists", "DEFAULT_CONCURRENCY"]

#: Below the client's default of 10 pooled connections, so that workers never wait for one.
DEFAULT_CONCURRENCY = 8
DEFAULT_MAX_ATTEMPTS = 10

SENT, FAILED, UNKNOWN, DUPLICATE, NOT_SENT = "sent", "failed", "unknown", "duplicate", "not_sent"

# Keys are uuid5(namespace, batch id + request): stable for the same batch id and request.
_KEY_NAMESPACE = uuid.UUID("6f6b5a3e-3c1d-5d55-9a0e-5e6e74646d2b")

Progress = Callable[["BulkResult", int, int], None]


class BulkResult(NamedTuple):
    """What happened to the input at ``index`` (``item`` is its arguments).

    ``status`` is ``"sent"`` (``data`` is the API's answer), ``"failed"`` (``error`` says why;
    it was not sent), ``"unknown"`` (it may or may not have been sent: ``error`` says what
    happened), ``"duplicate"`` (the same request as the input at ``duplicate_of``, sent only
    once) or ``"not_sent"`` (the batch was stopped first).
    """

    index: int
    item: Mapping[str, Any]
    status: str
    data: Any = None
    error: Optional[SentdmError] = None
    idempotency_key: Optional[str] = None
    attempts: int = 0
    duplicate_of: Optional[int] = None

    @property
    def ok(self) -> bool:
        return self.status == SENT


class BulkSummary(NamedTuple):
    """Every result, in input order, and the counts."""

    batch_id: str
    results: Tuple[BulkResult, ...]
    rate_limited: int  # 429 answers received (each one paused the batch)
    elapsed: float

    def count(self, status: str) -> int:
        return sum(1 for result in self.results if result.status == status)

    @property
    def failures(self) -> List[BulkResult]:
        """The results that were neither sent nor duplicates."""
        return [r for r in self.results if r.status in (FAILED, UNKNOWN, NOT_SENT)]

    def to_dict(self) -> Dict[str, Any]:
        counts = Counter(result.status for result in self.results)
        return {"batch_id": self.batch_id, "total": len(self.results),
                **{status: counts[status]
                   for status in (SENT, FAILED, UNKNOWN, DUPLICATE, NOT_SENT)},
                "rate_limited": self.rate_limited, "elapsed_seconds": round(self.elapsed, 3)}


class Batch:
    """One operation called once per item, ``concurrency`` calls at a time, with a shared back-off.

    Arguments are checked and requests built when the batch is made; :meth:`run` (threads) or
    :meth:`run_async` (from asyncio) sends them. ``client`` is a :class:`sentdm.Client`.
    ``idempotency_key`` names the requests' keys where the API honours them: request ``n``
    (from 1) is sent with ``KEY-n`` unless its item gives its own; without it they derive from
    the batch id. Either way a re-run makes the same keys; one key for all would make the API
    answer every request after the first with the first one's answer.
    ``on_progress(result, done, total)`` is called for every finished item, always from the thread
    that runs the batch (never from a worker). ``journal`` (a file path) records the run and
    resumes the one it recorded (see the module's description).
    """

    def __init__(self, client: Any, operation: str, items: Iterable[Mapping[str, Any]], *,
                 batch_id: Optional[str] = None, max_attempts: int = DEFAULT_MAX_ATTEMPTS,
                 backoff: float = 0.5, max_backoff: float = 30.0,
                 on_progress: Optional[Progress] = None, journal: Optional[str] = None,
                 resend_unknown: bool = False, idempotency_key: Optional[str] = None):
        _check_at_least("max_attempts", max_attempts, 1)
        operations = client.service.operations
        if operation not in operations:
            raise ValidationError("bulk", {"operation": [
                f"No operation {operation!r}{did_you_mean(operation, operations)}."]})
        self._client = client
        self._op = operations[operation]
        self._journal: Optional[Journal] = None
        if journal is not None:
            from .journal import Journal

            self._journal = Journal(str(journal))
            batch_id = _journal_batch_id(self._journal, batch_id)
        self.batch_id = batch_id or str(uuid.uuid4())
        self.items = [dict(item) for item in items]
        self._max_attempts = max_attempts
        self.on_progress = on_progress
        self._stop = threading.Event()
        self._backoff = _Backoff(backoff, max_backoff, self._stop)
        self._results: List[Optional[BulkResult]] = [None] * len(self.items)
        self._requests: Dict[int, Request] = {}
        self._keys: Dict[int, str] = {}
        # The batch pauses as a whole on a 429 (see _Backoff): the transport must not retry a
        # 429 on its own, per worker. Everything else it retries as for any call.
        self._policies = {safe: policy.new(status_forcelist=policy.status_forcelist - {429})
                          for safe, policy in client._retry_policies.items()}
        header = client.service.api.idempotency_header
        key_param = snake_case(header) if header and self._op.spec.idempotency_honoured else None
        if idempotency_key is not None and key_param is None:
            raise ValidationError("bulk", {"idempotency_key": [
                f"{operation} does not deduplicate calls by {header or 'an idempotency key'} "
                "(the table says idempotency_honoured = false), so a key would not make a "
                "resend safe: give none."]})
        self._done = 0
        self._started = time.monotonic()
        first_with: Dict[Tuple[str, str, Optional[bytes]], int] = {}
        for index, item in enumerate(self.items):
            try:
                request = self._op.build_request(item, client.check_formats)
            except ValidationError as exc:
                self._results[index] = BulkResult(index, item, FAILED, error=exc)
                continue
            identity = (request.method, request.target, request.body)
            if identity in first_with:
                self._results[index] = BulkResult(index, item, DUPLICATE,
                                                  duplicate_of=first_with[identity])
                continue
            first_with[identity] = index
            if key_param is not None and item.get(key_param) is None:
                # derived, not random: the same batch id (or key) gives the same keys on a re-run
                key = (f"{idempotency_key}-{index + 1}" if idempotency_key is not None else
                       uuid.uuid5(_KEY_NAMESPACE, f"{self.batch_id}\n{request.method} "
                                                  f"{request.target}\n{request.body!r}").hex)
                request = self._op.build_request({**item, key_param: key}, client.check_formats)
            if header and header in request.headers:
                self._keys[index] = request.headers[header]
            self._requests[index] = request
        if self._journal is not None:
            self._resume(resend_unknown, key_param)

    def _resume(self, resend_unknown: bool, key_param: Optional[str]) -> None:
        """Record this batch in the journal, or take up the run it recorded: what was sent is
        not sent again, what may have been sent is reported unknown unless ``resend_unknown``."""
        from .journal import SENDING, fingerprint

        assert self._journal is not None
        entries = self._journal.start(self.batch_id, self._op.key, [
            (index, fingerprint(request.method, request.target, request.body),
             self._keys.get(index)) for index, request in self._requests.items()])
        for index, entry in entries.items():
            item = self.items[index]
            restored = BulkResult(index, item, entry.state, idempotency_key=entry.idempotency_key,
                                  attempts=entry.attempts)
            if entry.state == SENT:
                self._results[index] = restored._replace(
                    data=self._op.data_from_wire(entry.data))
            elif entry.state in (SENDING, UNKNOWN) and not resend_unknown:
                why = entry.error or "the run sending it stopped before an answer came"
                self._results[index] = restored._replace(status=UNKNOWN, error=APIError(
                    f"may have been sent by an earlier run of batch {self.batch_id}: {why}"))
                self._journal.settle(index, UNKNOWN, error=why)
            elif entry.idempotency_key and key_param and \
                    self._keys.get(index) != entry.idempotency_key:  # resent with its first key
                self._requests[index] = self._op.build_request(
                    {**item, key_param: entry.idempotency_key}, self._client.check_formats)
                self._keys[index] = entry.idempotency_key
            if self._results[index] is not None:
                del self._requests[index]

    def cancel(self) -> None:
        """Stop: items not yet sent are reported ``"not_sent"``; requests in flight finish."""
        self._stop.set()

    def summary(self) -> BulkSummary:
        """The results so far (items not finished count as not sent)."""
        results = tuple(result or BulkResult(index, self.items[index], NOT_SENT,
                                             idempotency_key=self._keys.get(index))
                        for index, result in enumerate(self._results))
        return BulkSummary(self.batch_id, results, self._backoff.hits,
                           time.monotonic() - self._started)

    def run(self, concurrency: int = DEFAULT_CONCURRENCY) -> BulkSummary:
        """Send every item from a pool of ``concurrency`` threads; returns when all are done.

        On KeyboardInterrupt (or an exception from ``on_progress``) the batch is cancelled, the
        requests in flight are awaited and recorded, and the exception propagates: ``summary()``
        then tells what was sent.
        """
        from concurrent.futures import ThreadPoolExecutor, as_completed

        _check_at_least("concurrency", concurrency, 1)
        self._begin()
        with ThreadPoolExecutor(concurrency, thread_name_prefix="sentdm-bulk") as pool, \
                _terminate_as_interrupt(self._journal is not None):
            futures = [pool.submit(self._send, index) for index in self._requests]
            try:
                for future in as_completed(futures):
                    self._finish(future.result())
            except BaseException:
                self.cancel()
                self._keep(future.result() for future in futures)
                raise
            finally:
                self._close_journal()
        return self.summary()

    async def run_async(self, executor: "Executor", concurrency: int = DEFAULT_CONCURRENCY
                        ) -> BulkSummary:
        """The same from asyncio: each item is sent in ``executor``, ``concurrency`` at a time;
        ``on_progress`` runs in the event loop. Cancelling the task cancels the batch."""
        import asyncio

        _check_at_least("concurrency", concurrency, 1)
        loop = asyncio.get_running_loop()
        limit = asyncio.Semaphore(concurrency)

        async def send(index: int) -> BulkResult:
            async with limit:
                return await loop.run_in_executor(executor, self._send, index)

        self._begin()
        tasks = [asyncio.ensure_future(send(index)) for index in self._requests]
        try:
            for next_done in asyncio.as_completed(tasks):
                self._finish(await next_done)
        except BaseException:
            self.cancel()
            self._keep(r for r in await asyncio.gather(*tasks, return_exceptions=True)
                       if isinstance(r, BulkResult))
            raise
        finally:
            self._close_journal()
        return self.summary()

    def _close_journal(self) -> None:
        if self._journal is not None:
            self._journal.close()

    def _begin(self) -> None:
        """Start the clock and report the items settled without sending (invalid, duplicate)."""
        self._started = time.monotonic()
        for result in self._results:
            if result is not None:
                self._report(result)

    def _finish(self, result: BulkResult) -> None:
        self._results[result.index] = result
        self._report(result)

    def _report(self, result: BulkResult) -> None:
        self._done += 1
        if self.on_progress is not None:
            self.on_progress(result, self._done, len(self.items))

    def _keep(self, results: Iterable[BulkResult]) -> None:
        """Record results that arrived after the batch stopped, without reporting them."""
        for result in results:
            if self._results[result.index] is None:
                self._results[result.index] = result

    def _send(self, index: int) -> BulkResult:
        """Send one item (in a worker thread), retrying it after each 429 until it succeeds,
        fails otherwise, runs out of attempts or the batch stops."""
        request = self._requests[index]
        item, key = self.items[index], self._keys.get(index)
        policy = self._policies[request.idempotent]
        journal = self._journal
        attempts, error = 0, None
        give_up_at = None  # the retry budget (max_retry_time) runs from the first 429
        while self._backoff.wait():
            attempts += 1
            if journal is not None:
                journal.sending(index, attempts)  # on disk before the request goes out
            try:
                response = self._client._transport.send(request, self._client.timeout, policy)
                data = self._op.parse(response).data
            except RateLimitError as exc:
                if journal is not None:  # refused without acting on it: still to send
                    journal.pending(index)
                if give_up_at is None:
                    give_up_at = time.monotonic() + self._client.max_retry_time
                if not self._backoff.rate_limited(retry_after(exc.headers), give_up_at):
                    # the API asks for a longer pause than the budget allows: stop the batch
                    # (the items left are reported not sent) rather than wait past it
                    self.cancel()
                    return BulkResult(index, item, NOT_SENT, error=exc, idempotency_key=key,
                                      attempts=attempts)
                if attempts < self._max_attempts:
                    error = exc
                    continue
                return BulkResult(index, item, FAILED, error=exc, idempotency_key=key,
                                  attempts=attempts)
            except SentdmError as exc:
                status = outcome(exc)
                if journal is not None:
                    journal.settle(index, status, error=str(exc))
                return BulkResult(index, item, status, error=exc, idempotency_key=key,
                                  attempts=attempts)
            if journal is not None:
                journal.settle(index, SENT, data=_to_wire(data))
            self._backoff.succeeded()
            return BulkResult(index, item, SENT, data=data, idempotency_key=key, attempts=attempts)
        return BulkResult(index, item, NOT_SENT, error=error, idempotency_key=key,
                          attempts=attempts)


class _Backoff:
    """The pause shared by every worker of a batch: a 429 to one of them holds them all."""

    def __init__(self, base: float, cap: float, stop: threading.Event):
        self._base = base
        self._cap = cap
        self._stop = stop
        self._lock = threading.Lock()
        self._resume_at = 0.0
        self._streak = 0  # 429s in a row, each after the previous pause ended
        self.hits = 0

    def wait(self) -> bool:
        """Wait out the current pause; False if the batch was stopped meanwhile."""
        while not self._stop.is_set():
            with self._lock:
                delay = self._resume_at - time.monotonic()
            if delay <= 0:
                return True
            self._stop.wait(min(delay, threading.TIMEOUT_MAX))
        return False

    def rate_limited(self, retry_after: Optional[float], give_up_at: float) -> bool:
        """Pause everyone: for ``retry_after`` seconds if the API said, else exponentially.
        False (and no pause) when the API's pause would end after ``give_up_at``."""
        with self._lock:
            now = time.monotonic()
            self.hits += 1
            if retry_after is not None and now + retry_after > give_up_at:
                return False
            if now >= self._resume_at:  # not a request that was already in flight during a pause
                self._streak += 1
            delay = (retry_after if retry_after is not None
                     else min(self._cap, self._base * 2 ** (self._streak - 1)))
            self._resume_at = max(self._resume_at, now + delay)
            return True

    def succeeded(self) -> None:
        with self._lock:
            self._streak = 0


def retry_after(headers: Mapping[str, str]) -> Optional[float]:
    """Seconds to wait from a ``Retry-After`` header (seconds or an HTTP date), or ``None`` when
    there is none or it is malformed; ``inf`` for a number too large to be a float."""
    value = (headers.get("Retry-After") or "").strip()
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=timezone.utc)
        seconds = (when - datetime.now(timezone.utc)).total_seconds()
    return None if math.isnan(seconds) else max(0.0, seconds)


def outcome(error: SentdmError) -> str:
    """What a request that ended in ``error`` did: ``"failed"`` when the API refused it or it
    never left (it was not sent), ``"unknown"`` when it may have been sent: no answer came (a
    timeout, a broken connection) or a server error came after it arrived."""
    if isinstance(error, APIStatusError):
        return UNKNOWN if error.status_code >= 500 or error.status_code == 408 else FAILED
    if isinstance(error, APITimeoutError) and error.which == "connect":
        return FAILED
    return UNKNOWN if isinstance(error, APIConnectionError) else FAILED


def _journal_batch_id(journal: "Journal", given: Optional[str]) -> Optional[str]:
    """The batch id a journaled run uses: the recorded one when resuming (idempotency keys
    derive from it), which a given id must match."""
    recorded = journal.batch_id()
    if recorded is not None and given is not None and given != recorded:
        raise ValidationError("bulk", {"batch_id": [
            f"{journal.path} records batch {recorded!r}, not {given!r}: give that id (or "
            "none) to resume it, or a new journal file"]})
    return recorded or given


class _terminate_as_interrupt:
    """While a journaled batch runs in the main thread, SIGTERM stops it as Ctrl-C does: the
    requests in flight finish and are recorded before the process ends."""

    def __init__(self, active: bool):
        self._active = active
        self._previous: Any = None

    def __enter__(self) -> None:
        import signal

        if self._active and threading.current_thread() is threading.main_thread():
            self._previous = signal.signal(signal.SIGTERM, _interrupt)

    def __exit__(self, *exc_info: Any) -> None:
        import signal

        if self._previous is not None:
            signal.signal(signal.SIGTERM, self._previous)


def _interrupt(signum: int, frame: Any) -> None:
    raise KeyboardInterrupt(f"signal {signum}")


def _check_at_least(name: str, value: Any, minimum: int) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or value < minimum:
        raise ValidationError("bulk", {name: [f"Must be a whole number of at least {minimum}."]})


def recipient_operations(api: ApiSpec) -> Dict[str, str]:
    """``{recipient parameter: operation key}`` for the operations the table declares with
    ``bulk = { recipient = ... }`` (one request per recipient)."""
    return {op.bulk.recipient: op.key for op in api.operations
            if op.bulk is not None and op.bulk.recipient}


def recipient_lists(api: ApiSpec) -> Dict[str, Tuple[str, str]]:
    """``{send_bulk argument: (operation key, its recipient parameter)}``: ``phone_numbers``
    for an operation declared ``bulk = { recipient = "phone_number" }`` (one request each),
    ``to`` for one declared ``bulk = { recipients = "to" }`` (many per request)."""
    lists = {name + "s": (key, name) for name, key in recipient_operations(api).items()}
    lists.update({op.bulk.recipients: (op.key, op.bulk.recipients) for op in api.operations
                  if op.bulk is not None and op.bulk.recipients})
    return lists


def message_batch(client: Any, *, customer_id: Optional[str] = None,
                  template_id: Optional[str] = None,
                  phone_numbers: Optional[Sequence[str]] = None,
                  contact_ids: Optional[Sequence[str]] = None, batch_size: Optional[int] = None,
                  **arguments: Any) -> Batch:
    """The Batch that sends one message to each recipient of the one list given (see
    :func:`recipient_lists`); the other arguments are the operation's, the same for all."""
    options = {name: arguments.pop(name) for name in _BATCH_OPTIONS if name in arguments}
    lists = recipient_lists(client.service.api)
    given = {"phone_numbers": phone_numbers, "contact_ids": contact_ids, **arguments}
    for name in ("phone_numbers", "contact_ids"):
        if given[name] is not None and name not in lists:
            raise ValidationError("send_bulk", {name: [
                f"Not a list of recipients of this API: give {' or '.join(lists)}."]})
    chosen = [name for name, value in given.items() if name in lists and value is not None]
    if len(chosen) != 1 or isinstance(given[chosen[0]], (str, bytes)):
        named = chosen or [name for name in given if name in lists] or list(lists)
        raise ValidationError("send_bulk", {named[0]: [
            f"Give one list of recipients: {' or '.join(lists)} (exactly one of them)."]})
    operation, recipient = lists[chosen[0]]
    shared = {name: value for name, value in {"customer_id": customer_id,
                                              "template_id": template_id, **arguments}.items()
              if value is not None and name != chosen[0]}
    items = [{**shared, recipient: value} for value in given[chosen[0]]]
    return operation_batch(client, operation, items, batch_size=batch_size, **options)


def operation_batch(client: Any, operation: str, items: Iterable[Mapping[str, Any]], *,
                    batch_size: Optional[int] = None, **options: Any) -> Batch:
    """The Batch for ``operation`` as the table declares its ``bulk``: many recipients per
    request (``recipients``, up to ``batch_size``: default the table's), else one per item."""
    from .batching import RecipientsBatch

    declared = client.service.operations[operation].spec.bulk
    if declared is not None and declared.recipients:
        return RecipientsBatch(client, operation, items, batch_size=batch_size, **options)
    if batch_size is not None:
        raise ValidationError("send_bulk", {"batch_size": [
            f"{operation} takes one recipient per request: batch_size does not apply."]})
    return Batch(client, operation, items, **options)


_BATCH_OPTIONS = ("on_progress", "batch_id", "max_attempts", "backoff", "max_backoff", "journal",
                  "resend_unknown", "idempotency_key")


def send_bulk(client: Any, *, customer_id: Optional[str] = None,
              template_id: Optional[str] = None,
              phone_numbers: Optional[Sequence[str]] = None,
              contact_ids: Optional[Sequence[str]] = None,
              concurrency: int = DEFAULT_CONCURRENCY, on_progress: Optional[Progress] = None,
              batch_id: Optional[str] = None, max_attempts: int = DEFAULT_MAX_ATTEMPTS,
              backoff: float = 0.5, max_backoff: float = 30.0, batch_size: Optional[int] = None,
              journal: Optional[str] = None, resend_unknown: bool = False,
              **arguments: Any) -> BulkSummary:
    """Send one message to every recipient of a list, ``concurrency`` requests at a time.

    v1.1: template ``template_id`` of customer ``customer_id`` to every one of ``phone_numbers``
    (or ``contact_ids``), one request each. v3: ``to=[...]`` with the operation's other
    arguments (``template={"id": ...}``), up to ``batch_size`` recipients per request (default:
    the table's). Which lists there are comes from the table's ``bulk`` declarations.

    Returns a BulkSummary whose ``results[i]`` is what happened to recipient ``i``. A 429 pauses
    the whole batch (``Retry-After``, else ``backoff`` seconds doubling up to ``max_backoff``)
    and the request is retried, up to ``max_attempts`` tries in all. Where the API honours
    idempotency keys, each request is sent with a key derived from ``batch_id`` (random unless
    given: give the same one to re-run a batch safely); where it does not, a send that may have
    reached the server is reported unknown, never repeated. ``idempotency_key=KEY`` names the
    keys instead: request ``n`` is sent with ``KEY-n`` (refused where the API does not honour
    keys). ``on_progress(result, done, total)`` is called as recipients finish.

    ``journal`` (a file path) records every request's state in SQLite before and after it is
    sent; running the same batch again with the same journal resumes it: what was sent is not
    sent again, and what may have been sent when the run died is reported ``"unknown"`` and
    sent again only with ``resend_unknown=True`` (with its first idempotency key, where the API
    honours keys). While a journaled batch runs in the main thread, SIGTERM stops it as Ctrl-C
    does: requests in flight finish and are recorded.
    """
    batch = message_batch(client, customer_id=customer_id, template_id=template_id,
                          phone_numbers=phone_numbers, contact_ids=contact_ids,
                          batch_size=batch_size, on_progress=on_progress, batch_id=batch_id,
                          max_attempts=max_attempts, backoff=backoff, max_backoff=max_backoff,
                          journal=journal, resend_unknown=resend_unknown, **arguments)
    return batch.run(concurrency)
