"""The client: credentials, base URL and options, one transport, and an instance of every
resource class of its service (``client.customers``, ``client.messages``, ...)."""

from __future__ import annotations

import importlib
import math
import os
import platform
import time
from typing import TYPE_CHECKING, Any, Dict, Optional, Tuple, TypeVar, Union
from urllib.parse import urlsplit

import requests
import urllib3
from urllib3.util import parse_url

from .errors import ConfigurationError
from .logs import Redactor, logger
from .operations import ApiResponse, Operation, Request
from .resources import missing_attribute
from .service import DEFAULT_API, Endpoints, Service, load_service, table_paths
from .transport import (DEFAULT_BACKOFF_FACTOR, DEFAULT_MAX_RETRIES, DEFAULT_MAX_RETRY_TIME,
                        Timeout, Transport, is_loopback, normalize_timeout, retry_policies)
from .version import __version__

__all__ = ["Client", "Configuration"]

USER_AGENT = (f"sentdm-python/{__version__} requests/{requests.__version__} "
              f"python/{platform.python_version()}")

TimeoutArg = Union[None, float, Tuple[float, float]]
_Self = TypeVar("_Self", bound="Client")


class Configuration:
    """The vendor SDKs' way in: set the attributes, then ``Client(configuration)``.

    ``host`` is the base URL, as the vendor SDKs call it.
    """

    def __init__(self, api_key: Optional[str] = None, access_token: Optional[str] = None,
                 host: Optional[str] = None, timeout: TimeoutArg = None):
        self.api_key = api_key
        self.access_token = access_token
        self.host = host
        self.timeout = timeout

    def __repr__(self) -> str:
        return (f"Configuration(api_key={_masked(self.api_key)}, "
                f"access_token={_masked(self.access_token)}, host={self.host!r})")


if TYPE_CHECKING:  # the resource attributes, typed by the stubs generated from the table
    from . import bulk
    from ._generated import Resources
    from .inspection import Inspector
else:
    Resources = object


class _Imported:
    """A class attribute taken from its module when first used, then kept in the class: a
    method whose module ``import sentdm`` need not import (its signature and docstring are the
    function's own)."""

    def __init__(self, module: str, name: str):
        self._module = module
        self._name = name

    def __set_name__(self, owner: type, attribute: str) -> None:
        self._attribute = attribute

    def __get__(self, instance: Any, owner: type) -> Any:
        value = getattr(importlib.import_module(self._module), self._name)
        setattr(owner, self._attribute, value)
        return value.__get__(instance, owner)


class Client(Resources):
    """A Sent.dm API client.

    Credentials come from the arguments, else from ``SENTDM_API_KEY`` / ``SENTDM_ACCESS_TOKEN``;
    the base URL from ``base_url``, else ``SENTDM_BASE_URL``, else ``https://api.sent.dm``.
    ``timeout`` is seconds, or a ``(connect, read)`` pair (default 5 s and 30 s).
    ``check_formats=False`` stops the client checking UUID, E.164 and date-time formats (types,
    ranges, lengths and enums are still checked).
    ``endpoints`` names extra tables (one path or several) merged after the built-in one and
    those in ``SENTDM_ENDPOINTS``: they add operations, resources and schemas, and replace
    existing ones where they say ``override = true``.
    ``verify`` is True (check TLS certificates against the system's CA bundle), the path of a CA
    bundle, or False.

    Retries: a failed call is repeated up to ``max_retries`` times, waiting
    ``backoff_factor * 2**n`` seconds plus jitter (or what ``Retry-After`` asks), and for at most
    ``max_retry_time`` seconds after the first failure. An operation that is not idempotent (the
    POSTs) is repeated only when it cannot have reached the server (a failure to connect, 429),
    unless it is given an ``idempotency_key``. ``with_options`` changes these per call.

    One client can be shared by threads, keeping up to ``max_connections`` connections open (use
    at least as many as threads or bulk workers); a forked child opens its own connections; a
    pickled client carries its settings and credentials, not its connections.
    """

    # The constructor's types come from the stubs: Resources.__new__ there is overloaded on
    # api= (one variant per API version, each giving that version's client type), and a type
    # checker reads it only where it does not see an __init__.
    if not TYPE_CHECKING:
        def __init__(self, api_key: Union[None, str, Configuration] = None,
                     access_token: Optional[str] = None, base_url: Optional[str] = None, *,
                     configuration: Optional[Configuration] = None, timeout: TimeoutArg = None,
                     check_formats: bool = True, verify: Union[bool, str] = True,
                     allow_insecure_http: bool = False, endpoints: Endpoints = None,
                     max_retries: int = DEFAULT_MAX_RETRIES,
                     backoff_factor: float = DEFAULT_BACKOFF_FACTOR,
                     max_retry_time: float = DEFAULT_MAX_RETRY_TIME, max_connections: int = 10,
                     api: Optional[str] = None, sandbox: bool = False):
            if isinstance(api_key, Configuration):
                configuration, api_key = api_key, None
            if configuration is not None:
                api_key = api_key or configuration.api_key
                access_token = access_token or configuration.access_token
                base_url = base_url or configuration.host
                timeout = timeout if timeout is not None else configuration.timeout
            service = load_service(table_paths(endpoints, api=api))
            self._service: Service = service
            self._api_key, self._access_token = _credentials(service, api_key, access_token)
            for name, flag in (("sandbox", sandbox), ("check_formats", check_formats),
                               ("allow_insecure_http", allow_insecure_http)):
                if not isinstance(flag, bool):  # "false" would be true
                    raise ConfigurationError(f"{name} must be True or False, not {flag!r}")
            if sandbox and not service.api.sandbox_field:
                raise ConfigurationError(
                    f"sandbox=True: the API {service.name!r} has no sandbox mode")
            self.sandbox = sandbox
            self.base_url = _check_base_url(
                base_url or os.environ.get("SENTDM_BASE_URL") or service.api.base_url,
                allow_insecure_http)
            self.check_formats = check_formats
            self._set_options(timeout, max_retries, backoff_factor, max_retry_time)
            redactor = Redactor(service.operations.secret_fields,
                                (self._api_key, self._access_token))
            if not isinstance(max_connections, int) or isinstance(max_connections, bool) \
                    or max_connections < 1:
                raise ConfigurationError(
                    f"max_connections must be a whole number >= 1, not {max_connections!r}")
            _check_verify(verify)
            self._transport = Transport(self.base_url, self._default_headers(), verify=verify,
                                        pool_size=max_connections, redactor=redactor)
            self._bind_resources()

    def _set_options(self, timeout: TimeoutArg, max_retries: int, backoff_factor: float,
                     max_retry_time: float) -> None:
        """Check and keep the per-call options, and make the retry policies for them once."""
        try:
            self.timeout: Timeout = normalize_timeout(timeout)
        except TypeError as exc:
            raise ConfigurationError(str(exc)) from None
        if not isinstance(max_retries, int) or isinstance(max_retries, bool) or max_retries < 0:
            raise ConfigurationError(f"max_retries must be a whole number >= 0, not {max_retries!r}")
        for name, value in (("backoff_factor", backoff_factor), ("max_retry_time", max_retry_time)):
            if not isinstance(value, (int, float)) or isinstance(value, bool) \
                    or not 0 <= value < math.inf:
                raise ConfigurationError(f"{name} must be a finite number of seconds >= 0, "
                                         f"not {value!r}")
        self.max_retries = max_retries
        self.backoff_factor = float(backoff_factor)
        self.max_retry_time = float(max_retry_time)
        self._retry_policies = retry_policies(max_retries, self.backoff_factor,
                                              self.max_retry_time)

    def _bind_resources(self) -> None:
        for name, resource_class in self._service.top_resource_classes.items():
            setattr(self, name, resource_class(self))

    if not TYPE_CHECKING:  # type checkers flag misspelt resources from the stubs instead
        def __getattr__(self, name: str) -> Any:
            # only reached for a name the client lacks: say if another API version has it
            if name.startswith("_") or "_service" not in self.__dict__:
                raise AttributeError(name)
            raise AttributeError(missing_attribute(
                self._service, name, f"{type(self).__name__!r} has no attribute {name!r}"))

    def with_options(self: _Self, *, timeout: TimeoutArg = None, max_retries: Optional[int] = None,
                     backoff_factor: Optional[float] = None,
                     max_retry_time: Optional[float] = None) -> _Self:
        """A copy of this client with other timeouts or retries, for one call or many::

            client.with_options(timeout=2, max_retries=0).customers.get_customer_by_id(id=...)

        The copy shares this client's credentials and connection pool (making one is cheap);
        options not given keep this client's values.
        """
        clone = object.__new__(type(self))
        clone.__dict__.update(self.__dict__)
        clone._set_options(
            timeout if timeout is not None else self.timeout,
            max_retries if max_retries is not None else self.max_retries,
            backoff_factor if backoff_factor is not None else self.backoff_factor,
            max_retry_time if max_retry_time is not None else self.max_retry_time)
        clone._bind_resources()
        return clone

    def __getstate__(self) -> Dict[str, Any]:
        """Settings and credentials; the resources and the service are made again on load, and
        the transport leaves its connections behind."""
        state = {name: value for name, value in self.__dict__.items()
                 if name not in self._service.top_resource_classes}
        state["_service"] = self._service.api.sources
        return state

    def __setstate__(self, state: Dict[str, Any]) -> None:
        self.__dict__.update(state)
        self._service = load_service(tuple(state["_service"]))
        self._bind_resources()

    def _default_headers(self) -> Dict[str, str]:
        headers = {"User-Agent": USER_AGENT, "Accept": "application/json"}
        if self._api_key:
            headers[self._service.api.auth.api_key_header] = self._api_key
        if self._access_token:
            headers["Authorization"] = f"Bearer {self._access_token}"
        return headers

    @property
    def service(self) -> Service:
        """Everything built from this client's tables: spec, models, operations, resources."""
        return self._service

    @property
    def meta(self) -> Inspector:
        """What this client can call: ``meta.operations``, ``meta.describe("r.op")``, ..."""
        return self._service.meta

    @property
    def session(self) -> requests.Session:
        """The ``requests.Session`` this client sends through (one per client)."""
        return self._transport.session

    def _with_defaults(self, op: Operation, kwargs: Dict[str, Any]) -> Dict[str, Any]:
        """The call's arguments with the client's defaults: ``sandbox=True`` fills the API's
        sandbox field where the operation has it and the call left it out."""
        if self.sandbox and op.sandbox_param and kwargs.get(op.sandbox_param) is None:
            return {**kwargs, op.sandbox_param: True}
        return kwargs

    def _call(self, op: Operation, kwargs: Dict[str, Any]) -> ApiResponse[Any]:
        kwargs = self._with_defaults(op, kwargs)
        request = op.build_request(kwargs, self.check_formats)
        policy = self._retry_policies[request.idempotent]
        response = self._transport.send(request, self.timeout, policy)
        if op.in_flight(response, request):
            response = self._resend_in_flight(op, request, policy, response)
        return op.parse(response, request)

    def _resend_in_flight(self, op: Operation, request: Request, policy: Any,
                          response: Any) -> Any:
        """Send again, with the same idempotency key, a call the server says is still in flight
        under that key (``[api.conflict_retry]``), after its wait, within the retry budget
        (``max_retries`` resends, ``max_retry_time`` seconds)."""
        wait = op.conflict_wait
        deadline = time.monotonic() + self.max_retry_time
        for attempt in range(self.max_retries):
            if time.monotonic() + wait > deadline:
                break
            logger.info("retrying %s %s (conflict retry %d): the same idempotency key is "
                        "still in flight", request.method, request.target.split("?")[0],
                        attempt + 1)
            time.sleep(wait)
            response = self._transport.send(request, self.timeout, policy)
            if not op.in_flight(response, request):
                return response
        return response

    # one template to many recipients: see sentdm/bulk.py
    send_bulk = bulk.send_bulk if TYPE_CHECKING else _Imported("sentdm.bulk", "send_bulk")

    def close(self) -> None:
        """Close the pooled connections (shared with ``with_options`` copies); a later call opens
        new ones."""
        self._transport.close()

    def __enter__(self: _Self) -> _Self:
        return self

    def __exit__(self, *exc_info: Any) -> None:
        self.close()

    def __repr__(self) -> str:
        api = "" if self._service.name == DEFAULT_API else f"api={self._service.name!r}, "
        return (f"Client({api}base_url={self.base_url!r}, api_key={_masked(self._api_key)}, "
                f"access_token={_masked(self._access_token)})")


def _credentials(service: Service, api_key: Optional[str], access_token: Optional[str]
                 ) -> Tuple[Optional[str], Optional[str]]:
    """The API key and access token to send, from the arguments or the environment, as the
    API's ``[api] auth`` takes them."""
    auth = service.api.auth
    api_key = _given(api_key) or os.environ.get("SENTDM_API_KEY") or None
    if access_token and not auth.bearer:
        raise ConfigurationError(f"access_token: the API {service.name!r} takes an API key only "
                                 f"(sent as {auth.api_key_header}); pass api_key=...")
    if auth.bearer:
        access_token = _given(access_token) or os.environ.get("SENTDM_ACCESS_TOKEN") or None
    if not api_key and not access_token:
        raise ConfigurationError(
            f"no credentials: pass api_key=... (sent as {auth.api_key_header})"
            + (" and/or access_token=... (sent as Authorization: Bearer)" if auth.bearer else "")
            + ", or set SENTDM_API_KEY" + (" / SENTDM_ACCESS_TOKEN" if auth.bearer else ""))
    for name, value in (("api_key", api_key), ("access_token", access_token)):
        if value is not None:
            _check_credential(name, value)
    return api_key, access_token


def _given(value: Any) -> Any:
    """An argument as given, except that None and "" mean "not given" (then the environment is
    read); any other value, even 0 or a wrong type, is kept to be checked."""
    return None if value is None or value == "" else value


def _masked(secret: Optional[str]) -> str:
    return "None" if secret is None else "'***'"


def _check_credential(name: str, value: Any) -> None:
    """A credential is sent as a header value: printable ASCII, no surrounding spaces. Anything
    else would fail (or be mangled) at the first call instead of here."""
    if not isinstance(value, str):
        raise ConfigurationError(f"{name} must be a string, not {type(value).__name__}")
    bad = next((c for c in value if not " " <= c <= "~"), None)
    if bad is not None:
        raise ConfigurationError(f"{name} must be printable ASCII; it contains {bad!r} at "
                                 f"position {value.index(bad)}")
    if value != value.strip():
        raise ConfigurationError(f"{name} must not start or end with a space")


def _check_verify(verify: Any) -> None:
    """``verify`` is True, False or the path of a CA bundle that exists; so is a bundle named in
    the environment for ``verify=True``. Otherwise requests would raise a bare OSError at the
    first call."""
    if isinstance(verify, bool):
        named = [(name, os.environ.get(name)) for name in ("REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE")]
        paths = [(name, path) for name, path in named if path] if verify else []
    elif isinstance(verify, (str, os.PathLike)):
        paths = [("verify", os.fspath(verify))]
    else:
        raise ConfigurationError(f"verify must be True, False or the path of a CA bundle, not "
                                 f"{type(verify).__name__}")
    for name, path in paths[:1]:  # requests uses the first one set
        if not os.path.exists(path):
            raise ConfigurationError(f"{name}: no CA bundle at {path!r}")


def _check_base_url(url: Any, allow_insecure_http: bool) -> str:
    """The base URL as the transport will use it, without a trailing slash: https, or http only
    to loopback unless allowed.

    The check reads the URL exactly as it will be sent: after requests has normalised it (IDNA,
    percent-encoding), and as both parsers on the way read it (the standard library's, which
    requests uses to pick the connection, and urllib3's). A URL they read differently (a
    backslash, a tab, a user name, an odd port) is refused: its host is not certain.
    """
    if not isinstance(url, str):
        raise ConfigurationError(f"base_url must be a string, not {type(url).__name__}")
    bad = next((c for c in url if c == "\\" or c.isspace() or not c.isprintable()), None)
    if bad is not None:
        raise ConfigurationError(f"base_url {url!r} contains {bad!r}, which URL parsers read "
                                 "differently; write the URL without it")
    example = "an http(s) URL such as https://api.sent.dm"
    prepared = requests.models.PreparedRequest()
    try:
        prepared.prepare_url(url, None)  # IDNA and percent-encoding, as every request gets
        final = (prepared.url or "").rstrip("/")
        standard, parsed = urlsplit(final), parse_url(final)
        port = standard.port
    except (ValueError, requests.RequestException, urllib3.exceptions.HTTPError) as exc:
        raise ConfigurationError(f"base_url {url!r} must be {example} ({exc})") from None
    host = (parsed.host or "").strip("[]")
    if standard.scheme not in ("http", "https") or not host:
        raise ConfigurationError(f"base_url {url!r} must be {example}")
    if parsed.auth or "@" in standard.netloc:
        raise ConfigurationError(f"base_url {url!r} must not carry a user name or password "
                                 "(credentials go in api_key / access_token)")
    if parsed.query or parsed.fragment or standard.query or standard.fragment:
        raise ConfigurationError(f"base_url {url!r} must not carry a query or fragment")
    if (standard.hostname, port, standard.scheme) != (host.lower(), parsed.port, parsed.scheme) \
            or "%" in host:
        raise ConfigurationError(f"base_url {url!r} names its host ambiguously; write it plainly")
    if standard.scheme == "http" and not allow_insecure_http and not is_loopback(host):
        raise ConfigurationError(
            f"base_url {url!r} would send your credentials unencrypted; use https, or pass "
            "allow_insecure_http=True if you really mean it")
    return final
