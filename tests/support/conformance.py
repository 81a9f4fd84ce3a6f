"""Does a request that reached the test server conform to the table, and carry what the call was
given? An oracle written from the table's rules (where each parameter travels, types, formats,
ranges, lengths, enums) and RFC 3986 encoding, independent of the client's marshmallow schemas.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import uuid
from typing import Any, Dict, List, Mapping
from urllib.parse import unquote

from sentdm.spec import ApiSpec, FieldSpec, OperationSpec

FORMATS = {
    "uuid": re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"),
    "e164": re.compile(r"\+[0-9]{2,15}"),
}
# what may appear raw in an encoded path segment or query value: unreserved characters and
# percent-escapes (RFC 3986 section 2)
ENCODED = re.compile(r"(?:[A-Za-z0-9\-._~]|%[0-9A-F]{2})*")
PRIMITIVE = {"string": str, "integer": int, "number": (int, float), "boolean": bool,
             "array": list, "object": dict}


def expected_wire(value: Any) -> Any:
    """What a Python argument should look like once decoded from the wire."""
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [expected_wire(item) for item in value]
    return value


def problems(op: OperationSpec, api: ApiSpec, received: Any, given: Mapping[str, Any],
             check_formats: bool = True) -> List[str]:
    """Every way in which ``received`` breaks the table or differs from ``given``; [] if none."""
    found: List[str] = []
    given = {name: value for name, value in given.items() if value is not None}
    if received.method != op.method:
        found.append(f"method {received.method} instead of {op.method}")
    path, _, query = received.target.partition("?")
    wire: Dict[str, Any] = {}
    wire.update(_path_values(op, path, found))
    wire.update(_query_values(op, query, found))
    headers = {name.lower(): value for name, value in received.headers.items()}
    for param in op.params:
        if param.location == "header" and param.wire_name.lower() in headers:
            wire[param.wire_name] = headers[param.wire_name.lower()]
    wire.update(_body_values(op, received, found))
    for param in op.params:
        if param.wire_name not in wire:
            if param.python_name in given:
                found.append(f"{param.python_name} was given but not sent")
            continue
        value = wire[param.wire_name]
        found += [f"{param.python_name}: {p}" for p in _check(param, value, api, check_formats)]
        if param.python_name not in given:
            found.append(f"{param.python_name} was sent but not given")
        elif value != expected_wire(given[param.python_name]):
            found.append(f"{param.python_name}: sent {value!r}, "
                         f"given {given[param.python_name]!r}")
    return found


def _path_values(op: OperationSpec, path: str, found: List[str]) -> Dict[str, Any]:
    template = op.uri.split("{?")[0]
    names = re.findall(r"\{([^}]+)\}", template)
    pattern = "([^/]*)".join(re.escape(literal) for literal in re.split(r"\{[^}]+\}", template))
    match = re.fullmatch(pattern, path)
    if match is None:
        found.append(f"path {path!r} does not match {template!r}")
        return {}
    values = {}
    for name, raw in zip(names, match.groups()):
        param = next(p for p in op.params if p.wire_name == name)
        values[name] = _decode_text(param, raw, found)
    return values


def _query_values(op: OperationSpec, query: str, found: List[str]) -> Dict[str, Any]:
    declared = {p.wire_name: p for p in op.params if p.location == "query"}
    values: Dict[str, Any] = {}
    for pair in query.split("&") if query else []:
        raw_name, equals, raw = pair.partition("=")
        name = unquote(raw_name)
        if not equals or name not in declared:
            found.append(f"query part {pair!r} is not a declared parameter")
        elif name in values:
            found.append(f"query parameter {name!r} sent twice")
        else:
            values[name] = _decode_text(declared[name], raw, found)
    return values


def _decode_text(param: FieldSpec, raw: str, found: List[str]) -> Any:
    """A path or query value: checked encoding, then the typed value its text stands for."""
    if not ENCODED.fullmatch(raw):
        found.append(f"{param.wire_name}: {raw!r} is not percent-encoded")
    try:
        text = unquote(raw, errors="strict")
    except UnicodeDecodeError:
        found.append(f"{param.wire_name}: {raw!r} is not UTF-8")
        return raw
    if param.type == "boolean":
        return {"true": True, "false": False}.get(text, text)
    if param.type == "integer" and re.fullmatch(r"-?[0-9]+", text):
        return int(text)
    if param.type not in ("string", "integer"):
        raise NotImplementedError(f"decoding {param.type} from a URI")
    return text


def _body_values(op: OperationSpec, received: Any, found: List[str]) -> Dict[str, Any]:
    if op.body_schema is None:
        if received.body:
            found.append("a body was sent to an operation that takes none")
        return {}
    content_type = {k.lower(): v for k, v in received.headers.items()}.get("content-type")
    if content_type != "application/json":
        found.append(f"Content-Type {content_type!r}")
    try:
        body = json.loads(received.body, parse_constant=_reject_constant)
    except ValueError as exc:
        found.append(f"body is not strict JSON: {exc}")
        return {}
    if op.scalar_body:
        return {"body": body}
    if not isinstance(body, dict):
        found.append(f"body is {type(body).__name__}, not an object")
        return {}
    declared = {p.wire_name for p in op.params if p.location == "body"}
    found += [f"body field {name!r} is not declared" for name in body if name not in declared]
    return body


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _check(spec: FieldSpec, value: Any, api: ApiSpec, check_formats: bool) -> List[str]:
    """Where a value breaks its field's rules (type, format, range, length, enum)."""
    if spec.type in api.schemas:
        return _check_object(api.schemas[spec.type].fields, value, api, check_formats)
    expected = PRIMITIVE[spec.type]
    if not isinstance(value, expected) or (spec.type != "boolean" and isinstance(value, bool)):
        return [f"{value!r} is not of type {spec.type}"]
    found = []
    if spec.type == "string" and not _is_unicode(value):
        found.append(f"{value!r} is not valid Unicode")
    if spec.type == "array":
        item = FieldSpec("item", "item", spec.items or "object")
        found += [p for v in value for p in _check(item, v, api, check_formats)]
    if spec.format in FORMATS and check_formats and not FORMATS[spec.format].fullmatch(value):
        found.append(f"{value!r} is not a {spec.format}")
    if spec.format == "date-time" and check_formats and not _is_aware_datetime(value):
        found.append(f"{value!r} is not a date-time with a timezone")
    if spec.location == "path" and value in ("", ".", ".."):
        found.append(f"{value!r} cannot be a path segment")
    if spec.enum is not None and value not in spec.enum:
        found.append(f"{value!r} is not one of {spec.enum}")
    if spec.minimum is not None and value < spec.minimum:
        found.append(f"{value!r} < {spec.minimum}")
    if spec.maximum is not None and value > spec.maximum:
        found.append(f"{value!r} > {spec.maximum}")
    if spec.min_length is not None and len(value) < spec.min_length:
        found.append(f"{value!r} is shorter than {spec.min_length}")
    if spec.max_length is not None and len(value) > spec.max_length:
        found.append(f"{value!r} is longer than {spec.max_length}")
    return found


def _check_object(fields: Any, value: Any, api: ApiSpec, check_formats: bool) -> List[str]:
    if not isinstance(value, dict):
        return [f"{value!r} is not an object"]
    found = [f"missing {f.wire_name}" for f in fields if f.required and f.wire_name not in value]
    for f in fields:
        if f.wire_name in value:
            found += _check(f, value[f.wire_name], api, check_formats)
    return found


def _is_aware_datetime(text: str) -> bool:
    try:
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).tzinfo is not None
    except ValueError:
        return False



def _is_unicode(text: str) -> bool:
    try:
        text.encode("utf-8")
        return True
    except UnicodeEncodeError:
        return False
