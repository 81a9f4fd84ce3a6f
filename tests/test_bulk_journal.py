"""The durable bulk journal (issue 10, item 11), against a real counting server on 127.0.0.1:
``sentdm bulk`` killed with SIGKILL at random points and resumed, again and again, never sends a
number two messages, and reports every number it cannot vouch for as unknown."""

import csv
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

import sentdm
from tests.support.data import CUSTOMER_ID, SENT_TO_PHONE, TEMPLATE_ID
from tests.support.faults import HONOURED_KEYS
from tests.support.server import LocalServer, json_answer

ROOT = Path(__file__).resolve().parents[1]


def numbers(count):
    return [f"+1415555{i:04d}" for i in range(count)]


class CountingServer(LocalServer):
    """Counts the messages each number receives. With ``deduplicate``, it behaves as an API that
    honours idempotency keys: a key it has seen gets the first answer again, and no message."""

    def __init__(self, *, deduplicate=False, delay=(0.0, 0.0)):
        super().__init__(self._answer)
        self.messages = Counter()
        self._seen_keys = set()
        self._deduplicate = deduplicate
        self._delay = delay

    def _answer(self, received):
        phone = received.json()["phoneNumber"]
        key = received.headers.get("Idempotency-Key")
        with self.lock:
            replay = self._deduplicate and key in self._seen_keys
            if not replay:
                self._seen_keys.add(key)
                self.messages[phone] += 1
        time.sleep(random.uniform(*self._delay))
        return json_answer(200, {**SENT_TO_PHONE, "messageId": f"m-{phone}"})


def send(client, phones, journal, **options):
    return client.send_bulk(customer_id=CUSTOMER_ID, template_id=TEMPLATE_ID,
                            phone_numbers=phones, journal=journal, **options)


# --- the Python API ------------------------------------------------------------------------------

def test_a_finished_batch_run_again_with_its_journal_sends_nothing(tmp_path):
    journal = tmp_path / "run.sqlite"
    with CountingServer() as server:
        client = sentdm.Client(api_key="k", base_url=server.url)
        first = send(client, numbers(12) + ["bad"], journal, concurrency=3)
        again = send(client, numbers(12) + ["bad"], journal, concurrency=3)
    assert server.messages == {phone: 1 for phone in numbers(12)}
    assert [r.status for r in again.results] == ["sent"] * 12 + ["failed"]
    assert again.batch_id == first.batch_id
    assert [r.data for r in again.results] == [r.data for r in first.results]
    assert isinstance(again.results[0].data, sentdm.MessagesSendMessageToPhoneNumberResponse)


def _mark_in_flight(journal, units):
    """What a run killed while sending leaves behind: those units ``sending``."""
    with sqlite3.connect(journal) as db:
        db.executemany("UPDATE units SET state = 'sending' WHERE unit = ?", [(u,) for u in units])


@pytest.mark.parametrize("honoured", [False, True], ids=["keys-not-honoured", "keys-honoured"])
def test_requests_in_flight_when_a_run_died_are_unknown_unless_resent(tmp_path, honoured):
    journal = tmp_path / "run.sqlite"
    options = {"endpoints": HONOURED_KEYS} if honoured else {}
    with CountingServer(deduplicate=honoured) as server:
        client = sentdm.Client(api_key="k", base_url=server.url, **options)
        first = send(client, numbers(6), journal)
        _mark_in_flight(journal, [1, 4])
        resumed = send(client, numbers(6), journal)
        assert [r.status for r in resumed.results] == [
            "sent", "unknown", "sent", "sent", "unknown", "sent"]
        assert "may have been sent by an earlier run" in str(resumed.results[1].error)
        assert sum(server.messages.values()) == 6              # nothing sent again
        still = send(client, numbers(6), journal)              # unknown stays unknown
        assert still.count("unknown") == 2
        server.received.clear()
        resent = send(client, numbers(6), journal, resend_unknown=True)
    assert [r.status for r in resent.results] == ["sent"] * 6
    assert sorted(r.json()["phoneNumber"] for r in server.received) == [numbers(6)[1],
                                                                       numbers(6)[4]]
    if honoured:   # resent with the keys of the first run: the API answers them without sending
        assert sorted(r.headers["Idempotency-Key"] for r in server.received) == sorted(
            first.results[index].idempotency_key for index in (1, 4))
        assert server.messages == {phone: 1 for phone in numbers(6)}


def test_a_journal_is_never_applied_to_another_batch(tmp_path):
    journal = tmp_path / "run.sqlite"
    with CountingServer() as server:
        client = sentdm.Client(api_key="k", base_url=server.url)
        first = send(client, numbers(3), journal, batch_id="batch-1")
        with pytest.raises(sentdm.ValidationError) as caught:
            send(client, numbers(4), journal)
        assert "records another batch" in str(caught.value)
        with pytest.raises(sentdm.ValidationError) as caught:
            send(client, numbers(3), journal, batch_id="batch-2")
        assert "batch-1" in str(caught.value)
    assert first.count("sent") == 3 and sum(server.messages.values()) == 3


# --- the command line, killed --------------------------------------------------------------------

def _bulk_command(tmp_path, server, *extra, env=None):
    source = tmp_path / "numbers.csv"
    if not source.exists():
        with open(source, "w", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(["phone_number"])
            writer.writerows([phone] for phone in numbers(60))
    environment = {k: v for k, v in os.environ.items() if not k.startswith("SENTDM_")}
    environment.update(SENTDM_API_KEY="k", SENTDM_BASE_URL=server.url, **(env or {}))
    return [sys.executable, "-m", "sentdm", "bulk", "--csv", str(source), "--customer-id",
            CUSTOMER_ID, "--template-id", TEMPLATE_ID, "--concurrency", "4", *extra], environment


def _results(tmp_path):
    with open(tmp_path / "numbers.results.csv", newline="") as handle:
        return {row["phone_number"]: row["result"] for row in csv.DictReader(handle)}


def _kill_at_random_points(tmp_path, server, kills, extra=(), env=None):
    command, environment = _bulk_command(tmp_path, server, *extra, env=env)
    chance = random.Random()
    for _ in range(kills):
        process = subprocess.Popen(command, cwd=ROOT, env=environment, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL)
        time.sleep(chance.uniform(0.3, 1.5))
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=60)
    return subprocess.run(command, cwd=ROOT, env=environment, capture_output=True, text=True,
                          timeout=120)


def test_killed_again_and_again_no_number_gets_two_messages_and_none_is_lost(tmp_path):
    """Keys not honoured (v1.1): a number is sent exactly once, or listed unknown."""
    with CountingServer(delay=(0.01, 0.06)) as server:
        final = _kill_at_random_points(tmp_path, server, kills=5)
    assert final.returncode in (0, 7), final.stderr
    results = _results(tmp_path)
    assert sorted(results) == numbers(60)
    assert max(server.messages.values()) == 1                    # never twice
    for phone, result in results.items():
        if result == "sent":
            assert server.messages[phone] == 1, phone
        else:
            assert result == "unknown", (phone, result)      # in flight when a run was killed
    assert set(server.messages) <= set(results)


def test_killed_again_and_again_with_honoured_keys_every_number_gets_exactly_one(tmp_path):
    """Keys honoured: the rows left unknown are resent with their first key, and the API answers
    them without a second message: exactly once, nothing unknown."""
    with CountingServer(deduplicate=True, delay=(0.01, 0.06)) as server:
        final = _kill_at_random_points(tmp_path, server, kills=5, extra=("--resend-unknown",),
                                       env={"SENTDM_ENDPOINTS": str(HONOURED_KEYS)})
    assert final.returncode == 0, final.stderr
    assert set(_results(tmp_path).values()) == {"sent"}
    assert server.messages == {phone: 1 for phone in numbers(60)}


def test_sigterm_lets_the_requests_in_flight_finish_and_writes_the_results(tmp_path):
    with CountingServer(delay=(0.2, 0.2)) as server:
        command, environment = _bulk_command(tmp_path, server)
        process = subprocess.Popen(command, cwd=ROOT, env=environment, stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, text=True)
        while len(server.received) < 6:
            assert process.poll() is None
            time.sleep(0.01)
        process.send_signal(signal.SIGTERM)
        _, errors = process.communicate(timeout=60)
        assert process.returncode == 130, errors
        results = _results(tmp_path)
        sent = {phone for phone, result in results.items() if result == "sent"}
        assert sent == set(server.messages)        # everything the server got, finished
        assert set(results.values()) <= {"sent", "not_sent"}    # nothing left unknown
        resumed = subprocess.run(command, cwd=ROOT, env=environment, capture_output=True,
                                 text=True, timeout=120)
    assert resumed.returncode == 0, resumed.stderr
    assert server.messages == {phone: 1 for phone in numbers(60)}


def test_a_v3_batch_of_many_recipients_per_request_resumes_with_its_first_keys(tmp_path, server):
    """The journal records requests, whatever they carry: v3's requests of many recipients
    resume as v1.1's single sends do, resent with their first key where asked."""
    from tests.test_bulk_v3 import TEMPLATE, accept

    server.respond = accept
    journal = tmp_path / "v3.sqlite"
    client = sentdm.Client(api="v3", api_key="k", base_url=server.url)
    first = client.send_bulk(to=numbers(10), template=TEMPLATE, batch_size=4, journal=journal)
    keys = sorted(r.headers["Idempotency-Key"] for r in server.received)
    _mark_in_flight(journal, [1])                     # the second request: recipients 4 to 7
    server.received.clear()
    resumed = client.send_bulk(to=numbers(10), template=TEMPLATE, batch_size=4, journal=journal)
    assert server.received == []
    assert [r.status for r in resumed.results] == ["sent"] * 4 + ["unknown"] * 4 + ["sent"] * 2
    assert [r.data for r in resumed.results[:4]] == [r.data for r in first.results[:4]]
    resent = client.send_bulk(to=numbers(10), template=TEMPLATE, batch_size=4, journal=journal,
                              resend_unknown=True)
    assert [r.json()["to"] for r in server.received] == [numbers(10)[4:8]]
    assert server.received[0].headers["Idempotency-Key"] in keys
    assert [r.status for r in resent.results] == ["sent"] * 10
