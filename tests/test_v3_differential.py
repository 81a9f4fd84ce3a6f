"""Differential tests against the vendor's official v3 SDK (distribution ``sentdm`` 0.46.0,
import name ``sent_dm``), the oracle for v3.

Every operation of the official client, found by walking its resources (so an operation that
sentdm lacks fails here), is called with the same arguments through both clients against one
recording server on 127.0.0.1. Both must send the same request (method, path, query, JSON body,
Idempotency-Key and x-profile-id headers, the API key) and read the same answer into the same
data: the same wire dict, and the same values under the same Python attribute names. The same
holds for the async clients, for iterating every page of a list, for a sandbox client that adds
the flag the official SDK takes per call, and for the error of each class.

The official SDK lives apart in ``.official-sdk/`` (installed there by the README's test command
with ``pip install --target``) and is put on ``sys.path`` only while it is imported here.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import functools
import inspect
import json
import re
import sys
import typing
import uuid
from pathlib import Path
from typing import Any, Callable, Dict, List, Tuple
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
import typing_extensions

import sentdm
from tests.support.official_sdk import OFFICIAL_SDK_DIR, import_official_sdk
from tests.support.server import LocalServer, Received, json_answer

#: Literal as the official SDK spells it: typing_extensions' own on Python 3.9
LITERALS = (typing.Literal, typing_extensions.Literal)

API_KEY = "sk_test_differential"
# arguments of every official method that shape the HTTP call rather than the API request
TRANSPORT_ARGUMENTS = ("self", "extra_headers", "extra_query", "extra_body", "timeout")
# the headers an official method fills from its arguments
ARGUMENT_HEADERS = ("idempotency-key", "x-profile-id")
MOMENT = dt.datetime(2026, 10, 1, 7, 30, tzinfo=dt.timezone.utc)
MOMENT_TEXT = "2026-10-01T07:30:00Z"


SENT_DM = import_official_sdk()
from sent_dm._resource import SyncAPIResource  # noqa: E402  (importable once loaded above)


def official_operations() -> List[str]:
    """``"profiles.campaigns.create"``, ... for every method of every (nested) resource of the
    official client, found by walking the client rather than read from a list."""
    found: List[str] = []

    def walk(owner: Any, path: Tuple[str, ...]) -> None:
        for name in sorted(dir(type(owner))):
            if name.startswith(("_", "with_")):
                continue
            attribute = inspect.getattr_static(type(owner), name)
            if isinstance(attribute, functools.cached_property):
                child = getattr(owner, name)
                if isinstance(child, SyncAPIResource):
                    walk(child, path + (name,))
            elif path and inspect.isfunction(attribute):
                found.append(".".join(path + (name,)))

    with SENT_DM.Sent(api_key=API_KEY, base_url="http://127.0.0.1:9") as client:
        walk(client, ())
    return found


OPERATIONS = official_operations()


def resolve(owner: Any, dotted: str) -> Any:
    for part in dotted.split("."):
        owner = getattr(owner, part)
    return owner


# ---- sample values, shaped by the official SDK's types ----------------------------------------

def sample_text(name: str) -> str:
    """A realistic string for a field or parameter called ``name``."""
    name = name.lower()
    if name in ("to", "from", "from_", "number", "caller_id", "phone", "phone_number") or (
            "phone" in name and "id" not in name):
        return "+14155550123"
    if name == "id" or name.endswith("_id") or name.endswith("id") and len(name) > 2:
        return str(uuid.uuid5(uuid.NAMESPACE_URL, name))
    if "email" in name:
        return "ops@example.com"
    if "url" in name or name == "icon":
        return "https://example.com/sent/" + name
    if name.endswith("_at") or name in ("timestamp", "expiry"):
        return MOMENT_TEXT
    return f"sample {name.replace('_', ' ')}"


def strip_optional(annotation: Any) -> Any:
    """The annotation without Optional, Annotated and Required wrappers."""
    while True:
        origin = typing.get_origin(annotation)
        args = typing.get_args(annotation)
        if origin is typing.Annotated:
            annotation = args[0]
        elif origin is typing.Union and type(None) in args:
            rest = [arg for arg in args if arg is not type(None)]
            annotation = rest[0] if len(rest) == 1 else typing.Union[tuple(rest)]
        elif str(origin).endswith(("Required", "NotRequired")):
            annotation = args[0]
        else:
            return annotation


def is_model(annotation: Any) -> bool:
    import pydantic

    return isinstance(annotation, type) and issubclass(annotation, pydantic.BaseModel)


def is_typeddict(annotation: Any) -> bool:
    import typing_extensions

    return typing_extensions.is_typeddict(annotation)


def scalar_value(annotation: Any, name: str, json: bool) -> Any:
    """A realistic string, number, boolean or date-time (as JSON carries it, with ``json``),
    or None for any other type."""
    samples = {str: lambda: sample_text(name), bool: lambda: True, int: lambda: 7,
               float: lambda: 0.0075, dt.datetime: lambda: MOMENT_TEXT if json else MOMENT}
    sample = samples.get(annotation)
    return sample() if sample else None


def argument_value(annotation: Any, name: str, constraints: Dict[str, Any] = {}) -> Any:
    """A value the official method accepts for an argument typed ``annotation``, within the
    ``constraints`` sentdm's table declares for it: nested TypedDicts use their Python keys, as
    a user of the official SDK writes them."""
    annotation = strip_optional(annotation)
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if annotation is int:
        return max(3, constraints.get("minimum", 3))
    scalar = scalar_value(annotation, name, json=False)
    if scalar is not None:
        return scalar
    if origin in LITERALS:
        return args[0]
    if origin is typing.Union:
        return argument_value(dt.datetime if dt.datetime in args else args[0], name)
    if is_typeddict(annotation):
        hints = typing.get_type_hints(annotation, include_extras=True)
        return {key: argument_value(hint, key) for key, hint in hints.items()}
    if origin in (dict, typing.Dict) or annotation is dict:
        value_type = args[1] if args else str
        return {"sms": argument_value(value_type, "parameter")}
    if origin is not None and args:  # a list, Iterable or SequenceNotStr
        return [argument_value(args[0], name.rstrip("s") or name)]
    raise AssertionError(f"no sample argument for {name}: {annotation!r}")


def sample_data(annotation: Any, name: str, namespace: Dict[str, Any] = {},
                within: Tuple[type, ...] = ()) -> Any:
    """Realistic JSON for a value of the official SDK's response type ``annotation`` (wire
    names), with an unknown field in every object so that both clients must keep it.
    ``namespace`` resolves the SDK's forward references; a model already ``within`` the value
    (a recursive type) is left out (null)."""
    if isinstance(annotation, typing.ForwardRef):
        annotation = eval(annotation.__forward_arg__, {**vars(typing), **namespace})
    annotation = strip_optional(annotation)
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    scalar = scalar_value(annotation, name, json=True)
    if scalar is not None:
        return scalar
    if annotation is object or annotation is typing.Any:
        return {"note": "free-form"}
    if origin in LITERALS:
        return args[-1]
    if origin is typing.Union:
        return sample_data(args[0], name, namespace, within)
    if is_model(annotation):
        if annotation in within:
            return None
        module = vars(sys.modules[annotation.__module__])
        data = {info.alias or key: sample_data(info.annotation, key, module, within + (annotation,))
                for key, info in annotation.model_fields.items()}
        data["added_later"] = {"kept": True}
        return data
    if origin in (dict, typing.Dict) or annotation is dict:
        return {"sms": sample_data(args[1], name, namespace, within) if args else "value"}
    if origin in (list, typing.List):
        return [sample_data(args[0], name, namespace, within)] * 2
    raise AssertionError(f"no sample data for {name}: {annotation!r}")


# ---- one call of an operation ----------------------------------------------------------------

class Call(typing.NamedTuple):
    positional: Tuple[Any, ...]
    keywords: Dict[str, Any]


def call_for(method: Callable[..., Any], constraints: Dict[str, Dict[str, Any]]) -> Call:
    """Arguments for every parameter of an official method: path parameters it takes
    positionally by position, everything else (sandbox, idempotency_key, x_profile_id, ...) by
    keyword. ``constraints`` are sentdm's, by parameter."""
    module = sys.modules[method.__module__]
    positional, keywords = [], {}
    for name, parameter in inspect.signature(method).parameters.items():
        if name in TRANSPORT_ARGUMENTS:
            continue
        text = re.sub(r"\s*\|\s*Omit$", "", str(parameter.annotation))
        annotation = eval(text, {**vars(typing), **vars(module)})  # the SDK's own annotation
        value = argument_value(annotation, name, constraints.get(name, {}))
        if name == "idempotency_key":
            value = f"diff-{method.__qualname__.replace('.', '-')}"
        if parameter.kind is parameter.POSITIONAL_OR_KEYWORD:
            positional.append(value)
        else:
            keywords[name] = value
    return Call(tuple(positional), keywords)


def returned_type(method: Callable[..., Any]) -> Any:
    """The official method's return type: an envelope model, a page class, or None."""
    module = sys.modules[method.__module__]
    return eval(inspect.signature(method).return_annotation, vars(module))


def returned_data_type(method: Callable[..., Any]) -> Any:
    """What the official method's answer holds in ``data`` (None for no body)."""
    returns = returned_type(method)
    if returns is None:
        return None
    return strip_optional(returns.model_fields["data"].annotation)


def envelope(data: Any) -> Dict[str, Any]:
    return {"success": True, "data": data, "error": None,
            "meta": {"request_id": "req_7f3a", "timestamp": MOMENT_TEXT,
                     "version": "v3"}}


class Recorded(typing.NamedTuple):
    """What one request asked for. The path is compared decoded: sentdm encodes the ``+`` of an
    E.164 number in a path as ``%2B``, as the API's documentation asks; the official SDK sends
    it as is."""

    method: str
    path: str
    query: Dict[str, List[str]]
    body: Any
    headers: Dict[str, str]

    @classmethod
    def of(cls, received: Received) -> "Recorded":
        target = urlsplit(received.target)
        headers = {k.lower(): v for k, v in received.headers.items()
                   if k.lower() in ARGUMENT_HEADERS + ("x-api-key",)}
        return cls(received.method, unquote(target.path), parse_qs(target.query, keep_blank_values=True),
                   json.loads(received.body) if received.body else None, headers)


def differences(ours: Any, theirs: Any, where: str) -> List[str]:
    """Where sentdm's parsed value and the official SDK's disagree, read attribute by attribute
    under the official SDK's Python names."""
    if is_model(type(theirs)):
        if isinstance(ours, dict):  # declared free-form (a union, in the official SDK)
            expected = wire(theirs)
            return [] if ours == expected else [f"{where}: {ours!r} != {expected!r}"]
        found = []
        for name in sorted(theirs.model_fields_set & set(type(theirs).model_fields)):
            try:
                value = getattr(ours, name)
            except AttributeError:
                found.append(f"{where}.{name}: sentdm's {type(ours).__name__} has no such attribute")
                continue
            found += differences(value, getattr(theirs, name), f"{where}.{name}")
        if (theirs.model_extra or {}) != ours.extra:
            found.append(f"{where}: unknown fields {ours.extra!r} != {theirs.model_extra!r}")
        return found
    if isinstance(theirs, dict) and isinstance(ours, sentdm.Model):
        # the official SDK leaves a model it cannot resolve (a forward reference) as a dict
        return [] if ours.to_dict() == theirs else [f"{where}: {ours.to_dict()!r} != {theirs!r}"]
    if isinstance(theirs, list):
        if not isinstance(ours, list) or len(ours) != len(theirs):
            return [f"{where}: {ours!r} != {theirs!r}"]
        return [line for index, (a, b) in enumerate(zip(ours, theirs))
                for line in differences(a, b, f"{where}[{index}]")]
    return [] if ours == theirs and type(ours) is type(theirs) else [
        f"{where}: {ours!r} ({type(ours).__name__}) != {theirs!r} ({type(theirs).__name__})"]


def wire(value: Any) -> Any:
    """A parsed value back in wire form: sentdm models by to_dict(), the official SDK's by
    model_dump with wire names, lists element by element."""
    if isinstance(value, list):
        return [wire(item) for item in value]
    if is_model(type(value)):
        return value.model_dump(mode="json", by_alias=True, exclude_unset=True, warnings=False)
    if isinstance(value, sentdm.Model):
        return value.to_dict()
    return value


@pytest.fixture(scope="module")
def server():
    with LocalServer() as recording:
        yield recording


@pytest.fixture(scope="module")
def clients(server):
    official = SENT_DM.Sent(api_key=API_KEY, base_url=server.url, max_retries=0)
    ours = sentdm.Client(api="v3", api_key=API_KEY, base_url=server.url)
    with official, ours:
        yield ours, official


def sdk_call(ours: Any, official: Any, key: str) -> Tuple[Callable[..., Any], Call]:
    """The official method and arguments for it, within sentdm's constraints."""
    method = resolve(official, key)
    return method, call_for(method, {p.python_name: p.constraints
                                     for p in ours.meta.describe(key).parameters})


def official_methods(accepting: Callable[[Callable[..., Any]], bool]) -> List[str]:
    with SENT_DM.Sent(api_key=API_KEY, base_url="http://127.0.0.1:9") as client:
        return [key for key in OPERATIONS if accepting(resolve(client, key))]


PAGED = official_methods(lambda method: isinstance(returned_type(method), type) and issubclass(
    returned_type(method), SENT_DM._base_client.BaseSyncPage))
RETURNING_NOTHING = official_methods(lambda method: returned_type(method) is None)
SANDBOXED = official_methods(lambda method: "sandbox" in inspect.signature(method).parameters)


def test_the_official_sdk_is_the_pinned_version():
    assert SENT_DM.__version__ == "0.46.0"
    assert Path(SENT_DM.__file__).is_relative_to(OFFICIAL_SDK_DIR)
    assert len(OPERATIONS) >= 60  # the walk found the operations api.md lists


def assert_same_exchange(server: LocalServer, call: Call, data: Any, theirs: Any, mine: Any,
                         key: str) -> None:
    """The two requests the server received last are the same, and so are the data read."""
    assert len(server.received) == 2, [r.target for r in server.received]
    sent_by_official, sent_by_ours = (Recorded.of(r) for r in server.received)
    if "idempotency_key" not in call.keywords:  # where the API honours keys, sentdm makes one
        sent_by_ours.headers.pop("idempotency-key", None)
    assert sent_by_ours == sent_by_official
    if data is None:
        assert mine is None and theirs is None
        return
    their_data = theirs.data
    assert wire(mine) == wire(their_data) == data
    assert differences(mine, their_data, key) == []


def answer_for(server: LocalServer, method: Callable[..., Any], key: str) -> Any:
    """Makes the server answer with realistic data of the method's type; returns the data."""
    data_type = returned_data_type(method)
    data = None if data_type is None else sample_data(data_type, key.rsplit(".", 1)[0])
    server.respond = lambda received: json_answer(200, envelope(data))
    del server.received[:]
    return data


@pytest.mark.filterwarnings("ignore:deprecated:DeprecationWarning")  # the SDK's own, on some
@pytest.mark.parametrize("key", OPERATIONS)
def test_same_request_and_same_data(key, server, clients):
    ours, official = clients
    method, call = sdk_call(ours, official, key)
    data = answer_for(server, method, key)
    theirs = method(*call.positional, **call.keywords)
    mine = resolve(ours, key)(*call.positional, **call.keywords)
    assert_same_exchange(server, call, data, theirs, mine, key)


@pytest.mark.filterwarnings("ignore:deprecated:DeprecationWarning")
@pytest.mark.parametrize("key", OPERATIONS)
def test_async_clients_send_the_same_request_and_read_the_same_data(key, server, clients):
    method, call = sdk_call(*clients, key)
    data = answer_for(server, method, key)

    async def both() -> Tuple[Any, Any]:
        async with SENT_DM.AsyncSent(api_key=API_KEY, base_url=server.url, max_retries=0) as official:
            theirs = await resolve(official, key)(*call.positional, **call.keywords)
        async with sentdm.AsyncClient(api="v3", api_key=API_KEY, base_url=server.url) as ours:
            mine = await resolve(ours, key)(*call.positional, **call.keywords)
        return theirs, mine

    theirs, mine = asyncio.run(both())
    assert_same_exchange(server, call, data, theirs, mine, key)


@pytest.mark.filterwarnings("ignore:deprecated:DeprecationWarning")
@pytest.mark.parametrize("key", RETURNING_NOTHING)
def test_an_answer_without_content_is_nothing_for_both(key, server, clients):
    ours, official = clients
    method, call = sdk_call(ours, official, key)
    server.respond = lambda received: (204, {}, b"")
    assert method(*call.positional, **call.keywords) is None
    assert resolve(ours, key)(*call.positional, **call.keywords) is None


@pytest.mark.parametrize("key", PAGED)
def test_iterating_asks_for_the_same_pages_and_yields_the_same_items(key, server, clients):
    # the official page iterates on its own; sentdm's iter_<name> is the same walk
    ours, official = clients
    method, call = sdk_call(ours, official, key)
    call.keywords.pop("page")
    page_data = returned_data_type(method)

    def answer(received: Received) -> Any:
        page = int(parse_qs(urlsplit(received.target).query).get("page", ["1"])[0])
        data = sample_data(page_data, key.rsplit(".", 1)[0])
        data["pagination"] = {"has_more": page < 2, "page": page, "page_size": 3}
        return json_answer(200, envelope(data))

    server.respond = answer
    del server.received[:]
    theirs = list(method(*call.positional, **call.keywords))
    asked_by_official = [Recorded.of(r) for r in server.received]
    del server.received[:]
    resource, _, name = key.rpartition(".")
    mine = list(resolve(ours, f"{resource}.iter_{name}")(*call.positional, **call.keywords))
    asked_by_ours = [Recorded.of(r) for r in server.received]

    for asked in asked_by_official:  # the official SDK leaves out page=1 (the API's default)
        asked.query.setdefault("page", ["1"])
    assert asked_by_ours == asked_by_official and len(asked_by_ours) == 2
    assert len(mine) == 4 and wire(mine) == wire(theirs)
    assert differences(mine, theirs, f"{key} items") == []


@pytest.fixture(scope="module")
def sandbox_client(server):
    with sentdm.Client(api="v3", api_key=API_KEY, base_url=server.url, sandbox=True) as client:
        yield client


@pytest.mark.filterwarnings("ignore:deprecated:DeprecationWarning")
@pytest.mark.parametrize("key", SANDBOXED)
def test_a_sandbox_client_sends_what_the_official_sdk_sends_with_sandbox_true(
        key, server, clients, sandbox_client):
    method, call = sdk_call(*clients, key)
    answer_for(server, method, key)
    method(*call.positional, **call.keywords)  # sandbox=True among them
    del call.keywords["sandbox"]
    resolve(sandbox_client, key)(*call.positional, **call.keywords)
    sent_by_official, sent_by_ours = (Recorded.of(r) for r in server.received)
    if "idempotency_key" not in call.keywords:
        sent_by_ours.headers.pop("idempotency-key", None)
    assert sent_by_official.body["sandbox"] is True
    assert sent_by_ours == sent_by_official


# one error of each class, as the API's documentation lists them (code, HTTP status)
ERRORS = [("VALIDATION_001", 400), ("AUTH_002", 401), ("AUTH_004", 403), ("RESOURCE_001", 404),
          ("RESOURCE_007", 409), ("BUSINESS_004", 422), ("BUSINESS_002", 429),
          ("INTERNAL_001", 500), ("INTERNAL_003", 502), ("SERVICE_001", 503)]


@pytest.fixture(scope="module")
def clients_without_retries(server):
    official = SENT_DM.Sent(api_key=API_KEY, base_url=server.url, max_retries=0)
    ours = sentdm.Client(api="v3", api_key=API_KEY, base_url=server.url, max_retries=0)
    with official, ours:
        yield ours, official


@pytest.mark.parametrize("code, status", ERRORS)
def test_the_same_error_envelope_raises_the_same_error(code, status, server,
                                                       clients_without_retries):
    ours, official = clients_without_retries
    body = {"success": False, "data": None,
            "error": {"code": code, "message": f"{code} happened", "details": {"id": ["bad"]},
                      "doc_url": f"https://docs.sent.dm/errors/{code}"},
            "meta": {"request_id": "req_err_1", "timestamp": MOMENT_TEXT, "version": "v3"}}
    server.respond = lambda received: json_answer(status, body)
    contact_id = sample_text("id")

    with pytest.raises(SENT_DM.APIStatusError) as theirs:
        official.contacts.retrieve(contact_id)
    with pytest.raises(sentdm.APIStatusError) as mine:
        ours.contacts.retrieve(contact_id)

    assert type(mine.value).__name__ == type(theirs.value).__name__
    assert mine.value.status_code == theirs.value.status_code == status
    assert mine.value.body == theirs.value.body == body
    assert (mine.value.code, mine.value.request_id, mine.value.doc_url, mine.value.details) == (
        code, "req_err_1", f"https://docs.sent.dm/errors/{code}", {"id": ["bad"]})
