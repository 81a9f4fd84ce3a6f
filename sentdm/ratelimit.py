"""A rate limit shared by every process that sends for one account: a token bucket in Redis.

Each check-and-take is one Lua script, so any number of workers on any number of machines see one
bucket and together never send faster than it allows. Time is Redis's own clock (``TIME``), so
the workers' clocks do not matter. The bucket learns the account's limit from the API:

* the rate-limit headers of every answer (``limit``, ``remaining``, ``reset`` as a Unix time):
  the bucket holds a tenth of ``limit`` at most and refills with the rest over a window (the
  longest time-to-reset seen), so that no window ever sees more than ``limit``; it never holds
  more than the server said remain, and when the server says none remain, everyone waits until
  ``reset``;
* a 429's ``Retry-After``: everyone waits that long.

Tokens do not pile up during a pause: sending resumes at the bucket's rate, not in a burst.

Until the API has said anything (or when it never does), the bucket allows ``rate`` requests per
second if one was configured, and does not limit otherwise. Needs the ``redis`` package (the
``[celery]`` extra); this module is imported only where a shared limit is used.
"""

from __future__ import annotations

import time
from typing import Any, Optional

__all__ = ["SharedRateLimit"]

# Fields of the bucket's hash: tokens, stamp (ms), rate (tokens/s), capacity, window (ms),
# paused_until (ms). ARGV[1], ARGV[2]: the configured rate and burst (0: none).
_NOW = """
redis.replicate_commands()
local clock = redis.call('TIME')
local now = clock[1] * 1000 + clock[2] / 1000
local state = redis.call('HMGET', KEYS[1], 'tokens', 'stamp', 'rate', 'capacity', 'window',
                         'paused_until')
local configured_rate, configured_burst = tonumber(ARGV[1]), tonumber(ARGV[2])
local rate = tonumber(state[3]) or configured_rate
local capacity = tonumber(state[4]) or configured_burst
local window = tonumber(state[5]) or 0
local paused_until = tonumber(state[6]) or 0
local tokens = tonumber(state[1]) or capacity
local since = math.max(tonumber(state[2]) or now, paused_until)
if rate > 0 and now > since then
  tokens = math.min(capacity, tokens + (now - since) * rate / 1000)
end
"""

_SAVE = """
redis.call('HSET', KEYS[1], 'tokens', tokens, 'stamp', now, 'rate', rate, 'capacity', capacity,
           'window', window, 'paused_until', paused_until)
redis.call('PEXPIRE', KEYS[1], 3600000)
"""

#: Take a token: returns 0, or the milliseconds to wait before asking again.
_ACQUIRE = _NOW + """
local wait = 0
if now < paused_until then
  wait = paused_until - now
elseif rate > 0 then
  if tokens >= 1 then tokens = tokens - 1 else wait = (1 - tokens) * 1000 / rate end
end
""" + _SAVE + """
return math.ceil(wait)
"""

#: What an answer's headers said: ARGV[3] limit, ARGV[4] remaining, ARGV[5] reset (Unix seconds).
_OBSERVE = _NOW + """
local limit, remaining, reset = tonumber(ARGV[3]), tonumber(ARGV[4]), tonumber(ARGV[5]) * 1000
if reset > now then window = math.max(window, reset - now) end
if limit > 0 and window > 0 then
  -- a burst of `capacity`, then `rate`: never more than `limit` in any window
  local unlimited = rate <= 0
  capacity = math.max(1, math.floor(limit / 10))
  if unlimited then tokens = capacity end
  rate = math.max(limit - capacity, 1) * 1000 / window
  if configured_rate > 0 then rate = math.min(rate, configured_rate) end
  if tokens > capacity then tokens = capacity end
end
if remaining < tokens then tokens = remaining end
if remaining < 1 and reset > paused_until then paused_until = reset end
""" + _SAVE

#: A 429: ARGV[3] the seconds to wait; nobody sends before then.
_PAUSE = _NOW + """
paused_until = math.max(paused_until, now + tonumber(ARGV[3]) * 1000)
tokens = 0
""" + _SAVE

#: A value of the reset header below this is a number of seconds, not a Unix time.
_UNIX_TIME_FLOOR = 1e9
#: The longest pause the API's headers can impose, in seconds.
DEFAULT_MAX_PAUSE = 60.0


class SharedRateLimit:
    """The bucket at ``key`` in the Redis that ``redis`` (a ``redis.Redis``) talks to.

    ``rate`` (requests per second) and ``burst`` apply until the API's headers say otherwise;
    ``rate`` also caps what the headers allow. Without ``rate``, nothing is limited until the
    API says something. No pause the API asks for (a reset time, a ``Retry-After``) lasts more
    than ``max_pause`` seconds: a hostile or broken header cannot stop the workers for good.
    """

    def __init__(self, redis: Any, key: str, *, rate: Optional[float] = None,
                 burst: Optional[float] = None, max_pause: float = DEFAULT_MAX_PAUSE):
        self._redis = redis
        self._max_pause = max_pause
        self.key = key
        self._defaults = (float(rate or 0), float(burst or max(1.0, rate or 0)))
        self._acquire = redis.register_script(_ACQUIRE)
        self._observe = redis.register_script(_OBSERVE)
        self._pause = redis.register_script(_PAUSE)

    def acquire(self, stop_at: Optional[float] = None) -> bool:
        """Wait for a token and take it; False if ``stop_at`` (``time.monotonic()``) came first."""
        while True:
            wait = int(self._acquire(keys=[self.key], args=self._defaults)) / 1000
            if wait <= 0:
                return True
            if stop_at is not None and time.monotonic() + wait > stop_at:
                return False
            time.sleep(min(wait, 1.0))

    def observe(self, limit: Optional[float], remaining: Optional[float],
                reset: Optional[float]) -> None:
        """Feed what an answer's rate-limit headers said (``reset``: Unix time, or seconds from
        now if small); any of them may be missing."""
        if remaining is None:
            return
        if reset is not None and reset < _UNIX_TIME_FLOOR:
            reset = time.time() + reset
        if reset is not None:
            reset = min(reset, time.time() + self._max_pause)
        self._observe(keys=[self.key], args=[*self._defaults, limit or 0, remaining, reset or 0])

    def pause(self, seconds: float) -> None:
        """Nobody takes a token for ``seconds`` (a 429's ``Retry-After``)."""
        self._pause(keys=[self.key], args=[*self._defaults,
                                           min(max(0.0, seconds), self._max_pause)])
