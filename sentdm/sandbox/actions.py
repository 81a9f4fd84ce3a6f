"""What the sandbox does for operations whose table entry declares it, as in::

    [endpoint.templates.create]
    sandbox = { action = "create", collection = "templates", status = 201 }

One small generic function per *action*, not per operation: ``create``, ``retrieve``,
``update``, ``delete`` and ``list`` work on the records of any collection (``within`` a parent
record where the path names one), ``sample`` answers with a realistic record made from the
response schema, ``account`` with the sandbox's own account. Three actions are the sandbox's
model of messaging: ``send`` (one message per recipient and channel, each then living its
lifecycle), ``rotate_secret`` and ``test`` (of a webhook).

Records are kept in wire form with every field of the operation's response schema: those the
request gives, the ``defaults`` of the declaration, and realistic samples for the rest.
"""

from __future__ import annotations

import time
import uuid
from typing import Any, Callable, Dict, List, Mapping, NamedTuple, Optional, Tuple

from ..spec import ApiSpec, OperationSpec, SandboxSpec, SchemaSpec, snake_case
from .behaviour import Problem
from .delivery import SECRET_GRACE, Courier
from .lifecycle import Lifecycle, change
from .samples import made_by_server, new_secret, sample_object
from .store import Record, Store, now

__all__ = ["ACTIONS", "Act", "World", "OWN_COLLECTIONS"]

#: Collections the sandbox writes itself, whether or not an operation declares them.
OWN_COLLECTIONS = ("account", "messages", "templates", "contacts", "webhooks", "webhook_events")

#: Fields that name the account a record belongs to: always the sandbox's account.
ACCOUNT_FIELDS = ("customer_id", "account_id")

#: A send without a channel goes out on this one.
DEFAULT_CHANNEL = "sms"

#: The event a webhook test sends unless told which: a message event, the commonest kind.
TEST_EVENT = "message.test"

#: Default page size of a list that is not given one.
PAGE_SIZE = 100


class World(NamedTuple):
    """What actions share: the table, the state, and the machinery of events."""

    api: ApiSpec
    store: Store
    account_id: str
    courier: Courier
    lifecycle: Lifecycle


class Act:
    """One call of a declared operation: its checked parameters (by wire name) and the path's
    values in order. Jobs in ``after`` run once the call's changes are kept (not in a trial)."""

    def __init__(self, world: World, spec: OperationSpec, params: Dict[str, Any],
                 path: Tuple[str, ...], trial: bool):
        self.world = world
        self.spec = spec
        self.decl: SandboxSpec = spec.sandbox  # type: ignore[assignment]
        self.params = params
        self.path = path
        self.trial = trial
        self.after: List[Callable[[], None]] = []

    @property
    def store(self) -> Store:
        return self.world.store

    @property
    def schema(self) -> Optional[SchemaSpec]:
        """The schema of the answer's data, if it is one object."""
        response = self.spec.response
        if response is None or response.many:
            return None
        schema = self.world.api.schemas[response.schema]
        return schema if schema.is_object else None

    def fields(self) -> Dict[str, Any]:
        """The record fields the request gives: its body (or the object in ``unwrap``), without
        the sandbox flag."""
        given = {p.wire_name: self.params[p.wire_name] for p in self.spec.params
                 if p.location == "body" and p.wire_name in self.params
                 and p.wire_name != self.world.api.sandbox_field}
        if self.decl.unwrap:
            inner = given.get(self.decl.unwrap)
            return dict(inner) if isinstance(inner, Mapping) else {}
        return given

    def parent(self) -> Optional[str]:
        """The id of the parent record (the first path value) where declared; 404 if absent."""
        if not self.decl.within:
            return None
        parent_id = self.path[0]
        if self.store.get(self.decl.within, parent_id) is None:
            raise self.missing(self.decl.within, parent_id)
        return parent_id

    def record(self) -> Record:
        """The record the last path value names (inside its parent, if any); 404 if absent."""
        parent = self.parent()
        record_id = self.path[-1]
        found = self.store.find(self.collection, id=record_id,
                                **({"_parent": parent} if parent else {}))
        if not found:
            raise self.missing(self.collection, record_id)
        return found[0]

    @property
    def collection(self) -> str:
        return self.decl.collection or ""

    def missing(self, collection: str, value: str) -> Problem:
        what = collection.rstrip("s").replace("_", " ")
        return Problem(404, f"{what.capitalize()} not found",
                       {"id": [f"No {what} {value}."]}, code=self.decl.missing)

    def new_record(self, given: Mapping[str, Any], complete: bool = False) -> Record:
        """A record of the answer's schema: the ``given`` fields it has, over the declaration's
        defaults, over the account's id, over samples of what the server makes (an id,
        timestamps, a secret) or, ``complete``, of every field."""
        schema = self.schema
        if schema is None:
            return dict(given)
        names = {f.wire_name for f in schema.fields}
        chosen = {**{name: self.world.account_id for name in ACCOUNT_FIELDS if name in names},
                  **self.decl.defaults,
                  **{key: value for key, value in given.items() if key in names}}
        record = sample_object(schema, self.world.api.schemas, chosen,
                               only=(lambda field: True) if complete else made_by_server)
        return {**record, **_touched(schema, record)}


def _touched(schema: SchemaSpec, record: Mapping[str, Any]) -> Dict[str, Any]:
    """The record's ``updated_at`` (whatever its case) set to now."""
    return {f.wire_name: now() for f in schema.fields if snake_case(f.wire_name) == "updated_at"}


Action = Callable[[Act], Any]

#: The function of each action, by name (the names are ``sentdm.spec.SANDBOX_ACTIONS``).
ACTIONS: Dict[str, Action] = {}


def action(function: Action) -> Action:
    ACTIONS[function.__name__.rstrip("_")] = function
    return function


@action
def create(act: Act) -> Record:
    parent = act.parent()
    record = act.new_record(act.fields())
    if parent is not None:
        record["_parent"] = parent
    return act.store.insert(act.collection, record, stamp=False)


@action
def retrieve(act: Act) -> Record:
    return act.record()


@action
def update(act: Act) -> Record:
    record = act.record()
    names = {f.wire_name for f in act.schema.fields} if act.schema else set(record)
    changes = {key: value for key, value in act.fields().items() if key in names}
    touched = _touched(act.schema, record) if act.schema else {}
    return act.store.replace(act.collection, {**record, **changes, **touched}, stamp=False)


@action
def delete(act: Act) -> None:
    act.store.delete(act.collection, id=act.record()["id"])


@action
def list_(act: Act) -> Any:
    """A page of the collection's records (inside the parent, if any), filtered by the query
    parameters that are fields of the records, newest first."""
    parent = act.parent()
    page_name, size_name = _page_params(act.spec)
    page = max(int(act.params.get(page_name) or 1), 1)
    size = max(int(act.params.get(size_name) or PAGE_SIZE), 1)
    filters = {p.wire_name: act.params[p.wire_name] for p in act.spec.params
               if p.location == "query" and p.wire_name in act.params
               and p.wire_name not in (page_name, size_name)}
    records = [record for record in act.store.find(
                   act.collection, **({"_parent": parent} if parent else {}))
               if all(record.get(name) == value for name, value in filters.items()
                      if name in record)]
    shown = records[(page - 1) * size: page * size]
    schema = act.schema
    if schema is None:
        return shown
    pagination = {"page": page, "page_size": size, "total_count": len(records),
                  "total_pages": -(-len(records) // size), "has_more": page * size < len(records)}
    data: Dict[str, Any] = {}
    for field in schema.fields:
        if field.type == "array" and field.items in act.world.api.schemas:
            data[field.wire_name] = shown
        elif field.type in act.world.api.schemas:
            fields = {f.wire_name for f in act.world.api.schemas[field.type].fields}
            if "has_more" in fields:
                data[field.wire_name] = {k: v for k, v in pagination.items() if k in fields}
    return data


def _page_params(spec: OperationSpec) -> Tuple[str, str]:
    """The wire names of the page number and page size parameters."""
    if spec.pagination is None:
        return "page", "page_size"
    by_python = {p.python_name: p.wire_name for p in spec.params}
    return by_python[spec.pagination.page], by_python[spec.pagination.page_size]


@action
def sample(act: Act) -> Any:
    """A realistic answer: the response schema's fields, those named like a parameter taking
    its value."""
    if act.schema is None:
        return [] if act.spec.response is not None else None
    return act.new_record(act.params, complete=True)


@action
def account(act: Act) -> Record:
    """The sandbox's own account: the same answer every time."""
    schema = act.schema
    assert schema is not None
    found = act.store.find("account", id=act.world.account_id)
    if found:
        return found[0]
    return act.store.insert("account", act.new_record({"id": act.world.account_id},
                                                      complete=True), stamp=False)


@action
def send(act: Act) -> Dict[str, Any]:
    """One message per recipient and channel, QUEUED, each starting its lifecycle once the
    call's changes are kept: of a template (by id or name), or of free-form ``text``."""
    fields = act.decl.fields
    text, wanted, given_channels, phones = (act.params.get(fields.get(name, ""))
                                            for name in ("text", "template", "channels",
                                                         "recipients"))
    template = _template(act, wanted or {}) if wanted or not text else {}
    channels = [DEFAULT_CHANNEL if channel == "sent" else channel
                for channel in given_channels or ["sent"]]
    recipients = []
    for phone in phones or []:
        contact = act.store.find("contacts", phone_number=phone)
        for channel in channels:
            message_id = str(uuid.uuid4())
            message = act.store.insert(act.collection, change({
                "id": message_id,
                "message_id": message_id,
                "customer_id": act.world.account_id,
                "contact_id": contact[0]["id"] if contact else None,
                "direction": "OUTBOUND",
                "channel": channel,
                "phone": phone,
                "phone_international": phone,
                "template_id": template.get("id"),
                "template_name": template.get("name"),
                "template_category": template.get("category"),
                "message_body": {"content": text} if text else None,
                "created_at": now(),
            }, "QUEUED"), stamp=False)
            act.after.append(lambda message=message: act.world.lifecycle.begin(
                message, act.decl.failing_suffix))
            recipients.append({"message_id": message["id"], "to": phone, "channel": channel,
                               "body": text})
    return {"status": "QUEUED", "template_id": template.get("id"),
            "template_name": template.get("name"), "recipients": recipients}


def _template(act: Act, wanted: Mapping[str, Any]) -> Record:
    """The template the send names by ``id`` or ``name``; 404 if there is none."""
    by = {key: wanted[key] for key in ("id", "name") if wanted.get(key)}
    found = act.store.find("templates", **by) if by else []
    if not found:
        raise Problem(404, "Template not found",
                      {"template": [f"No template with {by or 'no id or name'}."]},
                      code=act.decl.missing)
    return found[0]


@action
def rotate_secret(act: Act) -> Dict[str, Any]:
    """A new signing secret; the old one still signs for a day, beside it."""
    record = act.record()
    secret = new_secret()
    act.store.replace(act.collection, {
        **record, "signing_secret": secret, "_previous_secret": record.get("signing_secret"),
        "_previous_until": time.time() + SECRET_GRACE}, stamp=False)
    return {"signing_secret": secret}


@action
def test(act: Act) -> Dict[str, Any]:
    """A signed test event delivered to the webhook before the answer (not in a trial), once the
    sandbox's state is free again: a slow endpoint holds up only this request."""
    record = act.record()
    result = {"success": True, "message": "Sandbox mode: no test event was sent."}
    event_type = act.params.get("event_type") or TEST_EVENT
    field = event_type.partition(".")[0]
    event = {"field": field, "event": event_type, "timestamp": now(),
             "payload": _sample_payload(act, event_type, field)}

    def deliver() -> None:
        attempt = act.world.courier.deliver(record["id"], event)
        delivered = attempt["delivery_status"] == "delivered"
        result.update(success=delivered, message=(
            "The endpoint accepted the test event." if delivered else
            f"The test event was not accepted: {attempt['error_message']}."))

    act.after.append(deliver)
    return result


def _sample_payload(act: Act, event_type: str, field: str) -> Dict[str, Any]:
    """A realistic payload for an event of this type: a sample of the payload schema the
    table's ``[events]`` declare for it, for the sandbox's account, its status the type's last
    part (``message.delivered``: ``DELIVERED``)."""
    given = {"account_id": act.world.account_id, "message_id": str(uuid.uuid4()),
             "message_status": event_type.rpartition(".")[2].upper()}
    declared = {spec.name: spec for spec in act.world.api.events}
    spec = declared.get(event_type) or declared.get(field + ".*")
    if spec is None:
        return given
    schema = act.world.api.schemas[spec.payload]
    names = {f.wire_name for f in schema.fields}
    return sample_object(schema, act.world.api.schemas,
                         {key: value for key, value in given.items() if key in names})
