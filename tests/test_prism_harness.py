"""Smoke test of the Prism harness (tests/support/prism.py) against the vendor spec."""

import pytest
import requests


@pytest.fixture
def http():
    session = requests.Session()
    session.trust_env = False  # never send 127.0.0.1 traffic through an env proxy
    with session:
        yield session


def list_customers(http, prism_url, page):
    return http.get(prism_url + "/customers", params={"page": page, "pageSize": 20},
                    headers={"x-api-key": "test-key"}, timeout=10)


def test_valid_list_customers_returns_json_list(prism_url, http):
    resp = list_customers(http, prism_url, page=1)
    assert resp.status_code == 200
    assert resp.headers["content-type"].startswith("application/json")
    body = resp.json()
    assert isinstance(body, list) and body
    assert body[0]["name"] == "Acme Corp"


def test_invalid_page_is_rejected_with_422(prism_url, http):
    resp = list_customers(http, prism_url, page=0)
    assert resp.status_code == 422
    assert resp.headers["content-type"].startswith("application/problem+json")
    problem = resp.json()
    assert [(v["location"], v["code"]) for v in problem["validation"]] == [
        (["query", "page"], "minimum")
    ]
