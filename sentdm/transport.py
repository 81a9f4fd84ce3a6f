"""Transport: carries a validated Request over one ``requests.Session`` and maps failures to
sentdm errors.

What requests would work out again on every call (environment proxies, the CA bundle, the default
headers, the adapter) is settled once when the transport is made.
"""

from __future__ import annotations

from typing import Any, Dict, Mapping, Optional, Tuple, Union

import requests
from requests.adapters import HTTPAdapter
from requests.models import PreparedRequest
from requests.structures import CaseInsensitiveDict

from .errors import APIConnectionError, APITimeoutError
from .operations import Request

__all__ = ["Transport", "Timeout", "DEFAULT_TIMEOUT", "normalize_timeout"]

Timeout = Tuple[float, float]
DEFAULT_TIMEOUT: Timeout = (5.0, 30.0)


def normalize_timeout(timeout: Union[None, float, Tuple[float, float]]) -> Timeout:
    """``None`` -> the default; a number -> the same for connect and read; a pair as given."""
    if timeout is None:
        return DEFAULT_TIMEOUT
    if isinstance(timeout, (int, float)) and not isinstance(timeout, bool):
        return (float(timeout), float(timeout))
    if (isinstance(timeout, tuple) and len(timeout) == 2
            and all(isinstance(t, (int, float)) and not isinstance(t, bool) for t in timeout)):
        return (float(timeout[0]), float(timeout[1]))
    raise TypeError("timeout must be a number of seconds or a (connect, read) pair")


class Transport:
    """Sends Requests to one base URL with fixed default headers."""

    def __init__(self, base_url: str, headers: Mapping[str, str], *,
                 verify: Union[bool, str] = True, pool_size: int = 10):
        self.base_url = base_url
        self.session = requests.Session()
        adapter = HTTPAdapter(pool_connections=1, pool_maxsize=pool_size, max_retries=0)
        self.session.mount("https://", adapter)
        self.session.mount("http://", adapter)
        self._headers = dict(headers)
        settings = self.session.merge_environment_settings(base_url, {}, None, verify, None)
        self._send_options: Dict[str, Any] = {
            "verify": settings["verify"],
            "proxies": settings["proxies"],
            "cert": settings["cert"],
            "stream": False,
            "allow_redirects": False,
        }

    def send(self, request: Request, timeout: Timeout) -> requests.Response:
        """Send one request; connection problems become APIConnectionError/APITimeoutError."""
        prepared = PreparedRequest()
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
        try:
            return self.session.send(prepared, timeout=timeout, **self._send_options)
        except requests.exceptions.ConnectTimeout as exc:
            raise APITimeoutError(
                f"connect timeout: no connection to {self.base_url} within {timeout[0]} s",
                "connect") from exc
        except requests.exceptions.ReadTimeout as exc:
            raise APITimeoutError(
                f"read timeout: {request.method} {request.target.split('?')[0]} got no answer "
                f"within {timeout[1]} s", "read") from exc
        except requests.exceptions.RequestException as exc:
            raise APIConnectionError(
                f"{request.method} {request.target.split('?')[0]} failed: "
                f"{type(exc).__name__}: {_reason(exc)}") from exc

    def close(self) -> None:
        self.session.close()


def _reason(exc: Exception) -> str:
    """The innermost cause of a requests/urllib3 error: what actually went wrong."""
    reason: Optional[BaseException] = exc
    while reason is not None and reason.args and isinstance(reason.args[0], BaseException):
        reason = reason.args[0]
    reason = getattr(reason, "reason", reason)
    return str(reason)
