"""What each operation does to the sandbox's state: one small handler per operation.

A handler gets the store and the checked call (parameters by wire name) and returns records in
wire form; the application cuts them down to the response schema. The sandbox's model of the
API:

* customers own templates; deleting a customer deletes its templates;
* contacts belong to the account, one per phone number; the customer in a contact's path must
  exist. A contact starts with SMS; a WhatsApp lookup adds WhatsApp and makes it the default
  channel, and messages go out on the contact's default channel;
* a template can only be used, or listed, by the customer that owns it;
* every sent message is recorded (``queued``; nothing is delivered).
"""

from __future__ import annotations

import re
import secrets
import uuid
from dataclasses import dataclass, fields
from typing import Any, Callable, Dict, Iterable, List, Mapping, Optional, Tuple, Union

from ..spec import OperationSpec, snake_case
from .store import Record, Store

__all__ = ["COLLECTIONS", "HANDLERS", "Call", "Problem", "SentMessage", "declared_error"]

Details = Union[Iterable[str], Mapping[str, List[str]]]

#: The sandbox's collections and the fields each is searched by.
COLLECTIONS: Mapping[str, Tuple[str, ...]] = {
    "customers": (),
    "templates": ("customerId",),
    "contacts": ("phoneNumber",),
    "messages": (),
}

#: Calling codes the sandbox knows, with the country each means and its national number length
#: (0: any length from 4 to 12 digits). Numbers elsewhere are still served, as not valid.
CALLING_CODES: Mapping[str, Tuple[str, int]] = {
    "1": ("US", 10), "7": ("RU", 10), "31": ("NL", 9), "33": ("FR", 9), "34": ("ES", 9),
    "39": ("IT", 0), "44": ("GB", 10), "49": ("DE", 0), "52": ("MX", 10), "55": ("BR", 0),
    "61": ("AU", 9), "81": ("JP", 0), "91": ("IN", 10),
}


class Problem(Exception):
    """An answer other than success: its status, message, details (a list of texts, or lists of
    texts by field) and, for APIs whose errors carry one, its error code."""

    def __init__(self, status: int, error: str, details: Details = (),
                 headers: Optional[Dict[str, str]] = None, code: str = ""):
        super().__init__(error)
        self.status = status
        self.error = error
        self.details = dict(details) if isinstance(details, Mapping) else list(details)
        self.headers = headers or {}
        self.code = code


@dataclass(frozen=True)
class Call:
    """One checked request: the operation and its parameters by wire name."""

    spec: OperationSpec
    params: Dict[str, Any]

    @property
    def body_fields(self) -> Tuple[str, ...]:
        """The wire names of every field the request body can have."""
        return tuple(p.wire_name for p in self.spec.params if p.location == "body")

    @property
    def body(self) -> Dict[str, Any]:
        """The body fields this request gave."""
        return {name: self.params[name] for name in self.body_fields if name in self.params}


@dataclass(frozen=True)
class SentMessage:
    """A message the sandbox recorded as sent (``status``: its latest status)."""

    id: str
    customer_id: str
    contact_id: Optional[str]
    template_id: str
    phone_number: str
    channel: str
    status: str
    created_at: str

    @classmethod
    def from_record(cls, record: Record) -> "SentMessage":
        """From a message record of either table's shape (v3 names the number ``phone``)."""
        names = {f.name for f in fields(cls)}
        values = {snake_case(key): value for key, value in record.items()
                  if snake_case(key) in names}
        return cls(**{"phone_number": record.get("phone"), "contact_id": None, **values})


def declared_error(spec: OperationSpec, status: int, default: str) -> str:
    """The table's description of an error status of this operation, else ``default``."""
    for error in spec.errors:
        if error.status == status and error.description:
            return error.description
    return default


Handler = Callable[[Store, Call], Any]

#: The handler of each operation, by ``resource.operation``.
HANDLERS: Dict[str, Handler] = {}


def handles(key: str) -> Callable[[Handler], Handler]:
    def register(handler: Handler) -> Handler:
        HANDLERS[key] = handler
        return handler
    return register


# ---------------------------------------------------------------------------------------------
# customers

@handles("customers.create_customer")
def create_customer(store: Store, call: Call) -> Record:
    return store.insert("customers", {
        "name": call.params["body"],
        "smsMessagingProfileId": f"msg_prof_{secrets.token_hex(6)}",
        "smsBearerToken": secrets.token_urlsafe(24),
    })


@handles("customers.get_customer_by_id")
def get_customer(store: Store, call: Call) -> Record:
    return _customer(store, call, "id")


@handles("customers.update_customer")
def update_customer(store: Store, call: Call) -> Record:
    """A PUT: every field of the body schema takes the request's value; one left out is cleared."""
    current = _customer(store, call, "id")
    kept = {key: value for key, value in current.items() if key not in call.body_fields}
    return store.replace("customers", {**kept, **call.body})


@handles("customers.delete_customer")
def delete_customer(store: Store, call: Call) -> None:
    customer = _customer(store, call, "id")
    store.delete("templates", customerId=customer["id"])
    store.delete("customers", id=customer["id"])


@handles("customers.get_all_customers")
def get_all_customers(store: Store, call: Call) -> Iterable[Record]:
    size = call.params["pageSize"]
    return store.find("customers", limit=size, offset=(call.params["page"] - 1) * size)


# ---------------------------------------------------------------------------------------------
# templates

@handles("templates.create_template")
def create_template(store: Store, call: Call) -> Record:
    customer = _customer(store, call, "customerId")
    name = call.params["name"]
    return store.insert("templates", {
        "customerId": customer["id"],
        "name": name,
        "whatsappTemplateName": re.sub(r"\W+", "_", name.lower()).strip("_"),
        "whatsappTemplateStatus": "approved",  # the sandbox approves at once
    })


@handles("templates.get_templates_for_customer")
def get_templates_for_customer(store: Store, call: Call) -> Iterable[Record]:
    return store.find("templates", customerId=_customer(store, call, "customerId")["id"])


# ---------------------------------------------------------------------------------------------
# contacts and lookups

@handles("contact.get_contact_by_id")
def get_contact_by_id(store: Store, call: Call) -> Record:
    _customer(store, call, "customerId")
    return _existing(store, "contacts", "contact", call, "id")


@handles("contact.get_contact_by_phone")
def get_contact_by_phone(store: Store, call: Call) -> Record:
    _customer(store, call, "customerId")
    return _existing(store, "contacts", "contact", call, "phoneNumber")


@handles("sms.get_contact_info")
def get_contact_info(store: Store, call: Call) -> Record:
    return _looked_up(store, call, "SMS")


@handles("whatsapp.get_whatsapp_contact")
def get_whatsapp_contact(store: Store, call: Call) -> Record:
    return _looked_up(store, call, "WHATSAPP")


def _looked_up(store: Store, call: Call, channel: str) -> Record:
    """The contact for a phone number, reachable on ``channel``: created if asked to, else 404."""
    phone = call.params["phoneNumber"]
    found = store.find("contacts", phoneNumber=phone)
    if not found and not call.params["retrieveIfDoesNotExists"]:
        raise Problem(404, declared_error(call.spec, 404, "Contact not found"),
                      [f"phoneNumber: no contact {phone}, and retrieveIfDoesNotExists is false"])
    contact = found[0] if found else _new_contact(store, phone, call.params.get("sentId"))
    channels = contact["availableChannels"].split(",")
    if channel in channels:
        return contact
    return store.replace("contacts", {**contact, "defaultChannel": channel,
                                      "availableChannels": ",".join([*channels, channel])})


def _new_contact(store: Store, phone: str, sent_id: Optional[str] = None) -> Record:
    digits = phone[1:]
    code = next((digits[:n] for n in (3, 2, 1) if digits[:n] in CALLING_CODES), None)
    country, length = CALLING_CODES[code] if code else (None, 0)
    national = digits[len(code):] if code else digits
    valid = code is not None and (len(national) == length if length else 4 <= len(national) <= 12)
    return store.insert("contacts", {
        "phoneNumber": phone,
        "sentId": sent_id or str(uuid.uuid4()),
        "countryCode": country,
        "nationalFormat": (f"({national[:3]}) {national[3:6]}-{national[6:]}"
                           if code == "1" and valid else national),
        "validNumber": valid,
        "availableChannels": "SMS",
        "defaultChannel": "SMS",
        "verified": False,
        "whatsappId": digits,
        "numberType": "MOBILE",
        "isBusiness": False,
        "invalidRecord": False,
    })


# ---------------------------------------------------------------------------------------------
# messages

@handles("messages.send_message_to_phone_number")
def send_message_to_phone_number(store: Store, call: Call) -> Record:
    customer = _customer(store, call, "customerId")
    template = _template(store, call, customer)
    phone = call.params["phoneNumber"]
    found = store.find("contacts", phoneNumber=phone)
    return _send(store, customer, template, found[0] if found else _new_contact(store, phone))


@handles("messages.send_message_to_contact")
def send_message_to_contact(store: Store, call: Call) -> Record:
    customer = _customer(store, call, "customerId")
    template = _template(store, call, customer)
    return _send(store, customer, template, _existing(store, "contacts", "contact", call,
                                                      "contactId", by="id"))


def _send(store: Store, customer: Record, template: Record, contact: Record) -> Record:
    message = store.insert("messages", {
        "customerId": customer["id"],
        "contactId": contact["id"],
        "templateId": template["id"],
        "phoneNumber": contact["phoneNumber"],
        "channel": contact["defaultChannel"].lower(),
        "status": "queued",
    })
    return {**message, "messageId": message["id"]}


# ---------------------------------------------------------------------------------------------
# lookups that answer 404

def _customer(store: Store, call: Call, param: str) -> Record:
    return _existing(store, "customers", "customer", call, param, by="id")


def _template(store: Store, call: Call, customer: Record) -> Record:
    """The template named by ``templateId``; a template of another customer does not exist."""
    template_id = call.params["templateId"]
    found = store.find("templates", id=template_id, customerId=customer["id"])
    if not found:
        raise Problem(404, "Template not found",
                      [f"templateId: customer {customer['id']} has no template {template_id}"])
    return found[0]


def _existing(store: Store, collection: str, what: str, call: Call, param: str,
              by: Optional[str] = None) -> Record:
    """The record whose field ``by`` (default: the parameter's name) is the parameter's value."""
    value = call.params[param]
    found = store.find(collection, **{by or param: value})
    if not found:
        raise Problem(404, f"{what.capitalize()} not found", [f"{param}: no {what} {value}"])
    return found[0]
