"""One client shared by threads, used after fork, pickled to another process."""

import multiprocessing
import os
import pickle
import threading
import uuid
import warnings

import pytest

import sentdm
from tests.support.data import CUSTOMER
from tests.support.faults import API_KEY, client_for
from tests.support.server import json_answer


def echo_customer(received):
    """The customer whose id is the last path segment: each caller can check its own answer."""
    return json_answer(200, {**CUSTOMER, "id": received.target.rsplit("/", 1)[1]})


def test_eight_threads_share_one_client_and_each_gets_its_own_answers(server):
    server.respond = echo_customer
    client = client_for(server)
    calls_per_thread = 200
    start = threading.Barrier(8)
    wrong = []

    def work():
        start.wait()
        for _ in range(calls_per_thread):
            wanted = str(uuid.uuid4())
            got = client.customers.get_customer_by_id(id=wanted).id
            if got != wanted:
                wrong.append((wanted, got))

    threads = [threading.Thread(target=work) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert wrong == []
    assert len(server.received) == 8 * calls_per_thread


def test_after_fork_the_child_opens_its_own_connection_and_the_parent_keeps_its(server):
    server.respond = echo_customer
    client = client_for(server)
    first = str(uuid.uuid4())
    assert client.customers.get_customer_by_id(id=first).id == first  # parent's pooled connection
    child_id = str(uuid.uuid4())
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # 3.12+: fork with threads running
        pid = os.fork()
    if pid == 0:  # the child: report through the exit status only, never return into pytest
        try:
            ok = client.customers.get_customer_by_id(id=child_id).id == child_id
        except BaseException:
            ok = False
        os._exit(0 if ok else 1)
    _, exit_status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(exit_status) == 0
    last = str(uuid.uuid4())
    assert client.customers.get_customer_by_id(id=last).id == last

    peers = {r.target.rsplit("/", 1)[1]: r.peer for r in server.received}
    assert peers[child_id] != peers[first]  # the child did not write on the parent's socket
    assert peers[last] == peers[first]  # and the parent's connection survived the child


def call_in_worker(client, customer_id):
    return client.customers.get_customer_by_id(id=customer_id).id


def test_a_client_pickles_with_settings_and_credentials_but_no_connections(server):
    server.respond = echo_customer
    client = client_for(server, timeout=(1, 2), max_retries=4, check_formats=False)
    client.customers.get_customer_by_id(id="warm-up")  # now it has a session and a connection
    tuned = client.with_options(max_retries=1)

    restored = pickle.loads(pickle.dumps(client))
    assert b"Session" not in pickle.dumps(client)
    assert restored._transport is not client._transport
    assert restored._transport._session is None
    assert (restored.base_url, restored.timeout, restored.max_retries, restored.check_formats) == \
        (client.base_url, (1.0, 2.0), 4, False)
    assert restored.customers.get_customer_by_id(id="not-a-uuid").id == "not-a-uuid"
    assert server.received[-1].headers["x-api-key"] == API_KEY
    assert pickle.loads(pickle.dumps(tuned)).max_retries == 1


def test_a_pickled_client_keeps_its_extra_tables(tmp_path):
    extra = tmp_path / "extra.toml"
    extra.write_text('[endpoint.templates.delete_template]\nmethod = "DELETE"\n'
                     'uri = "/templates/{id}"\nparams = [{ name = "id", in = "path", '
                     'type = "string", required = true }]\n')
    client = sentdm.Client(api_key=API_KEY, endpoints=extra)
    restored = pickle.loads(pickle.dumps(client))
    assert restored.meta.operation_names == client.meta.operation_names
    assert callable(restored.templates.delete_template)


@pytest.mark.parametrize("method", ["fork", "spawn"])
def test_a_multiprocessing_pool_uses_the_client(server, method):
    server.respond = echo_customer
    client = client_for(server)
    client.customers.get_customer_by_id(id=str(uuid.uuid4()))
    ids = [str(uuid.uuid4()) for _ in range(4)]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        with multiprocessing.get_context(method).Pool(2) as pool:
            assert pool.starmap(call_in_worker, [(client, i) for i in ids]) == ids
    again = str(uuid.uuid4())
    assert client.customers.get_customer_by_id(id=again).id == again


def test_clients_are_usable_again_after_close(server):
    server.respond = echo_customer
    with client_for(server, check_formats=False) as client:
        client.customers.get_customer_by_id(id="a")
    assert client.customers.get_customer_by_id(id="b").id == "b"
