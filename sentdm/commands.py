"""The command line for every operation of the table, the way the AWS CLI comes from botocore:

* ``sentdm operations``: list the operations;
* ``sentdm describe <resource>.<operation>``: what an operation takes and returns (JSON);
* ``sentdm <resource> <operation> --param-name value ...``: call it. Flags are the Python parameter
  names in kebab-case (``--customer-id``), values are converted to the table's types (integers,
  ``true``/``false``, JSON for objects; an array flag is repeated), ``--help`` comes from the
  table. The result is one JSON document on stdout (models in wire form, as ``to_dict()`` gives
  them). A paginated operation also takes ``--all``: every item of every page, one JSON object per
  line (JSON Lines), printed as the pages arrive.

Errors go to stderr, and the exit code says what kind of failure it was (see EXIT_CODES).
Credentials and base URL come from ``--api-key``, ``--access-token``, ``--base-url`` or, failing
those, ``SENTDM_API_KEY``, ``SENTDM_ACCESS_TOKEN``, ``SENTDM_BASE_URL``. Extra tables named in
``SENTDM_ENDPOINTS`` add their operations to the commands, as they do to a client.
"""

from __future__ import annotations

import argparse
import functools
import json
import math
import os
import re
import sys
import textwrap
from typing import Any, Callable, Dict, List, Optional

from .cli import Parser
from .client import Client
from .errors import (
    APIConnectionError,
    APIError,
    APIStatusError,
    ConfigurationError,
    SentdmError,
    TableError,
    ValidationError,
)
from .logs import Redactor, credentials_in
from .models import _to_wire  # models (and lists of them) in wire form, as to_dict() gives
from .pagination import iterator_name
from . import cli
from .service import DEFAULT_API, Service, api_table, load_service, select_api, table_paths
from .spec import FieldSpec, OperationSpec, ResourceSpec, did_you_mean

__all__ = ["register", "flag", "add_param_flag", "param_values", "connection_options", "make_client",
           "guarded", "convert", "describe", "write_json", "exit_codes_help",
           "EXIT_CODES"]

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_INVALID = 3
EXIT_API = 4
EXIT_CONNECTION = 5
EXIT_CONFIGURATION = 6
EXIT_INCOMPLETE = 7
EXIT_INTERRUPTED = 130

#: What each exit code of ``sentdm`` means.
EXIT_CODES = {
    EXIT_OK: "success",
    EXIT_ERROR: "unexpected error (a bug: the traceback is on stderr)",
    EXIT_USAGE: "bad command line (unknown command or flag, missing command)",
    EXIT_INVALID: "invalid arguments: a value the table rejects (nothing was sent)",
    EXIT_API: "the API answered with an error status (or an answer that is not what it promises)",
    EXIT_CONNECTION: "no answer: connection refused or broken, or a timeout",
    EXIT_CONFIGURATION: "bad set-up: no credentials, or a bad base URL",
    EXIT_INCOMPLETE: "bulk: some items were not sent (see the results file)",
    EXIT_INTERRUPTED: "interrupted (Ctrl-C, or SIGTERM during bulk)",
}

#: Flags every API command takes; a parameter with the same name gets ``--param-<name>``.
RESERVED_FLAGS = {"--api-key", "--access-token", "--base-url", "--timeout", "--all", "--help"}

_INTEGER = re.compile(r"^[+-]?[0-9]+$")
_BOOLEANS = {"true": True, "false": False}


def flag(field: FieldSpec) -> str:
    name = "--" + field.python_name.replace("_", "-")
    return name if name not in RESERVED_FLAGS else "--param-" + name[2:]


def _dest(field: FieldSpec) -> str:
    return "param_" + field.python_name


def convert(field: FieldSpec, text: str) -> Any:
    """A command-line (or CSV) text as the table's type for ``field``; ValueError says why not."""
    kind = field.items if field.type == "array" else field.type
    if kind == "string":
        return text
    if kind == "integer":
        if not _INTEGER.match(text.strip()):
            raise ValueError(f"Not a valid integer: {text!r}.")
        return int(text)
    if kind == "number":
        try:
            number = float(text)
        except ValueError:
            number = math.nan
        if not math.isfinite(number):
            raise ValueError(f"Not a valid number: {text!r}.")
        return number
    if kind == "boolean":
        if text.strip().lower() not in _BOOLEANS:
            raise ValueError(f"Must be true or false, not {text!r}.")
        return _BOOLEANS[text.strip().lower()]
    try:
        return json.loads(text)  # object, or a schema: JSON text
    except ValueError:
        raise ValueError(f"Not valid JSON: {text!r}.") from None


def _metavar(field: FieldSpec) -> str:
    kind = (field.items if field.type == "array" else field.type) or "string"
    if field.enum is not None:
        return "{" + ",".join(str(value) for value in field.enum) + "}"
    if kind == "string":
        formats = {"uuid": "UUID", "e164": "E164", "date-time": "DATETIME"}
        return formats.get(field.format or "", "TEXT")
    return {"integer": "INT", "number": "NUMBER", "boolean": "{true,false}"}.get(kind, "JSON")


def _help(field: FieldSpec) -> str:
    facts = ["required" if field.required else "optional",
             f"{field.location} {field.wire_name!r}" if field.location else ""]
    facts += [f"{key} {value}" for key, value in field.constraints.items()
              if key not in ("format", "enum")]
    if field.type == "array":
        facts.append("repeat the flag for each item")
    if field.type == "boolean":
        facts.append("alone: true")
    text = f"{field.description.rstrip('.')} [{'; '.join(f for f in facts if f)}]"
    return text.replace("%", "%%")


def add_param_flag(parser: argparse.ArgumentParser, field: FieldSpec) -> None:
    """``--kebab-name VALUE`` for one parameter, with its help from the table (a boolean's flag
    alone means true: ``--sandbox``). Absent flags are left out of the namespace, so that only
    the parameters given are passed on."""
    alone = {"nargs": "?", "const": "true"} if field.type == "boolean" else {}
    parser.add_argument(flag(field), dest=_dest(field), metavar=_metavar(field),
                        action="append" if field.type == "array" else "store",
                        default=argparse.SUPPRESS, help=_help(field), **alone)


def param_values(spec: OperationSpec, args: argparse.Namespace) -> Dict[str, Any]:
    """The parameters given on the command line, converted; ValidationError lists the bad ones
    (nothing is checked against the table's constraints here: the call does that)."""
    values: Dict[str, Any] = {}
    errors: Dict[str, List[str]] = {}
    for field in spec.params:
        if not hasattr(args, _dest(field)):
            continue
        given = getattr(args, _dest(field))
        try:
            values[field.python_name] = ([convert(field, text) for text in given]
                                         if field.type == "array" else convert(field, given))
        except ValueError as exc:
            errors[field.python_name] = [str(exc)]
    if errors:
        raise ValidationError(spec.key, errors)
    return values


def connection_options() -> argparse.ArgumentParser:
    """A parent parser with the credential, base URL and timeout flags."""
    parser = Parser(add_help=False)
    group = parser.add_argument_group("connection (flags win over the environment)")
    group.add_argument("--api-key", help="API key, sent as x-api-key (default: $SENTDM_API_KEY)")
    group.add_argument("--access-token", help="bearer token, sent as Authorization: Bearer "
                                              "(default: $SENTDM_ACCESS_TOKEN)")
    group.add_argument("--base-url", help="API base URL (default: $SENTDM_BASE_URL, else "
                                          "https://api.sent.dm)")
    group.add_argument("--timeout", type=float, metavar="SECONDS",
                       help="connect and read timeout (default: 5 s connect, 30 s read)")
    cli.add_api_argument(group)  # type: ignore[arg-type]
    return parser


def make_client(args: argparse.Namespace) -> Client:
    return Client(args.api_key, args.access_token, args.base_url, timeout=args.timeout,
                  api=getattr(args, "api", None))


def write_json(data: Any, *, lines: bool = False) -> None:
    """One JSON document on stdout: indented, or on one line for JSON Lines."""
    text = json.dumps(_to_wire(data), ensure_ascii=False, indent=None if lines else 2)
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def exit_codes_help(*codes: int) -> str:
    """The ``exit codes:`` lines of a command's help."""
    return "\n".join(["exit codes:", *(f"  {code:>3}  {EXIT_CODES[code]}" for code in codes)])


def exit_code(error: BaseException) -> int:
    if isinstance(error, ValidationError):
        return EXIT_INVALID
    if isinstance(error, (ConfigurationError, TableError)):
        return EXIT_CONFIGURATION
    if isinstance(error, APIConnectionError):
        return EXIT_CONNECTION
    if isinstance(error, APIError):
        return EXIT_API
    return EXIT_ERROR


def error_text(error: SentdmError, spec: Optional[OperationSpec] = None) -> str:
    """The message for stderr: bad parameters named by their flags, API error details listed."""
    if isinstance(error, ValidationError):
        flags = {p.python_name: flag(p) for p in spec.params} if spec else {}
        lines = [f"  {flags.get(name, name)}: {' '.join(messages)}"
                 for name, messages in sorted(error.errors.items())]
        return "\n".join([f"invalid arguments to {error.operation}:", *lines])
    if isinstance(error, APIStatusError) and error.details and not error.code:
        # (with an error envelope's code, the message itself shows the details)
        request = getattr(error.response, "request", None)
        redactor = Redactor((), credentials_in(getattr(request, "headers", None) or {}))
        return "\n".join([str(error), *(f"  {redactor.text(str(detail))}"
                                         for detail in error.details)])
    if isinstance(error, ConfigurationError):
        return f"{error}\n  (on the command line: --api-key, --access-token, --base-url)"
    return str(error)


def guarded(command: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    """Runs a command, turning sentdm errors into a message on stderr and their exit code."""
    @functools.wraps(command)
    def run(args: argparse.Namespace) -> int:
        try:
            return command(args)
        except SentdmError as error:
            print(f"sentdm: {error_text(error, getattr(args, 'operation_spec', None))}",
                  file=sys.stderr)
            return exit_code(error)
        except KeyboardInterrupt:
            print("sentdm: interrupted", file=sys.stderr)
            return EXIT_INTERRUPTED
        except BrokenPipeError:  # stdout closed early (``| head``): not an error
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return EXIT_OK
    return run


def describe(service: Service, key: str) -> Dict[str, Any]:
    """An operation as data: the inspection module's description plus how to call it here."""
    spec = service.api.operation(key)
    described = service.meta.describe(key).to_dict()
    required = " ".join(f"{flag(p)} {_metavar(p)}" for p in spec.params if p.required)
    api = "" if service.name == DEFAULT_API else f"--api {service.name} "
    described["command"] = (f"sentdm {api}{spec.resource.replace('.', ' ')} {spec.name} "
                            f"{required}").rstrip()
    for param in described["parameters"]:
        param["flag"] = flag(spec.param(param["python_name"]))
    if spec.pagination:
        described["pagination"].update(iterator=iterator_name(spec), flag="--all")
    return described


def cli_service() -> Service:
    """The tables a client made now uses: the base table of the API version (``--api``, else
    ``SENTDM_API_VERSION``, else v1.1) and those in ``SENTDM_ENDPOINTS``. With a broken extra
    table the base table's commands remain; calling one reports the table. An unknown version
    leaves the v1.1 commands, and calling one reports the version."""
    try:
        base = (api_table(select_api(cli.selected_api)),)
    except ConfigurationError:
        return load_service()
    try:
        return load_service(table_paths(api=cli.selected_api))
    except TableError:
        return load_service(base)


def register(subparsers: Any) -> None:
    service = cli_service()
    listing = subparsers.add_parser("operations", help="list the API's operations",
                                    description="List every operation of the API.")
    listing.add_argument("--json", action="store_true", help="print a JSON array instead")
    listing.set_defaults(func=functools.partial(_list_operations, service))

    describe_parser = subparsers.add_parser(
        "describe", help="describe one operation (JSON)",
        description="Print what an operation takes and returns, as JSON.")
    describe_parser.add_argument("operation", metavar="RESOURCE.OPERATION",
                                 help="for example customers.get_all_customers")
    describe_parser.set_defaults(func=functools.partial(_describe, service))

    for resource in service.api.top_resources:
        _add_resource(subparsers, service, resource)


def _add_resource(subparsers: Any, service: Service, resource: ResourceSpec) -> None:
    """``sentdm <resource> <operation>``, and ``sentdm <resource> <nested> ...`` for each
    resource nested in it."""
    nested = " or a nested resource" if resource.children else ""
    resource_parser = subparsers.add_parser(
        resource.attribute, help=resource.description,
        description=f"{resource.description} Call one of its operations{nested}:".lstrip())
    commands = resource_parser.add_subparsers(metavar="OPERATION")
    resource_parser.set_defaults(func=functools.partial(_usage, resource_parser))
    for spec in resource.operations.values():
        _add_operation(commands, spec)
    for child in resource.children:
        _add_resource(commands, service, service.api.resources[f"{resource.name}.{child}"])


def _add_operation(operations: Any, spec: OperationSpec) -> None:
    kebab = spec.name.replace("_", "-")
    epilog = [f"returns: {_returns(spec)}",
              *(f"HTTP {e.status}: {e.description}" for e in spec.errors),
              f"endpoint: {spec.method} {spec.uri}", "",
              exit_codes_help(EXIT_OK, EXIT_USAGE, EXIT_INVALID, EXIT_API, EXIT_CONNECTION,
                              EXIT_CONFIGURATION, EXIT_INTERRUPTED)]
    if spec.pagination:
        epilog.insert(1, f"--all: every item of every page, one JSON object per line (pages of "
                         f"{flag(spec.param(spec.pagination.page_size))} items)")
    parser = operations.add_parser(
        spec.name, aliases=[kebab] if kebab != spec.name else [], help=spec.summary,
        parents=[connection_options()], formatter_class=argparse.RawDescriptionHelpFormatter,
        description="\n\n".join(textwrap.fill(text) for text in (spec.summary, spec.description)
                                if text),
        epilog="\n".join(epilog))
    params = parser.add_argument_group("parameters (from the endpoints table)")
    for field in spec.params:
        add_param_flag(params, field)  # type: ignore[arg-type]
    if spec.pagination:
        parser.add_argument("--all", action="store_true",
                            help="fetch every page and print every item as JSON Lines")
    parser.set_defaults(func=guarded(_call), operation_spec=spec)


def _returns(spec: OperationSpec) -> str:
    if spec.response is None:
        return "nothing (null)"
    return f"a JSON array of {spec.response.schema}" if spec.response.many else spec.response.schema


def _call(args: argparse.Namespace) -> int:
    spec: OperationSpec = args.operation_spec
    kwargs = param_values(spec, args)
    with make_client(args) as client:
        resource = functools.reduce(getattr, spec.resource.split("."), client)
        if getattr(args, "all", False):
            for item in getattr(resource, iterator_name(spec))(**kwargs):
                write_json(item, lines=True)
        else:
            write_json(getattr(resource, spec.name)(**kwargs))
    return EXIT_OK


def _list_operations(service: Service, args: argparse.Namespace) -> int:
    if args.json:
        write_json([summary._asdict() for summary in service.meta.operations])
    else:
        print(service.meta.listing())
    return EXIT_OK


def _describe(service: Service, args: argparse.Namespace) -> int:
    try:
        described = describe(service, args.operation)
    except LookupError:
        print(f"sentdm describe: no operation {args.operation!r}"
              f"{did_you_mean(args.operation, service.meta.operation_names)}; "
              "`sentdm operations` lists them", file=sys.stderr)
        return EXIT_USAGE
    write_json(described)
    return EXIT_OK


def _usage(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    parser.print_help(sys.stderr)
    return EXIT_USAGE

