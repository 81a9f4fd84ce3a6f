"""Client construction: credentials, environment, Configuration, base URL, headers, lifecycle."""

import inspect
import uuid
from typing import Union

import pytest

import sentdm
from tests.conftest import BASE
from tests.support.data import CUSTOMER_ID


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch):
    for name in ("SENTDM_API_KEY", "SENTDM_ACCESS_TOKEN", "SENTDM_BASE_URL"):
        monkeypatch.delenv(name, raising=False)


def test_no_credentials_says_how_to_provide_them():
    with pytest.raises(sentdm.ConfigurationError) as info:
        sentdm.Client()
    assert "api_key" in str(info.value) and "SENTDM_API_KEY" in str(info.value)
    assert "access_token" in str(info.value)


def test_default_base_url_is_production():
    assert sentdm.Client(api_key="k").base_url == "https://api.sent.dm"


def test_environment_variables(monkeypatch, mock):
    monkeypatch.setenv("SENTDM_API_KEY", "env-key")
    monkeypatch.setenv("SENTDM_ACCESS_TOKEN", "env-token")
    monkeypatch.setenv("SENTDM_BASE_URL", BASE + "/")
    client = sentdm.Client()
    assert client.base_url == BASE
    mock.get(f"{BASE}/customers/{CUSTOMER_ID}", json={})
    client.customers.get_customer_by_id(id=CUSTOMER_ID)
    assert mock.last_request.headers["x-api-key"] == "env-key"
    assert mock.last_request.headers["Authorization"] == "Bearer env-token"


def test_arguments_win_over_environment(monkeypatch):
    monkeypatch.setenv("SENTDM_BASE_URL", "https://elsewhere.test")
    assert sentdm.Client(api_key="k", base_url=BASE).base_url == BASE


@pytest.mark.parametrize("credentials,present,absent", [
    ({"api_key": "k"}, {"x-api-key": "k"}, "Authorization"),
    ({"access_token": "t"}, {"Authorization": "Bearer t"}, "x-api-key"),
])
def test_either_credential_alone(mock, credentials, present, absent):
    client = sentdm.Client(base_url=BASE, **credentials)
    mock.get(f"{BASE}/customers/{CUSTOMER_ID}", json={})
    client.customers.get_customer_by_id(id=CUSTOMER_ID)
    for name, value in present.items():
        assert mock.last_request.headers[name] == value
    assert absent not in mock.last_request.headers


def test_configuration_object(mock):
    configuration = sentdm.Configuration()
    configuration.api_key = "cfg-key"
    configuration.access_token = "cfg-token"
    configuration.host = BASE
    for client in (sentdm.Client(configuration), sentdm.Client(configuration=configuration)):
        mock.get(f"{BASE}/customers/{CUSTOMER_ID}", json={})
        client.customers.get_customer_by_id(id=CUSTOMER_ID)
        assert mock.last_request.headers["x-api-key"] == "cfg-key"
        assert mock.last_request.headers["Authorization"] == "Bearer cfg-token"
    assert "cfg-key" not in repr(configuration) and "cfg-token" not in repr(configuration)


def test_repr_hides_credentials():
    client = sentdm.Client(api_key="secret-key", access_token="secret-token", base_url=BASE)
    assert "secret" not in repr(client) and "secret" not in str(client)


@pytest.mark.parametrize("url", ["ftp://api.sent.dm", "api.sent.dm", "https://", "https://h/?q=1"])
def test_bad_base_urls(url):
    with pytest.raises(sentdm.ConfigurationError, match="base_url"):
        sentdm.Client(api_key="k", base_url=url)


def test_plain_http_is_refused_except_to_loopback():
    with pytest.raises(sentdm.ConfigurationError, match="unencrypted"):
        sentdm.Client(api_key="k", base_url="http://api.sent.dm")
    assert sentdm.Client(api_key="k", base_url="http://api.sent.dm",
                         allow_insecure_http=True).base_url == "http://api.sent.dm"
    for loopback in ("http://127.0.0.1:8080", "http://localhost:1", "http://[::1]:9"):
        sentdm.Client(api_key="k", base_url=loopback)


def test_credentials_with_line_breaks_are_refused():
    with pytest.raises(sentdm.ConfigurationError, match="api_key"):
        sentdm.Client(api_key="k\r\nX-Evil: 1")


def test_timeouts():
    assert sentdm.Client(api_key="k").timeout == (5.0, 30.0)
    assert sentdm.Client(api_key="k", timeout=3).timeout == (3.0, 3.0)
    assert sentdm.Client(api_key="k", timeout=(1, 2)).timeout == (1.0, 2.0)
    with pytest.raises(sentdm.ConfigurationError, match="timeout"):
        sentdm.Client(api_key="k", timeout="soon")


def test_one_session_per_client_reused_across_calls(mock):
    client = sentdm.Client(api_key="k", base_url=BASE)
    other = sentdm.Client(api_key="k", base_url=BASE)
    assert client.session is client.session and client.session is not other.session


def test_context_manager_closes_the_session(monkeypatch):
    closed = []
    with sentdm.Client(api_key="k") as client:
        monkeypatch.setattr(client.session, "close", lambda: closed.append(True))
    assert closed == [True]


def test_resources_and_signatures():
    client = sentdm.Client(api_key="k")
    assert {"contact", "customers", "messages", "sms", "templates", "whatsapp"} <= set(dir(client))
    signature = inspect.signature(client.customers.get_all_customers)
    assert list(signature.parameters) == ["page", "page_size"]
    assert all(p.kind is p.KEYWORD_ONLY for p in signature.parameters.values())
    assert signature.return_annotation == list[sentdm.Customer] or \
        str(signature.return_annotation) == "typing.List[sentdm.Customer]"
    update = inspect.signature(client.customers.update_customer)
    assert [p.default for p in update.parameters.values()] == [
        inspect.Parameter.empty, None, None, None, None]
    assert update.parameters["id"].annotation == Union[str, uuid.UUID]  # UUID objects are taken too


def test_resource_classes_come_from_the_metaclass():
    client = sentdm.Client(api_key="k")
    assert type(type(client.customers)).__name__ == "ResourceMeta"
    assert set(type(client.customers).operations) == {
        "create_customer", "delete_customer", "get_all_customers", "get_customer_by_id",
        "update_customer"}


def test_docstrings_come_from_the_table():
    doc = sentdm.Client(api_key="k").customers.get_all_customers.__doc__
    assert doc.startswith("Retrieve all customers with pagination")
    assert "page_size (int, required, query 'pageSize', minimum=1, maximum=100)" in doc
    assert "Endpoint: GET /customers{?page,pageSize}" in doc
    assert "List[Customer]" in doc


def test_max_connections_sizes_the_pool():
    client = sentdm.Client(api_key="k", base_url=BASE, max_connections=32)
    adapter = client.session.get_adapter(BASE)
    assert adapter.poolmanager.connection_pool_kw["maxsize"] == 32
    for bad in (0, "8", True):
        with pytest.raises(sentdm.ConfigurationError, match="max_connections"):
            sentdm.Client(api_key="k", max_connections=bad)
