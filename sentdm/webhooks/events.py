"""Webhook events: a verified body parsed into an :class:`Event` whose payload is the model the
table declares for its type.

Every event shares one envelope, ``{"field": "message", "event": "message.delivered",
"timestamp": ..., "payload": {...}}`` (older documents name the type ``sub_type``). The table's
``[events]`` section maps a type (``"message.received"``) or a whole field (``"message.*"``) to
the schema of its payload; a type the table does not know parses as a generic event whose
payload is the JSON object as received, so a new kind of event never breaks a receiver.
"""

from __future__ import annotations

import copy
import datetime as dt
import functools
import hashlib
import json
from typing import Any, Dict, Iterable, List, Mapping, NamedTuple, Optional, Union

from ..errors import WebhookVerificationError
from ..spec import EventSpec

__all__ = ["Event", "EventTypes", "event_types", "WEBHOOKS_API"]

#: The API version whose table declares the events Sent delivers.
WEBHOOKS_API = "v3"

#: Envelope keys that may name the event's type, in the order they are read.
TYPE_KEYS = ("event", "sub_type")
ANY_TYPE_OF_FIELD = ".*"


class Event(NamedTuple):
    """One webhook event.

    ``type`` is the specific event (``"message.delivered"``; empty when the event has none),
    ``field`` its family (``"message"``), ``timestamp`` when Sent emitted it (an aware datetime,
    or the text as received if it is not ISO 8601, or None), ``payload`` the table's model for
    this type or, for a generic event, the JSON value as received. ``kind`` names the table
    entry that matched (``"message.*"``), empty for a generic event. ``key`` identifies this
    occurrence across redeliveries (see :meth:`EventTypes.key`); ``webhook_id`` is the
    ``x-webhook-id`` it came with; ``data`` is the whole body as received.
    """

    type: str
    field: str
    timestamp: Union[dt.datetime, str, None]
    payload: Any
    kind: str
    key: str
    webhook_id: str
    data: Dict[str, Any]

    def to_dict(self) -> Dict[str, Any]:
        """The event as received (a copy)."""
        return copy.deepcopy(self.data)


class EventTypes:
    """The event kinds one table declares, with the model classes their payloads become."""

    def __init__(self, specs: Iterable[EventSpec] = (), models: Mapping[str, type] = {}):
        self.specs: Dict[str, EventSpec] = {spec.name: spec for spec in specs}
        self.models = models

    def spec_for(self, event_type: str, field: str) -> Optional[EventSpec]:
        """The entry for this exact type, else for every type of its field, else None."""
        return self.specs.get(event_type) or self.specs.get(field + ANY_TYPE_OF_FIELD)

    def parse(self, body: bytes, webhook_id: str = "") -> Event:
        """A verified body as an Event; a body that is not a JSON object is a
        WebhookVerificationError (``invalid body``), as nothing can be made of it."""
        try:
            data = json.loads(body)
        except (ValueError, RecursionError):  # UnicodeDecodeError is a ValueError
            raise WebhookVerificationError(WebhookVerificationError.INVALID_BODY,
                                           "the body is not JSON") from None
        if not isinstance(data, dict):
            raise WebhookVerificationError(WebhookVerificationError.INVALID_BODY,
                                           "the body is not a JSON object")
        event_type = next((data[k] for k in TYPE_KEYS if isinstance(data.get(k), str)), "")
        field = data.get("field")
        if not isinstance(field, str):
            field = event_type.partition(".")[0]
        spec = self.spec_for(event_type, field)
        raw_payload = data.get("payload")
        payload = raw_payload
        if spec is not None and isinstance(raw_payload, dict):
            payload = self.models[spec.payload].from_wire(raw_payload)  # type: ignore[attr-defined]
        return Event(
            type=event_type, field=field, timestamp=_when(data.get("timestamp")),
            payload=payload, kind=spec.name if spec is not None else "",
            key=self.key(event_type, field, data, spec), webhook_id=webhook_id, data=data)

    @staticmethod
    def key(event_type: str, field: str, data: Dict[str, Any], spec: Optional[EventSpec]) -> str:
        """What identifies one occurrence of an event, whatever delivery brought it: the type
        and the parts of the event the table names (a message's id, its status and the time of
        the change; an absent part counts as null), or the whole payload where the table names
        none. Never the signature, which every delivery changes."""
        payload = data.get("payload")
        parts: List[Any] = [field, event_type, payload]
        if spec is not None and spec.key and isinstance(payload, dict):
            parts = [field, event_type, *(_part(data, path) for path in spec.key)]
        canonical = json.dumps(parts, sort_keys=True, separators=(",", ":"))
        return hashlib.sha256(canonical.encode("ascii")).hexdigest()


def _part(data: Dict[str, Any], path: str) -> Any:
    """``payload.message_id`` or ``timestamp`` of an event body, None where absent."""
    inside, _, name = path.partition(".")
    if not name:
        return data.get(path)
    payload = data.get(inside)
    return payload.get(name) if isinstance(payload, dict) else None


def _when(value: Any) -> Union[dt.datetime, str, None]:
    """An ISO 8601 timestamp as an aware datetime (UTC if it names no zone), other text as
    received, anything else None."""
    if not isinstance(value, str):
        return None
    try:
        when = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return value
    return when if when.tzinfo is not None else when.replace(tzinfo=dt.timezone.utc)


@functools.lru_cache(maxsize=None)
def event_types(api: str = WEBHOOKS_API) -> EventTypes:
    """The event kinds of API version ``api``'s table (read on first use)."""
    from ..service import api_service

    service = api_service(api)
    return EventTypes(service.api.events, service.models)
