"""Resource classes: a metaclass turns each resource of the table into a class with one method
per operation, plus its ``<name>_with_http_info`` twin that returns the raw-response wrapper and,
for a paginated operation, its ``iter_<name>`` twin that yields every item (see pagination.py).

The methods have exact signatures (keyword-only parameters with their Python names and types,
required ones first) and docstrings written from the table, so ``help()``, ``inspect`` and IDEs
see what the API takes.
"""

from __future__ import annotations

from typing import Any, Callable, Dict, Iterable, Mapping, Optional

from .errors import ValidationError
from .inspection import Inspector
from .operations import Operation
from .pagination import iterator_method, iterator_name

__all__ = ["Resource", "ResourceMeta", "build_resource_classes", "RAW_SUFFIX"]

RAW_SUFFIX = "_with_http_info"


class ResourceMeta(type):
    """Builds a resource class from compiled operations: ``ResourceMeta(name, bases, ns,
    operations=[...], inspector=...)``; the inspector gives the signatures and docstrings."""

    def __new__(mcls, name: str, bases: tuple, namespace: Dict[str, Any], *,
                operations: Iterable[Operation] = (), inspector: Optional[Inspector] = None):
        namespace = dict(namespace)
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
    """Base of the generated resources; each instance calls through its client."""

    operations: Dict[str, Operation] = {}

    def __init__(self, client: Any):
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} operations={sorted(self.operations)}>"


def _make_method(op: Operation, inspector: Inspector, raw: bool) -> Callable[..., Any]:
    spec = op.spec
    name = spec.name + (RAW_SUFFIX if raw else "")

    def method(self: Resource, *args: Any, **kwargs: Any) -> Any:
        if args:
            raise ValidationError(op.key, {"*args": [
                f"{name}() takes keyword arguments only; got {len(args)} positional."]})
        result = self._client._call(op, kwargs)
        return result if raw else result.data

    method.__name__ = name
    method.__qualname__ = f"{spec.resource.title()}Resource.{name}"
    method.__signature__ = inspector.signature(spec, raw)  # type: ignore[attr-defined]
    method.__doc__ = inspector.describe(op.key).help_text(raw)
    return method


def build_resource_classes(inspector: Inspector, operations: Mapping[str, Operation]
                           ) -> Dict[str, type]:
    """One Resource subclass per resource of the table, by resource name."""
    classes = {}
    for name, resource in inspector.api.resources.items():
        ops = [operations[f"{name}.{op}"] for op in resource.operations]
        classes[name] = ResourceMeta(
            f"{name.title()}Resource", (Resource,),
            {"__doc__": resource.description, "__module__": __name__},
            operations=ops, inspector=inspector)
    return classes
