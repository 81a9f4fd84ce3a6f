"""OpenAPI export: an endpoints table as an OpenAPI 3 document, written from the inspector's
descriptions (``python -m sentdm.openapi`` or ``sentdm openapi [--api v3]``; JSON, or YAML with
PyYAML).

Every path, method, parameter, request body, response and schema comes from the table, and so do
the ways of authenticating (``[api] auth``) and, where the API wraps its answers, the envelopes
around the data and the errors (``[api.envelope]``, ``[api.error_envelope]``).
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any, Dict, Optional, Sequence

from . import cli
from .inspection import FieldInfo, Inspector, ModelInfo, OperationInfo
from .schemas import E164_PATTERN
from .service import load_service, table_paths
from .spec import PRIMITIVE_TYPES, ApiSpec

__all__ = ["to_openapi", "dumps", "register", "main"]

OPENAPI_VERSION = "3.0.3"
#: What each entry of ``[api.error_envelope]`` holds.
ERROR_FIELD_SCHEMAS = {"code": {"type": "string"}, "message": {"type": "string"},
                       "details": {"type": "object"}, "doc_url": {"type": "string"},
                       "request_id": {"type": "string"}}
#: Table formats that OpenAPI knows by name; the others become a pattern.
PATTERN_BY_FORMAT = {"e164": E164_PATTERN}
JSON = "application/json"


def to_openapi(meta: Inspector) -> Dict[str, Any]:
    """The OpenAPI document of the API that ``meta`` describes."""
    api = meta.api
    paths: Dict[str, Dict[str, Any]] = {}
    for key in meta.operation_names:
        info = meta.describe(key)
        paths.setdefault(info.path, {})[info.method.lower()] = _operation(info, api)
    schemes = _security_schemes(api)
    return {
        "openapi": OPENAPI_VERSION,
        "info": {"title": api.title, "version": api.version, "description": api.description},
        "servers": [{"url": api.base_url}],
        "tags": [{"name": name, "description": resource.description}
                 for name, resource in sorted(api.resources.items())],
        "paths": paths,
        "components": {
            "securitySchemes": schemes,
            "schemas": {name: _schema(meta.describe_model(name)) for name in meta.schema_names},
        },
        "security": [{name: []} for name in schemes],
    }


def _security_schemes(api: ApiSpec) -> Dict[str, Any]:
    """How the client authenticates, as ``[api] auth`` says: the API key header, and a bearer
    token where the API takes one."""
    schemes: Dict[str, Any] = {
        "ApiKey": {"type": "apiKey", "name": api.auth.api_key_header, "in": "header"}}
    if api.auth.bearer:
        schemes["BearerAuth"] = {"type": "http", "scheme": "bearer"}
    return schemes


def _nested(paths: Dict[str, Dict[str, Any]]) -> Dict[str, Any]:
    """An object schema holding each schema at its dotted path (``error.code``)."""
    root: Dict[str, Any] = {"type": "object", "properties": {}}
    for path, schema in paths.items():
        node = root
        *parents, last = path.split(".")
        for part in parents:
            node = node["properties"].setdefault(part, {"type": "object", "properties": {}})
        node["properties"][last] = schema
    return root


def _success_schema(api: ApiSpec, data: Optional[Dict[str, Any]]) -> Optional[Dict[str, Any]]:
    """The body of a successful answer: the data itself, or the envelope holding it."""
    if api.envelope is None:
        return data
    paths = {api.envelope.data: data or {"nullable": True}}
    if api.envelope.meta:
        paths[api.envelope.meta] = {"type": "object"}
    return _nested(paths)


def _error_schema(api: ApiSpec) -> Optional[Dict[str, Any]]:
    """The body of an error answer, where the table declares its envelope."""
    envelope = api.error_envelope
    paths = {getattr(envelope, name): schema for name, schema in ERROR_FIELD_SCHEMAS.items()
             if getattr(envelope, name) is not None}
    return _nested(paths) if paths else None


def _operation(info: OperationInfo, api: ApiSpec) -> Dict[str, Any]:
    operation: Dict[str, Any] = {
        "tags": [info.resource],
        "summary": info.summary,
        "operationId": info.operation_id or info.key,
        "description": info.description,
        "x-sentdm-method": info.key,
    }
    parameters = [_parameter(p) for p in info.parameters_in("path", "query", "header")]
    if parameters:
        operation["parameters"] = parameters
    if info.body is not None:
        operation["requestBody"] = {
            "description": info.body.description,
            "required": True,
            "content": {JSON: {"schema": _ref(info.body.schema)}},
        }
    data = None
    if info.response is not None:
        schema = _ref(info.response.schema)
        data = {"type": "array", "items": schema} if info.response.many else schema
    body = _success_schema(api, data)
    success: Dict[str, Any] = {"description": "Success, with no body"}
    if body is not None:
        described = info.response.description if info.response else ""
        success = {"description": described or "Success", "content": {JSON: {"schema": body}}}
    operation["responses"] = {"200": success}
    error_body = _error_schema(api)
    for error in info.errors:
        response: Dict[str, Any] = {"description": error.description or error.exception}
        if error.schema:
            response["content"] = {JSON: {"schema": _ref(error.schema)}}
        elif error_body is not None:
            response["content"] = {JSON: {"schema": error_body}}
        operation["responses"][str(error.status)] = response
    return operation


def _parameter(field: FieldInfo) -> Dict[str, Any]:
    parameter = {"name": field.wire_name, "in": field.location, "description": field.description,
                 "required": field.required or field.location == "path",
                 "schema": _field_schema(field)}
    return {key: value for key, value in parameter.items() if value != ""}


def _schema(model: ModelInfo) -> Dict[str, Any]:
    schema: Dict[str, Any] = {"description": model.description} if model.description else {}
    if model.type != "object":
        return {**schema, **_type_schema(model.type, model.items)}
    own = _object(model.own_fields)
    if not model.all_of:
        return {**schema, **own}
    return {**schema, "type": "object",
            "allOf": [_ref(base) for base in model.all_of] + ([own] if own["properties"] else [])}


def _object(fields: Sequence[FieldInfo]) -> Dict[str, Any]:
    schema: Dict[str, Any] = {"type": "object",
                              "properties": {f.wire_name: _field_schema(f) for f in fields}}
    required = [f.wire_name for f in fields if f.required]
    if required:
        schema["required"] = required
    return schema


def _field_schema(field: FieldInfo) -> Dict[str, Any]:
    schema = _type_schema(field.type, field.items)
    extra: Dict[str, Any] = {}
    for key, value in field.constraints.items():
        if key == "format" and value in PATTERN_BY_FORMAT:
            extra["pattern"] = PATTERN_BY_FORMAT[value]
        else:
            extra[key] = value
    if field.default is not None:
        extra["default"] = field.default
    if field.description and field.location is None:
        extra["description"] = field.description
    if field.type == "array":  # a format checks each item
        schema = {**schema, "items": {**schema["items"], **{
            key: extra.pop(key) for key in ("format", "pattern") if key in extra}}}
    if "$ref" in schema and extra:  # a $ref takes no siblings in OpenAPI 3.0
        return {"allOf": [schema], **extra}
    return {**schema, **extra}


def _type_schema(type_: str, items: Optional[str]) -> Dict[str, Any]:
    if type_ == "array":
        return {"type": "array", "items": _type_schema(items or "object", None)}
    if type_ in PRIMITIVE_TYPES:
        return {"type": type_}
    return _ref(type_)


def _ref(schema: str) -> Dict[str, Any]:
    return {"$ref": f"#/components/schemas/{schema}"}


def dumps(document: Dict[str, Any], fmt: str = "json") -> str:
    """The document as JSON or YAML text (YAML needs PyYAML)."""
    if fmt == "json":
        return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
    try:
        import yaml
    except ImportError:
        raise SystemExit("YAML output needs PyYAML (pip install pyyaml); or use --format json")
    return str(yaml.safe_dump(document, sort_keys=False, allow_unicode=True, width=100))


def _run(args: argparse.Namespace) -> int:
    fmt = args.format or ("yaml" if (args.output or "").endswith((".yaml", ".yml")) else "json")
    service = load_service(table_paths(args.endpoints, environ={}, api=getattr(args, "api", None)))
    text = dumps(to_openapi(service.meta), fmt)
    if args.output:
        with open(args.output, "w", encoding="utf-8") as handle:
            handle.write(text)
    else:
        sys.stdout.write(text)
    return 0


def register(subparsers: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    parser = subparsers.add_parser(
        "openapi", help="write the endpoints table as an OpenAPI 3 document",
        description=__doc__.split("\n\n")[0])
    parser.add_argument("-o", "--output", help="file to write (default: standard output)")
    parser.add_argument("--format", choices=("json", "yaml"),
                        help="json (default) or yaml (default for a .yaml/.yml output)")
    cli.add_endpoints_argument(parser)
    cli.add_api_argument(parser)
    parser.set_defaults(func=_run)


def main(argv: Optional[Sequence[str]] = None) -> int:
    """``python -m sentdm.openapi ...``: the same as ``sentdm openapi ...``."""
    return cli.main(["openapi", *(sys.argv[1:] if argv is None else argv)])


if __name__ == "__main__":
    sys.exit(main())
