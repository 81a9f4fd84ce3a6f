"""The sandbox as a WSGI application, built from the same table as the client.

Everything that is not behaviour comes from the table: each operation's route is its URI template,
its request is checked by the client's own marshmallow fields (keyed by wire name, formats always
checked), its answer is cut down to the fields of its response schema (and checked against it),
and the shape of answers and errors is the API's (:mod:`sentdm.sandbox.wire`). What an operation
*does* is either declared in the table (``sandbox = { action = ... }``, see
:mod:`sentdm.sandbox.actions`) or, for the v1.1 table, written by hand in
:mod:`sentdm.sandbox.behaviour`.

Around every call, as the API does: ``401`` without the key (in the table's ``auth`` header, or
as a Bearer token where the table allows one); with a rate limit, the ``X-RateLimit-*`` headers
and ``429`` with ``Retry-After`` once it is used up; where the operation honours idempotency
keys, a replay of the first answer for a key already used (``Idempotent-Replayed: true``), ``409``
while that key is in flight, ``400`` for a malformed key; and where the table has a sandbox
field, ``"sandbox": true`` gives a realistic answer with no side effects (``X-Sandbox: true``).
"""

from __future__ import annotations

import json
import logging
import re
import threading
import time
import uuid
from http import HTTPStatus
from typing import Any, Callable, Dict, Iterable, List, Mapping, Optional, Pattern, Tuple
from urllib.parse import parse_qs

from ..errors import ConfigurationError
from ..operations import flatten_messages
from ..schemas import REQUIRED_MESSAGE, MarshmallowError, request_schema, wire_schema
from ..service import load_service
from ..spec import ApiSpec, FieldSpec, OperationSpec, RateLimitSpec
from .actions import ACTIONS, OWN_COLLECTIONS, Act, World
from .behaviour import COLLECTIONS, HANDLERS, Call, Problem, SentMessage, declared_error
from .delivery import Courier, Scheduler
from .guards import IdempotencyCache, InFlight, RateLimit, Window, parse_rate
from .lifecycle import Lifecycle
from .store import MEMORY, Record, Store
from .wire import Wire

__all__ = ["SandboxApp", "DEFAULT_API_KEY"]

#: The key a sandbox accepts unless it is given another.
DEFAULT_API_KEY = "sandbox-key"
#: The largest request body read (1 MiB); a larger one is refused with 413 unread.
MAX_BODY_BYTES = 1024 * 1024

#: Rate limit headers where the table names none.
RATE_LIMIT_HEADERS = RateLimitSpec("X-RateLimit-Limit", "X-RateLimit-Remaining",
                                   "X-RateLimit-Reset")

#: The kind of a validation problem, by the start of its message (the codes are the table's).
VALIDATION_KINDS = (
    ("Not a valid E.164", "invalid_phone_number"), ("Not a valid UUID", "invalid_uuid"),
    (REQUIRED_MESSAGE, "required"), ("Must be greater", "out_of_range"),
    ("Must be less", "out_of_range"), ("Must be one of", "not_one_of"),
)

Answer = Tuple[int, Dict[str, str], bytes]

logger = logging.getLogger("sentdm.sandbox")

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
        self._codes = api.error_envelope.codes
        self.handler = HANDLERS.get(spec.key)
        self.action = ACTIONS[spec.sandbox.action] if spec.sandbox is not None else None
        self.success_status = (spec.sandbox.status if spec.sandbox and spec.sandbox.status else
                               204 if spec.response is None and spec.sandbox else 200)

    def validated(self, match: Any, environ: Dict[str, Any]) -> Dict[str, Any]:
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

    def path_values(self, params: Dict[str, Any]) -> Tuple[str, ...]:
        return tuple(str(params[name]) for name in self._path_names)

    def render(self, result: Any) -> Any:
        """The handler's result cut down to the response schema; a 500 if it does not fit."""
        return self._render(result)

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
                       problems, code=_validation_code(problems, self._codes))


class SandboxApp:
    """The stateful Sent.dm sandbox as a WSGI callable, for the API of ``api`` (default: the
    built-in table).

    State lives in memory, or in the SQLite file ``db_path`` (it survives a restart). Requests must
    carry ``api_key``. ``rate_limit`` (``"60/min"``) limits requests per key; ``delay_ms`` is
    added to every answer; ``redeliver`` delivers every webhook event twice;
    ``lifecycle_step`` is the time between a message's statuses.
    """

    def __init__(self, db_path: Optional[str] = None, *, api_key: str = DEFAULT_API_KEY,
                 api: Optional[ApiSpec] = None, rate_limit: Optional[str] = None,
                 delay_ms: float = 0, redeliver: bool = False, lifecycle_step: float = 0.05):
        self.api = api or load_service().api
        self.api_key = api_key
        self.wire = Wire(self.api)
        self.codes = self.api.error_envelope.codes  # error codes by kind of failure
        self.limiter = RateLimit(*_checked_rate(rate_limit)) if rate_limit else None
        for name, value in (("delay_ms", delay_ms), ("lifecycle_step", lifecycle_step)):
            if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
                raise ConfigurationError(f"{name}: must be a number >= 0, not {value!r}")
        self.delay = delay_ms / 1000
        self.idempotency = IdempotencyCache()
        self.store = Store(_collections(self.api), db_path or MEMORY)
        self.routes = [Route(spec, self.api) for spec in self.api.operations]
        self.counts = {"requests": 0, "replayed": 0, "in_flight_conflicts": 0}
        self._count_lock = threading.Lock()
        self._scheduler = Scheduler()
        courier = Courier(self.store, self._scheduler, redeliver=redeliver)
        account_id = str(uuid.uuid5(uuid.NAMESPACE_URL, "sentdm-sandbox:" + api_key))
        self.world = World(self.api, self.store, account_id, courier,
                           Lifecycle(self.store, courier, self._scheduler, account_id,
                                     lifecycle_step))

    @property
    def messages(self) -> List[SentMessage]:
        """Every message sent through the sandbox, oldest first."""
        return [SentMessage.from_record(record)
                for record in self.store.find("messages", newest_first=False)]

    def records(self, collection: str) -> List[Record]:
        """Every record of a collection (``"webhooks"``, ``"webhook_events"`` ...), oldest
        first, in wire form."""
        return self.store.find(collection, newest_first=False)

    def stats(self) -> Dict[str, int]:
        """Counters for tests: requests served, 429s answered (``rate_limited``), replays,
        409s for keys in flight, keys in flight now, and messages sent."""
        with self._count_lock:
            counts = dict(self.counts)
        return {**counts, "rate_limited": self.limiter.refused if self.limiter else 0,
                "keys_in_flight": self.idempotency.in_flight,
                "messages": self.store.count("messages")}

    def reset(self) -> None:
        """Forget every record and message."""
        self.store.clear()

    def close(self) -> None:
        self._scheduler.close()
        self.world.courier.close()
        self.store.close()

    def __call__(self, environ: Dict[str, Any], start_response: Callable[..., Any]
                 ) -> Iterable[bytes]:
        request_id = self.wire.new_request_id()
        headers: Dict[str, str] = {"X-Request-Id": request_id}
        try:
            status, extra, body = self._answer(environ, request_id, headers)
            headers.update(extra)
        except Exception as exc:  # every failure is an answer in the API's error shape
            problem = exc if isinstance(exc, Problem) else _internal(exc, self.codes)
            status, body = problem.status, self.wire.encode(self.wire.error(problem, request_id))
            headers.update({"Content-Type": "application/json", **problem.headers})
        headers["Content-Length"] = str(len(body))
        start_response(f"{status} {HTTPStatus(status).phrase}", list(headers.items()))
        return [body]

    def _answer(self, environ: Dict[str, Any], request_id: str, headers: Dict[str, str]
                ) -> Answer:
        path = environ.get("PATH_INFO", "")
        if path == "/_sandbox/stats":
            return 200, {"Content-Type": "application/json"}, json.dumps(self.stats()).encode()
        route, match = self._route(environ["REQUEST_METHOD"], path)
        self._authenticate(route.spec, environ)
        self._count("requests")
        if self.limiter is not None:
            window = self.limiter.take(self.api_key)
            headers.update(window.headers(self.api.rate_limit or RATE_LIMIT_HEADERS))
            if not window.allowed:
                raise _rate_limited(window, self.codes)
        key = self._idempotency_key(route.spec, environ)
        if key is None:
            return self._perform(route, match, environ, request_id)
        scope = (self.api_key, key)
        try:
            cached = self.idempotency.begin(scope)
        except InFlight:
            self._count("in_flight_conflicts")
            conflict = self.api.conflict_retry
            raise Problem(conflict.status if conflict else 409,
                          "A request with this idempotency key is still in progress; retry "
                          "shortly.", {"Idempotency-Key": [key]},
                          code=(conflict.code or "") if conflict else "") from None
        if cached is not None:
            self._count("replayed")
            return cached.status, {**cached.headers, **self._replayed(cached.request_id)}, \
                cached.body
        status, answer_headers, body = 500, {}, b""
        try:
            status, answer_headers, body = self._perform(route, match, environ, request_id)
            return status, answer_headers, body
        finally:
            self.idempotency.end(scope, status, answer_headers, body, request_id)

    def _perform(self, route: Route, match: Any, environ: Dict[str, Any], request_id: str
                 ) -> Answer:
        if self.delay:  # the time a real server takes: a key is in flight meanwhile
            time.sleep(self.delay)
        params = route.validated(match, environ)
        field = self.api.sandbox_field
        trial = bool(field) and params.get(field) is True
        act = None
        with (self.store.trial() if trial else self.store.transaction()):
            if route.action is not None:
                act = Act(self.world, route.spec, params, route.path_values(params), trial)
                result = route.action(act)
            elif route.handler is not None:
                result = route.handler(self.store, Call(route.spec, params))
            else:
                raise Problem(501, f"{route.spec.key} is not implemented by the sandbox",
                              code=self.codes.get("internal", ""))
        for job in act.after if act is not None and not trial else ():
            job()
        headers = {"Content-Type": "application/json"}
        if trial:
            headers["X-Sandbox"] = "true"
        if route.spec.response is None and route.success_status == 204:
            return 204, headers, b""
        data = route.render(result)
        body = b"" if route.spec.response is None and self.api.envelope is None else \
            self.wire.encode(self.wire.success(data, request_id))
        return route.success_status, headers, body

    def _route(self, method: str, path: str) -> Tuple[Route, Any]:
        allowed = set()
        for route in self.routes:
            match = route.pattern.fullmatch(path)
            if match is None:
                continue
            if route.spec.method == method:
                return route, match
            allowed.add(route.spec.method)
        if allowed:
            raise Problem(405, "Method not allowed",
                          [f"{path} takes {', '.join(sorted(allowed))}, not {method}"],
                          {"Allow": ", ".join(sorted(allowed))},
                          code=self.codes.get("method_not_allowed", ""))
        raise Problem(404, "Not found", [f"no operation at {method} {path}"],
                      code=self.codes.get("not_found", ""))

    def _authenticate(self, spec: OperationSpec, environ: Dict[str, Any]) -> None:
        auth = self.api.auth
        header = auth.api_key_header
        given = [environ.get("HTTP_" + header.upper().replace("-", "_"))]
        scheme, _, token = environ.get("HTTP_AUTHORIZATION", "").partition(" ")
        if auth.bearer and scheme.lower() == "bearer":
            given.append(token.strip())
        if self.api_key in given:
            return
        ways = f"the {header} header" + (" or as Authorization: Bearer" if auth.bearer else "")
        why = ("the key is not this sandbox's key" if any(given) else f"send the key as {ways}")
        raise Problem(401, declared_error(spec, 401, "Authentication credentials are missing or "
                                                     "invalid"), [why],
                      code=self.codes.get("wrong_key" if any(given) else "missing_key", ""))

    def _idempotency_key(self, spec: OperationSpec, environ: Dict[str, Any]) -> Optional[str]:
        """The request's idempotency key where the operation honours keys, checked."""
        header = self.api.idempotency_header
        if not spec.idempotency_honoured or not header:
            return None
        key = environ.get("HTTP_" + header.upper().replace("-", "_"))
        if key is None:
            return None
        pattern = self.api.idempotency_key_pattern
        if pattern and not re.search(pattern, key):
            raise Problem(400, "The idempotency key is not valid.",
                          {header: [f"Must match {pattern}."]},
                          code=self.codes.get("bad_idempotency_key", ""))
        return key

    def _replayed(self, original_request_id: str) -> Dict[str, str]:
        conflict = self.api.conflict_retry
        name = conflict.replayed_header if conflict and conflict.replayed_header else \
            "Idempotent-Replayed"
        original = conflict.original_request_id_header if conflict else None
        return {name: "true", **({original: original_request_id} if original else {})}

    def _count(self, name: str) -> None:
        with self._count_lock:
            self.counts[name] += 1


def _collections(api: ApiSpec) -> Dict[str, Tuple[str, ...]]:
    """Every collection the sandbox may keep, with the fields it is searched by: those of the
    hand-written handlers, and, where the table declares what the sandbox does, the declared
    ones and the sandbox's own, searched by parent."""
    declared = {op.sandbox.collection for op in api.operations
                if op.sandbox is not None and op.sandbox.collection}
    by_parent = (declared | set(OWN_COLLECTIONS)) if declared else set()
    return {name: (*COLLECTIONS.get(name, ()), *(("_parent",) if name in by_parent else ()))
            for name in sorted(set(COLLECTIONS) | by_parent)}


def _checked_rate(rate: str) -> Tuple[int, float]:
    try:
        return parse_rate(rate)
    except (ValueError, AttributeError):
        raise ConfigurationError(f"rate_limit: {rate!r} is not a rate such as 60/min, 10/s or "
                                 "1000/hour") from None


def _internal(exc: Exception, codes: Mapping[str, str]) -> Problem:
    """A 500 for a failure of the sandbox itself, logged with its traceback."""
    logger.error("the sandbox failed to answer", exc_info=exc)
    return Problem(500, "The sandbox failed to answer this request.",
                   [f"{type(exc).__name__}: {exc}"], code=codes.get("internal", ""))


def _rate_limited(window: Window, codes: Mapping[str, str]) -> Problem:
    wait = window.retry_after()
    return Problem(429, "Rate limit exceeded.", {"rate_limit": [
        f"At most {window.limit} requests per window; retry in {wait} s."]},
        {"Retry-After": str(wait)}, code=codes.get("rate_limited", ""))


def _validation_code(problems: Dict[str, List[str]], codes: Mapping[str, str]) -> str:
    """The specific validation code if every problem is of one kind, else the general one."""
    kinds = {next((kind for start, kind in VALIDATION_KINDS if text.startswith(start)),
                  "invalid")
             for texts in problems.values() for text in texts}
    kind = kinds.pop() if len(kinds) == 1 else "invalid"
    return codes.get(kind) or codes.get("invalid", "")


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
    """A function from a handler's records to the response data: each record cut down to the
    fields of the response schema (nested objects too), unset fields left out, then checked
    against the schema, so that the sandbox never answers what the table does not promise."""
    if spec.response is None:
        return lambda result: None
    type_ = "array" if spec.response.many else spec.response.schema
    items = spec.response.schema if spec.response.many else None
    check = wire_schema(api.schemas[spec.response.schema], api.schemas)

    def render(result: Any) -> Any:
        data = _cut(result, type_, items, api)
        try:
            for record in (data if spec.response.many else [data]):  # type: ignore[union-attr]
                if api.schemas[spec.response.schema].is_object:
                    check.load(record)
        except MarshmallowError as exc:
            raise Problem(500, f"The sandbox's answer to {spec.key} does not match "
                               f"{spec.response.schema}", flatten_messages(exc.messages),
                          code=api.error_envelope.codes.get("internal", "")) from None
        return data

    return render


def _cut(value: Any, type_: str, items: Optional[str], api: ApiSpec) -> Any:
    """``value`` with only the fields its schema declares, recursively; None fields left out."""
    if type_ == "array" and isinstance(value, list) and items in api.schemas:
        return [_cut(item, items, None, api) for item in value]
    schema = api.schemas.get(type_)
    if schema is None or not schema.is_object or not isinstance(value, dict):
        return value
    return {f.wire_name: _cut(value[f.wire_name], f.type, f.items, api) for f in schema.fields
            if value.get(f.wire_name) is not None}
