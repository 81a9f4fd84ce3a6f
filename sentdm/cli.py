"""The ``sentdm`` command line. Each feature module adds its own subcommands through a
``register(subparsers)`` function listed in COMMAND_MODULES."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from typing import Any, List, Optional, Sequence, Tuple

from .version import __version__

#: Modules that add subcommands: each has ``register(subparsers)``; a subcommand sets
#: ``func(args) -> exit code`` as its default.
COMMAND_MODULES: List[str] = ["sentdm.commands", "sentdm.bulk_command", "sentdm.campaign_command",
                              "sentdm.sandbox.commands", "sentdm.stubs", "sentdm.openapi",
                              "sentdm.webhooks.listen"]


#: The API version given by ``--api`` (else None: ``SENTDM_API_VERSION``, else v1.1), read by
#: the commands that are made from a table; set by :func:`build_parser`.
selected_api: Optional[str] = None


def add_api_argument(parser: argparse.ArgumentParser) -> None:
    """``--api NAME``: the API version to use (default: $SENTDM_API_VERSION, else v1.1). Left
    out of the namespace when not given, so that a subcommand's flag and the global one agree."""
    parser.add_argument("--api", metavar="VERSION", default=argparse.SUPPRESS,
                        help="API version: v1.1 or v3 (default: $SENTDM_API_VERSION, else v1.1)")


class Parser(argparse.ArgumentParser):
    """The parser of every ``sentdm`` command and subcommand.

    Abbreviated flags are refused (argparse would read ``--api v3`` as ``--api-key v3``), and an
    unknown flag is named with a did-you-mean, by the subcommand that knows its flags.
    """

    def __init__(self, *args: Any, **kwargs: Any):
        kwargs["allow_abbrev"] = False
        super().__init__(*args, **kwargs)

    def parse_known_args(self, args: Optional[Sequence[str]] = None,  # type: ignore[override]
                         namespace: Any = None) -> Tuple[Any, List[str]]:
        namespace, extras = super().parse_known_args(args, namespace)
        if extras and self._subparsers is None:  # a command: no one below it can take them
            from .spec import did_you_mean

            unknown = next((a for a in extras if a.startswith("-")), extras[0]).split("=")[0]
            flags = [name for action in self._actions for name in action.option_strings]
            self.error(f"unrecognized arguments: {' '.join(extras)}"
                       f"{did_you_mean(unknown, flags)}")
        return namespace, extras


def add_endpoints_argument(parser: argparse.ArgumentParser) -> None:
    """``--endpoints PATH`` (repeatable) for commands that work on the built-in table plus extra
    ones; unlike a client, such commands leave ``SENTDM_ENDPOINTS`` aside."""
    parser.add_argument("--endpoints", metavar="PATH", action="append", default=[],
                        help="an extra endpoints table to merge after the built-in one "
                             "(repeatable)")


def build_parser(api: Optional[str] = None) -> argparse.ArgumentParser:
    """The parser, with the commands of API version ``api`` (see :data:`selected_api`)."""
    global selected_api
    selected_api = api
    parser = Parser(prog="sentdm", description="Sent.dm API from the shell.")
    parser.add_argument("--version", action="version", version=f"sentdm {__version__}")
    add_api_argument(parser)
    # subcommands, and theirs, are made by the same class
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def _other_version_hint(parser: argparse.ArgumentParser, command: Optional[str],
                        api: str) -> Optional[str]:
    """For a command this API version lacks but another has (``sentdm contacts ...`` on v1.1),
    which version has it; None otherwise."""
    commands = next(action.choices for action in parser._actions  # argparse keeps them here
                    if isinstance(action, argparse._SubParsersAction))
    if command is None or command in commands:
        return None
    from .service import api_names, api_service

    for other in api_names():
        try:
            if other != api and command in api_service(other).top_resource_classes:
                return (f"{command!r} is in the API version {other!r}, not {api!r}; "
                        f"use: sentdm --api {other} {command} ...")
        except Exception:  # a broken or missing table of another version gives no hint
            continue
    return None


def main(argv: Optional[Sequence[str]] = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    # the API version decides which commands exist, so it is read before they are made
    chosen = argparse.ArgumentParser(add_help=False, allow_abbrev=False)
    chosen.add_argument("--api")
    known, rest = chosen.parse_known_args(argv)
    from .errors import ConfigurationError
    from .service import api_table, select_api

    try:
        api_table(select_api(known.api))
    except ConfigurationError as exc:
        print(f"sentdm: {exc}", file=sys.stderr)
        return 2
    parser = build_parser(known.api)
    command = next((word for word in rest if not word.startswith("-")), None)
    hint = _other_version_hint(parser, command, select_api(known.api))
    if hint:
        print(f"sentdm: {hint}", file=sys.stderr)
        return 2
    args = parser.parse_args(argv)
    if not hasattr(args, "func"):
        parser.print_help(sys.stderr)
        return 2
    try:
        code = int(args.func(args) or 0)
        sys.stdout.flush()  # here, where a reader that left is handled, not at exit
        return code
    except BrokenPipeError:
        # the reader left (``sentdm operations | head -1``): it had what it wanted, so this is
        # success. Python's docs advise pointing stdout at devnull so that the flush at exit
        # does not fail a second time.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
