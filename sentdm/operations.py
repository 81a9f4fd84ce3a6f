"""Operations: one compiled object per OperationSpec that turns keyword arguments into an HTTP
request and an HTTP response into data.

Everything that does not depend on the call (the URI template, the marshmallow schema, where each
parameter goes, how the response becomes models) is worked out once here; a call only validates,
expands and parses.
"""

from __future__ import annotations

import json
import uuid
from typing import (Any, Callable, Dict, Generic, List, Mapping, NamedTuple,
                    Optional, Tuple, TypeVar)

from marshmallow import Schema
from marshmallow import ValidationError as MarshmallowError
from uritemplate import URITemplate

from .envelope import RateLimit, dig, rate_limit_from, replayed_from
from .errors import APIResponseValidationError, ValidationError, json_or_none, status_error_class
from .logs import SecretFields
from .spec import ApiSpec, BuiltOnUse, OperationSpec, did_you_mean

__all__ = ["ApiResponse", "Operation", "Operations", "Request", "build_operations",
           "flatten_messages"]

T = TypeVar("T")

JSON_HEADERS = {"Content-Type": "application/json"}


class Request(NamedTuple):
    """A validated call, ready for the transport: ``target`` is the path and query string.

    ``idempotent``: sending it again has no further effect, so it is safe to resend if an
    attempt may have reached the server: the operation is idempotent, or the API honours
    idempotency keys for it (the request then always carries one). A key sent to an API that does
    not deduplicate by it leaves the request not idempotent.
    """

    method: str
    target: str
    headers: Dict[str, str]
    body: Optional[bytes]
    idempotent: bool = False


class ApiResponse(Generic[T]):
    """What ``<operation>_with_http_info`` returns: the data and the HTTP response it came in.

    Where the API declares them: ``meta`` (the envelope's meta object) and its ``request_id``,
    ``rate_limit`` (a :class:`~sentdm.envelope.RateLimit` from the headers), ``replayed`` (the
    server answered from its idempotency cache) and ``idempotency_key`` (the key sent, given or
    generated); otherwise None (False for ``replayed``).
    """

    __slots__ = ("data", "status_code", "headers", "response", "meta", "request_id",
                 "rate_limit", "replayed", "idempotency_key")

    def __init__(self, data: T, response: Any, meta: Optional[Dict[str, Any]] = None,
                 request_id: Optional[str] = None, rate_limit: Optional[RateLimit] = None,
                 replayed: bool = False, idempotency_key: Optional[str] = None):
        self.data = data
        self.status_code: int = response.status_code
        self.headers = response.headers
        self.response = response
        self.meta = meta
        self.request_id = request_id
        self.rate_limit = rate_limit
        self.replayed = replayed
        self.idempotency_key = idempotency_key

    def __repr__(self) -> str:
        extra = "".join(f", {name}={getattr(self, name)!r}" for name in
                        ("request_id", "rate_limit", "idempotency_key") if getattr(self, name))
        replayed = ", replayed=True" if self.replayed else ""
        return f"ApiResponse(status_code={self.status_code}{extra}{replayed}, data={self.data!r})"


class Operation:
    """An operation compiled for calling: validation, URI expansion, body and response parsing."""

    def __init__(self, spec: OperationSpec, api: ApiSpec, models: Mapping[str, type],
                 secret_fields: Optional["SecretFields"] = None):
        self.spec = spec
        self.key = spec.key
        self._api = api
        self.models = models
        self._template = URITemplate(spec.uri)
        self._param_names = tuple(p.python_name for p in spec.params)
        self._uri_params = tuple((p.python_name, p.wire_name) for p in spec.params
                                 if p.location in ("path", "query"))
        self._header_params = tuple((p.python_name, p.wire_name) for p in spec.params
                                    if p.location == "header")
        self._body_params = tuple((p.python_name, p.wire_name) for p in spec.params
                                  if p.location == "body" and not spec.scalar_body)
        self._has_body = spec.body_schema is not None
        self._idempotency_header = api.idempotency_header
        self._generates_keys = bool(api.idempotency_header and spec.idempotency_honoured)
        self._secret_fields = secret_fields or SecretFields(api)
        self._schemas: Dict[bool, Schema] = {}
        self._parse_data = _data_parser(spec, api, models)
        self._envelope = api.envelope
        self._error_envelope = api.error_envelope
        self._rate_limit = api.rate_limit
        self._conflict = api.conflict_retry if self._generates_keys else None
        self.conflict_wait = api.conflict_retry.wait if api.conflict_retry else 0.0
        #: The Python name of the body parameter that asks for sandbox mode, if it has one.
        self.sandbox_param = next((p.python_name for p in spec.params
                                   if p.location == "body" and api.sandbox_field
                                   and p.wire_name == api.sandbox_field), None)

    @property
    def api(self) -> ApiSpec:
        """The spec of the API the operation belongs to."""
        return self._api

    def schema(self, check_formats: bool = True) -> Schema:
        """The request schema (built on first use, then kept)."""
        schema = self._schemas.get(check_formats)
        if schema is None:
            from .schemas import request_schema  # (marshmallow fields: made when first needed)

            schema = request_schema(self.spec, self._api.schemas, check_formats=check_formats)
            self._schemas[check_formats] = schema
        return schema

    def by_name(self, method: str, args: Tuple[Any, ...], kwargs: Dict[str, Any]
                ) -> Dict[str, Any]:
        """The keyword arguments of a call to ``method`` that passed the table's ``positional``
        parameters by position."""
        positional = self.spec.positional
        if len(args) > len(positional):
            allowed = (f"at most {len(positional)} positional ({', '.join(positional)})"
                       if positional else "keyword arguments only")
            raise ValidationError(self.key, {"*args": [
                f"{method}() takes {allowed}; got {len(args)} positional."]})
        named = dict(zip(positional, args))
        twice = [param for param in named if param in kwargs]
        if twice:
            raise ValidationError(self.key, {twice[0]: [
                f"{method}() got it both positionally and as a keyword."]})
        return {**named, **kwargs}

    def validate(self, kwargs: Dict[str, Any], check_formats: bool = True) -> Dict[str, Any]:
        """Checked arguments by Python name, or ValidationError listing every bad one.

        ``None`` for an optional parameter means "not given".
        """
        errors: Dict[str, List[str]] = {}
        given = {}
        for name, value in kwargs.items():
            if name not in self._param_names:
                errors[name] = [f"Unknown parameter{did_you_mean(name, self._param_names)}."]
            elif value is not None:
                given[name] = value
        try:
            loaded = self.schema(check_formats).load(given)
        except MarshmallowError as exc:
            errors.update(flatten_messages(exc.messages))
            loaded = {}
        if errors:
            raise ValidationError(self.key, errors)
        return loaded

    def build_request(self, kwargs: Dict[str, Any], check_formats: bool = True) -> Request:
        """Validate the arguments and place each one in the path, query, headers or body."""
        values = self.validate(kwargs, check_formats)
        variables = {wire: _uri_value(values[name])
                     for name, wire in self._uri_params if name in values}
        headers = dict(JSON_HEADERS) if self._has_body else {}
        for name, wire in self._header_params:
            if name in values:
                headers[wire] = str(values[name])
        if self._generates_keys and self._idempotency_header not in headers:
            # the server deduplicates on the key: one per call, the same on every retry
            headers[self._idempotency_header] = uuid.uuid4().hex  # type: ignore[index]
        body = None
        if self._has_body:
            payload = (values["body"] if self.spec.scalar_body else
                       {wire: values[name] for name, wire in self._body_params if name in values})
            body = json.dumps(payload, separators=(",", ":")).encode("utf-8")
        return Request(self.spec.method, self._template.expand(variables), headers, body,
                       self.spec.safe_to_resend)

    def data_from_wire(self, data: Any) -> Any:
        """The operation's data (models, a list) from the wire form of an answer it parsed
        before, as a bulk journal keeps it."""
        return self._parse_data(None, data)

    def parse(self, response: Any, request: Optional[Request] = None) -> ApiResponse[Any]:
        """The ApiResponse for a received response, or the APIStatusError for its status."""
        status = response.status_code
        if not 200 <= status < 300:
            raise status_error_class(status)(response, self.key, self._secret_fields(),
                                             self._error_envelope, self._rate_limit)
        headers = response.headers
        key = (request.headers.get(self._idempotency_header)
               if request is not None and self._idempotency_header else None)
        if self._envelope is None or (self.spec.response is None and not response.content):
            # no envelope, or nothing to return and no body to carry one (204 No Content)
            return ApiResponse(self._parse_data(response), response,
                               rate_limit=rate_limit_from(headers, self._rate_limit),
                               idempotency_key=key)
        body = _json_body(self.key, response, "a JSON object")
        if not isinstance(body, dict):
            raise _wrong_shape(self.key, "a JSON object (the envelope)", body, response)
        meta = dig(body, self._envelope.meta)
        request_id = dig(body, self._envelope.request_id or self._error_envelope.request_id)
        return ApiResponse(self._parse_data(response, dig(body, self._envelope.data)), response,
                           meta if isinstance(meta, dict) else None,
                           request_id if isinstance(request_id, str) else None,
                           rate_limit_from(headers, self._rate_limit),
                           replayed_from(headers, self._conflict), key)

    def in_flight(self, response: Any, request: Request) -> bool:
        """Whether the server answered "the same idempotency key is still in flight"
        (``[api.conflict_retry]``): then the same request may be sent again after a wait."""
        conflict = self._conflict
        if conflict is None or response.status_code != conflict.status:
            return False
        if conflict.code is None:
            return True
        code = dig(json_or_none(response), self._error_envelope.code)
        return bool(code == conflict.code)


def flatten_messages(messages: Any) -> Dict[str, List[str]]:
    """marshmallow's nested error messages as ``{"param": ["why", ...]}``."""
    if not isinstance(messages, dict):
        return {"_": [str(messages)]}
    flat: Dict[str, List[str]] = {}
    for name, value in messages.items():
        if isinstance(value, dict):
            for inner, msgs in flatten_messages(value).items():
                flat[f"{name}.{inner}" if inner != "_" else str(name)] = msgs
        else:
            flat[str(name)] = [str(m) for m in value] if isinstance(value, list) else [str(value)]
    return flat


def _uri_value(value: Any) -> Any:
    """A validated value as URI text: booleans as JSON spells them, lists item by item."""
    if value is True or value is False:
        return "true" if value else "false"
    if isinstance(value, list):
        return [_uri_value(item) for item in value]
    return value


def _json_body(key: str, response: Any, expected: str) -> Any:
    try:
        return json.loads(response.content)
    except (ValueError, TypeError, RecursionError):  # RecursionError: absurdly deep nesting
        what = "an empty body" if not response.content else "a body that is not JSON"
        raise APIResponseValidationError(
            f"{key} expected {expected} but got {what} (HTTP {response.status_code})",
            response) from None


_UNREAD = object()


def _data_parser(spec: OperationSpec, api: ApiSpec, models: Mapping[str, type]
                 ) -> Callable[..., Any]:
    """A function from a successful response to the operation's data (models, a list, a value).

    Where the API has an envelope, the caller passes the ``data`` it took out of the body."""
    if spec.response is None:
        return lambda response, data=None: None
    model = models.get(spec.response.schema)
    many = spec.response.many
    expected = "a JSON array" if many else ("a JSON object" if model else "JSON")
    key = spec.key

    def parse(response: Any, data: Any = _UNREAD) -> Any:
        if data is _UNREAD:
            data = _json_body(key, response, expected)
        if model is None and not many:
            return data
        if many:
            if not isinstance(data, list):
                raise _wrong_shape(key, expected, data, response)
            if model is None:
                return data
            for item in data:
                if not isinstance(item, dict):
                    raise _wrong_shape(key, "an array of JSON objects", item, response)
            return model.from_wire_list(data)  # type: ignore[attr-defined]
        if not isinstance(data, dict):
            raise _wrong_shape(key, expected, data, response)
        return model.from_wire(data)  # type: ignore[union-attr]

    return parse


def _wrong_shape(key: str, expected: str, data: Any, response: Any) -> APIResponseValidationError:
    return APIResponseValidationError(
        f"{key} expected {expected} but got {type(data).__name__} (HTTP {response.status_code})",
        response)


class Operations(BuiltOnUse):
    """Every operation of an API by ``resource.name`` key, each compiled on first use: a client
    of a large table pays for the operations it calls, not for every one it could."""

    def __init__(self, api: ApiSpec, models: Mapping[str, type]):
        super().__init__(api.operation_keys, self._compile)
        self._api = api
        self._models = models
        #: the API's secret field names, worked out when an error or a log line first needs them
        self.secret_fields = SecretFields(api)

    def _compile(self, key: str) -> Operation:
        return Operation(self._api.operation(key), self._api, self._models, self.secret_fields)

    @property
    def compiled(self) -> Tuple[str, ...]:
        """The keys of the operations compiled so far."""
        return self.built


def build_operations(api: ApiSpec, models: Mapping[str, type]) -> Operations:
    """Every operation of the API by ``resource.name`` key, compiled when first used."""
    return Operations(api, models)


def return_annotation(spec: OperationSpec, models: Mapping[str, type]) -> Tuple[Any, str]:
    """The Python return type of an operation and how to spell it in a docstring."""
    if spec.response is None:
        return type(None), "None"
    target: Any = models.get(spec.response.schema, Any)
    name = getattr(target, "__name__", "Any")
    if spec.response.many:
        return List[target], f"list[{name}]"  # type: ignore[valid-type]
    return target, name
