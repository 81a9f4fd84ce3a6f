"""Spec objects: the endpoints table as checked, immutable Python data.

They are named tuples rather than dataclasses: the package builds them at import, and a named
tuple class costs a fraction of a frozen dataclass to create and to instantiate. Their
annotations are evaluated (no ``from __future__ import annotations``): as text, each field's
type would be compiled into a ForwardRef when the class is made.

The loader builds these from TOML; everything downstream (schemas, models, resource classes,
tools) reads only these, never the raw table.
"""

import re
import threading
from typing import Any, Callable, Dict, Iterable, Iterator, Mapping, NamedTuple, Optional, Tuple

PRIMITIVE_TYPES = ("string", "integer", "number", "boolean", "array", "object")
LOCATIONS = ("path", "query", "header", "body")
FORMATS = ("uuid", "e164", "date-time")
SAFE_METHODS = ("GET", "HEAD", "OPTIONS", "PUT", "DELETE")
IDEMPOTENCY_KEY_MAX_LENGTH = 255

#: (compiled by re when first used, not at import)
_CAMEL_BOUNDARY = r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])"


def snake_case(wire_name: str) -> str:
    """``retrieveIfDoesNotExists`` -> ``retrieve_if_does_not_exists``; ``Idempotency-Key`` ->
    ``idempotency_key``."""
    return re.sub(_CAMEL_BOUNDARY, "_", wire_name).replace("-", "_").lower()


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """A ``" (did you mean 'x'?)"`` hint for a misspelt name, or ``""``."""
    import difflib  # only on the error path: keeps it out of every import of sentdm

    close = difflib.get_close_matches(word, list(choices), n=1)
    return f" (did you mean {close[0]!r}?)" if close else ""


class BuiltOnUse(Mapping[str, Any]):
    """Values by key, in order, each built by ``build(key)`` on its first lookup and kept (one
    per key, even if threads race): how a table's specs and compiled operations cost only what
    is used. Threads that build specs of one table share its ``lock``."""

    def __init__(self, keys: Iterable[str], build: Callable[[str], Any],
                 lock: Optional[Any] = None):
        self._keys = tuple(keys)
        self._known = frozenset(self._keys)
        self._build = build
        self._built: Dict[str, Any] = {}
        self._lock = lock or threading.Lock()

    def __getitem__(self, key: str) -> Any:
        value = self._built.get(key)
        if value is None:
            if key not in self._known:
                raise KeyError(key)
            with self._lock:
                value = self._built.get(key)
                if value is None:
                    value = self._built[key] = self._build(key)
        return value

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)

    def __contains__(self, key: object) -> bool:
        return key in self._known

    @property
    def built(self) -> Tuple[str, ...]:
        """The keys built so far."""
        return tuple(self._built)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {len(self._keys)}: {', '.join(self._keys)}>"


class FieldSpec(NamedTuple):
    """A parameter of an operation or a field of a schema: one vocabulary for both.

    ``location`` is ``None`` for a schema field, else where the parameter travels. ``type`` is a
    primitive type name or the name of a schema; ``items`` is the element type of an array.
    """

    wire_name: str
    python_name: str
    type: str
    location: Optional[str] = None
    required: bool = False
    description: str = ""
    items: Optional[str] = None
    format: Optional[str] = None
    enum: Optional[Tuple[Any, ...]] = None
    minimum: Optional[float] = None
    maximum: Optional[float] = None
    min_length: Optional[int] = None
    max_length: Optional[int] = None
    secret: bool = False
    default: Any = None
    pattern: Optional[str] = None

    @property
    def constraints(self) -> Dict[str, Any]:
        """The constraints that are set, under their table names."""
        named = {
            "format": self.format,
            "pattern": self.pattern,
            "enum": list(self.enum) if self.enum is not None else None,
            "minimum": self.minimum,
            "maximum": self.maximum,
            "minLength": self.min_length,
            "maxLength": self.max_length,
        }
        return {key: value for key, value in named.items() if value is not None}


def idempotency_key_param(header: str, honoured: bool, pattern: Optional[str] = None
                          ) -> FieldSpec:
    """The optional header parameter an operation takes when the API declares an
    ``idempotency_header`` (see the loader for which operations). Its description says what the
    key does, which depends on whether the API deduplicates calls by it; ``pattern`` is the
    API's rule for keys (``idempotency_key_pattern``), checked before sending."""
    description = (
        "A key unique to this call (a UUID, an order number): the API performs calls with the "
        "same key once, so the client retries this one after a timeout or a server error with "
        "the same key. Without one, the client generates a key for the call."
        if honoured else
        "Sent as given. This API does not deduplicate calls by it, so the key does not make a "
        "retry safe: a call that may have reached the server is never repeated.")
    return FieldSpec(
        wire_name=header, python_name=snake_case(header), type="string", location="header",
        min_length=1, max_length=IDEMPOTENCY_KEY_MAX_LENGTH, description=description,
        pattern=pattern)


class SchemaSpec(NamedTuple):
    """A named schema: an object with fields (own and inherited through ``all_of``), or a scalar
    or array type such as the JSON-string body of ``create_customer``."""

    name: str
    type: str = "object"
    description: str = ""
    fields: Tuple[FieldSpec, ...] = ()
    all_of: Tuple[str, ...] = ()
    items: Optional[str] = None

    @property
    def is_object(self) -> bool:
        return self.type == "object"


class ResponseSpec(NamedTuple):
    """What a successful call returns: one instance of ``schema`` or, with ``many``, a list."""

    schema: str
    many: bool = False


class ErrorSpec(NamedTuple):
    status: int
    description: str = ""
    schema: Optional[str] = None


class BulkSpec(NamedTuple):
    """How ``send_bulk`` sends one message to many recipients through an operation.

    ``recipient``: the parameter that takes one recipient (one request per recipient).
    ``recipients``: the parameter that takes a list of them, ``batch_size`` at most per request,
    with per-recipient answers in ``data.<results>``, in input order.
    """

    recipient: Optional[str] = None
    recipients: Optional[str] = None
    batch_size: Optional[int] = None
    results: Optional[str] = None


class PaginationSpec(NamedTuple):
    """How a list operation pages: the Python names of the parameters that carry the page number
    and the page size; ``items``, the dotted path of the list inside the answer's data (``None``:
    the data is the list); ``has_more``, the dotted path of the "more pages" flag (``None``: a
    short page is the last)."""

    page: str
    page_size: str
    items: Optional[str] = None
    has_more: Optional[str] = None


class AuthSpec(NamedTuple):
    """How the client authenticates: the API key in ``api_key_header``, and an access token as
    ``Authorization: Bearer`` where ``bearer``."""

    api_key_header: str = "x-api-key"
    bearer: bool = True


class EnvelopeSpec(NamedTuple):
    """Where a successful JSON answer keeps its parts, as dotted paths: the ``data`` the
    operation returns, the ``meta`` object, the request id, and the ``success`` flag (true in
    a success, false in an error)."""

    data: str
    meta: Optional[str] = None
    request_id: Optional[str] = None
    success: Optional[str] = None


#: The kinds of failure the local sandbox answers with an error code of its own (the keys of
#: ``[api.error_envelope.codes]``).
ERROR_KINDS = ("missing_key", "wrong_key", "invalid", "invalid_phone_number", "invalid_uuid",
               "required", "out_of_range", "not_one_of", "bad_idempotency_key", "rate_limited",
               "not_found", "method_not_allowed", "internal")


class ErrorEnvelopeSpec(NamedTuple):
    """Dotted paths into an error body; each one may be absent. ``codes`` maps a kind of
    failure (one of ``ERROR_KINDS``) to the error code the local sandbox answers with."""

    code: Optional[str] = None
    message: Optional[str] = None
    details: Optional[str] = None
    doc_url: Optional[str] = None
    request_id: Optional[str] = None
    codes: Mapping[str, str] = {}


class RateLimitSpec(NamedTuple):
    """The response headers that carry the rate limit."""

    limit: Optional[str] = None
    remaining: Optional[str] = None
    reset: Optional[str] = None


class ConflictRetrySpec(NamedTuple):
    """An answer with this ``status`` and error ``code`` means "the same key is still in flight":
    the call is sent again, with the same key, after ``wait`` seconds. ``replayed_header`` says
    that an answer was replayed from the server's idempotency cache, and
    ``original_request_id_header`` carries the request id of the answer replayed."""

    status: int = 409
    code: Optional[str] = None
    wait: float = 0.5
    replayed_header: Optional[str] = None
    original_request_id_header: Optional[str] = None


#: What the local sandbox can do for an operation (the ``sandbox`` key's ``action``).
SANDBOX_ACTIONS = ("create", "retrieve", "update", "delete", "list", "sample", "send",
                   "rotate_secret", "test", "account")


class SandboxSpec(NamedTuple):
    """What the local sandbox does for an operation: an ``action`` on the records of
    ``collection``. ``within`` names the collection of the parent record the first path
    parameter points at; ``missing`` is the error code for a record (or parent) that does not
    exist; ``unwrap`` names a body field whose object holds the record's fields; ``defaults``
    are the fields a new record starts with; ``status`` is the success status. For ``send``,
    ``fields`` names the body fields of each of ``SEND_FIELDS`` and a message to a number
    ending in ``failing_suffix`` fails after routing."""

    action: str
    collection: Optional[str] = None
    within: Optional[str] = None
    missing: str = ""
    unwrap: Optional[str] = None
    defaults: Mapping[str, Any] = {}
    status: Optional[int] = None
    failing_suffix: str = ""
    fields: Mapping[str, str] = {}


#: What a ``send`` action's ``fields`` name: the body fields of the recipients, the template,
#: the channels and the free-form text.
SEND_FIELDS = ("recipients", "template", "channels", "text")


class OperationSpec(NamedTuple):
    """One endpoint: ``resource.name`` called with ``params`` (required ones first).

    ``resource`` may be a dotted path (``profiles.campaigns``); ``positional`` names the
    parameters that may also be passed positionally, in order; ``idempotency_honoured`` says
    whether the server deduplicates calls on the idempotency key.
    """

    resource: str
    name: str
    method: str
    uri: str
    params: Tuple[FieldSpec, ...]
    summary: str = ""
    description: str = ""
    operation_id: str = ""
    body_schema: Optional[str] = None
    body_description: str = ""
    scalar_body: bool = False
    response: Optional[ResponseSpec] = None
    errors: Tuple[ErrorSpec, ...] = ()
    idempotent: bool = False
    pagination: Optional[PaginationSpec] = None
    source: str = ""
    idempotency_honoured: bool = False
    positional: Tuple[str, ...] = ()
    bulk: Optional[BulkSpec] = None
    sandbox: Optional[SandboxSpec] = None

    @property
    def key(self) -> str:
        return f"{self.resource}.{self.name}"

    @property
    def safe_to_resend(self) -> bool:
        """Whether a request that may have reached the server can be sent again: the operation is
        idempotent, or the server deduplicates its calls by idempotency key (and every call
        carries one). A key sent to a server that ignores it makes nothing safe."""
        return self.idempotent or self.idempotency_honoured

    def param(self, python_name: str) -> FieldSpec:
        for param in self.params:
            if param.python_name == python_name:
                return param
        raise LookupError(python_name)


class ResourceSpec(NamedTuple):
    """A resource by its dotted path (``voice.calls``); ``children`` are the names of the
    resources nested in it (``participants``)."""

    name: str
    description: str
    operations: Mapping[str, OperationSpec]
    children: Tuple[str, ...] = ()

    @property
    def attribute(self) -> str:
        """The attribute that holds it on its parent: the last part of its path."""
        return self.name.rpartition(".")[2]


class EventSpec(NamedTuple):
    """A kind of webhook event: ``name`` is the event type it covers (``"message.received"``)
    or, ending in ``.*``, every type of a field (``"message.*"``); the event's ``payload`` is an
    instance of the schema ``payload``. ``key`` names the parts of the event that identify one
    occurrence, so that a redelivery is recognised: ``payload.<field>`` or a key of the
    envelope such as ``timestamp`` (empty: the whole payload)."""

    name: str
    payload: str
    key: Tuple[str, ...] = ()
    description: str = ""
    source: str = ""


class ApiSpec(NamedTuple):
    """The whole checked table."""

    title: str
    version: str
    base_url: str
    description: str
    resources: Mapping[str, ResourceSpec]
    schemas: Mapping[str, SchemaSpec]
    sources: Tuple[str, ...] = ()
    idempotency_header: Optional[str] = None
    events: Tuple[EventSpec, ...] = ()
    idempotency_honoured: bool = False
    name: str = ""
    auth: AuthSpec = AuthSpec()
    idempotency_key_pattern: Optional[str] = None
    sandbox_field: Optional[str] = None
    envelope: Optional[EnvelopeSpec] = None
    error_envelope: ErrorEnvelopeSpec = ErrorEnvelopeSpec()
    rate_limit: Optional[RateLimitSpec] = None
    conflict_retry: Optional[ConflictRetrySpec] = None

    @property
    def top_resources(self) -> Tuple[ResourceSpec, ...]:
        """The resources that are attributes of the client itself (not nested in another)."""
        return tuple(r for name, r in sorted(self.resources.items()) if "." not in name)

    @property
    def operations(self) -> Tuple[OperationSpec, ...]:
        """Every operation, ordered by resource then name."""
        return tuple(
            op
            for resource in sorted(self.resources)
            for _, op in sorted(self.resources[resource].operations.items())
        )

    @property
    def operation_keys(self) -> Tuple[str, ...]:
        """``resource.name`` of every operation, in the order of :attr:`operations` (without
        building their specs)."""
        return tuple(f"{resource}.{name}" for resource in sorted(self.resources)
                     for name in sorted(self.resources[resource].operations))

    def operation(self, key: str) -> OperationSpec:
        """``"customers.get_all_customers"`` -> its spec; the resource is everything before the
        last dot (``"profiles.campaigns.create"``)."""
        resource, _, name = key.rpartition(".")
        try:
            return self.resources[resource].operations[name]
        except KeyError:
            raise LookupError(f"no operation {key!r}") from None
