"""What the v3 table declares about its answers, against real servers on 127.0.0.1: the data
out of the envelope, meta and request id, rate-limit headers on results and errors, the error
envelope on the status exceptions, 409 CONFLICT_001 resent with the same key, generated keys
(the same across the retries of one call, new for the next call), replays, and pagination
inside the data."""

import functools
import pickle

import pytest

import sentdm
from tests.support.faults import API_KEY, reset, sequence
from tests.support.server import json_answer

MESSAGE_ID = "8ba7b830-9dad-11d1-80b4-00c04fd430c8"
RATE = {"X-RateLimit-Limit": "200", "X-RateLimit-Remaining": "199",
        "X-RateLimit-Reset": "1767225600"}
SEND = dict(to=["+14155552671"], template={"id": "7ba7b830-9dad-11d1-80b4-00c04fd430c8"})


def envelope(data, request_id="req_ok"):
    return {"success": True, "data": data, "error": None,
            "meta": {"request_id": request_id, "timestamp": "2026-01-01T00:00:00Z",
                     "version": "v3"}}


def failure(code, message, details=None, doc_url=None, request_id="req_err"):
    return {"success": False, "data": None,
            "error": {"code": code, "message": message, "details": details, "doc_url": doc_url},
            "meta": {"request_id": request_id}}


SENT = envelope({"status": "QUEUED", "recipients": [
    {"message_id": MESSAGE_ID, "to": "+14155552671", "channel": "sms"}]})


def v3_client(server, **options):
    options.setdefault("backoff_factor", 0.01)
    return sentdm.Client(api_key=API_KEY, api="v3", base_url=server.url, **options)


def keys(server):
    return [{k.lower(): v for k, v in r.headers.items()}.get("idempotency-key")
            for r in server.received]


def test_methods_return_the_data_and_with_http_info_the_envelope(server):
    server.respond = lambda r: json_answer(200, envelope(
        {"id": MESSAGE_ID, "status": "DELIVERED"}), RATE)
    client = v3_client(server)
    message = client.messages.retrieve_status(MESSAGE_ID)
    assert (message.id, message.status) == (MESSAGE_ID, "DELIVERED")
    info = client.messages.retrieve_status_with_http_info(MESSAGE_ID)
    assert info.data == message and info.status_code == 200
    assert info.meta["version"] == "v3" and info.request_id == "req_ok"
    assert info.rate_limit == (200, 199, 1767225600)
    assert info.rate_limit.remaining == 199
    assert (info.replayed, info.idempotency_key) == (False, None)
    assert info.headers["X-RateLimit-Limit"] == "200"
    assert server.received[0].headers["x-api-key"] == API_KEY


def test_a_send_answer_marked_replayed_says_so(server):
    server.respond = lambda r: json_answer(202, SENT, {"Idempotent-Replayed": "true"})
    info = v3_client(server).messages.send_with_http_info(idempotency_key="order-1", **SEND)
    assert info.replayed and info.idempotency_key == "order-1"
    assert info.data.recipients[0].message_id == MESSAGE_ID
    assert keys(server) == ["order-1"]


@pytest.mark.parametrize("status, code, exception", [
    (400, "VALIDATION_001", sentdm.BadRequestError),
    (401, "AUTH_001", sentdm.AuthenticationError),
    (403, "AUTH_004", sentdm.PermissionDeniedError),
    (404, "RESOURCE_003", sentdm.NotFoundError),
    (409, "RESOURCE_007", sentdm.ConflictError),
    (422, "BUSINESS_004", sentdm.UnprocessableEntityError),
    (429, "BUSINESS_002", sentdm.RateLimitError),
    (500, "INTERNAL_001", sentdm.InternalServerError),
    (503, "SERVICE_001", sentdm.InternalServerError),
])
def test_error_envelopes_map_to_the_status_exceptions(server, status, code, exception):
    doc = f"https://docs.sent.dm/errors/{code}"
    server.respond = lambda r: json_answer(status, failure(
        code, "it went wrong", {"to": ["Not E.164"]}, doc, "req_42"), RATE)
    client = v3_client(server, max_retries=0)
    with pytest.raises(exception) as info:
        client.messages.retrieve_status(MESSAGE_ID)
    error = info.value
    assert (error.code, error.error, error.doc_url, error.request_id) == (
        code, "it went wrong", doc, "req_42")
    assert error.details == {"to": ["Not E.164"]}
    assert error.rate_limit == (200, 199, 1767225600)
    message = str(error)
    for part in (f"HTTP {status} from messages.retrieve_status: {code}: it went wrong",
                 "request id: req_42", doc, '"to": ["Not E.164"]', "199 of 200"):
        assert part in message, message
    copy = pickle.loads(pickle.dumps(error))
    assert (type(copy), copy.code, copy.request_id, str(copy)) == (
        exception, code, "req_42", message)


def test_an_error_message_masks_the_api_key(server):
    server.respond = lambda r: json_answer(401, failure("AUTH_002", f"key {API_KEY} unknown"))
    with pytest.raises(sentdm.AuthenticationError) as info:
        v3_client(server).me.retrieve()
    assert API_KEY not in str(info.value) and "AUTH_002" in str(info.value)


def test_a_conflict_in_flight_is_resent_with_the_same_key_then_succeeds(server):
    server.respond = sequence(json_answer(409, failure("CONFLICT_001", "in flight")),
                              json_answer(409, failure("CONFLICT_001", "in flight")),
                              json_answer(202, SENT))
    result = v3_client(server).messages.send(**SEND)
    assert result.recipients[0].message_id == MESSAGE_ID
    sent = keys(server)
    assert len(sent) == 3 and len(set(sent)) == 1 and len(sent[0]) == 32


def test_conflict_retries_stay_within_the_retry_budget(server):
    server.respond = lambda r: json_answer(409, failure("CONFLICT_001", "in flight"))
    with pytest.raises(sentdm.ConflictError) as info:
        v3_client(server, max_retries=2).messages.send(**SEND)
    assert info.value.code == "CONFLICT_001" and len(server.received) == 3
    server.received.clear()
    with pytest.raises(sentdm.ConflictError):
        v3_client(server, max_retries=0).messages.send(**SEND)
    assert len(server.received) == 1


def test_another_conflict_is_not_resent(server):
    server.respond = lambda r: json_answer(409, failure("RESOURCE_007", "already exists"))
    with pytest.raises(sentdm.ConflictError) as info:
        v3_client(server).messages.send(**SEND)
    assert info.value.code == "RESOURCE_007" and len(server.received) == 1


def test_a_send_retried_after_a_500_arrives_twice_with_the_same_key(server):
    server.respond = sequence(json_answer(500, failure("INTERNAL_001", "boom")),
                              json_answer(202, SENT))
    client = v3_client(server)
    client.messages.send(**SEND)
    first = keys(server)
    assert len(first) == 2 and first[0] == first[1] and first[0]
    server.respond = sequence(reset, json_answer(202, SENT))
    client.messages.send(**SEND)
    second = keys(server)[2:]
    assert len(second) == 2 and second[0] == second[1] and second[0] != first[0]
    assert [r.json() for r in server.received] == [server.received[0].json()] * 4


def test_generated_keys_differ_between_calls_and_a_given_key_is_kept(server):
    server.respond = lambda r: json_answer(202, SENT)
    client = v3_client(server)
    generated = [client.messages.send_with_http_info(**SEND).idempotency_key for _ in range(3)]
    assert len(set(generated)) == 3 and keys(server) == generated
    client.messages.send(idempotency_key="my-key_1", **SEND)
    assert keys(server)[-1] == "my-key_1"


def test_a_key_against_the_apis_pattern_is_refused_before_sending(server):
    with pytest.raises(sentdm.ValidationError, match="idempotency_key: Must match"):
        v3_client(server).messages.send(idempotency_key="has space!", **SEND)
    assert server.received == []


def test_list_pages_come_from_inside_the_data(server):
    def page(received):
        number = int(received.target.split("page=")[1].split("&")[0])
        items = [{"id": f"t{number}-{i}", "name": f"T{i}"} for i in range(2)]
        return json_answer(200, envelope({"templates": items, "pagination": {
            "page": number, "page_size": 2, "has_more": number < 3}}))

    server.respond = page
    client = v3_client(server)
    first = client.templates.list(page=1, page_size=2)
    assert [t.id for t in first.templates] == ["t1-0", "t1-1"]
    assert first.pagination.has_more is True
    names = [t.id for t in client.templates.iter_list(page_size=2)]
    assert names == ["t1-0", "t1-1", "t2-0", "t2-1", "t3-0", "t3-1"]
    assert [r.target.split("?")[1] for r in server.received[1:]] == [
        "page=1&page_size=2", "page=2&page_size=2", "page=3&page_size=2"]
    assert all(type(t).__qualname__ == "v3.Template" for t in client.templates.iter_list(
        page_size=2))


def test_every_list_operation_has_an_iterator():
    client = sentdm.Client(api_key=API_KEY, api="v3")
    listed = [key for key, op in client.service.operations.items() if op.spec.pagination]
    assert {"templates.list", "contacts.list", "webhooks.list"} <= set(listed)
    for key in listed:
        resource = functools.reduce(getattr, key.split(".")[:-1], client)
        assert callable(getattr(resource, "iter_" + key.rpartition(".")[2]))


def test_a_body_that_is_not_an_envelope_is_an_api_response_validation_error(server):
    server.respond = lambda r: json_answer(200, [1, 2])
    with pytest.raises(sentdm.APIResponseValidationError, match="a JSON object .the envelope."):
        v3_client(server).messages.retrieve_status(MESSAGE_ID)
