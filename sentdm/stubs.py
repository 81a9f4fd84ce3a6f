"""Type stubs from the table: ``python -m sentdm.stubs`` (or ``sentdm stubs``) writes
``sentdm/_generated.pyi``, which tells mypy, pyright and IDEs every resource, operation,
keyword parameter and model attribute with its type.

The runtime builds the same things from the same table: the package imports the models from the
stub only under ``TYPE_CHECKING`` and ``Client`` takes its resource attributes from its
``Resources`` class, so type checkers see exactly the names and signatures the runtime has (the
types come from :class:`sentdm.inspection.Inspector`, as the runtime signatures do).
``--check`` fails when the file differs from what the table gives.
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
from .service import Service, load_service, table_paths

__all__ = ["render_stubs", "STUB_PATH", "register", "main"]

STUB_PATH = Path(__file__).with_name("_generated.pyi")

HEADER = '''\
# Generated from the endpoints table by `python -m sentdm.stubs`: do not edit.
"""Types of the resources and models that sentdm builds from its endpoints table."""

from datetime import datetime
from typing import Any, Dict, List, Optional, Union
from uuid import UUID

from .aio import AsyncResource
from .models import Model
from .operations import ApiResponse
from .pagination import AsyncPaginator, Paginator
from .resources import Resource
'''
#: Names the stub's own imports and classes take; a schema may not use them.
RESERVED = ("datetime", "Any", "Dict", "List", "Optional", "Union", "UUID", "Model",
            "ApiResponse", "Resource", "Resources", "AsyncResource", "AsyncResources",
            "Paginator", "AsyncPaginator")
INDENT = "    "


def render_stubs(service: Service) -> str:
    """The text of ``_generated.pyi`` for a service."""
    meta = service.meta
    clashes = sorted(set(service.models) & set(RESERVED))
    if clashes:
        raise ValueError(f"schema names {clashes} clash with names the stubs need")
    out: List[str] = [HEADER, "__all__ = [", *(f'{INDENT}"{name}",' for name in sorted(service.models)),
                      "]\n"]
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
    resources = []
    for name, resource_class in service.resource_classes.items():
        class_name = resource_class.__name__
        resources.append(f"{INDENT}{name}: {class_name}")
        out.append(f"\nclass {class_name}(Resource):")
        out.append(_docstring(resource_class.__doc__ or "", 1))
        for op_name in resource_class.operations:
            info = meta.describe(f"{name}.{op_name}")
            out.append(_def(op_name, _parameters(info), info.returns, doc=info.help_text()))
            out.append(_def(op_name + RAW_SUFFIX, _parameters(info),
                            f"ApiResponse[{info.returns}]",
                            doc=f"{op_name}, returning .data, .status_code, .headers and .response."))
            if info.pagination:
                out.append(_runtime_def(getattr(resource_class, iterator_name(
                    resource_class.operations[op_name].spec))))
    out.append("\nclass Resources:")
    out.append(_docstring("The resource attributes of a Client.", 1))
    out += resources
    out += _async_resources(service)
    return "\n".join(out) + "\n"


def _async_resources(service: Service) -> List[str]:
    """The async twins of the resource classes (AsyncClient's attributes), from the runtime
    classes, which are made from the sync ones."""
    out, attributes = [], []
    for name, resource_class in service.resource_classes.items():
        async_class = async_resource_class(resource_class)
        attributes.append(f"{INDENT}{name}: {async_class.__name__}")
        out.append(f"\nclass {async_class.__name__}(AsyncResource):")
        out.append(_docstring(async_class.__doc__ or "", 1))
        out += [_runtime_def(function) for attribute, function in vars(async_class).items()
                if inspect.isfunction(function) and not attribute.startswith("_")]
    out.append("\nclass AsyncResources:")
    out.append(_docstring("The resource attributes of an AsyncClient.", 1))
    return out + attributes


def _runtime_def(function: Any) -> str:
    """The stub of a generated method, from its runtime signature and docstring."""
    signature = inspect.signature(function)
    args = [f"{p.name}: {type_text(p.annotation)}"
            + ("" if p.default is p.empty else f" = {p.default!r}")
            for p in list(signature.parameters.values())[1:]]
    return _def(function.__name__, args, type_text(signature.return_annotation),
                doc=function.__doc__, is_async=inspect.iscoroutinefunction(function))


def _parameters(info: OperationInfo) -> List[str]:
    """An operation's parameters as the runtime signature has them (optional ones default to
    None)."""
    return [f"{p.python_name}: {p.python_type}" + ("" if p.required else " = None")
            for p in info.parameters]


def _def(name: str, args: Sequence[str], returns: str, doc: Optional[str] = None,
         is_async: bool = False) -> str:
    """A method stub with keyword-only parameters, on one line if it fits."""
    define = f"{INDENT}{'async ' if is_async else ''}def {name}("
    head = define + "self" + (", *, " + ", ".join(args) if args else "") + f") -> {returns}:"
    if len(head) > 100:
        head = "\n".join([define, f"{INDENT * 2}self,", f"{INDENT * 2}*,",
                          *(f"{INDENT * 2}{arg}," for arg in args), f"{INDENT}) -> {returns}:"])
    return head + ("\n" + _docstring(doc, 2) if doc else " ...")


def _docstring(text: str, depth: int) -> str:
    indent = INDENT * depth
    body = text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"').strip() or "..."
    lines = body.splitlines()
    if len(lines) == 1:
        return f'{indent}"""{body}"""'
    return "\n".join([f'{indent}"""{lines[0]}', *(f"{indent}{line}" if line else ""
                                                  for line in lines[1:]), f'{indent}"""'])


def _run(args: argparse.Namespace) -> int:
    service = load_service(table_paths(args.endpoints, environ={}))
    text = render_stubs(service)
    output = Path(args.output)
    if args.check:
        current = output.read_text(encoding="utf-8") if output.exists() else ""
        if current != text:
            print(f"{output} is out of date with the table; run: python -m sentdm.stubs",
                  file=sys.stderr)
            return 1
        return 0
    output.write_text(text, encoding="utf-8")
    print(f"wrote {output}")
    return 0


def register(subparsers: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    parser = subparsers.add_parser(
        "stubs", help="write the type stubs (.pyi) generated from the endpoints table",
        description=__doc__.split("\n\n")[0])
    parser.add_argument("-o", "--output", default=str(STUB_PATH),
                        help="where to write (default: the installed package's _generated.pyi)")
    parser.add_argument("--check", action="store_true",
                        help="write nothing; exit 1 if the file differs from the table")
    cli.add_endpoints_argument(parser)
    parser.set_defaults(func=_run)


def main(argv: Optional[Sequence[str]] = None) -> int:
    """``python -m sentdm.stubs ...``: the same as ``sentdm stubs ...``."""
    return cli.main(["stubs", *(sys.argv[1:] if argv is None else argv)])


if __name__ == "__main__":
    sys.exit(main())
