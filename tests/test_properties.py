"""Property tests of every operation's parameters, against a real server on 127.0.0.1.

Each generated call either raises sentdm.ValidationError with nothing sent, or reaches the server
exactly once with a request that conforms to the table and carries the values given (checked by
tests/support/conformance.py, written from the table's rules, not from the client's schemas).
Nothing else may happen: any other exception fails the test.
"""

import datetime as dt
import math

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

import sentdm
from sentdm.spec import FieldSpec, OperationSpec
from tests.support import conformance
from tests.support.data import CALLS
from tests.support.faults import client_for, sequence, status
from tests.support.server import LocalServer, json_answer

EXAMPLES_PER_OPERATION = 300
API = sentdm.service.api
ANSWERS = {key: answer for key, _, _, _, _, answer, _, _ in CALLS}

# characters that break encoders, parsers and anchors
TRICKY = st.sampled_from("\x00\t\n\r /?#%&=+.~\x7f\x85\u2028\xe9\ud800\udfff")
# text of every kind, lone surrogates and control characters included
ANY_TEXT = st.text(st.one_of(st.characters(exclude_categories=()), TRICKY), max_size=20)
ANYTHING = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(), ANY_TEXT, st.binary(max_size=5),
    st.uuids(), st.datetimes(), st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2))


def valid_values(field: FieldSpec) -> st.SearchStrategy:
    """Values the table allows for a field (formats checked), edge cases included."""
    if field.enum is not None:
        return st.sampled_from(field.enum)
    if field.type == "string":
        if field.format == "uuid":
            return st.one_of(st.uuids(), st.uuids().map(str), st.uuids().map(lambda u: str(u).upper()))
        if field.format == "e164":
            return st.from_regex(r"\+[0-9]{2,15}", fullmatch=True)
        if field.format == "date-time":
            return st.datetimes(timezones=st.just(dt.timezone.utc)).map(dt.datetime.isoformat)
        if field.location == "header":
            alphabet = st.characters(min_codepoint=0x20, max_codepoint=0x7E)
        else:
            alphabet = st.characters(exclude_categories=("Cs",))
        return st.text(alphabet, min_size=max(field.min_length or 0, field.location == "path"),
                       max_size=field.max_length or 30).filter(lambda s: s not in (".", ".."))
    if field.type == "integer":
        return st.integers(
            min_value=None if field.minimum is None else math.ceil(field.minimum),
            max_value=None if field.maximum is None else math.floor(field.maximum))
    if field.type == "boolean":
        return st.booleans()
    raise NotImplementedError(f"no strategy for {field.type} parameters yet")


def almost_valid(field: FieldSpec) -> st.SearchStrategy:
    """A valid string with a tricky character before or after it ("+14155552671\\n")."""
    if field.type != "string" or field.enum is not None:
        return valid_values(field)
    return st.builds(lambda value, char, before: char + str(value) if before else str(value) + char,
                     valid_values(field), TRICKY, st.booleans())


@st.composite
def arguments(draw, op: OperationSpec):
    """Keyword arguments for ``op``: half the time all valid, else each valid, almost valid,
    any text, anything or left out, sometimes with an unknown keyword."""
    all_valid = draw(st.booleans())
    kwargs = {}
    for field in op.params:
        if all_valid:
            if field.required or draw(st.booleans()):
                kwargs[field.python_name] = draw(valid_values(field))
            continue
        choice = draw(st.sampled_from(["valid", "almost", "text", "anything", "left out"]))
        if choice != "left out":
            kwargs[field.python_name] = draw(
                {"valid": valid_values(field), "almost": almost_valid(field), "text": ANY_TEXT,
                 "anything": ANYTHING}[choice])
    if not all_valid and draw(st.integers(0, 9)) == 0:
        kwargs[draw(st.sampled_from(["pageSize", "customerid", "idempotencyKey", "x"]))] = 1
    return kwargs


@pytest.fixture(scope="module")
def property_server():
    with LocalServer() as server:
        yield server


@pytest.fixture(scope="module")
def clients(property_server):
    return {check: client_for(property_server, check_formats=check) for check in (True, False)}


@pytest.mark.parametrize("key", sorted(sentdm.service.operations))
@settings(max_examples=EXAMPLES_PER_OPERATION, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), check_formats=st.booleans())
def test_every_call_is_refused_before_sending_or_arrives_conforming(key, property_server,
                                                                    clients, data,
                                                                    check_formats):
    op = sentdm.service.operations[key].spec
    kwargs = data.draw(arguments(op), label="kwargs")
    answer = ANSWERS[key]
    property_server.respond = sequence(status(200) if answer is None
                                       else json_answer(200, answer))
    received = property_server.received
    received.clear()
    method = getattr(getattr(clients[check_formats], op.resource), op.name)
    try:
        method(**kwargs)
    except sentdm.ValidationError as error:
        assert received == [], "a refused call sent something"
        assert set(error.errors), "a ValidationError names what was wrong"
        event("refused before sending")
        return
    event("sent")
    assert len(received) == 1
    assert conformance.problems(op, API, received[0], kwargs, check_formats) == []


# Edge cases that random generation reaches too rarely to count on, pinned: each is refused
# before anything is sent (the first two by the format checks, the rest always).
UUID = "550e8400-e29b-41d4-a716-446655440000"
REFUSED = [
    ("contact.get_contact_by_phone", {"customer_id": UUID, "phone_number": "+14155552671\n"}, True),
    ("contact.get_contact_by_phone", {"customer_id": UUID + "\n", "phone_number": "+14155552671"},
     True),
    *[(key, kwargs, check) for check in (True, False) for key, kwargs in [
        ("customers.get_customer_by_id", {"id": "."}),
        ("customers.get_customer_by_id", {"id": ".."}),
        ("customers.get_customer_by_id", {"id": ""}),
        ("customers.get_customer_by_id", {"id": "\ud800"}),
        ("customers.get_customer_by_id", {"id": UUID.encode()}),
        ("customers.create_customer", {"body": "Acme", "idempotency_key": " key"}),
        ("customers.create_customer", {"body": "Acme", "idempotency_key": "key\n"}),
        ("customers.create_customer", {"body": "Acme", "idempotency_key": "k\u00e9y"}),
        ("customers.create_customer", {"body": "Acme", "idempotency_key": ""}),
        ("customers.create_customer", {"body": "Acme", "idempotency_key": "k" * 256}),
        ("customers.get_customer_by_id", {"id": UUID, "idempotency_key": "k"}),  # idempotent
    ]],
]


@pytest.mark.parametrize("key,kwargs,check_formats", REFUSED)
def test_edge_cases_are_refused_before_sending(key, kwargs, check_formats, property_server,
                                               clients):
    op = sentdm.service.operations[key].spec
    property_server.received.clear()
    with pytest.raises(sentdm.ValidationError):
        getattr(getattr(clients[check_formats], op.resource), op.name)(**kwargs)
    assert property_server.received == []
