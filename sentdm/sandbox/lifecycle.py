"""A sent message's life in the sandbox: ``QUEUED -> ROUTED -> SENT -> DELIVERED`` and, on
WhatsApp and RCS, ``-> READ``, one step every ``step`` seconds. A message to a number ending in
the send's ``failing_suffix`` (``0000`` in the v3 table) is refused by the carrier after routing: ``-> FAILED`` with
reason code ``ERR_ROUTE_DENIED``.

Each change is written to the message (``status``, and its history as ``events`` and
``activities``) and published as a ``message.<status>`` event to the webhooks that want it.
"""

from __future__ import annotations

from typing import Any, Dict, Optional, Tuple

from .delivery import Courier, Scheduler
from .store import Record, Store, now

__all__ = ["Lifecycle", "statuses_for"]

#: Channels that report when a message was read.
READ_RECEIPT_CHANNELS = ("whatsapp", "rcs")

FAILURE = ("FAILED", "ERR_ROUTE_DENIED", "The carrier refused the route to this number.")


def statuses_for(phone: str, channel: str, failing_suffix: str = "") -> Tuple[str, ...]:
    """Every status a message to ``phone`` on ``channel`` goes through after QUEUED; to a
    number ending in ``failing_suffix``, routing fails."""
    if failing_suffix and phone.endswith(failing_suffix):
        return ("ROUTED", "FAILED")
    return ("ROUTED", "SENT", "DELIVERED") + (
        ("READ",) if channel in READ_RECEIPT_CHANNELS else ())


class Lifecycle:
    """Moves messages through their statuses on ``scheduler``, publishing each change."""

    def __init__(self, store: Store, courier: Courier, scheduler: Scheduler, account_id: str,
                 step: float = 0.05):
        self.store = store
        self.courier = courier
        self.scheduler = scheduler
        self.account_id = account_id
        self.step = step

    def begin(self, message: Record, failing_suffix: str = "") -> None:
        """Announce a new (QUEUED) message and schedule the rest of its life."""
        self._publish(message, "QUEUED")
        statuses = statuses_for(message["phone"], message["channel"], failing_suffix)
        for n, status in enumerate(statuses, 1):
            self.scheduler.later(self.step * n,
                                 lambda status=status: self._advance(message["id"], status))

    def _advance(self, message_id: str, status: str) -> None:
        with self.store.transaction():
            message = self.store.get("messages", message_id)
            if message is None:
                return
            reason = FAILURE if status == "FAILED" else None
            message = self.store.replace("messages", change(message, status, reason),
                                         stamp=False)
        self._publish(message, status)

    def _publish(self, message: Record, status: str) -> None:
        payload = {
            "account_id": self.account_id,
            "message_id": message["id"],
            "message_status": status,
            "channel": message["channel"],
            "outbound_number": message["phone"],
            "template_id": message.get("template_id"),
            "template_name": message.get("template_name"),
            "reason": message.get("reason"),
            "reason_code": message.get("reason_code"),
            "updated_at": message["events"][-1]["timestamp"],
        }
        self.courier.publish({
            "field": "message",
            "event": f"message.{status.lower()}",
            "timestamp": message["events"][-1]["timestamp"],
            "payload": {key: value for key, value in payload.items() if value is not None},
        })


def change(message: Record, status: str,
           reason: Optional[Tuple[str, str, str]] = None) -> Dict[str, Any]:
    """``message`` with ``status`` reached now: its status, history and failure reason."""
    event: Dict[str, Any] = {"status": status, "timestamp": now(),
                             "description": f"Message {status.lower()}"}
    extra: Dict[str, Any] = {}
    if reason is not None:
        event.update(reason_code=reason[1], reason=reason[2], description=reason[2])
        extra = {"reason_code": reason[1], "reason": reason[2]}
    history = [*message.get("events", []), event]
    return {**message, **extra, "status": status, "events": history, "activities": history}
