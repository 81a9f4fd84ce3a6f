"""Everything derived from a table covers v3 too: the command line (``--api v3``, nested
resources), inspection and help(), the OpenAPI export, AsyncClient and the Stubber."""

import asyncio
import inspect
import json
from pathlib import Path

import pytest
from openapi_spec_validator import validate

import sentdm
from sentdm.cli import main
from sentdm.openapi import to_openapi
from sentdm.service import api_service
from sentdm.testing import ANY, Stubber
from tests.support.faults import API_KEY
from tests.support.server import json_answer

CALL_ID = "8ba7b830-9dad-11d1-80b4-00c04fd430c8"


def envelope(data):
    return {"success": True, "data": data, "error": None, "meta": {"request_id": "req_1"}}


def run(capsys, *args):
    try:
        code = main(list(args))
    except SystemExit as exit:
        code = exit.code
    out, err = capsys.readouterr()
    return code, out, err


def test_the_command_line_lists_and_describes_v3(capsys):
    code, out, _ = run(capsys, "--api", "v3", "operations", "--json")
    keys = [row["key"] for row in json.loads(out)]
    assert code == 0 and len(keys) == 60
    assert "voice.calls.participants.add" in keys and "profiles.campaigns.update" in keys
    code, out, _ = run(capsys, "--api", "v3", "describe", "profiles.campaigns.update")
    described = json.loads(out)
    assert described["command"].startswith("sentdm --api v3 profiles campaigns update ")
    assert described["positional"] == ["campaign_id"]
    assert described["parameters"][0]["flag"] == "--campaign-id"
    code, _, err = run(capsys, "--api", "v9", "operations")
    assert code == 2 and "unknown API version 'v9'; expected one of" in err


def test_the_command_line_calls_nested_v3_operations(server, capsys, monkeypatch):
    monkeypatch.setenv("SENTDM_API_KEY", API_KEY)
    server.respond = lambda r: json_answer(200, envelope({"id": "p-1"}))
    code, out, err = run(capsys, "--api", "v3", "voice", "calls", "participants", "add",
                         "--id", CALL_ID, "--base-url", server.url)
    assert (code, err) == (0, "")
    assert json.loads(out) == {"id": "p-1"}
    assert server.received[0].target == f"/v3/voice/calls/{CALL_ID}/participants"
    assert server.received[0].headers["x-api-key"] == API_KEY
    code, out, _ = run(capsys, "voice", "calls", "participants", "add", "--help")
    assert code == 2  # v1.1 has no such command


def test_the_api_flag_also_works_after_the_command(server, capsys, monkeypatch):
    monkeypatch.setenv("SENTDM_API_KEY", API_KEY)
    server.respond = lambda r: json_answer(200, envelope({"id": "me"}))
    code, out, _ = run(capsys, "me", "retrieve", "--api", "v3", "--base-url", server.url)
    assert code == 0 and json.loads(out)["id"] == "me"


def test_v3_errors_on_the_command_line_show_code_and_request_id(server, capsys, monkeypatch):
    monkeypatch.setenv("SENTDM_API_KEY", API_KEY)
    server.respond = lambda r: json_answer(404, {
        "success": False, "data": None, "meta": {"request_id": "req_9"},
        "error": {"code": "RESOURCE_003", "message": "Message not found",
                  "details": {"id": ["unknown"]}, "doc_url": "https://docs.sent.dm/e"}})
    code, _, err = run(capsys, "--api", "v3", "messages", "retrieve_status", "--id", "m1",
                       "--base-url", server.url)
    assert code == 4
    for part in ("RESOURCE_003: Message not found", "request id: req_9",
                 'details: {"id": ["unknown"]}'):
        assert part in err, err


def test_inspection_and_help_describe_v3():
    client = sentdm.Client(api_key=API_KEY, api="v3")
    info = client.meta.describe("profiles.campaigns.update")
    assert info.positional == ("campaign_id",) and info.idempotency_honoured
    assert [p.python_name for p in info.parameters][:2] == ["campaign_id", "profile_id"]
    method = client.profiles.campaigns.update
    assert method.__doc__ == info.help_text()
    assert "Positional: campaign_id may also be passed by position" in method.__doc__
    assert inspect.signature(type(client.profiles.campaigns).update) == client.meta.signature(
        client.meta.operation_spec("profiles.campaigns.update"))
    listing = client.meta.describe("templates.list").pagination
    assert listing == {"page": "page", "page_size": "page_size", "items": "templates",
                       "has_more": "pagination.has_more"}
    assert ".request_id, .rate_limit" in client.templates.list_with_http_info.__doc__


def test_the_openapi_export_of_v3_is_valid_and_follows_the_table():
    document = to_openapi(api_service("v3").meta)
    validate(document)
    assert document["components"]["securitySchemes"] == {
        "ApiKey": {"type": "apiKey", "name": "x-api-key", "in": "header"}}
    send = document["paths"]["/v3/messages"]["post"]
    data = send["responses"]["200"]["content"]["application/json"]["schema"]
    assert data["properties"]["data"] == {"$ref": "#/components/schemas/MessageSendResult"}
    error = next(r for status, r in send["responses"].items() if status.startswith("4"))
    properties = error["content"]["application/json"]["schema"]["properties"]
    assert set(properties["error"]["properties"]) == {"code", "message", "details", "doc_url"}
    assert any(p["name"] == "Idempotency-Key" for p in send["parameters"])
    assert len({(path, method) for path, item in document["paths"].items()
                for method in item}) == 60


def test_the_openapi_command_takes_the_api(tmp_path):
    output = tmp_path / "v3.json"
    assert main(["openapi", "--api", "v3", "-o", str(output)]) == 0
    assert json.loads(output.read_text())["info"]["title"] == api_service("v3").api.title


def test_the_async_client_reaches_nested_v3_resources_and_pages(server):
    def answer(received):
        if received.target.startswith("/v3/templates"):
            return json_answer(200, envelope({"templates": [{"id": "t1"}],
                                              "pagination": {"has_more": False}}))
        return json_answer(200, envelope({"id": "p-1"}))

    server.respond = answer

    async def use():
        async with sentdm.AsyncClient(api_key=API_KEY, api="v3", base_url=server.url) as client:
            added = await client.voice.calls.participants.add(CALL_ID)
            templates = [t.id async for t in client.templates.iter_list(page_size=10)]
            return added.id, templates

    assert asyncio.run(use()) == ("p-1", ["t1"])
    assert [r.target.split("?")[0] for r in server.received] == [
        f"/v3/voice/calls/{CALL_ID}/participants", "/v3/templates"]


def test_the_stubber_answers_v3_calls_inside_the_envelope():
    client = sentdm.Client(api_key=API_KEY, api="v3", base_url="http://127.0.0.1:9")
    stubber = Stubber(client)
    stubber.add_response("messages.retrieve_status", {"id": "m1", "status": "DELIVERED"},
                         expected_params={"id": "m1"}, meta={"request_id": "req_s"})
    stubber.add_response("profiles.campaigns.update", {"id": "c1"},
                         expected_params={"campaign_id": "c1", "profile_id": "p1",
                                          "campaign": ANY})
    stubber.add_client_error("messages.send", 422, "every recipient opted out",
                             code="BUSINESS_004")
    with stubber:
        info = client.messages.retrieve_status_with_http_info("m1")
        assert (info.data.status, info.request_id) == ("DELIVERED", "req_s")
        assert client.profiles.campaigns.update("c1", profile_id="p1", campaign={}).id == "c1"
        with pytest.raises(sentdm.UnprocessableEntityError) as error:
            client.messages.send(to=["+14155552671"], template={"id": "t"})
    assert error.value.code == "BUSINESS_004"
    assert error.value.error == "every recipient opted out"


def test_the_readme_v3_quickstart_runs(server, monkeypatch, capsys):
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    section = readme.split("### Quickstart for the API v3", 1)[1]
    code = section.split("```python", 1)[1].split("```", 1)[0]
    monkeypatch.setenv("SENTDM_BASE_URL", server.url)

    def answer(received):
        if received.method == "POST":
            return json_answer(202, envelope({"status": "QUEUED", "recipients": [
                {"message_id": "m-1", "to": "+14155552671", "channel": "sms"}]}))
        if received.target.startswith("/v3/templates"):
            page = int(received.target.split("page=")[1].split("&")[0])
            return json_answer(200, envelope({"templates": [{"id": f"t{page}", "name": "n"}],
                                              "pagination": {"has_more": page < 2}}))
        return json_answer(200, envelope({"id": "m-1", "status": "DELIVERED"}))

    server.respond = answer
    exec(compile(code.replace('api_key="..."', f'api_key="{API_KEY}"'), "README.md", "exec"), {})
    assert capsys.readouterr().out.split("\n")[-2] == "DELIVERED"
    assert [(r.method, r.target.split("?")[0]) for r in server.received] == [
        ("POST", "/v3/messages"), ("GET", "/v3/templates"), ("GET", "/v3/templates"),
        ("GET", "/v3/templates"), ("GET", "/v3/messages/m-1")]
    assert server.received[0].headers["Idempotency-Key"] == "order-1042"


def test_the_command_line_names_the_version_that_has_a_command(capsys):
    code, _, err = run(capsys, "contacts", "list")
    assert code == 2
    assert err == ("sentdm: 'contacts' is in the API version 'v3', not 'v1.1'; use: "
                   "sentdm --api v3 contacts ...\n")
    code, _, err = run(capsys, "--api", "v3", "customers", "get-all-customers")
    assert code == 2 and "'customers' is in the API version 'v1.1', not 'v3'" in err
    code, _, err = run(capsys, "nothing-anywhere")
    assert code == 2 and "invalid choice: 'nothing-anywhere'" in err


def test_a_v3_client_shows_its_version():
    assert repr(sentdm.Client(api_key=API_KEY, api="v3")).startswith("Client(api='v3', ")
    assert repr(sentdm.Client(api_key=API_KEY)).startswith("Client(base_url=")


def test_the_stubber_sees_the_clients_sandbox_default():
    client = sentdm.Client(api_key=API_KEY, api="v3", sandbox=True)
    stubber = Stubber(client)
    stubber.add_response("templates.delete", None,
                         expected_params={"id": "t1", "sandbox": True, "idempotency_key": ANY})
    with stubber:
        assert client.templates.delete("t1", idempotency_key="k-1") is None
