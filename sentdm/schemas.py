"""marshmallow fields and schemas built from spec objects.

Two readings of one FieldSpec:

* request fields are strict: types, ranges, lengths, enums and (optionally) formats are checked,
  and they produce the values that go on the wire (a ``uuid.UUID`` becomes its string, a
  ``datetime`` its ISO 8601 text);
* response fields are lenient: they convert what they can (a date-time becomes an aware
  ``datetime``, an object a model) and keep anything else as received, because a client must not
  fail on an API answer that a newer server or the vendor's own examples shape differently.

Request schemas are keyed by Python name; schemas for whole models are keyed by wire name.
"""

from __future__ import annotations

import datetime as dt
import functools
import textwrap
import uuid
from typing import Any, Callable, Dict, List, Mapping, NamedTuple, Optional, Tuple

from marshmallow import Schema, fields, validate
from marshmallow import ValidationError as MarshmallowError

from .spec import FieldSpec, OperationSpec, SchemaSpec

__all__ = [
    "UUID_PATTERN",
    "E164_PATTERN",
    "request_field",
    "request_schema",
    "response_field",
    "response_converter",
    "wire_schema",
    "MarshmallowError",
]

# Patterns as text, compiled (by re, once) when a schema first uses them, not at import.
# \A and \Z, not ^ and $: "$" also matches before a final newline, which would let
# "+14155552671\n" through
UUID_PATTERN = r"\A[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\Z"
E164_PATTERN = r"\A\+[0-9]{2,15}\Z"
# what http.client sends unchanged and every server reads back as sent: printable ASCII, no
# control characters, no spaces at either end (a server strips those)
HEADER_VALUE_PATTERN = r"\A(?:[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?)?\Z"

FORMAT_VALIDATORS: Dict[str, Callable[[], validate.Validator]] = {
    "uuid": lambda: validate.Regexp(UUID_PATTERN, error="Not a valid UUID."),
    "e164": lambda: validate.Regexp(
        E164_PATTERN, error="Not a valid E.164 phone number ('+' then 2 to 15 digits)."),
}

REQUIRED_MESSAGE = "Missing required parameter."


class StrictFloat(fields.Float):
    """A number that must already be a number: ``"1.5"`` is a wrong type, not a float."""

    def _validated(self, value: Any) -> float:
        if isinstance(value, (str, bytes)):
            raise self.make_error("invalid", input=value)
        return super()._validated(value)


class Text(fields.String):
    """A string that also takes a ``uuid.UUID`` (sent as its canonical text). It must be valid
    Unicode, since it travels as UTF-8; ``bytes`` are refused, not guessed at."""

    default_error_messages = {"surrogate": "Must be valid Unicode text (it has a lone surrogate)."}

    def _deserialize(self, value: Any, attr: Any, data: Any, **kwargs: Any) -> str:
        if isinstance(value, uuid.UUID):
            return str(value)
        if isinstance(value, (bytes, bytearray)):
            raise self.make_error("invalid")
        text = super()._deserialize(value, attr, data, **kwargs)
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            raise self.make_error("surrogate") from None
        return text


class DateTimeText(fields.Field):
    """A date-time parameter: an aware ``datetime`` or ISO 8601 text, sent as ISO 8601 text."""

    default_error_messages = {
        "invalid": "Not a valid ISO 8601 date-time.",
        "naive": "A date-time must carry a timezone.",
    }

    def __init__(self, check_format: bool = True, **kwargs: Any):
        self.check_format = check_format
        super().__init__(**kwargs)

    def _deserialize(self, value: Any, attr: Any, data: Any, **kwargs: Any) -> str:
        if isinstance(value, dt.datetime):
            if value.tzinfo is None:
                raise self.make_error("naive")
            return value.isoformat()
        if not isinstance(value, str):
            raise self.make_error("invalid")
        if self.check_format:
            try:
                parsed = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
            except ValueError:
                raise self.make_error("invalid") from None
            if parsed.tzinfo is None:
                raise self.make_error("naive")
        return value


class Lenient(fields.Field):
    """Wraps a response field: converts what it can and keeps anything else as received."""

    def __init__(self, inner: fields.Field, **kwargs: Any):
        self.inner = inner
        super().__init__(**kwargs)

    def _deserialize(self, value: Any, attr: Any, data: Any, **kwargs: Any) -> Any:
        try:
            return self.inner.deserialize(value)
        except MarshmallowError:
            return value


class ModelField(fields.Field):
    """A nested object, turned into a model by ``make_model(wire_dict)``."""

    default_error_messages = {"invalid": "Not an object."}

    def __init__(self, make_model: Callable[[Dict[str, Any]], Any], **kwargs: Any):
        self.make_model = make_model
        super().__init__(**kwargs)

    def _deserialize(self, value: Any, attr: Any, data: Any, **kwargs: Any) -> Any:
        if not isinstance(value, dict):
            raise self.make_error("invalid")
        return self.make_model(value)


def _constraint_validators(spec: FieldSpec) -> List[validate.Validator]:
    validators: List[validate.Validator] = []
    if spec.location == "path" and spec.type == "string":
        # a path value must stay one non-empty segment that no server or proxy can normalise away
        validators.append(validate.Length(min=1, error="Must not be empty in a URL path."))
        validators.append(validate.NoneOf((".", ".."), error="Cannot be '.' or '..' in a URL path."))
    if spec.location == "header" and spec.type == "string":
        validators.append(validate.Regexp(
            HEADER_VALUE_PATTERN, error="Must be printable ASCII (no line breaks or control "
                                        "characters, no spaces at either end)."))
    if spec.minimum is not None or spec.maximum is not None:
        validators.append(validate.Range(min=spec.minimum, max=spec.maximum))
    if spec.min_length is not None or spec.max_length is not None:
        validators.append(validate.Length(min=spec.min_length, max=spec.max_length))
    if spec.enum is not None:
        validators.append(validate.OneOf(spec.enum))
    if spec.pattern is not None:
        validators.append(validate.Regexp(spec.pattern, error="Must match {regex}."))
    return validators


def _typed_field(type_: str, items: Optional[str], *, check_formats: bool, fmt: Optional[str],
                 schemas: Mapping[str, SchemaSpec], python_keys: bool = False,
                 **kwargs: Any) -> fields.Field:
    """The strict marshmallow field for one type name (recursing into arrays and schemas); with
    ``python_keys``, objects inside are read by their fields' Python names."""
    if type_ == "string":
        if fmt == "date-time":
            return DateTimeText(check_format=check_formats, **kwargs)
        if fmt in FORMAT_VALIDATORS and check_formats:
            kwargs["validate"] = [*kwargs.get("validate", []), FORMAT_VALIDATORS[fmt]()]
        return Text(**kwargs)
    if type_ == "integer":
        return fields.Integer(strict=True, **kwargs)
    if type_ == "number":
        return StrictFloat(allow_nan=False, **kwargs)
    if type_ == "boolean":
        return fields.Boolean(truthy={True}, falsy={False}, **kwargs)
    if type_ == "array":
        inner = _typed_field(items or "object", None, check_formats=check_formats, fmt=fmt,
                             schemas=schemas, python_keys=python_keys)
        return fields.List(inner, **kwargs)
    if type_ == "object":
        return fields.Dict(**kwargs)
    # built when first used: a schema may contain itself (an event type's sub-types)
    return fields.Nested(lambda: wire_schema(schemas[type_], schemas, check_formats=check_formats,
                                             python_keys=python_keys), **kwargs)


def request_field(spec: FieldSpec, schemas: Mapping[str, SchemaSpec], *,
                  check_formats: bool = True, data_key: Optional[str] = None,
                  python_keys: bool = False) -> fields.Field:
    """The strict field that validates one parameter or request-body field."""
    return _typed_field(
        spec.type, spec.items, check_formats=check_formats, fmt=spec.format, schemas=schemas,
        python_keys=python_keys, required=spec.required, validate=_constraint_validators(spec), data_key=data_key,
        error_messages={"required": REQUIRED_MESSAGE, "null": "Must not be None."},
    )


def request_schema(op: OperationSpec, schemas: Mapping[str, SchemaSpec], *,
                   check_formats: bool = True, by_wire_name: bool = False) -> Schema:
    """A schema validating an operation's parameters, keyed by Python name (the client's
    keyword arguments, and the fields of objects inside them, as a caller writes them) or,
    ``by_wire_name``, as they arrive on the wire (the sandbox)."""
    declared = {(p.wire_name if by_wire_name else p.python_name):
                request_field(p, schemas, check_formats=check_formats,
                              python_keys=not by_wire_name) for p in op.params}
    return Schema.from_dict(declared, name=f"{op.key}.request")()


def wire_schema(spec: SchemaSpec, schemas: Mapping[str, SchemaSpec], *,
                check_formats: bool = True, python_keys: bool = False) -> Schema:
    """A strict schema for a whole object in its wire form (wire names); unknown keys allowed.

    Used where data must be checked against what the table promises, such as canned answers.
    With ``python_keys`` it reads the object as a caller writes it, by its fields' Python names
    (``multi_channel`` for ``multiChannel``, as keyword arguments are named), and still produces
    the wire form.
    """
    declared = {f.wire_name: request_field(f, schemas, check_formats=check_formats,
                                           data_key=f.python_name if python_keys else None,
                                           python_keys=python_keys)
                for f in spec.fields}
    return Schema.from_dict(declared, name=spec.name)(unknown="include")


def response_field(spec: FieldSpec, model_for: Callable[[str], Callable[[Dict[str, Any]], Any]]
                   ) -> Optional[fields.Field]:
    """The lenient field that turns one wire value of a response into its Python value, or
    ``None`` where the wire value already is the Python value (strings, numbers, booleans)."""
    if spec.type in ("string", "integer", "number", "boolean", "object") and spec.format != "date-time":
        return None
    return Lenient(_response_inner(spec.type, spec.items, spec.format, model_for))


def _response_inner(type_: str, items: Optional[str], fmt: Optional[str],
                    model_for: Callable[[str], Callable[[Dict[str, Any]], Any]]) -> fields.Field:
    if type_ == "string" and fmt == "date-time":
        return fields.AwareDateTime(default_timezone=dt.timezone.utc)
    if type_ == "array":
        return fields.List(Lenient(_response_inner(items or "object", None, None, model_for)))
    if type_ in ("string", "integer", "number", "boolean", "object"):
        return fields.Raw()
    return ModelField(model_for(type_))


def response_converter(field: fields.Field) -> Callable[[Any], Any]:
    """A plain function doing what the lenient response ``field`` does to a wire value that is
    not None, worked out once from the field rather than on every value.

    ``field.deserialize`` checks for missing and None values, runs hooks and builds a validator
    chain on every call; a model reads many values, so the converters do the field's own
    conversion (its date-time parser, its item field, its model) and nothing else. Like the
    field, a converter keeps a value it cannot convert as received. Fields of kinds not known
    here fall back to ``field.deserialize``.
    """
    inner = field.inner if isinstance(field, Lenient) else field
    if type(inner) is fields.Raw:
        return _as_received
    if type(inner) in (fields.DateTime, fields.AwareDateTime) and not _has_hooks(inner):
        parse = inner.DESERIALIZATION_FUNCS.get(inner.format or inner.DEFAULT_FORMAT)
        if parse is not None:
            return _date_time_converter(parse, getattr(inner, "default_timezone", None),
                                        aware=type(inner) is fields.AwareDateTime)
    if isinstance(inner, fields.List) and isinstance(inner.inner, Lenient) and not _has_hooks(inner):
        convert_item = response_converter(inner.inner)
        return lambda value: ([convert_item(item) for item in value]
                              if isinstance(value, list) else value)
    if isinstance(inner, ModelField) and not _has_hooks(inner):
        make_model = inner.make_model
        return lambda value: make_model(value) if isinstance(value, dict) else value
    return functools.partial(_deserialized_or_as_received, field)


def _has_hooks(field: fields.Field) -> bool:
    """Whether the field does more than convert (validators, pre/post-load functions; the
    latter exist from marshmallow 4.1, the last release for Python 3.9 being 4.0)."""
    return bool(field.validators or getattr(field, "pre_load", None)
                or getattr(field, "post_load", None))


def _as_received(value: Any) -> Any:
    return value


class Inline(NamedTuple):
    """A conversion as Python statements, for converters worth inlining: they turn ``{value}``
    (not None) into its Python value in place, naming the objects of ``names`` by ``{name}``
    placeholders. The converter function is compiled from them, and a model's generated reader
    inlines them, which saves a call per value."""

    template: str
    names: Dict[str, Any]

    def code(self, value: str, suffix: str, indent: str) -> Tuple[str, Dict[str, Any]]:
        """The statements converting the variable ``value``, indented, and the namespace they
        need (its names suffixed, so that several conversions can share one function)."""
        names = {name: f"{name}_{suffix}" for name in self.names}
        text = textwrap.indent(self.template.format(value=value, **names), indent)
        return text, {names[name]: obj for name, obj in self.names.items()}


def _date_time_converter(parse: Callable[[str], dt.datetime], default_timezone: Optional[dt.tzinfo],
                         aware: bool) -> Callable[[Any], Any]:
    """What marshmallow's DateTime/AwareDateTime does with ``parse``, kept lenient: a value that
    does not parse, or a naive one where the field needs an aware one, stays as received."""
    lines = ["try:",
             "    {value}_parsed = {parse}({value})",
             "except (TypeError, AttributeError, ValueError):",
             "    pass"]
    if not aware:
        lines += ["else:",
                  "    {value} = {value}_parsed"]
    elif default_timezone is None:
        lines += ["else:",
                  "    if {value}_parsed.tzinfo is not None:",
                  "        {value} = {value}_parsed"]
    else:  # fromisoformat's offsets are fixed: a tzinfo is never "unknown"
        lines += ["else:",
                  "    {value} = ({value}_parsed if {value}_parsed.tzinfo is not None",
                  "               else {value}_parsed.replace(tzinfo={default_timezone}))"]
    inline = Inline("\n".join(lines), {"parse": parse, "default_timezone": default_timezone})
    code, namespace = inline.code("value", "", "    ")
    exec(f"def convert(value):\n{code}\n    return value", namespace)  # noqa: S102 - no table text
    convert = namespace["convert"]
    convert.inline = inline
    return convert  # type: ignore[no-any-return]


def _deserialized_or_as_received(field: fields.Field, value: Any) -> Any:
    try:
        return field.deserialize(value)
    except MarshmallowError:
        return value
