"""Response models: one class per object schema of the table (``Customer``, ``Contact``, ...).

A model wraps the JSON object it came from and converts nothing until a field is read, so a page
of 100 customers costs 100 small objects, not 700 conversions nobody reads. The first read of a
declared field converts all of them at once (through converters compiled from the lenient
marshmallow fields, once per model class) into the instance's ``__dict__``, where every later read
is a plain attribute lookup: reading a whole model costs about what reading its dict by hand does.
Unknown fields are kept: ``model.extra`` has them by wire name and ``model.new_field`` reads them
by snake_case name. Models are read-only, compare by content, print with secrets masked and go
back to wire form with ``to_dict()``.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
import sys
import textwrap
import threading
from typing import (TYPE_CHECKING, Any, Callable, ClassVar, Dict, Iterable, Iterator, List,
                    Mapping, Optional, Tuple)

from marshmallow import fields

from .logs import copy_json
from .spec import SchemaSpec, did_you_mean, snake_case

__all__ = ["Model", "ModelList", "Models", "build_models"]

SECRET_MASK = "***"
#: Unknown fields whose name says they hold a credential: masked in ``repr`` like secret fields
#: (a server that echoes a key back must not have it printed); compiled by re when first used.
_SECRET_NAME = r"(?i)api.?key|token|secret|passw|authori[sz]ation|credential|cookie"
#: How deep ``repr`` shows unknown nested data; deeper levels print as ``...``.
_SHOWN_DEPTH = 8


class Field:
    """A model attribute (documented from the table). Its first read on a model converts every
    declared field of that model into the instance ``__dict__``, which later reads find first."""

    def __init__(self, name: str, wire_name: str,
                 make_field: Callable[[], Optional[fields.Field]], secret: bool, doc: str):
        self.name = name
        self.wire_name = wire_name
        self._make_field = make_field
        self.secret = secret
        self.__doc__ = doc

    @functools.cached_property
    def field(self) -> Optional[fields.Field]:
        """The lenient marshmallow field, or None where the wire value is the Python value
        (made when the model's reader is compiled)."""
        return self._make_field()

    def __get__(self, model: Optional["Model"], owner: type) -> Any:
        if model is None:
            return self
        values = owner._read(model._raw)
        _set_dict(model, values)
        return values[self.name]


def _compile(model_class: type) -> None:
    """Compiles a model class's ``_read`` and ``_made_from`` and installs them on the class.

    Both are generated Python code (as ``collections.namedtuple`` and ``dataclasses`` generate
    theirs): one dict display of ``raw.get(wire_name)`` per field, calling a converter only for
    the fields that have one, or running its statements in place where it has them
    (:class:`~sentdm.schemas.Inline`: the date-times). They read a model at the cost of
    hand-written code, which a loop over the fields does not. Wire names are written as ``repr``
    literals and Python names are checked identifiers, so the table cannot inject code.
    """
    from .schemas import response_converter  # (marshmallow fields: made when first needed)

    namespace: Dict[str, Any] = {"new": _new, "set_raw": _set_raw, "set_dict": _set_dict,
                                 "cls": model_class}
    body = ["get = raw.get"]
    entries = []
    for index, field in enumerate(model_class._fields.values()):  # type: ignore[attr-defined]
        value = f"get({field.wire_name!r})"
        if field.field is not None:
            convert = response_converter(field.field)
            inline = getattr(convert, "inline", None)
            body += [f"value_{index} = {value}", f"if value_{index} is not None:"]
            if inline is None:
                namespace[f"convert_{index}"] = convert
                body.append(f"    value_{index} = convert_{index}(value_{index})")
            else:
                code, names = inline.code(f"value_{index}", str(index), "    ")
                namespace.update(names)
                body.append(code)
            value = f"value_{index}"
        entries.append(f"{field.name!r}: {value}")
    values = f"{{{', '.join(entries)}}}"
    source = "\n".join(
        ["def read(raw):", *textwrap.indent("\n".join(body), " " * 4).splitlines(),
         f"    return {values}",
         "def made_from(items):",
         "    for raw in items:",
         "        if not isinstance(raw, dict):",
         "            yield raw",
         "            continue",
         *textwrap.indent("\n".join(body), " " * 8).splitlines(),
         "        model = new(cls)",
         "        set_raw(model, raw)",
         f"        set_dict(model, {values})",
         "        yield model"])
    exec(source, namespace)  # noqa: S102 - see the docstring
    for name, function in (("_read", namespace["read"]), ("_made_from", namespace["made_from"])):
        function.__qualname__ = f"{model_class.__name__}.{name}"
        setattr(model_class, name, staticmethod(function))  # past the instances' read-only guard


def _first_read(model_class: type, raw: Dict[str, Any]) -> Dict[str, Any]:
    """A model class's ``_read`` until its first use: compiles the real one and reads with it."""
    _compile(model_class)
    return model_class._read(raw)  # type: ignore[attr-defined, no-any-return]


def _first_made_from(model_class: type, items: Iterable[Any]) -> Iterator[Any]:
    """A model class's ``_made_from`` until its first use: compiles the real one and runs it."""
    _compile(model_class)
    return model_class._made_from(items)  # type: ignore[attr-defined, no-any-return]


class Model:
    """Base class of the generated models.

    The wire dict lives in a slot and the ``__dict__`` is made on the first read, so wrapping a
    page allocates one object per item and nothing else.
    """

    __slots__ = ("_raw", "__dict__", "__weakref__")

    _fields: ClassVar[Dict[str, Field]] = {}
    _wire_names: ClassVar[frozenset] = frozenset()
    _fields_by_wire_name: ClassVar[Dict[str, str]] = {}
    _spec: ClassVar[Optional[SchemaSpec]] = None
    #: every declared field's Python value, by Python name, from a wire dict (compiled on the
    #: class's first read: see _compile)
    _read: ClassVar[Callable[[Dict[str, Any]], Dict[str, Any]]] = classmethod(_first_read)
    #: the models of the wire dicts of an iterable, each read as it is made, and anything else
    #: in it as it is (compiled on the class's first use: see _compile)
    _made_from: ClassVar[Callable[[Iterable[Any]], Iterator[Any]]] = classmethod(
        _first_made_from)

    def __init__(self, **values: Any):
        unknown = [name for name in values if name not in self._fields]
        if unknown:
            hint = did_you_mean(unknown[0], self._fields)
            raise TypeError(f"{type(self).__name__} has no field {unknown[0]!r}{hint}")
        _set_raw(self, {self._fields[name].wire_name: _to_wire(value)
                        for name, value in values.items()})

    @classmethod
    def from_wire(cls, data: Dict[str, Any]) -> "Model":
        """Wrap a JSON object as received (wire names); nothing is converted until read."""
        model = _new(cls)
        _set_raw(model, data)
        return model

    @classmethod
    def from_wire_list(cls, items: Iterable[Dict[str, Any]]) -> "ModelList":
        """The JSON objects of a list answer as a list of models, each made when it is read
        (see :class:`ModelList`)."""
        return ModelList(cls, items)

    @property
    def extra(self) -> Dict[str, Any]:
        """Fields the table does not know (a newer API), by wire name, as received."""
        return {k: v for k, v in self._raw.items() if k not in self._wire_names}

    def to_dict(self) -> Dict[str, Any]:
        """The model in wire form (wire names, JSON values), unknown fields included."""
        return copy_json(self._raw)

    if not TYPE_CHECKING:  # hidden from type checkers, so that they flag misspelt attributes
        def __getattr__(self, name: str) -> Any:
            # only reached when no declared field matched: look among the unknown fields
            if not name.startswith("_"):
                for key, value in self._raw.items():
                    if key not in self._wire_names and snake_case(key) == name:
                        return value
            raise AttributeError(f"{type(self).__name__!r} has no field {name!r}"
                                 f"{did_you_mean(name, self._fields)}")

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"{type(self).__name__} is read-only")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"{type(self).__name__} is read-only")

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self._raw == other._raw  # type: ignore[attr-defined]

    __hash__ = None  # type: ignore[assignment]  # content-compared and dict-backed

    def __repr__(self) -> str:
        parts = []
        for name, field in self._fields.items():
            if field.wire_name in self._raw:
                value = getattr(self, name)
                parts.append(f"{name}={SECRET_MASK!r}" if field.secret and value is not None
                             else f"{name}={value!r}")
        if self.extra:
            parts.append(f"extra={_shown(self.extra, 0)!r}")
        return f"{type(self).__name__}({', '.join(parts)})"

    def __reduce__(self) -> Tuple[Callable[..., "Model"], Tuple[Any, ...]]:
        try:  # as JSON text, which pickles however deeply the data is nested
            return (_from_json, (type(self), json.dumps(self._raw)))
        except (TypeError, ValueError, RecursionError):  # values given that are not JSON
            return (_from_wire, (type(self), self._raw))


_new = object.__new__
# the slots, set past the read-only guard
_set_raw = Model._raw.__set__  # type: ignore[attr-defined]
_set_dict = Model.__dict__["__dict__"].__set__


class ModelList(list):
    """A list of models that holds the JSON objects they come from and makes each model when
    it is read.

    Iterating makes a model per item that lives as long as the caller keeps it, so reading a
    large answer item by item never has all its models alive at once (a model is an object the
    garbage collector tracks; 10,000 of them kept alive made reading every field of a 10,000-item
    answer trigger twice the collections hand-written code does). A loop is there to read, so
    each model it makes has its fields converted as it is made, in the same generated code.
    Indexing keeps the model it makes in place of its JSON object, and converts it on its first
    read as any model does: ``page[0].name`` then ``page[0].email`` converts the item once and
    ``page[0] is page[0]``.

    It is a ``list``: it compares equal to a list of the same models, takes models appended or
    assigned as they are, slices to a ModelList and pickles. A ``dict`` put in it reads as a
    model.
    """

    __slots__ = ("model",)

    def __init__(self, model: type, items: Iterable[Any] = ()):
        super().__init__(items)
        #: The model class of the items.
        self.model = model

    def _made(self, item: Any) -> Any:
        return _model_of(self.model, item) if isinstance(item, dict) else item

    def __getitem__(self, index: Any) -> Any:
        item = list.__getitem__(self, index)
        if isinstance(index, slice):
            return ModelList(self.model, item)
        if isinstance(item, dict):
            item = _model_of(self.model, item)
            list.__setitem__(self, index, item)
        return item

    def __iter__(self) -> Iterator[Any]:
        return self.model._made_from(list.__iter__(self))  # type: ignore[attr-defined, no-any-return]

    def __reversed__(self) -> Iterator[Any]:
        return self.model._made_from(list.__reversed__(self))  # type: ignore[attr-defined, no-any-return]

    def __contains__(self, value: object) -> bool:
        return any(item is value or item == value for item in self)

    def index(self, value: Any, start: int = 0, stop: int = sys.maxsize) -> int:
        for position in range(*slice(start, stop).indices(len(self))):
            item = self[position]
            if item is value or item == value:
                return position
        raise ValueError(f"{value!r} is not in list")

    def count(self, value: Any) -> int:
        return sum(1 for item in self if item is value or item == value)

    def remove(self, value: Any) -> None:
        del self[self.index(value)]

    def pop(self, index: int = -1) -> Any:
        return self._made(list.pop(self, index))

    def sort(self, *, key: Optional[Callable[[Any], Any]] = None, reverse: bool = False) -> None:
        list.__setitem__(self, slice(None), list(self))  # the models are what is sorted
        list.sort(self, key=key, reverse=reverse)

    def copy(self) -> "ModelList":
        return ModelList(self.model, list.__iter__(self))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, list):
            return NotImplemented
        return len(self) == len(other) and all(
            mine is theirs or mine == theirs for mine, theirs in zip(self, other))

    def __ne__(self, other: object) -> bool:
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    __hash__ = None  # type: ignore[assignment]

    def __add__(self, other: Any) -> "ModelList":
        if not isinstance(other, list):
            return NotImplemented
        return ModelList(self.model, [*list.__iter__(self), *other])

    def __radd__(self, other: Any) -> List[Any]:
        if not isinstance(other, list):
            return NotImplemented
        return [*other, *self]

    def __mul__(self, times: int) -> "ModelList":
        return ModelList(self.model, list.__mul__(self, times))

    __rmul__ = __mul__

    def __repr__(self) -> str:
        return repr(list(self))

    def __reduce__(self) -> Tuple[Callable[..., "ModelList"], Tuple[Any, ...]]:
        return (ModelList, (self.model, list(list.__iter__(self))))


def _model_of(cls: type, data: Dict[str, Any]) -> Model:
    """``cls.from_wire(data)`` without the method call."""
    model = _new(cls)
    _set_raw(model, data)
    return model


class _Elided:
    def __repr__(self) -> str:
        return "..."


def _shown(value: Any, depth: int) -> Any:
    """Unknown data as ``repr`` shows it: values under credential-like names (and bearer
    tokens) masked, nesting past _SHOWN_DEPTH levels elided."""
    if isinstance(value, (dict, list)) and depth >= _SHOWN_DEPTH:
        return _Elided()
    if isinstance(value, dict):
        return {key: SECRET_MASK if (isinstance(key, str) and re.search(_SECRET_NAME, key)
                                     and item is not None) else _shown(item, depth + 1)
                for key, item in value.items()}
    if isinstance(value, list):
        return [_shown(item, depth + 1) for item in value]
    if isinstance(value, str) and value[:7].lower() == "bearer ":
        return SECRET_MASK
    return value


def _from_wire(cls: type, data: Dict[str, Any]) -> Model:
    return cls.from_wire(data)  # type: ignore[attr-defined, no-any-return]


def _from_json(cls: type, text: str) -> Model:
    return _from_wire(cls, json.loads(text))


def _to_wire(value: Any) -> Any:
    """A Python value given to a model constructor, in its JSON form."""
    if isinstance(value, Model):
        return value.to_dict()
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [_to_wire(item) for item in value]
    return value


def build_models(schemas: Mapping[str, SchemaSpec], module: str = "sentdm",
                 reuse: Mapping[str, type] = {}, namespace: str = "") -> "Models":
    """One Model subclass per object schema, each built when first asked for; ``all_of``
    becomes Python inheritance.

    The classes name ``module`` as theirs, under ``namespace`` if given: the package exports the
    built-in ones there (``sentdm.Customer``), the other API versions' under their namespace
    (``sentdm.apis.v3.Template``), which is also where pickle finds them. A class in ``reuse`` is
    taken as it is where its schema, and every schema it refers to, is unchanged (an extended
    table).
    """
    return Models(schemas, module, reuse, namespace)


class Models(Mapping[str, type]):
    """The model classes of one API by schema name (object schemas only). A class is built on
    first use, with its bases: a client of a table with hundreds of schemas pays for the models
    it meets."""

    def __init__(self, schemas: Mapping[str, SchemaSpec], module: str,
                 reuse: Mapping[str, type], namespace: str):
        self.schemas = schemas
        self._module = module
        self._reuse = reuse
        self._namespace = namespace
        self._names: Optional[Tuple[str, ...]] = None  # worked out when first listed
        self._built: Dict[str, type] = {}
        self._lock = threading.RLock()  # one class per schema, even if threads race

    def __getitem__(self, name: str) -> type:
        model = self._built.get(name)
        if model is None:
            spec = self.schemas.get(name)
            if spec is None or not spec.is_object:
                raise KeyError(name)
            with self._lock:
                model = self._build(spec)
        return model

    def __iter__(self) -> Iterator[str]:
        return iter(self._object_schemas())

    def __len__(self) -> int:
        return len(self._object_schemas())

    def __contains__(self, name: object) -> bool:
        return name in self.schemas and self.schemas[name].is_object  # type: ignore[index]

    def _object_schemas(self) -> Tuple[str, ...]:
        if self._names is None:
            self._names = tuple(name for name, spec in self.schemas.items() if spec.is_object)
        return self._names

    @property
    def built(self) -> Tuple[str, ...]:
        """The names of the classes built so far."""
        return tuple(self._built)

    def _build(self, spec: SchemaSpec) -> type:
        if spec.name in self._built:
            return self._built[spec.name]
        if self._reuse and self._unchanged(spec.name):
            self._built[spec.name] = self._reuse[spec.name]
            return self._built[spec.name]
        from .schemas import response_field  # (marshmallow fields: made when first needed)

        bases = tuple(self._build(self.schemas[base]) for base in spec.all_of) or (Model,)
        attributes: Dict[str, Field] = {}
        for f in spec.fields:
            name = sys.intern(f.python_name)  # as attribute names in code are: faster lookups
            attributes[name] = Field(name, f.wire_name, functools.partial(
                response_field, f, self._model_for), f.secret, f.description)
        body: Dict[str, Any] = dict(attributes)
        body.update(
            __doc__=spec.description,
            __module__=self._module,
            __qualname__=f"{self._namespace}.{spec.name}" if self._namespace else spec.name,
            __slots__=(),
            _fields=attributes,
            _wire_names=frozenset(f.wire_name for f in spec.fields),
            _fields_by_wire_name={f.wire_name: f.python_name for f in spec.fields},
            _spec=spec,
            _read=classmethod(_first_read),  # each class compiles its own
            _made_from=classmethod(_first_made_from),
        )
        self._built[spec.name] = type(spec.name, bases, body)
        return self._built[spec.name]

    def _model_for(self, name: str) -> Callable[[Dict[str, Any]], Any]:
        return lambda data: self[name].from_wire(data)

    def _unchanged(self, name: str) -> bool:
        """Whether the ``reuse`` class of a schema fits: its spec is the same, and so is that of
        every schema it refers to, however indirectly."""
        pending, seen = [name], set()
        while pending:
            current = pending.pop()
            if current in seen:
                continue
            seen.add(current)
            spec = self.schemas[current]
            if current not in self._reuse or self._reused_spec(current) != spec:
                return False
            pending.extend(_refers_to(spec, self.schemas))
        return True

    def _reused_spec(self, name: str) -> Optional[SchemaSpec]:
        """The spec of a ``reuse`` class (without building a lazy one)."""
        if isinstance(self._reuse, Models):
            return self._reuse.schemas.get(name)
        return getattr(self._reuse[name], "_spec", None)


def _refers_to(spec: SchemaSpec, schemas: Mapping[str, SchemaSpec]) -> set:
    """The schemas a schema names: in its fields, their array items, and ``all_of``."""
    return {name for f in spec.fields for name in (f.type, f.items) if name in schemas} | set(
        spec.all_of)
