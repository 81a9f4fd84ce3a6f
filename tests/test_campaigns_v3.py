"""Campaigns on v3 (the API honours idempotency keys): real Redis, real Celery workers, the v3
sandbox with its rate limit on, over HTTP on 127.0.0.1."""

from __future__ import annotations

from collections import Counter

import pytest

from sentdm.campaigns import Campaigns
from sentdm.sandbox import Sandbox
from tests.support.campaigns import NUMBERS, CeleryWorker, RedisServer, wait_for, worker_env


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
