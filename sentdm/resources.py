"""Resource classes: a metaclass turns each resource of the table into a class with one method
per operation, plus its ``<name>_with_http_info`` twin that returns the raw-response wrapper and,
for a paginated operation, its ``iter_<name>`` twin that yields every item (see pagination.py).
A nested resource (``profiles.campaigns``) is an attribute of its parent's instances.

The methods have exact signatures (keyword-only parameters with their Python names and types,
required ones first; the table's ``positional`` path parameters before them) and docstrings
written from the table, so ``help()``, ``inspect`` and IDEs see what the API takes.
"""

from __future__ import annotations

from typing import (TYPE_CHECKING, Any, Callable, Dict, Iterable, Iterator, Mapping, Optional,
                    Tuple)

if TYPE_CHECKING:
    from .inspection import Inspector

from .operations import Operation
from .pagination import iterator_method, iterator_name
from .spec import ApiSpec, did_you_mean

__all__ = ["Resource", "ResourceMeta", "build_resource_classes", "RAW_SUFFIX", "class_name",
           "missing_attribute"]

RAW_SUFFIX = "_with_http_info"


class ResourceMeta(type):
    """Builds a resource class from an API's operations: ``ResourceMeta(name, bases, ns,
    operations={name: Operation}, meta=...)``; ``meta()`` gives the Inspector that writes the
    signatures and docstrings (asked when a method is first made, so it may make it then).

    A method is made the first time it is looked up (by a call, ``getattr``, ``dir`` or
    ``help``), and its operation compiled then: a client of a table with a thousand operations
    pays for those it uses. ``operations`` may be any mapping that compiles on access.
    """

    def __new__(mcls, name: str, bases: tuple, namespace: Dict[str, Any], *,
                operations: Mapping[str, Operation] = {},
                meta: Optional[Callable[[], Inspector]] = None,
                children: Mapping[str, type] = {}):
        namespace = dict(namespace)
        namespace["_children"] = dict(children)
        if operations and meta is None:
            raise TypeError("ResourceMeta needs meta= to describe the operations")
        namespace["_meta"] = staticmethod(meta) if meta else None
        namespace["operations"] = operations
        return super().__new__(mcls, name, bases, namespace)

    def __init__(cls, name: str, bases: tuple, namespace: Dict[str, Any], **_: Any):
        super().__init__(name, bases, namespace)

    def __getattr__(cls, name: str) -> Any:
        # only reached for a name the class lacks: a method of the table not made yet
        found = cls._method(name) if "operations" in cls.__dict__ else None
        if found is None:
            raise AttributeError(f"type object {cls.__name__!r} has no attribute {name!r}")
        op_name, kind = found
        op = cls.operations[op_name]
        if kind == "iterate":
            method = iterator_method(op, getattr(cls, op_name))
        else:
            method = _make_method(op, cls._meta(), raw=kind == "raw")
        setattr(cls, name, method)
        return method

    def __dir__(cls) -> Iterable[str]:
        return sorted({*super().__dir__(), *cls._method_names()})

    def _method(cls, name: str) -> Optional[Tuple[str, str]]:
        """The operation behind the method ``name`` and whether it is the plain method, the
        ``_with_http_info`` twin or the ``iter_`` twin; None if there is none. Worked out from
        the name: only an ``iter_`` method reads its operation's spec (whether it pages)."""
        operations = cls.operations
        if name in operations:
            return name, "plain"
        if name.endswith(RAW_SUFFIX) and name[: -len(RAW_SUFFIX)] in operations:
            return name[: -len(RAW_SUFFIX)], "raw"
        if name.startswith("iter_"):
            for op_name in ("get_" + name[len("iter_"):], name[len("iter_"):]):
                if op_name in operations and name in cls._twins(op_name):
                    return op_name, "iterate"
        return None

    def _twins(cls, op_name: str) -> Tuple[str, ...]:
        """The methods of one operation besides the plain one (no operation is compiled)."""
        spec = cls._meta().api.operation(f"{cls._path}.{op_name}")
        paged = (iterator_name(spec),) if spec.pagination is not None else ()
        return (op_name + RAW_SUFFIX, *paged)

    def _method_names(cls) -> Tuple[str, ...]:
        """Every method of the resource (this reads the spec of each of its operations)."""
        if "operations" not in cls.__dict__:
            return ()
        return tuple(name for op_name in cls.operations
                     for name in (op_name, *cls._twins(op_name)))


class Resource(metaclass=ResourceMeta):
    """Base of the generated resources; each instance calls through its client and holds an
    instance of each nested resource (``_children``: attribute name -> class)."""

    operations: Mapping[str, Operation] = {}
    _children: Dict[str, type] = {}
    _path = ""

    def __init__(self, client: Any):
        self._client = client
        for attribute, child in self._children.items():
            setattr(self, attribute, child(client))

    if not TYPE_CHECKING:  # type checkers flag misspelt operations from the stubs instead
        def __getattr__(self, name: str) -> Any:
            # only reached for a name the resource lacks: a method not made yet, or a hint
            # saying if another API version has it
            if type(self)._method(name) is not None:
                return getattr(type(self), name).__get__(self, type(self))
            if name.startswith("_"):
                raise AttributeError(name)
            path = type(self)._path
            raise AttributeError(missing_attribute(self._client.service, f"{path}.{name}",
                                                  f"{type(self).__name__!r} has no attribute "
                                                  f"{name!r}"))

    def __dir__(self) -> Iterable[str]:
        return sorted({*super().__dir__(), *type(self)._method_names()})

    def __repr__(self) -> str:
        return f"<{type(self).__name__} operations={sorted(self.operations)}>"


def _make_method(op: Operation, inspector: Inspector, raw: bool) -> Callable[..., Any]:
    spec = op.spec
    name = spec.name + (RAW_SUFFIX if raw else "")

    def method(self: Resource, *args: Any, **kwargs: Any) -> Any:
        if args:
            kwargs = op.by_name(name, args, kwargs)
        result = self._client._call(op, kwargs)
        return result if raw else result.data

    method.__name__ = name
    method.__qualname__ = f"{class_name(spec.resource)}.{name}"
    method.__signature__ = inspector.signature(spec, raw)  # type: ignore[attr-defined]
    method.__doc__ = inspector.describe(op.key).help_text(raw)
    return method


def class_name(path: str) -> str:
    """``profiles.campaigns`` -> ``ProfilesCampaignsResource``."""
    return "".join(part.title() for part in path.split(".")) + "Resource"


def missing_attribute(service: Any, path: str, problem: str) -> str:
    """The message for a resource or operation this API lacks: which other API versions have
    it (their tables are read here, on the error path only)."""
    from .service import api_names, api_service  # the registry imports this module

    having = []
    for name in api_names():
        if name == service.name:
            continue
        try:
            other = api_service(name)
        except Exception:  # a broken or missing table of another version just gives no hint
            continue
        if path in other.resource_classes or path in other.operations:
            having.append(name)
    if not having:
        return f"{problem}{did_you_mean(path.rpartition('.')[2], _names_under(service, path))}"
    versions = " and ".join(repr(name) for name in having)
    return (f"{problem}: {path} is in the API version {versions}, not {service.name!r}; "
            f"use sentdm.Client(api={having[0]!r}, ...)")


def _names_under(service: Any, path: str) -> Tuple[str, ...]:
    """The attribute names next to ``path``: resources and operations of its parent."""
    parent = path.rpartition(".")[0]
    prefix = parent + "." if parent else ""
    names = {key[len(prefix):].split(".")[0] for key in (*service.resource_classes,
                                                          *service.operations)
             if key.startswith(prefix)}
    return tuple(sorted(names))


def build_resource_classes(api: ApiSpec, operations: Mapping[str, Operation],
                           meta: Callable[[], Inspector]) -> Dict[str, type]:
    """One Resource subclass per resource of the table, by resource path; nested ones are made
    first, so that each parent knows its children's classes. ``meta()`` gives the Inspector."""
    classes: Dict[str, type] = {}
    resources = api.resources
    for path in sorted(resources, key=lambda path: -path.count(".")):
        resource = resources[path]
        ops = _ResourceOperations(operations, path, tuple(resource.operations))
        classes[path] = ResourceMeta(
            class_name(path), (Resource,),
            {"__doc__": resource.description, "__module__": __name__, "_path": path},
            operations=ops, meta=meta,
            children={child: classes[f"{path}.{child}"] for child in resource.children})
    return dict(sorted(classes.items()))


class _ResourceOperations(Mapping[str, Operation]):
    """One resource's operations by name, as its API's operations (compiled on first use)."""

    def __init__(self, operations: Mapping[str, Operation], path: str, names: Tuple[str, ...]):
        self._operations = operations
        self._prefix = path + "."
        self._names = names

    def __getitem__(self, name: str) -> Operation:
        if name not in self._names:
            raise KeyError(name)
        return self._operations[self._prefix + name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._names)

    def __len__(self) -> int:
        return len(self._names)
