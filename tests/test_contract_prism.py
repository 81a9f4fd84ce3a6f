"""Contract tests: all 13 operations through the client against Prism serving the vendor spec.

Prism answers 422 (or 400 where the operation declares one) to a request that does not conform,
and lists problems with our requests in the ``sl-violations`` header under ``request``. The
vendor's own examples carry ids that are not UUIDs, which Prism reports as *response* violations:
those are the vendor's, not ours, and the client parses them leniently.
"""

import json

import pytest

import sentdm
from tests.support.data import CALLS


def request_violations(response):
    violations = json.loads(response.headers.get("sl-violations", "[]"))
    return [v for v in violations if v.get("location", [""])[0] == "request"]


@pytest.fixture(scope="module")
def prism_client(prism_url):
    with sentdm.Client(api_key="contract-key", base_url=prism_url, timeout=(5, 10)) as client:
        yield client


@pytest.mark.parametrize("key,kwargs,method,target,body,answer,model,many", CALLS,
                         ids=[c[0] for c in CALLS])
def test_operation_conforms_to_the_vendor_spec(prism_client, key, kwargs, method, target, body,
                                               answer, model, many):
    resource, name = key.split(".")
    info = getattr(getattr(prism_client, resource), name + "_with_http_info")(**kwargs)
    assert info.status_code == 200
    assert request_violations(info.response) == []
    if model is None:
        assert info.data is None
        return
    items = info.data if many else [info.data]
    assert items and all(type(item) is getattr(sentdm, model) for item in items)
    assert all(item.to_dict() for item in items)


def test_all_thirteen_operations_are_covered():
    assert len({c[0] for c in CALLS}) == len(sentdm.service.operations) == 13


def test_prism_rejects_what_the_client_would_have_refused(prism_url):
    """The judge works: with format checks off, a bad UUID reaches Prism and is refused."""
    lenient = sentdm.Client(api_key="k", base_url=prism_url, check_formats=False,
                            timeout=(5, 10))
    with pytest.raises(sentdm.UnprocessableEntityError) as info:
        lenient.customers.get_customer_by_id(id="not-a-uuid")
    assert info.value.status_code == 422
    assert any(v["location"] == ["path", "id"] for v in info.value.body["validation"])


def test_bearer_token_alone_is_accepted(prism_url):
    client = sentdm.Client(access_token="contract-token", base_url=prism_url, timeout=(5, 10))
    assert isinstance(client.customers.get_all_customers(page=1, page_size=20)[0], sentdm.Customer)
