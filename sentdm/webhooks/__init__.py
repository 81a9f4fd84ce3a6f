"""Receiving Sent's webhooks: verify a request's signature, parse its body into a typed event,
and recognise redeliveries.

::

    import sentdm.webhooks

    event = sentdm.webhooks.construct_event(raw_body, request.headers, "whsec_...")
    if event.type == "message.delivered":
        print(event.payload.message_id)

:func:`construct_event` raises :class:`sentdm.WebhookVerificationError` for anything that is not
a genuine, fresh event from Sent. :func:`sign` is the other side, for tests of a receiver.
:class:`Receiver` (for a view of any framework), :class:`WSGIApp` and :class:`ASGIApp` also
recognise redeliveries (through a :class:`MemoryStore` or an :class:`SQLiteStore`) and hand each
event once to your function.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterable, Mapping, Tuple, Union

from .dedup import MemoryStore, SQLiteStore, Store, StoreError
from .events import WEBHOOKS_API, Event, EventTypes, event_types
from .receiver import Answer, Receiver, WSGIApp
from .signature import (
    DEFAULT_TOLERANCE,
    EVENT_TYPE_HEADER,
    ID_HEADER,
    SIGNATURE_HEADER,
    TIMESTAMP_HEADER,
    Body,
    Secrets,
    lower_headers,
    sign,
    verify,
)

__all__ = [
    "construct_event",
    "verify",
    "sign",
    "Event",
    "EventTypes",
    "event_types",
    "Receiver",
    "Answer",
    "WSGIApp",
    "ASGIApp",
    "Store",
    "MemoryStore",
    "SQLiteStore",
    "StoreError",
    "DEFAULT_TOLERANCE",
    "ID_HEADER",
    "TIMESTAMP_HEADER",
    "SIGNATURE_HEADER",
    "EVENT_TYPE_HEADER",
]

if TYPE_CHECKING:
    from .asgi import ASGIApp
else:
    def __getattr__(name: str) -> Any:
        """``ASGIApp``, imported on first use: it brings in asyncio."""
        if name == "ASGIApp":
            from .asgi import ASGIApp

            return ASGIApp
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

Headers = Union[Mapping[str, str], Iterable[Tuple[str, str]]]


def construct_event(raw_body: Body, headers: Headers, secret: Secrets, *,
                    tolerance: float = DEFAULT_TOLERANCE,
                    api: str = WEBHOOKS_API) -> Event:
    """Verify a webhook request (see :func:`verify`) and parse its body into an :class:`Event`
    whose payload is a model of API version ``api``'s table.

    ``raw_body`` must be the bytes as received: a body parsed and serialised again no longer
    matches its signature. ``headers`` may be any framework's request headers.
    """
    fields = lower_headers(headers)
    verify(raw_body, fields, secret, tolerance=tolerance)
    body = raw_body.encode("utf-8") if isinstance(raw_body, str) else bytes(raw_body)
    return event_types(api).parse(body, webhook_id=fields[ID_HEADER].strip())
