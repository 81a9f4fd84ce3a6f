"""send_bulk on an operation declared ``bulk = { recipients = "to", batch_size = 100, results =
"recipients" }`` (v3's POST /v3/messages): many recipients per request, results per recipient,
against a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import pytest

import sentdm
from tests.support.server import json_answer

TEMPLATE = {"id": "7ba7b820-9dad-11d1-80b4-00c04fd430c8"}


def numbers(count, start=0):
    return [f"+1415555{i:04d}" for i in range(start, start + count)]


def accept(received):
    """The API's answer to a send: one message per recipient, in the order of ``to``."""
    to = received.json()["to"]
    return json_answer(202, {"success": True, "error": None, "meta": {"request_id": "req-1"},
                             "data": {"status": "QUEUED", "template_id": TEMPLATE["id"],
                                      "recipients": [{"message_id": f"m{phone}", "to": phone,
                                                      "channel": "sms"} for phone in to]}},
                       {"X-RateLimit-Limit": "200", "X-RateLimit-Remaining": "150",
                        "X-RateLimit-Reset": "1900000000"})


@pytest.fixture
def v3_client(server):
    with sentdm.Client(api="v3", api_key="k", base_url=server.url) as client:
        yield client


def test_recipients_go_out_in_requests_of_the_tables_batch_size_with_results_per_recipient(
        v3_client, server):
    server.respond = accept
    progress = []
    to = numbers(250)
    summary = v3_client.send_bulk(to=to, template=TEMPLATE,
                                  on_progress=lambda r, done, total: progress.append(done))
    # requests go out concurrently: in input order as a whole, whatever order they arrive in
    assert sorted(r.json()["to"] for r in server.received) == [to[:100], to[100:200], to[200:]]
    assert all(r.json()["template"] == TEMPLATE for r in server.received)
    assert [r.status for r in summary.results] == ["sent"] * 250
    assert [r.data.message_id for r in summary.results] == [f"m{phone}" for phone in to]
    assert [r.item["to"] for r in summary.results] == [[phone] for phone in to]
    assert progress == list(range(1, 251))
    assert summary.to_dict()["sent"] == 250


def test_batch_size_option_and_each_requests_key_shared_by_its_recipients(v3_client, server):
    server.respond = accept
    summary = v3_client.send_bulk(to=numbers(10), template=TEMPLATE, batch_size=4,
                                  batch_id="spring")
    requests = sorted(server.received, key=lambda r: r.json()["to"])
    assert [len(r.json()["to"]) for r in requests] == [4, 4, 2]
    keys = [r.headers.get("Idempotency-Key") for r in requests]
    # v3 honours keys on messages.send: one key per request, derived from the batch id
    assert all(keys) and len(set(keys)) == 3
    assert [r.idempotency_key for r in summary.results] == [keys[0]] * 4 + [keys[1]] * 4 + \
        [keys[2]] * 2


def test_a_bad_or_repeated_recipient_is_settled_alone_and_the_rest_are_sent(v3_client, server):
    server.respond = accept
    to = [*numbers(3), 42, numbers(1)[0]]
    summary = v3_client.send_bulk(to=to, template=TEMPLATE)
    assert [r.json()["to"] for r in server.received] == [numbers(3)]
    assert [r.status for r in summary.results] == ["sent", "sent", "sent", "failed", "duplicate"]
    assert summary.results[3].error.errors == {"to.0": ["Not a valid string."]}
    assert summary.results[4].duplicate_of == 0


def test_a_refused_request_fails_each_of_its_recipients(v3_client, server):
    server.respond = lambda received: json_answer(
        422, {"success": False, "data": None, "meta": {"request_id": "r"},
              "error": {"code": "BUSINESS_003", "message": "balance too low"}})
    summary = v3_client.send_bulk(to=numbers(3), template=TEMPLATE, max_attempts=1)
    assert len(server.received) == 1
    assert [r.status for r in summary.results] == ["failed"] * 3
    assert all(r.error.code == "BUSINESS_003" for r in summary.results)


@pytest.mark.parametrize("options, bad", [
    ({"to": numbers(2), "batch_size": 0}, "batch_size"),
    ({"phone_numbers": numbers(2)}, "phone_numbers"),
    ({}, "to"),
])
def test_bad_bulk_options_on_v3_are_named_before_anything_is_sent(v3_client, server, options,
                                                                   bad):
    with pytest.raises(sentdm.ValidationError) as caught:
        v3_client.send_bulk(template=TEMPLATE, **options)
    assert bad in caught.value.errors
    assert server.received == []


def test_batch_size_is_refused_where_the_operation_takes_one_recipient(client, server):
    with pytest.raises(sentdm.ValidationError) as caught:
        client.send_bulk(customer_id="c", template_id="t", phone_numbers=numbers(2),
                         batch_size=10)
    assert "batch_size" in caught.value.errors
    assert server.received == []


def test_an_idempotency_key_names_each_requests_key(v3_client, server):
    server.respond = accept
    summary = v3_client.send_bulk(to=numbers(5), template=TEMPLATE, batch_size=2,
                                  idempotency_key="spring")
    keys = {r.headers["Idempotency-Key"]: r.json()["to"] for r in server.received}
    assert keys == {"spring-1": numbers(2), "spring-2": numbers(2, 2), "spring-3": numbers(1, 4)}
    assert [r.idempotency_key for r in summary.results] == [
        "spring-1", "spring-1", "spring-2", "spring-2", "spring-3"]


def test_an_idempotency_key_is_refused_where_the_api_does_not_honour_keys(server):
    with sentdm.Client(api_key="k", base_url=server.url) as v1_client:
        with pytest.raises(sentdm.ValidationError, match="does not deduplicate"):
            v1_client.send_bulk(customer_id="7c11e821-c839-4c3d-8a89-1f78b71a0c38",
                                template_id=TEMPLATE["id"], phone_numbers=numbers(2),
                                idempotency_key="spring")
    assert server.received == []
