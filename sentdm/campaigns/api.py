"""Starting and following campaigns from Python: :class:`Campaigns`."""

from __future__ import annotations

import os
import time
from typing import Any, Iterable, Iterator, Mapping, Optional

from ..errors import ValidationError
from ..service import load_service, table_paths
from .runner import DEFAULT_CHUNK_SIZE, Recipient, plan
from .store import CampaignStatus, CampaignStore, RecipientResult

__all__ = ["Campaigns"]


class Campaigns:
    """Start campaigns and follow them, on the Redis at ``broker`` (default:
    ``$SENTDM_BROKER_URL``, else ``redis://127.0.0.1:6379/0``), which the workers also use.

    ``api`` and ``endpoints`` pick the tables, as for a client; the workers send with a client
    of the same API version, made from their environment."""

    def __init__(self, broker: Optional[str] = None, *, api: Optional[str] = None,
                 endpoints: Any = None):
        from .tasks import BROKER_ENV, app, redis_client

        self._app = app
        self.broker = broker or os.environ.get(BROKER_ENV) or app.conf.broker_url
        self.redis = redis_client(self.broker)
        self._service = load_service(table_paths(endpoints, api=api))

    def start(self, recipients: Iterable[Recipient], *, campaign_id: Optional[str] = None,
              chunk_size: int = DEFAULT_CHUNK_SIZE, rate_limit: Optional[float] = None,
              recipient: Optional[str] = None, **arguments: Any) -> CampaignStatus:
        """Check every recipient, store the campaign and queue its chunks; returns at once.

        ``arguments`` are the send operation's arguments shared by every recipient
        (``customer_id=..., template_id=...``); each recipient is a mapping of its own
        arguments merged over them (its address, its template parameters), or just its address
        for the parameter named by ``recipient`` (``"phone_number"``).
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
                                           campaign_id=campaign_id, chunk_size=chunk_size,
                                           recipient=recipient)
        definition.update(rate_limit=rate_limit, api=self._service.name)
        store = CampaignStore(self.redis, definition["campaign_id"])
        if not store.create(definition, chunks, settled):
            raise ValidationError("campaign", {"campaign_id": [
                f"A campaign {definition['campaign_id']!r} exists already."]})
        from .tasks import send_chunk

        with self._app.connection_for_write(self.broker) as connection:
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
