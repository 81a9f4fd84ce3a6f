"""API versions side by side: selecting one (argument, environment), nested resources,
positional path parameters, authentication per API, the sandbox default, and the hint naming
the version that has what a client lacks."""

import inspect
import json
import os
import subprocess
import sys

import pytest

import sentdm
from sentdm.service import API_ENV, api_names, api_table
from tests.support.faults import API_KEY, ACCESS_TOKEN
from tests.support.server import json_answer
from tests.support.versions import SAMPLE, sample_client

OK = {"success": True, "data": {"id": "c1", "name": "n"}, "error": None,
      "meta": {"request_id": "req_1"}}


def test_api_selected_by_argument_and_by_environment(monkeypatch):
    assert SAMPLE in api_names() and "v1.1" in api_names()
    assert sentdm.Client(api_key=API_KEY, api=SAMPLE).service.name == SAMPLE
    monkeypatch.setenv(API_ENV, SAMPLE)
    assert sentdm.Client(api_key=API_KEY).service.name == SAMPLE
    assert sentdm.Client(api_key=API_KEY, api="v1.1").service.name == "v1.1"
    monkeypatch.delenv(API_ENV)
    assert sentdm.Client(api_key=API_KEY).service.name == "v1.1"


@pytest.mark.parametrize("name", ["v9", "../endpoints", "", "v3/../x"])
def test_an_unknown_api_version_names_the_known_ones(name, monkeypatch):
    monkeypatch.setenv(API_ENV, name or "v9")
    with pytest.raises(sentdm.ConfigurationError, match="unknown API version .*expected one of"):
        sentdm.Client(api_key=API_KEY, api=name or None)


def test_both_versions_side_by_side(server):
    server.respond = lambda r: json_answer(200, OK if "/v3/" in r.target else [])
    old = sentdm.Client(api_key=API_KEY, base_url=server.url)
    new = sample_client(server)
    assert old.customers.get_all_customers(page=1, page_size=2) == []
    assert new.profiles.campaigns.update("c1", profile_id="p1", name="n").id == "c1"
    assert type(old.templates) is not type(new.templates)
    assert [r.target for r in server.received] == [
        "/customers?page=1&pageSize=2", "/v3/profiles/p1/campaigns/c1"]


def test_import_sentdm_reads_only_the_builtin_table():
    code = ("import sys, sentdm; s = sys.modules['sentdm.service']; "
            "print(s._cached_service.cache_info().currsize, sentdm.service.name)")
    env = {**os.environ, API_ENV: "v3"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                         check=True).stdout.split()
    assert out == ["1", "v1.1"]


def test_nested_resources_are_attributes_of_their_parents():
    client = sentdm.Client(api_key=API_KEY, api=SAMPLE)
    assert set(client.service.top_resource_classes) == {"messages", "profiles", "templates",
                                                        "voice"}
    participants = client.voice.calls.participants
    assert type(participants).__name__ == "VoiceCallsParticipantsResource"
    assert callable(participants.add) and callable(client.profiles.campaigns.update)
    assert not hasattr(client, "calls")


def test_positional_path_parameters(server):
    server.respond = lambda r: json_answer(200, OK)
    client = sample_client(server)
    signature = inspect.signature(client.profiles.campaigns.update)
    assert str(signature).startswith("(campaign_id: str, *, profile_id: str, name: ")
    client.profiles.campaigns.update("c1", profile_id="p1")
    client.profiles.campaigns.update(campaign_id="c2", profile_id="p2")
    assert [r.target for r in server.received] == ["/v3/profiles/p1/campaigns/c1",
                                                   "/v3/profiles/p2/campaigns/c2"]
    with pytest.raises(sentdm.ValidationError, match=r"at most 1 positional \(campaign_id\)"):
        client.profiles.campaigns.update("c1", "p1")
    with pytest.raises(sentdm.ValidationError, match="both positionally and as a keyword"):
        client.profiles.campaigns.update("c1", campaign_id="c1", profile_id="p1")
    with pytest.raises(sentdm.ValidationError, match="takes keyword arguments only"):
        client.messages.send(["+14155552671"], template={})
    assert len(server.received) == 2


def test_v3_style_auth_sends_the_api_key_only(server, monkeypatch):
    monkeypatch.setenv("SENTDM_ACCESS_TOKEN", ACCESS_TOKEN)
    server.respond = lambda r: json_answer(200, OK)
    sample_client(server).messages.retrieve_status("m1")
    headers = {k.lower(): v for k, v in server.received[0].headers.items()}
    assert headers["x-api-key"] == API_KEY and "authorization" not in headers
    with pytest.raises(sentdm.ConfigurationError, match="takes an API key only"):
        sentdm.Client(api_key=API_KEY, access_token=ACCESS_TOKEN, api=SAMPLE)
    monkeypatch.delenv("SENTDM_API_KEY", raising=False)
    with pytest.raises(sentdm.ConfigurationError, match=r"no credentials: pass api_key=\.\.\. "
                                                        r"\(sent as x-api-key\), or set"):
        sentdm.Client(api=SAMPLE)


def test_sandbox_default_fills_the_field_where_the_operation_has_it(server):
    server.respond = lambda r: json_answer(200, OK)
    client = sample_client(server, sandbox=True)
    client.messages.send(to=["+14155552671"], template={"id": "t"})
    client.messages.send(to=["+14155552671"], template={"id": "t"}, sandbox=False)
    client.voice.calls.participants.add("call1", phone_number="+14155552671")
    sample_client(server).messages.send(to=["+14155552671"], template={"id": "t"})
    bodies = [r.json() for r in server.received]
    assert [body.get("sandbox") for body in bodies] == [True, False, None, None]
    with pytest.raises(sentdm.ConfigurationError, match="has no sandbox mode"):
        sentdm.Client(api_key=API_KEY, sandbox=True)


def test_a_client_lacking_something_names_the_version_that_has_it():
    old = sentdm.Client(api_key=API_KEY)
    new = sentdm.Client(api_key=API_KEY, api="v3")
    with pytest.raises(AttributeError, match=r"'Client' has no attribute 'contacts': contacts is "
                                             r"in the API version 'v3'.*, not 'v1.1'; use "
                                             r"sentdm.Client\(api='v3', \.\.\.\)"):
        old.contacts
    with pytest.raises(AttributeError, match=r"templates.list is in the API version 'v3'"):
        old.templates.list
    with pytest.raises(AttributeError, match=r"voice is in the API version 'v3'"):
        old.voice
    with pytest.raises(AttributeError, match=r"customers is in the API version 'v1.1'"):
        new.customers
    with pytest.raises(AttributeError, match=r"get_templates_for_customer is in the API "
                                             r"version 'v1.1'"):
        new.templates.get_templates_for_customer
    with pytest.raises(AttributeError, match=r"has no attribute 'lisst' \(did you mean 'list'"):
        new.templates.lisst
    assert not hasattr(old, "_private") and not hasattr(new.voice, "_private")


def test_a_client_of_another_version_pickles(server):
    client = sample_client(server)
    import pickle

    copy = pickle.loads(pickle.dumps(client))
    assert copy.service is client.service
    model = client.service.models["Template"].from_wire({"id": "t1"})
    assert pickle.loads(pickle.dumps(model)) == model
    assert type(model).__qualname__ == "v3_sample.Template"
    assert json.dumps(model.to_dict()) == '{"id": "t1"}'


EXTRA_V11 = ('[endpoint.templates.delete_template]\nmethod = "DELETE"\nuri = "/templates/{id}"\n'
             '[[endpoint.templates.delete_template.params]]\nname = "id"\nin = "path"\n'
             'type = "string"\nrequired = true\n')
EXTRA_V3 = ('[api]\nname = "v3"\n\n[endpoint.me.ping]\nmethod = "GET"\nuri = "/v3/ping"\n')


def test_environment_tables_extend_the_version_they_name(tmp_path, monkeypatch):
    old_style, for_v3 = tmp_path / "v11.toml", tmp_path / "v3.toml"
    old_style.write_text(EXTRA_V11)
    for_v3.write_text(EXTRA_V3)
    monkeypatch.setenv("SENTDM_ENDPOINTS", f"{old_style}{os.pathsep}{for_v3}")
    old = sentdm.Client(api_key=API_KEY)
    new = sentdm.Client(api_key=API_KEY, api="v3")
    assert callable(old.templates.delete_template) and not hasattr(old, "me")
    assert callable(new.me.ping) and not hasattr(new.templates, "delete_template")


def test_an_extra_table_for_another_version_is_refused(tmp_path):
    for_v3 = tmp_path / "v3.toml"
    for_v3.write_text(EXTRA_V3)
    with pytest.raises(sentdm.TableError, match=r"\[api\]: field 'name': this table extends the "
                                                r"API 'v3', but the base table .* is 'v1.1'"):
        sentdm.Client(api_key=API_KEY, endpoints=[for_v3])
    assert callable(sentdm.Client(api_key=API_KEY, api="v3", endpoints=[for_v3]).me.ping)
