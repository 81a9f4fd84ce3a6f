"""Fault injection: sentdm as an attacker or a broken network would try it (issue 10).

One section per class of fault: base URLs that parsers read differently, redirects, bodies that
break after the headers, exceptions crossing process boundaries, hostile ``Retry-After``, secrets
echoed back, a hostile client of the sandbox, bad settings, deeply nested data. Every network
case runs against a real server on 127.0.0.1. (Bulk resends are in test_bulk.py and the bulk
journal in test_bulk_journal.py; the command line's flags in test_cli.py.)
"""

import ipaddress
import json
import math
import multiprocessing
import pickle
import threading
from concurrent.futures import ProcessPoolExecutor
from urllib.parse import urlsplit

import pytest
import requests
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from urllib3.util import parse_url

import sentdm
from sentdm.testing import Sandbox
from tests.support.data import CUSTOMER, CUSTOMER_ID, SENT_TO_PHONE, TEMPLATE_ID
from tests.support.faults import (API_KEY, ACCESS_TOKEN, client_for, reset, sequence, stalled,
                                  status, truncated)
from tests.support.server import LocalServer, json_answer

OK = json_answer(200, CUSTOMER)
SENT = json_answer(200, SENT_TO_PHONE)
MESSAGE = {"customer_id": CUSTOMER_ID, "phone_number": "+14155552671", "template_id": TEMPLATE_ID}


def get_customer(client):
    return client.customers.get_customer_by_id(id=CUSTOMER_ID)


def send_message(client):
    return client.messages.send_message_to_phone_number(**MESSAGE)


# --- 1. base URLs that URL parsers read differently --------------------------------------------

def test_the_backslash_userinfo_trick_is_refused_before_anything_is_sent(server):
    port = urlsplit(server.url).port
    url = f"http://evil.example\\@127.0.0.1:{port}"
    # the differential itself: the standard library sees loopback, urllib3 (which connects) not
    assert urlsplit(url).hostname == "127.0.0.1" and parse_url(url).host == "evil.example"
    with pytest.raises(sentdm.ConfigurationError) as caught:
        sentdm.Client(api_key=API_KEY, base_url=url)
    assert "base_url" in str(caught.value) and API_KEY not in str(caught.value)
    with pytest.raises(sentdm.ConfigurationError):   # even where plain http is allowed
        sentdm.Client(api_key=API_KEY, base_url=url, allow_insecure_http=True)
    assert server.received == []


@pytest.mark.parametrize("spelling", [
    "http://evil.example\\@{host}", "http://{host}\\@evil.example", "http://u:p@{host}",
    "http://evil.example@{host}", "http://{host}\t.evil.example", "http://{host}\n.evil.example",
    "http://ev\til.example@{host}", "http://{host}\r\n@evil.example", "http:\\\\{host}",
    "http://{host}%2f@evil.example", "http://127.1:{port}", "http://0x7f.0.0.1:{port}",
    "http://2130706433:{port}", "http://017700000001:{port}", "http://[::ffff:127.0.0.1]:{port}",
    "http://127.0.0.1.evil.example:{port}", "http://evil.example#@{host}",
    "http://evil.example?@{host}", "http://\u217cocalhost:{port}", "http://{host}:{port}0000",
    " http://{host}", "http://{host}/\x00",
])
def test_ambiguous_or_non_loopback_http_spellings_are_refused(server, spelling):
    port = urlsplit(server.url).port
    url = spelling.format(host=f"127.0.0.1:{port}", port=port)
    with pytest.raises(sentdm.ConfigurationError):
        sentdm.Client(api_key=API_KEY, base_url=url)
    assert server.received == []


@pytest.mark.parametrize("spelling", ["http://127.0.0.1:{port}", "http://localhost:{port}/",
                                      "http://LOCALHOST:{port}", "http://%31%32%37.0.0.1:{port}",
                                      "HTTP://127.0.0.1:{port}"])
def test_plain_loopback_spellings_reach_the_loopback_server(server, spelling):
    server.respond = sequence(OK)
    client = sentdm.Client(api_key=API_KEY, base_url=spelling.format(
        port=urlsplit(server.url).port))
    assert get_customer(client).name == "Acme Corp"
    assert server.received[0].headers["x-api-key"] == API_KEY


_HOSTS = ["127.0.0.1", "localhost", "evil.example", "127.1", "0x7f.0.0.1", "2130706433",
          "[::1]", "[::ffff:127.0.0.1]", "[0:0:0:0:0:0:0:1]", "%31%32%37.0.0.1", "%65vil.example",
          "\u217cocalhost", "b\u00fccher.example", "xn--bcher-kva.example", "LOCALHOST",
          "127.0.0.1.evil.example", "localhost.", "\uff11\uff12\uff17.0.0.1", "[fe80::1%25lo]",
          "api.sent.dm"]
_PIECES = ["", "\\", "\t", "\n", "\r", " ", "@", "#", "?", "%", "%00", "%2f", "%5c", ":", "/",
           "\x00", "\u3002", "[", "]", "u:p@", "evil.example\\@", "evil.example@"]


@st.composite
def base_urls(draw):
    scheme = draw(st.sampled_from(["http", "https", "HTTP", "ftp", "", "http:"]))
    separator = draw(st.sampled_from(["://", ":/", ":\\\\", ":///", "//"]))
    userinfo = draw(st.sampled_from(["", "u@", "u:p@", "evil.example\\@", "a%40b@", "@"]))
    host = draw(st.sampled_from(_HOSTS))
    port = draw(st.sampled_from(["", ":8080", ":0", ":99999", ":-1", ":\uff18\uff10", ": 80"]))
    path = draw(st.sampled_from(["", "/", "/v1", "/v1/../x", "/%2e%2e/"]))
    url = scheme + separator + userinfo + host + port + path
    position = draw(st.integers(0, len(url)))
    return url[:position] + draw(st.sampled_from(_PIECES)) + url[position:]


def _loopback(host):
    try:
        return host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(url=base_urls(), allow_insecure_http=st.booleans())
def test_fuzz_a_base_url_is_refused_or_means_one_host_to_every_parser(url, allow_insecure_http):
    """Whatever the spelling: a ConfigurationError, or a URL whose host and port are the same to
    the standard library (requests picks the connection with it) and to urllib3 (which sends
    the request), with no user name, and loopback if it is plain http and that was not allowed."""
    try:
        client = sentdm.Client(api_key=API_KEY, base_url=url,
                               allow_insecure_http=allow_insecure_http)
    except sentdm.ConfigurationError as exc:
        assert API_KEY not in str(exc)
        return
    used = client.base_url + "/customers/x"   # as the transport builds every request's URL
    standard, parsed = urlsplit(used), parse_url(used)
    host = (parsed.host or "").strip("[]")
    assert standard.hostname == host.lower() and host
    assert standard.port == parsed.port and standard.scheme == parsed.scheme
    assert standard.username is None and parsed.auth is None
    assert not any(c.isspace() or c == "\\" or not c.isprintable() for c in client.base_url)
    assert standard.scheme in ("http", "https")
    if standard.scheme == "http" and not allow_insecure_http:
        assert _loopback(host)


# --- 2. redirects --------------------------------------------------------------------------------

@pytest.mark.parametrize("code", [301, 302, 303, 307, 308])
@pytest.mark.parametrize("call", [get_customer, send_message], ids=["GET", "POST"])
def test_a_redirect_is_a_sentdm_error_and_is_never_followed(server, code, call):
    with LocalServer() as elsewhere:
        target = f"{elsewhere.url}/steal?key={API_KEY}"
        server.respond = sequence(status(code, b"", {"Location": target}))
        with pytest.raises(sentdm.RedirectError) as caught:
            call(client_for(server))
        assert caught.value.status_code == code
        assert "not followed" in str(caught.value)
        assert API_KEY not in str(caught.value)           # the Location is shown masked
        assert len(server.received) == 1 and elsewhere.received == []


# --- 3. idempotent calls whose body breaks after the headers ---------------------------------

def test_a_get_whose_body_is_cut_short_is_sent_again(server):
    server.respond = sequence(truncated(OK), truncated(OK), OK)
    assert get_customer(client_for(server, max_retries=2)).name == "Acme Corp"
    assert len(server.received) == 3


def test_a_get_whose_body_stalls_past_the_read_timeout_is_sent_again(server):
    server.respond = sequence(stalled(OK, 1.0), OK)
    assert get_customer(client_for(server, timeout=(2, 0.2))).name == "Acme Corp"
    assert len(server.received) == 2


def test_a_get_whose_body_keeps_breaking_gives_up_after_the_retry_budget(server):
    server.respond = sequence(truncated(OK))
    with pytest.raises(sentdm.APIConnectionError):
        get_customer(client_for(server, max_retries=2))
    assert len(server.received) == 3


def test_a_get_stalled_every_time_names_the_read_timeout(server):
    server.respond = sequence(stalled(OK, 1.0))
    with pytest.raises(sentdm.APITimeoutError) as caught:
        get_customer(client_for(server, timeout=(2, 0.2), max_retries=1))
    assert caught.value.which == "read"
    assert len(server.received) == 2


@pytest.mark.parametrize("fault", [truncated(SENT), stalled(SENT, 1.0)],
                         ids=["truncated", "stalled"])
def test_a_post_whose_body_breaks_is_not_sent_again(server, fault):
    server.respond = sequence(fault, SENT)
    with pytest.raises(sentdm.APIConnectionError):
        send_message(client_for(server, timeout=(2, 0.2), max_retries=3))
    assert len(server.received) == 1


# --- 4. exceptions that cross process boundaries ---------------------------------------------

def _raised(server, answer, call=get_customer, **options):
    server.respond = sequence(answer)
    with pytest.raises(sentdm.SentdmError) as caught:
        call(client_for(server, max_retries=0, **options))
    return caught.value


def _every_kind_of_error(server):
    return [
        _raised(server, json_answer(404, {"error": "Customer not found", "details": ["id"]})),
        _raised(server, json_answer(429, {"error": "slow down"}, {"Retry-After": "7"})),
        _raised(server, status(302, b"", {"Location": "https://elsewhere.example/"})),
        _raised(server, status(200, b"<html>")),                   # APIResponseValidationError
        _raised(server, stalled(OK, 1.0), timeout=(2, 0.2)),       # APITimeoutError
        _raised(server, reset),                                    # APIConnectionError
        _validation_error(),
        _configuration_error(),
        _table_error(),
    ]


def _validation_error():
    try:
        sentdm.Client(api_key="k").customers.get_customer_by_id(id="not a uuid")
    except sentdm.ValidationError as exc:
        return exc
    raise AssertionError("no ValidationError")


def _configuration_error():
    try:
        sentdm.Client(api_key="k", timeout=-1)
    except sentdm.ConfigurationError as exc:
        return exc
    raise AssertionError("no ConfigurationError")


def _table_error():
    return sentdm.TableError("extra.toml", "endpoint things.get", "field 'method': missing")


def test_every_sentdm_error_pickles_with_its_message_and_attributes(server):
    for error in _every_kind_of_error(server):
        copy = pickle.loads(pickle.dumps(error))
        assert type(copy) is type(error) and str(copy) == str(error)
        for name, value in vars(error).items():
            if name == "response":
                assert copy.response is None      # it holds the request's credentials
            else:
                assert getattr(copy, name) == value, name


def _call_and_raise(base_url):
    """In a worker process: a call that the server answers 404."""
    sentdm.Client(api_key=API_KEY, base_url=base_url, max_retries=0).customers \
        .get_customer_by_id(id=CUSTOMER_ID)


def test_a_process_pool_whose_worker_raises_a_sentdm_error_survives_it(server):
    server.respond = lambda r: json_answer(404, {"error": "Customer not found"})
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(1, mp_context=context) as pool:
        failed = pool.submit(_call_and_raise, server.url)
        error = failed.exception(timeout=60)
        assert type(error) is sentdm.NotFoundError and error.error == "Customer not found"
        assert pool.submit(math.sqrt, 4.0).result(timeout=60) == 2.0   # the pool is not broken
    with context.Pool(1) as pool:
        with pytest.raises(sentdm.NotFoundError):
            pool.map_async(_call_and_raise, [server.url]).get(timeout=60)  # no hang


# --- 5. hostile Retry-After --------------------------------------------------------------------

def _run_in_thread(function):
    """Run ``function`` in a thread; a call that waits for the server's hour hangs the test, so
    it is given a minute and then reported as hanging."""
    outcome = {}

    def run():
        try:
            outcome["value"] = function()
        except BaseException as exc:  # noqa: B902 - reported to the test
            outcome["error"] = exc

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(60)
    assert not thread.is_alive(), "still waiting for the server's Retry-After"
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


@pytest.mark.parametrize("value", ["3600", "1e300", "9" * 400, "inf",
                                   "Fri, 31 Dec 9999 23:59:59 GMT"])
def test_bulk_does_not_wait_out_a_retry_after_beyond_its_budget(server, value):
    server.respond = lambda r: json_answer(429, {"error": "slow down"}, {"Retry-After": value})
    client = client_for(server, max_retry_time=2)
    numbers = [f"+1415555{i:04d}" for i in range(6)]
    summary = _run_in_thread(lambda: client.send_bulk(
        customer_id=CUSTOMER_ID, template_id=TEMPLATE_ID, phone_numbers=numbers, concurrency=2))
    assert [r.status for r in summary.results] == ["not_sent"] * 6
    assert isinstance(summary.results[0].error, sentdm.RateLimitError)
    assert len(server.received) <= 2     # the batch stopped at the first answers


@pytest.mark.parametrize("value", ["3600", "9" * 400, "Fri, 31 Dec 9999 23:59:59 GMT"])
def test_a_call_does_not_wait_out_a_retry_after_beyond_its_budget(server, value):
    server.respond = sequence(json_answer(429, {"error": "slow down"}, {"Retry-After": value}))
    with pytest.raises(sentdm.RateLimitError) as caught:
        _run_in_thread(lambda: get_customer(client_for(server, max_retry_time=2)))
    assert caught.value.headers["Retry-After"] == value
    assert len(server.received) == 1


# --- 6. secrets a server echoes back -----------------------------------------------------------

def test_a_model_does_not_show_an_echoed_credential(server):
    echo = {**CUSTOMER, "apiKey": API_KEY, "received": {"x-api-key": API_KEY,
                                                        "authorization": f"Bearer {ACCESS_TOKEN}"},
            "note": f"Bearer {ACCESS_TOKEN}", "tokens": [{"refresh_token": "r-123"}]}
    server.respond = sequence(json_answer(200, echo))
    customer = get_customer(client_for(server))
    shown = repr(customer)
    assert API_KEY not in shown and ACCESS_TOKEN not in shown and "r-123" not in shown
    assert customer.extra["apiKey"] == API_KEY     # the data itself is kept as received
    assert customer.to_dict() == echo


# (the command line's error details: test_cli.py::test_error_details_do_not_show_the_key)


# --- 7. the sandbox against a hostile client ---------------------------------------------------

@pytest.fixture
def sandbox():
    with Sandbox() as running:
        yield running


def _raw(sandbox, method, path, body=None, **kwargs):
    return requests.request(method, sandbox.url + path, data=body,
                            headers={"x-api-key": sandbox.api_key,
                                     "Content-Type": "application/json"}, timeout=30, **kwargs)


def test_the_sandbox_answers_400_to_json_nested_too_deeply(sandbox):
    for body in (b"[" * 100000 + b"]" * 100000, b'{"a":' * 50000 + b"1" + b"}" * 50000):
        answer = _raw(sandbox, "POST", "/customers", body)
        assert answer.status_code == 400 and "nested too deeply" in answer.json()["details"][0]


@pytest.mark.parametrize("page", [10 ** 30, 2 ** 63, "9" * 5000])
def test_the_sandbox_answers_a_huge_page_number_without_failing(sandbox, page):
    sandbox.client.customers.create_customer(body="Acme Corp")
    answer = _raw(sandbox, "GET", f"/customers?page={page}&pageSize=10")
    assert answer.status_code in (200, 400), answer.text
    assert answer.json() == [] if answer.status_code == 200 else "page" in answer.text


def test_the_sandbox_refuses_a_body_over_its_cap_and_stores_nothing(sandbox):
    from sentdm.sandbox.app import MAX_BODY_BYTES

    answer = _raw(sandbox, "POST", "/customers", json.dumps("x" * MAX_BODY_BYTES).encode())
    assert answer.status_code == 413
    assert sandbox.client.customers.get_all_customers(page=1, page_size=10) == []


def test_a_put_without_its_body_is_a_400_that_changes_nothing(sandbox):
    customer = sandbox.client.customers.create_customer(body="Acme Corp")
    answer = _raw(sandbox, "PUT", f"/customers/{customer.id}")
    assert answer.status_code == 400 and "body" in answer.json()["details"][0]
    assert sandbox.client.customers.get_customer_by_id(id=customer.id).name == "Acme Corp"


def test_the_sandbox_ignores_unknown_body_fields_as_a_lenient_server_does(sandbox):
    customer = sandbox.client.customers.create_customer(body="Acme Corp")
    answer = _raw(sandbox, "PUT", f"/customers/{customer.id}",
                  json.dumps({"name": "Acme Inc", "colour": "red"}).encode())
    assert answer.status_code == 200, answer.text
    assert answer.json()["name"] == "Acme Inc" and "colour" not in answer.json()


# --- 8. bad settings fail at construction ------------------------------------------------------

@pytest.mark.parametrize("options", [
    {"api_key": "k\u00e9y"}, {"api_key": "key\x01"}, {"api_key": "key\x7f"},
    {"api_key": "key\u2028"}, {"api_key": "key\t"}, {"api_key": " key"}, {"api_key": 123},
    {"api_key": b"key"}, {"api_key": "k", "access_token": "t\u00f6ken"},
    {"api_key": "k", "access_token": ["t"]}, {"api_key": "k", "timeout": math.inf},
    {"api_key": "k", "timeout": (5, math.inf)}, {"api_key": "k", "timeout": math.nan},
    {"api_key": "k", "max_retry_time": math.inf}, {"api_key": "k", "backoff_factor": math.inf},
    {"api_key": "k", "base_url": 8080}, {"api_key": "k", "allow_insecure_http": "false"},
    {"api_key": "k", "check_formats": "no"},
], ids=repr)
def test_bad_settings_are_configuration_errors_at_construction(options):
    with pytest.raises(sentdm.ConfigurationError) as caught:
        sentdm.Client(**options)
    assert "k\u00e9y" not in str(caught.value)


def test_a_bad_key_in_the_environment_is_a_configuration_error(monkeypatch):
    monkeypatch.setenv("SENTDM_API_KEY", "k\u00e9y")
    with pytest.raises(sentdm.ConfigurationError):
        sentdm.Client()


@pytest.mark.parametrize("verify, environment", [
    ("/nonexistent/ca.pem", {}), (123, {}), (True, {"REQUESTS_CA_BUNDLE": "/nonexistent/ca.pem"}),
])
def test_a_missing_ca_bundle_is_a_configuration_error_not_an_os_error(monkeypatch, verify,
                                                                      environment):
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    with pytest.raises(sentdm.ConfigurationError):
        sentdm.Client(api_key="k", verify=verify)


# --- 9. deeply nested data ---------------------------------------------------------------------

def _nested(depth):
    value = {}
    for _ in range(depth):
        value = {"n": [value]}
    return value


def test_to_dict_and_repr_of_a_model_holding_deeply_nested_data(server):
    deep = {**CUSTOMER, "tree": _nested(300)}    # 600 levels: within what the JSON parser reads
    server.respond = sequence(json_answer(200, deep))
    customer = get_customer(client_for(server))
    assert customer.to_dict() == json.loads(json.dumps(deep))
    assert "..." in repr(customer)
    assert pickle.loads(pickle.dumps(customer)) == customer
    built = sentdm.Customer.from_wire({"id": "x", "tree": _nested(20000)})
    copied = built.to_dict()
    assert copied is not built._raw and copied["tree"]["n"][0] is not built._raw["tree"]["n"][0]



@pytest.mark.parametrize("api", ["v1.1", "v3"])
def test_an_error_answer_with_deeply_nested_details_is_still_a_sentdm_error(server, api):
    details = [_nested(300)]
    body = ({"success": False, "data": None, "meta": {"request_id": "r"},
             "error": {"code": "VALIDATION_001", "message": "bad", "details": details}}
            if api == "v3" else {"error": "bad", "details": details})
    server.respond = sequence(json_answer(400, body))
    client = sentdm.Client(api=api, api_key=API_KEY, base_url=server.url)
    with pytest.raises(sentdm.BadRequestError) as caught:
        if api == "v3":
            client.contacts.list()
        else:
            get_customer(client)
    assert "bad" in str(caught.value)
    assert pickle.loads(pickle.dumps(caught.value)).status_code == 400
