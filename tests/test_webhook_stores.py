"""The stores that remember handled events (sentdm.webhooks.dedup): the same claim/done/release
behaviour in memory and in SQLite, expiry on an injected clock, many threads, many processes."""

import subprocess
import sys
import threading
from pathlib import Path

import pytest

from sentdm import ConfigurationError
from sentdm.webhooks import MemoryStore, SQLiteStore, StoreError
from sentdm.webhooks.dedup import HANDLED, HANDLING, NEW

ROOT = Path(__file__).resolve().parents[1]


class Clock:
    """Time that moves only when a test says so."""

    def __init__(self) -> None:
        self.now = 1_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture(params=["memory", "sqlite"])
def make_store(request, tmp_path):
    def make(**options):
        if request.param == "memory":
            return MemoryStore(**options)
        return SQLiteStore(tmp_path / "events.db", **options)
    return make


def test_a_key_is_new_once_then_handling_then_handled(make_store):
    store = make_store()
    assert store.claim("k") == NEW
    assert store.claim("k") == HANDLING
    store.done("k")
    assert store.claim("k") == HANDLED
    assert store.claim("other") == NEW


def test_a_released_claim_is_new_again(make_store):
    store = make_store()
    assert store.claim("k") == NEW
    store.release("k")
    assert store.claim("k") == NEW
    store.done("k")
    store.release("k")  # releasing a handled key changes nothing
    assert store.claim("k") == HANDLED


def test_an_abandoned_claim_lapses_after_the_lease_and_a_handled_key_after_the_ttl(make_store):
    clock = Clock()
    store = make_store(ttl=100, lease=10, clock=clock)
    assert store.claim("k") == NEW
    clock.now += 9
    assert store.claim("k") == HANDLING
    clock.now += 1
    assert store.claim("k") == NEW  # the first claimant died: someone must handle it
    store.done("k")
    clock.now += 99
    assert store.claim("k") == HANDLED
    clock.now += 1
    assert store.claim("k") == NEW


@pytest.mark.parametrize("option, value", [("ttl", 0), ("lease", -1), ("ttl", "1"), ("lease", True)])
def test_durations_must_be_positive_numbers(make_store, option, value):
    with pytest.raises(ConfigurationError, match=option):
        make_store(**{option: value})


def test_threads_claim_each_key_once(make_store):
    store = make_store()
    keys = [f"key-{n}" for n in range(150)]
    won = []
    lock = threading.Lock()

    def claim_all():
        mine = [key for key in keys if store.claim(key) == NEW]
        with lock:
            won.extend(mine)

    threads = [threading.Thread(target=claim_all) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(won) == sorted(keys)


CLAIMER = """
import sys
from sentdm.webhooks import SQLiteStore
from sentdm.webhooks.dedup import NEW
store = SQLiteStore(sys.argv[1])
sys.stdin.readline()  # start together
for n in range(int(sys.argv[2])):
    if store.claim(f"key-{n}") == NEW:
        store.done(f"key-{n}")
        print(n, flush=True)
"""


def test_processes_sharing_a_sqlite_file_claim_each_key_once(tmp_path):
    path, count = str(tmp_path / "events.db"), 200
    SQLiteStore(path)
    processes = [subprocess.Popen([sys.executable, "-c", CLAIMER, path, str(count)], cwd=ROOT,
                                  stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
                 for _ in range(3)]
    for process in processes:
        process.stdin.write("go\n")
        process.stdin.flush()
    outputs = [process.communicate(timeout=120)[0].split() for process in processes]
    assert all(process.returncode == 0 for process in processes)
    claimed = [int(n) for output in outputs for n in output]
    assert sorted(claimed) == list(range(count))
    store = SQLiteStore(path)
    assert {store.claim(f"key-{n}") for n in range(count)} == {HANDLED}


def test_an_unusable_sqlite_file_is_a_store_error(tmp_path):
    store = SQLiteStore(tmp_path / "events.db")
    (tmp_path / "events.db").unlink()
    (tmp_path / "events.db").mkdir()  # now a directory: SQLite cannot open it
    with pytest.raises(StoreError, match="events.db"):
        store.claim("k")
    with pytest.raises(StoreError):
        SQLiteStore(tmp_path / "missing" / "events.db")
