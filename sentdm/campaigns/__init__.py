"""Campaigns on Celery and Redis: one template, per-recipient parameters, many recipients, many
workers on many machines, each recipient messaged once.

Needs the ``[celery]`` extra. Start workers with ``celery -A sentdm.campaigns worker`` (they read
``SENTDM_BROKER_URL`` and the client's usual ``SENTDM_*`` variables), then start a campaign from
Python (:class:`Campaigns`) or with ``sentdm campaign start``. Celery is imported only by the
workers' app (:mod:`.tasks`, also ``sentdm.campaigns.app``) and when a campaign is started.

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

from typing import Any

from .api import Campaigns
from .store import CampaignStatus, RecipientResult

__all__ = ["Campaigns", "CampaignStatus", "RecipientResult", "app"]


def __getattr__(name: str) -> Any:
    """``app``, the Celery app that ``celery -A sentdm.campaigns`` looks for, made on first
    use: importing the package does not import Celery."""
    if name == "app":
        from .tasks import app

        return app
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
