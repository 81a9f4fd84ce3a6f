"""The exceptions sentdm raises: one hierarchy under :class:`SentdmError`.

Client-side problems (a bad table, a bad argument, missing credentials) are raised before anything
is sent; API problems carry the status code, the parsed error body, the headers and the raw
``requests.Response``.
"""

from __future__ import annotations

import json
from typing import Any, Collection, Dict, List, Mapping, Optional

from .logs import Redactor, credentials_in

__all__ = [
    "SentdmError",
    "ConfigurationError",
    "TableError",
    "ValidationError",
    "APIError",
    "APIConnectionError",
    "APITimeoutError",
    "APIResponseValidationError",
    "APIStatusError",
    "BadRequestError",
    "AuthenticationError",
    "PermissionDeniedError",
    "NotFoundError",
    "ConflictError",
    "UnprocessableEntityError",
    "RateLimitError",
    "InternalServerError",
    "WebhookVerificationError",
    "status_error_class",
]


class SentdmError(Exception):
    """Base class of every error raised by sentdm."""


class ConfigurationError(SentdmError, ValueError):
    """The client was set up wrongly (no credentials, a bad base URL, a bad option)."""


class TableError(SentdmError):
    """An endpoints table is malformed: names the file, the place in it and what is wrong."""

    def __init__(self, source: str, where: str, problem: str):
        self.source = source
        self.where = where
        self.problem = problem
        super().__init__(f"{source}: {where}: {problem}" if where else f"{source}: {problem}")


class ValidationError(SentdmError, ValueError):
    """Arguments to an operation are invalid; nothing was sent.

    ``errors`` maps each bad parameter (by its Python name) to the list of what is wrong with it.
    """

    def __init__(self, operation: str, errors: Mapping[str, List[str]]):
        self.operation = operation
        self.errors: Dict[str, List[str]] = {name: list(msgs) for name, msgs in errors.items()}
        lines = "".join(f"\n  {name}: {' '.join(msgs)}" for name, msgs in sorted(self.errors.items()))
        super().__init__(f"invalid arguments to {operation}:{lines}")


class WebhookVerificationError(SentdmError, ValueError):
    """A webhook request is not a genuine, fresh event from Sent: nothing in it may be trusted.

    ``reason`` says which check failed, as one of the ``*_HEADER``/``TIMESTAMP_*``/... codes
    below, short enough to answer the sender with; the message says more. Neither ever shows
    the signing secret.
    """

    MISSING_HEADER = "missing header"
    MALFORMED_HEADER = "malformed header"
    TIMESTAMP_TOO_OLD = "timestamp too old"
    TIMESTAMP_TOO_NEW = "timestamp too new"
    SIGNATURE_MISMATCH = "signature mismatch"
    INVALID_BODY = "invalid body"

    def __init__(self, reason: str, message: str):
        self.reason = reason
        super().__init__(message)

    def __reduce__(self) -> Any:
        return (type(self), (self.reason, str(self)))


class APIError(SentdmError):
    """A request was sent (or tried) and did not produce a usable answer."""


class APIConnectionError(APIError):
    """The API could not be reached, or the connection broke before an answer arrived."""


class APITimeoutError(APIConnectionError):
    """A timeout fired; ``which`` is ``"connect"`` or ``"read"``."""

    def __init__(self, message: str, which: str):
        self.which = which
        super().__init__(message)


class _ResponseError(APIError):
    """An error about a response that did arrive: keeps its status, raw text and headers."""

    def __init__(self, message: str, response: Any):
        self.response = response
        self.status_code: int = response.status_code
        self.headers = response.headers
        self.text: str = _response_text(response)
        super().__init__(message)


class APIResponseValidationError(_ResponseError):
    """A successful status came with a body that is not what the operation returns."""


class APIStatusError(_ResponseError):
    """The API answered with an error status.

    ``error`` and ``details`` come from the JSON error body where it has them; ``body`` is the
    parsed JSON (or ``None`` when the body was not JSON) and ``text`` the raw text. The message
    shows the error, or the start of the body, with the request's credentials and the fields
    named in ``secret_fields`` masked.
    """

    def __init__(self, response: Any, operation: str = "", secret_fields: Collection[str] = ()):
        body = _json_or_none(response)
        self.body: Any = body
        self.error: Optional[str] = None
        self.details: List[Any] = []
        if isinstance(body, dict):
            message = body.get("error") or body.get("message") or body.get("title")
            self.error = message if isinstance(message, str) else None
            details = body.get("details")
            self.details = details if isinstance(details, list) else []
        request = getattr(response, "request", None)
        redactor = Redactor(secret_fields, credentials_in(getattr(request, "headers", None) or {}))
        reason = (redactor.text(self.error) if self.error else
                  redactor.body(response.content, limit=200) or getattr(response, "reason", ""))
        where = f" from {operation}" if operation else ""
        super().__init__(f"HTTP {response.status_code}{where}: {reason}".rstrip(": "), response)


class BadRequestError(APIStatusError):
    """400"""


class AuthenticationError(APIStatusError):
    """401"""


class PermissionDeniedError(APIStatusError):
    """403"""


class NotFoundError(APIStatusError):
    """404"""


class ConflictError(APIStatusError):
    """409"""


class UnprocessableEntityError(APIStatusError):
    """422"""


class RateLimitError(APIStatusError):
    """429"""


class InternalServerError(APIStatusError):
    """5xx"""


_BY_STATUS = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error_class(status: int) -> type:
    """The most specific :class:`APIStatusError` subclass for an HTTP status."""
    if status >= 500:
        return InternalServerError
    return _BY_STATUS.get(status, APIStatusError)


def _response_text(response: Any) -> str:
    try:
        return response.content.decode("utf-8", errors="replace")
    except Exception:  # a body that cannot even be read is reported as empty, never raised
        return ""


def _json_or_none(response: Any) -> Any:
    try:
        return json.loads(response.content)
    except (ValueError, TypeError, RecursionError):  # RecursionError: absurdly deep nesting
        return None
