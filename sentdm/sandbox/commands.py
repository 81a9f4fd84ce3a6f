"""``sentdm sandbox`` (serve a sandbox on 127.0.0.1) and ``sentdm tour`` (the README's main job)."""

from __future__ import annotations

import argparse
import sqlite3
import sys
from typing import Any

from .app import DEFAULT_API_KEY
from .server import Sandbox
from .tour import run_tour

__all__ = ["register"]


def register(subparsers: Any) -> None:
    serve = subparsers.add_parser(
        "sandbox", help="serve a local, stateful Sent.dm sandbox on 127.0.0.1",
        description="Serve a local Sent.dm sandbox on 127.0.0.1: the 13 operations with real "
                    "behaviour, no account and no network. Prints the base URL and a key.")
    serve.add_argument("--port", type=int, default=0,
                       help="port to listen on (default: a free one)")
    serve.add_argument("--db", metavar="PATH",
                       help="keep the state in this SQLite file (default: in memory)")
    serve.add_argument("--api-key", default=DEFAULT_API_KEY,
                       help=f"the key the sandbox accepts (default: {DEFAULT_API_KEY})")
    serve.add_argument("--quiet", action="store_true", help="do not log each request")
    serve.set_defaults(func=_serve)

    tour = subparsers.add_parser(
        "tour", help="a short tour of the API against an in-process sandbox",
        description="Create a customer and a template, send a message to a phone number, look "
                    "the contact up, list customers: against a sandbox started in this process.")
    tour.set_defaults(func=lambda args: run_tour(sys.stdout))


def _serve(args: argparse.Namespace) -> int:
    try:
        sandbox = Sandbox(args.db, port=args.port, api_key=args.api_key, quiet=args.quiet)
    except (OSError, sqlite3.Error) as exc:
        where = f"127.0.0.1:{args.port}" if isinstance(exc, OSError) else args.db
        print(f"sentdm sandbox: cannot use {where}: {exc}", file=sys.stderr)
        return 1
    state = f"SQLite file {args.db}" if args.db else "in memory (gone when it stops)"
    print(f"Sent.dm sandbox serving at {sandbox.url}\n"
          f"API key: {sandbox.api_key}\n"
          f"State: {state}\n"
          f"Use it: export SENTDM_BASE_URL={sandbox.url} SENTDM_API_KEY={sandbox.api_key}\n"
          "Ctrl-C stops it.", flush=True)
    try:
        sandbox.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        sandbox.close()
    return 0
