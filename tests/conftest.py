import pytest
import requests_mock

import sentdm

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
