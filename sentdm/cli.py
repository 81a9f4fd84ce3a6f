"""The ``sentdm`` command line. Each feature module adds its own subcommands through a
``register(subparsers)`` function listed in COMMAND_MODULES."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from typing import List, Optional, Sequence

from .version import __version__

#: Modules that add subcommands: each has ``register(subparsers)``; a subcommand sets
#: ``func(args) -> exit code`` as its default.
COMMAND_MODULES: List[str] = ["sentdm.commands", "sentdm.bulk_command", "sentdm.campaign_command",
                              "sentdm.sandbox.commands", "sentdm.stubs", "sentdm.openapi",
                              "sentdm.webhooks.listen"]


def add_endpoints_argument(parser: argparse.ArgumentParser) -> None:
    """``--endpoints PATH`` (repeatable) for commands that work on the built-in table plus extra
    ones; unlike a client, such commands leave ``SENTDM_ENDPOINTS`` aside."""
    parser.add_argument("--endpoints", metavar="PATH", action="append", default=[],
                        help="an extra endpoints table to merge after the built-in one "
                             "(repeatable)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="sentdm", description="Sent.dm API from the shell.")
    parser.add_argument("--version", action="version", version=f"sentdm {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not hasattr(args, "func"):
        parser.print_help(sys.stderr)
        return 2
    try:
        code = int(args.func(args) or 0)
        sys.stdout.flush()  # here, where a reader that left is handled, not at exit
        return code
    except BrokenPipeError:
        # the reader left (``sentdm tour | head``): stop quietly. Python's docs advise pointing
        # stdout at devnull so that the flush at exit does not fail a second time.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
