"""sentdm.testing: the Stubber (answers, errors, and each way it fails) and the pytest fixtures."""

import uuid

import pytest

import sentdm
from sentdm.testing import ANY, StubAssertionError, Stubber, StubResponseError
from tests.support.data import CUSTOMER, CUSTOMER_ID, PHONE, TEMPLATE_ID

pytest_plugins = ["pytester"]

ID = CUSTOMER_ID
OTHER_ID = "00000000-0000-4000-8000-000000000000"
VALID_CUSTOMER = {**CUSTOMER, "id": ID}  # the vendor example's id is not a valid UUID


@pytest.fixture
def sandbox(sentdm_sandbox):
    return sentdm_sandbox


@pytest.fixture
def stubber(sandbox):
    """A stubber on a client bound to a real sandbox: anything that leaks through would show."""
    return Stubber(sandbox.client)


def test_stubbed_calls_return_models_and_reach_nothing(sandbox, stubber):
    client = sandbox.client
    stubber.add_response("customers.get_customer_by_id", VALID_CUSTOMER,
                         expected_params={"id": uuid.UUID(ID)}, headers={"X-Request-Id": "r1"})
    stubber.add_response("customers.get_all_customers", [sentdm.Customer(name="Acme")],
                         expected_params={"page": 1, "page_size": ANY})
    stubber.add_response("customers.delete_customer", None)
    with stubber:
        info = client.customers.get_customer_by_id_with_http_info(id=ID)
        listed = client.customers.get_all_customers(page=1, page_size=50)
        assert client.customers.delete_customer(id=OTHER_ID) is None
    assert info.status_code == 200 and info.headers["X-Request-Id"] == "r1"
    assert info.data == sentdm.Customer.from_wire(VALID_CUSTOMER)
    assert info.response.url == f"{sandbox.url}/customers/{ID}"
    assert listed == [sentdm.Customer(name="Acme")]
    # deactivated on leaving the block: the client talks to the sandbox again, which saw nothing
    assert client.customers.get_all_customers(page=1, page_size=50) == []


def test_queued_errors_raise_the_clients_exceptions(stubber):
    stubber.add_client_error("messages.send_message_to_contact", 400, "Invalid request parameters",
                             ["templateId: unknown"])
    stubber.add_client_error("customers.get_customer_by_id", 503, headers={"Retry-After": "1"})
    with stubber:
        with pytest.raises(sentdm.BadRequestError) as bad:
            stubber.client.messages.send_message_to_contact(customer_id=ID, contact_id=ID,
                                                            template_id=TEMPLATE_ID)
        with pytest.raises(sentdm.InternalServerError) as down:
            stubber.client.customers.get_customer_by_id(id=ID)
    assert (bad.value.status_code, bad.value.error, bad.value.details) == (
        400, "Invalid request parameters", ["templateId: unknown"])
    assert (down.value.status_code, down.value.error, down.value.headers["Retry-After"]) == (
        503, "Service Unavailable", "1")


def test_an_unexpected_call_fails_clearly(stubber):
    with stubber, pytest.raises(StubAssertionError) as caught:
        stubber.client.customers.get_customer_by_id(id=ID)
    assert str(caught.value) == (f"unexpected call customers.get_customer_by_id(id='{ID}'): "
                                 "no response queued")


def test_a_call_of_another_operation_fails_clearly(stubber):
    stubber.add_response("customers.delete_customer", expected_params={"id": ID})
    with pytest.raises(StubAssertionError) as caught, stubber:
        stubber.client.customers.get_customer_by_id(id=ID)
    assert str(caught.value) == (f"expected a call to customers.delete_customer(id='{ID}'), "
                                 f"got customers.get_customer_by_id(id='{ID}')")


def test_different_parameters_fail_listing_each_difference(stubber):
    stubber.add_response("sms.get_contact_info", {"phoneNumber": PHONE},
                         expected_params={"phone_number": PHONE,
                                          "retrieve_if_does_not_exists": True})
    with pytest.raises(StubAssertionError) as caught, stubber:
        stubber.client.sms.get_contact_info(phone_number="+14155550000",
                                            retrieve_if_does_not_exists=True, sent_id=OTHER_ID)
    assert str(caught.value) == (
        "sms.get_contact_info called with other parameters than expected:\n"
        f"  phone_number: expected '{PHONE}', got '+14155550000'\n"
        f"  sent_id: not expected, got '{OTHER_ID}'")


def test_expectations_left_unmet_fail(stubber):
    stubber.add_response("customers.get_customer_by_id", VALID_CUSTOMER, expected_params={"id": ID})
    stubber.add_response("customers.delete_customer")
    with pytest.raises(StubAssertionError) as caught:
        with stubber:
            stubber.client.customers.get_customer_by_id(id=ID)
    assert str(caught.value) == ("1 expected call(s) not made:\n  customers.delete_customer(...)")
    with pytest.raises(StubAssertionError):
        stubber.assert_no_pending_responses()


def test_an_exception_in_the_block_is_not_hidden_by_pending_calls(stubber):
    stubber.add_response("customers.delete_customer")
    with pytest.raises(KeyError), stubber:
        raise KeyError("the test's own failure")


def test_bad_arguments_raise_as_usual_and_consume_nothing(stubber):
    stubber.add_response("customers.get_customer_by_id", VALID_CUSTOMER)
    with stubber:
        with pytest.raises(sentdm.ValidationError):
            stubber.client.customers.get_customer_by_id(id="not-a-uuid")
        assert stubber.client.customers.get_customer_by_id(id=ID).name == "Acme Corp"


@pytest.mark.parametrize("queue,message", [
    (lambda s: s.add_response("customers.get_customer_by_idd", {}),
     "no operation 'customers.get_customer_by_idd' (did you mean 'customers.get_customer_by_id'?)"),
    (lambda s: s.add_response("customers.get_customer_by_id", {"id": "cus_1"}),
     "does not match Customer:\n  response.id: Not a valid UUID."),
    (lambda s: s.add_response("customers.get_customer_by_id", {"sms_bearer_token": "x"}),
     "has a field Customer does not have: 'sms_bearer_token' (did you mean 'smsBearerToken'?)"),
    (lambda s: s.add_response("customers.get_all_customers", VALID_CUSTOMER),
     "response: Not a valid list."),
    (lambda s: s.add_response("customers.get_all_customers", [{"name": 7}]),
     "response.0.name: Not a valid string."),
    (lambda s: s.add_response("customers.delete_customer", {}),
     "customers.delete_customer answers no data; queue None"),
    (lambda s: s.add_response("customers.get_customer_by_id", {}, status_code=404),
     "use add_client_error"),
    (lambda s: s.add_client_error("customers.get_customer_by_id", 302),
     "302 is not an error status"),
    (lambda s: s.add_client_error("messages.send_message_to_contact", 400,
                                  body={"error": "x", "details": "not a list"}),
     "does not match MessagesSendMessageToContact400Response:\n  details: Not a valid list."),
    (lambda s: s.add_response("customers.get_customer_by_id", {}, expected_params={"ids": ID}),
     "unknown parameter 'ids' (did you mean 'id'?)"),
    (lambda s: s.add_response("customers.get_all_customers", [], expected_params={"page": 0}),
     "page: Must be greater than or equal to 1."),
], ids=["unknown operation", "bad value", "unknown field", "object for a list", "bad list item",
        "data for no data", "error status as response", "success status as error",
        "error body off its schema", "unknown expected param", "bad expected param"])
def test_what_cannot_be_answered_is_refused_when_queued(stubber, queue, message):
    with pytest.raises(StubResponseError) as caught:
        queue(stubber)
    assert message in str(caught.value)
    stubber.assert_no_pending_responses()


def test_the_pytest_fixtures(pytester):
    pytester.makeconftest('pytest_plugins = ["sentdm.testing.pytest_plugin"]')
    pytester.makepyfile(f"""
        import pytest, sentdm

        def test_sandbox(sentdm_client, sentdm_sandbox):
            customer = sentdm_client.customers.create_customer(body="Acme")
            template = sentdm_client.templates.create_template(customer_id=customer.id, name="Hi")
            sentdm_client.messages.send_message_to_phone_number(
                customer_id=customer.id, phone_number="{PHONE}", template_id=template.id)
            assert [m.template_id for m in sentdm_sandbox.messages] == [template.id]

        def test_each_test_gets_a_fresh_sandbox(sentdm_client):
            assert sentdm_client.customers.get_all_customers(page=1, page_size=5) == []

        def test_stubber(sentdm_stubber):
            sentdm_stubber.add_client_error("customers.delete_customer", 404)
            with pytest.raises(sentdm.NotFoundError):
                sentdm_stubber.client.customers.delete_customer(id="{ID}")

        def test_calls_left_unmade_fail(sentdm_stubber):
            sentdm_stubber.add_response("customers.delete_customer")

        def test_v3_sandbox(sentdm_client_v3, sentdm_sandbox_v3):
            template = sentdm_client_v3.templates.create(category="UTILITY")
            sent = sentdm_client_v3.messages.send(to=["{PHONE}"], template={{"id": template.id}})
            assert [m.id for m in sentdm_sandbox_v3.messages] == [sent.recipients[0].message_id]
            assert sentdm_sandbox_v3.messages[0].phone_number == "{PHONE}"
    """)
    result = pytester.runpytest_inprocess()
    result.assert_outcomes(passed=5, errors=1)
    result.stdout.fnmatch_lines(["*StubAssertionError: 1 expected call(s) not made:*"])
