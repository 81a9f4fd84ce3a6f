"""What a campaign does, without Celery: plan it (check every recipient, split into chunks) and
send one chunk. The Celery tasks in :mod:`sentdm.campaigns` only call these.

Sending a chunk, for each recipient not yet settled:

1. mark it in flight for this run (in Redis, before anything is sent);
2. take a token from the account's shared rate limit, then send;
3. settle it with its result.

A chunk is sent by one run at a time (a lease in Redis). A run that finds a recipient still in
flight from an earlier run knows that run died while sending it. Where the operation honours
idempotency keys, it sends it again with the same key (derived from the campaign id and the
recipient), and the API answers the first send instead of sending twice: exactly once. Where
keys are not honoured, the message may have gone out: the recipient is settled ``unknown`` and
not sent again: at most once.
"""

from __future__ import annotations

import hashlib
import re
import time
import uuid
from typing import Any, Dict, Iterable, List, Mapping, Optional, Tuple, Union

from ..bulk import outcome, retry_after
from ..errors import RateLimitError, SentdmError, ValidationError
from ..service import Service
from ..spec import ApiSpec, OperationSpec, snake_case
from .store import (DUPLICATE, FAILED, FINAL_STATES, SENT, UNKNOWN, CampaignStore,
                    RecipientResult)

__all__ = ["plan", "ChunkSender", "recipient_operations", "LeaseHeld", "SendLater",
           "DEFAULT_CHUNK_SIZE"]

#: Recipients per task: small enough that a chunk is sent well within the broker's visibility
#: timeout, large enough that tasks are not mostly overhead.
DEFAULT_CHUNK_SIZE = 50
DEFAULT_MAX_ATTEMPTS = 10
_CAMPAIGN_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
_KEY_NAMESPACE = uuid.UUID("a3c1f1de-8d4e-5a55-b0f6-1c2b7d0e4f11")

Recipient = Union[str, Mapping[str, Any]]


class LeaseHeld(Exception):
    """Another run that is alive is sending this chunk: try again later."""


class SendLater(Exception):
    """A send's outcome is unknown (no answer, a server error) on an API that honours keys: the
    recipient stays in flight, and the chunk is tried again later, resending it with its key."""


def recipient_operations(api: ApiSpec) -> Dict[str, str]:
    """``{recipient parameter: operation key}`` for every operation the table declares with
    ``bulk``: a campaign sends one request per recipient, so an operation that takes a list of
    recipients (``bulk = { recipients = ... }``) gets a list of one."""
    return {op.bulk.recipient or op.bulk.recipients: op.key for op in api.operations
            if op.bulk is not None and (op.bulk.recipient or op.bulk.recipients)}


def idempotency_key(campaign_id: str, recipient: str) -> str:
    """The key of one recipient's message: the same in every run, for this campaign only."""
    return uuid.uuid5(_KEY_NAMESPACE, f"{campaign_id}\n{recipient}").hex


def plan(service: Service, recipients: Iterable[Recipient], arguments: Mapping[str, Any], *,
         campaign_id: Optional[str] = None, chunk_size: int = DEFAULT_CHUNK_SIZE,
         recipient: Optional[str] = None, check_formats: bool = True
         ) -> Tuple[Dict[str, Any], List[List[Tuple[int, Dict[str, Any]]]], List[RecipientResult]]:
    """Check a campaign before anything is sent.

    Each recipient is a mapping of its own arguments (``{"phone_number": ..., ...}``), merged
    over ``arguments`` (nested mappings merge too), or just its address, for the recipient
    parameter named by ``recipient`` (needed where the table has several). Returns the definition, the chunks of ``(index, arguments)``
    to send, and the recipients already settled: those whose arguments the table rejects
    (failed, never sent) and repeats of an earlier recipient (duplicate).
    """
    campaign_id = campaign_id or uuid.uuid4().hex[:16]
    _check(campaign_id, chunk_size)
    operations = recipient_operations(service.api)
    bare = _bare_recipient_param(recipient, operations)
    items = [_arguments(one, arguments, operations, bare) for one in recipients]
    if not items:
        raise ValidationError("campaign", {"recipients": ["The list of recipients is empty."]})
    names = {name for _, name in items}
    if len(names) > 1:
        raise ValidationError("campaign", {"recipients": [
            f"Give every recipient the same kind of address, not {' and '.join(sorted(names))}."]})
    (recipient_param,) = names
    key_param = snake_case(service.api.idempotency_header or "")
    if key_param and any(key_param in item for item, _ in items):
        raise ValidationError("campaign", {key_param: [
            "A campaign derives each recipient's key from its id and the recipient; give "
            "campaign_id instead."]})
    op = service.operations[operations[recipient_param]]
    if _is_array(op.spec, recipient_param):  # a list of recipients: each gets a list of one
        items = [({**item, recipient_param: [item[recipient_param]]}, name)
                 if not isinstance(item[recipient_param], list) else (item, name)
                 for item, name in items]
    to_send: List[Tuple[int, Dict[str, Any]]] = []
    settled: List[RecipientResult] = []
    first_index: Dict[str, int] = {}
    for index, (item, _) in enumerate(items):
        recipient = _recipient_text(item[recipient_param])
        try:
            op.build_request(item, check_formats)
        except ValidationError as exc:
            settled.append(RecipientResult(index, recipient, FAILED, error=_problems(exc)))
            continue
        if recipient in first_index:
            settled.append(RecipientResult(index, recipient, DUPLICATE,
                                           duplicate_of=first_index[recipient]))
            continue
        first_index[recipient] = index
        to_send.append((index, item))
    chunks = [to_send[start:start + chunk_size] for start in range(0, len(to_send), chunk_size)]
    definition = {"campaign_id": campaign_id, "operation": op.key,
                  "recipient_param": recipient_param, "total": len(items),
                  "chunks": len(chunks), "honours_keys": op.spec.idempotency_honoured,
                  "created_at": time.time()}
    return definition, chunks, settled


def _check(campaign_id: str, chunk_size: int) -> None:
    if not isinstance(campaign_id, str) or not _CAMPAIGN_ID.match(campaign_id):
        raise ValidationError("campaign", {"campaign_id": [
            "Must be 1 to 64 letters, digits, '-' or '_'."]})
    if not isinstance(chunk_size, int) or isinstance(chunk_size, bool) or chunk_size < 1:
        raise ValidationError("campaign", {"chunk_size": ["Must be a whole number of at least 1."]})


def _bare_recipient_param(recipient: Optional[str], operations: Mapping[str, str]
                          ) -> Optional[str]:
    """The parameter that a recipient given as a bare address is for."""
    if recipient is None:
        return next(iter(operations)) if len(operations) == 1 else None
    if recipient not in operations:
        raise ValidationError("campaign", {"recipient": [
            f"No send operation takes {recipient!r}; the table's are {', '.join(operations)}."]})
    return recipient


def _arguments(recipient: Recipient, shared: Mapping[str, Any], operations: Mapping[str, str],
               bare: Optional[str]) -> Tuple[Dict[str, Any], str]:
    """One recipient's arguments and the name of its recipient parameter."""
    if isinstance(recipient, str):
        if bare is None:
            raise ValidationError("campaign", {"recipient": [
                f"Say which parameter the addresses are for: recipient= one of "
                f"{', '.join(operations)}."]})
        recipient = {bare: recipient}
    if not isinstance(recipient, Mapping):
        raise ValidationError("campaign", {"recipients": [
            f"Each recipient is a string or a mapping of arguments, not {type(recipient).__name__}."]})
    found = [name for name in operations if name in recipient]
    if len(found) != 1:
        raise ValidationError("campaign", {"recipients": [
            f"Each recipient needs exactly one of {', '.join(operations)}; "
            f"{dict(recipient)!r} has {len(found)}."]})
    return _merged(shared, recipient), found[0]


def _merged(base: Mapping[str, Any], over: Mapping[str, Any]) -> Dict[str, Any]:
    merged = dict(base)
    for name, value in over.items():
        below = merged.get(name)
        merged[name] = (_merged(below, value) if isinstance(below, Mapping)
                        and isinstance(value, Mapping) else value)
    return merged


def _recipient_text(value: Any) -> str:
    return ",".join(map(str, value)) if isinstance(value, list) else str(value)


def _problems(error: ValidationError) -> str:
    return "; ".join(f"{name}: {' '.join(messages)}"
                     for name, messages in sorted(error.errors.items()))


class ChunkSender:
    """Sends chunks of one campaign from one worker: the client, the shared rate limit and the
    store, made once per worker process and campaign."""

    def __init__(self, store: CampaignStore, definition: Mapping[str, Any], client: Any,
                 rate_limit: Any, *, max_attempts: int = DEFAULT_MAX_ATTEMPTS):
        self.store = store
        self.definition = definition
        self.client = client
        self.rate_limit = rate_limit
        self.max_attempts = max_attempts
        self._op = client.service.operations[definition["operation"]]
        self._recipient_param = definition["recipient_param"]
        header = client.service.api.idempotency_header
        # keys only where the API deduplicates by them: elsewhere they would make nothing safe
        self._key_param = snake_case(header) if header and definition["honours_keys"] else None
        # A 429 pauses every worker through the shared limit: the transport must not retry it
        # on its own. Everything else it retries as for any call.
        self._policies = {safe: policy.new(status_forcelist=policy.status_forcelist - {429})
                          for safe, policy in client._retry_policies.items()}

    def send_chunk(self, number: int, lease_seconds: float, last_try: bool = True) -> None:
        """Send every recipient of chunk ``number`` that is not settled yet.

        Where keys are honoured and a send's outcome is unknown, SendLater stops the chunk
        (unless ``last_try``: then the recipient is settled ``unknown``)."""
        run = uuid.uuid4().hex
        lease = self.store.lease(number, run, lease_seconds)
        if lease is None:
            raise LeaseHeld(f"chunk {number} of campaign {self.store.campaign_id}")
        with lease:
            for index, item in self.store.chunk(number):
                before = self.store.claim(index, run)
                if before in FINAL_STATES:
                    continue
                recipient = _recipient_text(item[self._recipient_param])
                if before and self._key_param is None:
                    # its worker died while sending it: it may have gone out; never twice
                    self.store.settle(run, RecipientResult(
                        index, recipient, UNKNOWN,
                        error="the worker sending it was lost; it may have been sent"))
                    continue
                result = self._send(index, recipient, item)
                if result.status == UNKNOWN and self._key_param is not None and not last_try:
                    raise SendLater(f"{recipient}: {result.error}")
                self.store.settle(run, result)

    def _send(self, index: int, recipient: str, item: Dict[str, Any]) -> RecipientResult:
        key = None
        if self._key_param is not None:
            key = idempotency_key(self.store.campaign_id, recipient)
            item = {**item, self._key_param: key}
        request = self._op.build_request(item, self.client.check_formats)
        policy = self._policies[request.idempotent]
        attempts = 0
        while True:
            self.rate_limit.acquire()
            attempts += 1
            try:
                answer = self._op.parse(self.client._transport.send(request, self.client.timeout,
                                                                    policy))
            except RateLimitError as exc:  # not acted on: safe to send again after the pause
                self.store.count_rate_limited()
                self._observe(exc)
                self.rate_limit.pause(_bounded(retry_after(exc.headers), attempts))
                if attempts < self.max_attempts:
                    continue
                return self._failed(index, recipient, FAILED, exc, key, attempts)
            except SentdmError as exc:
                self._observe(exc)
                return self._failed(index, recipient, outcome(exc), exc, key, attempts)
            self._observe(answer)
            data = answer.data.to_dict() if hasattr(answer.data, "to_dict") else answer.data
            return RecipientResult(index, recipient, SENT, data=data, idempotency_key=key,
                                   attempts=attempts)

    def _observe(self, answer: Any) -> None:
        """Feed the answer's rate-limit headers (where the table names them) to the bucket."""
        limits = getattr(answer, "rate_limit", None)
        if limits is not None:
            self.rate_limit.observe(limits.limit, limits.remaining, limits.reset)

    @staticmethod
    def _failed(index: int, recipient: str, status: str, error: SentdmError,
                key: Optional[str], attempts: int) -> RecipientResult:
        return RecipientResult(index, recipient, status, error=str(error),
                               http_status=getattr(error, "status_code", None),
                               idempotency_key=key, attempts=attempts)


def _is_array(spec: OperationSpec, name: str) -> bool:
    return any(p.python_name == name and p.type == "array" for p in spec.params)


def _bounded(seconds: Optional[float], attempts: int) -> float:
    """The pause after a 429: what the API asked, else doubling from half a second; at most a
    minute either way (a longer wait is taken in more rounds)."""
    wanted = seconds if seconds is not None else 0.5 * 2 ** (attempts - 1)
    return min(60.0, wanted)


def fingerprint(*parts: str) -> str:
    """A short stable digest (for Redis keys that must not show a credential)."""
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:16]
