"""``sentdm tour``: the README's main job. A short walk through the API against a sandbox started
in this process (no account, no network), printing each call and what it returned.

Each API version has its own walk (:data:`TOURS`): v1.1 creates a customer and a template and
sends a message; v3 also registers a webhook with a receiver it starts here, sends with an
idempotency key (twice: the second answer is replayed) and prints the message's events as they
arrive, each verified with the webhook's signing secret.
"""

from __future__ import annotations

import datetime as dt
import queue
import time
from typing import Any, Callable, Dict, List, Optional, TextIO, Tuple

from ..client import Client
from ..models import SECRET_MASK, Model
from .server import Mount, Sandbox, serve_wsgi

__all__ = ["run_tour", "TOURS"]

PHONE = "+14155552671"

#: How long the v3 tour waits for a message's events, in seconds.
EVENT_WAIT = 10.0

#: Seconds between a message's statuses in the tour's sandbox: slow enough to watch.
TOUR_STEP = 0.3


def run_tour(out: TextIO, api: Optional[str] = None) -> int:
    from ..service import select_api

    name = select_api(api)
    if name not in TOURS:
        raise _no_tour(name)
    return TOURS[name](out, name)


def _no_tour(name: str) -> Exception:
    from ..errors import ConfigurationError

    return ConfigurationError(f"there is no tour of the API {name!r}; tours: "
                              f"{', '.join(sorted(TOURS))}")


def _tour_v1(out: TextIO, api: str) -> int:
    with Sandbox(api=api) as sandbox:
        print(f"A Sent.dm sandbox is running in this process at {sandbox.url} "
              "(no account, no network).", file=out)
        tour = _Tour(sandbox.client, out)
        customer = tour.step("Create a customer", "customers.create_customer", body="Acme Corp")
        template = tour.step("Create a message template for it", "templates.create_template",
                             customer_id=customer.id, name="Order Confirmation")
        sent = tour.step("Send the template to a phone number (the contact is created)",
                         "messages.send_message_to_phone_number", customer_id=customer.id,
                         phone_number=PHONE, template_id=template.id)
        tour.step("Look the new contact up by phone number", "contact.get_contact_by_phone",
                  customer_id=customer.id, phone_number=PHONE)
        tour.step("... and by its id", "contact.get_contact_by_id", customer_id=customer.id,
                  id=sent.contact_id)
        tour.step("List the customers", "customers.get_all_customers", page=1,
                  page_size=10)
        print(f"\nThe sandbox recorded {len(sandbox.messages)} message(s): "
              + ", ".join(f"{m.id} ({m.channel}, {m.status})" for m in sandbox.messages), file=out)
    print("\nServe one to try your own code against: sentdm sandbox", file=out)
    return 0


def _tour_v3(out: TextIO, api: str) -> int:
    import sentdm.webhooks

    arrived: "queue.Queue[Any]" = queue.Queue()
    receiver = Mount()
    with Sandbox(api=api, lifecycle_step=TOUR_STEP) as sandbox, serve_wsgi(
            receiver) as receiver_url:
        print(f"A Sent.dm sandbox (API {api}) is running in this process at {sandbox.url}, and "
              f"a webhook receiver at {receiver_url} (no account, no network).", file=out)
        tour = _Tour(sandbox.client, out)
        template = tour.step("Create a message template", "templates.create",
                             category="UTILITY", definition={"body": {"multiChannel": {
                                 "type": "text",
                                 "template": "Hello! Your order {{1:order}} has shipped."}}})
        webhook = tour.step("Register a webhook for message events, pointing at the receiver",
                            "webhooks.create", display_name="Tour receiver",
                            endpoint_url=receiver_url, event_types=["message"])
        # the receiver verifies each event with the webhook's secret and hands it over once
        receiver.app = sentdm.webhooks.WSGIApp(arrived.put, webhook.signing_secret)
        key = "tour-order-1042"
        send = dict(to=[PHONE], template={"id": template.id, "parameters": {"order": "1042"}},
                    channel=["whatsapp"], idempotency_key=key)
        first = tour.step(f"Send it on WhatsApp, with the idempotency key {key!r}",
                          "messages.send_with_http_info", **send)
        tour.step("Send the same call again: the sandbox replays the first answer",
                  "messages.send_with_http_info", **send)
        message_id = first.data.recipients[0].message_id
        print(f"\n{tour.count + 1}. Watch the message's events arrive at the receiver, each "
              "verified with the webhook's signing secret", file=out)
        final, seen = _watch(arrived, message_id, out)
        sandbox.wait_for_records("webhook_events", seen)  # the last attempt is being recorded
        tour.count += 1
        log = tour.step("The webhook's delivery log: one record per attempt",
                        "webhooks.list_events", show=False, id=webhook.id)
        for attempt in reversed(log.events):
            print(f"   {attempt.event_type:<18} attempt {attempt.delivery_attempts}: "
                  f"{attempt.delivery_status} (HTTP {attempt.http_status_code})", file=out)
        print(f"\nThe message ended {final or 'without a final status (timed out)'}; the sandbox "
              f"recorded {len(sandbox.messages)} message(s) for two calls with one key.", file=out)
    print("\nServe one to try your own code against: sentdm sandbox --api v3", file=out)
    return 0 if final else 1


def _watch(arrived: "queue.Queue[Any]", message_id: str, out: TextIO
           ) -> Tuple[Optional[str], int]:
    """Print each verified event of the message until a final status; that status (None if
    none came) and how many events came."""
    deadline = time.monotonic() + EVENT_WAIT
    seen = 0
    while time.monotonic() < deadline:
        try:
            event = arrived.get(timeout=max(deadline - time.monotonic(), 0))
        except queue.Empty:
            break
        payload = event.payload
        status = _get(payload, "message_status")
        if _get(payload, "message_id") != message_id:
            continue
        seen += 1
        print(f"   verified  {event.type:<18} {status:<9} at {_get(payload, 'updated_at')}",
              file=out)
        if status in ("READ", "FAILED"):
            return status, seen
    return None, seen


def _get(payload: Any, name: str) -> Any:
    return payload.get(name) if isinstance(payload, dict) else getattr(payload, name, None)


#: The tour of each API version.
TOURS: Dict[str, Callable[[TextIO, str], int]] = {"v1.1": _tour_v1, "v3": _tour_v3}


class _Tour:
    def __init__(self, client: Client, out: TextIO):
        self.client = client
        self.out = out
        self.count = 0

    def step(self, title: str, operation: str, show: bool = True, **kwargs: Any) -> Any:
        """Call ``client.<operation>(**kwargs)`` and print the call and (``show``) its
        result."""
        self.count += 1
        arguments = ", ".join(f"{key}={value!r}" for key, value in kwargs.items())
        print(f"\n{self.count}. {title}\n   client.{operation}({arguments})", file=self.out)
        target: Any = self.client
        for name in operation.split("."):
            target = getattr(target, name)
        result = target(**kwargs)
        if show:
            print("\n".join("   " + line for line in _described(result)), file=self.out)
        return result


def _described(value: Any) -> List[str]:
    """A result as lines: each model as its type and one line per field it has; an answer with
    its status and idempotency headers, then its data."""
    if hasattr(value, "status_code") and hasattr(value, "data"):
        replayed = getattr(value, "replayed", False)
        return ([f"-> HTTP {value.status_code}, replayed: {replayed}, request id "
                 f"{getattr(value, 'request_id', None)}"]
                + ["   " + line for line in _described(value.data)])
    if isinstance(value, list):
        lines = [f"-> a list of {len(value)}"]
        for item in value:
            lines += ["   " + line for line in _described(item)]
        return lines
    if not isinstance(value, Model):
        return [f"-> {value!r}"]
    fields = [(name, field) for name, field in type(value)._fields.items()
              if getattr(value, name) is not None]
    width = max((len(name) for name, _ in fields), default=0)
    return [f"-> {type(value).__name__}"] + [
        f"     {name.ljust(width)}  {_text(getattr(value, name), field.secret)}"
        for name, field in fields]


def _text(value: Any, secret: bool) -> str:
    if secret:
        return SECRET_MASK
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, list) and value and isinstance(value[0], Model):
        return "[" + ", ".join(" ".join(f"{k}={v}" for k, v in item.to_dict().items())
                               for item in value) + "]"
    return str(value)
