"""``sentdm --api v3 bulk``: the bulk command served from the v3 table's ``bulk = { recipients =
"to", ... }`` declaration, run as a subprocess against the v3 sandbox on 127.0.0.1."""

import json
import os
import random
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from sentdm.sandbox import Sandbox
from tests.test_cli import read_csv, write_csv

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def sandbox():
    with Sandbox(api="v3", lifecycle_step=0.01) as sandbox:
        yield sandbox


@pytest.fixture
def template(sandbox):
    """The ``--template`` flag's JSON for a template created in the sandbox."""
    created = sandbox.client.templates.create(category="UTILITY", definition={"body": {
        "multiChannel": {"type": "text", "template": "Hello {{1:name}}"}}})
    return json.dumps({"id": created.id, "parameters": {"name": "Ada"}})


def bulk(sandbox, *args, stdin=None):
    environment = {k: v for k, v in os.environ.items() if not k.startswith("SENTDM_")}
    environment.update(SENTDM_API_KEY=sandbox.api_key, SENTDM_BASE_URL=sandbox.url)
    return subprocess.run([sys.executable, "-m", "sentdm", "--api", "v3", "bulk", *args],
                          cwd=ROOT, env=environment, capture_output=True, text=True,
                          timeout=120, input=stdin)


def numbers(count):
    return [f"+1415555{i:04d}" for i in range(1, count + 1)]


def test_results_are_aligned_with_the_input_and_bad_rows_are_not_sent(sandbox, template,
                                                                      tmp_path):
    to = numbers(7)
    source = tmp_path / "people.csv"
    rows = [[f"p{i}", phone, ""] for i, phone in enumerate(to)]
    rows.insert(3, ["bad", "0044 20 7946", ""])           # not E.164, as the table requires
    rows.insert(5, ["odd", "+14155559999", "{not json"])  # a template cell that is not JSON
    rows.append(["again", to[0], ""])                     # the same request as the first row
    write_csv(source, ["name", "to", "template"], rows)
    done = bulk(sandbox, "--csv", str(source), "--template", template, "--batch-size", "3",
                "--sandbox", "false", "--progress")

    assert done.returncode == 7, done.stderr  # one row failed
    summary = json.loads(done.stdout)
    assert {k: summary[k] for k in ("total", "sent", "failed", "duplicate", "unknown")} == {
        "total": 10, "sent": 7, "failed": 2, "duplicate": 1, "unknown": 0}
    assert "10/10" in done.stderr
    results = read_csv(tmp_path / "people.results.csv")
    assert [(r["name"], r["to"], r["result"]) for r in results] == [
        *((f"p{i}", to[i], "sent") for i in range(3)), ("bad", "0044 20 7946", "failed"),
        ("p3", to[3], "sent"), ("odd", "+14155559999", "failed"),
        *((f"p{i}", to[i], "sent") for i in range(4, 7)), ("again", to[0], "duplicate")]
    assert "Not a valid E.164" in results[3]["detail"] and results[3]["http_status"] == ""
    assert "template" in results[5]["detail"] and results[5]["http_status"] == ""
    # each row holds its own recipient's answer, and the sandbox sent exactly these messages
    sent = {m.id: m.phone_number for m in sandbox.messages}
    assert {r["message_id"]: r["to"] for r in results if r["result"] == "sent"} == sent
    assert sorted(sent.values()) == sorted(to)
    # 7 recipients, 3 per request: 3 requests, each with its own generated key
    keys = [r["idempotency_key"] for r in results if r["result"] == "sent"]
    assert len(set(keys)) == 3 and [keys.count(k) for k in dict.fromkeys(keys)] == [3, 3, 1]


def test_a_rerun_with_the_same_journal_sends_nothing_again(sandbox, template, tmp_path):
    source = tmp_path / "numbers.csv"
    write_csv(source, ["to"], [[phone] for phone in numbers(5)])
    first = bulk(sandbox, "--csv", str(source), "--template", template, "--batch-size", "2")
    assert first.returncode == 0, first.stderr
    first_rows = read_csv(tmp_path / "numbers.results.csv")
    again = bulk(sandbox, "--csv", str(source), "--template", template, "--batch-size", "2")
    assert again.returncode == 0, again.stderr
    assert len(sandbox.messages) == 5
    assert json.loads(again.stdout)["sent"] == 5
    assert read_csv(tmp_path / "numbers.results.csv") == first_rows  # answers kept in the journal


def test_stdin_with_the_sandbox_flag_and_results_and_journal_named(sandbox, template, tmp_path):
    results, journal = tmp_path / "out.csv", tmp_path / "run.sqlite"
    done = bulk(sandbox, "--csv", "-", "--template", template, "--sandbox",
                "--results", str(results), "--journal", str(journal),
                stdin="to\n+14155550001\n+14155550002\n")
    assert done.returncode == 0, done.stderr
    assert [r["result"] for r in read_csv(results)] == ["sent", "sent"]
    assert sandbox.messages == []  # sandbox: true is validated and answered, nothing is sent
    without = bulk(sandbox, "--csv", "-", "--template", template, stdin="to\n+14155550001\n")
    assert without.returncode == 3 and "--results and --journal" in without.stderr


def test_idempotency_key_is_reused_when_unknown_rows_are_resent(sandbox, template, tmp_path):
    source, journal = tmp_path / "numbers.csv", tmp_path / "numbers.journal.sqlite"
    write_csv(source, ["to"], [[phone] for phone in numbers(4)])
    command = ["--csv", str(source), "--template", template, "--batch-size", "2",
               "--idempotency-key", "spring-7"]
    first = bulk(sandbox, *command)
    assert first.returncode == 0, first.stderr
    assert [r["idempotency_key"] for r in read_csv(tmp_path / "numbers.results.csv")] == [
        "spring-7-1", "spring-7-1", "spring-7-2", "spring-7-2"]
    # as a run killed while its second request was in flight leaves the journal
    db = sqlite3.connect(journal)
    with db:
        db.execute("UPDATE units SET state = 'sending', data = NULL WHERE unit = 1")
    db.close()

    resumed = bulk(sandbox, *command)
    assert resumed.returncode == 7, resumed.stderr
    assert [r["result"] for r in read_csv(tmp_path / "numbers.results.csv")] == [
        "sent", "sent", "unknown", "unknown"]
    replayed = sandbox.stats()["replayed"]

    resent = bulk(sandbox, *command, "--resend-unknown")
    assert resent.returncode == 0, resent.stderr
    rows = read_csv(tmp_path / "numbers.results.csv")
    assert [r["result"] for r in rows] == ["sent"] * 4
    # resent with its first key: the sandbox replays its first answer and sends nothing more
    assert [r["idempotency_key"] for r in rows][2:] == ["spring-7-2", "spring-7-2"]
    assert sandbox.stats()["replayed"] == replayed + 1
    assert len(sandbox.messages) == 4
    assert {r["message_id"] for r in rows} == {m.id for m in sandbox.messages}


def test_batch_size_and_bad_keys_are_refused_before_anything_is_sent(sandbox, template,
                                                                     tmp_path):
    source = tmp_path / "numbers.csv"
    write_csv(source, ["to"], [[phone] for phone in numbers(2)])
    zero = bulk(sandbox, "--csv", str(source), "--template", template, "--batch-size", "0")
    assert zero.returncode == 3 and "batch_size" in zero.stderr
    bad_key = bulk(sandbox, "--csv", str(source), "--template", template,
                   "--idempotency-key", "not a key!")
    assert bad_key.returncode == 3 and "--idempotency-key" in bad_key.stderr
    assert sandbox.stats()["messages"] == 0 and sandbox.messages == []


def test_killed_runs_resumed_with_resend_unknown_send_each_number_exactly_once(tmp_path):
    """SIGKILL at random points, several times; each resume resends what may have been in
    flight with its first key, and the sandbox (which deduplicates by key) sends every number
    once."""
    with Sandbox(api="v3", lifecycle_step=0.01, delay_ms=20) as sandbox:
        template = json.dumps({"id": sandbox.client.templates.create(
            category="UTILITY", definition={"body": {"multiChannel": {
                "type": "text", "template": "Hello"}}}).id})
        to = numbers(40)
        source = tmp_path / "numbers.csv"
        write_csv(source, ["to"], [[phone] for phone in to])
        command = [sys.executable, "-m", "sentdm", "--api", "v3", "bulk", "--csv", str(source),
                   "--template", template, "--batch-size", "2", "--concurrency", "2",
                   "--resend-unknown"]
        environment = {k: v for k, v in os.environ.items() if not k.startswith("SENTDM_")}
        environment.update(SENTDM_API_KEY=sandbox.api_key, SENTDM_BASE_URL=sandbox.url)
        chance = random.Random()
        for _ in range(3):
            seen = sandbox.stats()["requests"]
            process = subprocess.Popen(command, cwd=ROOT, env=environment,
                                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            wanted = seen + chance.randint(1, 4)
            deadline = time.monotonic() + 60
            while sandbox.stats()["requests"] < wanted and process.poll() is None \
                    and time.monotonic() < deadline:
                time.sleep(0.005)
            process.kill()
            process.wait(timeout=30)
        last = bulk(sandbox, "--csv", str(source), "--template", template, "--batch-size", "2",
                    "--resend-unknown")
        assert last.returncode == 0, last.stderr
        assert [r["result"] for r in read_csv(tmp_path / "numbers.results.csv")] == ["sent"] * 40
        assert sorted(m.phone_number for m in sandbox.messages) == to  # each exactly once
