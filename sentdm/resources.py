"""Resource classes: a metaclass turns each resource of the table into a class with one method
per operation, plus its ``<name>_with_http_info`` twin that returns the raw-response wrapper and,
for a paginated operation, its ``iter_<name>`` twin that yields every item (see pagination.py).
A nested resource (``profiles.campaigns``) is an attribute of its parent's instances.

The methods have exact signatures (keyword-only parameters with their Python names and types,
required ones first; the table's ``positional`` path parameters before them) and docstrings
written from the table, so ``help()``, ``inspect`` and IDEs see what the API takes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable, Dict, Iterable, Mapping, Optional, Tuple

from .errors import ValidationError
from .inspection import Inspector
from .operations import Operation
from .pagination import iterator_method, iterator_name
from .spec import did_you_mean

__all__ = ["Resource", "ResourceMeta", "build_resource_classes", "RAW_SUFFIX", "class_name",
           "missing_attribute"]

RAW_SUFFIX = "_with_http_info"


class ResourceMeta(type):
    """Builds a resource class from compiled operations: ``ResourceMeta(name, bases, ns,
    operations=[...], inspector=...)``; the inspector gives the signatures and docstrings."""

    def __new__(mcls, name: str, bases: tuple, namespace: Dict[str, Any], *,
                operations: Iterable[Operation] = (), inspector: Optional[Inspector] = None,
                children: Mapping[str, type] = {}):
        namespace = dict(namespace)
        namespace["_children"] = dict(children)
        compiled = {op.spec.name: op for op in operations}
        for op_name, op in compiled.items():
            if inspector is None:
                raise TypeError("ResourceMeta needs inspector= to describe the operations")
            for raw in (False, True):
                namespace[op_name + (RAW_SUFFIX if raw else "")] = _make_method(op, inspector, raw)
            if op.spec.pagination is not None:
                namespace[iterator_name(op.spec)] = iterator_method(op, namespace[op_name])
        namespace["operations"] = compiled
        return super().__new__(mcls, name, bases, namespace)

    def __init__(cls, name: str, bases: tuple, namespace: Dict[str, Any], **_: Any):
        super().__init__(name, bases, namespace)


class Resource(metaclass=ResourceMeta):
    """Base of the generated resources; each instance calls through its client and holds an
    instance of each nested resource (``_children``: attribute name -> class)."""

    operations: Dict[str, Operation] = {}
    _children: Dict[str, type] = {}
    _path = ""

    def __init__(self, client: Any):
        self._client = client
        for attribute, child in self._children.items():
            setattr(self, attribute, child(client))

    if not TYPE_CHECKING:  # type checkers flag misspelt operations from the stubs instead
        def __getattr__(self, name: str) -> Any:
            # only reached for a name the resource lacks: say if another API version has it
            if name.startswith("_"):
                raise AttributeError(name)
            path = type(self)._path
            raise AttributeError(missing_attribute(self._client.service, f"{path}.{name}",
                                                  f"{type(self).__name__!r} has no attribute "
                                                  f"{name!r}"))

    def __repr__(self) -> str:
        return f"<{type(self).__name__} operations={sorted(self.operations)}>"


def _make_method(op: Operation, inspector: Inspector, raw: bool) -> Callable[..., Any]:
    spec = op.spec
    name = spec.name + (RAW_SUFFIX if raw else "")

    def method(self: Resource, *args: Any, **kwargs: Any) -> Any:
        if args:
            kwargs = _by_name(op, name, args, kwargs)
        result = self._client._call(op, kwargs)
        return result if raw else result.data

    method.__name__ = name
    method.__qualname__ = f"{class_name(spec.resource)}.{name}"
    method.__signature__ = inspector.signature(spec, raw)  # type: ignore[attr-defined]
    method.__doc__ = inspector.describe(op.key).help_text(raw)
    return method


def _by_name(op: Operation, name: str, args: Tuple[Any, ...], kwargs: Dict[str, Any]
             ) -> Dict[str, Any]:
    """The keyword arguments of a call that passed the table's ``positional`` ones by position."""
    positional = op.spec.positional
    if len(args) > len(positional):
        allowed = (f"at most {len(positional)} positional ({', '.join(positional)})"
                   if positional else "keyword arguments only")
        raise ValidationError(op.key, {"*args": [
            f"{name}() takes {allowed}; got {len(args)} positional."]})
    named = dict(zip(positional, args))
    twice = [param for param in named if param in kwargs]
    if twice:
        raise ValidationError(op.key, {twice[0]: [
            f"{name}() got it both positionally and as a keyword."]})
    return {**named, **kwargs}


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


def build_resource_classes(inspector: Inspector, operations: Mapping[str, Operation]
                           ) -> Dict[str, type]:
    """One Resource subclass per resource of the table, by resource path; nested ones are made
    first, so that each parent knows its children's classes."""
    classes: Dict[str, type] = {}
    resources = inspector.api.resources
    for path in sorted(resources, key=lambda path: -path.count(".")):
        resource = resources[path]
        ops = [operations[f"{path}.{op}"] for op in resource.operations]
        classes[path] = ResourceMeta(
            class_name(path), (Resource,),
            {"__doc__": resource.description, "__module__": __name__, "_path": path},
            operations=ops, inspector=inspector,
            children={child: classes[f"{path}.{child}"] for child in resource.children})
    return dict(sorted(classes.items()))
