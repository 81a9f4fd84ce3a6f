"""Campaigns on real Celery workers and a real Redis (tests/support/campaigns.py), against the
sandbox over HTTP on 127.0.0.1."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter

import pytest

from sentdm.campaigns.runner import DEFAULT_CHUNK_SIZE, idempotency_key, plan
from sentdm.cli import main
from sentdm.errors import ValidationError
from sentdm.sandbox import Sandbox
from sentdm.service import load_service, table_paths
from tests.support.campaigns import NUMBERS, CeleryWorker, RedisServer, wait_for, worker_env



@pytest.fixture
def redis_server():
    with RedisServer() as server:
        yield server


@pytest.fixture
def sandbox():
    with Sandbox() as sandbox:
        customer = sandbox.client.customers.create_customer(body="Acme")
        template = sandbox.client.templates.create_template(customer_id=customer.id, name="Hi")
        sandbox.customer_id, sandbox.template_id = customer.id, template.id
        yield sandbox


def cli_json(capsys, *argv):
    capsys.readouterr()
    code = main(list(argv))
    out = capsys.readouterr().out
    return code, [json.loads(line) for line in out.splitlines()] if argv[1] == "results" \
        else json.loads(out)


def test_a_killed_worker_never_makes_a_recipient_get_two_messages_where_keys_are_not_honoured(
        redis_server, sandbox, tmp_path, capsys, monkeypatch):
    """v1.1 does not deduplicate by key: what its dead worker was sending is ``unknown``, never
    resent; everything else is sent exactly once; the CLI and the sandbox agree."""
    env = worker_env(redis_server, sandbox)
    monkeypatch.setenv("SENTDM_BROKER_URL", redis_server.url)
    recipients = tmp_path / "numbers.csv"
    recipients.write_text("phone_number\n" + "\n".join(NUMBERS + NUMBERS[:3]) + "\n")
    with CeleryWorker("doomed", env, tmp_path / "doomed.log") as doomed, \
            CeleryWorker("survivor", env, tmp_path / "survivor.log") as survivor:
        code, started = cli_json(capsys, "campaign", "start", "--csv", str(recipients),
                                 "--customer-id", sandbox.customer_id,
                                 "--template-id", sandbox.template_id, "--chunk-size", "25")
        assert code == 0 and started["total"] == 2003 and started["duplicate"] == 3
        campaign_id = started["campaign_id"]
        wait_for(lambda: sandbox.stats()["messages"] >= 500)
        doomed.kill()
        killed_at = sandbox.stats()["messages"]
        code, status = cli_json(capsys, "campaign", "status", campaign_id, "--wait",
                                "--timeout", "120")
        assert status["done"], f"campaign status --wait timed out (exit code {code}): {status}"
        assert code == (0 if status["unknown"] == 0 else 7)
        assert survivor.process.poll() is None
    assert killed_at < len(NUMBERS), "the worker was killed after the campaign ended"
    assert "send_chunk" in doomed.log()
    _, results = cli_json(capsys, "campaign", "results", campaign_id)
    received = Counter(message.phone_number for message in sandbox.messages)
    assert max(received.values()) == 1, "a recipient got two messages"
    by_status = {}
    for result in results:
        by_status.setdefault(result["status"], set()).add(result["recipient"])
    unknown = by_status.get("unknown", set())
    assert by_status["sent"] <= set(received)  # "sent" means it arrived
    assert set(received) <= by_status["sent"] | unknown  # what arrived is sent or unknown
    assert by_status["sent"] | unknown == set(NUMBERS)  # none missing
    assert by_status["duplicate"] == set(NUMBERS[:3])
    assert len(unknown) <= 4  # at most what the dead worker's 4 threads had in flight
    assert status == {"campaign_id": campaign_id, "total": 2003, "sent": len(by_status["sent"]),
                      "failed": 0, "unknown": len(unknown), "duplicate": 3, "rate_limited": 0,
                      "pending": 0, "done": True}
    assert all(result["idempotency_key"] is None for result in results)  # v1.1: never a key


def test_a_campaign_checks_every_recipient_before_anything_is_sent(redis_server, sandbox,
                                                                   tmp_path, capsys):
    """Invalid rows are settled ``failed`` with the table's reason at start; the others are
    queued. Nothing runs here (no worker): the queue holds the chunks."""
    recipients = tmp_path / "numbers.csv"
    recipients.write_text("phone_number\n+14155550100\nnot-a-number\n+14155550101\n")
    code, started = cli_json(capsys, "campaign", "start", "--broker", redis_server.url,
                             "--csv", str(recipients), "--customer-id", sandbox.customer_id,
                             "--template-id", sandbox.template_id)
    assert code == 0
    assert (started["total"], started["failed"], started["pending"]) == (3, 1, 2)
    _, results = cli_json(capsys, "campaign", "results", started["campaign_id"],
                          "--broker", redis_server.url)
    assert [(r["index"], r["status"]) for r in results] == [(1, "failed")]
    assert "phone_number" in results[0]["error"]
    assert redis_server.client.llen("sentdm-campaigns") == 1  # one chunk queued
    assert sandbox.messages == []


def test_bad_campaign_arguments_are_named_and_nothing_is_stored(redis_server, sandbox, tmp_path,
                                                               capsys):
    recipients = tmp_path / "numbers.csv"
    recipients.write_text("phone_number\n+14155550100\n")
    argv = ["campaign", "start", "--broker", redis_server.url, "--csv", str(recipients),
            "--customer-id", sandbox.customer_id, "--template-id", sandbox.template_id]
    assert main(argv + ["--chunk-size", "0"]) == 3
    assert "chunk_size" in capsys.readouterr().err
    assert main(argv + ["--campaign-id", "no spaces"]) == 3
    assert "campaign_id" in capsys.readouterr().err
    assert main(argv + ["--campaign-id", "twice"]) == 0
    assert main(argv + ["--campaign-id", "twice"]) == 3
    assert "exists already" in capsys.readouterr().err
    assert main(["campaign", "status", "nope", "--broker", redis_server.url]) == 3
    assert "No campaign 'nope'" in capsys.readouterr().err
    assert main(argv[:3] + ["http://127.0.0.1:1"] + argv[4:]) == 6
    assert "must be Redis" in capsys.readouterr().err
    assert redis_server.client.llen("sentdm-campaigns") == 1  # only the campaign "twice"


def test_plan_merges_per_recipient_arguments_and_settles_what_cannot_be_sent():
    service = load_service()
    definition, chunks, settled = plan(
        service, ["+14155550100", {"phone_number": "+14155550101", "template_id": "t2"},
                  "+14155550100", "bad"],
        {"customer_id": "c", "template_id": "t1"}, campaign_id="c1", chunk_size=1,
        recipient="phone_number", check_formats=False)
    assert definition["operation"] == "messages.send_message_to_phone_number"
    assert definition["honours_keys"] is False
    assert [chunk for chunk in chunks] == [
        [(0, {"customer_id": "c", "template_id": "t1", "phone_number": "+14155550100"})],
        [(1, {"customer_id": "c", "template_id": "t2", "phone_number": "+14155550101"})],
        [(3, {"customer_id": "c", "template_id": "t1", "phone_number": "bad"})]]
    assert [(r.index, r.status, r.duplicate_of) for r in settled] == [(2, "duplicate", 0)]
    assert DEFAULT_CHUNK_SIZE == 50


@pytest.mark.parametrize("recipients, problem", [
    ([], "empty"),
    ([{"phone_number": "+14155550100", "contact_id": "x"}], "exactly one of"),
    ([42], "not int"),
    ([{"phone_number": "+14155550100"}, {"contact_id": "x"}], "same kind of address"),
])
def test_plan_refuses_recipients_it_cannot_address(recipients, problem):
    with pytest.raises(ValidationError) as caught:
        plan(load_service(), recipients, {"customer_id": "c", "template_id": "t"},
             recipient="phone_number")
    assert "recipients" in caught.value.errors
    assert problem in str(caught.value)


@pytest.mark.parametrize("recipient, problem", [
    (None, "Say which parameter the addresses are for: recipient= one of contact_id, "
           "phone_number."),
    ("email", "No send operation takes 'email'; the table's are contact_id, phone_number."),
])
def test_bare_addresses_need_the_parameter_they_are_for(recipient, problem):
    with pytest.raises(ValidationError) as caught:
        plan(load_service(), ["+14155550100"], {}, recipient=recipient)
    assert caught.value.errors == {"recipient": [problem]}


def test_idempotency_keys_are_per_campaign_and_recipient_and_fit_every_key_pattern():
    key = idempotency_key("spring", "+14155550100")
    assert key == idempotency_key("spring", "+14155550100")
    assert key != idempotency_key("spring", "+14155550101")
    assert key != idempotency_key("autumn", "+14155550100")
    assert len(key) == 32 and key.isalnum()


def test_import_sentdm_and_its_command_line_leave_celery_and_redis_unloaded():
    code = ("import sys, sentdm, sentdm.cli, sentdm.campaigns; sentdm.cli.build_parser(); "
            "print(sorted(m for m in ('celery', 'redis', 'kombu') if m in sys.modules))")
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True).stdout
    assert output.strip() == "[]"


def test_by_default_a_lost_workers_tasks_are_redelivered_within_a_minute():
    code = ("import json, sentdm.campaigns.tasks as t; c = t.app.conf; "
            "print(json.dumps([c.task_acks_late, c.worker_prefetch_multiplier, "
            "c.broker_transport_options, t.RESTORE_INTERVAL, "
            "t.RestoreLostTasks in t.app.steps['consumer']]))")
    env = {name: value for name, value in os.environ.items()
           if name != "SENTDM_VISIBILITY_TIMEOUT"}
    acks_late, prefetch, options, restore_interval, restores = json.loads(subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env,
        check=True).stdout)
    assert acks_late is True and prefetch == 1
    assert restores  # the worker looks for lost tasks itself, whatever kombu's own sweep does
    assert options["visibility_timeout"] + restore_interval <= 60


def test_the_visibility_timeout_setting_is_checked():
    run = subprocess.run([sys.executable, "-c", "import sentdm.campaigns.tasks"], capture_output=True,
                         text=True, env={**os.environ, "SENTDM_VISIBILITY_TIMEOUT": "soon"})
    assert run.returncode != 0
    assert "SENTDM_VISIBILITY_TIMEOUT must be a number of seconds" in run.stderr


def test_a_campaign_makes_its_own_idempotency_keys():
    with pytest.raises(ValidationError) as caught:
        plan(load_service(), [{"phone_number": "+14155550100", "idempotency_key": "k"}],
             {"customer_id": "c", "template_id": "t"})
    assert "campaign_id instead" in caught.value.errors["idempotency_key"][0]


def test_plan_for_an_operation_that_takes_a_list_of_recipients_and_honours_keys():
    """v3's messages.send: each recipient alone in ``to`` (its key is its own), its template
    parameters merged into the shared template."""
    definition, chunks, settled = plan(
        load_service(table_paths(api="v3")),
        [{"to": "+14155550100", "template": {"parameters": {"name": "Ann"}}}, "+14155550101"],
        {"template": {"id": "t1"}}, campaign_id="c1", recipient="to")
    assert (definition["operation"], definition["honours_keys"]) == ("messages.send", True)
    assert chunks == [[
        (0, {"template": {"id": "t1", "parameters": {"name": "Ann"}}, "to": ["+14155550100"]}),
        (1, {"template": {"id": "t1"}, "to": ["+14155550101"]})]]
    assert settled == []
