"""Webhook verification, signing and parsing (sentdm.webhooks).

Every signature a test relies on is computed here, independently, with the hmac module as the
scheme describes it: v1,<base64 HMAC-SHA256 of "{id}.{timestamp}." + body>, keyed with the
base64-decoded part of the secret after "whsec_". Times are explicit (``now=``), never the clock.
"""

import base64
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
from sentdm import ConfigurationError, WebhookVerificationError
from sentdm.spec import EventSpec

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


def test_construct_event_verifies_then_parses_a_generic_event():
    event = construct(BODY)
    assert (event.type, event.field, event.kind) == ("message.delivered", "message", "")
    assert event.timestamp.isoformat() == "2026-11-29T14:00:00+00:00"
    assert event.payload == json.loads(BODY)["payload"]
    assert event.webhook_id == WEBHOOK_ID and event.to_dict() == json.loads(BODY)
    with pytest.raises(WebhookVerificationError):
        webhooks.construct_event(BODY, headers(key=OTHER_KEY), SECRET)


def test_the_older_sub_type_name_and_a_missing_field_are_understood():
    event = construct(json.dumps({"sub_type": "template.approved", "payload": {}}).encode())
    assert (event.type, event.field, event.timestamp) == ("template.approved", "template", None)


@pytest.mark.parametrize("body", [b"not json", b"[1, 2]", b"\xff\xfe\x00", b"null"])
def test_a_verified_body_that_is_not_a_json_object_is_an_invalid_body(body):
    with pytest.raises(WebhookVerificationError) as caught:
        construct(body)
    assert caught.value.reason == WebhookVerificationError.INVALID_BODY


def test_the_event_key_survives_redelivery_and_tells_occurrences_apart():
    first = construct(BODY)
    redelivered = json.loads(BODY)
    redelivered["timestamp"] = "2026-11-29T14:05:00Z"  # emitted again, later
    assert construct(json.dumps(redelivered).encode()).key == first.key
    failed = json.loads(BODY)
    failed["payload"]["message_status"] = "FAILED"
    assert construct(json.dumps(failed).encode()).key != first.key


def test_declared_kinds_parse_their_payload_and_key_on_the_declared_fields():
    class Payload:
        @classmethod
        def from_wire(cls, data):
            return ("parsed", data["message_id"])

    types = webhooks.EventTypes(
        [EventSpec("message.*", "Payload", key=("message_id", "message_status"))],
        {"Payload": Payload})
    event = construct(BODY, event_types=types)
    assert event.kind == "message.*" and event.payload == ("parsed", "m-1")
    changed = json.loads(BODY)
    changed["payload"]["channel"] = "whatsapp"  # not a key field
    assert construct(json.dumps(changed).encode(), event_types=types).key == event.key
    assert construct(json.dumps(changed).encode()).key != event.key  # generic: whole payload


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
