"""Requests are validated before anything is sent; every bad parameter is listed with why."""

import uuid

import pytest

import sentdm
from tests.support.data import CONTACT_ID, CUSTOMER_ID, PHONE, TEMPLATE_ID


def _errors(call, **kwargs):
    with pytest.raises(sentdm.ValidationError) as info:
        call(**kwargs)
    return info.value.errors


@pytest.fixture(autouse=True)
def nothing_is_sent(mock):
    yield
    assert mock.call_count == 0, "a request was sent despite invalid arguments"


def test_missing_required_parameters_are_all_listed(client):
    errors = _errors(client.messages.send_message_to_contact, customer_id=CUSTOMER_ID)
    assert errors == {"contact_id": ["Missing required parameter."],
                      "template_id": ["Missing required parameter."]}


def test_unknown_keyword_suggests_the_right_name(client):
    errors = _errors(client.customers.get_all_customers, page=1, pagesize=20)
    assert errors["pagesize"] == ["Unknown parameter (did you mean 'page_size'?)."]
    assert errors["page_size"] == ["Missing required parameter."]


def test_wire_names_are_not_python_names(client):
    errors = _errors(client.customers.get_all_customers, page=1, pageSize=20)
    assert "did you mean 'page_size'" in errors["pageSize"][0]


@pytest.mark.parametrize("value", ["2", 2.5, True, [1]])
def test_wrong_types_are_rejected(client, value):
    errors = _errors(client.customers.get_all_customers, page=value, page_size=20)
    assert errors == {"page": ["Not a valid integer."]}


def test_string_and_boolean_types(client):
    errors = _errors(client.sms.get_contact_info, phone_number=14155552671,
                     retrieve_if_does_not_exists="yes")
    assert errors == {"phone_number": ["Not a valid string."],
                      "retrieve_if_does_not_exists": ["Not a valid boolean."]}


@pytest.mark.parametrize("page,page_size,bad", [
    (0, 20, {"page": ["Must be greater than or equal to 1."]}),
    (1, 0, {"page_size": ["Must be greater than or equal to 1 and less than or equal to 100."]}),
    (1, 101, {"page_size": ["Must be greater than or equal to 1 and less than or equal to 100."]}),
])
def test_out_of_range_numbers(client, page, page_size, bad):
    assert _errors(client.customers.get_all_customers, page=page, page_size=page_size) == bad


@pytest.mark.parametrize("name", ["", "x" * 101])
def test_lengths(client, name):
    errors = _errors(client.templates.create_template, customer_id=CUSTOMER_ID, name=name)
    assert errors == {"name": ["Length must be between 1 and 100."]}


def test_uuids(client):
    errors = _errors(client.messages.send_message_to_contact, customer_id="not-a-uuid",
                     contact_id=CONTACT_ID, template_id=TEMPLATE_ID + "X")
    assert errors == {"customer_id": ["Not a valid UUID."], "template_id": ["Not a valid UUID."]}


@pytest.mark.parametrize("number", ["14155552671", "+1", "+1234567890123456", "+1 415 555",
                                    "+1415555267a", ""])
def test_e164_phone_numbers(client, number):
    errors = _errors(client.messages.send_message_to_phone_number, customer_id=CUSTOMER_ID,
                     phone_number=number, template_id=TEMPLATE_ID)
    assert errors == {"phone_number": [
        "Not a valid E.164 phone number ('+' then 2 to 15 digits)."]}


@pytest.mark.parametrize("number", ["+12", "+123456789012345"])
def test_e164_limits_accepted(client, mock, number):
    mock.post("https://api.sent.test/messages/phone-number", json={})
    client.messages.send_message_to_phone_number(customer_id=CUSTOMER_ID, phone_number=number,
                                                 template_id=TEMPLATE_ID)
    mock.reset_mock()


def test_every_problem_is_reported_at_once(client):
    errors = _errors(client.sms.get_contact_info, phone_number="555", sent_id="nope", extra=1)
    assert set(errors) == {"phone_number", "retrieve_if_does_not_exists", "sent_id", "extra"}


def test_error_message_names_operation_and_parameters(client):
    with pytest.raises(sentdm.ValidationError) as info:
        client.customers.get_customer_by_id(id="abc")
    message = str(info.value)
    assert "customers.get_customer_by_id" in message and "id: Not a valid UUID." in message
    assert isinstance(info.value, ValueError) and isinstance(info.value, sentdm.SentdmError)


def test_positional_arguments_are_refused_clearly(client):
    with pytest.raises(sentdm.ValidationError, match="keyword arguments only"):
        client.customers.get_customer_by_id(CUSTOMER_ID)


@pytest.mark.parametrize("value", ["..", ".", ""])
def test_path_values_that_would_leave_their_segment_are_refused(client, value):
    client_without_formats = sentdm.Client(api_key="k", base_url="https://api.sent.test",
                                           check_formats=False)
    errors = _errors(client_without_formats.customers.get_customer_by_id, id=value)
    assert list(errors) == ["id"]


def test_none_for_a_required_parameter_is_missing(client):
    assert _errors(client.customers.get_customer_by_id, id=None) == {
        "id": ["Missing required parameter."]}


def test_format_checks_can_be_turned_off(mock):
    lenient = sentdm.Client(api_key="k", base_url="https://api.sent.test", check_formats=False)
    mock.get("https://api.sent.test/customers/legacy-id-7", json={"id": "legacy-id-7"})
    mock.get("https://api.sent.test/sms", json={})
    assert lenient.customers.get_customer_by_id(id="legacy-id-7").id == "legacy-id-7"
    lenient.sms.get_contact_info(phone_number="0044 20 7946", retrieve_if_does_not_exists=False)
    assert mock.call_count == 2
    # types and ranges are still checked
    errors = _errors(lenient.customers.get_all_customers, page=0, page_size="20")
    assert set(errors) == {"page", "page_size"}
    mock.reset_mock()


def test_uuid_objects_pass_with_or_without_format_checks(client, mock):
    mock.get(f"https://api.sent.test/customers/{CUSTOMER_ID}", json={})
    client.customers.get_customer_by_id(id=uuid.UUID(CUSTOMER_ID))
    mock.reset_mock()
