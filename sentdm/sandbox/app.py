"""The sandbox as a WSGI application, built from the same table as the client.

Everything that is not behaviour comes from the table: each operation's route is its URI template,
its request is checked by the client's own marshmallow fields (keyed by wire name, formats always
checked), its answer is cut down to the fields of its response schema, and its error texts are
the ones the table declares. Only what each operation *does* to the state is written by hand, in
:mod:`sentdm.sandbox.behaviour`.

Answers follow the API: ``401`` without a valid ``x-api-key`` or ``Authorization: Bearer``;
``400`` with ``{"error": ..., "details": ["field: what is wrong", ...]}``; ``404`` naming what
does not exist.
"""

from __future__ import annotations

import json
import re
from http import HTTPStatus
from typing import Any, Callable, Dict, Iterable, List, Optional, Pattern, Tuple
from urllib.parse import parse_qs

from ..operations import flatten_messages
from ..schemas import MarshmallowError, request_schema
from ..service import load_service
from ..spec import ApiSpec, FieldSpec, OperationSpec
from .behaviour import COLLECTIONS, HANDLERS, Call, Problem, SentMessage, declared_error
from .store import MEMORY, Store

__all__ = ["SandboxApp", "DEFAULT_API_KEY"]

#: The key a sandbox accepts unless it is given another.
DEFAULT_API_KEY = "sandbox-key"
#: The largest request body read (1 MiB); a larger one is refused with 413 unread.
MAX_BODY_BYTES = 1024 * 1024

Answer = Tuple[int, Dict[str, str], bytes]

_EXPRESSION = re.compile(r"\{([^}]*)\}")


class Route:
    """One operation as the sandbox serves it, worked out once from its spec."""

    def __init__(self, spec: OperationSpec, api: ApiSpec):
        self.spec = spec
        self.pattern, self._path_names = _path_pattern(spec.uri)
        self._params = {p.wire_name: p for p in spec.params}
        self._header_params = tuple(p for p in spec.params if p.location == "header")
        self._schema = request_schema(spec, api.schemas, by_wire_name=True)
        self._render = _renderer(spec, api)
        self.handler = HANDLERS.get(spec.key)

    def answer(self, store: Store, match: Any, environ: Dict[str, Any]) -> Answer:
        if self.handler is None:
            raise Problem(501, f"{self.spec.key} is not implemented by the sandbox")
        params = self._validated(match, environ)
        with store.transaction():
            result = self.handler(store, Call(self.spec, params))
        body = b"" if self.spec.response is None else json.dumps(self._render(result)).encode()
        return 200, {"Content-Type": "application/json"}, body

    def _validated(self, match: Any, environ: Dict[str, Any]) -> Dict[str, Any]:
        """The request's parameters by wire name, checked; or a 400 listing every problem."""
        received = {name: _from_text(self._params[name], _wsgi_text(value))
                    for name, value in zip(self._path_names, match.groups())}
        query = parse_qs(environ.get("QUERY_STRING", ""), keep_blank_values=True)
        for name, values in query.items():
            param = self._params.get(name)
            received[name] = ([_from_text(param, v) for v in values]
                              if param and param.type == "array" else _from_text(param, values[0]))
        for param in self._header_params:
            header = environ.get("HTTP_" + param.wire_name.upper().replace("-", "_"))
            if header is not None:
                received[param.wire_name] = _from_text(param, header)
        if self.spec.body_schema is not None:
            received.update(self._body(environ))
        try:
            return self._schema.load(received)
        except MarshmallowError as exc:
            raise self._bad_request(flatten_messages(exc.messages)) from None

    def _body(self, environ: Dict[str, Any]) -> Dict[str, Any]:
        """The JSON body as parameters: the whole value for a scalar body, else its declared
        fields (others are ignored, as a lenient server does). An operation that takes a body
        needs one: without it, nothing is done (a PUT would otherwise clear every field)."""
        try:
            length = int(environ.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        if length > MAX_BODY_BYTES:
            raise Problem(413, "Request body too large",
                          [f"body: at most {MAX_BODY_BYTES} bytes, not {length}"])
        raw = environ["wsgi.input"].read(length) if length > 0 else b""
        if not raw:
            raise self._bad_request({"body": ["A JSON body is required."]})
        try:
            body = json.loads(raw)
        except ValueError as exc:
            raise self._bad_request({"body": [f"Not valid JSON: {exc}."]}) from None
        except RecursionError:
            raise self._bad_request({"body": ["JSON nested too deeply."]}) from None
        if self.spec.scalar_body:
            return {"body": body}
        if not isinstance(body, dict):
            raise self._bad_request({"body": ["Must be a JSON object."]})
        return {name: value for name, value in body.items()
                if name in self._params and self._params[name].location == "body"}

    def _bad_request(self, problems: Dict[str, List[str]]) -> Problem:
        return Problem(400, declared_error(self.spec, 400, "Invalid request parameters"),
                       [f"{name}: {' '.join(msgs)}" for name, msgs in sorted(problems.items())])


class SandboxApp:
    """The stateful Sent.dm sandbox as a WSGI callable.

    State lives in memory, or in the SQLite file ``db_path`` (it survives a restart). Requests must
    carry ``api_key`` as ``x-api-key`` or as a Bearer token.
    """

    def __init__(self, db_path: Optional[str] = None, *, api_key: str = DEFAULT_API_KEY,
                 api: Optional[ApiSpec] = None):
        self.api = api or load_service().api
        self.api_key = api_key
        self.store = Store(COLLECTIONS, db_path or MEMORY)
        self.routes = [Route(spec, self.api) for spec in self.api.operations]

    @property
    def messages(self) -> List[SentMessage]:
        """Every message sent through the sandbox, oldest first."""
        return [SentMessage.from_record(record)
                for record in self.store.find("messages", newest_first=False)]

    def reset(self) -> None:
        """Forget every customer, template, contact and message."""
        self.store.clear()

    def close(self) -> None:
        self.store.close()

    def __call__(self, environ: Dict[str, Any], start_response: Callable[..., Any]
                 ) -> Iterable[bytes]:
        try:
            status, headers, body = self._answer(environ)
        except Problem as problem:
            status, headers, body = problem.answer()
        headers["Content-Length"] = str(len(body))
        start_response(f"{status} {HTTPStatus(status).phrase}", list(headers.items()))
        return [body]

    def _answer(self, environ: Dict[str, Any]) -> Answer:
        method = environ["REQUEST_METHOD"]
        path = environ.get("PATH_INFO", "")
        allowed = set()
        for route in self.routes:
            match = route.pattern.fullmatch(path)
            if match is None:
                continue
            if route.spec.method != method:
                allowed.add(route.spec.method)
                continue
            self._authenticate(route.spec, environ)
            return route.answer(self.store, match, environ)
        if allowed:
            raise Problem(405, "Method not allowed",
                          [f"{path} takes {', '.join(sorted(allowed))}, not {method}"],
                          {"Allow": ", ".join(sorted(allowed))})
        raise Problem(404, "Not found", [f"no operation at {method} {path}"])

    def _authenticate(self, spec: OperationSpec, environ: Dict[str, Any]) -> None:
        given = [environ.get("HTTP_X_API_KEY")]
        scheme, _, token = environ.get("HTTP_AUTHORIZATION", "").partition(" ")
        if scheme.lower() == "bearer":
            given.append(token.strip())
        if self.api_key in given:
            return
        why = ("the key is not this sandbox's key" if any(given) else
               "send the key as the x-api-key header or as Authorization: Bearer")
        raise Problem(401, declared_error(spec, 401, "Authentication credentials are missing or "
                                                     "invalid"), [why])


def _path_pattern(uri: str) -> Tuple[Pattern[str], Tuple[str, ...]]:
    """A regex for the path part of a URI template and the variable each group captures.

    Simple expressions (``{id}``) match one path segment; query expressions (``{?a,b}``) are
    left to the query string.
    """
    pattern, names, end = "", [], 0
    for expression in _EXPRESSION.finditer(uri):
        pattern += re.escape(uri[end:expression.start()])
        end = expression.end()
        body = expression.group(1)
        if body[:1] in ("?", "&"):
            continue
        if not re.fullmatch(r"[A-Za-z0-9_.]+", body):
            raise ValueError(f"the sandbox cannot route URI template expression {{{body}}} "
                             f"in {uri!r}")
        pattern += "([^/]+)"
        names.append(body)
    return re.compile(pattern + re.escape(uri[end:])), tuple(names)


def _wsgi_text(value: str) -> str:
    """WSGI hands the path over as latin-1 text (PEP 3333); URLs carry UTF-8."""
    try:
        return value.encode("latin-1").decode("utf-8")
    except UnicodeError:
        return value


def _from_text(param: Optional[FieldSpec], text: str) -> Any:
    """A path, query or header value as the type the table declares, where it reads as one;
    anything else stays text for the schema to reject with its usual message."""
    type_ = param.type if param is not None else "string"
    try:
        if type_ == "integer" and re.fullmatch(r"[+-]?[0-9]+", text):
            return int(text)  # ValueError past Python's 4300-digit limit
        if type_ == "number":
            return float(text)
    except ValueError:
        return text
    if type_ == "boolean" and text in ("true", "false"):
        return text == "true"
    return text


def _renderer(spec: OperationSpec, api: ApiSpec) -> Callable[[Any], Any]:
    """A function from a handler's records to the response body: each record cut down to the
    fields of the response schema, unset fields left out."""
    if spec.response is None:
        return lambda result: None
    schema = api.schemas[spec.response.schema]
    names = tuple(f.wire_name for f in schema.fields)

    def render(record: Any) -> Any:
        if not schema.is_object:
            return record
        return {name: record[name] for name in names if record.get(name) is not None}

    if spec.response.many:
        return lambda records: [render(record) for record in records]
    return render
