"""A stubber in the spirit of botocore's: a client answers from a queue of expected calls.

The stubber takes the place of one client's ``_call`` (the single point every resource method,
and anything built on them, goes through), so arguments are still checked exactly as they would
be, and the canned answer goes through the operation's own response parsing: a stubbed call
returns the same models and raises the same exceptions as a real one. Canned data is checked
against the table's response schema when it is queued.
"""

from __future__ import annotations

import io
import json
from collections import deque
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any, Deque, Dict, Mapping, Optional
from unittest.mock import ANY

import requests
from marshmallow import fields
from requests.structures import CaseInsensitiveDict

from ..client import Client
from ..envelope import put
from ..errors import SentdmError
from ..models import Model
from ..operations import ApiResponse, Operation, flatten_messages
from ..schemas import MarshmallowError, request_field, wire_schema
from ..spec import FieldSpec, did_you_mean

__all__ = ["Stubber", "StubAssertionError", "StubResponseError"]


class StubAssertionError(SentdmError, AssertionError):
    """A stubbed client was called other than expected, or expected calls were never made."""


class StubResponseError(SentdmError, ValueError):
    """What was queued does not fit the operation (unknown operation or parameter, or an answer
    that does not match the response schema)."""


@dataclass(frozen=True)
class _Expected:
    operation: Operation
    params: Optional[Dict[str, Any]]
    status: int
    headers: Dict[str, str]
    body: Any

    def __str__(self) -> str:
        return _described(self.operation, self.params) if self.params is not None else (
            f"{self.operation.key}(...)")


class Stubber:
    """Queue what a client is expected to call and what each call answers::

        stubber = Stubber(client)
        stubber.add_response("customers.get_customer_by_id", {"id": ID, "name": "Acme"},
                             expected_params={"id": ID})
        stubber.add_client_error("customers.delete_customer", 404, "Customer not found")
        with stubber:
            code_under_test(client)
        # leaving the block without an exception asserts that every queued call was made

    Operations are named ``resource.operation``; expected parameters by their Python names (as
    the method takes them; ``sentdm.testing.ANY`` matches any value; ``None`` as a whole skips
    the check); answers in wire form (the API's JSON) or as models.
    """

    def __init__(self, client: Client):
        self.client = client
        self._operations: Mapping[str, Operation] = client.service.operations
        self._schemas = client.service.api.schemas
        self._response_fields: Dict[str, fields.Field] = {}
        self._queue: Deque[_Expected] = deque()

    def activate(self) -> None:
        """From now on the client answers from the queue; nothing goes to the network."""
        self.client._call = self._call  # type: ignore[method-assign]

    def deactivate(self) -> None:
        """The client calls the API again."""
        if self.client.__dict__.get("_call") == self._call:
            del self.client.__dict__["_call"]

    def __enter__(self) -> "Stubber":
        self.activate()
        return self

    def __exit__(self, exc_type: Any, *exc_info: Any) -> None:
        self.deactivate()
        if exc_type is None:
            self.assert_no_pending_responses()

    def add_response(self, operation: str, service_response: Any = None,
                     expected_params: Optional[Mapping[str, Any]] = None, *,
                     status_code: int = 200, headers: Optional[Mapping[str, str]] = None,
                     meta: Optional[Mapping[str, Any]] = None) -> None:
        """Expect a call of ``operation`` and answer it with ``service_response`` (the data;
        where the API wraps its answers, it goes inside the envelope, with ``meta``)."""
        op = self._operation(operation)
        if not 200 <= status_code < 300:
            raise StubResponseError(f"status_code {status_code} is not a success; "
                                    "use add_client_error for errors")
        body = self._checked_response(op, service_response)
        envelope = op.api.envelope
        if envelope is not None:
            body = put({}, envelope.data, body)
            if envelope.meta:
                put(body, envelope.meta, dict(meta or {}))
        self._queue.append(_Expected(op, self._expected_params(op, expected_params), status_code,
                                     dict(headers or {}), body))

    def add_client_error(self, operation: str, status_code: int = 400, error: str = "",
                         details: Any = (), *,
                         expected_params: Optional[Mapping[str, Any]] = None,
                         headers: Optional[Mapping[str, str]] = None, body: Any = None,
                         code: Optional[str] = None) -> None:
        """Expect a call of ``operation`` and answer it with an error status.

        The body is the API's error shape unless ``body`` is given: ``{"error": error,
        "details": [...]}``, or, where the API declares an error envelope, ``error``,
        ``details`` and ``code`` at its paths. The call raises the
        :class:`sentdm.APIStatusError` subclass for the status.
        """
        op = self._operation(operation)
        if not 400 <= status_code <= 599:
            raise StubResponseError(f"status_code {status_code} is not an error status (400-599)")
        if body is None:
            body = _error_body(op, error or _phrase(status_code) or f"HTTP {status_code}",
                               details, code)
        self._check_error_body(op, status_code, body)
        self._queue.append(_Expected(op, self._expected_params(op, expected_params), status_code,
                                     dict(headers or {}), body))

    def assert_no_pending_responses(self) -> None:
        """Fail if any queued call was not made."""
        if self._queue:
            pending = "".join(f"\n  {expected}" for expected in self._queue)
            raise StubAssertionError(f"{len(self._queue)} expected call(s) not made:{pending}")

    def _operation(self, key: str) -> Operation:
        try:
            return self._operations[key]
        except KeyError:
            raise StubResponseError(f"no operation {key!r}{did_you_mean(key, self._operations)}; "
                                    "name it as 'resource.operation'") from None

    def _expected_params(self, op: Operation, expected: Optional[Mapping[str, Any]]
                         ) -> Optional[Dict[str, Any]]:
        """The expected parameters as the client will have checked them (so a ``uuid.UUID`` and
        its text compare equal), ANY kept as it is."""
        if expected is None:
            return None
        names = [p.python_name for p in op.spec.params]
        unknown = [name for name in expected if name not in names]
        if unknown:
            raise StubResponseError(f"expected_params for {op.key}: unknown parameter "
                                    f"{unknown[0]!r}{did_you_mean(unknown[0], names)}")
        given = {name: value for name, value in expected.items() if value is not None}
        concrete = {name: value for name, value in given.items() if value is not ANY}
        try:
            checked = op.schema(self.client.check_formats).load(concrete, partial=True)
        except MarshmallowError as exc:
            raise StubResponseError(f"expected_params for {op.key} are not valid:"
                                    + _listed(exc.messages)) from None
        return {**given, **checked}

    def _checked_response(self, op: Operation, data: Any) -> Any:
        """``data`` in wire form if it is what ``op`` answers, else StubResponseError saying why."""
        response = op.spec.response
        if response is None:
            if data is not None:
                raise StubResponseError(f"{op.key} answers no data; queue None")
            return None
        data = _wire(data)
        try:
            self._response_field(op).deserialize(data)
        except MarshmallowError as exc:
            raise StubResponseError(f"the response queued for {op.key} does not match "
                                    f"{response.schema}:" + _listed({"response": exc.messages})
                                    ) from None
        schema = self._schemas[response.schema]
        if schema.is_object:
            known = [f.wire_name for f in schema.fields]
            for item in data if response.many else [data]:
                unknown = [key for key in item if key not in known]
                if unknown:
                    raise StubResponseError(
                        f"the response queued for {op.key} has a field {response.schema} does "
                        f"not have: {unknown[0]!r}{did_you_mean(unknown[0], known)}")
        return data

    def _response_field(self, op: Operation) -> fields.Field:
        """The strict field for a whole answer of ``op`` (one object of its schema, or a list),
        built on first use."""
        field = self._response_fields.get(op.key)
        if field is None:
            response = op.spec.response
            assert response is not None
            spec = (FieldSpec("response", "response", "array", required=True, items=response.schema)
                    if response.many else
                    FieldSpec("response", "response", response.schema, required=True))
            field = self._response_fields[op.key] = request_field(spec, self._schemas)
        return field

    def _check_error_body(self, op: Operation, status: int, body: Any) -> None:
        """An error body must match the schema the table declares for that status, if any."""
        for error in op.spec.errors:
            if error.status == status and error.schema:
                try:
                    wire_schema(self._schemas[error.schema], self._schemas).load(body)
                except MarshmallowError as exc:
                    raise StubResponseError(f"the {status} body queued for {op.key} does not "
                                            f"match {error.schema}:" + _listed(exc.messages)
                                            ) from None

    def _call(self, op: Operation, kwargs: Dict[str, Any]) -> ApiResponse[Any]:
        kwargs = self.client._with_defaults(op, kwargs)  # as the client would send them
        values = op.validate(kwargs, self.client.check_formats)  # bad arguments fail as usual
        request = op.build_request(kwargs, self.client.check_formats)
        made = _described(op, values)
        if not self._queue:
            raise StubAssertionError(f"unexpected call {made}: no response queued")
        expected = self._queue[0]
        if expected.operation.key != op.key:
            raise StubAssertionError(f"expected a call to {expected}, got {made}")
        if expected.params is not None and expected.params != values:
            raise StubAssertionError(f"{op.key} called with other parameters than expected:"
                                     + _differences(expected.params, values))
        self._queue.popleft()
        body = b"" if expected.body is None else json.dumps(expected.body).encode()
        return op.parse(_http_response(expected.status, expected.headers, body,
                                       self.client.base_url + request.target), request)


def _error_body(op: Operation, message: str, details: Any, code: Optional[str]) -> Any:
    """An error body in the API's shape: its error envelope's paths where it declares them."""
    envelope = op.api.error_envelope
    if envelope.message is None:
        return {"error": message, "details": list(details)}
    body: Dict[str, Any] = put({}, envelope.message, message)
    for path, value in ((envelope.code, code), (envelope.details, details or None)):
        if path is not None and value is not None:
            put(body, path, value)
    return body


def _described(op: Operation, params: Mapping[str, Any]) -> str:
    return f"{op.key}({', '.join(f'{name}={value!r}' for name, value in params.items())})"


def _differences(expected: Mapping[str, Any], got: Mapping[str, Any]) -> str:
    lines = []
    for name in sorted(set(expected) | set(got)):
        if name not in got:
            lines.append(f"{name}: expected {expected[name]!r}, not given")
        elif name not in expected:
            lines.append(f"{name}: not expected, got {got[name]!r}")
        elif expected[name] != got[name]:
            lines.append(f"{name}: expected {expected[name]!r}, got {got[name]!r}")
    return "".join(f"\n  {line}" for line in lines)


def _listed(messages: Any) -> str:
    return "".join(f"\n  {name}: {' '.join(msgs)}"
                   for name, msgs in sorted(flatten_messages(messages).items()))


def _wire(value: Any) -> Any:
    """Models (or lists of them) in wire form; anything else as given."""
    if isinstance(value, Model):
        return value.to_dict()
    if isinstance(value, list):
        return [_wire(item) for item in value]
    return value


def _phrase(status: int) -> str:
    """The reason phrase of a status (``"Not Found"``), or ``""`` for one HTTP does not name."""
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return ""


def _http_response(status: int, headers: Mapping[str, str], body: bytes, url: str
                   ) -> requests.Response:
    """A ``requests.Response`` as the transport would have returned it."""
    response = requests.Response()
    response.status_code = status
    response.reason = _phrase(status)
    response.headers = CaseInsensitiveDict({"Content-Type": "application/json", **headers})
    response.raw = io.BytesIO(body)
    response.encoding = "utf-8"
    response.url = url
    return response
