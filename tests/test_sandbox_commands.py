"""The README's main job (``sentdm tour``) and ``sentdm sandbox``, run as commands."""

import contextlib
import os
import re
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest
import requests

import sentdm

ROOT = Path(__file__).resolve().parents[1]
UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"


def _sentdm(*args, **options):
    """``sentdm ARGS`` as the console script runs it, with this checkout's package."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("SENTDM_BASE_URL", None)
    return subprocess.Popen([sys.executable, "-m", "sentdm", *args], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **options)


def test_the_tour_runs_each_step_against_an_in_process_sandbox_and_prints_the_results():
    tour = _sentdm("tour")
    out, err = tour.communicate(timeout=60)
    assert tour.returncode == 0, err
    assert re.search(r"sandbox is running in this process at http://127\.0\.0\.1:\d+ "
                     r"\(no account, no network\)", out)
    steps = re.findall(r"^(\d)\. .*\n   client\.(\w+\.\w+)\(", out, re.M)
    assert steps == [("1", "customers.create_customer"), ("2", "templates.create_template"),
                     ("3", "messages.send_message_to_phone_number"),
                     ("4", "contact.get_contact_by_phone"), ("5", "contact.get_contact_by_id"),
                     ("6", "customers.get_all_customers")]
    sections = re.split(r"^\d\. ", out, flags=re.M)[1:]

    def field(section, name):
        return re.search(rf"^ +{name} +(.+)$", section, re.M).group(1)

    customer_id = field(sections[0], "id")
    assert re.fullmatch(UUID, customer_id) and field(sections[0], "name") == "Acme Corp"
    assert field(sections[0], "sms_bearer_token") == "***"  # secrets stay masked
    assert field(sections[1], "customer_id") == customer_id
    contact_id, message_id = field(sections[2], "contact_id"), field(sections[2], "message_id")
    assert field(sections[2], "status") == "queued"
    for lookup in sections[3:5]:
        assert (field(lookup, "id"), field(lookup, "phone_number")) == (contact_id, "+14155552671")
    assert f"id='{contact_id}'" in sections[4]
    assert "-> a list of 1" in sections[5] and field(sections[5], "id") == customer_id
    assert f"recorded 1 message(s): {message_id} (sms, queued)" in out


def test_sandbox_command_serves_prints_a_working_key_and_keeps_a_sqlite_file(tmp_path):
    database = str(tmp_path / "state.db")

    @contextlib.contextmanager
    def served():
        server = _sentdm("sandbox", "--db", database, "--quiet")
        try:
            banner = [server.stdout.readline() for _ in range(5)]
            url = re.search(r"serving at (http://127\.0\.0\.1:\d+)", banner[0]).group(1)
            key = re.fullmatch(r"API key: (\S+)\n", banner[1]).group(1)
            assert banner[2] == f"State: SQLite file {database}\n"
            with sentdm.Client(api_key=key, base_url=url) as client:
                yield client
            server.send_signal(signal.SIGINT)  # Ctrl-C: a clean stop
            assert server.wait(timeout=30) == 0
        finally:
            if server.poll() is None:
                server.kill()
            server.communicate()

    with served() as client:
        customer = client.customers.create_customer(body="Acme Corp")
    with served() as client:  # a new process on the same file
        assert client.customers.get_all_customers(page=1, page_size=5) == [customer]


def test_sandbox_command_says_clearly_when_it_cannot_listen_or_open_its_file(tmp_path):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        busy = _sentdm("sandbox", "--port", str(port))
        out, err = busy.communicate(timeout=30)
    assert busy.returncode == 1
    assert err.startswith(f"sentdm sandbox: cannot use 127.0.0.1:{port}: ")
    assert "Traceback" not in err
    nowhere = str(tmp_path / "missing" / "state.db")
    unopenable = _sentdm("sandbox", "--db", nowhere)
    out, err = unopenable.communicate(timeout=30)
    assert (unopenable.returncode, err) == (
        1, f"sentdm sandbox: cannot use {nowhere}: unable to open database file\n")


def test_a_reader_that_leaves_early_gets_no_traceback():
    """``sentdm tour | head -3``: the closed pipe ends the command quietly."""
    process = subprocess.Popen([sys.executable, "-m", "sentdm", "tour"], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE)
    process.stdout.readline()
    process.stdout.close()
    _, errors = process.communicate(timeout=60)
    assert b"Traceback" not in errors and b"BrokenPipeError" not in errors


def test_the_v3_tour_sends_twice_with_one_key_and_prints_each_verified_event():
    tour = _sentdm("tour", "--api", "v3")
    out, err = tour.communicate(timeout=120)
    assert tour.returncode == 0, err
    assert re.search(r"sandbox \(API v3\) is running in this process at http://127\.0\.0\.1:\d+, "
                     r"and a webhook receiver at http://127\.0\.0\.1:\d+", out)
    calls = re.findall(r"^\d\. .*\n   client\.([\w.]+)\(", out, re.M)
    assert calls == ["templates.create", "webhooks.create", "messages.send_with_http_info",
                     "messages.send_with_http_info", "webhooks.list_events"]
    assert re.search(r"signing_secret +\*\*\*$", out, re.M)  # the secret stays masked
    answers = re.findall(r"-> HTTP (\d+), replayed: (\w+)", out)
    assert answers == [("202", "False"), ("202", "True")]
    ids = re.findall(r"message_id=(" + UUID + ")", out)
    assert len(ids) == 2 and ids[0] == ids[1]  # the replay names the same message
    verified = re.findall(r"^   verified  (message\.\w+) +(\w+) ", out, re.M)
    assert verified == [("message.queued", "QUEUED"), ("message.routed", "ROUTED"),
                        ("message.sent", "SENT"), ("message.delivered", "DELIVERED"),
                        ("message.read", "READ")]
    assert re.findall(r"^   (message\.\w+) +attempt 1: delivered \(HTTP 200\)$", out, re.M) \
        == [kind for kind, _ in verified]
    assert "The message ended READ; the sandbox recorded 1 message(s)" in out


def test_the_v3_sandbox_command_serves_with_a_rate_limit_and_counts_its_429s():
    server = _sentdm("sandbox", "--api", "v3", "--rate-limit", "2/hour", "--delay-ms", "1",
                     "--quiet")
    try:
        banner = [server.stdout.readline() for _ in range(6)]
        assert banner[0].startswith("Sent.dm sandbox (v3) serving at http://127.0.0.1:")
        url = re.search(r"serving at (http://127\.0\.0\.1:\d+)", banner[0]).group(1)
        key = re.fullmatch(r"API key: (\S+)\n", banner[1]).group(1)
        assert banner[3] == "Options: rate limit 2/hour, 1 ms added to each answer\n"
        assert "SENTDM_API_VERSION=v3" in banner[4]
        with sentdm.Client(api="v3", api_key=key, base_url=url, max_retries=0) as client:
            first = client.me.retrieve_with_http_info()
            assert (first.rate_limit.limit, first.rate_limit.remaining) == (2, 1)
            client.me.retrieve()
            with pytest.raises(sentdm.RateLimitError) as refused:
                client.me.retrieve()
            assert refused.value.code == "BUSINESS_002"
        stats = requests.get(url + "/_sandbox/stats").json()
        assert (stats["requests"], stats["rate_limited"]) == (3, 1)
        server.send_signal(signal.SIGINT)
        assert server.wait(timeout=30) == 0
    finally:
        if server.poll() is None:
            server.kill()
        server.communicate()


def test_sandbox_command_refuses_a_rate_it_cannot_read():
    bad = _sentdm("sandbox", "--api", "v3", "--rate-limit", "lots")
    _, err = bad.communicate(timeout=30)
    assert bad.returncode == 2
    assert "--rate-limit: 'lots' is not a rate such as 60/min, 10/s or 1000/hour" in err
