"""The v3 sandbox's own behaviour, on a small v3-shaped table (tests/tables/sandbox_v3.toml):
the envelope and error codes, idempotency keys, the rate limit, the sandbox flag, and webhook
events through a message's lifecycle, all over real HTTP on 127.0.0.1."""

import threading
import time
from pathlib import Path

import pytest
import requests

import sentdm.webhooks
from sentdm.sandbox import Sandbox
from sentdm.sandbox.samples import new_secret
from sentdm.sandbox.server import Mount, serve_wsgi
from sentdm.service import register_api

API = "v3-sandbox-test"  # sorts after the real "v3" in lists of versions
register_api(API, Path(__file__).with_name("tables") / "sandbox_v3.toml")

FAILING = "+14155550000"  # ends in 0000: the carrier refuses it after routing
WAIT = 20.0  # the most any test waits for events, in seconds


@pytest.fixture
def sandbox():
    with Sandbox(api=API, lifecycle_step=0.01) as sandbox:
        yield sandbox


@pytest.fixture
def http(sandbox):
    """Raw requests to the sandbox with its key."""
    session = requests.Session()
    session.trust_env = False
    session.headers["x-api-key"] = sandbox.api_key
    base = sandbox.url

    def call(method, path, **options):
        return session.request(method, base + path, **options)

    yield call
    session.close()


class Inbox:
    """A receiver's events, handed over by sentdm.webhooks.WSGIApp (verified, deduplicated)."""

    def __init__(self):
        self.events = []
        self.changed = threading.Condition()

    def __call__(self, event):
        with self.changed:
            self.events.append(event)
            self.changed.notify_all()

    def wait_for(self, count):
        deadline = time.monotonic() + WAIT
        with self.changed:
            while len(self.events) < count and time.monotonic() < deadline:
                self.changed.wait(0.05)
        return list(self.events)


@pytest.fixture
def receiver():
    forwarder = Mount()
    with serve_wsgi(forwarder) as url:
        yield forwarder, url


def _template(http):
    return http("POST", "/v3/templates", json={"name": "Order shipped"}).json()["data"]


def _webhook(http, url, **fields):
    body = {"display_name": "test", "endpoint_url": url, "event_types": ["message"], **fields}
    return http("POST", "/v3/webhooks", json=body).json()["data"]


def _listen(forwarder, secret, **options):
    inbox = Inbox()
    forwarder.app = sentdm.webhooks.WSGIApp(inbox, secret, **options)
    return inbox


def _statuses(events, message_id):
    return [e.payload.message_status for e in events
            if e.payload.message_id == message_id]


# -- envelope, errors ------------------------------------------------------------------------

def test_answers_are_enveloped_with_meta_and_a_request_id(http):
    answer = http("POST", "/v3/templates", json={"name": "Order shipped", "category": "UTILITY"})
    assert answer.status_code == 201
    body = answer.json()
    assert body["success"] is True and body["data"]["name"] == "Order shipped"
    assert body["data"]["status"] == "APPROVED"  # the declaration's default
    assert body["meta"]["request_id"] == answer.headers["X-Request-Id"]
    assert body["meta"]["version"] == "v3"
    again = http("GET", f"/v3/templates/{body['data']['id']}").json()["data"]
    assert again == body["data"]


@pytest.mark.parametrize("headers, code", [({}, "AUTH_001"), ({"x-api-key": "wrong"}, "AUTH_002")])
def test_a_missing_or_wrong_key_is_refused_with_its_code(sandbox, headers, code):
    answer = requests.get(sandbox.url + "/v3/me", headers=headers)
    assert answer.status_code == 401
    body = answer.json()
    assert body["success"] is False and body["data"] is None
    assert body["error"]["code"] == code and body["error"]["doc_url"].endswith(code)
    assert body["meta"]["request_id"] == answer.headers["X-Request-Id"]


@pytest.mark.parametrize("body, code, field", [
    ({}, "VALIDATION_004", "name"),
    ({"name": "x", "category": "OTHER"}, "VALIDATION_006", "category"),
    ({"category": "OTHER"}, "VALIDATION_001", "category"),
])
def test_invalid_requests_name_each_field_with_the_most_specific_code(http, body, code, field):
    answer = http("POST", "/v3/templates", json=body)
    assert answer.status_code == 400
    error = answer.json()["error"]
    assert error["code"] == code and field in error["details"]


def test_a_missing_record_or_parent_is_a_404_with_the_declared_code(http):
    assert http("GET", "/v3/templates/none").json()["error"]["code"] == "RESOURCE_002"
    missing = http("POST", "/v3/profiles/none/campaigns", json={"campaign": {"name": "c"}})
    assert (missing.status_code, missing.json()["error"]["code"]) == (404, "RESOURCE_004")
    send = http("POST", "/v3/messages", json={"to": ["+14155550123"], "template": {"id": "x"}})
    assert (send.status_code, send.json()["error"]["code"]) == (404, "RESOURCE_002")


def test_nested_records_live_inside_their_parent(http):
    profile = http("POST", "/v3/profiles", json={"name": "Acme"}).json()["data"]
    other = http("POST", "/v3/profiles", json={"name": "Other"}).json()["data"]
    made = http("POST", f"/v3/profiles/{profile['id']}/campaigns",
                json={"campaign": {"name": "Spring", "description": "sale"}})
    assert made.status_code == 201
    assert made.json()["data"]["name"] == "Spring"  # from the unwrapped body field
    assert [c["name"] for c in http("GET", f"/v3/profiles/{profile['id']}/campaigns")
            .json()["data"]] == ["Spring"]
    assert http("GET", f"/v3/profiles/{other['id']}/campaigns").json()["data"] == []


def test_lists_page_with_has_more_and_filter_by_record_fields(http):
    for _ in range(3):
        _template(http)
    first = http("GET", "/v3/templates", params={"page": 1, "page_size": 2}).json()["data"]
    second = http("GET", "/v3/templates", params={"page": 2, "page_size": 2}).json()["data"]
    assert len(first["templates"]) == 2 and first["pagination"]["has_more"] is True
    assert len(second["templates"]) == 1 and second["pagination"]["has_more"] is False
    assert first["pagination"]["total_count"] == 3
    none = http("GET", "/v3/templates", params={"status": "REJECTED"}).json()["data"]
    assert none["templates"] == []


def test_the_account_and_samples_are_realistic_and_stable(http):
    me = http("GET", "/v3/me").json()["data"]
    assert me == http("GET", "/v3/me").json()["data"]
    template = _template(http)
    assert template["customer_id"] == me["id"]
    lookup = http("GET", "/v3/numbers/lookup/+14155550123").json()["data"]
    assert lookup["phone_number"] == "+14155550123" and lookup["is_valid"] is True
    assert http("GET", "/v3/numbers/lookup/12").json()["error"]["code"] == "VALIDATION_002"


# -- idempotency -----------------------------------------------------------------------------

def test_a_key_used_again_replays_the_first_answer_and_sends_nothing_more(sandbox, http):
    template = _template(http)
    send = {"to": ["+14155550123"], "template": {"id": template["id"]}}
    first = http("POST", "/v3/messages", json=send, headers={"Idempotency-Key": "order-1"})
    other_body = {**send, "to": ["+14155550124"]}
    again = http("POST", "/v3/messages", json=other_body, headers={"Idempotency-Key": "order-1"})
    assert first.status_code == again.status_code == 202
    assert "Idempotent-Replayed" not in first.headers
    assert again.headers["Idempotent-Replayed"] == "true"
    assert again.headers["X-Original-Request-Id"] == first.headers["X-Request-Id"]
    assert again.headers["X-Request-Id"] != first.headers["X-Request-Id"]
    assert again.json() == first.json()
    assert len(sandbox.messages) == 1
    assert sandbox.stats()["replayed"] == 1
    http("POST", "/v3/messages", json=send, headers={"Idempotency-Key": "order-2"})
    assert len(sandbox.messages) == 2


def test_a_failed_call_is_not_kept_so_its_key_can_be_used_again(http):
    refused = http("POST", "/v3/templates", json={}, headers={"Idempotency-Key": "t-1"})
    assert refused.status_code == 400
    made = http("POST", "/v3/templates", json={"name": "x"}, headers={"Idempotency-Key": "t-1"})
    assert made.status_code == 201 and "Idempotent-Replayed" not in made.headers


def test_a_malformed_key_is_refused_with_validation_007(sandbox, http):
    answer = http("POST", "/v3/templates", json={"name": "x"},
                  headers={"Idempotency-Key": "not a key!"})
    assert answer.status_code == 400
    assert answer.json()["error"]["code"] == "VALIDATION_007"
    assert http("GET", "/v3/templates").json()["data"]["templates"] == []


def test_the_same_key_while_the_first_call_is_in_flight_is_a_409_conflict():
    with Sandbox(api=API, delay_ms=400) as sandbox:
        headers = {"x-api-key": sandbox.api_key, "Idempotency-Key": "slow-1"}
        answers = {}

        def first():
            answers["first"] = requests.post(sandbox.url + "/v3/templates",
                                             json={"name": "x"}, headers=headers)

        thread = threading.Thread(target=first)
        thread.start()
        deadline = time.monotonic() + WAIT
        while sandbox.stats()["keys_in_flight"] == 0 and time.monotonic() < deadline:
            time.sleep(0.005)
        second = requests.post(sandbox.url + "/v3/templates", json={"name": "x"},
                               headers=headers)
        thread.join()
        assert second.status_code == 409
        assert second.json()["error"]["code"] == "CONFLICT_001"
        assert answers["first"].status_code == 201
        assert sandbox.stats()["in_flight_conflicts"] == 1


def test_our_client_retries_a_409_in_flight_and_gets_the_first_answer():
    with Sandbox(api=API, delay_ms=300) as sandbox:
        first = {}

        def create():
            first["answer"] = sandbox.new_client().templates.create_with_http_info(
                name="Order shipped", idempotency_key="both")

        thread = threading.Thread(target=create)
        thread.start()
        deadline = time.monotonic() + WAIT
        while sandbox.stats()["keys_in_flight"] == 0 and time.monotonic() < deadline:
            time.sleep(0.005)
        second = sandbox.new_client(max_retries=5).templates.create_with_http_info(
            name="Order shipped", idempotency_key="both")
        thread.join()
        assert second.replayed is True and first["answer"].replayed is False
        assert second.data.id == first["answer"].data.id
        assert sandbox.stats()["in_flight_conflicts"] >= 1
        assert len(sandbox.app.records("templates")) == 1


# -- rate limit, delay -----------------------------------------------------------------------

def test_the_rate_limit_counts_down_in_headers_then_answers_429_with_retry_after():
    with Sandbox(api=API, rate_limit="3/hour") as sandbox:
        headers = {"x-api-key": sandbox.api_key}
        answers = [requests.get(sandbox.url + "/v3/me", headers=headers) for _ in range(4)]
        assert [a.status_code for a in answers] == [200, 200, 200, 429]
        assert [a.headers["X-RateLimit-Remaining"] for a in answers] == ["2", "1", "0", "0"]
        assert {a.headers["X-RateLimit-Limit"] for a in answers} == {"3"}
        assert len({a.headers["X-RateLimit-Reset"] for a in answers}) == 1
        refused = answers[-1]
        assert refused.json()["error"]["code"] == "BUSINESS_002"
        assert 1 <= int(refused.headers["Retry-After"]) <= 3600
        assert sandbox.stats()["rate_limited"] == 1
        stats = requests.get(sandbox.url + "/_sandbox/stats").json()
        assert stats["rate_limited"] == 1 and stats["requests"] == 4


def test_our_client_reads_the_rate_limit_and_the_429():
    with Sandbox(api=API, rate_limit="1/hour") as sandbox:
        client = sandbox.new_client(max_retries=0)
        first = client.me.retrieve_with_http_info()
        assert first.rate_limit.limit == 1 and first.rate_limit.remaining == 0
        with pytest.raises(sentdm.APIStatusError) as refused:
            client.me.retrieve()
        assert refused.value.status_code == 429 and refused.value.code == "BUSINESS_002"


# -- sandbox flag ----------------------------------------------------------------------------

def test_the_sandbox_flag_answers_realistically_and_keeps_nothing(sandbox, http, receiver):
    forwarder, url = receiver
    webhook = _webhook(http, url)
    inbox = _listen(forwarder, webhook["signing_secret"])
    trial = http("POST", "/v3/templates", json={"name": "x", "sandbox": True})
    assert trial.status_code == 201 and trial.headers["X-Sandbox"] == "true"
    assert trial.json()["data"]["name"] == "x" and trial.json()["data"]["id"]
    assert http("GET", "/v3/templates").json()["data"]["templates"] == []
    template = _template(http)
    sent = http("POST", "/v3/messages", json={"to": ["+14155550123"], "sandbox": True,
                                              "template": {"id": template["id"]}})
    assert sent.status_code == 202 and sent.headers["X-Sandbox"] == "true"
    message_id = sent.json()["data"]["recipients"][0]["message_id"]
    assert http("GET", f"/v3/messages/{message_id}").status_code == 404
    # a real send afterwards: its events arrive, and none of the trial's ever does
    real = http("POST", "/v3/messages", json={"to": ["+14155550123"],
                                              "template": {"id": template["id"]}})
    real_id = real.json()["data"]["recipients"][0]["message_id"]
    events = inbox.wait_for(4)
    assert sorted(_statuses(events, real_id)) == ["DELIVERED", "QUEUED", "ROUTED", "SENT"]
    assert _statuses(events, message_id) == []
    assert len(sandbox.messages) == 1


# -- lifecycle and webhooks ------------------------------------------------------------------

def test_a_message_lives_its_lifecycle_and_each_change_is_a_verified_event(sandbox, http,
                                                                           receiver):
    forwarder, url = receiver
    webhook = _webhook(http, url)
    inbox = _listen(forwarder, webhook["signing_secret"])
    template = _template(http)
    sent = http("POST", "/v3/messages", json={"to": ["+14155550123", FAILING],
                                              "template": {"id": template["id"]},
                                              "channel": ["whatsapp"]}).json()["data"]
    delivered, failed = (r["message_id"] for r in sent["recipients"])
    events = inbox.wait_for(5 + 3)
    assert sorted(_statuses(events, delivered)) == sorted(
        ["QUEUED", "ROUTED", "SENT", "DELIVERED", "READ"])
    assert sorted(_statuses(events, failed)) == sorted(["QUEUED", "ROUTED", "FAILED"])
    failure = next(e for e in events if e.type == "message.failed")
    assert failure.payload.reason_code == "ERR_ROUTE_DENIED"
    assert failure.payload.outbound_number == FAILING
    message = http("GET", f"/v3/messages/{failed}").json()["data"]
    assert message["status"] == "FAILED" and message["reason_code"] == "ERR_ROUTE_DENIED"
    assert [e["status"] for e in message["events"]] == ["QUEUED", "ROUTED", "FAILED"]
    activities = http("GET", f"/v3/messages/{delivered}/activities").json()["data"]
    assert [a["status"] for a in activities["activities"]][-1] == "READ"
    sandbox.wait_for_records("webhook_events", 8, WAIT)  # the last attempt may still be recorded
    log = http("GET", f"/v3/webhooks/{webhook['id']}/events").json()["data"]["events"]
    assert len(log) == 8 and {e["delivery_status"] for e in log} == {"delivered"}
    assert {e["http_status_code"] for e in log} == {200}


def test_only_active_webhooks_whose_types_and_filters_match_get_an_event(http):
    inboxes = {}
    forwarders = {name: Mount() for name in ("filtered", "other_type", "inactive")}
    with serve_wsgi(forwarders["filtered"]) as filtered_url, \
            serve_wsgi(forwarders["other_type"]) as other_url, \
            serve_wsgi(forwarders["inactive"]) as inactive_url:
        hooks = {
            "filtered": _webhook(http, filtered_url, event_filters={"message": ["delivered"]}),
            "other_type": _webhook(http, other_url, event_types=["templates"]),
            "inactive": _webhook(http, inactive_url),
        }
        for name, hook in hooks.items():
            inboxes[name] = _listen(forwarders[name], hook["signing_secret"])
        toggled = http("PATCH", f"/v3/webhooks/{hooks['inactive']['id']}/toggle-status",
                       json={"is_active": False}).json()["data"]
        assert toggled["is_active"] is False
        template = _template(http)
        sent = http("POST", "/v3/messages", json={"to": ["+14155550123"],
                                                  "template": {"id": template["id"]}})
        message_id = sent.json()["data"]["recipients"][0]["message_id"]
        events = inboxes["filtered"].wait_for(1)
        # the message is delivered once the filtered webhook has its event; wait for the
        # others' share of the same moment through the sandbox's own delivery log
        assert [(e.type, e.payload.message_id) for e in events] == [
            ("message.delivered", message_id)]
        for name in ("other_type", "inactive"):
            log = http("GET", f"/v3/webhooks/{hooks[name]['id']}/events").json()["data"]
            assert log["events"] == [] and inboxes[name].events == []


def test_failed_deliveries_are_retried_up_to_retry_count_and_each_attempt_is_listed(sandbox,
                                                                                    http):
    tries = {}
    lock = threading.Lock()

    def endpoint(succeeds_on):
        """Answers 500 until the ``succeeds_on``-th delivery of the same event (never: 0)."""
        def app(environ, start_response):
            body = environ["wsgi.input"].read(int(environ["CONTENT_LENGTH"]))
            with lock:
                tries[succeeds_on, body] = tries.get((succeeds_on, body), 0) + 1
                ok = tries[succeeds_on, body] == succeeds_on
            start_response("200 OK" if ok else "500 Oops", [("Content-Length", "0")])
            return [b""]
        return app

    with serve_wsgi(endpoint(3)) as third_time, serve_wsgi(endpoint(0)) as never:
        patient = _webhook(http, third_time, retry_count=2)
        hopeless = _webhook(http, never, retry_count=1)
        test = http("POST", f"/v3/webhooks/{hopeless['id']}/test", json={}).json()["data"]
        assert test["success"] is False  # a test is one attempt, never retried
        template = _template(http)
        http("POST", "/v3/messages", json={"to": ["+14155550123"], "channel": ["sms"],
                                           "template": {"id": template["id"]}})
        events = 4  # QUEUED, ROUTED, SENT, DELIVERED; the test's attempt, then each event's
        sandbox.wait_for_records("webhook_events", 1 + events * 3 + events * 2, WAIT)

        def log(webhook):
            records = http("GET", f"/v3/webhooks/{webhook['id']}/events",
                           params={"page_size": 100}).json()["data"]["events"]
            return sorted((r["event_type"], r["delivery_attempts"], r["delivery_status"],
                           r.get("http_status_code")) for r in records)

        kinds = ("message.delivered", "message.queued", "message.routed", "message.sent")
        assert log(patient) == sorted(
            (kind, attempt, status, code) for kind in kinds
            for attempt, status, code in ((1, "retrying", 500), (2, "retrying", 500),
                                          (3, "delivered", 200)))
        assert log(hopeless) == sorted(
            [("message.test", 1, "failed", 500)] +
            [(kind, attempt, status, 500) for kind in kinds
             for attempt, status in ((1, "retrying"), (2, "failed"))])
        hook = http("GET", f"/v3/webhooks/{hopeless['id']}").json()["data"]
        assert hook["consecutive_failures"] == 1 + events * 2
        assert hook["last_delivery_attempt_at"] and "last_successful_delivery_at" not in hook


def test_after_rotate_secret_events_verify_with_the_new_secret_and_still_the_old(http,
                                                                                  receiver):
    forwarder, url = receiver
    webhook = _webhook(http, url)
    old = webhook["signing_secret"]
    new = http("POST", f"/v3/webhooks/{webhook['id']}/rotate-secret",
               json={}).json()["data"]["signing_secret"]
    assert new.startswith("whsec_") and new != old
    assert http("GET", f"/v3/webhooks/{webhook['id']}").json()["data"]["signing_secret"] == new
    for secret in (new, old):
        inbox = _listen(forwarder, secret)
        result = http("POST", f"/v3/webhooks/{webhook['id']}/test",
                      json={"event_type": "message.delivered"}).json()["data"]
        assert result["success"] is True
        assert [e.type for e in inbox.wait_for(1)] == ["message.delivered"]


def test_a_wrong_secret_fails_verification_and_the_attempt_says_so(http, receiver):
    forwarder, url = receiver
    webhook = _webhook(http, url)
    _listen(forwarder, new_secret())
    result = http("POST", f"/v3/webhooks/{webhook['id']}/test", json={}).json()["data"]
    assert result["success"] is False and "400" in result["message"]


# -- end to end ------------------------------------------------------------------------------

def test_every_event_of_50_messages_arrives_verifies_and_is_handed_over_once_despite_redelivery(
        receiver):
    forwarder, url = receiver
    with Sandbox(api=API, lifecycle_step=0.01, redeliver=True) as sandbox:
        client = sandbox.client
        webhook = client.webhooks.create(display_name="e2e", endpoint_url=url,
                                         event_types=["message"])
        inbox = _listen(forwarder, webhook.signing_secret)
        template = client.templates.create(name="Order shipped")
        phones = [f"+1415555{n:04d}" for n in range(1, 51)]
        sent = client.messages.send(to=phones, template={"id": template.id},
                                    channel=["whatsapp"])
        ids = [r.message_id for r in sent.recipients]
        assert len(set(ids)) == 50
        expected = {(i, s) for i in ids for s in ("QUEUED", "ROUTED", "SENT", "DELIVERED",
                                                  "READ")}
        events = inbox.wait_for(len(expected))
        # redeliveries land too: wait until the sandbox has delivered every event twice
        log = sandbox.wait_for_records("webhook_events", 2 * len(expected), WAIT)
        assert len(log) == 2 * len(expected)
        assert {e["delivery_status"] for e in log} == {"delivered"}
        handed = [(e.payload.message_id, e.payload.message_status) for e in inbox.events]
        assert len(handed) == len(expected) and set(handed) == expected
        assert len(events) == len(expected)


@pytest.mark.parametrize("options, expected", [
    ({"rate_limit": "lots"}, "rate_limit: 'lots' is not a rate such as 60/min"),
    ({"rate_limit": 60}, "rate_limit: 60 is not a rate"),
    ({"delay_ms": -1}, "delay_ms: must be a number >= 0, not -1"),
    ({"lifecycle_step": "fast"}, "lifecycle_step: must be a number >= 0, not 'fast'"),
])
def test_bad_sandbox_options_are_refused_naming_the_option(options, expected):
    with pytest.raises(sentdm.ConfigurationError, match=expected):
        Sandbox(api=API, **options)
