import pytest
import requests_mock

import sentdm
from tests.support.prism import run_prism, vendor_spec_path
from tests.support.server import LocalServer

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


@pytest.fixture
def server():
    """A real HTTP server on 127.0.0.1 (tests/support/server.py); set ``server.respond``."""
    with LocalServer() as s:
        yield s
