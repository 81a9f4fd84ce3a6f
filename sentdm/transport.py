"""Transport: carries a validated Request over one ``requests.Session``, retrying with urllib3's
``Retry``, and maps failures to sentdm errors.

* Retries: each call is sent with one of two policies made once per client (``retry_policies``):
  the safe one for idempotent requests (those of an idempotent operation, or carrying an
  idempotency key) and the unsafe one for the rest, which never repeats a request that may have
  reached the server. Both go through the one adapter and connection pool of the session.
* Connections: the session is made on first use, again in a child process after ``os.fork()``
  (the child never writes to the parent's sockets), and never pickled: a pickled transport is its
  settings, and the unpickled one opens its own connections.
* Bodies: a response body is read up to ``MAX_RESPONSE_BYTES``; a successful answer larger than
  that is an APIResponseValidationError, an error answer keeps its first ``MAX_RESPONSE_BYTES``.
"""

from __future__ import annotations

import ipaddress
import logging
import math
import os
import threading
import time
import weakref
from contextvars import ContextVar
from typing import Any, Dict, Iterator, Mapping, Optional, Tuple, Union
from urllib.parse import urlsplit

import requests
import urllib3
from requests.adapters import HTTPAdapter
from requests.cookies import RequestsCookieJar
from requests.models import PreparedRequest
from requests.structures import CaseInsensitiveDict
from urllib3.exceptions import (ConnectTimeoutError, InvalidHeader, MaxRetryError,
                                NewConnectionError, ProtocolError, ReadTimeoutError,
                                ResponseError)
from urllib3.util.retry import Retry

from .errors import APIConnectionError, APIResponseValidationError, APITimeoutError
from .logs import Redactor, logger
from .operations import Request

__all__ = ["Transport", "Timeout", "DEFAULT_TIMEOUT", "normalize_timeout", "RetryPolicy",
           "retry_policies", "DEFAULT_MAX_RETRIES", "DEFAULT_BACKOFF_FACTOR",
           "DEFAULT_MAX_RETRY_TIME", "MAX_RESPONSE_BYTES", "SAFE_RETRY_STATUSES",
           "UNSAFE_RETRY_STATUSES", "is_loopback"]

Timeout = Tuple[float, float]
DEFAULT_TIMEOUT: Timeout = (5.0, 30.0)

DEFAULT_MAX_RETRIES = 2
DEFAULT_BACKOFF_FACTOR = 0.5
DEFAULT_MAX_RETRY_TIME = 60.0
BACKOFF_MAX = 8.0
#: Statuses after which a request is repeated: any of these for an idempotent request; for one
#: that is not, only 429 (the server refused it without acting on it).
SAFE_RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
UNSAFE_RETRY_STATUSES = frozenset({429})
#: The largest response body read (10 MiB; a page of 100 customers is about 50 KiB).
MAX_RESPONSE_BYTES = 10 * 1024 * 1024
_CHUNK_BYTES = 64 * 1024


def normalize_timeout(timeout: Union[None, float, Tuple[float, float]]) -> Timeout:
    """``None`` -> the default; a number -> the same for connect and read; a pair as given.
    Each must be a positive number of seconds."""
    if timeout is None:
        return DEFAULT_TIMEOUT
    pair = timeout if isinstance(timeout, tuple) else (timeout, timeout)
    if len(pair) != 2 or not all(_is_number(t) and 0 < t < math.inf for t in pair):
        raise TypeError("timeout must be a positive, finite number of seconds or a "
                        f"(connect, read) pair of them, not {timeout!r}")
    return (float(pair[0]), float(pair[1]))


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


class RetryPolicy(Retry):
    """urllib3's Retry, plus the two things it cannot express.

    * A time budget: ``max_retry_time`` seconds from the first failure. A ``Retry-After`` that
      would end past it is not waited for (the call gives up with the answer it has), and backoff
      waits are cut to end at it. urllib3 bounds only each wait, never their sum.
    * Retrying only the statuses listed: urllib3 also retries 413, 429 and 503 whenever they carry
      ``Retry-After``, which for a POST would repeat a request the server may have acted on.

    A malformed ``Retry-After`` is ignored (backoff applies) instead of raising urllib3's
    InvalidHeader out of the call.
    """

    RETRY_AFTER_STATUS_CODES: frozenset = frozenset()

    def __init__(self, *args: Any, max_retry_time: float = DEFAULT_MAX_RETRY_TIME,
                 deadline: Optional[float] = None, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.max_retry_time = max_retry_time
        self.deadline = deadline

    def new(self, **kw: Any) -> "RetryPolicy":
        kw.setdefault("max_retry_time", self.max_retry_time)
        kw.setdefault("deadline", self.deadline)
        return super().new(**kw)

    def increment(self, method: Optional[str] = None, url: Optional[str] = None,
                  response: Any = None, error: Optional[Exception] = None, _pool: Any = None,
                  _stacktrace: Any = None) -> "RetryPolicy":
        retry = super().increment(method, url, response, error, _pool, _stacktrace)
        now = time.monotonic()
        if retry.deadline is None:
            retry.deadline = now + self.max_retry_time
        wait = retry.get_retry_after(response) if response is not None else None
        if now >= retry.deadline or (wait is not None and now + wait > retry.deadline):
            reason = error or ResponseError(
                ResponseError.SPECIFIC_ERROR.format(status_code=getattr(response, "status", 0)))
            raise MaxRetryError(_pool, url, reason)  # type: ignore[arg-type]
        if logger.isEnabledFor(logging.INFO):
            cause = f"HTTP {response.status}" if error is None else _describe(error)
            logger.info("retrying %s %s (retry %d) after %s", method, (url or "").split("?")[0],
                        len(retry.history), cause)
        return retry

    def get_backoff_time(self) -> float:
        backoff = super().get_backoff_time()
        if self.deadline is None:
            return backoff
        return max(0.0, min(backoff, self.deadline - time.monotonic()))

    def get_retry_after(self, response: Any) -> Optional[float]:
        try:
            return super().get_retry_after(response)
        except InvalidHeader:
            return None


def retry_policies(max_retries: int, backoff_factor: float, max_retry_time: float
                   ) -> Dict[bool, RetryPolicy]:
    """The policy for requests that are safe to repeat (``True``) and for the others.

    Safe: connection failures, read timeouts, broken connections and SAFE_RETRY_STATUSES. Unsafe:
    only a failure to connect (nothing was sent) and 429. Backoff is exponential (urllib3: none
    before the first retry, then ``backoff_factor * 2**n`` up to BACKOFF_MAX) plus up to
    ``backoff_factor`` seconds of random jitter; ``Retry-After`` is obeyed.
    """
    common: Dict[str, Any] = dict(
        total=max_retries, other=0, redirect=0, allowed_methods=None, raise_on_status=False,
        raise_on_redirect=False, backoff_factor=backoff_factor, backoff_max=BACKOFF_MAX,
        backoff_jitter=backoff_factor, max_retry_time=max_retry_time)
    return {
        True: RetryPolicy(status_forcelist=SAFE_RETRY_STATUSES, **common),
        False: RetryPolicy(read=0, status_forcelist=UNSAFE_RETRY_STATUSES, **common),
    }


# The policy of the call being sent in this thread (or task). requests gives an adapter no way to
# take a retry policy per request, and urllib3 reads ``adapter.max_retries`` at each send, so the
# adapter answers that read from here: calls with different policies share one pool safely.
_CALL_POLICY: ContextVar[Optional[Retry]] = ContextVar("sentdm_call_policy", default=None)


class _PolicyAdapter(HTTPAdapter):
    """The HTTPAdapter of one transport.

    * ``max_retries`` is the policy of the call in progress.
    * The connection pool and request line for the transport's base URL and settings are worked
      out once, not per request: requests would parse the URL twice, select the proxy twice, stat
      the CA bundle and normalise urllib3's pool key on every call to get the same answers. The
      pool is kept while the session is used for other hosts too (urllib3 2 leaves a pool its
      manager dropped open, older versions close it: then it is looked up again), and closed with
      the adapter. Any other request through the session's adapter takes requests' own way
      (as do all, for the pool, under requests before 2.32.2, which looks pools up otherwise).
    """

    __attrs__ = [*HTTPAdapter.__attrs__, "_prefix", "_settings"]  # what pickling keeps
    _pool: Any = None
    #: How many leading characters of a URL under the base URL to drop to get the request line's
    #: target (scheme and host), or None while unknown or when it is the whole URL (a plain-http
    #: proxy).
    _origin_length: Optional[int] = None

    def __init__(self, base_url: str, verify: Union[bool, str], cert: Any,
                 proxies: Mapping[str, str], **kwargs: Any):
        self._prefix = base_url + "/"
        self._settings = (verify, cert, proxies)
        super().__init__(**kwargs)

    def _is_base(self, request: PreparedRequest, settings: Tuple[Any, Any, Any]) -> bool:
        return (request.url or "").startswith(self._prefix) and settings == self._settings

    def get_connection_with_tls_context(self, request: PreparedRequest, verify: Any,
                                        proxies: Any = None, cert: Any = None) -> Any:
        if not self._is_base(request, (verify, cert, proxies)):
            return super().get_connection_with_tls_context(request, verify, proxies, cert)
        pool = self._pool
        if pool is None or pool.pool is None:  # a closed pool has no connection queue
            pool = self._pool = super().get_connection_with_tls_context(
                request, verify, proxies, cert)
        return pool

    def request_url(self, request: PreparedRequest, proxies: Any) -> str:
        url = request.url or ""
        length = self._origin_length
        if (length is not None and url.startswith(self._prefix)
                and proxies == self._settings[2] and _plain_target(url[length:])):
            return url[length:]
        target = super().request_url(request, proxies)
        if (url.startswith(self._prefix) and proxies == self._settings[2]
                and url.endswith(target) and _plain_target(target)):
            self._origin_length = len(url) - len(target)
        return target

    def close(self) -> None:
        super().close()
        pool, self._pool = self._pool, None
        if pool is not None:  # the pool manager closed it, unless it had dropped it
            pool.close()

    @property  # type: ignore[override]
    def max_retries(self) -> Retry:
        return _CALL_POLICY.get() or self._default_retries

    @max_retries.setter
    def max_retries(self, value: Retry) -> None:
        self._default_retries = value


def _plain_target(target: str) -> bool:
    """Whether a request target is the URL's path and query exactly as requests would send it
    (requests drops a fragment, an empty query and white space, and rewrites a target starting
    with ``//``). The transport's own targets always are: uritemplate percent-encodes values."""
    return (target[:1] == "/" and target[1:2] != "/" and "#" not in target and " " not in target
            and not target.endswith("?") and target.isprintable())


_LIVE_TRANSPORTS: "weakref.WeakSet[Transport]" = weakref.WeakSet()
_NO_COOKIES = RequestsCookieJar()  # never written to: requests copies it before it adds any


def _forget_sessions_after_fork() -> None:
    for transport in list(_LIVE_TRANSPORTS):
        transport._forget_session()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forget_sessions_after_fork)


def is_loopback(host: str) -> bool:
    """``localhost``, 127.0.0.0/8 or ::1."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class Transport:
    """Sends Requests to one base URL with fixed default headers; safe to share across threads."""

    def __init__(self, base_url: str, headers: Mapping[str, str], *,
                 verify: Union[bool, str] = True, pool_size: int = 10,
                 redactor: Optional[Redactor] = None):
        self.base_url = base_url
        self._headers = dict(headers)
        self._verify = verify
        self._pool_size = pool_size
        self._redactor = redactor or Redactor()
        self._forget_session()
        _LIVE_TRANSPORTS.add(self)

    def __getstate__(self) -> Dict[str, Any]:
        return {"base_url": self.base_url, "headers": self._headers, "verify": self._verify,
                "pool_size": self._pool_size, "redactor": self._redactor}

    def __setstate__(self, state: Dict[str, Any]) -> None:
        self.__init__(**state)  # type: ignore[misc]

    def _forget_session(self) -> None:
        """Drop the session without closing it (after a fork its sockets are the parent's)."""
        self._session: Optional[requests.Session] = None
        self._send_options: Dict[str, Any] = {}
        self._lock = threading.Lock()

    @property
    def session(self) -> requests.Session:
        """The session, made on first use in this process."""
        session = self._session
        if session is None:
            with self._lock:
                session = self._session
                if session is None:
                    session = self._session = self._new_session()
        return session

    def _new_session(self) -> requests.Session:
        session = requests.Session()
        # what requests would otherwise work out from the environment on every call
        settings = session.merge_environment_settings(self.base_url, {}, None, self._verify, None)
        # a loopback server is never behind a proxy: an HTTP_PROXY must not see the credentials
        # that plain http to 127.0.0.1 carries in the clear
        proxies = {} if is_loopback(urlsplit(self.base_url).hostname or "") else settings["proxies"]
        adapter = _PolicyAdapter(self.base_url, settings["verify"], settings["cert"], proxies,
                                 pool_connections=1, pool_maxsize=self._pool_size, max_retries=0)
        session.mount("https://", adapter)
        session.mount("http://", adapter)
        self._send_options = {"verify": settings["verify"], "proxies": proxies,
                              "cert": settings["cert"], "stream": True, "allow_redirects": False}
        return session

    def send(self, request: Request, timeout: Timeout, retry: Retry) -> requests.Response:
        """Send one request under a retry policy; its response has its body read (capped).

        Connection problems become APIConnectionError, timeouts APITimeoutError.
        """
        prepared = self._prepare(request)
        debug = logger.isEnabledFor(logging.DEBUG)
        if debug:
            logger.debug("request %s %s headers=%s body=%s", prepared.method,
                         self._redactor.text(prepared.url or ""),
                         self._redactor.headers(prepared.headers), self._redactor.body(request.body))
        session = self.session
        started = time.monotonic()
        while True:
            token = _CALL_POLICY.set(retry)
            try:
                response = session.send(prepared, timeout=timeout, **self._send_options)
            except (requests.RequestException, urllib3.exceptions.HTTPError) as exc:
                raise _failure(exc, request, timeout, self.base_url) from exc
            finally:
                _CALL_POLICY.reset(token)
            try:
                too_large = _read_body(response, MAX_RESPONSE_BYTES)
                break
            except (requests.RequestException, urllib3.exceptions.HTTPError) as exc:
                response.close()
                retry = self._retry_after_broken_body(response, retry, exc, request, timeout)
        if debug:
            logger.debug("response %s %s %s in %.1f ms headers=%s body=%s", response.status_code,
                         request.method, request.target.split("?")[0],
                         (time.monotonic() - started) * 1000,
                         self._redactor.headers(response.headers),
                         self._redactor.body(response.content))
        if too_large and 200 <= response.status_code < 300:
            raise APIResponseValidationError(
                f"{request.method} {request.target.split('?')[0]}: the response body is larger "
                f"than the {MAX_RESPONSE_BYTES}-byte limit (HTTP {response.status_code})",
                response)
        return response

    def _retry_after_broken_body(self, response: requests.Response, retry: Retry,
                                 exc: BaseException, request: Request, timeout: Timeout) -> Retry:
        """The policy for sending again after the connection broke or stalled while the body was
        read (urllib3 retries only until the headers arrive): counted as a read error against
        what is left of the call's budget, so only a request that is safe to resend is sent
        again. Waits the backoff; raises the sentdm error when no retry is left."""
        cause = next((c for c in _causes(exc)
                      if isinstance(c, (ReadTimeoutError, ProtocolError))), None)
        try:
            if cause is None:
                raise exc
            remaining = (getattr(response.raw, "retries", None) or retry).increment(
                request.method, self.base_url + request.target, error=cause)
        except (requests.RequestException, urllib3.exceptions.HTTPError) as final:
            raise _failure(final, request, timeout, self.base_url) from exc
        remaining.sleep()
        return remaining

    def _prepare(self, request: Request) -> PreparedRequest:
        prepared = PreparedRequest()
        # a 3xx is never followed (it becomes a RedirectError), but requests still works out
        # the redirect's next request, from a copy of these cookies: it needs a jar
        prepared._cookies = _NO_COOKIES
        prepared.method = request.method
        prepared.url = self.base_url + request.target
        headers = CaseInsensitiveDict(self._headers)
        headers.update(request.headers)
        if request.body is not None:
            headers["Content-Length"] = str(len(request.body))
        elif request.method not in ("GET", "HEAD"):
            headers["Content-Length"] = "0"
        prepared.headers = headers
        prepared.body = request.body
        return prepared

    def close(self) -> None:
        """Close the pooled connections (a later call opens new ones)."""
        with self._lock:
            session, self._session = self._session, None
        if session is not None:
            session.close()


def _read_body(response: requests.Response, limit: int) -> bool:
    """Read at most ``limit`` bytes of the body into ``response.content``; True if there was more
    (the rest is left unread and the connection closed).

    A body whose length is known and at most one chunk is read in one piece of that length: a
    chunk larger than what is left makes urllib3 read again to find the end."""
    remaining = getattr(response.raw, "length_remaining", None)
    chunk_size = min(remaining, _CHUNK_BYTES) if remaining else _CHUNK_BYTES
    chunks = []
    size = 0
    for chunk in response.iter_content(chunk_size):
        chunks.append(chunk)
        size += len(chunk)
        if size > limit:
            response.close()
            break
    # requests keeps a read body here; setting it is how a capped read becomes .content/.text
    response._content = b"".join(chunks)[:limit]
    response._content_consumed = True
    return size > limit


def _causes(exc: BaseException) -> Iterator[BaseException]:
    """An exception and everything it wraps: requests and urllib3 nest errors in ``args``,
    ``reason`` (MaxRetryError) and the exception chain."""
    seen = set()
    pending = [exc]
    while pending:
        current = pending.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        inner = [*current.args, getattr(current, "reason", None), current.__cause__,
                 current.__context__]
        pending.extend(item for item in inner if isinstance(item, BaseException))


def _failure(exc: BaseException, request: Request, timeout: Timeout, base_url: str
             ) -> APIConnectionError:
    """The sentdm error for a failed send, naming which timeout fired, if one did, also when
    retries ran out (urllib3 then wraps it in MaxRetryError)."""
    causes = list(_causes(exc))
    what = f"{request.method} {request.target.split('?')[0]}"
    if any(isinstance(c, ConnectTimeoutError) and not isinstance(c, NewConnectionError)
           for c in causes):
        return APITimeoutError(f"connect timeout: {what}: no connection to {base_url} within "
                               f"{timeout[0]:g} s", "connect")
    if any(isinstance(c, (ReadTimeoutError, TimeoutError)) for c in causes):
        return APITimeoutError(f"read timeout: {what} got no answer within {timeout[1]:g} s",
                               "read")
    return APIConnectionError(f"{what} failed: {_describe(exc)}")


def _describe(exc: BaseException) -> str:
    """The innermost cause of a requests/urllib3 error, as "Type: message": what went wrong.

    requests puts the urllib3 error in ``args[0]``, MaxRetryError its cause in ``reason``,
    ProtocolError the OSError last in ``args``."""
    reason = exc
    for _ in range(10):  # these chains are a few levels deep; never loop on a strange one
        candidates = [getattr(reason, "reason", None), *reason.args[-1:], *reason.args[:1]]
        inner = next((c for c in candidates if isinstance(c, BaseException)), None)
        if inner is None:
            break
        reason = inner
    return f"{type(reason).__name__}: {reason}"
