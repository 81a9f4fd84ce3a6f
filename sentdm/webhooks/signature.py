"""Sent's webhook signature scheme, both sides: :func:`verify` for receivers, :func:`sign` for
tests and for the local sandbox.

A request carries ``x-webhook-id``, ``x-webhook-timestamp`` (Unix seconds) and
``x-webhook-signature``: space-separated ``v1,<base64 HMAC-SHA256>`` entries, each over
``"{id}.{timestamp}." + raw body`` and keyed with the base64-decoded part of a ``whsec_...``
secret after its prefix. Several entries let a rotated secret and its successor both verify.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import time
import uuid
from typing import Dict, Iterable, List, Mapping, Optional, Sequence, Tuple, Union

from ..errors import ConfigurationError, WebhookVerificationError

__all__ = [
    "ID_HEADER",
    "TIMESTAMP_HEADER",
    "SIGNATURE_HEADER",
    "EVENT_TYPE_HEADER",
    "DEFAULT_TOLERANCE",
    "SECRET_PREFIX",
    "Body",
    "Secrets",
    "signing_keys",
    "check_tolerance",
    "sign",
    "verify",
]

ID_HEADER = "x-webhook-id"
TIMESTAMP_HEADER = "x-webhook-timestamp"
SIGNATURE_HEADER = "x-webhook-signature"
EVENT_TYPE_HEADER = "x-webhook-event-type"  # an unsigned hint: never trusted, never required
SIGNATURE_VERSION = "v1"
SECRET_PREFIX = "whsec_"
#: Seconds a timestamp may differ from the receiver's clock, either way.
DEFAULT_TOLERANCE = 300.0

Body = Union[bytes, bytearray, memoryview, str]
#: One ``whsec_...`` secret, or several (the current one and one being rotated out).
Secrets = Union[str, Sequence[str]]

Error = WebhookVerificationError


def signing_keys(secret: Secrets) -> Tuple[bytes, ...]:
    """The HMAC keys of one secret or several; a secret that is not ``whsec_`` + base64 is a
    ConfigurationError that names the problem, never the secret."""
    secrets = [secret] if isinstance(secret, str) else list(secret)
    if not secrets:
        raise ConfigurationError("webhook secret: none given")
    keys = []
    for position, text in enumerate(secrets):
        which = "webhook secret" if len(secrets) == 1 else f"webhook secret #{position + 1}"
        if not isinstance(text, str) or not text.startswith(SECRET_PREFIX):
            raise ConfigurationError(f"{which}: must be the text Sent gives, starting with "
                                     f"{SECRET_PREFIX!r}")
        try:
            key = base64.b64decode(text[len(SECRET_PREFIX):], validate=True)
        except (binascii.Error, ValueError):
            raise ConfigurationError(f"{which}: the part after {SECRET_PREFIX!r} is not "
                                     "valid base64") from None
        if not key:
            raise ConfigurationError(f"{which}: empty after {SECRET_PREFIX!r}")
        keys.append(key)
    return tuple(keys)


def check_tolerance(tolerance: float) -> None:
    """A tolerance is a number of seconds, not negative: ConfigurationError otherwise."""
    if isinstance(tolerance, bool) or not isinstance(tolerance, (int, float)) or not (
            tolerance >= 0):
        raise ConfigurationError(f"tolerance: must be a number of seconds (0 or more), "
                                 f"not {tolerance!r}")


def _raw(body: Body) -> bytes:
    if isinstance(body, str):
        return body.encode("utf-8")
    if isinstance(body, (bytes, bytearray, memoryview)):
        return bytes(body)
    raise TypeError(f"a webhook body is the raw request body (bytes), not {type(body).__name__}")


def _digest(key: bytes, webhook_id: str, timestamp: str, body: bytes) -> bytes:
    signed = f"{webhook_id}.{timestamp}.".encode("utf-8") + body
    return hmac.new(key, signed, hashlib.sha256).digest()


def sign(body: Body, secret: Secrets, *, webhook_id: Optional[str] = None,
         timestamp: Optional[int] = None, event_type: Optional[str] = None) -> Dict[str, str]:
    """The headers Sent would send with ``body``: one signature per secret given.

    ``webhook_id`` defaults to a new UUID, ``timestamp`` to now; ``event_type`` adds the unsigned
    ``x-webhook-event-type`` hint. For tests of a receiver, and for the local sandbox.
    """
    webhook_id = str(uuid.uuid4()) if webhook_id is None else webhook_id
    stamp = str(int(time.time()) if timestamp is None else int(timestamp))
    raw = _raw(body)
    signatures = " ".join(
        f"{SIGNATURE_VERSION},{base64.b64encode(_digest(key, webhook_id, stamp, raw)).decode()}"
        for key in signing_keys(secret))
    headers = {ID_HEADER: webhook_id, TIMESTAMP_HEADER: stamp, SIGNATURE_HEADER: signatures}
    if event_type is not None:
        headers[EVENT_TYPE_HEADER] = event_type
    return headers


def lower_headers(headers: Union[Mapping[str, str], Iterable[Tuple[str, str]]]
                  ) -> Dict[str, str]:
    """Any framework's headers (a mapping, a case-insensitive one, or name/value pairs) as a
    dict keyed by lower-case name."""
    pairs = headers.items() if hasattr(headers, "items") else headers
    lowered: Dict[str, str] = {}
    for name, value in pairs:
        if isinstance(name, bytes):
            name = name.decode("latin-1")
        if isinstance(value, bytes):
            value = value.decode("latin-1")
        lowered[str(name).lower()] = str(value)
    return lowered


def verify(body: Body, headers: Union[Mapping[str, str], Iterable[Tuple[str, str]]],
           secret: Secrets, *, tolerance: float = DEFAULT_TOLERANCE,
           now: Optional[float] = None) -> None:
    """Check that ``body`` with these ``headers`` was signed with ``secret`` (or one of several)
    within ``tolerance`` seconds of ``now``; raise WebhookVerificationError saying which check
    failed otherwise. Signatures are compared in constant time."""
    keys = signing_keys(secret)
    check_tolerance(tolerance)
    raw = _raw(body)
    fields = lower_headers(headers)
    webhook_id, stamp, signatures = (_header(fields, name) for name in
                                     (ID_HEADER, TIMESTAMP_HEADER, SIGNATURE_HEADER))
    _check_timestamp(stamp, tolerance, time.time() if now is None else now)
    offered = _offered_signatures(signatures)
    expected = [_digest(key, webhook_id, stamp, raw) for key in keys]
    # every comparison is made, so that the time taken says nothing about which one matched
    matched = False
    for candidate in offered:
        for digest in expected:
            matched |= hmac.compare_digest(candidate, digest)
    if not matched:
        raise Error(Error.SIGNATURE_MISMATCH,
                    f"none of the {len(offered)} signature(s) in {SIGNATURE_HEADER} matches the "
                    "body signed with the webhook secret: a wrong secret, or a body changed on "
                    "the way (verify the raw bytes, before any JSON parsing)")


def _header(fields: Mapping[str, str], name: str) -> str:
    value = fields.get(name, "").strip()
    if not value:
        raise Error(Error.MISSING_HEADER, f"the {name} header is missing or empty")
    return value


def _check_timestamp(stamp: str, tolerance: float, now: float) -> None:
    if not (stamp.isascii() and stamp.isdigit()) or len(stamp) > 15:
        raise Error(Error.MALFORMED_HEADER,
                    f"{TIMESTAMP_HEADER} must be Unix seconds (digits), not {stamp[:40]!r}")
    age = now - int(stamp)
    if age > tolerance:
        raise Error(Error.TIMESTAMP_TOO_OLD, f"{TIMESTAMP_HEADER} is {age:.0f} s old, more than "
                                             f"the {tolerance:g} s tolerated (a replay?)")
    if -age > tolerance:
        raise Error(Error.TIMESTAMP_TOO_NEW, f"{TIMESTAMP_HEADER} is {-age:.0f} s in the future, "
                                             f"more than the {tolerance:g} s tolerated")


def _offered_signatures(header: str) -> List[bytes]:
    """The decoded ``v1`` signatures of the header; entries of other versions are skipped, as a
    later scheme may add them beside ``v1``."""
    offered = []
    for entry in header.split():
        version, comma, encoded = entry.partition(",")
        if not comma:
            raise Error(Error.MALFORMED_HEADER, f"{SIGNATURE_HEADER} entries are "
                                                "'<version>,<base64>', separated by spaces")
        if version != SIGNATURE_VERSION:
            continue
        try:
            offered.append(base64.b64decode(encoded, validate=True))
        except (binascii.Error, ValueError):
            raise Error(Error.MALFORMED_HEADER,
                        f"a {SIGNATURE_VERSION} signature in {SIGNATURE_HEADER} is not "
                        "valid base64") from None
    if not offered:
        raise Error(Error.MALFORMED_HEADER,
                    f"{SIGNATURE_HEADER} has no {SIGNATURE_VERSION} signature")
    return offered
