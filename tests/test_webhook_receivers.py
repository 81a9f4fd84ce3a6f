"""The receivers: Receiver (for a framework's view), WSGIApp through a real wsgiref server and
ASGIApp through a real uvicorn server on 127.0.0.1, and ASGIApp driven message by message.

Every request is signed in the test with the hmac module (tests/test_webhooks.py's ``signature``).
"""

import asyncio
import json
import logging
import threading

import pytest
import requests
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import sentdm.webhooks as webhooks
from sentdm import ConfigurationError
from sentdm.webhooks import ASGIApp, MemoryStore, Receiver, SQLiteStore, WSGIApp
from tests.support.apps import serve_asgi, serve_wsgi
from tests.test_webhooks import KEY, OTHER_KEY, SECRET, WEBHOOK_ID, signature


def event_body(message_id="m-1", status="DELIVERED", emitted="2026-11-29T14:00:00Z"):
    return json.dumps({
        "field": "message", "event": f"message.{status.lower()}", "timestamp": emitted,
        "payload": {"message_id": message_id, "message_status": status,
                    "updated_at": "2026-11-29T13:59:58Z"}}).encode()


def signed(body, key=KEY, timestamp=None):
    """Headers for ``body`` signed now (a redelivery is signed afresh: a new timestamp)."""
    import time
    stamp = int(time.time()) if timestamp is None else timestamp
    return {"x-webhook-id": WEBHOOK_ID, "x-webhook-timestamp": str(stamp),
            "x-webhook-signature": signature(key, WEBHOOK_ID, stamp, body)}


class Recorder:
    """A handler that records what it is given, and can be told to fail or to wait."""

    def __init__(self):
        self.events = []
        self.fail = False
        self.entered = threading.Event()
        self.proceed = threading.Event()
        self.proceed.set()

    def __call__(self, event):
        self.entered.set()
        self.proceed.wait(30)
        if self.fail:
            raise RuntimeError("the database is down")
        self.events.append(event)


# --- Receiver, as a framework's view uses it ----------------------------------------------------

def test_an_event_is_handed_over_once_and_its_redeliveries_answered_as_duplicates():
    handler = Recorder()
    receiver = Receiver(handler, SECRET)
    body = event_body()
    assert receiver.receive(body, signed(body)) == (200, "ok")
    assert receiver.receive(body, signed(body)) == (200, "duplicate")
    later = event_body(emitted="2026-11-29T14:10:00Z")  # re-emitted: same occurrence
    assert receiver.receive(later, signed(later)) == (200, "duplicate")
    other = event_body(status="READ")
    assert receiver.receive(other, signed(other)) == (200, "ok")
    assert [e.payload.message_status for e in handler.events] == ["DELIVERED", "READ"]


def test_a_failed_verification_answers_400_with_the_reason_only(caplog):
    receiver = Receiver(Recorder(), SECRET)
    body = event_body()
    with caplog.at_level(logging.WARNING, "sentdm.webhooks"):
        assert receiver.receive(body, signed(body, key=OTHER_KEY)) == (400, "signature mismatch")
    assert "none of the 1 signature(s)" in caplog.text and SECRET not in caplog.text
    assert receiver.receive(body, {}) == (400, "missing header")
    assert receiver.receive(b"[]", signed(b"[]")) == (400, "invalid body")


def test_a_handler_that_raises_gets_500_and_the_redelivery_is_handled_afresh(caplog):
    handler = Recorder()
    receiver = Receiver(handler, SECRET)
    body = event_body()
    handler.fail = True
    with caplog.at_level(logging.ERROR, "sentdm.webhooks"):
        assert receiver.receive(body, signed(body)) == (500, "handler failed")
    assert "the database is down" in caplog.text  # logged with its traceback
    handler.fail = False
    assert receiver.receive(body, signed(body)) == (200, "ok")
    assert len(handler.events) == 1


def test_a_delivery_while_another_is_being_handled_is_asked_to_come_back():
    handler = Recorder()
    handler.proceed.clear()
    receiver = Receiver(handler, SECRET)
    body = event_body()
    first = threading.Thread(target=receiver.receive, args=(body, signed(body)))
    first.start()
    assert handler.entered.wait(30)
    assert receiver.receive(body, signed(body)) == (409, "in progress")
    handler.proceed.set()
    first.join()
    assert receiver.receive(body, signed(body)) == (200, "duplicate")


def test_without_a_store_every_delivery_is_handed_over():
    handler = Recorder()
    receiver = Receiver(handler, SECRET, store=None)
    body = event_body()
    for _ in range(3):
        assert receiver.receive(body, signed(body)) == (200, "ok")
    assert len(handler.events) == 3


def test_a_store_that_cannot_be_asked_answers_503_and_the_event_is_not_handed_over(tmp_path):
    handler = Recorder()
    receiver = Receiver(handler, SECRET, store=SQLiteStore(tmp_path / "events.db"))
    (tmp_path / "events.db").unlink()
    (tmp_path / "events.db").mkdir()
    body = event_body()
    assert receiver.receive(body, signed(body)) == (503, "store failed")
    assert handler.events == []


def test_set_up_mistakes_are_caught_at_construction_and_the_secret_never_shown():
    with pytest.raises(ConfigurationError, match="whsec_"):
        Receiver(Recorder(), "plain-text")
    with pytest.raises(ConfigurationError, match="handler"):
        Receiver("not a function", SECRET)
    with pytest.raises(ConfigurationError, match="store: must have claim"):
        Receiver(Recorder(), SECRET, store="sqlite")
    assert SECRET[6:] not in repr(Receiver(Recorder(), SECRET))


# --- the same, over HTTP, through WSGI and ASGI servers ------------------------------------------

@pytest.fixture(params=["wsgi", "asgi", "asgi-async-handler"])
def serve(request):
    """serve(handler, **options) -> the URL of a real server running that receiver."""
    def start(handler, **options):
        if request.param == "wsgi":
            return serve_wsgi(WSGIApp(handler, SECRET, **options))
        if request.param == "asgi-async-handler":
            async def handle(event):
                await asyncio.sleep(0)
                handler(event)
            return serve_asgi(ASGIApp(handle, SECRET, **options))
        return serve_asgi(ASGIApp(handler, SECRET, **options))
    return start


def post(url, body, headers):
    response = requests.post(url + "/webhooks/sent", data=body, headers=headers, timeout=30)
    return response.status_code, response.text


def test_over_http_the_answers_follow_the_table(serve):
    handler = Recorder()
    with serve(handler) as url:
        body = event_body()
        assert post(url, body, signed(body)) == (200, "ok")
        assert post(url, body, signed(body)) == (200, "duplicate")
        assert post(url, body.replace(b"m-1", b"m-2"), signed(body)) == (400, "signature mismatch")
        assert post(url, body, signed(body, timestamp=1)) == (400, "timestamp too old")
        handler.fail = True
        failing = event_body("m-3")
        assert post(url, failing, signed(failing)) == (500, "handler failed")
        handler.fail = False
        assert post(url, failing, signed(failing)) == (200, "ok")
        response = requests.get(url + "/webhooks/sent", timeout=30)
        assert (response.status_code, response.headers["Allow"]) == (405, "POST")
    assert [e.payload.message_id for e in handler.events] == ["m-1", "m-3"]
    assert all(e.webhook_id == WEBHOOK_ID for e in handler.events)


def test_over_http_a_body_beyond_the_limit_is_refused_unread(serve):
    handler = Recorder()
    with serve(handler, max_body=1000) as url:
        big = event_body(message_id="x" * 2000)
        assert post(url, big, signed(big)) == (413, "body too large")
        chunked = iter([big[:500], big[500:]])  # no Content-Length: sent in chunks
        response = requests.post(url, data=chunked, headers=signed(big), timeout=30)
        assert response.status_code in (411, 413)
    assert handler.events == []


def test_a_wsgi_and_an_asgi_receiver_sharing_an_sqlite_store_hand_each_event_over_once(tmp_path):
    handler = Recorder()
    path = tmp_path / "events.db"
    with serve_wsgi(WSGIApp(handler, SECRET, store=SQLiteStore(path))) as first, \
            serve_asgi(ASGIApp(handler, SECRET, store=SQLiteStore(path))) as second:
        bodies = [event_body(f"m-{n}") for n in range(10)]
        answers = [post(url, body, signed(body)) for body in bodies for url in (first, second)]
    assert answers == [(200, "ok"), (200, "duplicate")] * 10
    assert len(handler.events) == 10


# --- ASGI, message by message -------------------------------------------------------------------

def drive(app, scope, messages):
    """Run one ASGI call with these incoming messages; what the app sent."""
    sent = []

    async def run():
        incoming = list(messages)

        async def receive():
            return incoming.pop(0)

        async def send(message):
            sent.append(message)

        await app(scope, receive, send)

    asyncio.run(run())
    return sent


def http_scope(headers, method="POST"):
    return {"type": "http", "method": method, "path": "/",
            "headers": [(k.encode(), v.encode()) for k, v in headers.items()]}


def test_asgi_reads_a_body_sent_in_several_messages():
    handler = Recorder()
    body = event_body()
    sent = drive(ASGIApp(handler, SECRET), http_scope(signed(body)), [
        {"type": "http.request", "body": body[:10], "more_body": True},
        {"type": "http.request", "body": body[10:], "more_body": False}])
    assert sent[0]["status"] == 200 and sent[1]["body"] == b"ok"
    assert handler.events[0].payload.message_id == "m-1"


def test_asgi_answers_the_lifespan_and_ignores_a_client_that_left():
    app = ASGIApp(Recorder(), SECRET)
    sent = drive(app, {"type": "lifespan"}, [{"type": "lifespan.startup"},
                                             {"type": "lifespan.shutdown"}])
    assert [m["type"] for m in sent] == ["lifespan.startup.complete", "lifespan.shutdown.complete"]
    body = event_body()
    sent = drive(app, http_scope(signed(body)), [
        {"type": "http.request", "body": body[:10], "more_body": True},
        {"type": "http.disconnect"}])
    assert sent[0]["status"] == 400
    with pytest.raises(ValueError, match="websocket"):
        drive(app, {"type": "websocket"}, [])


def test_the_asgi_app_is_imported_on_first_use_only():
    assert webhooks.ASGIApp is ASGIApp
    with pytest.raises(AttributeError, match="no attribute 'Nothing'"):
        webhooks.Nothing
    assert isinstance(Receiver(Recorder(), SECRET).store, MemoryStore)


# --- handlers that return awaitables, set-up checks, any request ----------------------------------

async def record_later(recorder, event):
    await asyncio.sleep(0)
    recorder(event)


def test_a_plain_receiver_refuses_a_handler_that_returns_a_coroutine(caplog):
    handler = Recorder()
    receiver = Receiver(lambda event: record_later(handler, event), SECRET)
    body = event_body()
    with caplog.at_level(logging.ERROR, "sentdm.webhooks"):
        assert receiver.receive(body, signed(body)) == (500, "handler failed")
    assert "returned an awaitable" in caplog.text and handler.events == []


def test_the_asgi_app_awaits_what_a_plain_handler_returns():
    handler = Recorder()
    app = ASGIApp(lambda event: record_later(handler, event), SECRET)
    body = event_body()
    sent = drive(app, http_scope(signed(body)), [{"type": "http.request", "body": body}])
    assert sent[1]["body"] == b"ok" and len(handler.events) == 1


@pytest.mark.parametrize("option, value", [("tolerance", -1), ("tolerance", "300"),
                                           ("tolerance", float("nan")), ("max_body", 0),
                                           ("max_body", 1.5)])
def test_bad_options_are_configuration_errors(option, value):
    with pytest.raises(ConfigurationError, match=option):
        Receiver(Recorder(), SECRET, **{option: value})
    if option == "tolerance":
        with pytest.raises(ConfigurationError, match=option):
            webhooks.verify(b"{}", {}, SECRET, tolerance=value)


ANSWERS = {(200, "ok"), (200, "duplicate"), (400, "missing header"), (400, "malformed header"),
           (400, "timestamp too old"), (400, "timestamp too new"), (400, "signature mismatch"),
           (400, "invalid body")}
HEADER_VALUES = st.text(max_size=40) | st.sampled_from(["v1,AAAA", "0", "v1,"])


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(body=st.binary(max_size=80) | st.builds(lambda e: json.dumps(e).encode(), st.dictionaries(
           st.sampled_from(["field", "event", "payload", "timestamp"]),
           st.none() | st.text(max_size=10) | st.dictionaries(st.text(max_size=5), st.integers()))),
       sign_it=st.booleans(),
       extra=st.dictionaries(st.sampled_from(["x-webhook-id", "x-webhook-timestamp",
                                              "x-webhook-signature"]), HEADER_VALUES))
def test_any_request_gets_one_of_the_documented_answers(body, sign_it, extra):
    receiver = PROPERTY_RECEIVER
    sent = {**(signed(body) if sign_it else {}), **extra}
    assert tuple(receiver.receive(body, sent)) in ANSWERS


PROPERTY_RECEIVER = Receiver(lambda event: None, SECRET)
