"""``sentdm tour``: the README's main job. A short walk through the API against a sandbox started
in this process (no account, no network), printing each call and what it returned."""

from __future__ import annotations

import datetime as dt
from typing import Any, List, TextIO

from ..client import Client
from ..models import SECRET_MASK, Model
from .server import Sandbox

__all__ = ["run_tour"]

PHONE = "+14155552671"


def run_tour(out: TextIO) -> int:
    with Sandbox() as sandbox:
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


class _Tour:
    def __init__(self, client: Client, out: TextIO):
        self.client = client
        self.out = out
        self.count = 0

    def step(self, title: str, operation: str, **kwargs: Any) -> Any:
        """Call ``client.<operation>(**kwargs)`` and print the call and its result."""
        self.count += 1
        arguments = ", ".join(f"{key}={value!r}" for key, value in kwargs.items())
        print(f"\n{self.count}. {title}\n   client.{operation}({arguments})", file=self.out)
        resource, name = operation.split(".")
        result = getattr(getattr(self.client, resource), name)(**kwargs)
        print("\n".join("   " + line for line in _described(result)), file=self.out)
        return result


def _described(value: Any) -> List[str]:
    """A result as lines: each model as its type and one line per field it has."""
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
    return str(value)
