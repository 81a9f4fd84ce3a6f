"""A client costs what is used, not what is declared: building one compiles no operation and
builds no model; the first call of an operation compiles that operation and builds the models it
returns, nothing else; every method is still listed, described and callable."""

import importlib
import inspect
import pydoc

import pytest

import sentdm
from benchmarks.big_table import table
from tests.support.server import LocalServer, json_answer

ITEM_ID = "123e4567-e89b-12d3-a456-426614174000"


@pytest.fixture
def api(tmp_path, monkeypatch):
    """A generated API of 60 operations and 30 schemas, registered as "generated"."""
    path = tmp_path / "generated.toml"
    path.write_text(table(operations=60, schemas=30), encoding="utf-8")
    registry = importlib.import_module("sentdm.service")._REGISTERED  # (sentdm.service is
    monkeypatch.setitem(registry, "generated", str(path))  # also the built-in Service)
    return "generated"


def _client(api, url="http://127.0.0.1:9"):
    return sentdm.Client(api_key="k", api=api, base_url=url)


def test_building_a_client_compiles_no_operation_and_builds_no_model(api):
    client = _client(api)
    assert len(client.service.operations) == 60 and len(client.service.models) == 30
    assert client.service.operations.compiled == ()
    assert client.service.models.built == ()
    assert "get_item_1" not in vars(type(client.resource0))


def test_the_first_call_pays_only_for_its_operation_and_its_model(api):
    with LocalServer(lambda r: json_answer(200, {"id": ITEM_ID, "parent": {"id": ITEM_ID}})
                     ) as server:
        client = _client(api, server.url)
        item = client.resource0.get_item_7(id=ITEM_ID)
    assert client.service.operations.compiled == ("resource0.get_item_7",)
    # the model it returns, and the one its fields name (the method's docstring shows both)
    assert set(client.service.models.built) == {"Item7", "Item6"}
    assert isinstance(item.parent, client.service.models["Item6"])


def test_every_method_is_listed_described_and_callable_before_it_is_made(api):
    resource = _client(api).resource1
    names = {"list_items_21", "list_items_21_with_http_info", "iter_list_items_21",
             "get_item_22", "create_item_23"}
    assert names <= set(dir(resource)) and names <= set(dir(type(resource)))
    text = pydoc.plain(pydoc.render_doc(type(resource)))
    assert all(f"{name}(self" in text for name in names)
    assert list(inspect.signature(resource.list_items_21).parameters) == ["page", "page_size"]
    assert "Operation 22" in resource.get_item_22.__doc__


def test_an_unknown_name_is_still_an_attribute_error_with_a_hint(api):
    resource = _client(api).resource0
    with pytest.raises(AttributeError, match="did you mean 'create_item_2'"):
        resource.create_itme_2
    with pytest.raises(AttributeError):
        type(resource).no_such_method


IMPORT_AND_CLIENT = """
import sys, sentdm
client = sentdm.Client(api_key="k")
print(sorted(name for name in ("sentdm.bulk", "sentdm.inspection", "sentdm.schemas")
             if name in sys.modules))
print(sentdm.service.models.built, sentdm.service.operations.compiled)
print(sentdm.meta.operation_names[0], sentdm.BulkSummary.__name__, sentdm.Customer.__name__)
print(sorted(name for name in ("sentdm.bulk", "sentdm.inspection") if name in sys.modules))
"""


def test_import_and_a_client_load_no_describing_bulk_or_schema_code_until_used():
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-c", IMPORT_AND_CLIENT], capture_output=True,
                            text=True, check=True)
    assert result.stdout.splitlines() == [
        "[]", "() ()", "contact.get_contact_by_id BulkSummary Customer",
        "['sentdm.bulk', 'sentdm.inspection']"]
    assert "send_bulk" in dir(sentdm.Client)
    assert "phone_numbers" in inspect.signature(sentdm.Client.send_bulk).parameters
