"""Bulk sending against a real server on 127.0.0.1: results line up with inputs, 429s pause the
whole batch and lose nothing, and no number is sent twice."""

import threading
import time
import uuid
from collections import Counter, defaultdict
from email.utils import format_datetime
from datetime import datetime, timedelta, timezone

import pytest

import sentdm
from sentdm.bulk import retry_after
from tests.support.data import CUSTOMER_ID, SENT_TO_PHONE, TEMPLATE_ID
from tests.support.faults import HONOURED_KEYS, reset
from tests.support.server import json_answer

REJECTED = "+14155550013"  # the server refuses this one


def numbers(count, start=0):
    return [f"+1415555{i:04d}" for i in range(start, start + count)]


def message_id(phone):
    return str(uuid.uuid5(uuid.NAMESPACE_OID, phone))


def sent(received):
    """``(phone, body)`` of every request the server got."""
    return [(r.json()["phoneNumber"], r) for r in received]


def accept_all(received):
    """200 with a message id derived from the number (after a delay that varies with it, so that
    answers come back out of order), 400 for REJECTED."""
    phone = received.json()["phoneNumber"]
    time.sleep(int(phone[-2:]) % 5 * 0.003)
    if phone == REJECTED:
        return json_answer(400, {"error": "Invalid phone number"})
    return json_answer(200, {**SENT_TO_PHONE, "messageId": message_id(phone)})


@pytest.fixture
def client(server):
    """A client whose send operations honour idempotency keys (tests/support/honoured_keys.toml);
    ``v1_client`` is the plain v1.1 one, whose API does not."""
    with sentdm.Client(api_key="k", base_url=server.url, endpoints=HONOURED_KEYS) as c:
        yield c


@pytest.fixture
def v1_client(server):
    with sentdm.Client(api_key="k", base_url=server.url, backoff_factor=0.01) as c:
        yield c


def send(client, phones, **options):
    return client.send_bulk(customer_id=CUSTOMER_ID, template_id=TEMPLATE_ID,
                            phone_numbers=phones, **options)


def test_results_line_up_with_inputs_and_one_failure_does_not_stop_the_batch(client, server):
    server.respond = accept_all
    phones = numbers(30)
    phones[5] = "not a number"
    phones[20] = "14155550020"  # no "+": not E.164
    summary = send(client, phones, concurrency=4)

    assert [r.index for r in summary.results] == list(range(30))
    assert [r.item["phone_number"] for r in summary.results] == phones
    for phone, result in zip(phones, summary.results):
        if phone in ("not a number", "14155550020"):
            assert result.status == "failed" and result.attempts == 0
            assert isinstance(result.error, sentdm.ValidationError)
            assert "phone_number" in result.error.errors
        elif phone == REJECTED:
            assert result.status == "failed" and result.attempts == 1
            assert isinstance(result.error, sentdm.BadRequestError)
            assert result.error.error == "Invalid phone number"
        else:
            assert result.ok and result.error is None
            assert isinstance(result.data, sentdm.MessagesSendMessageToPhoneNumberResponse)
            assert result.data.message_id == message_id(phone)
    assert sorted(p for p, _ in sent(server.received)) == sorted(
        p for p in phones if p.startswith("+1415555"))
    assert summary.to_dict() == {
        "batch_id": summary.batch_id, "total": 30, "sent": 27, "failed": 3, "unknown": 0,
        "duplicate": 0, "not_sent": 0, "rate_limited": 0, "elapsed_seconds": round(summary.elapsed, 3)}
    assert [r.index for r in summary.failures] == [5, 13, 20]


def test_every_request_carries_the_template_customer_and_an_idempotency_key(client, server):
    server.respond = accept_all
    summary = send(client, numbers(5), batch_id="batch-1")
    for received in server.received:
        assert received.method == "POST" and received.target == "/messages/phone-number"
        body = received.json()
        assert body["customerId"] == CUSTOMER_ID and body["templateId"] == TEMPLATE_ID
    keys = {r.json()["phoneNumber"]: r.headers[sentdm.service.api.idempotency_header] for r in server.received}
    assert keys == {r.item["phone_number"]: r.idempotency_key for r in summary.results}
    assert len(set(keys.values())) == 5

    server.received.clear()
    again = send(client, numbers(5), batch_id="batch-1")       # a re-run reuses the keys
    assert ([r.idempotency_key for r in again.results]
            == [r.idempotency_key for r in summary.results])
    other = send(client, numbers(5), batch_id="batch-2")
    assert not {r.idempotency_key for r in other.results} & set(keys.values())


def test_where_keys_are_not_honoured_no_key_is_generated_and_nothing_is_sent_twice(v1_client,
                                                                                  server):
    """Issue 10, item 10: every number gets exactly one request although each first answer is a
    5xx or a dropped connection: the v1.1 API may have sent the message, so it is not resent."""
    seen = Counter()

    def flaky(received):
        phone = received.json()["phoneNumber"]
        with server.lock:
            seen[phone] += 1
            turn = seen[phone]
        if turn == 1 and int(phone[-1]) % 3 == 0:
            return reset
        if turn == 1 and int(phone[-1]) % 3 == 1:
            return json_answer(503, {"error": "busy"})
        return json_answer(200, SENT_TO_PHONE)

    server.respond = flaky
    phones = numbers(30)
    summary = send(v1_client, phones, concurrency=4)
    assert seen == {phone: 1 for phone in phones}
    assert all("Idempotency-Key" not in r.headers for r in server.received)
    assert [r.idempotency_key for r in summary.results] == [None] * 30
    statuses = Counter(r.status for r in summary.results)
    assert statuses == {"sent": 9, "unknown": 21}   # last digits 2, 5 and 8 went through


def test_where_keys_are_honoured_a_5xx_is_resent_with_the_same_key(client, server):
    seen = Counter()

    def flaky(received):
        key = received.headers["Idempotency-Key"]
        with server.lock:
            seen[key] += 1
            turn = seen[key]
        return json_answer(503, {"error": "busy"}) if turn == 1 else json_answer(200, SENT_TO_PHONE)

    server.respond = flaky
    client = client.with_options(backoff_factor=0.01)
    summary = send(client, numbers(6), concurrency=3)
    assert summary.count("sent") == 6
    assert seen == {r.idempotency_key: 2 for r in summary.results}


def test_a_repeated_number_is_sent_once(client, server):
    server.respond = accept_all
    phones = numbers(3) + [numbers(1)[0]]
    summary = send(client, phones)
    assert [r.status for r in summary.results] == ["sent", "sent", "sent", "duplicate"]
    assert summary.results[3].duplicate_of == 0
    assert Counter(p for p, _ in sent(server.received))[phones[0]] == 1


def test_a_429_storm_slows_the_batch_loses_nothing_and_sends_no_number_twice(client,
                                                                              server):
    tries = Counter()
    lock = threading.Lock()

    def storm(received):  # every number is refused twice before it goes through
        phone = received.json()["phoneNumber"]
        with lock:
            tries[phone] += 1
            turn = tries[phone]
        if turn <= 2:
            return json_answer(429, {"error": "Too many requests"}, {"Retry-After": "0.01"})
        return json_answer(200, {**SENT_TO_PHONE, "messageId": message_id(phone)})

    server.respond = storm
    phones = numbers(40)
    summary = send(client, phones, concurrency=8)

    assert [r.status for r in summary.results] == ["sent"] * 40
    assert [r.data.message_id for r in summary.results] == [message_id(p) for p in phones]
    assert [r.attempts for r in summary.results] == [3] * 40
    assert summary.rate_limited == 80
    by_phone = defaultdict(list)
    for phone, received in sent(server.received):
        by_phone[phone].append(received.headers[sentdm.service.api.idempotency_header])
    assert sorted(by_phone) == sorted(phones)
    assert all(len(keys) == 3 and len(set(keys)) == 1 for keys in by_phone.values())
    assert len({keys[0] for keys in by_phone.values()}) == 40
    assert tries == {phone: 3 for phone in phones}   # exactly one success each: nothing twice


def test_a_429_pauses_every_worker_for_retry_after(client, server):
    first = []

    def respond(received):
        with server.lock:
            is_first = not first
            first.append(received.at)
        if is_first:
            return json_answer(429, {}, {"Retry-After": "0.3"})
        time.sleep(0.1)  # the other worker's request is still in flight when the 429 lands
        return json_answer(200, SENT_TO_PHONE)

    server.respond = respond
    summary = send(client, numbers(6), concurrency=2)
    assert summary.count("sent") == 6 and summary.rate_limited == 1
    arrivals = sorted(r.at for r in server.received)
    # besides the two sent at the start, nothing went out before the pause was over, not even
    # from the worker whose own request succeeded
    assert all(at >= arrivals[0] + 0.3 for at in arrivals[2:])
    refused = [r for r in server.received if r.at == arrivals[0]][0]
    assert [r.headers[sentdm.service.api.idempotency_header] for r in server.received].count(
        refused.headers[sentdm.service.api.idempotency_header]) == 2


def test_without_retry_after_the_pause_doubles_while_429s_continue(client, server):
    server.respond = lambda r: (json_answer(429, {}) if len(server.received) <= 3
                                      else json_answer(200, SENT_TO_PHONE))
    summary = send(client, numbers(1), concurrency=1, backoff=0.05)
    assert summary.results[0].ok and summary.results[0].attempts == 4
    at = [r.at for r in server.received]
    gaps = [later - earlier for earlier, later in zip(at, at[1:])]
    assert gaps[0] >= 0.05 and gaps[1] >= 0.1 and gaps[2] >= 0.2


def test_an_item_still_refused_after_max_attempts_fails_alone(client, server):
    server.respond = lambda r: (
        json_answer(429, {"error": "slow down"}, {"Retry-After": "0"})
        if r.json()["phoneNumber"] == "+14155550001" else json_answer(200, SENT_TO_PHONE))
    summary = send(client, numbers(3), max_attempts=3)
    assert [r.status for r in summary.results] == ["sent", "failed", "sent"]
    assert isinstance(summary.results[1].error, sentdm.RateLimitError)
    assert summary.results[1].attempts == 3 and summary.rate_limited == 3


def test_progress_is_reported_for_every_item_from_the_calling_thread(client, server):
    server.respond = accept_all
    seen = []
    send(client, numbers(10) + ["bad"], concurrency=4,
         on_progress=lambda result, done, total: seen.append(
             (done, total, result.index, threading.get_ident())))
    assert [done for done, *_ in seen] == list(range(1, 12))
    assert {total for _, total, *_ in seen} == {11}
    assert sorted(index for _, _, index, _ in seen) == list(range(11))
    assert {thread for *_, thread in seen} == {threading.get_ident()}


@pytest.mark.parametrize("stop", ["cancel", "interrupt"])
def test_a_stopped_batch_says_exactly_what_was_sent(client, server, stop):
    server.respond = accept_all
    batch = sentdm.bulk.message_batch(client, customer_id=CUSTOMER_ID, template_id=TEMPLATE_ID,
                                      phone_numbers=numbers(10))

    def on_progress(result, done, total):
        if done == 3:
            if stop == "interrupt":
                raise KeyboardInterrupt
            batch.cancel()

    batch.on_progress = on_progress
    if stop == "interrupt":
        with pytest.raises(KeyboardInterrupt):
            batch.run(concurrency=1)
        summary = batch.summary()
    else:
        summary = batch.run(concurrency=1)
    statuses = [r.status for r in summary.results]
    reached = {p for p, _ in sent(server.received)}
    assert statuses[:3] == ["sent"] * 3 and statuses.count("not_sent") >= 6
    assert reached == {r.item["phone_number"] for r in summary.results if r.ok}


def test_contacts_go_to_send_message_to_contact(client, server):
    contacts = [str(uuid.UUID(int=i)) for i in range(3)]
    summary = client.send_bulk(customer_id=CUSTOMER_ID, template_id=TEMPLATE_ID,
                               contact_ids=contacts)
    assert summary.count("sent") == 3
    assert {r.target for r in server.received} == {"/messages"}
    assert sorted(r.json()["contactId"] for r in server.received) == contacts


@pytest.mark.parametrize("options,bad", [
    ({"phone_numbers": ["+14155550000"], "contact_ids": ["x"]}, "phone_numbers"),
    ({}, "phone_numbers"),
    ({"phone_numbers": "+14155550000"}, "phone_numbers"),
    ({"phone_numbers": ["+14155550000"], "concurrency": 0}, "concurrency"),
    ({"phone_numbers": ["+14155550000"], "max_attempts": 0}, "max_attempts"),
])
def test_bad_batch_options_are_refused_before_anything_is_sent(client, server, options, bad):
    with pytest.raises(sentdm.ValidationError) as error:
        client.send_bulk(customer_id=CUSTOMER_ID, template_id=TEMPLATE_ID, **options)
    assert bad in error.value.errors
    assert server.received == []


def test_retry_after_reads_seconds_and_http_dates():
    assert retry_after({"Retry-After": "3"}) == 3.0
    assert retry_after({"Retry-After": "0.25"}) == 0.25
    assert retry_after({}) is None and retry_after({"Retry-After": "soon"}) is None
    assert retry_after({"Retry-After": "nan"}) is None
    assert retry_after({"Retry-After": "-5"}) == 0.0
    later = format_datetime(datetime.now(timezone.utc) + timedelta(seconds=30), usegmt=True)
    assert 25 < retry_after({"Retry-After": later}) <= 30
