"""Type stubs from the tables: ``python -m sentdm.stubs`` (or ``sentdm stubs``) writes one
stub per API version, ``sentdm/_generated.pyi`` for v1.1 and ``sentdm/_generated_<name>.pyi``
for the others (``_generated_v3.pyi``), which tell mypy, pyright and IDEs every resource
(nested ones as attributes of their parents), operation, parameter and model attribute with
its type.

The runtime builds the same things from the same tables: the package imports the models from the
stub only under ``TYPE_CHECKING`` and ``Client`` takes its resource attributes from its
``Resources`` class, so type checkers see exactly the names and signatures the runtime has (the
types come from :class:`sentdm.inspection.Inspector`, as the runtime signatures do). The v1.1
stub's ``Resources`` also carries ``Client``'s constructor, overloaded on ``api=``: with
``api="v3"`` a type checker sees the v3 client (``sentdm._generated_v3.Client``), whose
resources are v3's. ``--check`` fails when a file differs from what its table gives.
"""

from __future__ import annotations

import argparse
import inspect
import sys
from pathlib import Path
from typing import Any, List, Optional, Sequence

from . import cli
from .aio import async_resource_class
from .inspection import OperationInfo, type_text
from .pagination import iterator_name
from .resources import RAW_SUFFIX
from .service import (DEFAULT_API, Service, api_names, api_service, load_service,
                      models_namespace, table_paths)

__all__ = ["render_stubs", "STUB_PATH", "stub_path", "register", "main"]

STUB_PATH = Path(__file__).with_name("_generated.pyi")


def stub_path(api: str) -> Path:
    """Where the stub of API version ``api`` goes: ``_generated.pyi`` for v1.1,
    ``_generated_<name>.pyi`` for another."""
    if api == DEFAULT_API:
        return STUB_PATH
    return STUB_PATH.with_name(f"_generated_{models_namespace(api)}.pyi")

HEADER = '''\
# Generated from the endpoints table by `python -m sentdm.stubs`: do not edit.
"""Types of the resources and models that sentdm builds from its endpoints table."""

from datetime import datetime
from typing import Any, Dict, List, Literal, Optional, Type, TypeVar, Union, overload
from uuid import UUID

from .aio import AsyncResource
from .models import Model
from .operations import ApiResponse
from .pagination import AsyncPaginator, Paginator
from .resources import Resource
'''
#: Names the stub's own imports and classes take; a schema may not use them.
RESERVED = ("datetime", "Any", "Dict", "List", "Literal", "Optional", "Type", "TypeVar", "Union",
            "overload", "UUID", "Model", "ApiResponse", "Resource", "Resources", "AsyncResource",
            "AsyncResources", "Paginator", "AsyncPaginator", "Client", "AsyncClient", "Configuration",
            "Endpoints", "TimeoutArg")
INDENT = "    "


def render_stubs(service: Service) -> str:
    """The text of the stub for a service (``_generated.pyi`` for v1.1)."""
    meta = service.meta
    clashes = sorted(set(service.models) & set(RESERVED))
    if clashes:
        raise ValueError(f"schema names {clashes} clash with names the stubs need")
    out: List[str] = [HEADER, *_client_imports(service), "", "__all__ = [",
                      *(f'{INDENT}"{name}",' for name in sorted(service.models)), "]\n"]
    for name, model in service.models.items():
        info = meta.describe_model(name)
        bases = ", ".join(info.all_of) or "Model"
        out.append(f"\nclass {name}({bases}):")
        out.append(_docstring(info.description, 1))
        for field in info.own_fields:
            out += [f"{INDENT}@property", f"{INDENT}def {field.python_name}(self) -> "
                    f"{field.python_type}:", _docstring(field.description, 2)]
        # the constructor takes any of the fields (the table's "required" is about requests)
        out.append(_def("__init__", [f"{f.python_name}: {f.python_type} = ..." for f in info.fields],
                        "None"))
    for path, resource_class in service.resource_classes.items():
        out.append(f"\nclass {resource_class.__name__}(Resource):")
        out.append(_docstring(resource_class.__doc__ or "", 1))
        out += [f"{INDENT}{attribute}: {child.__name__}"
                for attribute, child in resource_class._children.items()]
        for op_name in resource_class.operations:
            info = meta.describe(f"{path}.{op_name}")
            out.append(_def(op_name, _parameters(info), info.returns, doc=info.help_text(),
                            positional=len(info.positional)))
            out.append(_def(op_name + RAW_SUFFIX, _parameters(info),
                            f"ApiResponse[{info.returns}]", positional=len(info.positional),
                            doc=f"{op_name}, returning .data, .status_code, .headers and .response"
                                " (and .meta, .request_id, .rate_limit, .replayed, "
                                ".idempotency_key where the API has them)."))
            if info.pagination:
                out.append(_runtime_def(getattr(resource_class, iterator_name(
                    resource_class.operations[op_name].spec))))
    out.append("\nclass Resources:")
    out.append(_docstring("The resource attributes of a Client.", 1))
    if service.name == DEFAULT_API:
        out += _constructors()
    out += [f"{INDENT}{name}: {cls.__name__}"
            for name, cls in service.top_resource_classes.items()]
    out += _async_resources(service)
    if service.name != DEFAULT_API:
        out += ["\nclass Client(Resources, _Client):  # type: ignore[misc]",
                _docstring(f"A client of the API version {service.name!r}: what "
                           f"sentdm.Client(api={service.name!r}) gives.", 1),
                "\nclass AsyncClient(AsyncResources, _AsyncClient):  # type: ignore[misc]",
                _docstring(f"An asyncio client of the API version {service.name!r}: what "
                           f"sentdm.AsyncClient(api={service.name!r}) gives.", 1)]
    return "\n".join(out) + "\n"


def _client_imports(service: Service) -> List[str]:
    """The v1.1 stub names every other version's client (its constructor returns them); the
    others name the Client they extend."""
    if service.name != DEFAULT_API:
        return ["from .aio import AsyncClient as _AsyncClient",
                "from .client import Client as _Client"]
    lines = ["from .client import Configuration, TimeoutArg", "from .service import Endpoints"]
    for api in _versions_with_stubs():
        alias = _client_alias(api)
        lines.append(f"from .{stub_path(api).stem} import AsyncClient as Async{alias}, "
                     f"Client as {alias}")
    return lines + ['\n_ClientT = TypeVar("_ClientT")',
                    '_AsyncClientT = TypeVar("_AsyncClientT")']


def _client_alias(api: str) -> str:
    return f"{models_namespace(api).title().replace('_', '')}Client"


def _constructors() -> List[str]:
    """``Client.__new__``, overloaded on ``api=``: one variant per API version with a stub,
    each returning that version's client; the parameters are those of ``Client.__init__``."""
    from .client import Client

    params = list(inspect.signature(Client.__init__).parameters.values())[1:]
    others = _versions_with_stubs()

    def variant(api: Optional[str], returns: str, first: str) -> str:
        args = []
        for param in params:
            if param.name == "api":
                args.append(f"api: Literal[{api!r}]" if api else
                            f"api: Optional[Literal[{DEFAULT_API!r}]] = None")
            else:
                args.append(f"{param.name}: {param.annotation}"
                            + ("" if param.default is param.empty else " = ..."))
        positional = sum(1 for p in params if p.kind is p.POSITIONAL_OR_KEYWORD)
        text = _def("__new__", args, returns, positional=positional, first=first)
        return (f"{INDENT}@overload\n" if others else "") + text

    lines = [variant(api, _client_alias(api), "cls") for api in others]
    lines.append(variant(None, "_ClientT", "cls: Type[_ClientT]"))
    return lines


def _async_resources(service: Service) -> List[str]:
    """The async twins of the resource classes (AsyncClient's attributes), from the runtime
    classes, which are made from the sync ones."""
    out, attributes = [], []
    for name, resource_class in service.resource_classes.items():
        async_class = async_resource_class(resource_class)
        if "." not in name:
            attributes.append(f"{INDENT}{name}: {async_class.__name__}")
        out.append(f"\nclass {async_class.__name__}(AsyncResource):")
        out.append(_docstring(async_class.__doc__ or "", 1))
        out += [f"{INDENT}{attribute}: {child.__name__}"
                for attribute, child in async_class._children.items()]
        out += [_runtime_def(function) for attribute, function in vars(async_class).items()
                if inspect.isfunction(function) and not attribute.startswith("_")]
    out.append("\nclass AsyncResources:")
    out.append(_docstring("The resource attributes of an AsyncClient.", 1))
    if service.name == DEFAULT_API:
        out += _async_constructors()
    return out + attributes


def _async_constructors() -> List[str]:
    """``AsyncClient.__new__``, overloaded on ``api=`` as ``Client``'s is (the other arguments
    are Client's, passed on)."""
    others = _versions_with_stubs()
    lines = [f"{INDENT}@overload\n" + _def(
        "__new__", [f"api: Literal[{api!r}]", "**options: Any"], f"Async{_client_alias(api)}",
        first="cls", star="*args: Any") for api in others]
    lines.append((f"{INDENT}@overload\n" if others else "") + _def(
        "__new__", [f"api: Optional[Literal[{DEFAULT_API!r}]] = None", "**options: Any"],
        "_AsyncClientT", first="cls: Type[_AsyncClientT]", star="*args: Any"))
    return lines


def _versions_with_stubs() -> List[str]:
    """The API versions other than v1.1 whose stub exists (their clients are typed)."""
    return [api for api in api_names() if api != DEFAULT_API and stub_path(api).exists()]


def _runtime_def(function: Any) -> str:
    """The stub of a generated method, from its runtime signature and docstring."""
    signature = inspect.signature(function)
    params = list(signature.parameters.values())[1:]
    args = [f"{p.name}: {type_text(p.annotation)}"
            + ("" if p.default is p.empty else f" = {p.default!r}") for p in params]
    return _def(function.__name__, args, type_text(signature.return_annotation),
                doc=function.__doc__, is_async=inspect.iscoroutinefunction(function),
                positional=sum(1 for p in params if p.kind is p.POSITIONAL_OR_KEYWORD))


def _parameters(info: OperationInfo) -> List[str]:
    """An operation's parameters as the runtime signature has them (positional ones first,
    optional ones defaulting to None)."""
    return [f"{p.python_name}: {p.python_type}" + ("" if p.required else " = None")
            for p in info.parameters]


def _def(name: str, args: Sequence[str], returns: str, doc: Optional[str] = None,
         is_async: bool = False, positional: int = 0, first: str = "self",
         star: str = "*") -> str:
    """A method stub: the first ``positional`` parameters positional, then ``star``, then the
    rest keyword-only; on one line if it fits."""
    define = f"{INDENT}{'async ' if is_async else ''}def {name}("
    parts = [first, *args[:positional]] + ([star, *args[positional:]] if args[positional:] else [])
    head = define + ", ".join(parts) + f") -> {returns}:"
    if len(head) > 100:
        head = "\n".join([define, *(f"{INDENT * 2}{part}," for part in parts),
                          f"{INDENT}) -> {returns}:"])
    return head + ("\n" + _docstring(doc, 2) if doc else " ...")


def _docstring(text: str, depth: int) -> str:
    indent = INDENT * depth
    body = text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"').strip() or "..."
    if body.endswith('"'):  # would run into the closing quotes
        body = body[:-1] + '\\"'
    lines = body.splitlines()
    if len(lines) == 1:
        return f'{indent}"""{body}"""'
    return "\n".join([f'{indent}"""{lines[0]}', *(f"{indent}{line}" if line else ""
                                                  for line in lines[1:]), f'{indent}"""'])


def _run(args: argparse.Namespace) -> int:
    """Write (or ``--check``) the stub of ``--api``, or, without it, of every API version."""
    chosen = getattr(args, "api", None)
    apis = [chosen] if chosen or args.output else list(api_names())
    stale = 0
    for api in apis:
        paths = table_paths(args.endpoints, environ={}, api=api)
        service = load_service(paths) if args.endpoints else api_service(
            api or DEFAULT_API)
        output = Path(args.output) if args.output else stub_path(service.name)
        text = render_stubs(service)
        if args.check:
            current = output.read_text(encoding="utf-8") if output.exists() else ""
            if current != text:
                print(f"{output} is out of date with the table; run: python -m sentdm.stubs",
                      file=sys.stderr)
                stale = 1
            continue
        output.write_text(text, encoding="utf-8")
        print(f"wrote {output}")
    return stale


def register(subparsers: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    parser = subparsers.add_parser(
        "stubs", help="write the type stubs (.pyi) generated from the endpoints table",
        description=__doc__.split("\n\n")[0])
    parser.add_argument("-o", "--output",
                        help="where to write one stub (default: each API version's stub in the "
                             "installed package, _generated.pyi and _generated_<name>.pyi)")
    parser.add_argument("--check", action="store_true",
                        help="write nothing; exit 1 if the file differs from the table")
    cli.add_endpoints_argument(parser)
    cli.add_api_argument(parser)
    parser.set_defaults(func=_run)


def main(argv: Optional[Sequence[str]] = None) -> int:
    """``python -m sentdm.stubs ...``: the same as ``sentdm stubs ...``."""
    return cli.main(["stubs", *(sys.argv[1:] if argv is None else argv)])


if __name__ == "__main__":
    sys.exit(main())
