"""Inspection: what an API offers, described from its spec objects for people and for tools.

This is the one place that reads a checked table for describing: the listing of operations, the
structured description of an operation or a model, the Python types of parameters, attributes
and results, the method signatures and the ``help()`` texts. The docs' API reference, the type
stubs and the OpenAPI export read these descriptions rather than walking the spec themselves::

    >>> client.meta.operations[0]
    OperationSummary(key='contact.get_contact_by_id', method='GET', ...)
    >>> print(client.meta.describe("customers.get_all_customers"))
    >>> client.meta.describe_model("Customer").fields[0].python_type
    'Optional[str]'
"""

from __future__ import annotations

import datetime as dt
import inspect
import uuid
from typing import (Any, Dict, List, Mapping, NamedTuple, Optional, Tuple, Union, get_args,
                    get_origin)

from .errors import status_error_class
from .operations import ApiResponse, return_annotation
from .spec import ApiSpec, FieldSpec, OperationSpec, SchemaSpec, did_you_mean

__all__ = [
    "Inspector",
    "OperationSummary",
    "OperationInfo",
    "ModelInfo",
    "FieldInfo",
    "BodyInfo",
    "ResponseInfo",
    "ErrorInfo",
    "type_text",
]

JsonObject = Dict[str, Any]

#: Python types of the table's primitive types.
PRIMITIVE_PYTHON_TYPES: Dict[str, Any] = {
    "string": str, "integer": int, "number": float, "boolean": bool, "object": JsonObject,
}
#: What a string of a format accepts as an argument (the request fields convert these) ...
ACCEPTED_FORMAT_TYPES: Dict[str, Any] = {
    "uuid": Union[str, uuid.UUID], "date-time": Union[str, dt.datetime],
}
#: ... and what it is when read from a response model.
RETURNED_FORMAT_TYPES: Dict[str, Any] = {"date-time": dt.datetime}

#: Example argument values for usage examples, by format.
EXAMPLE_BY_FORMAT = {
    "uuid": "550e8400-e29b-41d4-a716-446655440000",
    "e164": "+14155552671",
    "date-time": "2024-01-01T12:00:00Z",
}


def type_text(annotation: Any) -> str:
    """An annotation as source text, as the stubs and docs spell it: ``Optional[List[Customer]]``."""
    if annotation is None or annotation is type(None):
        return "None"
    if annotation is Any:
        return "Any"
    origin, args = get_origin(annotation), get_args(annotation)
    if origin is Union:
        present = [arg for arg in args if arg is not type(None)]
        inner = (type_text(present[0]) if len(present) == 1
                 else f"Union[{', '.join(type_text(arg) for arg in present)}]")
        return f"Optional[{inner}]" if len(present) < len(args) else inner
    if origin is not None:
        name = {list: "List", dict: "Dict"}.get(origin, getattr(origin, "__name__", str(origin)))
        return f"{name}[{', '.join(type_text(arg) for arg in args)}]"
    return getattr(annotation, "__name__", str(annotation))


def _plain(value: Any) -> Any:
    """A description as plain data: named tuples become dicts, all the way down."""
    if hasattr(value, "_asdict"):
        return {key: _plain(item) for key, item in value._asdict().items()}
    if isinstance(value, tuple):
        return tuple(_plain(item) for item in value)
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    return value


class OperationSummary(NamedTuple):
    """One line of the operation listing."""

    key: str
    method: str
    uri: str
    summary: str

    def __str__(self) -> str:
        return f"{self.key}  {self.method} {self.uri}  {self.summary}"


class FieldInfo(NamedTuple):
    """A parameter of an operation (``location`` set) or a field of a model (``location`` None).

    ``type``/``items`` are the table's type names; ``python_type`` is the annotation text used
    by the signature and the stubs. ``inherited_from`` names the ``all_of`` base that declares a
    model field.
    """

    python_name: str
    wire_name: str
    location: Optional[str]
    type: str
    items: Optional[str]
    python_type: str
    required: bool
    constraints: Dict[str, Any]
    description: str
    secret: bool = False
    default: Any = None
    inherited_from: Optional[str] = None

    def facts(self) -> str:
        """``int, required, query 'pageSize', minimum=1``: the short form used in help texts."""
        parts = [self.python_type, "required" if self.required else "optional"]
        if self.location:
            parts.append(f"{self.location} {self.wire_name!r}")
        elif self.wire_name != self.python_name:
            parts.append(f"wire {self.wire_name!r}")
        parts += [f"{key}={value}" for key, value in self.constraints.items()]
        if self.secret:
            parts.append("secret")
        return ", ".join(parts)


class BodyInfo(NamedTuple):
    """The JSON request body: a schema whose fields are the ``body`` parameters, or, when
    ``scalar``, one value passed as ``body=``."""

    schema: str
    description: str
    scalar: bool


class ResponseInfo(NamedTuple):
    """What a successful call returns: ``schema`` (one, or a list with ``many``) with the
    schema's description and fields (the model's attributes)."""

    schema: str
    many: bool
    python_type: str
    description: str
    fields: Tuple[FieldInfo, ...]


class ErrorInfo(NamedTuple):
    status: int
    description: str
    schema: Optional[str]
    exception: str


class OperationInfo(NamedTuple):
    """Everything the table says about one operation, in Python terms and wire terms.

    ``str(info)`` is the operation's help text (its docstring).
    """

    key: str
    resource: str
    name: str
    method: str
    uri: str
    path: str
    operation_id: str
    summary: str
    description: str
    idempotent: bool
    parameters: Tuple[FieldInfo, ...]
    body: Optional[BodyInfo]
    response: Optional[ResponseInfo]
    errors: Tuple[ErrorInfo, ...]
    pagination: Optional[Dict[str, str]]
    returns: str
    example: str
    source: str
    positional: Tuple[str, ...] = ()
    idempotency_honoured: bool = False

    def to_dict(self) -> Dict[str, Any]:
        return _plain(self)

    def parameters_in(self, *locations: str) -> Tuple[FieldInfo, ...]:
        return tuple(p for p in self.parameters if p.location in locations)

    def __str__(self) -> str:
        return self.help_text()

    def help_text(self, raw: bool = False) -> str:
        """The docstring of the method (``raw``: of its ``_with_http_info`` twin)."""
        lines = [self.summary or self.name, ""]
        if self.description:
            lines += [self.description, ""]
        if self.parameters:
            lines.append("Args:")
            lines += [f"    {p.python_name} ({p.facts()}): {p.description}" for p in self.parameters]
            lines.append("")
        if self.body is not None:
            kind = "a JSON value passed as body=" if self.body.scalar else "the body parameters"
            lines += ["Request body:", f"    {self.body.schema} ({kind}): {self.body.description}",
                      ""]
        returns = f"ApiResponse[{self.returns}]" if raw else self.returns
        lines.append("Returns:")
        if self.response is None:
            lines.append(f"    {returns}: nothing (the answer has no body)")
        else:
            what = "a list of " if self.response.many else ""
            via = (": .data, .status_code, .headers, .response, .meta, .request_id, "
                   ".rate_limit, .replayed, .idempotency_key; .data is" if raw else ":")
            lines.append(f"    {returns}{via} {what}{self.response.schema}: "
                         f"{self.response.description}")
            lines += [f"        .{f.python_name} ({f.python_type})" for f in self.response.fields]
        lines.append("")
        lines.append("Raises:")
        lines.append("    sentdm.ValidationError: bad arguments (nothing is sent).")
        lines += [f"    sentdm.{e.exception}: HTTP {e.status}: {e.description}"
                  + (f" (body: {e.schema})" if e.schema else "") for e in self.errors]
        lines.append("")
        if self.pagination:
            where = (f" The items are .{self.pagination['items']} of the result."
                     if self.pagination.get("items") else "")
            lines += [f"Pagination: {self.pagination['page']} is the page number, "
                      f"{self.pagination['page_size']} the page size.{where}", ""]
        if self.positional:
            lines += [f"Positional: {', '.join(self.positional)} may also be passed by "
                      "position, in this order.", ""]
        lines.append(f"Endpoint: {self.method} {self.uri}")
        lines += ["", "Example:", *(f"    {line}" for line in self.example.splitlines())]
        return "\n".join(lines)


class ModelInfo(NamedTuple):
    """A schema of the table: its fields (inherited ones included) or, for a scalar or array
    schema such as a JSON-string body, its ``type`` and ``items``."""

    name: str
    type: str
    description: str
    all_of: Tuple[str, ...]
    items: Optional[str]
    fields: Tuple[FieldInfo, ...]

    @property
    def own_fields(self) -> Tuple[FieldInfo, ...]:
        """The fields this schema declares itself (not through ``all_of``)."""
        return tuple(f for f in self.fields if f.inherited_from is None)

    def to_dict(self) -> Dict[str, Any]:
        return _plain(self)

    def __str__(self) -> str:
        lines = [self.name + (f"({', '.join(self.all_of)})" if self.all_of else ""), ""]
        if self.description:
            lines += [self.description, ""]
        if self.fields:
            lines.append("Attributes:")
            lines += [f"    {f.python_name} ({f.facts()}): {f.description}" for f in self.fields]
        else:
            lines.append(f"A JSON {self.type}" + (f" of {self.items}" if self.items else "") + ".")
        return "\n".join(lines)


class Inspector:
    """Describes one API (a checked spec and the models built from it).

    Reachable as ``sentdm.meta`` (the built-in table) and ``client.meta`` (the tables the client
    was made with, extensions included).
    """

    def __init__(self, api: ApiSpec, models: Mapping[str, type]):
        self.api = api
        self.models = models
        self._described: Dict[str, OperationInfo] = {}

    def __repr__(self) -> str:
        return f"<Inspector {self.api.title} {self.api.version}: {len(self.api.operations)} operations>"

    # ---- listings

    @property
    def operations(self) -> Tuple[OperationSummary, ...]:
        """Every operation: ``resource.operation``, method, URI template and summary."""
        return tuple(OperationSummary(op.key, op.method, op.uri, op.summary)
                     for op in self.api.operations)

    @property
    def operation_names(self) -> Tuple[str, ...]:
        return tuple(op.key for op in self.api.operations)

    @property
    def resource_names(self) -> Tuple[str, ...]:
        return tuple(sorted(self.api.resources))

    @property
    def schema_names(self) -> Tuple[str, ...]:
        return tuple(self.api.schemas)

    def listing(self) -> str:
        """The operation listing as an aligned text table."""
        rows = [(s.key, s.method, s.uri, s.summary) for s in self.operations]
        widths = [max(len(row[col]) for row in rows) for col in range(3)]
        return "\n".join(f"{key:<{widths[0]}}  {method:<{widths[1]}}  {uri:<{widths[2]}}  {summary}"
                         for key, method, uri, summary in rows)

    # ---- descriptions

    def operation_spec(self, key: str) -> OperationSpec:
        """The spec of ``resource.operation``; an unknown key is a LookupError with a hint."""
        try:
            return self.api.operation(key)
        except LookupError:
            raise LookupError(f"no operation {key!r}{did_you_mean(key, self.operation_names)}"
                              ) from None

    def describe(self, key: str) -> OperationInfo:
        """The structured description of ``resource.operation`` (made once, then kept)."""
        if key in self._described:
            return self._described[key]
        op = self.operation_spec(key)
        response = None
        if op.response is not None:
            model = self.describe_model(op.response.schema)
            response = ResponseInfo(op.response.schema, op.response.many,
                                    type_text(self.return_type(op)), model.description,
                                    model.fields)
        body = None
        if op.body_schema is not None:
            body = BodyInfo(op.body_schema, op.body_description or
                            self.api.schemas[op.body_schema].description, op.scalar_body)
        info = self._described[key] = OperationInfo(
            key=op.key, resource=op.resource, name=op.name, method=op.method, uri=op.uri,
            path=op.uri.split("{?", 1)[0], operation_id=op.operation_id, summary=op.summary,
            description=op.description, idempotent=op.idempotent,
            parameters=tuple(self._field_info(p, self.param_type(p))
                             for p in self.ordered_params(op)),
            body=body, response=response,
            errors=tuple(ErrorInfo(e.status, e.description, e.schema,
                                   status_error_class(e.status).__name__) for e in op.errors),
            pagination=({key: value for key, value in op.pagination._asdict().items()
                         if value is not None} if op.pagination else None),
            returns=type_text(self.return_type(op)),
            example=self.example(op),
            source=op.source,
            positional=op.positional,
            idempotency_honoured=op.idempotency_honoured,
        )
        return info

    def describe_model(self, name: str) -> ModelInfo:
        """The structured description of the schema (model) ``name``."""
        if name not in self.api.schemas:
            raise LookupError(f"no schema {name!r}{did_you_mean(name, self.api.schemas)}")
        schema = self.api.schemas[name]
        declared_by = self._declaring_schemas(schema)
        return ModelInfo(
            name=schema.name, type=schema.type, description=schema.description,
            all_of=schema.all_of, items=schema.items,
            fields=tuple(self._field_info(f, self.attribute_type(f),
                                          declared_by.get(f.wire_name)) for f in schema.fields),
        )

    def _declaring_schemas(self, schema: SchemaSpec) -> Dict[str, str]:
        """Wire name -> the ``all_of`` base a field comes from (own fields are left out)."""
        inherited: Dict[str, str] = {}
        for base in schema.all_of:
            for field in self.api.schemas[base].fields:
                inherited[field.wire_name] = self._declaring_schemas(self.api.schemas[base]).get(
                    field.wire_name, base)
        return inherited

    def _field_info(self, field: FieldSpec, annotation: Any,
                    inherited_from: Optional[str] = None) -> FieldInfo:
        return FieldInfo(
            python_name=field.python_name, wire_name=field.wire_name, location=field.location,
            type=field.type, items=field.items, python_type=type_text(annotation),
            required=field.required, constraints=field.constraints,
            description=field.description, secret=field.secret, default=field.default,
            inherited_from=inherited_from,
        )

    # ---- Python types (shared by the runtime signatures and the stubs)

    def python_type(self, type_: str, items: Optional[str], fmt: Optional[str], *,
                    accepted: bool) -> Any:
        """The Python type of a table type: what a call ``accepted`` as an argument, else what a
        model attribute returns. A schema is a model when returned, a wire-named dict when given."""
        if type_ == "array":
            return List[self.python_type(items or "object", None, fmt,  # type: ignore[misc]
                                         accepted=accepted)]
        if type_ == "string" and fmt:
            by_format = ACCEPTED_FORMAT_TYPES if accepted else RETURNED_FORMAT_TYPES
            if fmt in by_format:
                return by_format[fmt]
        if type_ in PRIMITIVE_PYTHON_TYPES:
            return PRIMITIVE_PYTHON_TYPES[type_]
        schema = self.api.schemas[type_]
        if not schema.is_object:
            return self.python_type(schema.type, schema.items, None, accepted=accepted)
        return JsonObject if accepted else self.models[type_]

    def param_type(self, field: FieldSpec) -> Any:
        """A parameter's annotation: ``Optional`` when it may be left out."""
        annotation = self.python_type(field.type, field.items, field.format, accepted=True)
        return annotation if field.required else Optional[annotation]

    def attribute_type(self, field: FieldSpec) -> Any:
        """A model attribute's annotation: ``Optional``, since an answer may leave any field out."""
        return Optional[self.python_type(field.type, field.items, field.format, accepted=False)]

    def return_type(self, op: OperationSpec) -> Any:
        return return_annotation(op, self.models)[0]

    def signature(self, op: OperationSpec, raw: bool = False) -> inspect.Signature:
        """``(self, positional..., *, required..., optional=None...)`` with the parameters'
        annotations; the positional ones are the table's ``positional`` path parameters."""
        params = [inspect.Parameter("self", inspect.Parameter.POSITIONAL_OR_KEYWORD)]
        for field in self.ordered_params(op):
            kind = (inspect.Parameter.POSITIONAL_OR_KEYWORD if field.python_name in op.positional
                    else inspect.Parameter.KEYWORD_ONLY)
            params.append(inspect.Parameter(
                field.python_name, kind,
                default=inspect.Parameter.empty if field.required else None,
                annotation=self.param_type(field)))
        returns = self.return_type(op)
        return inspect.Signature(params, return_annotation=ApiResponse[returns] if raw  # type: ignore[valid-type]
                                 else returns)

    @staticmethod
    def ordered_params(op: OperationSpec) -> Tuple[FieldSpec, ...]:
        """The parameters in signature order: the positional ones (in their order), then the
        others (required first)."""
        positional = tuple(op.param(name) for name in op.positional)
        return positional + tuple(p for p in op.params if p.python_name not in op.positional)

    def example(self, op: OperationSpec) -> str:
        """A call of the operation with example arguments, one per line."""
        call = f"client.{op.resource}.{op.name}("
        if not op.params:
            return call + ")"
        return "\n".join([call, *(f"    {p.python_name}={self._example_value(p)!r},"
                                  for p in self.ordered_params(op)), ")"])

    def _example_value(self, field: FieldSpec) -> Any:
        if field.default is not None:
            return field.default
        if field.enum:
            return field.enum[0]
        if field.format in EXAMPLE_BY_FORMAT:
            example = EXAMPLE_BY_FORMAT[field.format]
            return [example] if field.type == "array" else example
        examples = {"integer": int(field.minimum or 1), "number": field.minimum or 1.0,
                    "boolean": True, "object": {}, "array": []}
        return examples.get(field.type, f"{field.wire_name}_example")
