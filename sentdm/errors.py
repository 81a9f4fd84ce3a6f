"""The exceptions sentdm raises: one hierarchy under :class:`SentdmError`.

Client-side problems (a bad table, a bad argument, missing credentials) are raised before anything
is sent; API problems carry the status code, the parsed error body, the headers and the raw
``requests.Response``.
"""

from __future__ import annotations

import json
from typing import Any, Collection, Dict, List, Mapping, Optional, Tuple, Type

from .envelope import RateLimit, dig, rate_limit_from
from .logs import Redactor, credentials_in
from .spec import ErrorEnvelopeSpec, RateLimitSpec

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
    "RedirectError",
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
    """Base class of every error raised by sentdm.

    Every one pickles (to a worker pool's parent, a task queue) with its message and attributes,
    whatever its constructor takes; the ``requests.Response`` an API error carries stays behind
    (``response`` is None after unpickling), as it holds the request's credentials. Parsed JSON
    (``body``, ``details``) travels as JSON text, which pickles however deeply it is nested.
    """

    def __reduce__(self) -> Tuple[Any, ...]:
        state, as_json = {}, {}
        for name, value in self.__dict__.items():
            if name == "response":
                value = None
            elif type(value) in (dict, list):
                try:
                    as_json[name] = json.dumps(value)
                    continue
                except (TypeError, ValueError, RecursionError):
                    pass  # not JSON after all: pickled as it is
            state[name] = value
        return (_unpickled, (type(self), self.args, as_json), state)


def _unpickled(cls: Type[SentdmError], args: Tuple[Any, ...], as_json: Dict[str, str]
               ) -> SentdmError:
    """An error rebuilt without calling its constructor (pickle then restores the rest of its
    attributes)."""
    error: SentdmError = cls.__new__(cls)
    error.args = args
    error.__dict__.update({name: json.loads(text) for name, text in as_json.items()})
    return error


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

    ``error`` (the message) and ``details`` come from the JSON error body where it has them;
    where the API declares an error envelope (``[api.error_envelope]``), so do ``code``
    (``"VALIDATION_001"``), ``doc_url`` and ``request_id``; ``rate_limit`` comes from the
    headers (``[api.rate_limit]``). ``body`` is the parsed JSON (or ``None`` when the body was
    not JSON) and ``text`` the raw text. The message shows all of these, or the start of the
    body, with the request's credentials and the fields named in ``secret_fields`` masked.
    """

    def __init__(self, response: Any, operation: str = "", secret_fields: Collection[str] = (),
                 envelope: Optional[ErrorEnvelopeSpec] = None,
                 rate_limit: Optional[RateLimitSpec] = None):
        body = json_or_none(response)
        self.body: Any = body
        self.error: Optional[str] = None
        self.details: Any = []
        self.code: Optional[str] = None
        self.doc_url: Optional[str] = None
        self.request_id: Optional[str] = None
        self.rate_limit: Optional[RateLimit] = rate_limit_from(response.headers, rate_limit)
        if envelope is not None and envelope != ErrorEnvelopeSpec():
            self.error = _text(dig(body, envelope.message))
            self.details = dig(body, envelope.details, [])
            self.code = _text(dig(body, envelope.code))
            self.doc_url = _text(dig(body, envelope.doc_url))
            self.request_id = _text(dig(body, envelope.request_id))
        elif isinstance(body, dict):
            message = body.get("error") or body.get("message") or body.get("title")
            self.error = message if isinstance(message, str) else None
            details = body.get("details")
            self.details = details if isinstance(details, list) else []
        request = getattr(response, "request", None)
        redactor = Redactor(secret_fields, credentials_in(getattr(request, "headers", None) or {}))
        reason = (redactor.text(self.error) if self.error else
                  redactor.body(response.content, limit=200) or getattr(response, "reason", ""))
        if self.code:
            reason = f"{self.code}: {reason}" if reason else self.code
        where = f" from {operation}" if operation else ""
        super().__init__(f"HTTP {response.status_code}{where}: {reason}".rstrip(": ")
                         + self._context(redactor), response)

    def _context(self, redactor: Redactor) -> str:
        """The error's details, request id, documentation and rate limit, as message lines."""
        lines = []
        if self.details and self.code:
            lines.append(f"details: {redactor.text(json.dumps(redactor.data(self.details)))}")
        if self.request_id:
            lines.append(f"request id: {self.request_id}")
        if self.doc_url:
            lines.append(f"see {self.doc_url}")
        if self.rate_limit is not None:
            limit = self.rate_limit
            lines.append(f"rate limit: {limit.remaining} of {limit.limit} left, resets at "
                         f"{limit.reset}")
        return "".join(f"\n  {line}" for line in lines)


def _text(value: Any) -> Optional[str]:
    return value if isinstance(value, str) and value else None


class RedirectError(APIStatusError):
    """3xx: the API answered with a redirect. It is never followed: the request would go, with
    its credentials, wherever the answer points."""

    def __init__(self, response: Any, *args: Any, **kwargs: Any):
        super().__init__(response, *args, **kwargs)
        request = getattr(response, "request", None)
        location = Redactor((), credentials_in(getattr(request, "headers", None) or {})).text(
            str(response.headers.get("Location", "")))
        self.args = (f"{self.args[0]}: redirect to {location or '(no Location)'} not followed "
                     "(the request would carry your credentials there)",)


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
    if 300 <= status < 400:
        return RedirectError
    return _BY_STATUS.get(status, APIStatusError)


def _response_text(response: Any) -> str:
    try:
        return response.content.decode("utf-8", errors="replace")
    except Exception:  # a body that cannot even be read is reported as empty, never raised
        return ""


def json_or_none(response: Any) -> Any:
    """The response body as JSON, or None when it is not JSON."""
    try:
        return json.loads(response.content)
    except (ValueError, TypeError, RecursionError):  # RecursionError: absurdly deep nesting
        return None
