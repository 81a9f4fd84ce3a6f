"""Campaigns on Celery and Redis: one template, per-recipient parameters, many recipients, many
workers on many machines, each recipient messaged once.

Needs the ``[celery]`` extra. Start workers with ``celery -A sentdm.campaigns worker`` (they read
``SENTDM_BROKER_URL`` and the client's usual ``SENTDM_*`` variables), then start a campaign from
Python (:class:`Campaigns`) or with ``sentdm campaign start``.

How it holds up:

* The recipients are checked against the table and split into chunks in Redis; each chunk is a
  task, acknowledged only after it ran (``acks_late``). A worker that dies (SIGKILL, power loss)
  leaves its task unacknowledged, and Redis gives it to another worker after the visibility
  timeout (``SENTDM_VISIBILITY_TIMEOUT``, default 30 s, checked every 5 s: within a minute).
* Each recipient's state and result are kept in Redis (see :mod:`.store`), so a redelivered chunk
  skips what was settled and knows what was in flight (see :mod:`.runner`): resent with the same
  idempotency key where the table says the API honours keys (exactly once), ``unknown`` and not
  resent where it does not (at most once).
* Every worker takes a token from one bucket in Redis before each request
  (:mod:`sentdm.ratelimit`), fed by the API's rate-limit headers and 429s.
"""

from __future__ import annotations

import os
import time
from typing import Any, Dict, Iterable, Iterator, Mapping, Optional

from celery import Celery

from ..errors import ConfigurationError, ValidationError
from ..service import load_service, table_paths
from .runner import DEFAULT_CHUNK_SIZE, ChunkSender, LeaseHeld, Recipient, fingerprint, plan
from .store import CampaignStatus, CampaignStore, RecipientResult

__all__ = ["app", "send_chunk", "Campaigns", "CampaignStatus", "RecipientResult",
           "BROKER_ENV", "VISIBILITY_TIMEOUT_ENV", "DEFAULT_VISIBILITY_TIMEOUT"]

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

app = Celery("sentdm.campaigns")
app.conf.update(
    broker_url=os.environ.get(BROKER_ENV) or os.environ.get("CELERY_BROKER_URL") or DEFAULT_BROKER,
    broker_connection_retry_on_startup=True,
    broker_transport_options={
        "visibility_timeout": VISIBILITY_TIMEOUT,
        # look for tasks of lost workers every sixth of the timeout (kombu's default scans every
        # 100 s): a lost task is redelivered within 7/6 of the visibility timeout
        "unacked_restore_interval": max(1, int(VISIBILITY_TIMEOUT / 6)),
        "unacked_restore_throttle": 1,
        "unacked_mutex_expire": max(1, int(VISIBILITY_TIMEOUT)),
    },
    task_acks_late=True,
    task_reject_on_worker_lost=True,
    worker_prefetch_multiplier=1,
    task_ignore_result=True,
    task_default_queue=QUEUE,
)

# One sender per campaign in each worker process: its client, rate limit and store.
_senders: Dict[str, ChunkSender] = {}


def _redis(url: str) -> Any:
    import redis

    if not url.startswith(("redis://", "rediss://", "unix://")):
        raise ConfigurationError(f"the campaign broker must be Redis (redis://...), not {url!r}")
    return redis.Redis.from_url(url)


def _sender(campaign_id: str) -> ChunkSender:
    sender = _senders.get(campaign_id)
    if sender is None:
        from ..client import Client
        from ..ratelimit import SharedRateLimit

        redis = _redis(app.conf.broker_url)
        store = CampaignStore(redis, campaign_id)
        definition = store.definition()
        if definition is None:
            raise ConfigurationError(f"no campaign {campaign_id!r} in {app.conf.broker_url}")
        client = Client(max_connections=int(os.environ.get("SENTDM_MAX_CONNECTIONS", "10")))
        account = fingerprint(client.base_url, client._api_key or "", client._access_token or "")
        rate_limit = SharedRateLimit(redis, f"sentdm:ratelimit:{account}",
                                     rate=definition.get("rate_limit"))
        sender = _senders[campaign_id] = ChunkSender(store, definition, client, rate_limit)
    return sender


@app.task(bind=True, name="sentdm.campaigns.send_chunk", max_retries=None)
def send_chunk(self: Any, campaign_id: str, number: int) -> None:
    """Send chunk ``number`` of a campaign (whatever of it is not settled yet)."""
    try:
        _sender(campaign_id).send_chunk(number, LEASE_SECONDS)
    except LeaseHeld:  # a redelivered copy while the first run is alive: look again later
        raise self.retry(countdown=LEASE_SECONDS)


class Campaigns:
    """Start campaigns and follow them, on the Redis at ``broker`` (default:
    ``$SENTDM_BROKER_URL``, else ``redis://127.0.0.1:6379/0``), which the workers also use."""

    def __init__(self, broker: Optional[str] = None, *, endpoints: Any = None):
        self.broker = broker or os.environ.get(BROKER_ENV) or app.conf.broker_url
        self.redis = _redis(self.broker)
        self._service = load_service(table_paths(endpoints))

    def start(self, recipients: Iterable[Recipient], *, campaign_id: Optional[str] = None,
              chunk_size: int = DEFAULT_CHUNK_SIZE, rate_limit: Optional[float] = None,
              **arguments: Any) -> CampaignStatus:
        """Check every recipient, store the campaign and queue its chunks; returns at once.

        ``arguments`` are the send operation's arguments shared by every recipient
        (``customer_id=..., template_id=...``); each recipient is the recipient's address, or
        a mapping of its own arguments merged over them (its template parameters, say).
        Recipients the table rejects are settled ``failed`` and repeats ``duplicate``, without
        sending. ``rate_limit`` (requests per second, all workers together) applies until the
        API's rate-limit headers say more. ``campaign_id`` (random unless given) names the
        campaign and, with each recipient, its idempotency keys.
        """
        if rate_limit is not None and (isinstance(rate_limit, bool) or
                                       not isinstance(rate_limit, (int, float)) or
                                       not rate_limit > 0):
            raise ValidationError("campaign", {"rate_limit": [
                "Must be a number of requests per second above 0."]})
        definition, chunks, settled = plan(self._service, recipients, arguments,
                                           campaign_id=campaign_id, chunk_size=chunk_size)
        definition["rate_limit"] = rate_limit
        store = CampaignStore(self.redis, definition["campaign_id"])
        if not store.create(definition, chunks, settled):
            raise ValidationError("campaign", {"campaign_id": [
                f"A campaign {definition['campaign_id']!r} exists already."]})
        with app.connection_for_write(self.broker) as connection:
            for number in range(len(chunks)):
                send_chunk.apply_async((definition["campaign_id"], number),
                                       connection=connection)
        return store.status(definition["total"])

    def status(self, campaign_id: str) -> CampaignStatus:
        """The counts so far: sent, failed, unknown, duplicate, pending."""
        store = CampaignStore(self.redis, campaign_id)
        return store.status(self._definition(store)["total"])

    def results(self, campaign_id: str) -> Iterator[RecipientResult]:
        """Each settled recipient's result, in input order."""
        store = CampaignStore(self.redis, campaign_id)
        self._definition(store)
        return store.results()

    def wait(self, campaign_id: str, timeout: Optional[float] = None,
             poll: float = 0.5) -> CampaignStatus:
        """Wait until every recipient is settled (or ``timeout`` seconds); the status then."""
        deadline = None if timeout is None else time.monotonic() + timeout
        while True:
            status = self.status(campaign_id)
            if status.done or (deadline is not None and time.monotonic() >= deadline):
                return status
            time.sleep(poll)

    @staticmethod
    def _definition(store: CampaignStore) -> Mapping[str, Any]:
        definition = store.definition()
        if definition is None:
            raise ValidationError("campaign", {"campaign_id": [
                f"No campaign {store.campaign_id!r} on this broker."]})
        return definition
