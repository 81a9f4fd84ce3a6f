"""The benchmark's API stand-in: canned Sent.dm answers from memory, in its own process.

Run as ``python benchmarks/server.py PORT_FILE [DELAY_MS]``: it binds a free port on 127.0.0.1,
writes the base URL to PORT_FILE and serves until killed. ``DELAY_MS`` adds a fixed service time
to every answer (a real API call takes tens of milliseconds), which is what makes concurrent
sending worth measuring.
"""

from __future__ import annotations

import json
import sys
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.support.data import CUSTOMER, SENT_TO_PHONE  # noqa: E402  the vendor-shaped samples

ONE = json.dumps(CUSTOMER).encode()
PAGE = json.dumps([{**CUSTOMER, "name": f"Customer {i}"} for i in range(100)]).encode()
#: what GET /customers/export answers: 10,000 customers in one body (benchmarks/export.toml)
EXPORT = json.dumps([{**CUSTOMER, "name": f"Customer {i}"} for i in range(10_000)]).encode()
SENT = json.dumps(SENT_TO_PHONE).encode()


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    delay = 0.0

    def _answer(self, body: bytes) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        if self.delay:
            time.sleep(self.delay)
        # one write: a status line and a body sent apart meet the client's delayed ACK (40 ms)
        self.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                         b"Content-Length: %d\r\n\r\n%s" % (len(body), body))

    def do_GET(self) -> None:
        if self.path.startswith("/customers?"):
            self._answer(PAGE)
        else:
            self._answer(EXPORT if self.path == "/customers/export" else ONE)

    def do_POST(self) -> None:
        self._answer(SENT)

    def log_message(self, *args: object) -> None:
        pass


class Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128


def main() -> None:
    port_file = sys.argv[1]
    Handler.delay = float(sys.argv[2]) / 1000 if len(sys.argv) > 2 else 0.0
    server = Server(("127.0.0.1", 0), Handler)
    with open(port_file, "w") as handle:
        handle.write(f"http://127.0.0.1:{server.server_address[1]}")
    server.serve_forever()


if __name__ == "__main__":
    main()
