"""sentdm.AsyncClient against a real server on 127.0.0.1: the 13 operations, many tasks at once,
async pagination and bulk sending."""

import asyncio
import inspect
import threading
import time
import typing
from urllib.parse import parse_qs, urlsplit

import pytest

import sentdm
from tests.support.data import CALLS, CUSTOMER, CUSTOMER_ID, SENT_TO_PHONE, TEMPLATE_ID
from tests.support.server import json_answer


def run(coroutine_function, *args, **options):
    """Run ``coroutine_function(client, *args)`` with a fresh AsyncClient in a fresh loop."""
    async def main():
        async with sentdm.AsyncClient(api_key="k", **options) as client:
            return await coroutine_function(client, *args)
    return asyncio.run(main())


def test_the_async_client_runs_the_thirteen_operations_at_once(server):
    answers = {(method, target): answer for _, _, method, target, _, answer, *_ in CALLS}
    server.respond = lambda r: (
        json_answer(200, answers[r.method, r.target]) if answers[r.method, r.target] is not None
        else (204, {}, b""))

    async def call_all(client):
        return await asyncio.gather(*(
            getattr(getattr(client, key.split(".")[0]), key.split(".")[1])(**kwargs)
            for key, kwargs, *_ in CALLS))

    results = run(call_all, base_url=server.url)
    assert len(server.received) == 13
    for (key, _, method, target, body, answer, model, many), result in zip(CALLS, results):
        if model is None:
            assert result is None
            continue
        items = result if many else [result]
        assert [type(item).__name__ for item in items] == [model] * len(items)
        assert [item.to_dict() for item in items] == (answer if many else [answer])
    bodies = {(r.method, r.target): r.body for r in server.received}
    for _, _, method, target, body, *_ in CALLS:
        assert (bodies[method, target] != b"") == (body is not None)


def test_the_async_client_runs_the_thirteen_operations_against_prism(prism_url):
    async def call_all(client):
        return await asyncio.gather(*(
            getattr(getattr(client, key.split(".")[0]), key.split(".")[1] + "_with_http_info")(
                **kwargs) for key, kwargs, *_ in CALLS))

    infos = run(call_all, base_url=prism_url, timeout=(5, 10))
    assert [info.status_code for info in infos] == [200] * 13
    for (key, _, _, _, _, _, model, many), info in zip(CALLS, infos):
        items = info.data if many else [info.data]
        assert [type(item).__name__ for item in items] == (
            [model] * len(items) if model else ["NoneType"]), key


def test_many_tasks_share_a_bounded_pool_of_threads(server):
    in_flight, peak, lock = [0], [0], threading.Lock()

    def respond(received):
        with lock:
            in_flight[0] += 1
            peak[0] = max(peak[0], in_flight[0])
        time.sleep(0.02)
        with lock:
            in_flight[0] -= 1
        return json_answer(200, {**CUSTOMER, "id": received.target.rsplit("/", 1)[1]})

    server.respond = respond
    ids = [f"550e8400-e29b-41d4-a716-4466554400{i:02d}" for i in range(30)]

    async def fetch_all(client):
        return await asyncio.gather(*(client.customers.get_customer_by_id(id=i) for i in ids))

    customers = run(fetch_all, base_url=server.url, max_workers=3)
    assert [c.id for c in customers] == ids
    assert 1 < peak[0] <= 3


def test_async_pagination_fetches_pages_lazily(server):
    def respond(received):
        query = parse_qs(urlsplit(received.target).query)
        page, size = int(query["page"][0]), int(query["pageSize"][0])
        return json_answer(200, [{**CUSTOMER, "name": f"c{i}"}
                                 for i in range((page - 1) * size, min(page * size, 25))])

    server.respond = respond

    async def first_twelve_then_all(client):
        paginator = client.customers.iter_all_customers(page_size=10)
        assert isinstance(paginator, sentdm.AsyncPaginator)
        first = []
        async for customer in paginator:
            first.append(customer.name)
            if len(first) == 12:
                break
        pages_for_twelve = len(server.received)
        return first, pages_for_twelve, [c.name async for c in paginator]

    first, pages_for_twelve, every = run(first_twelve_then_all, base_url=server.url)
    assert first == [f"c{i}" for i in range(12)] and pages_for_twelve == 2
    assert every == [f"c{i}" for i in range(25)] and len(server.received) == 5


def test_async_bulk_sending_lines_up_results_and_reports_progress_in_the_loop(server):
    server.respond = lambda r: (
        json_answer(400, {"error": "Invalid phone number"})
        if r.json()["phoneNumber"] == "+14155550003" else json_answer(200, SENT_TO_PHONE))
    phones = [f"+1415555{i:04d}" for i in range(8)] + ["oops"]
    progress = []

    async def send(client):
        loop_thread = threading.get_ident()
        summary = await client.send_bulk(
            customer_id=CUSTOMER_ID, template_id=TEMPLATE_ID, phone_numbers=phones,
            concurrency=3, on_progress=lambda r, done, total: progress.append(
                (done, threading.get_ident() == loop_thread)))
        return summary

    summary = run(send, base_url=server.url)
    assert [r.item["phone_number"] for r in summary.results] == phones
    assert [r.status for r in summary.results] == (
        ["sent"] * 3 + ["failed"] + ["sent"] * 4 + ["failed"])
    assert isinstance(summary.results[3].error, sentdm.BadRequestError)
    assert isinstance(summary.results[8].error, sentdm.ValidationError)
    assert progress == [(done, True) for done in range(1, 10)]
    assert len(server.received) == 8


def test_errors_arrive_through_await(server):
    server.respond = lambda r: json_answer(404, {"error": "Customer not found"})

    async def attempts(client):
        with pytest.raises(sentdm.ValidationError):
            await client.customers.get_customer_by_id(id="not-a-uuid")
        with pytest.raises(sentdm.NotFoundError):
            await client.customers.get_customer_by_id(id=CUSTOMER_ID)
        with pytest.raises(sentdm.ValidationError):
            client.customers.iter_all_customers(page_size=1000)
        with pytest.raises(TypeError):
            iter(client.customers.iter_all_customers())

    run(attempts, base_url=server.url)
    assert len(server.received) == 1


def _public_methods(cls):
    return {a for a in dir(cls) if not a.startswith("_") and inspect.isfunction(getattr(cls, a))}


def test_async_methods_mirror_the_sync_ones():
    client = sentdm.AsyncClient(api_key="k")
    for name, sync_class in sentdm.service.resource_classes.items():
        async_class = type(getattr(client, name))
        public = _public_methods(sync_class)  # dir(): the sync methods are made on first use
        assert public == _public_methods(async_class)
        for attribute in public:
            method, sync_method = getattr(async_class, attribute), getattr(sync_class, attribute)
            signature, sync_signature = inspect.signature(method), inspect.signature(sync_method)
            assert signature.parameters == sync_signature.parameters
            if attribute.startswith("iter_"):
                assert not inspect.iscoroutinefunction(method)
                assert signature.return_annotation == sentdm.AsyncPaginator[
                    typing.get_args(sync_signature.return_annotation)[0]]
                assert "``async for`` over it" in method.__doc__
            else:
                assert inspect.iscoroutinefunction(method)
                assert signature.return_annotation == sync_signature.return_annotation
                assert method.__doc__ == sync_method.__doc__
    client.sync.close()
    with pytest.raises(sentdm.ConfigurationError):
        sentdm.AsyncClient(api_key="k", max_workers=0)


def test_every_worker_thread_has_a_pooled_connection():
    client = sentdm.AsyncClient(api_key="k", base_url="http://127.0.0.1:9", max_workers=24)
    adapter = client.sync.session.get_adapter("http://127.0.0.1:9")
    assert adapter.poolmanager.connection_pool_kw["maxsize"] == 24
