"""Side-by-side benchmark of sentdm against hand-written requests code, in one run.

    python benchmarks/run.py            # full run (about eight minutes)
    python benchmarks/run.py --quick    # fewer rounds, for a smoke test

Prints every figure and every ratio (sentdm / hand-written, lower is better) with its target:

(a) import: wall time and peak RSS of a whole process running
    ``import sentdm; sentdm.Client(api_key="k")`` against ``import requests, marshmallow,
    uritemplate`` (medians over alternating runs).
(b) one small call: client CPU time per call (``time.process_time``) of
    ``client.customers.get_customer_by_id(id=...)`` against
    ``session.get(url, timeout=...).json()`` on one ``requests.Session``.
(c) a page of 100 customers: ``get_all_customers(page=1, page_size=100)`` returning 100 models
    against the same request by hand returning the parsed JSON; then the same with every field
    of every model read, against hand-written code reading every key and converting the
    timestamps with ``datetime.fromisoformat``.
(e) 10,000 customers in one answer (an operation added by benchmarks/export.toml), every field
    read, against the same by hand.
(d) throughput: 2,000 message sends with bulk sending at 8 workers, against 2,000 sequential
    sends and a hand-written ThreadPoolExecutor of 8 over one requests.Session, with the server
    taking a fixed service time per call (10 ms) as a real API does.
(g) the first v3 client: CPU of ``sentdm.Client(api="v3")`` in a fresh process, with the v3
    table's parse cache warm.
(h) one v3 call: client CPU of ``client.messages.send(...)`` (a generated idempotency key, the
    envelope) and ``client.contacts.retrieve(id)`` against hand-written requests code doing the
    same.
(f) table size: a generated table of 1,000 operations and 500 schemas (benchmarks/big_table.py)
    against the built-in one, in fresh processes: the whole process of importing sentdm and
    making a client, sentdm's own CPU in it, and the CPU of the first call of one operation.

The server (benchmarks/server.py) runs in its own process and answers from memory; CPU time is
measured in this process only, so the server's own cost does not count against either side.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from pathlib import Path
from typing import Callable, Iterator, List, Tuple

import requests

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import big_table  # noqa: E402  (benchmarks/, the script's own folder)
import sentdm  # noqa: E402

CUSTOMER_ID = "123e4567-e89b-12d3-a456-426614174000"
TEMPLATE_ID = "9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d"
TIMEOUT = (5.0, 30.0)
#: What the server takes per call in (d): a real API answers in tens of milliseconds.
SERVICE_TIME_MS = 10.0

IMPORT_SENTDM = "import sentdm; sentdm.Client(api_key='k')"
IMPORT_BASELINE = "import requests, marshmallow, uritemplate"
PEAK_RSS = "\nprint(open('/proc/self/status').read().split('VmHWM:')[1].split()[0])"


class Server:
    """benchmarks/server.py in a child process."""

    def __init__(self, delay_ms: float = 0.0):
        self.delay_ms = delay_ms

    def __enter__(self) -> str:
        self._dir = tempfile.TemporaryDirectory()
        port_file = Path(self._dir.name) / "url"
        self._process = subprocess.Popen(
            [sys.executable, str(ROOT / "benchmarks" / "server.py"), str(port_file),
             str(self.delay_ms)])
        deadline = time.monotonic() + 10
        while not port_file.exists() or not port_file.read_text():
            if time.monotonic() > deadline or self._process.poll() is not None:
                raise RuntimeError("benchmark server did not start")
            time.sleep(0.02)
        return port_file.read_text()

    def __exit__(self, *exc: object) -> None:
        self._process.terminate()
        self._process.wait()
        self._dir.cleanup()


def process_cost(code: str) -> Tuple[float, int]:
    """Wall seconds and peak RSS (KiB) of ``python -c code`` in a fresh process.

    The peak is the child's own VmHWM, read as it ends: ``ru_maxrss`` would count the memory of
    this (larger) benchmark process, which Linux carries across fork and exec.
    Bytecode may be written (as pip does when it installs), so both sides import compiled
    modules; the first, warm-up run of each command writes it.
    """
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = str(ROOT)
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-c", code + PEAK_RSS], env=env, check=True,
                            stdout=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - started
    return elapsed, int(result.stdout.split()[-1])


def cpu_per_call(call: Callable[[], object], calls: int) -> float:
    """Client CPU seconds per call, after a warm-up."""
    for _ in range(min(100, calls)):
        call()
    started = time.process_time()
    for _ in range(calls):
        call()
    return (time.process_time() - started) / calls


def interleaved(first: Callable[[], float], second: Callable[[], float], rounds: int
                ) -> Tuple[float, float]:
    """Medians of two measurements taken in alternation, so drift hits both alike."""
    a: List[float] = []
    b: List[float] = []
    for _ in range(rounds):
        a.append(first())
        b.append(second())
    return statistics.median(a), statistics.median(b)


def line(label: str, ours: float, theirs: float, unit: str, target: str,
         sides: Tuple[str, str] = ("sentdm", "hand-written")) -> None:
    print(f"  {label:<38} {sides[0]} {ours:10.3f} {unit:<5} {sides[1]} {theirs:10.3f} {unit:<5}"
          f" ratio {ours / theirs:5.2f}x  (target {target})")


def bench_import(rounds: int) -> None:
    print("(a) import and client creation, whole process")
    times: List[Tuple[float, float]] = []
    memory: List[Tuple[int, int]] = []
    process_cost(IMPORT_SENTDM), process_cost(IMPORT_BASELINE)  # warm-up: bytecode, disk cache
    for _ in range(rounds):
        ours = process_cost(IMPORT_SENTDM)
        theirs = process_cost(IMPORT_BASELINE)
        times.append((ours[0], theirs[0]))
        memory.append((ours[1], theirs[1]))
    line("wall time", statistics.median(t[0] for t in times) * 1000,
         statistics.median(t[1] for t in times) * 1000, "ms", "<= 1.10x")
    line("peak RSS", statistics.median(m[0] for m in memory) / 1024,
         statistics.median(m[1] for m in memory) / 1024, "MiB", "<= 1.15x")


def bench_calls(url: str, calls: int, rounds: int) -> None:
    client = sentdm.Client(api_key="k", base_url=url, timeout=TIMEOUT)
    session = requests.Session()
    session.headers["x-api-key"] = "k"

    def ours_one() -> float:
        return cpu_per_call(lambda: client.customers.get_customer_by_id(id=CUSTOMER_ID), calls)

    def theirs_one() -> float:
        return cpu_per_call(
            lambda: session.get(f"{url}/customers/{CUSTOMER_ID}", timeout=TIMEOUT).json(), calls)

    def ours_page() -> float:
        return cpu_per_call(lambda: client.customers.get_all_customers(page=1, page_size=100),
                            calls // 2)

    def theirs_page() -> float:
        return cpu_per_call(lambda: session.get(f"{url}/customers", params={
            "page": 1, "pageSize": 100}, timeout=TIMEOUT).json(), calls // 2)

    print(f"(b) one small call, client CPU per call ({calls} calls x {rounds} rounds)")
    line("get_customer_by_id", *(x * 1e6 for x in interleaved(ours_one, theirs_one, rounds)),
         "us", "<= 0.60x")
    print(f"(c) a page of 100 customers, client CPU per call ({calls // 2} calls x {rounds} rounds)")
    line("get_all_customers(page_size=100)",
         *(x * 1e6 for x in interleaved(ours_page, theirs_page, rounds)), "us", "<= 0.70x")
    page = client.customers.get_all_customers(page=1, page_size=100)
    assert len(page) == 100 and isinstance(page[0], sentdm.Customer)  # same work, really done

    # Models convert fields when first read. For the full picture, every field of every model
    # read, against hand-written code reading every key and converting the date-times.
    def ours_page_read() -> float:
        return cpu_per_call(lambda: read_models(
            client.customers.get_all_customers(page=1, page_size=100)), calls // 2)

    def theirs_page_read() -> float:
        return cpu_per_call(lambda: read_by_hand(session.get(f"{url}/customers", params={
            "page": 1, "pageSize": 100}, timeout=TIMEOUT).json()), calls // 2)

    assert read_models(page) == read_by_hand(
        session.get(f"{url}/customers", params={"page": 1, "pageSize": 100}).json())
    line("... and every field read", *(x * 1e6 for x in interleaved(
        ours_page_read, theirs_page_read, rounds)), "us", "<= 1.00x")

    exports = max(3, calls // 200)
    client = sentdm.Client(api_key="k", base_url=url, timeout=TIMEOUT,
                           endpoints=ROOT / "benchmarks" / "export.toml")

    def ours_export() -> float:
        return cpu_per_call(lambda: read_models(client.customers.export_customers()), exports)

    def theirs_export() -> float:
        return cpu_per_call(lambda: read_by_hand(
            session.get(f"{url}/customers/export", timeout=TIMEOUT).json()), exports)

    print(f"(e) 10,000 customers in one answer, every field read, client CPU per call "
          f"({exports} calls x {rounds} rounds)")
    line("export_customers()", *(x * 1e3 for x in interleaved(
        ours_export, theirs_export, rounds)), "ms", "<= 1.30x")


#: Customer's fields, the date-times last: by wire name (hand-written) and by Python name (models)
CUSTOMER_FIELDS = sorted(sentdm.Customer._spec.fields, key=lambda f: f.format == "date-time")
CUSTOMER_DATE_TIMES = [f.wire_name for f in CUSTOMER_FIELDS if f.format == "date-time"]
CUSTOMER_OTHERS = [f.wire_name for f in CUSTOMER_FIELDS if f.format != "date-time"]
CUSTOMER_NAMES = [sys.intern(f.python_name) for f in CUSTOMER_FIELDS]  # as in code: interned
#: what hand-written code converts ISO 8601 timestamps with ("Z" only from Python 3.11)
parse_time = (datetime.fromisoformat if sys.version_info >= (3, 11) else
              lambda text: datetime.fromisoformat(text.replace("Z", "+00:00")))


def read_models(customers: List[sentdm.Customer]) -> List[List[object]]:
    """Every field of every model, in the order read_by_hand reads them."""
    return [[getattr(customer, name) for name in CUSTOMER_NAMES] for customer in customers]


def read_by_hand(customers: List[dict]) -> List[List[object]]:
    """The same from parsed JSON, as hand-written code would: every key, date-times converted."""
    return [[customer.get(key) for key in CUSTOMER_OTHERS]
            + [parse_time(customer[key]) for key in CUSTOMER_DATE_TIMES]
            for customer in customers]


def bench_throughput(url: str, sends: int, workers: int = 8) -> None:
    numbers = [f"+1415{index:07d}" for index in range(sends)]
    client = sentdm.Client(api_key="k", base_url=url, timeout=TIMEOUT)
    session = requests.Session()
    session.headers["x-api-key"] = "k"

    def by_hand(number: str) -> object:
        return session.post(f"{url}/messages/phone-number", timeout=TIMEOUT, json={
            "customerId": CUSTOMER_ID, "phoneNumber": number, "templateId": TEMPLATE_ID}).json()

    def rate(run: Callable[[], object]) -> float:
        started = time.perf_counter()
        run()
        return sends / (time.perf_counter() - started)

    def sequential() -> None:
        for number in numbers:
            client.messages.send_message_to_phone_number(
                customer_id=CUSTOMER_ID, phone_number=number, template_id=TEMPLATE_ID)

    def bulk() -> None:
        summary = client.send_bulk(customer_id=CUSTOMER_ID, template_id=TEMPLATE_ID,
                                   phone_numbers=numbers, concurrency=workers)
        assert summary.count("sent") == sends, summary.to_dict()  # every message really sent

    def pool() -> None:
        with ThreadPoolExecutor(workers) as executor:
            assert len(list(executor.map(by_hand, numbers))) == sends

    print(f"(d) throughput, {sends} sends, {workers} workers, server service time "
          f"{SERVICE_TIME_MS:g} ms per call")
    bulk_rate, sequential_rate, pool_rate = rate(bulk), rate(sequential), rate(pool)
    print(f"  bulk {bulk_rate:8.0f}/s   sequential {sequential_rate:8.0f}/s   "
          f"hand-written pool {pool_rate:8.0f}/s")
    print(f"  bulk / sequential        ratio {bulk_rate / sequential_rate:5.2f}x  (target >= 3x)")
    print(f"  bulk / hand-written pool ratio {bulk_rate / pool_rate:5.2f}x  (target >= 0.8x)")


#: A fresh process that makes the first v3 client (after import sentdm) and prints its CPU seconds
FIRST_V3_CLIENT = """
import time
import sentdm
started = time.process_time()
sentdm.Client(api_key="k", api="v3")
print(time.process_time() - started)
"""
V3_CONTACT_ID = "7ba7b820-9dad-11d1-80b4-00c04fd430c8"
V3_SEND = {"to": ["+14155552671"], "template": {"id": V3_CONTACT_ID, "parameters": {"name": "Ann"}}}


def bench_v3(url: str, calls: int, rounds: int) -> None:
    """The first v3 client, and one v3 call of each kind against hand-written requests code."""
    child_figures(FIRST_V3_CLIENT)  # warm-up: bytecode and the v3 table's cache
    first = statistics.median(child_figures(FIRST_V3_CLIENT)[1][0] for _ in range(rounds))
    print(f"(g) the first v3 client, with the table cache warm: {first * 1000:.1f} ms of CPU "
          f"(target <= 50 ms)")
    client = sentdm.Client(api_key="k", api="v3", base_url=url, timeout=TIMEOUT)
    session = requests.Session()
    session.headers["x-api-key"] = "k"

    def ours_send() -> float:
        return cpu_per_call(lambda: client.messages.send(**V3_SEND), calls)

    def theirs_send() -> float:
        # what hand-written code must do for the same call: a fresh idempotency key, the body,
        # and the data out of the envelope
        return cpu_per_call(lambda: session.post(
            f"{url}/v3/messages", json=V3_SEND, timeout=TIMEOUT,
            headers={"Idempotency-Key": uuid.uuid4().hex}).json()["data"], calls)

    def ours_get() -> float:
        return cpu_per_call(lambda: client.contacts.retrieve(V3_CONTACT_ID), calls)

    def theirs_get() -> float:
        return cpu_per_call(lambda: session.get(f"{url}/v3/contacts/{V3_CONTACT_ID}",
                                                timeout=TIMEOUT).json()["data"], calls)

    print(f"(h) one v3 call, client CPU per call ({calls} calls x {rounds} rounds)")
    line("messages.send(to=..., template=...)",
         *(x * 1e6 for x in interleaved(ours_send, theirs_send, rounds)), "us", "<= 1.00x")
    line("contacts.retrieve(id)", *(x * 1e6 for x in interleaved(ours_get, theirs_get, rounds)),
         "us", "<= 1.00x")


#: A fresh process that imports sentdm, makes a client and calls one operation once; it prints
#: the CPU seconds of sentdm's own import and client (after requests, marshmallow and
#: uritemplate, which hand-written code imports too) and of the first call.
FIRST_CALL = """
import time
import requests, marshmallow, uritemplate
started = time.process_time()
import sentdm
{register}
client = sentdm.Client(api_key="k", base_url={url!r}, timeout=(5.0, 30.0){api})
built = time.process_time()
client.{call}(id="{id}")
called = time.process_time()
print(built - started, called - built)
"""


def child_figures(code: str) -> Tuple[float, List[float]]:
    """Wall seconds of ``python -c code`` in a fresh process, and the numbers it printed."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = str(ROOT)
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-c", code], env=env, check=True,
                            stdout=subprocess.PIPE, text=True)
    return time.perf_counter() - started, [float(word) for word in result.stdout.split()]


def bench_table_size(url: str, rounds: int) -> None:
    """A generated table of 1,000 operations and 500 schemas against the built-in one."""
    small_size = len(sentdm.service.operations)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.toml"
        path.write_text(big_table.table(operations=1000, schemas=500), encoding="utf-8")
        small = FIRST_CALL.format(register="", url=url, api="", call="customers.get_customer_by_id",
                                  id=CUSTOMER_ID)
        big = FIRST_CALL.format(
            register=f"from sentdm.service import register_api; register_api('big', {str(path)!r})",
            url=url,
            api=", api='big'", call="resource0.get_item_1", id=CUSTOMER_ID)
        child_figures(small), child_figures(big)  # warm-up: bytecode and the tables' caches
        runs = [(child_figures(small), child_figures(big)) for _ in range(rounds)]
    print(f"(f) a generated table of 1,000 operations and 500 schemas against the built-in one "
          f"({small_size} operations), fresh processes ({rounds} rounds)")
    median = statistics.median
    big_wall, small_wall = (median(run[side][0] for run in runs) for side in (1, 0))
    line("import, client: whole process", big_wall * 1000, small_wall * 1000, "ms", "<= 2.00x",
         ("big table", "built-in"))
    own = [median(run[side][1][0] for run in runs) for side in (1, 0)]
    line("... sentdm's own CPU of the two", own[0] * 1000, own[1] * 1000, "ms", "<= 2.00x",
         ("big table", "built-in"))
    first = [median(run[side][1][1] for run in runs) for side in (1, 0)]
    line("first call of one operation, CPU", first[0] * 1000, first[1] * 1000, "ms",
         "<= 1.50x", ("big table", "built-in"))


def main(argv: Iterator[str] = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer rounds (a smoke test)")
    args = parser.parse_args(argv)
    rounds, calls, sends = (3, 300, 400) if args.quick else (7, 2000, 2000)
    print(f"sentdm {sentdm.__version__} benchmark on {platform.machine()} "
          f"{os.cpu_count()} cores, Python {platform.python_version()}, "
          f"requests {requests.__version__}")
    bench_import(rounds * 3)
    with Server() as url:
        bench_calls(url, calls, rounds)
    with Server(SERVICE_TIME_MS) as url:
        bench_throughput(url, sends)
    with Server() as url:
        bench_v3(url, calls, rounds)
        bench_table_size(url, rounds)


if __name__ == "__main__":
    main()
