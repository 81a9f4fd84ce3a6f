"""``sentdm sandbox`` (serve a sandbox on 127.0.0.1) and ``sentdm tour`` (the README's main job)."""

from __future__ import annotations

import argparse
import sqlite3
import sys
from typing import Any, Optional

from ..errors import SentdmError
from .app import DEFAULT_API_KEY
from .guards import parse_rate
from .server import Sandbox

__all__ = ["register"]


def register(subparsers: Any) -> None:
    serve = subparsers.add_parser(
        "sandbox", help="serve a local, stateful Sent.dm sandbox on 127.0.0.1",
        description="Serve a local Sent.dm sandbox on 127.0.0.1: the API's operations with real "
                    "behaviour, no account and no network. Prints the base URL and a key. With "
                    "--api v3 it also delivers signed webhook events as messages move on.")
    _api_argument(serve)
    serve.add_argument("--port", type=int, default=0,
                       help="port to listen on (default: a free one)")
    serve.add_argument("--db", metavar="PATH",
                       help="keep the state in this SQLite file (default: in memory)")
    serve.add_argument("--api-key", default=DEFAULT_API_KEY,
                       help=f"the key the sandbox accepts (default: {DEFAULT_API_KEY})")
    serve.add_argument("--rate-limit", metavar="RATE", type=_rate,
                       help="limit requests per key, such as 60/min or 10/s: answers carry "
                            "X-RateLimit-* headers, and 429 with Retry-After once it is used up")
    serve.add_argument("--delay-ms", metavar="MS", type=_milliseconds, default=0,
                       help="add this many milliseconds to every answer (for benchmarks)")
    serve.add_argument("--redeliver", action="store_true",
                       help="deliver every webhook event twice, to test receivers' deduplication")
    serve.add_argument("--quiet", action="store_true", help="do not log each request")
    serve.set_defaults(func=_serve)

    tour = subparsers.add_parser(
        "tour", help="a short tour of the API against an in-process sandbox",
        description="A short tour of the API against a sandbox started in this process. v1.1: "
                    "create a customer and a template, send a message, look the contact up. "
                    "v3: create a template, register a webhook with a local receiver, send a "
                    "message with an idempotency key (twice: replayed), and watch its verified "
                    "events arrive.")
    _api_argument(tour)
    tour.set_defaults(func=_tour)


def _api_argument(parser: argparse.ArgumentParser) -> None:
    # SUPPRESS: when not given here, a global ``sentdm --api`` (or the environment) still counts
    parser.add_argument("--api", metavar="VERSION", default=argparse.SUPPRESS,
                        help="the API version to serve, as for a client: v1.1 (default) or v3 "
                             "(default: $SENTDM_API_VERSION)")


def _rate(text: str) -> str:
    try:
        parse_rate(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    return text


def _milliseconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0 <= value <= 60000:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of milliseconds (0 to 60000)")
    return value


def _api_name(args: argparse.Namespace) -> Optional[str]:
    from ..service import select_api

    return select_api(getattr(args, "api", None))


def _tour(args: argparse.Namespace) -> int:
    from .tour import run_tour

    try:
        return run_tour(sys.stdout, api=_api_name(args))
    except SentdmError as exc:
        print(f"sentdm tour: {exc}", file=sys.stderr)
        return 1


def _serve(args: argparse.Namespace) -> int:
    api = _api_name(args)
    try:
        sandbox = Sandbox(args.db, port=args.port, api_key=args.api_key, quiet=args.quiet,
                          api=api, rate_limit=args.rate_limit, delay_ms=args.delay_ms,
                          redeliver=args.redeliver)
    except SentdmError as exc:
        print(f"sentdm sandbox: {exc}", file=sys.stderr)
        return 1
    except (OSError, sqlite3.Error) as exc:
        where = f"127.0.0.1:{args.port}" if isinstance(exc, OSError) else args.db
        print(f"sentdm sandbox: cannot use {where}: {exc}", file=sys.stderr)
        return 1
    state = f"SQLite file {args.db}" if args.db else "in memory (gone when it stops)"
    limits = [f"rate limit {args.rate_limit}"] if args.rate_limit else []
    limits += [f"{args.delay_ms:g} ms added to each answer"] if args.delay_ms else []
    limits += ["every webhook event delivered twice"] if args.redeliver else []
    print(f"Sent.dm sandbox ({api}) serving at {sandbox.url}\n"
          f"API key: {sandbox.api_key}\n"
          f"State: {state}\n"
          + (f"Options: {', '.join(limits)}\n" if limits else "")
          + f"Use it: export SENTDM_API_VERSION={api} SENTDM_BASE_URL={sandbox.url} "
            f"SENTDM_API_KEY={sandbox.api_key}\n"
          "Ctrl-C stops it.", flush=True)
    try:
        sandbox.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        sandbox.close()
    return 0
