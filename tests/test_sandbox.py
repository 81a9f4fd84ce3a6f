"""The sandbox over real HTTP on 127.0.0.1, driven through the client: every operation, the
stateful flows, the API's error answers, and SQLite state surviving a restart."""

import json
import threading
from wsgiref.util import setup_testing_defaults

import pytest
import requests

import sentdm
from sentdm.loader import BUILTIN_TABLE, load_api
from sentdm.sandbox import Sandbox, SandboxApp
from sentdm.sandbox.behaviour import HANDLERS
from sentdm.schemas import wire_schema
from tests.support.data import CALLS, CONTACT_ID, CUSTOMER_ID, PHONE, TEMPLATE_ID

UNKNOWN_ID = "00000000-0000-4000-8000-000000000000"
OTHER_PHONE = "+447700900123"


@pytest.fixture
def sandbox(sentdm_sandbox):  # the testing kit's own fixture (tests/conftest.py enables it)
    return sentdm_sandbox


@pytest.fixture
def client(sentdm_client):
    return sentdm_client


@pytest.fixture
def world(client):
    """A customer with a template, and a contact made by sending it to PHONE."""
    customer = client.customers.create_customer(body="Acme Corp")
    template = client.templates.create_template(customer_id=customer.id, name="Order Confirmation")
    sent = client.messages.send_message_to_phone_number(customer_id=customer.id,
                                                        phone_number=PHONE, template_id=template.id)
    return {CUSTOMER_ID: customer.id, TEMPLATE_ID: template.id, CONTACT_ID: sent.contact_id}


def _call(client, key, **kwargs):
    resource, name = key.split(".")
    return getattr(getattr(client, resource), name)(**kwargs)


def test_every_operation_of_the_table_has_sandbox_behaviour():
    assert sorted(HANDLERS) == sorted(sentdm.service.operations)


@pytest.mark.parametrize("key,kwargs,method,target,body,answer,model,many", CALLS,
                         ids=[c[0] for c in CALLS])
def test_each_operation_answers_what_the_table_promises(client, world, key, kwargs, method,
                                                        target, body, answer, model, many):
    real_kwargs = {name: world.get(value, value) for name, value in kwargs.items()}
    info = _call(client, key + "_with_http_info", **real_kwargs)
    assert info.status_code == 200
    if model is None:
        assert info.data is None and info.response.content == b""
        return
    assert info.headers["Content-Type"] == "application/json"
    spec = sentdm.service.api.schemas[model]
    items = info.data if many else [info.data]
    assert isinstance(info.data, list) == many and items
    for item in items:
        assert type(item) is getattr(sentdm, model)
        assert item.extra == {}
        wire_schema(spec, sentdm.service.api.schemas).load(item.to_dict())  # strict: raises if not


def test_the_sandbox_checks_requests_with_the_clients_schemas_and_lists_every_problem(sandbox):
    answer = requests.post(sandbox.url + "/templates", json={"customerId": "nope", "name": "",
                                                             "colour": "red"},
                           headers={"x-api-key": sandbox.api_key})
    assert answer.status_code == 400
    assert answer.json() == {"error": "Invalid request parameters", "details": [
        "customerId: Not a valid UUID.",   # "colour" is not a field: ignored, as by a lenient API
        "name: Length must be between 1 and 100.",
    ]}


def test_bad_values_the_client_lets_through_get_a_400_in_the_declared_error_shape(sandbox):
    client = sandbox.new_client(check_formats=False)
    with pytest.raises(sentdm.BadRequestError) as caught:
        client.messages.send_message_to_contact(customer_id="c", contact_id=UNKNOWN_ID,
                                                template_id="t")
    assert caught.value.details == ["customerId: Not a valid UUID.",
                                    "templateId: Not a valid UUID."]
    wire_schema(sentdm.service.api.schemas["MessagesSendMessageToContact400Response"],
                sentdm.service.api.schemas).load(caught.value.body)
    with pytest.raises(sentdm.BadRequestError) as caught:
        client.sms.get_contact_info(phone_number="4155552671", retrieve_if_does_not_exists=True)
    assert caught.value.error == "Invalid phone number format or request parameters"
    assert caught.value.details == [
        "phoneNumber: Not a valid E.164 phone number ('+' then 2 to 15 digits)."]


@pytest.mark.parametrize("body,problem", [
    (b"{", "body: Not valid JSON"),
    (b"", "body: A JSON body is required."),
    (b"42", "body: Not a valid string."),
])
def test_a_body_that_is_missing_or_not_json_is_a_400(sandbox, body, problem):
    answer = requests.post(sandbox.url + "/customers", data=body,
                           headers={"x-api-key": sandbox.api_key,
                                    "Content-Type": "application/json"})
    assert answer.status_code == 400
    assert answer.json()["details"][0].startswith(problem)


def test_401_without_a_valid_key_and_a_bearer_token_works_too(sandbox):
    bare = requests.get(sandbox.url + "/customers?page=1&pageSize=1")
    assert bare.status_code == 401
    assert bare.json()["error"] == "Authentication credentials are missing or invalid"
    with pytest.raises(sentdm.AuthenticationError) as caught:
        sandbox.new_client(api_key="wrong").customers.get_all_customers(page=1, page_size=1)
    assert caught.value.details == ["the key is not this sandbox's key"]
    with sentdm.Client(access_token=sandbox.api_key, base_url=sandbox.url) as bearer:
        assert bearer.customers.get_all_customers(page=1, page_size=1) == []


def test_unknown_paths_and_methods(sandbox):
    headers = {"x-api-key": sandbox.api_key}
    missing = requests.get(sandbox.url + "/nothing", headers=headers)
    assert missing.status_code == 404 and missing.json()["details"] == [
        "no operation at GET /nothing"]
    wrong = requests.patch(sandbox.url + "/customers", headers=headers)
    assert wrong.status_code == 405 and wrong.headers["Allow"] == "GET, POST"


# ----------------------------------------------------------------------------------------------
# stateful flows


def test_customers_are_created_read_updated_and_deleted(client):
    created = client.customers.create_customer(body="Acme Corp")
    assert created.name == "Acme Corp"
    assert created.sms_bearer_token and created.sms_messaging_profile_id
    assert client.customers.get_customer_by_id(id=created.id) == created

    full = client.customers.update_customer(id=created.id, name="Acme Corporation",
                                            sending_phone_number=PHONE,
                                            sms_messaging_profile_id="msg_prof_789",
                                            sms_bearer_token="token-2")
    assert (full.name, full.sending_phone_number, full.sms_messaging_profile_id,
            full.sms_bearer_token) == ("Acme Corporation", PHONE, "msg_prof_789", "token-2")
    assert full.id == created.id and full.created_at == created.created_at

    renamed = client.customers.update_customer(id=created.id, name="Acme Ltd")
    assert renamed.name == "Acme Ltd"  # every field overrides: the ones left out are cleared
    assert renamed.sending_phone_number is None and renamed.sms_bearer_token is None
    assert client.customers.get_customer_by_id(id=created.id) == renamed

    assert client.customers.delete_customer(id=created.id) is None
    for gone in (lambda: client.customers.get_customer_by_id(id=created.id),
                 lambda: client.customers.delete_customer(id=created.id),
                 lambda: client.customers.update_customer(id=created.id, name="x")):
        with pytest.raises(sentdm.NotFoundError) as caught:
            gone()
        assert caught.value.error == "Customer not found"
        assert caught.value.details == [f"id: no customer {created.id}"]
    assert client.customers.get_all_customers(page=1, page_size=10) == []


def test_customers_are_listed_newest_first_page_by_page(client):
    names = [f"customer {n}" for n in range(5)]
    for name in names:
        client.customers.create_customer(body=name)
    pages = [[c.name for c in client.customers.get_all_customers(page=page, page_size=2)]
             for page in (1, 2, 3, 4)]
    assert pages == [names[4:2:-1], names[2:0:-1], names[:1], []]


def test_templates_belong_to_their_customer_and_are_listed_newest_first(sandbox, client):
    acme = client.customers.create_customer(body="Acme")
    beta = client.customers.create_customer(body="Beta")
    first = client.templates.create_template(customer_id=acme.id, name="First")
    second = client.templates.create_template(customer_id=acme.id, name="Second")
    other = client.templates.create_template(customer_id=beta.id, name="Other")
    assert client.templates.get_templates_for_customer(customer_id=acme.id) == [second, first]
    assert client.templates.get_templates_for_customer(customer_id=beta.id) == [other]

    with pytest.raises(sentdm.NotFoundError) as caught:  # a template of another customer
        client.messages.send_message_to_phone_number(customer_id=acme.id, phone_number=PHONE,
                                                     template_id=other.id)
    assert caught.value.details == [f"templateId: customer {acme.id} has no template {other.id}"]
    for unknown_customer in (
            lambda: client.templates.create_template(customer_id=UNKNOWN_ID, name="x"),
            lambda: client.templates.get_templates_for_customer(customer_id=UNKNOWN_ID)):
        with pytest.raises(sentdm.NotFoundError, match="Customer not found"):
            unknown_customer()

    client.customers.delete_customer(id=acme.id)  # its templates go with it
    assert [t["id"] for t in sandbox.app.store.find("templates")] == [other.id]


@pytest.mark.parametrize("lookup", ["sms.get_contact_info", "whatsapp.get_whatsapp_contact"])
def test_lookups_create_the_contact_only_when_asked(client, lookup):
    with pytest.raises(sentdm.NotFoundError):
        _call(client, lookup, phone_number=PHONE, retrieve_if_does_not_exists=False)
    created = _call(client, lookup, phone_number=PHONE, retrieve_if_does_not_exists=True,
                    sent_id=UNKNOWN_ID)
    assert (created.phone_number, created.country_code, created.sent_id) == ("+14155552671", "US",
                                                                            UNKNOWN_ID)
    again = _call(client, lookup, phone_number=PHONE, retrieve_if_does_not_exists=False)
    assert again.id == created.id
    customer = client.customers.create_customer(body="Acme")
    contact = client.contact.get_contact_by_phone(customer_id=customer.id, phone_number=PHONE)
    assert contact.id == created.id


def test_the_sms_lookup_tells_valid_numbers_from_others(client):
    def valid(number):
        return client.sms.get_contact_info(phone_number=number,
                                           retrieve_if_does_not_exists=True).valid_number
    assert valid(PHONE) and valid(OTHER_PHONE)
    assert not valid("+1415555") and not valid("+999123456")


def test_a_whatsapp_lookup_makes_whatsapp_the_contacts_channel(client, world):
    customer, template, contact = world[CUSTOMER_ID], world[TEMPLATE_ID], world[CONTACT_ID]
    before = client.messages.send_message_to_contact(customer_id=customer, contact_id=contact,
                                                     template_id=template)
    looked_up = client.whatsapp.get_whatsapp_contact(phone_number=PHONE,
                                                     retrieve_if_does_not_exists=False)
    assert looked_up.id == contact and looked_up.whatsapp_id == "14155552671"
    after = client.messages.send_message_to_contact(customer_id=customer, contact_id=contact,
                                                    template_id=template)
    assert (before.channel, after.channel) == ("sms", "whatsapp")
    found = client.contact.get_contact_by_id(customer_id=customer, id=contact)
    assert (found.available_channels, found.default_channel) == ("SMS,WHATSAPP", "WHATSAPP")


def test_sends_create_contacts_once_and_every_message_is_recorded(sandbox, client, world):
    customer, template, first_contact = world[CUSTOMER_ID], world[TEMPLATE_ID], world[CONTACT_ID]
    again = client.messages.send_message_to_phone_number(customer_id=customer, phone_number=PHONE,
                                                         template_id=template)
    new = client.messages.send_message_to_phone_number(customer_id=customer,
                                                       phone_number=OTHER_PHONE,
                                                       template_id=template)
    assert again.contact_id == first_contact and new.contact_id != first_contact
    by_phone = client.contact.get_contact_by_phone(customer_id=customer, phone_number=OTHER_PHONE)
    by_id = client.contact.get_contact_by_id(customer_id=customer, id=new.contact_id)
    assert by_phone == by_id and by_id.id == new.contact_id and by_id.country_code == "GB"
    to_contact = client.messages.send_message_to_contact(customer_id=customer,
                                                         contact_id=new.contact_id,
                                                         template_id=template)

    recorded = sandbox.messages
    assert [m.id for m in recorded[1:]] == [again.message_id, new.message_id, to_contact.message_id]
    assert [(m.contact_id, m.phone_number, m.channel, m.status) for m in recorded[1:]] == [
        (first_contact, PHONE, "sms", "queued"),
        (new.contact_id, OTHER_PHONE, "sms", "queued"),
        (new.contact_id, OTHER_PHONE, "sms", "queued"),
    ]
    assert {(m.customer_id, m.template_id) for m in recorded} == {(customer, template)}


def test_404_for_unknown_customers_contacts_and_templates(client, world):
    customer, template, contact = world[CUSTOMER_ID], world[TEMPLATE_ID], world[CONTACT_ID]
    calls = {
        "Customer not found": [
            ("contact.get_contact_by_id", dict(customer_id=UNKNOWN_ID, id=contact)),
            ("contact.get_contact_by_phone", dict(customer_id=UNKNOWN_ID, phone_number=PHONE)),
            ("messages.send_message_to_contact",
             dict(customer_id=UNKNOWN_ID, contact_id=contact, template_id=template)),
        ],
        "Contact not found": [
            ("contact.get_contact_by_id", dict(customer_id=customer, id=UNKNOWN_ID)),
            ("contact.get_contact_by_phone", dict(customer_id=customer, phone_number=OTHER_PHONE)),
            ("messages.send_message_to_contact",
             dict(customer_id=customer, contact_id=UNKNOWN_ID, template_id=template)),
        ],
        "Template not found": [
            ("messages.send_message_to_contact",
             dict(customer_id=customer, contact_id=contact, template_id=UNKNOWN_ID)),
            ("messages.send_message_to_phone_number",
             dict(customer_id=customer, phone_number=PHONE, template_id=UNKNOWN_ID)),
        ],
    }
    for error, made in calls.items():
        for key, kwargs in made:
            with pytest.raises(sentdm.NotFoundError) as caught:
                _call(client, key, **kwargs)
            assert caught.value.error == error, key


def test_concurrent_requests_are_each_served_once(sandbox):
    def create(n):
        with sandbox.new_client() as own:
            for i in range(5):
                own.customers.create_customer(body=f"customer {n}.{i}")

    threads = [threading.Thread(target=create, args=(n,)) for n in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    listed = sandbox.client.customers.get_all_customers(page=1, page_size=100)
    assert sorted(c.name for c in listed) == sorted(f"customer {n}.{i}"
                                                    for n in range(6) for i in range(5))
    assert len({c.id for c in listed}) == 30


def test_state_in_a_sqlite_file_survives_a_restart(tmp_path):
    path = str(tmp_path / "sandbox.db")
    with Sandbox(path) as first:
        customer = first.client.customers.create_customer(body="Acme Corp")
        template = first.client.templates.create_template(customer_id=customer.id, name="Hello")
        sent = first.client.messages.send_message_to_phone_number(
            customer_id=customer.id, phone_number=PHONE, template_id=template.id)
    with Sandbox(path) as second:
        client = second.client
        assert client.customers.get_customer_by_id(id=customer.id) == customer
        assert client.templates.get_templates_for_customer(customer_id=customer.id) == [template]
        assert client.contact.get_contact_by_phone(customer_id=customer.id,
                                                   phone_number=PHONE).id == sent.contact_id
        assert [m.id for m in second.messages] == [sent.message_id]
        newer = client.customers.create_customer(body="Beta LLC")
        assert client.customers.get_all_customers(page=1, page_size=10) == [newer, customer]


def test_reset_forgets_everything(sandbox, client, world):
    sandbox.reset()
    assert client.customers.get_all_customers(page=1, page_size=10) == []
    assert sandbox.messages == []


def test_the_app_is_plain_wsgi_and_serves_an_extended_table_with_501_where_it_has_no_behaviour(
        tmp_path):
    extension = tmp_path / "extra.toml"
    extension.write_text('[endpoint.customers.archive_customer]\nmethod = "POST"\n'
                         'uri = "/customers/{id}/archive"\n'
                         'params = [{name = "id", in = "path", type = "string", '
                         'required = true}]\n')
    app = SandboxApp(api=load_api([BUILTIN_TABLE, extension]))

    def request(method, path):
        environ = {"REQUEST_METHOD": method, "PATH_INFO": path, "HTTP_X_API_KEY": app.api_key}
        setup_testing_defaults(environ)
        answered = {}
        body = b"".join(app(environ, lambda status, headers: answered.update(status=status)))
        return answered["status"], json.loads(body)

    assert request("POST", f"/customers/{UNKNOWN_ID}/archive") == (
        "501 Not Implemented",
        {"error": "customers.archive_customer is not implemented by the sandbox", "details": []})
    assert request("GET", f"/customers/{UNKNOWN_ID}") == (
        "404 Not Found",
        {"error": "Customer not found", "details": [f"id: no customer {UNKNOWN_ID}"]})
    app.close()
