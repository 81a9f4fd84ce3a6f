"""The official v3 SDK, with strict response validation, drives the v3 sandbox (built from
sentdm/apis/v3.toml) through every operation it has: no answer fails the SDK's models. The SDK is
the oracle for the wire format; it is installed apart, into .official-sdk/ (see the README's test
command), since its distribution name is ours too."""

import time

import pytest

from sentdm.sandbox import Sandbox
from tests.support.official_sdk import import_official_sdk

PHONE = "+14155550123"

# the SDK warns on every call of its deprecated profiles resource
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


@pytest.fixture(scope="module")
def served():
    with Sandbox(api="v3", lifecycle_step=0.01) as sandbox:
        sent_dm = import_official_sdk()
        client = sent_dm.Sent(api_key=sandbox.api_key, base_url=sandbox.url, max_retries=0,
                              _strict_response_validation=True)
        yield sandbox, client, sent_dm
        client.close()


def _every_operation(sent):
    """Each SDK operation once, in an order where each finds what it needs; yields
    ``(sdk method path, answer)``."""
    yield "me.retrieve", sent.me.retrieve()
    template = sent.templates.create(category="UTILITY", definition={"body": {"multiChannel": {
        "type": "text", "template": "Hello {{1:name}}"}}})
    yield "templates.create", template
    template_id = template.data.id
    yield "templates.retrieve", sent.templates.retrieve(template_id)
    yield "templates.update", sent.templates.update(template_id, category="MARKETING")
    yield "templates.list", sent.templates.list(page=1, page_size=10)
    contact = sent.contacts.create(phone_number=PHONE)
    yield "contacts.create", contact
    yield "contacts.retrieve", sent.contacts.retrieve(contact.data.id)
    yield "contacts.update", sent.contacts.update(contact.data.id, default_channel="whatsapp")
    yield "contacts.list", sent.contacts.list(page=1, page_size=10)
    yield "contacts.retrieve_message_summary", sent.contacts.retrieve_message_summary(
        contact.data.id)
    webhook = sent.webhooks.create(display_name="hook", endpoint_url="http://127.0.0.1:9/",
                                   event_types=["message"], retry_count=1, timeout_seconds=5)
    yield "webhooks.create", webhook
    webhook_id = webhook.data.id
    yield "webhooks.retrieve", sent.webhooks.retrieve(webhook_id)
    yield "webhooks.update", sent.webhooks.update(webhook_id, display_name="renamed")
    yield "webhooks.list", sent.webhooks.list(page=1, page_size=10)
    yield "webhooks.list_event_types", sent.webhooks.list_event_types()
    yield "webhooks.toggle_status", sent.webhooks.toggle_status(webhook_id, is_active=False)
    yield "webhooks.rotate_secret", sent.webhooks.rotate_secret(webhook_id)
    yield "webhooks.test", sent.webhooks.test(webhook_id, event_type="message.delivered")
    yield "webhooks.list_events", sent.webhooks.list_events(webhook_id, page=1, page_size=10)
    send = sent.messages.send(to=[PHONE], template={"id": template_id}, channel=["sms"])
    yield "messages.send", send
    message_id = send.data.recipients[0].message_id
    yield "messages.retrieve_status", sent.messages.retrieve_status(message_id)
    yield "messages.retrieve_activities", sent.messages.retrieve_activities(message_id)
    yield "numbers.lookup", sent.numbers.lookup(PHONE)
    yield "conversations.list", sent.conversations.list()
    yield "conversations.list_messages", sent.conversations.list_messages(contact.data.id)
    profile = sent.profiles.create(name="Acme", short_name="ACME")
    yield "profiles.create", profile
    profile_id = profile.data.id
    yield "profiles.retrieve", sent.profiles.retrieve(profile_id)
    yield "profiles.update", sent.profiles.update(profile_id, description="Updated")
    yield "profiles.list", sent.profiles.list()
    yield "profiles.complete", sent.profiles.complete(profile_id,
                                                      web_hook_url="https://example.com/h")
    campaign_data = {"name": "Spring", "description": "Sale", "type": "STANDARD",
                     "use_cases": [{"messaging_use_case_us": "MARKETING",
                                    "sample_messages": ["Spring sale!"]}]}
    campaign = sent.profiles.campaigns.create(profile_id, campaign=campaign_data)
    yield "profiles.campaigns.create", campaign
    yield "profiles.campaigns.update", sent.profiles.campaigns.update(
        campaign.data.id, profile_id=profile_id, campaign={**campaign_data, "name": "Summer"})
    yield "profiles.campaigns.list", sent.profiles.campaigns.list(profile_id)
    yield "profiles.campaigns.delete", sent.profiles.campaigns.delete(
        campaign.data.id, profile_id=profile_id)
    user = sent.users.invite(email="ada@example.com", name="Ada", role="admin")
    yield "users.invite", user
    yield "users.retrieve", sent.users.retrieve(user.data.id)
    yield "users.update_role", sent.users.update_role(user.data.id, role="billing")
    yield "users.list", sent.users.list()
    yield "users.remove", sent.users.remove(user.data.id)
    number = sent.channels.voice.create(callback_url="https://example.com/voice")
    yield "channels.voice.create", number
    yield "channels.voice.list", sent.channels.voice.list()
    yield "channels.voice.retrieve", sent.channels.voice.retrieve(PHONE)
    yield "channels.voice.update", sent.channels.voice.update(PHONE, status="ACTIVE")
    yield "channels.voice.rotate_secret", sent.channels.voice.rotate_secret(PHONE)
    yield "channels.voice.test", sent.channels.voice.test(PHONE)
    call_id = "call_0001"
    yield "voice.calls.list", sent.voice.calls.list()
    yield "voice.calls.retrieve", sent.voice.calls.retrieve(call_id)
    yield "voice.calls.list_recordings", sent.voice.calls.list_recordings(call_id)
    yield "voice.calls.record", sent.voice.calls.record(call_id, action="start")
    yield "voice.calls.participants.add", sent.voice.calls.participants.add(call_id)
    yield "voice.calls.participants.list", sent.voice.calls.participants.list(call_id)
    yield "voice.calls.participants.update", sent.voice.calls.participants.update(
        "part_1", id=call_id, muted=True)
    yield "voice.calls.participants.remove", sent.voice.calls.participants.remove(
        "part_1", id=call_id)
    yield "voice.calls.participants.remove_all", sent.voice.calls.participants.remove_all(
        call_id)
    yield "voice.calls.hangup", sent.voice.calls.hangup(call_id)
    yield "voice.tokens.create", sent.voice.tokens.create(identity="agent-1")
    yield "webhooks.delete", sent.webhooks.delete(webhook_id)
    yield "contacts.delete", sent.contacts.delete(contact.data.id)
    yield "templates.delete", sent.templates.delete(template_id)
    yield "profiles.delete", sent.profiles.delete(profile_id)


def test_the_official_sdk_strictly_accepts_every_answer_of_every_operation(served):
    sandbox, sent, _ = served
    called = []
    for name, answer in _every_operation(sent):
        called.append(name)
        pages = getattr(answer, "iter_pages", None)
        if pages is not None:  # a page: its items were validated as it was made
            list(answer)
    # every operation of the table, and so of the SDK, was called and its answer accepted
    table = {op.key for op in sandbox.app.api.operations}
    assert sorted(called) == sorted(table)


def test_the_sdk_sees_records_kept_by_the_sandbox(served):
    _, sent, _ = served
    template = sent.templates.create(category="UTILITY")
    found = [t.id for t in sent.templates.list(page_size=100)]
    assert template.data.id in found
    sent.templates.delete(template.data.id)
    assert template.data.id not in [t.id for t in sent.templates.list(page_size=100)]


def test_the_sdk_raises_its_own_errors_for_the_sandbox_error_envelope(served):
    _, sent, sent_dm = served
    with pytest.raises(sent_dm.NotFoundError) as missing:
        sent.templates.retrieve("no-such-template")
    assert missing.value.body["error"]["code"] == "RESOURCE_002"
    with pytest.raises(sent_dm.BadRequestError) as invalid:
        sent.contacts.create(phone_number=12345)
    assert invalid.value.body["error"]["code"].startswith("VALIDATION_")


def test_the_sdk_accepts_the_recorded_events_of_a_message_lifecycle(served):
    sandbox, sent, _ = served
    webhook = sent.webhooks.create(display_name="dead end", endpoint_url="http://127.0.0.1:9/",
                                   event_types=["message"], retry_count=1, timeout_seconds=5)
    template = sent.templates.create(category="UTILITY")
    sent.messages.send(to=["+14155550000", PHONE], template={"id": template.data.id},
                       channel=["whatsapp"])
    statuses = 3 + 5  # the failing number's, then the read one's
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        page = sent.webhooks.list_events(webhook.data.id, page_size=100)
        if len(page.data.events or []) >= 2 * statuses:  # each tried twice: retry_count 1
            break
        time.sleep(0.05)
    events = page.data.events
    assert len(events) == 2 * statuses
    kinds = {e.event_data.event for e in events}
    assert kinds == {"message.queued", "message.routed", "message.sent", "message.delivered",
                     "message.read", "message.failed"}
    assert {type(e.event_data).__name__ for e in events} == {"MessageEvent"}


def test_conversations_list_the_messages_sent(served):
    _, sent, _ = served
    answer = sent.messages.send(to=[PHONE], text="Hello there", channel=["sms"])
    message_id = answer.data.recipients[0].message_id
    assert message_id in [m.id for m in sent.conversations.list(page_size=100)]


def test_a_free_form_text_needs_no_template(served):
    sandbox, sent, _ = served
    answer = sent.messages.send(to=[PHONE], text="Your code is 123456", channel=["sms"])
    recipient = answer.data.recipients[0]
    assert (recipient.body, answer.data.template_id) == ("Your code is 123456", None)
    message = sent.messages.retrieve_status(recipient.message_id).data
    assert message.message_body.content == "Your code is 123456"


def test_an_sdk_idempotency_key_replays_the_send(served):
    sandbox, sent, _ = served
    template = sent.templates.create(category="UTILITY")
    before = len(sandbox.messages)
    first = sent.messages.with_raw_response.send(to=[PHONE], template={"id": template.data.id},
                                                 idempotency_key="sdk-order-1")
    again = sent.messages.with_raw_response.send(to=[PHONE], template={"id": template.data.id},
                                                 idempotency_key="sdk-order-1")
    assert again.headers["Idempotent-Replayed"] == "true"
    assert first.parse().data.recipients[0].message_id == again.parse().data.recipients[0]\
        .message_id
    assert len(sandbox.messages) == before + 1
