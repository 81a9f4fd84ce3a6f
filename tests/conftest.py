import pytest
import requests_mock

import sentdm
from tests.support.prism import run_prism, vendor_spec_path
from tests.support.server import LocalServer, json_answer

BASE = "https://api.sent.test"

pytest_plugins = ["sentdm.testing.pytest_plugin"]  # sentdm_sandbox, sentdm_client, sentdm_stubber


@pytest.fixture
def client():
    with sentdm.Client(api_key="test-key", access_token="test-token", base_url=BASE) as c:
        yield c


@pytest.fixture
def mock():
    with requests_mock.Mocker() as m:
        yield m


@pytest.fixture(scope="session")
def prism_url():
    """Prism serving the vendor's OpenAPI description on 127.0.0.1: the judge of conformance."""
    with run_prism(vendor_spec_path()) as base_url:
        yield base_url


@pytest.fixture(scope="session")
def _session_server():
    with LocalServer() as server:
        yield server


@pytest.fixture
def local_server(_session_server):
    """One LocalServer for the whole run (starting and stopping one costs half a second), handed
    to each test with its record emptied and its answer reset to ``200 {}``."""
    with _session_server.lock:
        _session_server.received.clear()
    _session_server.respond = lambda received: json_answer(200, {})
    return _session_server
