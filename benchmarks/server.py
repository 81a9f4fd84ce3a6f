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


def _envelope(data: object) -> bytes:
    """A v3 answer: the envelope the v3 API wraps every successful body in."""
    return json.dumps({"success": True, "data": data, "error": None, "meta": {
        "request_id": "req_7f3a9c2e", "timestamp": "2025-01-15T10:30:00Z", "version": "v3"}}).encode()


#: what the v3 API answers GET /v3/contacts/{id} and POST /v3/messages (the vendor's examples)
V3_CONTACT = _envelope({
    "id": "7ba7b820-9dad-11d1-80b4-00c04fd430c8", "phone_number": "+14155552671",
    "format_e164": "+14155552671", "format_international": "+1 415-555-2671",
    "format_national": "(415) 555-2671", "format_rfc": "tel:+1-415-555-2671",
    "country_code": "1", "region_code": "US", "available_channels": "sms,whatsapp",
    "default_channel": "sms", "opt_out": False, "is_inherited": False,
    "customer_id": "9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d",
    "created_at": "2025-01-15T10:30:00Z", "updated_at": "2025-01-15T10:30:00Z"})
V3_SENT = _envelope({
    "status": "QUEUED", "template_id": "7ba7b820-9dad-11d1-80b4-00c04fd430c8",
    "template_name": "welcome", "recipients": [{
        "message_id": "8ba7b830-9dad-11d1-80b4-00c04fd430c8", "to": "+14155552671",
        "channel": "sms", "body": "Hello Ann"}]})
#: the v3 API's rate-limit headers, sent with every v3 answer
V3_HEADERS = (b"X-RateLimit-Limit: 100\r\nX-RateLimit-Remaining: 99\r\n"
              b"X-RateLimit-Reset: 1736937060\r\n")


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    delay = 0.0

    def _answer(self, body: bytes, headers: bytes = b"") -> None:
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        if self.delay:
            time.sleep(self.delay)
        # one write: a status line and a body sent apart meet the client's delayed ACK (40 ms)
        self.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n%s"
                         b"Content-Length: %d\r\n\r\n%s" % (headers, len(body), body))

    def do_GET(self) -> None:
        if self.path.startswith("/v3/"):
            self._answer(V3_CONTACT, V3_HEADERS)
        elif self.path.startswith("/customers?"):
            self._answer(PAGE)
        else:
            self._answer(EXPORT if self.path == "/customers/export" else ONE)

    def do_POST(self) -> None:
        if self.path.startswith("/v3/"):
            self._answer(V3_SENT, V3_HEADERS)
        else:
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
