"""Receiving events over HTTP, for any framework: :class:`Receiver` verifies, parses,
deduplicates and hands each event to your function, and says what to answer; :class:`WSGIApp`
is a whole WSGI application made of it (``sentdm.webhooks.ASGIApp`` is the ASGI one).

What Sent is answered:

======  ==================  ==========================================================
status  text                when
======  ==================  ==========================================================
200     ``ok``              the event was handed over and the handler returned
200     ``duplicate``       it had been handled already (a redelivery): not handed over
400     the failed check    verification failed (``signature mismatch``, ...)
409     ``in progress``     another delivery of it is being handled: Sent retries later
500     ``handler failed``  the handler raised (logged): Sent delivers it again
503     ``store failed``    the deduplication store could not be asked: Sent delivers
                            it again
======  ==================  ==========================================================
"""

from __future__ import annotations

import http
import logging
from typing import Any, Callable, Iterable, List, NamedTuple, Optional, Tuple, Union

from ..errors import ConfigurationError, WebhookVerificationError
from .dedup import HANDLED, NEW, MemoryStore, Store, StoreError
from .events import WEBHOOKS_API, Event, event_types
from .signature import DEFAULT_TOLERANCE, Secrets, check_tolerance, signing_keys

__all__ = ["Answer", "Receiver", "WSGIApp", "Handler", "MAX_BODY"]

logger = logging.getLogger("sentdm.webhooks")

#: Largest body accepted, in bytes (Sent's events are a few kilobytes).
MAX_BODY = 1024 * 1024

Handler = Callable[[Event], Any]
#: The default store: a new MemoryStore for each receiver.
IN_MEMORY = "memory"


class Answer(NamedTuple):
    """What to answer the sender: a status and a short text."""

    status: int
    text: str

    @property
    def status_line(self) -> str:
        """``"200 OK"``, as WSGI wants it."""
        try:
            return f"{self.status} {http.HTTPStatus(self.status).phrase}"
        except ValueError:  # a status http does not name (one relayed from elsewhere)
            return f"{self.status} Status {self.status}"


OK = Answer(200, "ok")
DUPLICATE = Answer(200, "duplicate")
IN_PROGRESS = Answer(409, "in progress")
HANDLER_FAILED = Answer(500, "handler failed")
STORE_FAILED = Answer(503, "store failed")
NOT_POST = Answer(405, "POST only")
TOO_LARGE = Answer(413, "body too large")
NO_LENGTH = Answer(411, "Content-Length required")


class Receiver:
    """Verifies each request with ``secret`` (one, or a list during a rotation), parses it with
    the events of API version ``api``'s table, and hands each event once to ``handler``,
    deduplicated through ``store`` (by default a new MemoryStore; an SQLiteStore for several
    processes; None hands every delivery over).

    :meth:`receive` does it all for a framework view; :meth:`start` and :meth:`finish` are the
    two halves, for a caller that runs the handler itself (the ASGI application awaits it).
    """

    def __init__(self, handler: Handler, secret: Secrets, *,
                 store: Union[Store, str, None] = IN_MEMORY,
                 tolerance: float = DEFAULT_TOLERANCE, api: str = WEBHOOKS_API,
                 max_body: int = MAX_BODY):
        if not callable(handler):
            raise ConfigurationError(f"handler: must be a function taking an event, "
                                     f"not {type(handler).__name__}")
        signing_keys(secret)  # a bad secret fails here, at start-up, not on the first event
        check_tolerance(tolerance)
        if isinstance(max_body, bool) or not isinstance(max_body, int) or max_body < 1:
            raise ConfigurationError(f"max_body: must be a positive number of bytes, "
                                     f"not {max_body!r}")
        self.handler = handler
        self.secret = secret
        if store == IN_MEMORY:
            store = MemoryStore()
        if store is not None and not all(callable(getattr(store, name, None))
                                         for name in ("claim", "done", "release")):
            raise ConfigurationError(f"store: must have claim(), done() and release(), like "
                                     f"MemoryStore or SQLiteStore; not {type(store).__name__}")
        self.store: Optional[Store] = store  # type: ignore[assignment]
        self.tolerance = tolerance
        self.api = api
        event_types(api)  # the table is read now, at start-up, not on the first event
        self.max_body = max_body

    def __repr__(self) -> str:  # never the secret
        return f"{type(self).__name__}(handler={self.handler!r}, store={self.store!r})"

    def receive(self, body: bytes, headers: Any) -> Answer:
        """Verify, parse, deduplicate, hand over: what to answer."""
        started = self.start(body, headers)
        if isinstance(started, Answer):
            return started
        try:
            result = self.handler(started)
            if hasattr(result, "__await__"):
                getattr(result, "close", lambda: None)()  # never awaited: say so once, here
                raise TypeError("the handler returned an awaitable, which nothing here awaits: "
                                "give a plain function, or use ASGIApp")
        except Exception as error:
            return self.finish(started, error)
        return self.finish(started)

    def start(self, body: bytes, headers: Any) -> Union[Event, Answer]:
        """The event to hand over, or the answer when there is none to hand over."""
        from . import construct_event

        try:
            event = construct_event(body, headers, self.secret, tolerance=self.tolerance,
                                    api=self.api)
        except WebhookVerificationError as error:
            logger.warning("webhook refused: %s", error)
            return Answer(400, error.reason)
        if self.store is None:
            return event
        try:
            claim = self.store.claim(event.key)
        except StoreError:
            logger.exception("webhook %s (%s): the store failed", event.type, event.key)
            return STORE_FAILED
        if claim == NEW:
            return event
        return DUPLICATE if claim == HANDLED else IN_PROGRESS

    def finish(self, event: Event, error: Optional[BaseException] = None) -> Answer:
        """Record how handling ``event`` went: done, or, if the handler raised ``error``,
        released so that Sent's next delivery is handled afresh. The answer follows the
        handler alone: an event handled is not handled again because the store then failed."""
        if error is not None:
            logger.error("webhook %s (%s): the handler raised", event.type, event.key,
                         exc_info=error)
        if self.store is not None:
            try:
                if error is not None:
                    self.store.release(event.key)
                else:
                    self.store.done(event.key)
            except StoreError:
                logger.exception("webhook %s (%s): the store failed", event.type, event.key)
        return HANDLER_FAILED if error is not None else OK


class WSGIApp:
    """A WSGI application that receives Sent's events (see the module's table of answers):
    ``WSGIApp(handle_event, "whsec_...")``, served by any WSGI server or mounted in an app.
    Takes what :class:`Receiver` takes."""

    def __init__(self, handler: Handler, secret: Secrets, **options: Any):
        self.receiver = Receiver(handler, secret, **options)

    def __call__(self, environ: dict, start_response: Callable[..., Any]) -> Iterable[bytes]:
        body = wsgi_body(environ, self.receiver.max_body)
        answer = body if isinstance(body, Answer) else self.receiver.receive(
            body, wsgi_headers(environ))
        return wsgi_respond(start_response, answer)


def wsgi_body(environ: dict, max_body: int) -> Union[bytes, Answer]:
    """The body of a POST, or what to answer instead (not a POST, no length, too large)."""
    if environ.get("REQUEST_METHOD") != "POST":
        return NOT_POST
    try:
        length = int(environ.get("CONTENT_LENGTH") or "")
    except ValueError:
        return NO_LENGTH
    if length < 0:
        return NO_LENGTH
    if length > max_body:
        return TOO_LARGE
    return environ["wsgi.input"].read(length) if length else b""


def wsgi_headers(environ: dict) -> List[Tuple[str, str]]:
    """The request headers of a WSGI environ (``HTTP_X_WEBHOOK_ID`` -> ``x-webhook-id``)."""
    return [(key[5:].replace("_", "-").lower(), value) for key, value in environ.items()
            if key.startswith("HTTP_") and isinstance(value, str)]


def wsgi_respond(start_response: Callable[..., Any], answer: Answer) -> List[bytes]:
    payload = answer.text.encode("utf-8")
    start_response(answer.status_line, [
        ("Content-Type", "text/plain; charset=utf-8"),
        ("Content-Length", str(len(payload))),
        *([("Allow", "POST")] if answer is NOT_POST else []),
    ])
    return [payload]
