"""An ASGI application that receives Sent's events: ``ASGIApp(handle_event, "whsec_...")``, for
uvicorn, hypercorn or a mount in Starlette/FastAPI. It answers as :class:`WSGIApp` does.

The handler may be a coroutine function or a plain one: it is called in a worker thread (as are
the store's calls, so that neither blocks the event loop), and what it returns is awaited if it
can be.
"""

from __future__ import annotations

import asyncio
import functools
from typing import Any, Awaitable, Callable, Dict, Union

from .receiver import NOT_POST, TOO_LARGE, Answer, Handler, Receiver
from .signature import Secrets, lower_headers

__all__ = ["ASGIApp"]

Message = Dict[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

#: The client left before sending the whole body (nobody reads this answer).
INCOMPLETE = Answer(400, "incomplete body")


class ASGIApp:
    """Takes what :class:`~sentdm.webhooks.Receiver` takes."""

    def __init__(self, handler: Handler, secret: Secrets, **options: Any):
        self.receiver = Receiver(handler, secret, **options)

    async def __call__(self, scope: Message, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await _lifespan(receive, send)
            return
        if scope["type"] != "http":
            raise ValueError(f"ASGIApp serves HTTP, not {scope['type']!r}")
        answer = await self._answer(scope, receive)
        payload = answer.text.encode("utf-8")
        headers = [(b"content-type", b"text/plain; charset=utf-8"),
                   (b"content-length", str(len(payload)).encode())]
        if answer is NOT_POST:
            headers.append((b"allow", b"POST"))
        await send({"type": "http.response.start", "status": answer.status, "headers": headers})
        await send({"type": "http.response.body", "body": payload})

    async def _answer(self, scope: Message, receive: Receive) -> Answer:
        if scope.get("method") != "POST":
            return NOT_POST
        body = await self._body(receive)
        if isinstance(body, Answer):
            return body
        started = await _in_thread(self.receiver.start, body, lower_headers(scope["headers"]))
        if isinstance(started, Answer):
            return started
        try:
            result = await _in_thread(self.receiver.handler, started)
            if hasattr(result, "__await__"):  # a coroutine function, or one that returns one
                await result
        except Exception as error:
            return await _in_thread(self.receiver.finish, started, error)
        return await _in_thread(self.receiver.finish, started)

    async def _body(self, receive: Receive) -> Union[bytes, Answer]:
        """The request body, or what to answer when there is none to use."""
        chunks = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return INCOMPLETE
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.receiver.max_body:
                return TOO_LARGE
            chunks.append(chunk)
            if not message.get("more_body", False):
                return b"".join(chunks)


async def _in_thread(function: Callable[..., Any], *args: Any) -> Any:
    loop = asyncio.get_running_loop()
    return await loop.run_in_executor(None, functools.partial(function, *args))


async def _lifespan(receive: Receive, send: Send) -> None:
    """Nothing to set up or tear down: acknowledge start-up and shut-down."""
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return

