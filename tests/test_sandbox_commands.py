"""The README's main job (``sentdm tour``) and ``sentdm sandbox``, run as commands."""

import contextlib
import os
import re
import signal
import socket
import subprocess
import sys
from pathlib import Path

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
