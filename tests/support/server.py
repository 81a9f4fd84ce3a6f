"""A real HTTP server on 127.0.0.1 for tests: records every request it receives exactly as it
arrived (raw request target, headers, body) and answers through a replaceable function.

``respond`` returns an Answer, or a callable that acts on the connection itself (the faults of
``tests/support/faults.py``: reset it, answer late, ...) and returns an Answer or ``None``.
"""

from __future__ import annotations

import json
import sys
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable, Dict, List, Optional, Tuple

Answer = Tuple[int, Dict[str, str], bytes]


@dataclass
class Received:
    method: str
    target: str
    headers: Dict[str, str]
    body: bytes
    at: float = 0.0
    peer: Any = None  # the client's (address, port): which connection the request came on

    def json(self) -> Any:
        return json.loads(self.body)


def json_answer(status: int, data: Any, headers: Optional[Dict[str, str]] = None) -> Answer:
    return status, {"Content-Type": "application/json", **(headers or {})}, json.dumps(data).encode()


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go out in two writes: no 40 ms stall
    server: "_Server"

    def _handle(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        received = Received(self.command, self.path, dict(self.headers.items()), body,
                            time.monotonic(), self.client_address)
        owner = self.server.owner
        with owner.lock:
            owner.received.append(received)
        answer = owner.respond(received)
        if callable(answer):
            answer = answer(self)
            if answer is None:
                return
        status, headers, payload = answer
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = _handle

    def log_message(self, *args: Any) -> None:  # keep test output clean
        pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    owner: "LocalServer"

    def handle_error(self, request: Any, client_address: Any) -> None:
        # a client that gave up (timeout tests) leaves a broken pipe: that is expected here
        if not isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            super().handle_error(request, client_address)


class LocalServer:
    """``with LocalServer() as server:`` -> ``server.url``, ``server.received``, ``server.respond``.

    ``LocalServer(listening=False)`` holds its port but refuses every connection until
    ``server.listen()``.
    """

    def __init__(self, respond: Optional[Callable[[Received], Answer]] = None, *,
                 listening: bool = True):
        self.respond: Callable[[Received], Answer] = respond or (lambda r: json_answer(200, {}))
        self.received: List[Received] = []
        self.lock = threading.Lock()
        self._server = _Server(("127.0.0.1", 0), _Handler, bind_and_activate=False)
        self._server.server_bind()  # the port is taken; a connection is refused until listen()
        self._server.owner = self
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.02,),
                                        daemon=True)  # polls for shutdown every 20 ms
        self._listening = listening

    def listen(self) -> None:
        """Start accepting connections."""
        self._server.server_activate()
        self._thread.start()

    def __enter__(self) -> "LocalServer":
        if self._listening:
            self.listen()
        return self

    def __exit__(self, *exc: Any) -> None:
        if self._thread.is_alive():
            self._server.shutdown()
        self._server.server_close()
