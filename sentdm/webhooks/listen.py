"""``sentdm listen``: a local receiver for the terminal. It verifies each delivery with the given
secret, prints the event as one JSON line on stdout, and with ``--forward-to URL`` passes it on
to your own application.

Forwarding sends the body exactly as received, with the original ``x-webhook-*`` headers, not a
new signature: your application verifies it with the same secret as it will verify Sent's own
deliveries, and the sender gets your application's answer (or 502 when it cannot be reached),
so a failure there is redelivered as it would be in production. Nothing is deduplicated: every
delivery is shown and passed on, redeliveries included, as Sent sends them.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import threading
from socketserver import ThreadingMixIn
from typing import IO, Any, Callable, Iterable, Optional
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from ..errors import ConfigurationError, WebhookVerificationError
from .events import WEBHOOKS_API, Event, event_types
from .receiver import MAX_BODY, OK, Answer, wsgi_body, wsgi_headers, wsgi_respond
from .signature import (
    DEFAULT_TOLERANCE,
    EVENT_TYPE_HEADER,
    ID_HEADER,
    SIGNATURE_HEADER,
    TIMESTAMP_HEADER,
    Secrets,
    check_tolerance,
    lower_headers,
    signing_keys,
)

__all__ = ["Listener", "register", "SECRET_ENV"]

#: Environment variable holding the secret when ``--secret`` is not given.
SECRET_ENV = "SENTDM_WEBHOOK_SECRET"
FORWARDED_HEADERS = (ID_HEADER, TIMESTAMP_HEADER, SIGNATURE_HEADER, EVENT_TYPE_HEADER,
                     "content-type")
FORWARD_FAILED = Answer(502, "forward failed")


class _Server(ThreadingMixIn, WSGIServer):
    """One thread per request; closing waits for them, so every answer is sent."""

    daemon_threads = False
    block_on_close = True


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, *args: Any) -> None:  # each event is reported instead
        pass


class Listener:
    """Receives on ``http://host:port`` (a free port unless given): each verified event is
    written to ``out`` (stdout) as one JSON line, the body as received, and forwarded to
    ``forward_to``; refusals and forwarding results go to ``log`` (stderr). After ``count``
    events it stops by itself."""

    def __init__(self, secret: Secrets, *, host: str = "127.0.0.1", port: int = 0,
                 forward_to: Optional[str] = None, tolerance: float = DEFAULT_TOLERANCE,
                 api: str = WEBHOOKS_API, count: Optional[int] = None,
                 out: Optional[IO[str]] = None, log: Optional[IO[str]] = None,
                 forward_timeout: float = 30.0):
        signing_keys(secret)
        check_tolerance(tolerance)
        if count is not None and count < 1:
            raise ConfigurationError(f"count: must be 1 or more, not {count}")
        if forward_to is not None and not forward_to.startswith(("http://", "https://")):
            raise ConfigurationError(f"forward-to: {forward_to!r} is not an http(s) URL")
        event_types(api)  # the table is read now, not on the first event
        self.secret, self.tolerance, self.api = secret, tolerance, api
        self.forward_to, self.forward_timeout = forward_to, forward_timeout
        self.out, self.log = out or sys.stdout, log or sys.stderr
        self.remaining = count
        self._lock = threading.Lock()
        self._server = make_server(host, port, self._app, server_class=_Server,
                                   handler_class=_QuietHandler)
        self.url = f"http://{host}:{self._server.server_port}/"

    def serve_forever(self) -> None:
        self._server.serve_forever()

    def close(self) -> None:
        """Stop listening, once the requests being answered are answered."""
        self._server.server_close()

    def _app(self, environ: dict, start_response: Callable[..., Any]) -> Iterable[bytes]:
        body = wsgi_body(environ, MAX_BODY)
        answer = body if isinstance(body, Answer) else self._receive(body, wsgi_headers(environ))
        return wsgi_respond(start_response, answer)

    def _receive(self, body: bytes, headers: Any) -> Answer:
        from . import construct_event

        try:
            event = construct_event(body, headers, self.secret, tolerance=self.tolerance,
                                    api=self.api)
        except WebhookVerificationError as error:
            self._report(f"refused ({error.reason}): {error}")
            return Answer(400, error.reason)
        with self._lock:
            self.out.write(json.dumps(event.data, separators=(",", ":")) + "\n")
            self.out.flush()
        answer = (self._forward(self.forward_to, body, lower_headers(headers), event)
                  if self.forward_to else OK)
        with self._lock:
            if self.remaining is not None:
                self.remaining -= 1
                if self.remaining == 0:  # shut down from another thread: this one serves
                    threading.Thread(target=self._server.shutdown, daemon=True).start()
        return answer

    def _forward(self, url: str, body: bytes, headers: dict, event: Event) -> Answer:
        import requests

        passed_on = {name: headers[name] for name in FORWARDED_HEADERS if name in headers}
        try:
            response = requests.post(url, data=body, headers=passed_on,
                                     timeout=self.forward_timeout, allow_redirects=False)
        except requests.RequestException as error:
            self._report(f"{event.type or event.field}: forwarding to {url} failed: {error}")
            return FORWARD_FAILED
        self._report(f"{event.type or event.field}: forwarded to {url}: {response.status_code}")
        return Answer(response.status_code, response.text[:200])

    def _report(self, line: str) -> None:
        with self._lock:
            print(f"sentdm listen: {line}", file=self.log, flush=True)


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "listen", help="receive webhook events locally: verify, print, forward",
        description="Receive Sent's webhook events on 127.0.0.1: verify each with the secret, "
                    "print it as one JSON line, and optionally forward it (body and original "
                    "signature headers unchanged) to your own application.")
    parser.add_argument("--secret", help=f"the webhook's signing secret, whsec_... "
                                         f"(default: ${SECRET_ENV})")
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on "
                                                            "(default: 127.0.0.1)")
    parser.add_argument("--port", type=int, default=0, help="port (default: a free one)")
    parser.add_argument("--forward-to", metavar="URL",
                        help="POST each verified event there, as received; its answer is "
                             "the sender's answer")
    parser.add_argument("--tolerance", type=float, default=DEFAULT_TOLERANCE,
                        help="seconds a signature's timestamp may be off (default: 300)")
    parser.add_argument("--count", type=int, metavar="N",
                        help="stop after N events (default: run until Ctrl-C)")
    parser.set_defaults(func=_listen)


def _listen(args: argparse.Namespace) -> int:
    from ..commands import EXIT_CONFIGURATION, EXIT_ERROR, EXIT_INTERRUPTED, EXIT_OK

    secret = args.secret or os.environ.get(SECRET_ENV)
    if not secret:
        print(f"sentdm listen: no secret: pass --secret or set {SECRET_ENV}", file=sys.stderr)
        return EXIT_CONFIGURATION
    try:
        listener = Listener(secret, host=args.host, port=args.port, forward_to=args.forward_to,
                            tolerance=args.tolerance, count=args.count)
    except ConfigurationError as error:
        print(f"sentdm listen: {error}", file=sys.stderr)
        return EXIT_CONFIGURATION
    except OSError as error:
        print(f"sentdm listen: cannot listen on {args.host}:{args.port}: {error.strerror}",
              file=sys.stderr)
        return EXIT_ERROR
    forwarding = f", forwarding to {args.forward_to}" if args.forward_to else ""
    print(f"sentdm listen: receiving at {listener.url}{forwarding}; Ctrl-C stops it",
          file=sys.stderr, flush=True)
    try:
        listener.serve_forever()
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    finally:
        listener.close()
    return EXIT_OK
