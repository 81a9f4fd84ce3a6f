"""iter_<name> methods derived from the table's pagination: a real server on 127.0.0.1 serves the
pages and counts the requests."""

import inspect
import itertools
from urllib.parse import parse_qs, urlsplit

import pytest

import sentdm
from tests.support.data import CUSTOMER
from tests.support.server import json_answer


def customer_pages(total):
    """A server answer listing customers ``0..total-1`` page by page, as the API would."""
    def respond(received):
        query = parse_qs(urlsplit(received.target).query)
        page, size = int(query["page"][0]), int(query["pageSize"][0])
        start = (page - 1) * size
        return json_answer(200, [{**CUSTOMER, "name": f"c{i}"}
                                 for i in range(start, min(start + size, total))])
    return respond


@pytest.fixture
def paged(server):
    def start(total):
        server.respond = customer_pages(total)
        return server, sentdm.Client(api_key="k", base_url=server.url)
    return start


def pages_asked(server):
    return [parse_qs(urlsplit(r.target).query) for r in server.received]


@pytest.mark.parametrize("total,page_size,expected_pages", [
    (250, 100, 3),   # 100, 100, 50: the short page ends it
    (200, 100, 3),   # 100, 100, then an empty page
    (0, 100, 1),     # empty at once
    (7, 3, 3),       # 3, 3, 1
])
def test_the_iterator_yields_every_item_and_fetches_exactly_the_pages_needed(
        paged, total, page_size, expected_pages):
    server, client = paged(total)
    names = [c.name for c in client.customers.iter_all_customers(page_size=page_size)]
    assert names == [f"c{i}" for i in range(total)]
    assert pages_asked(server) == [{"page": [str(n)], "pageSize": [str(page_size)]}
                                   for n in range(1, expected_pages + 1)]


def test_the_iterator_is_lazy(paged):
    server, client = paged(1000)
    paginator = client.customers.iter_all_customers(page_size=10)
    assert server.received == []                       # nothing before iteration
    first = list(itertools.islice(paginator, 10))
    assert len(first) == 10 and len(server.received) == 1
    assert len(list(itertools.islice(iter(paginator), 11))) == 11  # a new iteration starts over
    assert len(server.received) == 3


def test_the_default_page_size_is_the_tables_maximum(paged):
    server, client = paged(5)
    assert [c.name for c in client.customers.iter_all_customers()] == [f"c{i}" for i in range(5)]
    assert pages_asked(server) == [{"page": ["1"], "pageSize": ["100"]}]


def test_bad_arguments_fail_at_the_call_and_send_nothing(paged):
    server, client = paged(5)
    with pytest.raises(sentdm.ValidationError) as bad_size:
        client.customers.iter_all_customers(page_size=0)
    assert "page_size" in bad_size.value.errors
    with pytest.raises(sentdm.ValidationError) as fixed_page:
        client.customers.iter_all_customers(page=2)
    assert "get_all_customers()" in fixed_page.value.errors["page"][0]
    with pytest.raises(sentdm.ValidationError) as unknown:
        client.customers.iter_all_customers(pagesize=3)
    assert "did you mean 'page_size'" in unknown.value.errors["pagesize"][0]
    assert server.received == []


def test_an_api_error_on_a_later_page_surfaces_while_iterating(paged):
    server, client = paged(0)
    server.respond = lambda r: (json_answer(200, [CUSTOMER] * 2) if "page=1&" in r.target
                                else json_answer(500, {"error": "boom"}))
    items = client.customers.iter_all_customers(page_size=2)
    with pytest.raises(sentdm.InternalServerError):
        list(items)


def test_only_paginated_operations_get_an_iterator_with_a_signature_and_docstring():
    customers = sentdm.service.resource_classes["customers"]
    method = customers.iter_all_customers
    assert str(inspect.signature(method)) == (
        "(self, *, page_size: int = 100) -> sentdm.pagination.Paginator[sentdm.Customer]")
    assert "first short or empty page" in method.__doc__
    iterators = [name for cls in sentdm.service.resource_classes.values() for name in vars(cls)
                 if name.startswith("iter_")]
    assert iterators == ["iter_all_customers"]


def test_a_page_size_parameter_of_another_name_is_honoured(tmp_path, server):
    """Derived from the table: an API whose page size is ``per_page`` iterates with it too."""
    table = tmp_path / "per_page.toml"
    table.write_text('''
[endpoint.things.get_things]
method = "GET"
uri = "/things{?p,per_page}"
response = ["Thing"]
pagination = { page = "p", page_size = "per_page" }
params = [{ name = "p", in = "query", type = "integer", minimum = 1, required = true },
          { name = "per_page", in = "query", type = "integer", maximum = 50, required = true }]

[schemas.Thing.fields]
n = { type = "integer" }
''')
    pages = {1: [{"n": 1}, {"n": 2}], 2: [{"n": 3}]}
    server.respond = lambda r: json_answer(200, pages[int(r.target.split("p=")[1][0])])
    client = sentdm.Client(api_key="k", base_url=server.url, endpoints=[table])
    assert list(inspect.signature(client.things.iter_things).parameters) == ["per_page"]
    assert [t.n for t in client.things.iter_things(per_page=2)] == [1, 2, 3]
    assert [r.target for r in server.received] == ["/things?p=1&per_page=2",
                                                   "/things?p=2&per_page=2"]
