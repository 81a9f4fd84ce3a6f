"""The sandbox served over real HTTP on 127.0.0.1 (stdlib ``wsgiref``, one thread per request)."""

from __future__ import annotations

import contextlib
import threading
import time
from socketserver import ThreadingMixIn
from typing import Any, Callable, Dict, Iterator, List, Optional
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from ..client import Client
from ..service import load_service, table_paths
from .app import DEFAULT_API_KEY, SandboxApp
from .behaviour import SentMessage

__all__ = ["Sandbox", "serve_wsgi", "Mount"]

HOST = "127.0.0.1"


class _Server(ThreadingMixIn, WSGIServer):
    daemon_threads = True
    quiet = True


class _RequestHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        if not self.server.quiet:  # type: ignore[attr-defined]
            super().log_message(format, *args)


class Mount:
    """A WSGI app that passes each request on to ``app``, set once known: a webhook receiver
    needs the webhook's secret, and the webhook needs the receiver's URL."""

    def __init__(self, app: Optional[Callable[..., Any]] = None):
        self.app = app

    def __call__(self, environ: Dict[str, Any], start_response: Callable[..., Any]) -> Any:
        if self.app is None:
            start_response("503 Service Unavailable", [("Content-Length", "0")])
            return [b""]
        return self.app(environ, start_response)


@contextlib.contextmanager
def serve_wsgi(app: Callable[..., Any]) -> Iterator[str]:
    """Serve any WSGI app (a webhook receiver) on a free 127.0.0.1 port from a background
    thread, quietly, for the ``with`` block; yields its base URL."""
    server = make_server(HOST, 0, app, server_class=_Server, handler_class=_RequestHandler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                              daemon=True, name="sentdm-wsgi")
    thread.start()
    try:
        yield f"http://{HOST}:{server.server_port}"
    finally:
        server.shutdown()
        thread.join()
        server.server_close()


class Sandbox:
    """A Sent.dm sandbox listening on ``http://127.0.0.1:<port>`` (a free port unless given).

    ``with Sandbox() as sandbox:`` serves it from a background thread: ``sandbox.client`` is a
    :class:`sentdm.Client` bound to it, ``sandbox.messages`` what was sent. With ``db_path`` the
    state is kept in that SQLite file and survives a restart. ``quiet=False`` logs each request to
    stderr.

    ``api`` picks the API version it serves (as ``Client(api=...)``; default v1.1). Options for
    tests: ``rate_limit`` (``"60/min"``: the ``X-RateLimit-*`` headers, and 429 once used up),
    ``delay_ms`` added to every answer, ``redeliver`` (every webhook event delivered twice) and
    ``lifecycle_step`` (seconds between a message's statuses).
    """

    def __init__(self, db_path: Optional[str] = None, *, port: int = 0,
                 api_key: str = DEFAULT_API_KEY, quiet: bool = True, api: Optional[str] = None,
                 rate_limit: Optional[str] = None, delay_ms: float = 0,
                 redeliver: bool = False, lifecycle_step: float = 0.05):
        self.api_name = api
        self.app = SandboxApp(db_path, api_key=api_key,
                              api=load_service(table_paths(api=api)).api,
                              rate_limit=rate_limit, delay_ms=delay_ms, redeliver=redeliver,
                              lifecycle_step=lifecycle_step)
        try:
            self._server = make_server(HOST, port, self.app, server_class=_Server,
                                       handler_class=_RequestHandler)
        except BaseException:
            self.app.close()
            raise
        self._server.quiet = quiet
        self.url = f"http://{HOST}:{self._server.server_port}"
        self._thread: Optional[threading.Thread] = None
        self._client: Optional[Client] = None

    @property
    def api_key(self) -> str:
        """A key the sandbox accepts (as ``x-api-key`` or as a Bearer token)."""
        return self.app.api_key

    @property
    def client(self) -> Client:
        """A client bound to this sandbox (made on first use, closed with the sandbox)."""
        if self._client is None:
            self._client = self.new_client()
        return self._client

    def new_client(self, **options: Any) -> Client:
        """Another client bound to this sandbox, with any :class:`sentdm.Client` options
        (``api_key`` too, to see a wrong one refused)."""
        return Client(**{"api_key": self.api_key, "base_url": self.url, "api": self.api_name,
                         **options})

    @property
    def messages(self) -> List[SentMessage]:
        """Every message sent through the sandbox, oldest first."""
        return self.app.messages

    def wait_for_records(self, collection: str, count: int, timeout: float = 10.0
                         ) -> List[Dict[str, Any]]:
        """The records of ``collection`` (``"webhook_events"``, ``"messages"`` ...), oldest
        first, once there are ``count`` of them or ``timeout`` seconds have passed: events are
        delivered, and their attempts recorded, in the background."""
        deadline = time.monotonic() + timeout
        records = self.app.records(collection)
        while len(records) < count and time.monotonic() < deadline:
            time.sleep(0.01)
            records = self.app.records(collection)
        return records

    def stats(self) -> Dict[str, int]:
        """The sandbox's counters (requests, ``rate_limited`` 429s, replays, messages); also
        served as JSON at ``GET /_sandbox/stats``."""
        return self.app.stats()

    def reset(self) -> None:
        """Forget every customer, template, contact and message."""
        self.app.reset()

    def start(self) -> "Sandbox":
        """Serve from a background thread."""
        self._thread = threading.Thread(target=self.serve_forever, daemon=True,
                                        name=f"sentdm-sandbox {self.url}")
        self._thread.start()
        return self

    def serve_forever(self) -> None:
        """Serve in this thread until :meth:`close` (or Ctrl-C)."""
        self._server.serve_forever(poll_interval=0.05)

    def close(self) -> None:
        """Stop serving and close the client and the state (a SQLite file is left complete)."""
        if self._client is not None:
            self._client.close()
        if self._thread is not None:
            self._server.shutdown()
            self._thread.join()
        self._server.server_close()
        self.app.close()

    def __enter__(self) -> "Sandbox":
        return self.start()

    def __exit__(self, *exc_info: Any) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Sandbox(url={self.url!r}, db_path={self.app.store.path!r})"
