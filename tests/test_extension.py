"""Extending the API without code: extra TOML tables given to the client or named by
SENTDM_ENDPOINTS add operations, resources and schemas; a clash is an error unless overridden."""

import inspect
import json
import os
import pickle

import pytest

import sentdm
from sentdm.service import ENDPOINTS_ENV, table_paths
from tests.support.data import CUSTOMER, CUSTOMER_ID, TEMPLATE_ID
from tests.support.server import LocalServer, json_answer

DELETE_TEMPLATE = """
[endpoint.templates.delete_template]
method = "DELETE"
uri = "/templates/{customerId}/{id}"
summary = "Delete a template"
description = "Deletes a template of a customer; messages already sent are kept."
errors = { 404 = "Template not found" }

[[endpoint.templates.delete_template.params]]
name = "customerId"
in = "path"
type = "string"
format = "uuid"
required = true
description = "Unique identifier of the customer"

[[endpoint.templates.delete_template.params]]
name = "id"
in = "path"
type = "string"
format = "uuid"
required = true
description = "Unique identifier of the template to delete"
"""

WEBHOOKS = """
[resources]
webhooks = "Register URLs that receive message status events."

[endpoint.webhooks.list_webhooks]
method = "GET"
uri = "/webhooks/{customerId}{?eventType}"
summary = "List the webhooks of a customer"
response = ["Webhook"]

[[endpoint.webhooks.list_webhooks.params]]
name = "customerId"
in = "path"
type = "string"
format = "uuid"
required = true
description = "Unique identifier of the customer"

[[endpoint.webhooks.list_webhooks.params]]
name = "eventType"
in = "query"
type = "string"
enum = ["delivered", "failed"]
description = "Only webhooks for this event"

[schemas.Webhook]
description = "A URL that receives events"
all_of = ["WebhookTarget"]

[schemas.Webhook.fields]
eventTypes = { type = "array", items = "string", description = "Events sent to the URL" }
owner = { type = "Customer", description = "The customer the webhook belongs to" }

[schemas.WebhookTarget]
description = "Where events go"

[schemas.WebhookTarget.fields]
url = { type = "string", required = true, description = "The receiving URL" }
createdAt = { type = "string", format = "date-time", description = "When it was registered" }
"""

NESTED_BODY = """
[endpoint.templates.create_rich_template]
method = "POST"
uri = "/templates/rich"
summary = "Create a template from its parts"
body = "RichTemplateRequest"

[schemas.RichTemplateRequest]
description = "A template and its parts"

[schemas.RichTemplateRequest.fields]
name = { type = "string", required = true, description = "Template name" }
definition = { type = "TemplateParts", required = true, description = "Its parts" }

[schemas.TemplateParts]
description = "The parts of a template"

[schemas.TemplateParts.fields]
headerText = { type = "string", description = "Header line" }
bodyParts = { type = "array", items = "TemplatePart", description = "The body, part by part" }

[schemas.TemplatePart]
description = "One part of a body"

[schemas.TemplatePart.fields]
partText = { type = "string", required = true, maxLength = 20, description = "The text" }
"""


@pytest.fixture
def table(tmp_path):
    """Writes a TOML table into the test's folder and returns its path."""
    def write(text, name="extra.toml"):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return path
    return write


def _client(server, **options):
    return sentdm.Client(api_key="test-key", base_url=server.url, **options)


def test_an_operation_added_in_toml_is_called_through_the_client(table):
    with LocalServer(lambda r: (200, {}, b"")) as server:
        client = _client(server, endpoints=[table(DELETE_TEMPLATE)])
        result = client.templates.delete_template(customer_id=CUSTOMER_ID, id=TEMPLATE_ID)

    assert result is None
    (sent,) = server.received
    assert (sent.method, sent.target) == ("DELETE", f"/templates/{CUSTOMER_ID}/{TEMPLATE_ID}")
    assert sent.headers["x-api-key"] == "test-key" and sent.body == b""
    # the built-in operations of the resource are still there
    assert {"create_template", "get_templates_for_customer", "delete_template"} <= set(
        type(client.templates).operations)


def test_an_added_operation_is_validated_and_described_like_a_built_in_one(table):
    with LocalServer() as server:
        client = _client(server, endpoints=table(DELETE_TEMPLATE))
        with pytest.raises(sentdm.ValidationError) as caught:
            client.templates.delete_template(customer_id="not-a-uuid", idd=TEMPLATE_ID)
    assert server.received == []
    assert set(caught.value.errors) == {"customer_id", "id", "idd"}

    assert "templates.delete_template" in client.meta.operation_names
    assert "templates.delete_template" not in sentdm.meta.operation_names
    info = client.meta.describe("templates.delete_template")
    assert (info.method, info.uri, info.response) == ("DELETE", "/templates/{customerId}/{id}",
                                                      None)
    assert [(p.python_name, p.wire_name, p.location, p.required) for p in info.parameters] == [
        ("customer_id", "customerId", "path", True), ("id", "id", "path", True)]
    assert [(e.status, e.exception) for e in info.errors] == [(404, "NotFoundError")]
    method = client.templates.delete_template
    assert str(inspect.signature(method)) == (
        "(*, customer_id: Union[str, uuid.UUID], id: Union[str, uuid.UUID]) -> NoneType")
    assert method.__doc__ == info.help_text()
    assert "Endpoint: DELETE /templates/{customerId}/{id}" in method.__doc__


def test_a_new_resource_and_new_schemas_come_from_toml(table):
    webhook = {"url": "https://example.test/hook", "createdAt": "2024-05-01T10:00:00Z",
               "eventTypes": ["delivered"], "owner": CUSTOMER}
    with LocalServer(lambda r: json_answer(200, [webhook])) as server:
        client = _client(server, endpoints=[table(WEBHOOKS)])
        hooks = client.webhooks.list_webhooks(customer_id=CUSTOMER_ID, event_type="failed")
    assert server.received[0].target == f"/webhooks/{CUSTOMER_ID}?eventType=failed"

    (hook,) = hooks
    model = client.meta.models["Webhook"]
    assert type(hook) is model and isinstance(hook, client.meta.models["WebhookTarget"])
    assert hook.url == "https://example.test/hook"
    assert hook.created_at.isoformat() == "2024-05-01T10:00:00+00:00"
    assert hook.event_types == ["delivered"]
    # an unchanged built-in schema keeps its class: a nested customer is a sentdm.Customer
    assert type(hook.owner) is sentdm.Customer and hook.owner.name == "Acme Corp"
    assert "webhooks" in dir(client)

    described = client.meta.describe_model("Webhook")
    assert [(f.python_name, f.inherited_from) for f in described.fields] == [
        ("url", "WebhookTarget"), ("created_at", "WebhookTarget"), ("event_types", None),
        ("owner", None)]
    assert client.meta.describe("webhooks.list_webhooks").returns == "List[Webhook]"


def test_objects_inside_arguments_take_their_fields_python_names(table):
    # as keyword arguments do: a caller writes header_text, the wire carries headerText
    with LocalServer(lambda r: json_answer(200, {})) as server:
        client = _client(server, endpoints=[table(NESTED_BODY)])
        client.templates.create_rich_template(name="welcome", definition={
            "header_text": "Hi", "body_parts": [{"part_text": "Hello {{name}}"}]})
        with pytest.raises(sentdm.ValidationError) as caught:
            client.templates.create_rich_template(
                name="welcome", definition={"body_parts": [{"part_text": "x" * 21}]})
    (sent,) = server.received
    assert sent.json() == {"name": "welcome", "definition": {
        "headerText": "Hi", "bodyParts": [{"partText": "Hello {{name}}"}]}}
    assert caught.value.errors == {
        "definition.body_parts.0.part_text": ["Longer than maximum length 20."]}


def test_extended_clients_still_return_the_package_models(table):
    with LocalServer(lambda r: json_answer(200, CUSTOMER)) as server:
        client = _client(server, endpoints=[table(WEBHOOKS)])
        customer = client.customers.get_customer_by_id(id=CUSTOMER_ID)
    assert type(customer) is sentdm.Customer
    assert pickle.loads(pickle.dumps(customer)) == customer


def test_sentdm_endpoints_names_tables_separated_by_pathsep(table, monkeypatch):
    paths = [table(DELETE_TEMPLATE, "a.toml"), table(WEBHOOKS, "b.toml")]
    monkeypatch.setenv(ENDPOINTS_ENV, os.pathsep.join(map(str, paths)))
    client = sentdm.Client(api_key="k")
    assert {"templates.delete_template", "webhooks.list_webhooks"} <= set(
        client.meta.operation_names)
    assert client.meta is sentdm.Client(api_key="k", endpoints=[]).meta  # built once, shared


def test_table_paths_are_builtin_then_environment_then_arguments(tmp_path):
    environ = {ENDPOINTS_ENV: os.pathsep.join(["env1.toml", "", "env2.toml"])}
    paths = table_paths([tmp_path / "arg.toml"], environ=environ)
    assert paths[0] == os.fspath(sentdm.loader.BUILTIN_TABLE)
    assert [os.path.basename(p) for p in paths[1:]] == ["env1.toml", "env2.toml", "arg.toml"]
    assert all(os.path.isabs(p) for p in paths)
    assert table_paths(None, environ={}) == table_paths([], environ={}) == paths[:1]


def test_a_clash_with_a_built_in_operation_is_an_error(table):
    clash = table(DELETE_TEMPLATE.replace("delete_template", "create_template"))
    with pytest.raises(sentdm.TableError) as caught:
        sentdm.Client(api_key="k", endpoints=[clash])
    message = str(caught.value)
    assert str(clash) in message and "endpoint templates.create_template" in message
    assert "already defined in" in message and "override = true" in message


def test_a_clash_with_a_built_in_schema_is_an_error(table):
    clash = table('[schemas.Customer]\ndescription = "mine"\n')
    with pytest.raises(sentdm.TableError, match=r"schema Customer: already defined in .*endpoints"
                                                r"\.toml; set override = true"):
        sentdm.Client(api_key="k", endpoints=[clash])


def test_override_replaces_an_operation_and_a_schema(table):
    override = table("""
[endpoint.customers.get_customer_by_id]
override = true
method = "GET"
uri = "/v2/customers/{id}"
summary = "Retrieve a customer by ID (v2)"
response = "Customer"

[[endpoint.customers.get_customer_by_id.params]]
name = "id"
in = "path"
type = "string"
required = true

[schemas.Customer]
override = true
description = "A customer, v2"

[schemas.Customer.fields]
id = { type = "string" }
tier = { type = "string", enum = ["free", "pro"] }
""")
    with LocalServer(lambda r: json_answer(200, {"id": "c1", "tier": "pro"})) as server:
        client = _client(server, endpoints=[override])
        customer = client.customers.get_customer_by_id(id="c1")
    assert server.received[0].target == "/v2/customers/c1"
    assert customer.tier == "pro" and type(customer) is not sentdm.Customer
    assert [f.python_name for f in client.meta.describe_model("Customer").fields] == ["id", "tier"]
    assert sentdm.meta.describe("customers.get_customer_by_id").uri == "/customers/{id}"


def test_a_bad_extra_table_is_a_table_error_naming_the_file(table, tmp_path):
    missing = tmp_path / "missing.toml"
    with pytest.raises(sentdm.TableError, match="cannot read the table"):
        sentdm.Client(api_key="k", endpoints=[missing])
    broken = table(DELETE_TEMPLATE.replace('"DELETE"', '"DELET"'))
    with pytest.raises(sentdm.TableError, match="unknown HTTP method 'DELET'"):
        sentdm.Client(api_key="k", endpoints=[broken])


def test_describe_output_is_json_ready(table):
    client = sentdm.Client(api_key="k", endpoints=[table(WEBHOOKS)])
    info = client.meta.describe("webhooks.list_webhooks").to_dict()
    assert json.loads(json.dumps(info))["parameters"][1]["constraints"] == {
        "enum": ["delivered", "failed"]}
