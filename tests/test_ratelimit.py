"""The token bucket shared through Redis (a real redis-server, tests/support/campaigns.py)."""

from __future__ import annotations

import threading
import time

import pytest

from sentdm.ratelimit import SharedRateLimit
from tests.support.campaigns import RedisServer


@pytest.fixture(scope="module")
def redis_server():
    with RedisServer() as server:
        yield server


@pytest.fixture
def bucket(redis_server, request):
    redis_server.client.delete(request.node.name)
    return lambda **options: SharedRateLimit(redis_server.client, request.node.name, **options)


def taken_without_waiting(limit, count):
    """How many of ``count`` tokens ``limit`` gives at once (none of them waited for)."""
    return sum(limit.acquire(stop_at=time.monotonic()) for _ in range(count))


def test_nothing_is_limited_until_the_api_or_the_user_says_so(bucket):
    assert taken_without_waiting(bucket(), 500) == 500


def test_a_configured_rate_allows_its_burst_then_makes_callers_wait(bucket):
    assert taken_without_waiting(bucket(rate=2, burst=5), 20) == 5


def test_the_bucket_never_holds_more_than_the_server_says_remain(bucket):
    limit = bucket()
    limit.observe(100, 3, time.time() + 60)
    assert taken_without_waiting(limit, 20) == 3


def test_when_none_remain_everyone_waits_for_the_reset(bucket):
    first, second = bucket(), bucket()  # two workers, one bucket
    first.observe(100, 0, time.time() + 30)
    assert taken_without_waiting(second, 5) == 0
    assert not second.acquire(stop_at=time.monotonic() + 0.3)


def test_a_reset_given_in_seconds_from_now_is_read_as_such(bucket):
    limit = bucket()
    limit.observe(100, 0, 30)
    assert taken_without_waiting(limit, 5) == 0


@pytest.mark.parametrize("hostile", [
    lambda limit: limit.observe(100, 0, 32503680000),       # "none remain until the year 3000"
    lambda limit: limit.observe(100, 0, 1e300),
    lambda limit: limit.pause(1e300),                       # Retry-After: 1e300
], ids=["reset-year-3000", "reset-1e300", "retry-after-1e300"])
def test_no_header_pauses_the_workers_longer_than_max_pause(bucket, hostile):
    """Issue 10, item 5, for the shared limit: the pause is bounded, whatever the API says."""
    limit = bucket(max_pause=0.2)
    hostile(limit)
    assert taken_without_waiting(limit, 1) == 0
    assert limit.acquire(stop_at=time.monotonic() + 10)


def test_a_429_pauses_every_worker_and_tokens_do_not_pile_up_meanwhile(bucket):
    first, second = bucket(rate=1000, burst=50), bucket(rate=1000, burst=50)
    first.pause(0.3)
    assert taken_without_waiting(second, 5) == 0
    assert second.acquire(stop_at=time.monotonic() + 5)  # after the pause
    # right after the pause the bucket starts from empty, not from a full burst of 50
    assert taken_without_waiting(second, 50) < 50


def test_the_learned_rate_keeps_every_window_within_the_limit(bucket):
    """After the headers said 20 per 2 s window: at most a tenth as a burst, then the rest
    spread over the window, from any number of workers at once."""
    limit = bucket()
    limit.observe(20, 20, time.time() + 2)
    taken = []
    stop_at = time.monotonic() + 1

    def worker():
        while limit.acquire(stop_at=stop_at):
            taken.append(time.monotonic())

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert 2 <= len(taken) <= 2 + 9 + 1  # burst of 2, then 18 per 2 s for (at most) 1 s
