"""Runtime inspection: listings and structured descriptions of operations and models, help(),
signatures and dir(), all read from the table."""

import datetime
import inspect
import json
import pydoc
import uuid
from typing import Dict, List, Optional, Union, Any

import pytest

import sentdm
from sentdm.inspection import type_text
from tests.support.data import CALLS


def test_the_package_lists_every_operation_with_method_uri_and_summary():
    listing = {s.key: (s.method, s.uri, s.summary) for s in sentdm.meta.operations}
    assert sorted(listing) == sorted(call[0] for call in CALLS)
    for key, (method, uri, summary) in listing.items():
        op = sentdm.service.api.operation(key)
        assert (method, uri, summary) == (op.method, op.uri, op.summary) and summary
    assert listing["customers.get_all_customers"] == (
        "GET", "/customers{?page,pageSize}", "Retrieve all customers with pagination")
    lines = sentdm.meta.listing().splitlines()
    assert len(lines) == 13
    assert lines[4].split() == ["customers.get_all_customers", "GET", "/customers{?page,pageSize}",
                                "Retrieve", "all", "customers", "with", "pagination"]


def test_a_client_lists_what_it_can_call(client):
    assert client.meta is sentdm.meta
    assert client.meta.operation_names == tuple(s.key for s in sentdm.meta.operations)
    assert set(client.meta.resource_names) <= set(dir(client))
    assert {"contact", "customers", "messages", "sms", "templates", "whatsapp"} <= set(dir(client))


def test_describe_gives_parameters_with_python_and_wire_names_and_constraints():
    info = sentdm.meta.describe("customers.get_all_customers")
    assert (info.method, info.uri, info.path, info.operation_id, info.idempotent) == (
        "GET", "/customers{?page,pageSize}", "/customers", "Customers_getAllCustomers", True)
    assert info.description.startswith("Returns a paginated list of all customers.")
    assert [(p.python_name, p.wire_name, p.location, p.type, p.python_type, p.required,
             p.constraints) for p in info.parameters] == [
        ("page", "page", "query", "integer", "int", True, {"minimum": 1}),
        ("page_size", "pageSize", "query", "integer", "int", True, {"minimum": 1, "maximum": 100}),
    ]
    assert info.parameters[1].description == "Number of items to return per page"
    assert (info.response.schema, info.response.many, info.returns) == (
        "Customer", True, "List[Customer]")
    assert [f.python_name for f in info.response.fields][:3] == [
        "id", "name", "sending_phone_number"]
    assert [(e.status, e.exception) for e in info.errors] == [(401, "AuthenticationError")]
    assert info.pagination == {"page": "page", "page_size": "page_size"}


def test_describe_gives_the_request_body_and_error_bodies():
    info = sentdm.meta.describe("messages.send_message_to_contact")
    assert (info.body.schema, info.body.scalar) == ("SendMessageToContactRequest", False)
    assert [(p.python_name, p.wire_name, p.location, p.python_type) for p in info.parameters] == [
        ("customer_id", "customerId", "body", "Union[str, UUID]"),
        ("contact_id", "contactId", "body", "Union[str, UUID]"),
        ("template_id", "templateId", "body", "Union[str, UUID]"),
        ("idempotency_key", "Idempotency-Key", "header", "Optional[str]"),
    ]
    assert [(e.status, e.schema, e.exception) for e in info.errors] == [
        (400, "MessagesSendMessageToContact400Response", "BadRequestError"),
        (401, None, "AuthenticationError"),
        (404, None, "NotFoundError"),
    ]
    scalar = sentdm.meta.describe("customers.create_customer")
    assert (scalar.body.schema, scalar.body.scalar) == ("CustomersCreateCustomerRequest", True)
    assert [(p.python_name, p.location, p.python_type) for p in scalar.parameters] == [
        ("body", "body", "str"), ("idempotency_key", "header", "Optional[str]")]


def test_optional_parameters_are_optional_in_python():
    info = sentdm.meta.describe("sms.get_contact_info")
    assert [(p.python_name, p.required, p.python_type) for p in info.parameters] == [
        ("phone_number", True, "str"),
        ("retrieve_if_does_not_exists", True, "bool"),
        ("sent_id", False, "Optional[Union[str, UUID]]"),
    ]


def test_describe_model_gives_fields_inheritance_and_types():
    model = sentdm.meta.describe_model("WhatsAppPayload")
    assert model.all_of == ("PayloadPhoneNumber",)
    assert [(f.python_name, f.wire_name, f.python_type, f.inherited_from)
            for f in model.fields][:5] == [
        ("id", "id", "Optional[str]", "PayloadPhoneNumber"),
        ("sent_id", "sentId", "Optional[str]", "PayloadPhoneNumber"),
        ("phone_number", "phoneNumber", "Optional[str]", "PayloadPhoneNumber"),
        ("whatsapp_id", "whatsappId", "Optional[str]", None),
        ("country_code", "countryCode", "Optional[str]", None),
    ]
    number_type = next(f for f in model.fields if f.python_name == "number_type")
    assert number_type.constraints == {"enum": ["MOBILE", "LANDLINE", "VOIP", "UNKNOWN"]}
    assert [f.python_name for f in model.own_fields][0] == "whatsapp_id"
    customer = sentdm.meta.describe_model("Customer")
    assert next(f for f in customer.fields if f.python_name == "created_at").python_type == (
        "Optional[datetime]")
    assert next(f for f in customer.fields if f.python_name == "sms_bearer_token").secret
    scalar = sentdm.meta.describe_model("CustomersCreateCustomerRequest")
    assert (scalar.type, scalar.fields) == ("string", ())
    assert "A JSON string." in str(scalar)


def test_descriptions_are_plain_data():
    for key in sentdm.meta.operation_names:
        assert json.loads(json.dumps(sentdm.meta.describe(key).to_dict()))["key"] == key
    for name in sentdm.meta.schema_names:
        assert json.loads(json.dumps(sentdm.meta.describe_model(name).to_dict()))["name"] == name


def test_unknown_names_get_a_hint():
    with pytest.raises(LookupError, match="did you mean 'customers.get_all_customers'"):
        sentdm.meta.describe("customers.get_all_customer")
    with pytest.raises(LookupError, match="did you mean 'Customer'"):
        sentdm.meta.describe_model("Costumer")


def test_help_on_an_operation_shows_its_whole_description(client):
    text = pydoc.render_doc(client.messages.send_message_to_contact, renderer=pydoc.plaintext)
    for expected in [
        "send_message_to_contact(*, customer_id: Union[str, uuid.UUID], "
        "contact_id: Union[str, uuid.UUID], template_id: Union[str, uuid.UUID], "
        "idempotency_key: Optional[str] = None) -> sentdm.MessagesSendMessageToContactResponse",
        "Send a message to a contact using a template",
        "The platform automatically determines the optimal channel",
        "customer_id (Union[str, UUID], required, body 'customerId', format=uuid): "
        "Unique identifier of the customer",
        "Request body:",
        "SendMessageToContactRequest (the body parameters)",
        "MessagesSendMessageToContactResponse: The queued message",
        ".status (Optional[str])",
        "sentdm.BadRequestError: HTTP 400: Invalid request parameters "
        "(body: MessagesSendMessageToContact400Response)",
        "sentdm.NotFoundError: HTTP 404: Contact, template, or customer not found",
        "Endpoint: POST /messages",
        "client.messages.send_message_to_contact(",
        "customer_id='550e8400-e29b-41d4-a716-446655440000',",
    ]:
        assert expected in text
    raw = client.messages.send_message_to_contact_with_http_info.__doc__
    assert "ApiResponse[MessagesSendMessageToContactResponse]: .data, .status_code" in raw


@pytest.mark.parametrize("key", [call[0] for call in CALLS])
def test_docstrings_are_the_descriptions(client, key):
    resource, name = key.split(".")
    method = getattr(getattr(client, resource), name)
    assert method.__doc__ == str(sentdm.meta.describe(key))


def test_signatures_are_exact():
    cls = sentdm.service.resource_classes["sms"]
    signature = inspect.signature(cls.get_contact_info)
    P = inspect.Parameter
    assert signature == inspect.Signature([
        P("self", P.POSITIONAL_OR_KEYWORD),
        P("phone_number", P.KEYWORD_ONLY, annotation=str),
        P("retrieve_if_does_not_exists", P.KEYWORD_ONLY, annotation=bool),
        P("sent_id", P.KEYWORD_ONLY, default=None, annotation=Optional[Union[str, uuid.UUID]]),
    ], return_annotation=sentdm.SMSPayload)
    raw = inspect.signature(cls.get_contact_info_with_http_info)
    assert raw.return_annotation == sentdm.ApiResponse[sentdm.SMSPayload]
    listing = inspect.signature(sentdm.service.resource_classes["customers"].get_all_customers)
    assert listing.return_annotation == List[sentdm.Customer]
    deleted = inspect.signature(sentdm.service.resource_classes["customers"].delete_customer)
    assert deleted.return_annotation is type(None)


def test_type_text_spells_annotations_as_the_stubs_do():
    assert type_text(Optional[List[sentdm.Customer]]) == "Optional[List[Customer]]"
    assert type_text(Union[str, uuid.UUID, None]) == "Optional[Union[str, UUID]]"
    assert type_text(Dict[str, Any]) == "Dict[str, Any]"
    assert type_text(sentdm.ApiResponse[None]) == "ApiResponse[None]"
    assert type_text(datetime.datetime) == "datetime"
