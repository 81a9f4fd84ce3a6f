"""The Celery app and task of campaigns: ``celery -A sentdm.campaigns worker`` runs this.

Configured for losing workers: tasks are acknowledged after they ran (``acks_late``), one at a
time per pool slot (prefetch 1), and Redis hands a lost worker's tasks to another after the
visibility timeout (``SENTDM_VISIBILITY_TIMEOUT``, default 30 s, looked for every sixth of it
by :class:`RestoreLostTasks`).
"""

from __future__ import annotations

import functools
import os
from typing import Any, Dict

from celery import Celery, bootsteps

from ..errors import ConfigurationError
from .runner import ChunkSender, LeaseHeld, SendLater, fingerprint
from .store import CampaignStore

__all__ = ["app", "send_chunk", "redis_client", "BROKER_ENV", "VISIBILITY_TIMEOUT_ENV",
           "DEFAULT_VISIBILITY_TIMEOUT"]

BROKER_ENV = "SENTDM_BROKER_URL"
VISIBILITY_TIMEOUT_ENV = "SENTDM_VISIBILITY_TIMEOUT"
DEFAULT_BROKER = "redis://127.0.0.1:6379/0"
#: Seconds before Redis gives an unacknowledged task to another worker.
DEFAULT_VISIBILITY_TIMEOUT = 30.0
QUEUE = "sentdm-campaigns"


def _visibility_timeout() -> float:
    text = os.environ.get(VISIBILITY_TIMEOUT_ENV, "")
    try:
        seconds = float(text) if text else DEFAULT_VISIBILITY_TIMEOUT
    except ValueError:
        seconds = -1.0
    if not 1 <= seconds <= 86400:
        raise ConfigurationError(f"{VISIBILITY_TIMEOUT_ENV} must be a number of seconds from 1 "
                                 f"to 86400, not {text!r}")
    return seconds


VISIBILITY_TIMEOUT = _visibility_timeout()
#: A run holds its chunk for this long after its last sign of life (renewed every third).
LEASE_SECONDS = max(1.0, VISIBILITY_TIMEOUT / 3)
#: Seconds between two looks for the tasks of lost workers: a lost task is redelivered within
#: 7/6 of the visibility timeout.
RESTORE_INTERVAL = max(1.0, VISIBILITY_TIMEOUT / 6)
#: Seconds a free worker thread waits at most for its next task (see :class:`WakeTheLoop`).
WAKE_INTERVAL = 0.2

app = Celery("sentdm.campaigns")
app.conf.update(
    broker_url=os.environ.get(BROKER_ENV) or os.environ.get("CELERY_BROKER_URL") or DEFAULT_BROKER,
    broker_connection_retry_on_startup=True,
    broker_transport_options={
        "visibility_timeout": VISIBILITY_TIMEOUT,
        "unacked_mutex_expire": max(1, int(VISIBILITY_TIMEOUT)),
    },
    task_acks_late=True,
    task_reject_on_worker_lost=True,
    worker_prefetch_multiplier=1,
    task_ignore_result=True,
    task_default_queue=QUEUE,
)



class _Repeated(bootsteps.StartStopStep):
    """A worker step that calls its ``tick(consumer)`` every ``interval`` seconds on the
    worker's timer, while the worker consumes tasks."""

    requires = {"celery.worker.consumer.tasks:Tasks"}
    interval = 1.0

    def __init__(self, consumer: Any, **kwargs: Any):
        self._timer: Any = None
        super().__init__(consumer, **kwargs)

    def start(self, consumer: Any) -> None:
        self._timer = consumer.timer.call_repeatedly(self.interval, self.tick, (consumer,))

    def stop(self, consumer: Any) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None


class RestoreLostTasks(_Repeated):
    """Puts the tasks of lost workers back in the queue every ``RESTORE_INTERVAL`` seconds.

    kombu's own sweep runs every 10 s but scans Redis only every tenth time: a killed worker's
    task came back up to 100 s after its visibility timeout. kombu 5.7 (Python 3.10+) can be
    told to scan sooner; the kombu that Python 3.9 gets cannot, so the worker scans itself."""

    interval = RESTORE_INTERVAL

    @staticmethod
    def tick(consumer: Any) -> None:
        channel = consumer.task_consumer.channel
        # interval=1: every call scans (kombu's default scans every tenth call)
        channel.qos.restore_visible(num=channel.unacked_restore_limit, interval=1)


class WakeTheLoop(_Repeated):
    """Wakes the worker's event loop every ``WAKE_INTERVAL`` seconds.

    Before kombu 5.7 (so on Python 3.9), a pool thread that finishes a task cannot wake the
    loop: the worker asked Redis for its next tasks only at its next timer, up to 10 s later,
    and a campaign went at a few chunks per 10 s. Waking it bounds that wait."""

    interval = WAKE_INTERVAL

    @staticmethod
    def tick(consumer: Any) -> None:
        """Nothing to do: the loop, once awake, asks Redis for the tasks its free threads can
        take."""


app.steps["consumer"].update({RestoreLostTasks, WakeTheLoop})

# One sender per campaign in each worker process: its client, rate limit and store.
_senders: Dict[str, ChunkSender] = {}


def redis_client(url: str) -> Any:
    import redis

    if not url.startswith(("redis://", "rediss://", "unix://")):
        raise ConfigurationError(f"the campaign broker must be Redis (redis://...), not {url!r}")
    return redis.Redis.from_url(url)


def _sender(campaign_id: str) -> ChunkSender:
    sender = _senders.get(campaign_id)
    if sender is None:
        from ..ratelimit import SharedRateLimit

        redis = _shared_redis(app.conf.broker_url)
        store = CampaignStore(redis, campaign_id)
        definition = store.definition()
        if definition is None:
            raise ConfigurationError(f"no campaign {campaign_id!r} in {app.conf.broker_url}")
        client = _client(definition["api"])
        account = fingerprint(client.base_url, client._api_key or "", client._access_token or "")
        rate_limit = SharedRateLimit(redis, f"sentdm:ratelimit:{account}",
                                     rate=definition.get("rate_limit"))
        sender = _senders[campaign_id] = ChunkSender(store, definition, client, rate_limit)
    return sender


# One Redis connection pool and one client per API version in each worker process, whatever
# the number of campaigns it works for.
@functools.lru_cache(maxsize=None)
def _shared_redis(url: str) -> Any:
    return redis_client(url)


@functools.lru_cache(maxsize=None)
def _client(api: str) -> Any:
    from ..client import Client

    return Client(api=api)


#: Where keys are honoured, a chunk whose send had no certain outcome is tried again this many
#: times (after 2, 4, 8 ... seconds, at most half the visibility timeout) before the recipient is
#: settled unknown.
SEND_LATER_TRIES = 8


@app.task(bind=True, name="sentdm.campaigns.send_chunk", max_retries=None)
def send_chunk(self: Any, campaign_id: str, number: int, tries: int = 1) -> None:
    """Send chunk ``number`` of a campaign (whatever of it is not settled yet)."""
    try:
        _sender(campaign_id).send_chunk(number, LEASE_SECONDS,
                                        last_try=tries >= SEND_LATER_TRIES)
    except LeaseHeld:  # a redelivered copy while the first run is alive: look again later
        raise self.retry(countdown=LEASE_SECONDS)
    except SendLater:  # resent later with the same key: the API answers it once
        raise self.retry(args=(campaign_id, number, tries + 1),
                         countdown=min(VISIBILITY_TIMEOUT / 2, 2 ** tries))
