"""Webhook verification, signing and parsing (sentdm.webhooks).

Every signature a test relies on is computed here, independently, with the hmac module as the
scheme describes it: v1,<base64 HMAC-SHA256 of "{id}.{timestamp}." + body>, keyed with the
base64-decoded part of the secret after "whsec_". Times are explicit (``now=``), never the clock.
"""

import base64
import datetime as dt
import hashlib
import hmac
import json
import pickle
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import sentdm
import sentdm.webhooks as webhooks
from sentdm import ConfigurationError, TableError, WebhookVerificationError
from sentdm.apis import v3 as V3
from sentdm.loader import load_api
from sentdm.service import register_api
from sentdm.spec import PRIMITIVE_TYPES

KEY = b"a 24-byte key for tests."
SECRET = "whsec_" + base64.b64encode(KEY).decode()
OTHER_KEY = b"the rotated-in new key!!"
OTHER_SECRET = "whsec_" + base64.b64encode(OTHER_KEY).decode()
NOW = 1_760_000_000
WEBHOOK_ID = "8a6f3f2e-2d0b-4c1c-9a52-3f1d0c6b7e11"
BODY = json.dumps({
    "field": "message", "event": "message.delivered", "timestamp": "2026-11-29T14:00:00Z",
    "payload": {"message_id": "m-1", "message_status": "DELIVERED", "channel": "sms",
                "updated_at": "2026-11-29T13:59:58Z"},
}).encode()


def signature(key: bytes, webhook_id: str, timestamp: int, body: bytes) -> str:
    """The scheme, written out from its description."""
    signed = f"{webhook_id}.{timestamp}.".encode() + body
    return "v1," + base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest()).decode()


def headers(body: bytes = BODY, key: bytes = KEY, timestamp: int = NOW, **replace: str) -> dict:
    sent = {"x-webhook-id": WEBHOOK_ID, "x-webhook-timestamp": str(timestamp),
            "x-webhook-signature": signature(key, WEBHOOK_ID, timestamp, body)}
    sent.update(replace)
    return sent


def failure(body: bytes, sent: dict, secret=SECRET, **options) -> WebhookVerificationError:
    with pytest.raises(WebhookVerificationError) as caught:
        webhooks.verify(body, sent, secret, now=NOW, **options)
    return caught.value


# --- verification -------------------------------------------------------------------------------

def test_a_genuine_request_verifies():
    webhooks.verify(BODY, headers(), SECRET, now=NOW)


def test_header_names_are_case_insensitive_and_pairs_work_too():
    sent = {name.title(): value for name, value in headers().items()}
    webhooks.verify(BODY, sent, SECRET, now=NOW)
    webhooks.verify(BODY, [(k.encode(), v.encode()) for k, v in headers().items()], SECRET, now=NOW)


def test_a_tampered_body_is_a_mismatch():
    tampered = BODY.replace(b"DELIVERED", b"FAILED")
    error = failure(tampered, headers())
    assert error.reason == WebhookVerificationError.SIGNATURE_MISMATCH
    assert "signature" in str(error)


@pytest.mark.parametrize("changed", ["x-webhook-id", "x-webhook-timestamp"])
def test_the_id_and_timestamp_are_signed(changed):
    sent = headers()
    sent[changed] = WEBHOOK_ID[:-1] + "2" if changed == "x-webhook-id" else str(NOW - 1)
    assert failure(BODY, sent).reason == WebhookVerificationError.SIGNATURE_MISMATCH


def test_a_wrong_secret_is_a_mismatch():
    assert failure(BODY, headers(key=OTHER_KEY)).reason == WebhookVerificationError.SIGNATURE_MISMATCH


def test_stale_and_future_timestamps_are_refused_beyond_the_tolerance():
    old = failure(BODY, headers(timestamp=NOW - 301))
    assert old.reason == WebhookVerificationError.TIMESTAMP_TOO_OLD and "301 s old" in str(old)
    new = failure(BODY, headers(timestamp=NOW + 301))
    assert new.reason == WebhookVerificationError.TIMESTAMP_TOO_NEW and "301 s in the future" in str(new)
    webhooks.verify(BODY, headers(timestamp=NOW - 300), SECRET, now=NOW)
    webhooks.verify(BODY, headers(timestamp=NOW + 300), SECRET, now=NOW)


def test_the_tolerance_is_configurable():
    sent = headers(timestamp=NOW - 60)
    assert failure(BODY, sent, tolerance=30).reason == WebhookVerificationError.TIMESTAMP_TOO_OLD
    webhooks.verify(BODY, sent, SECRET, tolerance=60, now=NOW)


def test_a_stale_request_is_refused_even_with_a_valid_signature():
    # the replay of a genuine request, long after: the signature still matches the body
    assert failure(BODY, headers(timestamp=NOW - 3600)).reason == "timestamp too old"


def test_a_rotated_secret_keeps_verifying():
    both = " ".join([signature(KEY, WEBHOOK_ID, NOW, BODY),
                     signature(OTHER_KEY, WEBHOOK_ID, NOW, BODY)])
    sent = headers(**{"x-webhook-signature": both})
    webhooks.verify(BODY, sent, SECRET, now=NOW)        # a receiver still on the old secret
    webhooks.verify(BODY, sent, OTHER_SECRET, now=NOW)  # one already on the new one
    # a receiver that accepts both secrets, for a request signed with only the old one
    webhooks.verify(BODY, headers(), [OTHER_SECRET, SECRET], now=NOW)
    assert failure(BODY, headers(), secret=[OTHER_SECRET]).reason == "signature mismatch"


def test_signatures_of_other_versions_are_skipped():
    sent = headers(**{"x-webhook-signature": "v2,AAAA " + signature(KEY, WEBHOOK_ID, NOW, BODY)})
    webhooks.verify(BODY, sent, SECRET, now=NOW)


@pytest.mark.parametrize("missing", ["x-webhook-id", "x-webhook-timestamp", "x-webhook-signature"])
def test_missing_and_empty_headers(missing):
    sent = headers()
    del sent[missing]
    error = failure(BODY, sent)
    assert error.reason == WebhookVerificationError.MISSING_HEADER and missing in str(error)
    assert failure(BODY, headers(**{missing: "  "})).reason == "missing header"


@pytest.mark.parametrize("header, value, says", [
    ("x-webhook-timestamp", "2026-11-29T14:00:00Z", "Unix seconds"),
    ("x-webhook-timestamp", "-5", "Unix seconds"),
    ("x-webhook-timestamp", "1" * 400, "Unix seconds"),
    ("x-webhook-timestamp", "١٧٦٠٠٠٠٠٠٠", "Unix seconds"),  # digits, but not ASCII ones
    ("x-webhook-signature", "bm90IGEgc2lnbmF0dXJl", "'<version>,<base64>'"),
    ("x-webhook-signature", "v1,***", "not valid base64"),
    ("x-webhook-signature", "v2,AAAA", "no v1 signature"),
])
def test_malformed_headers(header, value, says):
    error = failure(BODY, headers(**{header: value}))
    assert error.reason == WebhookVerificationError.MALFORMED_HEADER and says in str(error)


def test_no_failure_shows_the_secret():
    cases = [headers(key=OTHER_KEY), headers(timestamp=0), headers(**{"x-webhook-signature": "x"})]
    for sent in cases:
        message = str(failure(BODY, sent))
        assert SECRET not in message and SECRET[6:] not in message and KEY.decode() not in message


@pytest.mark.parametrize("secret, says", [
    ("sk_live_Zq8xV3", "starting with 'whsec_'"),
    ("whsec_Zq8x!V3", "not valid base64"),
    ("whsec_", "empty"),
    ([], "none given"),
])
def test_a_bad_secret_is_a_configuration_error_that_hides_it(secret, says):
    with pytest.raises(ConfigurationError) as caught:
        webhooks.verify(BODY, headers(), secret, now=NOW)
    assert says in str(caught.value)
    if isinstance(secret, str) and len(secret) > 6:
        assert secret not in str(caught.value) and secret[6:] not in str(caught.value)


def test_the_error_pickles_with_its_reason():
    error = pickle.loads(pickle.dumps(failure(BODY, headers(key=OTHER_KEY))))
    assert isinstance(error, WebhookVerificationError) and error.reason == "signature mismatch"
    assert "matches" in str(error)


# --- signing ------------------------------------------------------------------------------------

def test_sign_produces_what_the_scheme_describes():
    sent = webhooks.sign(BODY, SECRET, webhook_id=WEBHOOK_ID, timestamp=NOW,
                         event_type="message.delivered")
    assert sent == {**headers(), "x-webhook-event-type": "message.delivered"}
    rotated = webhooks.sign(BODY, [SECRET, OTHER_SECRET], webhook_id=WEBHOOK_ID, timestamp=NOW)
    assert rotated["x-webhook-signature"].split() == [
        signature(KEY, WEBHOOK_ID, NOW, BODY), signature(OTHER_KEY, WEBHOOK_ID, NOW, BODY)]


def test_sign_defaults_to_a_fresh_id_and_the_current_time():
    first, second = webhooks.sign(BODY, SECRET), webhooks.sign(BODY, SECRET)
    assert first["x-webhook-id"] != second["x-webhook-id"]
    webhooks.verify(BODY, first, SECRET)  # against the clock: signed just now
    stamp = int(first["x-webhook-timestamp"])
    assert first["x-webhook-signature"] == signature(KEY, first["x-webhook-id"], stamp, BODY)


def test_a_text_body_is_signed_and_verified_as_utf8():
    text = '{"field": "message", "payload": {"text": "héllo"}}'
    sent = webhooks.sign(text, SECRET, webhook_id=WEBHOOK_ID, timestamp=NOW)
    assert sent == headers(body=text.encode("utf-8"))
    webhooks.verify(text.encode("utf-8"), sent, SECRET, now=NOW)


# --- parsing ------------------------------------------------------------------------------------

def construct(body: bytes, **options) -> webhooks.Event:
    sent = webhooks.sign(body, SECRET, webhook_id=WEBHOOK_ID)
    return webhooks.construct_event(body, sent, SECRET, **options)


def test_construct_event_verifies_then_parses_into_the_model_the_v3_table_declares():
    event = construct(BODY)
    assert (event.type, event.field, event.kind) == ("message.delivered", "message", "message.*")
    assert event.timestamp == dt.datetime(2026, 11, 29, 14, 0, tzinfo=dt.timezone.utc)
    assert isinstance(event.payload, V3.MessageEventPayload)
    assert (event.payload.message_id, event.payload.message_status) == ("m-1", "DELIVERED")
    assert event.payload.updated_at == "2026-11-29T13:59:58Z"  # text, as the official SDK has it
    assert event.webhook_id == WEBHOOK_ID and event.to_dict() == json.loads(BODY)
    with pytest.raises(WebhookVerificationError):
        webhooks.construct_event(BODY, headers(key=OTHER_KEY), SECRET)


def test_an_event_type_the_table_does_not_know_is_a_generic_event():
    body = {"field": "loyalty", "event": "loyalty.points_added", "timestamp": "yesterday",
            "payload": {"points": 5}}
    event = construct(json.dumps(body).encode())
    assert (event.type, event.field, event.kind, event.timestamp) == (
        "loyalty.points_added", "loyalty", "", "yesterday")
    assert event.payload == {"points": 5}


def test_the_older_sub_type_name_and_a_missing_field_are_understood():
    event = construct(json.dumps({"sub_type": "message.sent", "payload": {}}).encode())
    assert (event.type, event.field, event.timestamp) == ("message.sent", "message", None)
    assert isinstance(event.payload, V3.MessageEventPayload)


@pytest.mark.parametrize("body", [b"not json", b"[1, 2]", b"\xff\xfe\x00", b"null"])
def test_a_verified_body_that_is_not_a_json_object_is_an_invalid_body(body):
    with pytest.raises(WebhookVerificationError) as caught:
        construct(body)
    assert caught.value.reason == WebhookVerificationError.INVALID_BODY


def test_the_event_key_survives_redelivery_and_tells_occurrences_apart():
    first = construct(BODY)
    redelivered = json.loads(BODY)
    redelivered["timestamp"] = "2026-11-29T14:05:00Z"  # emitted again, later
    redelivered["payload"]["body"] = None  # a part the key does not name
    assert construct(json.dumps(redelivered).encode()).key == first.key
    for part, value in [("message_status", "FAILED"), ("message_id", "m-2"),
                        ("updated_at", "2026-11-29T14:01:00Z")]:
        changed = json.loads(BODY)
        changed["payload"][part] = value
        assert construct(json.dumps(changed).encode()).key != first.key, part


#: One event of each kind the v3 table declares: (field, type, payload).
SAMPLES = [
    ("message", "message.failed", {
        "message_id": "m-9", "message_status": "FAILED", "channel": "whatsapp",
        "reason_code": "DELIVERY_007", "reason": "Not on this channel", "body": None,
        "updated_at": "2026-11-29T13:59:58Z", "scheduled_at": "2026-11-30T08:00:00Z"}),
    ("message", "message.received", {
        "inbound_number": "+14155550100", "received_at": "2026-11-29T13:00:00Z",
        "message_id": "in-1", "text": None, "channel": "mms",
        "media": [{"url": "https://carrier.example/f/1", "mime_type": "image/jpeg",
                   "size_bytes": 2048, "hash_sha256": "ab" * 32}],
        "referral": {"source_type": "ad", "ctwa_clid": "x"}}),
    ("templates", "template.approved", {
        "status": "APPROVED", "whatsapp_template_id": "wa-1", "template_id": "t-1",
        "channel": "whatsapp", "category": "UTILITY", "language": "en_US"}),
    ("contact", "contact.opt_out", {
        "opt_out": True, "source": "INBOUND_KEYWORD", "contact_id": "c-1",
        "from": "+14155550100", "to": "+14155550199", "text": "STOP", "message_id": "in-2",
        "template_id": None}),
    ("channel", "channel.activated", {
        "country": "US", "status": "ACTIVE", "channel": "sms", "number_type": "TEN_DLC",
        "sender_value": "+14155550199", "updated_at": "2026-11-29T12:00:00Z",
        "compliance": {"brand": {"inherit": True}, "documents": [
            {"document_id": "d-1", "file_name": "ein.pdf", "key": "ein_letter"}]}}),
    ("call", "call.completed", {
        "call_id": "call-1", "number": "+14155550199", "channel": "voice",
        "duration_seconds": 42, "price": 0.12, "updated_at": "2026-11-29T11:00:00Z"}),
]


def sample_body(field, event_type, payload):
    return json.dumps({"field": field, "event": event_type, "timestamp": "2026-11-29T14:00:00Z",
                       "payload": payload}).encode()


@pytest.mark.parametrize("field, event_type, payload", SAMPLES, ids=[s[1] for s in SAMPLES])
def test_every_kind_the_v3_table_declares_parses_into_its_model(field, event_type, payload):
    event = construct(sample_body(field, event_type, payload))
    assert event.kind and type(event.payload).__name__ == V3_PAYLOADS[event.kind]
    assert event.payload.to_dict() == payload
    for spec in event.payload._spec.fields:
        if spec.type in PRIMITIVE_TYPES and spec.type != "array":
            assert getattr(event.payload, spec.python_name) == payload.get(spec.wire_name)


V3_PAYLOADS = {"message.*": "MessageEventPayload", "message.received": "InboundMessageEventPayload",
               "templates.*": "TemplateEventPayload", "contact.*": "ContactEventPayload",
               "channel.*": "ChannelEventPayload", "call.*": "CallEventPayload"}


def test_nested_parts_of_a_payload_are_models_too():
    inbound = construct(sample_body(*SAMPLES[1])).payload
    assert isinstance(inbound.media[0], V3.InboundMessageMedia) and inbound.media[0].size_bytes == 2048
    channel = construct(sample_body(*SAMPLES[4])).payload
    assert channel.compliance.documents[0].key == "ein_letter"
    contact = construct(sample_body(*SAMPLES[3])).payload
    assert contact.from_ == "+14155550100" and contact.opt_out is True


TEST_TABLE = """
[api]
name = "webhooks-test"
title = "t"
version = "1"
base_url = "https://api.example.test"

[events."order.*"]
payload = "OrderPayload"
key = ["payload.order_id", "timestamp"]

[schemas.OrderPayload.fields]
order_id = { type = "string" }
total = { type = "number" }
"""


@pytest.fixture
def test_api(tmp_path):
    """The name of an API version whose table is TEST_TABLE."""
    (tmp_path / "orders.toml").write_text(TEST_TABLE)
    name = f"webhooks-test-{tmp_path.name}"
    register_api(name, tmp_path / "orders.toml")
    return name


def test_any_table_can_declare_events_and_what_identifies_them(test_api):
    body = {"field": "order", "event": "order.paid", "timestamp": "2026-11-29T14:00:00Z",
            "payload": {"order_id": "o-1", "total": 12.5}}
    event = construct(json.dumps(body).encode(), api=test_api)
    assert event.kind == "order.*" and type(event.payload).__name__ == "OrderPayload"
    assert event.payload.total == 12.5
    body["payload"]["total"] = 13  # not a key part
    assert construct(json.dumps(body).encode(), api=test_api).key == event.key
    body["timestamp"] = "2026-11-29T15:00:00Z"  # a key part
    assert construct(json.dumps(body).encode(), api=test_api).key != event.key
    generic = construct(json.dumps(body).encode())  # the v3 table does not know "order"
    assert generic.kind == "" and generic.payload == body["payload"]


@pytest.mark.parametrize("entry, says", [
    ('[events."Order!"]\npayload = "OrderPayload"', "named by its type"),
    ('[events."order.*"]\npayload = "Nope"', "unknown schema 'Nope'"),
    ('[events."order.*"]\nkey = []', "field 'payload': missing"),
    ('[events."order.*"]\npayload = "OrderPayload"\nkey = ["payload.orderid"]',
     "did you mean 'payload.order_id'?"),
    ('[events."order.*"]\npayload = "OrderPayload"\nkeys = []', "unknown key 'keys'"),
    ('[events."order.*"]\npayload = "Total"', "is not an object"),
])
def test_a_bad_event_declaration_is_a_table_error_naming_it(tmp_path, entry, says):
    table = TEST_TABLE.split("[events")[0] + entry + (
        "\n[schemas.OrderPayload.fields]\norder_id = { type = \"string\" }\n"
        "[schemas.Total]\ntype = \"number\"\n")
    (tmp_path / "bad.toml").write_text(table)
    with pytest.raises(TableError) as caught:
        load_api([tmp_path / "bad.toml"])
    assert says in str(caught.value) and "bad.toml" in str(caught.value)


def test_an_unknown_api_version_is_a_configuration_error():
    with pytest.raises(ConfigurationError, match="unknown API version 'v9'"):
        construct(BODY, api="v9")


# --- properties ---------------------------------------------------------------------------------

HEADER_TEXT = st.text(max_size=60) | st.sampled_from(
    ["v1,", "v1,AAAA", "v1, v1,", "0", str(NOW), "99999999999999999999", "v1,=="])
HEADERS = st.dictionaries(
    st.sampled_from(["x-webhook-id", "X-Webhook-Timestamp", "x-webhook-signature", "other"]),
    HEADER_TEXT, max_size=4)


@settings(max_examples=400, deadline=None)
@given(body=st.binary(max_size=200), sent=HEADERS)
def test_verification_only_ever_raises_its_own_error(body, sent):
    try:
        webhooks.construct_event(body, sent, SECRET)
    except WebhookVerificationError as error:
        assert error.reason in {"missing header", "malformed header", "timestamp too old",
                                "timestamp too new", "signature mismatch"}


JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
                    lambda inner: st.lists(inner, max_size=3)
                    | st.dictionaries(st.text(max_size=8), inner, max_size=3), max_leaves=10)
ENVELOPES = st.fixed_dictionaries({}, optional={
    "field": JSON, "event": JSON, "sub_type": JSON, "timestamp": JSON | st.just("2026-01-01"),
    "payload": JSON})


@settings(max_examples=300, deadline=None)
@given(body=st.binary(max_size=100) | ENVELOPES.map(lambda e: json.dumps(e).encode()))
def test_any_signed_body_is_an_event_or_an_invalid_body(body):
    try:
        event = construct(body)
    except WebhookVerificationError as error:
        assert error.reason == WebhookVerificationError.INVALID_BODY
    else:
        assert isinstance(event.type, str) and isinstance(event.field, str)
        assert len(event.key) == 64


# --- import cost --------------------------------------------------------------------------------

def test_import_sentdm_leaves_webhooks_and_sqlite_unloaded_until_used():
    code = ("import sys, sentdm; print(sorted(m for m in ('sentdm.webhooks', 'sqlite3') "
            "if m in sys.modules)); sentdm.webhooks.sign; print('sentdm.webhooks' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.split("\n")[:2] == ["[]", "True"]
