"""The client: credentials, base URL and options, one transport, and an instance of every
resource class of its service (``client.customers``, ``client.messages``, ...)."""

from __future__ import annotations

import ipaddress
import os
import platform
from typing import TYPE_CHECKING, Any, Dict, Optional, Tuple, Union
from urllib.parse import urlsplit

import requests

from . import bulk
from .errors import ConfigurationError
from .inspection import Inspector
from .operations import ApiResponse, Operation
from .service import Endpoints, Service, load_service, table_paths
from .transport import Timeout, Transport, normalize_timeout
from .version import __version__

__all__ = ["Client", "Configuration"]

USER_AGENT = (f"sentdm-python/{__version__} requests/{requests.__version__} "
              f"python/{platform.python_version()}")

TimeoutArg = Union[None, float, Tuple[float, float]]


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
    from ._generated import Resources
else:
    Resources = object


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
    """

    def __init__(self, api_key: Union[None, str, Configuration] = None,
                 access_token: Optional[str] = None, base_url: Optional[str] = None, *,
                 configuration: Optional[Configuration] = None, timeout: TimeoutArg = None,
                 check_formats: bool = True, verify: Union[bool, str] = True,
                 allow_insecure_http: bool = False, endpoints: Endpoints = None):
        if isinstance(api_key, Configuration):
            configuration, api_key = api_key, None
        if configuration is not None:
            api_key = api_key or configuration.api_key
            access_token = access_token or configuration.access_token
            base_url = base_url or configuration.host
            timeout = timeout if timeout is not None else configuration.timeout
        service = load_service(table_paths(endpoints))
        self._service: Service = service
        self._api_key = api_key or os.environ.get("SENTDM_API_KEY") or None
        self._access_token = access_token or os.environ.get("SENTDM_ACCESS_TOKEN") or None
        if not self._api_key and not self._access_token:
            raise ConfigurationError(
                "no credentials: pass api_key=... (sent as x-api-key) and/or access_token=... "
                "(sent as Authorization: Bearer), or set SENTDM_API_KEY / SENTDM_ACCESS_TOKEN")
        self.base_url = _check_base_url(
            base_url or os.environ.get("SENTDM_BASE_URL") or service.api.base_url,
            allow_insecure_http)
        try:
            self.timeout: Timeout = normalize_timeout(timeout)
        except TypeError as exc:
            raise ConfigurationError(str(exc)) from None
        self.check_formats = check_formats
        self._transport = Transport(self.base_url, self._default_headers(), verify=verify)
        for name, resource_class in service.resource_classes.items():
            setattr(self, name, resource_class(self))

    def _default_headers(self) -> Dict[str, str]:
        headers = {"User-Agent": USER_AGENT, "Accept": "application/json"}
        if self._api_key:
            _check_header_value("api_key", self._api_key)
            headers["x-api-key"] = self._api_key
        if self._access_token:
            _check_header_value("access_token", self._access_token)
            headers["Authorization"] = f"Bearer {self._access_token}"
        return headers

    @property
    def meta(self) -> Inspector:
        """What this client can call: ``meta.operations``, ``meta.describe("r.op")``, ..."""
        return self._service.meta

    @property
    def session(self) -> requests.Session:
        """The ``requests.Session`` this client sends through (one per client)."""
        return self._transport.session

    def _call(self, op: Operation, kwargs: Dict[str, Any]) -> ApiResponse[Any]:
        request = op.build_request(kwargs, self.check_formats)
        return op.parse(self._transport.send(request, self.timeout))

    send_bulk = bulk.send_bulk  # one template to many recipients: see sentdm/bulk.py

    def close(self) -> None:
        """Close the pooled connections."""
        self._transport.close()

    def __enter__(self) -> "Client":
        return self

    def __exit__(self, *exc_info: Any) -> None:
        self.close()

    def __repr__(self) -> str:
        return (f"Client(base_url={self.base_url!r}, api_key={_masked(self._api_key)}, "
                f"access_token={_masked(self._access_token)})")


def _masked(secret: Optional[str]) -> str:
    return "None" if secret is None else "'***'"


def _check_header_value(name: str, value: str) -> None:
    if not isinstance(value, str) or "\r" in value or "\n" in value:
        raise ConfigurationError(f"{name} must be a string without line breaks")


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _check_base_url(url: str, allow_insecure_http: bool) -> str:
    """The base URL without a trailing slash; https, or http only to loopback unless allowed."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigurationError(f"base_url {url!r} must be an http(s) URL such as "
                                 "https://api.sent.dm")
    if parts.query or parts.fragment:
        raise ConfigurationError(f"base_url {url!r} must not carry a query or fragment")
    if parts.scheme == "http" and not allow_insecure_http and not _is_loopback(parts.hostname):
        raise ConfigurationError(
            f"base_url {url!r} would send your credentials unencrypted; use https, or pass "
            "allow_insecure_http=True if you really mean it")
    prepared = requests.models.PreparedRequest()
    prepared.prepare_url(url.rstrip("/") or url, None)  # IDNA and percent-encoding, once
    return prepared.url.rstrip("/")
