"""What reaches a real server on 127.0.0.1: encoded query values and path segments."""

import pytest

import sentdm
from tests.support.data import CUSTOMER_ID


def test_e164_in_a_query_arrives_as_percent_2b(server):
    client = sentdm.Client(api_key="k", base_url=server.url)
    client.sms.get_contact_info(phone_number="+14155552671", retrieve_if_does_not_exists=True)
    target = server.received[-1].target
    assert target == "/sms?phoneNumber=%2B14155552671&retrieveIfDoesNotExists=true"
    assert "+" not in target


def test_e164_in_a_path_is_encoded(server):
    client = sentdm.Client(api_key="k", base_url=server.url)
    client.contact.get_contact_by_phone(customer_id=CUSTOMER_ID, phone_number="+14155552671")
    assert server.received[-1].target == f"/contact/{CUSTOMER_ID}/phone/%2B14155552671"


@pytest.mark.parametrize("value,segment", [
    ("../x", "..%2Fx"), ("a/b", "a%2Fb"), ("a b?c#d", "a%20b%3Fc%23d"), ("%2F", "%252F"),
    ("ü", "%C3%BC"),
])
def test_path_values_stay_inside_their_segment(server, value, segment):
    client = sentdm.Client(api_key="k", base_url=server.url, check_formats=False)
    client.customers.get_customer_by_id(id=value)
    assert server.received[-1].target == f"/customers/{segment}"


def test_base_url_with_a_path_prefix(server):
    client = sentdm.Client(api_key="k", base_url=server.url + "/api/v1/")
    client.customers.get_customer_by_id(id=CUSTOMER_ID)
    assert server.received[-1].target == f"/api/v1/customers/{CUSTOMER_ID}"


def test_scalar_body_is_a_json_string(server):
    client = sentdm.Client(api_key="k", base_url=server.url)
    client.customers.create_customer(body='Acme "Corp" ü')
    received = server.received[-1]
    assert received.headers["Content-Type"] == "application/json"
    assert received.json() == 'Acme "Corp" ü'
    assert received.body == b'"Acme \\"Corp\\" \\u00fc"'
