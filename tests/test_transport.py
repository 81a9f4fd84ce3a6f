"""The transport against a real fault-injecting server on 127.0.0.1: retries (which requests are
repeated, how often, how long), timeouts, and responses that are not what they should be."""

import gzip
import json
import logging
import socket
import time

import pytest

import sentdm
from sentdm.transport import MAX_RESPONSE_BYTES
from tests.support.data import CUSTOMER, CUSTOMER_ID, PHONE, SENT_TO_PHONE, TEMPLATE_ID
from tests.support.faults import (HONOURED_KEYS, client_for, delay, reset, sequence, status,
                                  truncated)
from tests.support.server import LocalServer, json_answer

OK = json_answer(200, CUSTOMER)
SENT = json_answer(200, SENT_TO_PHONE)
MESSAGE = {"customer_id": CUSTOMER_ID, "phone_number": PHONE, "template_id": TEMPLATE_ID}


def get_customer(client):
    return client.customers.get_customer_by_id(id=CUSTOMER_ID)


def send_message(client, **extra):
    return client.messages.send_message_to_phone_number(**MESSAGE, **extra)


# --- safe operations (GET) ------------------------------------------------------------------

def test_get_recovers_from_503s_and_resets_within_the_retry_budget(server):
    server.respond = sequence(status(503), reset, status(503), reset, OK)
    customer = get_customer(client_for(server, max_retries=4))
    assert customer.name == "Acme Corp"
    assert len(server.received) == 5


def test_get_gives_up_after_the_budget_with_the_last_status(server):
    server.respond = sequence(reset, status(503, b"busy"))
    with pytest.raises(sentdm.InternalServerError) as caught:
        get_customer(client_for(server, max_retries=2))
    assert caught.value.status_code == 503 and caught.value.text == "busy"
    assert len(server.received) == 3


def test_get_gives_up_after_the_budget_with_a_connection_error(server):
    server.respond = sequence(reset)
    with pytest.raises(sentdm.APIConnectionError) as caught:
        get_customer(client_for(server, max_retries=2))
    assert not isinstance(caught.value, sentdm.APITimeoutError)
    assert "GET /customers/" in str(caught.value)
    assert len(server.received) == 3


@pytest.mark.parametrize("code", [408, 429, 500, 502, 503, 504])
def test_get_retries_each_transient_status(server, code):
    server.respond = sequence(status(code), OK)
    assert get_customer(client_for(server)).name == "Acme Corp"
    assert len(server.received) == 2


@pytest.mark.parametrize("code", [400, 401, 404, 409, 422, 501])
def test_other_statuses_are_not_retried(server, code):
    server.respond = sequence(status(code))
    with pytest.raises(sentdm.APIStatusError) as caught:
        get_customer(client_for(server))
    assert caught.value.status_code == code
    assert len(server.received) == 1


def test_get_read_timeout_is_retried(server):
    server.respond = sequence(delay(1.0, OK), OK)
    assert get_customer(client_for(server, timeout=(2, 0.2))).name == "Acme Corp"
    assert len(server.received) == 2


@pytest.mark.parametrize("max_retries", [0, 1])
def test_read_timeout_names_itself_also_when_retries_run_out(server, max_retries):
    server.respond = sequence(delay(1.0, OK))
    with pytest.raises(sentdm.APITimeoutError) as caught:
        get_customer(client_for(server, timeout=(2, 0.2), max_retries=max_retries))
    assert caught.value.which == "read"
    assert "read timeout" in str(caught.value) and "0.2 s" in str(caught.value)
    assert len(server.received) == max_retries + 1


@pytest.fixture
def unanswered_port():
    """A port whose accept queue is full, so that a new connection hangs until it times out."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(0)
    fillers = []
    for _ in range(4):
        filler = socket.socket()
        filler.setblocking(False)
        filler.connect_ex(listener.getsockname())
        fillers.append(filler)
    time.sleep(0.05)
    yield listener.getsockname()[1]
    for sock in [*fillers, listener]:
        sock.close()


@pytest.mark.parametrize("max_retries", [0, 1])
def test_connect_timeout_names_itself_also_when_retries_run_out(unanswered_port, max_retries):
    client = sentdm.Client(api_key="k", base_url=f"http://127.0.0.1:{unanswered_port}",
                           timeout=(0.2, 5), max_retries=max_retries, backoff_factor=0.01)
    with pytest.raises(sentdm.APITimeoutError) as caught:
        send_message(client)  # a POST: connect failures are retried for it too
    assert caught.value.which == "connect"
    assert "connect timeout" in str(caught.value) and "0.2 s" in str(caught.value)


# --- operations that are not idempotent (POST) ----------------------------------------------

@pytest.mark.parametrize("fault", [status(500), status(502), status(503), status(504),
                                   status(408), status(503, headers={"Retry-After": "0"}), reset,
                                   delay(1.0, SENT)],
                         ids=["500", "502", "503", "504", "408", "503-retry-after", "reset",
                              "timeout"])
def test_post_that_may_have_arrived_is_received_exactly_once(server, fault):
    server.respond = sequence(fault, SENT)
    with pytest.raises(sentdm.APIError):
        send_message(client_for(server, timeout=(2, 0.2), max_retries=3))
    assert len(server.received) == 1


POST_FAULTS = dict(argvalues=[status(500), status(503), reset, delay(1.0, SENT)],
                   ids=["500", "503", "reset", "timeout"])


@pytest.mark.parametrize("fault", **POST_FAULTS)
def test_post_with_a_key_the_api_honours_is_retried_with_the_same_key(server, fault):
    server.respond = sequence(fault, fault, SENT)
    client = client_for(server, timeout=(2, 0.2), max_retries=3, endpoints=HONOURED_KEYS)
    sent = send_message(client, idempotency_key="order-1234")
    assert sent.status == "queued"
    assert len(server.received) == 3
    assert {r.headers["Idempotency-Key"] for r in server.received} == {"order-1234"}
    assert len({r.body for r in server.received}) == 1


@pytest.mark.parametrize("fault", **POST_FAULTS)
def test_a_key_the_api_does_not_honour_never_makes_a_retry_safe(server, fault):
    """v1.1 does not deduplicate by key: a second attempt could send a second message."""
    server.respond = sequence(fault, SENT)
    with pytest.raises(sentdm.APIError):
        send_message(client_for(server, timeout=(2, 0.2), max_retries=3),
                     idempotency_key="order-1234")
    assert len(server.received) == 1
    assert server.received[0].headers["Idempotency-Key"] == "order-1234"  # sent as given


@pytest.mark.parametrize("fault", **POST_FAULTS)
def test_where_keys_are_honoured_a_call_without_one_gets_one_key_for_all_its_retries(server,
                                                                                     fault):
    server.respond = sequence(fault, SENT, SENT)
    client = client_for(server, timeout=(2, 0.2), max_retries=3, endpoints=HONOURED_KEYS)
    first = client.messages.send_message_to_phone_number_with_http_info(**MESSAGE)
    send_message(client)
    keys = [r.headers["Idempotency-Key"] for r in server.received]
    assert len(keys) == 3 and keys[0] == keys[1] != keys[2]   # same on retry, new per call
    assert all(len(key) == 32 and int(key, 16) >= 0 for key in keys)  # uuid4 hex
    assert first.response.request.headers["Idempotency-Key"] == keys[0]


def test_where_keys_are_not_honoured_a_post_without_one_sends_no_idempotency_header(server):
    server.respond = sequence(SENT)
    send_message(client_for(server))
    assert "Idempotency-Key" not in server.received[0].headers


def test_post_answered_429_is_retried(server):
    server.respond = sequence(status(429), SENT)
    assert send_message(client_for(server)).status == "queued"
    assert len(server.received) == 2


def test_post_refused_connection_is_retried():
    """The server holds its port but refuses connections until the client's first retry."""
    with LocalServer(lambda r: SENT, listening=False) as server:
        class ListenOnFirstRetry(logging.Handler):
            def emit(self, record):
                if record.getMessage().startswith("retrying") and not server._thread.is_alive():
                    server.listen()

        handler = ListenOnFirstRetry()
        logger = logging.getLogger("sentdm")
        logger.addHandler(handler)
        old_level = logger.level
        logger.setLevel(logging.INFO)
        try:
            sent = send_message(client_for(server, max_retries=3, backoff_factor=0.05))
        finally:
            logger.removeHandler(handler)
            logger.setLevel(old_level)
        assert sent.status == "queued"
        assert len(server.received) == 1


def test_post_refused_every_time_gives_a_connection_error():
    with LocalServer(listening=False) as server:
        with pytest.raises(sentdm.APIConnectionError) as caught:
            send_message(client_for(server, max_retries=2))
    assert "Connection refused" in str(caught.value)


# --- Retry-After and the time budget -----------------------------------------------------------

@pytest.mark.parametrize("call", [get_customer, send_message], ids=["GET", "POST"])
def test_retry_after_is_obeyed(server, call):
    server.respond = sequence(status(429, headers={"Retry-After": "1"}), SENT if call is
                              send_message else OK)
    call(client_for(server))
    first, second = server.received
    assert second.at - first.at >= 1.0


def test_retry_after_beyond_the_time_budget_gives_up_at_once(server):
    server.respond = sequence(status(429, b'{"error":"slow down"}', {"Retry-After": "20"}))
    started = time.monotonic()
    with pytest.raises(sentdm.RateLimitError) as caught:
        get_customer(client_for(server, max_retry_time=2))
    assert time.monotonic() - started < 20  # did not wait for a retry it would not make
    assert caught.value.headers["Retry-After"] == "20" and caught.value.error == "slow down"
    assert len(server.received) == 1


def test_the_time_spent_retrying_is_bounded(server):
    server.respond = sequence(status(503))
    started = time.monotonic()
    with pytest.raises(sentdm.InternalServerError):
        get_customer(client_for(server, max_retries=1000, backoff_factor=0.05, max_retry_time=0.5))
    assert time.monotonic() - started >= 0.5
    assert 2 < len(server.received) < 50


def test_a_backoff_wait_is_cut_to_end_within_the_budget(server):
    server.respond = sequence(status(503))
    started = time.monotonic()
    with pytest.raises(sentdm.InternalServerError):  # backoff would wait 0, then 4 s and more
        get_customer(client_for(server, max_retries=5, backoff_factor=2, max_retry_time=0.3))
    assert 0.3 <= time.monotonic() - started < 3  # far below the 4 s the second wait asks
    assert len(server.received) == 3


def test_a_malformed_retry_after_falls_back_to_backoff(server):
    server.respond = sequence(status(503, headers={"Retry-After": "soon"}), OK)
    assert get_customer(client_for(server)).name == "Acme Corp"
    assert len(server.received) == 2


# --- per-client and per-call options -----------------------------------------------------------

def test_with_options_changes_one_call_and_shares_the_pool(server):
    client = client_for(server, max_retries=0)
    server.respond = sequence(status(503), OK, status(503))
    assert get_customer(client.with_options(max_retries=1)).name == "Acme Corp"
    with pytest.raises(sentdm.InternalServerError):
        get_customer(client)
    assert len(server.received) == 3
    faster = client.with_options(timeout=0.5)
    assert faster.session is client.session
    assert faster.timeout == (0.5, 0.5) and client.timeout == (5.0, 30.0)
    assert faster.max_retries == 0 and faster.customers._client is faster


def test_with_options_timeout_applies_to_that_call(server):
    server.respond = sequence(delay(1.0, OK))
    client = client_for(server, max_retries=0)
    with pytest.raises(sentdm.APITimeoutError) as caught:
        get_customer(client.with_options(timeout=(2, 0.2)))
    assert caught.value.which == "read"


@pytest.mark.parametrize("options", [
    {"timeout": 0}, {"timeout": -1}, {"timeout": "5"}, {"timeout": (1, 2, 3)},
    {"timeout": (1, None)}, {"max_retries": -1}, {"max_retries": 1.5}, {"max_retries": True},
    {"backoff_factor": -0.1}, {"backoff_factor": float("nan")}, {"max_retry_time": "1"}])
def test_bad_options_are_configuration_errors(options):
    with pytest.raises(sentdm.ConfigurationError):
        sentdm.Client(api_key="k", **options)
    with pytest.raises(sentdm.ConfigurationError):
        sentdm.Client(api_key="k").with_options(**options)


# --- malformed responses ---------------------------------------------------------------------

HTML = b"<html><body><h1>502 Bad Gateway</h1></body></html>"


@pytest.mark.parametrize("answer,error,text", [
    (status(200, HTML, {"Content-Type": "text/html"}), sentdm.APIResponseValidationError, HTML),
    (status(502, HTML, {"Content-Type": "text/html"}), sentdm.InternalServerError, HTML),
    (status(200), sentdm.APIResponseValidationError, b""),
    (status(200, b'{"id": "123e4567-e89b'), sentdm.APIResponseValidationError,
     b'{"id": "123e4567-e89b'),
    (status(200, b'["a", "list"]'), sentdm.APIResponseValidationError, b'["a", "list"]'),
    (status(200, b'"a string"'), sentdm.APIResponseValidationError, b'"a string"'),
    (status(200, b"[" * 100000), sentdm.APIResponseValidationError, b"[" * 100000),
    (status(400, b"{" * 100000), sentdm.BadRequestError, b"{" * 100000),
    (status(200, b'{"name": "\xff"}'), sentdm.APIResponseValidationError,
     b'{"name": "\xff"}'),
], ids=["html-200", "html-502", "empty", "truncated-json", "list", "string", "deep-array",
        "deep-error", "not-utf8"])
def test_malformed_response_is_a_sentdm_error_with_status_and_raw_text(server, answer, error,
                                                                       text):
    server.respond = sequence(answer)
    with pytest.raises(error) as caught:
        get_customer(client_for(server, max_retries=0))
    assert type(caught.value) is error
    assert caught.value.status_code == answer[0]
    assert caught.value.text == text.decode("utf-8", errors="replace")


def test_list_operation_given_an_object_or_a_list_of_non_objects(server):
    client = client_for(server)
    for body in (b'{"data": []}', b"[1, 2]"):
        server.respond = sequence(status(200, body))
        with pytest.raises(sentdm.APIResponseValidationError) as caught:
            client.customers.get_all_customers(page=1, page_size=10)
        assert caught.value.text == body.decode()


def test_a_body_cut_short_is_a_connection_error(server):
    server.respond = sequence(truncated(OK))
    with pytest.raises(sentdm.APIConnectionError) as caught:
        get_customer(client_for(server))
    assert "IncompleteRead" in str(caught.value) or "broken" in str(caught.value).lower()


def test_a_success_body_over_the_cap_is_refused_and_the_client_goes_on(server):
    big = b'"' + b"x" * MAX_RESPONSE_BYTES + b'"'
    server.respond = sequence(status(200, big), OK)
    client = client_for(server)
    with pytest.raises(sentdm.APIResponseValidationError) as caught:
        get_customer(client)
    assert caught.value.status_code == 200
    assert "larger than the 10485760-byte limit" in str(caught.value)
    assert caught.value.text == big[:MAX_RESPONSE_BYTES].decode()
    assert get_customer(client).name == "Acme Corp"


def test_a_compressed_body_is_read_whole_and_capped_once_decompressed(server):
    gzipped = {"Content-Type": "application/json", "Content-Encoding": "gzip"}
    big = b'"' + b"x" * MAX_RESPONSE_BYTES + b'"'
    server.respond = sequence(status(200, gzip.compress(json.dumps(CUSTOMER).encode()), gzipped),
                              status(200, gzip.compress(big), gzipped))
    client = client_for(server)
    assert get_customer(client).name == "Acme Corp"
    with pytest.raises(sentdm.APIResponseValidationError, match="larger than the 10485760-byte"):
        get_customer(client)


def test_an_error_body_over_the_cap_keeps_its_status_and_its_start(server):
    server.respond = sequence(status(500, b"e" * (MAX_RESPONSE_BYTES + 10)))
    with pytest.raises(sentdm.InternalServerError) as caught:
        send_message(client_for(server))
    assert caught.value.status_code == 500
    assert len(caught.value.text) == MAX_RESPONSE_BYTES


# --- connections -------------------------------------------------------------------------------

def test_calls_reuse_their_connection_and_closing_the_session_closes_it(server):
    """Calls share a pooled connection; calls after the session talked to another host (its
    pool manager keeps one pool) still work; closing the session closes every connection the
    transport holds, so the next call opens a new one."""
    server.respond = lambda received: OK
    client = client_for(server)
    get_customer(client)
    get_customer(client)
    with LocalServer() as other:
        assert client.session.get(other.url + "/elsewhere", timeout=5).status_code == 200
        assert [r.target for r in other.received] == ["/elsewhere"]
    get_customer(client)
    client.session.close()
    assert get_customer(client).name == "Acme Corp"
    peers = [received.peer for received in server.received]
    assert peers[0] == peers[1] and peers[3] not in peers[:3]


def test_a_base_url_under_a_path_sends_the_whole_path(server):
    server.respond = lambda received: OK
    client = sentdm.Client(api_key="k", base_url=server.url + "/api/v1")
    for _ in range(2):
        assert get_customer(client).name == "Acme Corp"
    assert [r.target for r in server.received] == [f"/api/v1/customers/{CUSTOMER_ID}"] * 2


def test_a_remote_base_url_goes_through_the_environment_proxy_on_every_call(monkeypatch):
    """A plain-http proxy gets the whole URL on the request line, every time."""
    with LocalServer(lambda received: OK) as proxy:
        monkeypatch.setenv("HTTP_PROXY", proxy.url)
        for name in ("NO_PROXY", "no_proxy", "http_proxy"):
            monkeypatch.delenv(name, raising=False)
        client = sentdm.Client(api_key="k", base_url="http://api.sent.test",
                               allow_insecure_http=True)
        for _ in range(2):
            assert get_customer(client).name == "Acme Corp"
    assert [r.target for r in proxy.received] == [
        f"http://api.sent.test/customers/{CUSTOMER_ID}"] * 2
