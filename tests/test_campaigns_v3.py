"""Campaigns on v3 (the API honours idempotency keys): real Redis, real Celery workers, the v3
sandbox with its rate limit on, over HTTP on 127.0.0.1."""

from __future__ import annotations

from collections import Counter

import pytest

from sentdm import Client
from sentdm.campaigns import Campaigns
from sentdm.campaigns.runner import ChunkSender, SendLater, plan
from sentdm.campaigns.store import CampaignStore
from sentdm.ratelimit import SharedRateLimit
from sentdm.sandbox import Sandbox
from sentdm.service import load_service, table_paths
from tests.support.campaigns import NUMBERS, CeleryWorker, RedisServer, wait_for, worker_env
from tests.support.server import json_answer


@pytest.fixture
def redis_server():
    with RedisServer() as server:
        yield server


def test_a_killed_worker_neither_loses_a_recipient_nor_messages_one_twice_where_keys_are_honoured(
        redis_server, tmp_path):
    """v3 deduplicates by key: the dead worker's chunks are taken over, what it had in flight is
    sent again with the same key and answered from the first send. Exactly one message per
    recipient; the shared rate limit keeps both workers within the sandbox's limit."""
    with Sandbox(api="v3", rate_limit="200/s") as sandbox:
        template = sandbox.client.templates.create(category="UTILITY")
        env = worker_env(redis_server, sandbox)
        with CeleryWorker("doomed", env, tmp_path / "doomed.log") as doomed, \
                CeleryWorker("survivor", env, tmp_path / "survivor.log"):
            campaigns = Campaigns(redis_server.url, api="v3")
            started = campaigns.start(NUMBERS, recipient="to", template={"id": template.id},
                                      chunk_size=25)
            wait_for(lambda: sandbox.stats()["messages"] >= 500)
            doomed.kill()
            killed_at = sandbox.stats()["messages"]
            status = campaigns.wait(started.campaign_id, timeout=180)
        stats = sandbox.stats()
        received = Counter(message.phone_number for message in sandbox.messages)
        message_ids = {message.phone_number: message.id for message in sandbox.messages}
    assert killed_at < len(NUMBERS), "the worker was killed after the campaign ended"
    assert "send_chunk" in doomed.log()
    assert received == Counter(NUMBERS)  # every recipient exactly once
    assert status.to_dict() == {"campaign_id": started.campaign_id, "total": 2000, "sent": 2000,
                                "failed": 0, "unknown": 0, "duplicate": 0,
                                "rate_limited": stats["rate_limited"], "pending": 0,
                                "done": True}
    results = list(campaigns.results(started.campaign_id))
    assert [result.recipient for result in results] == NUMBERS
    assert all(result.data["recipients"][0]["message_id"] == message_ids[result.recipient]
               for result in results)
    assert len({result.idempotency_key for result in results}) == 2000
    assert stats["rate_limited"] <= 5  # the shared bucket kept both workers within the limit


def test_where_keys_are_honoured_a_send_without_a_certain_outcome_is_resent_later_with_its_key(
        redis_server, server):
    """A 503 may have been acted on: the recipient stays in flight, the chunk is tried again
    (as its Celery task is retried) and the recipient resent with the same key; on the last try
    it is settled unknown instead."""
    seen = Counter()

    def flaky(received):
        key = received.headers["Idempotency-Key"]
        seen[key] += 1
        if seen[key] == 1:
            return json_answer(503, {"success": False, "data": None, "meta": {},
                                     "error": {"code": "INTERNAL_005", "message": "maintenance"}})
        to = received.json()["to"]
        return json_answer(202, {"success": True, "error": None, "meta": {}, "data": {
            "status": "QUEUED", "recipients": [{"message_id": f"m{to[0]}", "to": to[0]}]}})

    server.respond = flaky
    service = load_service(table_paths(api="v3"))
    definition, chunks, _ = plan(service, NUMBERS[:2], {"template": {"id": "t"}},
                                 campaign_id="flaky", recipient="to")
    definition.update(api="v3", rate_limit=None)
    store = CampaignStore(redis_server.client, "flaky")
    store.create(definition, chunks, [])
    with Client(api="v3", api_key="k", base_url=server.url, max_retries=0) as client:
        sender = ChunkSender(store, definition, client,
                             SharedRateLimit(redis_server.client, "flaky-limit"))
        for _ in range(2):
            with pytest.raises(SendLater):
                sender.send_chunk(0, 5, last_try=False)
        sender.send_chunk(0, 5, last_try=False)
    assert store.status(2).to_dict()["sent"] == 2
    assert sorted(seen.values()) == [2, 2]  # each key twice: the lost try and its resend
    assert [r.data["recipients"][0]["message_id"] for r in store.results()] == \
        [f"m{number}" for number in NUMBERS[:2]]

    seen.clear()
    definition["campaign_id"] = "flaky-last"
    last = CampaignStore(redis_server.client, "flaky-last")
    last.create(definition, chunks, [])
    with Client(api="v3", api_key="k", base_url=server.url, max_retries=0) as client:
        ChunkSender(last, definition, client, SharedRateLimit(
            redis_server.client, "flaky-limit")).send_chunk(0, 5, last_try=True)
    assert [r.status for r in last.results()] == ["unknown", "unknown"]
