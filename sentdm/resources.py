"""Resource classes: a metaclass turns each resource of the table into a class with one method
per operation, plus its ``<name>_with_http_info`` twin that returns the raw-response wrapper.

The methods have exact signatures (keyword-only parameters with their Python names and types,
required ones first) and docstrings written from the table, so ``help()``, ``inspect`` and IDEs
see what the API takes.
"""

from __future__ import annotations

import inspect
from typing import Any, Callable, Dict, Iterable, List, Mapping, Optional

from .errors import ValidationError
from .operations import ApiResponse, Operation, return_annotation
from .spec import FieldSpec, OperationSpec

__all__ = ["Resource", "ResourceMeta", "build_resource_classes", "RAW_SUFFIX"]

RAW_SUFFIX = "_with_http_info"

PYTHON_TYPES: Dict[str, Any] = {
    "string": str, "integer": int, "number": float, "boolean": bool, "array": list, "object": dict,
}


class ResourceMeta(type):
    """Builds a resource class from compiled operations: ``ResourceMeta(name, bases, ns,
    operations=[...], models={...})``."""

    def __new__(mcls, name: str, bases: tuple, namespace: Dict[str, Any], *,
                operations: Iterable[Operation] = (), models: Mapping[str, type] = {}):
        namespace = dict(namespace)
        compiled = {op.spec.name: op for op in operations}
        for op_name, op in compiled.items():
            namespace[op_name] = _make_method(op, models, raw=False)
            namespace[op_name + RAW_SUFFIX] = _make_method(op, models, raw=True)
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


def _make_method(op: Operation, models: Mapping[str, type], raw: bool) -> Callable[..., Any]:
    spec = op.spec
    name = spec.name + (RAW_SUFFIX if raw else "")

    def method(self: Resource, *args: Any, **kwargs: Any) -> Any:
        if args:
            raise ValidationError(op.key, {"*args": [
                f"{name}() takes keyword arguments only; got {len(args)} positional."]})
        result = self._client._call(op, kwargs)
        return result if raw else result.data

    returns, _ = return_annotation(spec, models)
    method.__name__ = name
    method.__qualname__ = f"{spec.resource.title()}Resource.{name}"
    method.__signature__ = signature(spec, ApiResponse[returns] if raw else returns, models)  # type: ignore[attr-defined]
    method.__doc__ = docstring(spec, models, raw)
    return method


def python_type(field: FieldSpec, models: Mapping[str, type]) -> Any:
    """The Python type a parameter takes (a schema name maps to its model)."""
    if field.type == "array" and field.items:
        item = PYTHON_TYPES.get(field.items) or models.get(field.items, dict)
        return List[item]  # type: ignore[valid-type]
    return PYTHON_TYPES.get(field.type) or models.get(field.type, dict)


def signature(spec: OperationSpec, returns: Any, models: Mapping[str, type] = {}
              ) -> inspect.Signature:
    """``(self, *, required..., optional=None...)`` with types, as the table declares them."""
    params = [inspect.Parameter("self", inspect.Parameter.POSITIONAL_OR_KEYWORD)]
    for field in spec.params:
        annotation = python_type(field, models)
        params.append(inspect.Parameter(
            field.python_name, inspect.Parameter.KEYWORD_ONLY,
            default=inspect.Parameter.empty if field.required else None,
            annotation=annotation if field.required else Optional[annotation]))
    return inspect.Signature(params, return_annotation=returns)


def docstring(spec: OperationSpec, models: Mapping[str, type], raw: bool = False) -> str:
    """Summary, description, parameters, return type, errors and endpoint, from the table."""
    _, returns = return_annotation(spec, models)
    lines = [spec.summary or spec.name, ""]
    if spec.description:
        lines += [spec.description, ""]
    if spec.params:
        lines.append("Args:")
        for field in spec.params:
            kind = field.type if field.type != "array" else f"list[{field.items}]"
            facts = [kind, "required" if field.required else "optional",
                     f"{field.location} {field.wire_name!r}"]
            facts += [f"{key}={value}" for key, value in field.constraints.items()]
            lines.append(f"    {field.python_name} ({', '.join(facts)}): {field.description}")
        lines.append("")
    lines.append("Returns:")
    lines.append(f"    ApiResponse[{returns}]: .data, .status_code, .headers, .response"
                 if raw else f"    {returns}")
    lines.append("")
    lines.append("Raises:")
    lines.append("    sentdm.ValidationError: bad arguments (nothing is sent).")
    for error in spec.errors:
        lines.append(f"    HTTP {error.status}: {error.description}")
    lines.append("")
    lines.append(f"Endpoint: {spec.method} {spec.uri}")
    return "\n".join(lines)


def build_resource_classes(resources: Mapping[str, Any], operations: Mapping[str, Operation],
                           models: Mapping[str, type]) -> Dict[str, type]:
    """One Resource subclass per resource of the table, by resource name."""
    classes = {}
    for name, resource in resources.items():
        ops = [operations[f"{name}.{op}"] for op in resource.operations]
        classes[name] = ResourceMeta(
            f"{name.title()}Resource", (Resource,),
            {"__doc__": resource.description, "__module__": __name__},
            operations=ops, models=models)
    return classes
