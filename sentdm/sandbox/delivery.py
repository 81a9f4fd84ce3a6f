"""Webhook delivery: signed events POSTed to the registered webhooks that want them.

An event goes to every active webhook whose ``event_types`` name its field (``message``) and
whose ``event_filters`` for that field, if any, name it (``delivered`` or ``message.delivered``).
Each attempt is signed afresh by :func:`sentdm.webhooks.sign`, the scheme receivers verify (after
a rotation the previous secret signs too, for a day)
and recorded in the ``webhook_events`` collection, which ``GET /v3/webhooks/{id}/events`` lists.
A failed attempt (no answer, or not 2xx) is retried up to the webhook's ``retry_count``. With
``redeliver`` every event is delivered twice, as real senders sometimes do, so that receivers'
deduplication can be tested.
"""

from __future__ import annotations

import heapq
import itertools
import json
import threading
import time
from typing import Any, Callable, Dict, List, Mapping, Optional, Tuple

import requests

from ..webhooks import sign
from .store import Record, Store, now

__all__ = ["Courier", "Scheduler", "wants"]

#: How long a rotated-out secret still signs events, in seconds.
SECRET_GRACE = 24 * 60 * 60

#: Retries of a webhook that does not say (the API's default ``retry_count``).
DEFAULT_RETRIES = 3

#: The most of a receiver's answer an attempt record keeps.
RESPONSE_BODY_LIMIT = 1000


def wants(webhook: Mapping[str, Any], event: Mapping[str, Any]) -> bool:
    """Whether ``webhook`` is active and subscribed to ``event`` (by field, then filter)."""
    field, name = event.get("field", ""), event.get("event", "")
    if not webhook.get("is_active") or field not in (webhook.get("event_types") or ()):
        return False
    chosen = (webhook.get("event_filters") or {}).get(field)
    return not chosen or name in chosen or name.rpartition(".")[2] in chosen


class Scheduler:
    """Runs jobs at their due time on a few worker threads (started with the first job), until
    :meth:`close`."""

    def __init__(self, workers: int = 4, clock: Callable[[], float] = time.monotonic):
        self.clock = clock
        self.workers = workers
        self._jobs: List[Tuple[float, int, Callable[[], None]]] = []
        self._order = itertools.count()
        self._wake = threading.Condition()
        self._closed = False
        self._threads: List[threading.Thread] = []

    def later(self, delay: float, job: Callable[[], None]) -> None:
        with self._wake:
            if self._closed:
                return
            if not self._threads:
                self._threads = [threading.Thread(target=self._work, daemon=True,
                                                  name=f"sentdm-sandbox-events-{n}")
                                 for n in range(self.workers)]
                for thread in self._threads:
                    thread.start()
            heapq.heappush(self._jobs, (self.clock() + delay, next(self._order), job))
            self._wake.notify()

    def close(self) -> None:
        """Stop; jobs not yet due are dropped."""
        with self._wake:
            self._closed = True
            self._wake.notify_all()
        for thread in self._threads:
            thread.join()

    def _work(self) -> None:
        while True:
            with self._wake:
                while not self._closed and (not self._jobs or self._jobs[0][0] > self.clock()):
                    self._wake.wait(self._jobs[0][0] - self.clock() if self._jobs else None)
                if self._closed:
                    return
                job = heapq.heappop(self._jobs)[2]
            job()


class Courier:
    """Delivers events to webhooks on ``scheduler``'s threads, recording every attempt."""

    def __init__(self, store: Store, scheduler: Scheduler, *, redeliver: bool = False,
                 retry_wait: float = 0.2):
        self.store = store
        self.scheduler = scheduler
        self.redeliver = redeliver
        self.retry_wait = retry_wait
        self._session = requests.Session()
        self._session.trust_env = False  # webhooks of a local sandbox are never behind a proxy

    def publish(self, event: Dict[str, Any]) -> None:
        """Send ``event`` to every webhook that wants it."""
        body = json.dumps(event).encode()
        for webhook in self.store.find("webhooks", newest_first=False):
            if wants(webhook, event):
                copies = 2 if self.redeliver else 1
                self.scheduler.later(0, lambda hook=webhook["id"]: self._attempt(
                    hook, event, body, attempt=1, copies=copies))

    def deliver(self, webhook_id: str, event: Dict[str, Any]) -> Record:
        """Deliver ``event`` to one webhook now, once (no retry), and return the attempt's
        record."""
        return self._post(webhook_id, event, json.dumps(event).encode(), attempt=1, retries=0)

    def close(self) -> None:
        self._session.close()

    def _attempt(self, webhook_id: str, event: Dict[str, Any], body: bytes, attempt: int,
                 copies: int) -> None:
        record = self._post(webhook_id, event, body, attempt)
        if record["delivery_status"] == "retrying":
            self.scheduler.later(self.retry_wait * attempt, lambda: self._attempt(
                webhook_id, event, body, attempt + 1, copies))
        elif record["delivery_status"] == "delivered" and copies > 1:
            self.scheduler.later(self.retry_wait, lambda: self._attempt(
                webhook_id, event, body, 1, copies - 1))

    def _post(self, webhook_id: str, event: Dict[str, Any], body: bytes, attempt: int,
              retries: Optional[int] = None) -> Record:
        """One attempt, recorded; ``retries`` (default: the webhook's ``retry_count``) says how
        many attempts may follow the first."""
        webhook = self.store.get("webhooks", webhook_id)
        if webhook is None:  # deleted since the event was published
            return {"delivery_status": "dropped"}
        started = now()
        status: Optional[int] = None
        answer, error = "", ""
        try:
            response = self._session.post(
                webhook["endpoint_url"], data=body, headers=self._headers(webhook, event, body),
                timeout=webhook.get("timeout_seconds") or 30, allow_redirects=False)
            status, answer = response.status_code, response.text[:RESPONSE_BODY_LIMIT]
            if not 200 <= status < 300:
                error = f"the endpoint answered HTTP {status}"
        except requests.RequestException as exc:
            error = f"no answer from the endpoint: {type(exc).__name__}"
        if retries is None:
            retries = webhook.get("retry_count", DEFAULT_RETRIES)
        outcome = "delivered" if not error else "retrying" if attempt <= retries else "failed"
        return self._record(webhook_id, event, attempt, outcome, status, answer, error, started)

    @staticmethod
    def _headers(webhook: Record, event: Mapping[str, Any], body: bytes) -> Dict[str, str]:
        secrets = [webhook["signing_secret"]]
        previous = webhook.get("_previous_secret")
        if previous and webhook.get("_previous_until", 0) > time.time():
            secrets.append(previous)
        return {"Content-Type": "application/json",
                **sign(body, secrets, webhook_id=webhook["id"],
                       event_type=str(event.get("event") or event.get("field", "")))}

    def _record(self, webhook_id: str, event: Dict[str, Any], attempt: int, outcome: str,
                status: Optional[int], answer: str, error: str, started: str) -> Record:
        finished = now()
        with self.store.transaction():
            record = self.store.insert("webhook_events", {
                "_parent": webhook_id, "created_at": started, "delivery_attempts": attempt,
                "delivery_status": outcome, "error_message": error or None,
                "event_data": event, "event_type": event.get("event") or event.get("field"),
                "http_status_code": status, "processing_started_at": started,
                "processing_completed_at": finished, "response_body": answer or None,
            }, stamp=False)
            webhook = self.store.get("webhooks", webhook_id)
            if webhook is not None:
                failures = 0 if not error else (webhook.get("consecutive_failures") or 0) + 1
                success = {"last_successful_delivery_at": finished} if not error else {}
                self.store.replace("webhooks", {**webhook, "last_delivery_attempt_at": finished,
                                                "consecutive_failures": failures, **success},
                                   stamp=False)
        return record
