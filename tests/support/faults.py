"""Faults for the test server (``tests/support/server.py``): what a ``respond`` function returns
to break a connection, answer late or answer badly, and ``sequence`` to answer successive
requests differently. The server records every request it reads, so a test counts what arrived.
"""

from __future__ import annotations

import itertools
import socket
import struct
import time
from pathlib import Path
from typing import Any, Callable, Dict, Optional, Union

import sentdm
from tests.support.server import Answer, Received

Action = Callable[[Any], Optional[Answer]]
Reply = Union[Answer, Action]


def status(code: int, body: bytes = b"", headers: Optional[Dict[str, str]] = None) -> Answer:
    return code, dict(headers or {}), body


def reset(handler: Any) -> None:
    """Drop the connection with a TCP reset instead of answering."""
    handler.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    handler.connection.close()
    handler.close_connection = True


def delay(seconds: float, answer: Answer) -> Action:
    """Answer after ``seconds`` (a client with a shorter read timeout has left by then)."""
    def act(handler: Any) -> Answer:
        time.sleep(seconds)
        return answer
    return act


def truncated(answer: Answer, missing: int = 100) -> Action:
    """Promise ``missing`` more bytes than the body has, send the body, then close."""
    code, headers, body = answer

    def act(handler: Any) -> None:
        handler.send_response(code)
        for name, value in headers.items():
            handler.send_header(name, value)
        handler.send_header("Content-Length", str(len(body) + missing))
        handler.end_headers()
        handler.wfile.write(body)
        handler.close_connection = True
    return act


def stalled(answer: Answer, seconds: float) -> Action:
    """Send the headers and half the body, then go quiet for ``seconds`` (a client with a
    shorter read timeout gives up in the middle of the body) and close."""
    code, headers, body = answer

    def act(handler: Any) -> None:
        handler.send_response(code)
        for name, value in headers.items():
            handler.send_header(name, value)
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body[:len(body) // 2])
        handler.wfile.flush()
        time.sleep(seconds)
        handler.close_connection = True
    return act


def sequence(*replies: Reply) -> Callable[[Received], Reply]:
    """A respond function: the n-th request gets the n-th reply, and the last reply repeats."""
    counter = itertools.count()

    def respond(received: Received) -> Reply:
        return replies[min(next(counter), len(replies) - 1)]
    return respond


API_KEY = "key-3f9c1a7e"
ACCESS_TOKEN = "token-b81d2c4e"


def client_for(server: Any, **options: Any) -> sentdm.Client:
    """A client of ``server`` with both credentials and quick backoff (0.01 s steps)."""
    options.setdefault("backoff_factor", 0.01)
    return sentdm.Client(api_key=API_KEY, access_token=ACCESS_TOKEN, base_url=server.url,
                         **options)


#: An extra table under which the send operations honour idempotency keys.
HONOURED_KEYS = Path(__file__).with_name("honoured_keys.toml")
