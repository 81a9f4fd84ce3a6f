"""The v3 table's webhook events against the official v3 SDK, the oracle for v3: every event kind
the SDK types has a table entry whose payload schema has the same fields (wire names, Python
names, required or not, nested objects alike), and a sample of each parses into the same values
under the same attribute names."""

import json
import typing

import pytest

from sentdm.service import api_service
from sentdm.webhooks import event_types
from tests.test_v3_differential import SENT_DM, differences, is_model, strip_optional
from tests.test_webhooks import SAMPLES, construct, sample_body

V3 = api_service("v3").api
OFFICIAL_EVENTS = sorted(name for name in dir(SENT_DM.types) if name.endswith("Event")
                         and "payload" in getattr(getattr(SENT_DM.types, name), "model_fields", {}))


def official_payload(event_class: str) -> type:
    return strip_optional(getattr(SENT_DM.types, event_class).model_fields["payload"].annotation)


def shape_differences(official: type, schema: str, where: str) -> typing.List[str]:
    """How the table's schema differs from the official model, field by field, recursively."""
    ours = {field.wire_name: field for field in V3.schemas[schema].fields}
    found = []
    for name, info in official.model_fields.items():
        wire_name = info.alias or name
        field = ours.pop(wire_name, None)
        if field is None:
            found.append(f"{where}.{wire_name}: missing from the table")
            continue
        if (field.python_name, field.required) != (name, info.is_required()):
            found.append(f"{where}.{wire_name}: python_name/required {field.python_name}/"
                         f"{field.required}, officially {name}/{info.is_required()}")
        inner = strip_optional(info.annotation)
        if typing.get_origin(inner) in (list, typing.List):
            inner = typing.get_args(inner)[0]
        if is_model(inner):
            nested = field.items if field.type == "array" else field.type
            found += shape_differences(inner, nested, f"{where}.{wire_name}")
    return found + [f"{where}.{wire_name}: not in the official SDK" for wire_name in ours]


def test_the_official_sdk_has_the_six_event_kinds():
    assert OFFICIAL_EVENTS == ["CallEvent", "ChannelEvent", "ContactEvent", "InboundMessageEvent",
                               "MessageEvent", "TemplateEvent"]


@pytest.mark.parametrize("event_class", OFFICIAL_EVENTS)
def test_each_official_event_kind_is_declared_with_the_same_payload(event_class):
    payload = official_payload(event_class)
    declared = [spec.name for spec in event_types("v3").specs.values()
                if spec.payload == payload.__name__]
    assert declared, f"no [events] entry has {payload.__name__} as its payload"
    assert shape_differences(payload, payload.__name__, payload.__name__) == []


@pytest.mark.parametrize("field, event_type, payload", SAMPLES, ids=[s[1] for s in SAMPLES])
def test_a_sample_of_each_kind_reads_as_the_official_sdk_reads_it(field, event_type, payload):
    body = sample_body(field, event_type, payload)
    ours = construct(body)
    official_class = next(name for name in OFFICIAL_EVENTS
                          if official_payload(name).__name__ == type(ours.payload).__name__)
    theirs = getattr(SENT_DM.types, official_class).model_validate(json.loads(body))
    assert (ours.type, ours.field) == (theirs.event, theirs.field)
    assert differences(ours.payload, theirs.payload, "payload") == []
