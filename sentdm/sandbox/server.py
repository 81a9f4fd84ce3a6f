"""The sandbox served over real HTTP on 127.0.0.1 (stdlib ``wsgiref``, one thread per request)."""

from __future__ import annotations

import threading
from socketserver import ThreadingMixIn
from typing import Any, List, Optional
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from ..client import Client
from .app import DEFAULT_API_KEY, SandboxApp
from .behaviour import SentMessage

__all__ = ["Sandbox"]

HOST = "127.0.0.1"


class _Server(ThreadingMixIn, WSGIServer):
    daemon_threads = True
    quiet = True


class _RequestHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        if not self.server.quiet:  # type: ignore[attr-defined]
            super().log_message(format, *args)


class Sandbox:
    """A Sent.dm sandbox listening on ``http://127.0.0.1:<port>`` (a free port unless given).

    ``with Sandbox() as sandbox:`` serves it from a background thread: ``sandbox.client`` is a
    :class:`sentdm.Client` bound to it, ``sandbox.messages`` what was sent. With ``db_path`` the
    state is kept in that SQLite file and survives a restart. ``quiet=False`` logs each request to
    stderr.
    """

    def __init__(self, db_path: Optional[str] = None, *, port: int = 0,
                 api_key: str = DEFAULT_API_KEY, quiet: bool = True):
        self.app = SandboxApp(db_path, api_key=api_key)
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
        return Client(**{"api_key": self.api_key, "base_url": self.url, **options})

    @property
    def messages(self) -> List[SentMessage]:
        """Every message sent through the sandbox, oldest first."""
        return self.app.messages

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
