"""Reading what an API wraps around its answers, as its table declares it: dotted paths into a
JSON body (``[api.envelope]``, ``[api.error_envelope]``), the rate-limit headers
(``[api.rate_limit]``) and the replay flag (``[api.conflict_retry] replayed_header``).

The tables say where things are; this module only follows them, so an API without an envelope
(v1.1) reads exactly as before.
"""

from __future__ import annotations

from typing import Any, Dict, Mapping, NamedTuple, Optional

from .spec import ConflictRetrySpec, RateLimitSpec

__all__ = ["RateLimit", "dig", "put", "rate_limit_from", "replayed_from"]

_MISSING = object()


class RateLimit(NamedTuple):
    """The rate-limit headers of an answer: requests allowed per window, requests left, and when
    the window resets (Unix time). A header that is absent or not a number is ``None``."""

    limit: Optional[int]
    remaining: Optional[int]
    reset: Optional[int]


def dig(value: Any, path: Optional[str], default: Any = None) -> Any:
    """``dig({"error": {"code": "X"}}, "error.code")`` -> ``"X"``; ``default`` where any step is
    missing or not an object. A model is walked by wire name, keeping its converted values."""
    if path is None:
        return default
    for part in path.split("."):
        value = _step(value, part)
        if value is _MISSING:
            return default
    return value


def put(body: Dict[str, Any], path: str, value: Any) -> Dict[str, Any]:
    """Set ``value`` at the dotted ``path`` of ``body`` (making the objects on the way): what
    :func:`dig` reads back. Returns ``body``."""
    *parents, last = path.split(".")
    node = body
    for part in parents:
        node = node.setdefault(part, {})
    node[last] = value
    return body


def _step(value: Any, part: str) -> Any:
    if isinstance(value, Mapping):
        return value.get(part, _MISSING)
    fields = getattr(type(value), "_fields_by_wire_name", None)
    if fields is not None:  # a model: the attribute that reads this wire key
        if part in fields:
            return getattr(value, fields[part])
        raw = getattr(value, "_raw", {})
        return raw.get(part, _MISSING)
    return _MISSING


def rate_limit_from(headers: Mapping[str, str], spec: Optional[RateLimitSpec]
                    ) -> Optional[RateLimit]:
    """The answer's rate limit, or ``None`` when the API declares none or sent none of the
    headers."""
    if spec is None:
        return None
    values = [_whole(headers.get(name)) if name else None for name in spec]
    return RateLimit(*values) if any(v is not None for v in values) else None


def _whole(text: Optional[str]) -> Optional[int]:
    try:
        return int(text) if text is not None else None
    except ValueError:
        return None


def replayed_from(headers: Mapping[str, str], spec: Optional[ConflictRetrySpec]) -> bool:
    """Whether the server says it replayed this answer from its idempotency cache."""
    if spec is None or not spec.replayed_header:
        return False
    return str(headers.get(spec.replayed_header, "")).strip().lower() == "true"
