"""The ``sentdm`` command line, run as a subprocess against a real server on 127.0.0.1 (and, for
the details of flags and help, in-process through ``sentdm.cli.main``)."""

import csv
import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

import sentdm as sentdm_package
from sentdm import cli
from sentdm.commands import convert
from sentdm.spec import FieldSpec
from tests.support.data import CONTACT, CUSTOMER, CUSTOMER_ID, PHONE, SENT_TO_PHONE, TEMPLATE_ID
from tests.support.faults import HONOURED_KEYS
from tests.support.server import json_answer

ROOT = Path(__file__).resolve().parents[1]


def sentdm(*args, server=None, env=None, **options):
    """Run ``python -m sentdm args...`` with credentials and base URL in the environment."""
    environment = {k: v for k, v in os.environ.items() if not k.startswith("SENTDM_")}
    environment["SENTDM_API_KEY"] = "env-key"
    if server is not None:
        environment["SENTDM_BASE_URL"] = server.url
    environment.update(env or {})
    return subprocess.run([sys.executable, "-m", "sentdm", *args], cwd=ROOT, env=environment,
                          capture_output=True, text=True, timeout=60, **options)


def customer_pages(total):
    def respond(received):
        query = parse_qs(urlsplit(received.target).query)
        page, size = int(query["page"][0]), int(query["pageSize"][0])
        return json_answer(200, [{**CUSTOMER, "name": f"c{i}"}
                                 for i in range((page - 1) * size, min(page * size, total))])
    return respond


def test_describe_prints_the_operation_from_the_table():
    done = sentdm("describe", "customers.get_all_customers")
    assert done.returncode == 0, done.stderr
    described = json.loads(done.stdout)
    assert described["method"] == "GET" and described["uri"] == "/customers{?page,pageSize}"
    assert described["command"] == "sentdm customers get_all_customers --page INT --page-size INT"
    assert [(p["python_name"], p["flag"], p["wire_name"], p["type"], p["required"])
            for p in described["parameters"]] == [
        ("page", "--page", "page", "integer", True),
        ("page_size", "--page-size", "pageSize", "integer", True)]
    assert described["parameters"][1]["constraints"]["maximum"] == 100
    assert (described["response"]["schema"], described["response"]["many"]) == ("Customer", True)
    assert described["pagination"]["iterator"] == "iter_all_customers"
    # the same description the inspection module gives, plus how to call it from the shell
    inspected = json.loads(json.dumps(
        sentdm_package.meta.describe("customers.get_all_customers").to_dict()))
    assert {k: v for k, v in described.items() if k not in ("command", "parameters",
                                                               "pagination")} == {
        k: v for k, v in inspected.items() if k not in ("parameters", "pagination")}


def test_a_call_sends_the_flags_as_the_table_says_and_prints_json(server):
    server.respond = lambda r: json_answer(200, CONTACT)
    done = sentdm("contact", "get-contact-by-phone", "--customer-id", CUSTOMER_ID,
                  "--phone-number", PHONE, server=server)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == CONTACT
    [received] = server.received
    assert received.target == f"/contact/{CUSTOMER_ID}/phone/%2B14155552671"
    assert received.headers["x-api-key"] == "env-key"


def test_all_streams_every_item_of_every_page_as_json_lines(server):
    server.respond = customer_pages(7)
    done = sentdm("customers", "get_all_customers", "--all", "--page-size", "3",
                  server=server)
    assert done.returncode == 0, done.stderr
    assert [json.loads(line)["name"] for line in done.stdout.splitlines()] == [
        f"c{i}" for i in range(7)]
    assert [r.target for r in server.received] == [
        f"/customers?page={n}&pageSize=3" for n in (1, 2, 3)]


def _closed_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.mark.parametrize("case,args,env,code,message", [
    ("unknown flag", ["customers", "get_customer_by_id", "--idd", CUSTOMER_ID], {}, 2,
     "unrecognized arguments: --idd"),
    ("invalid value", ["customers", "get_all_customers", "--page", "0", "--page-size", "10"], {},
     3, "--page: Must be greater than or equal to 1."),
    ("wrong type", ["customers", "get_all_customers", "--page", "one", "--page-size", "10"], {},
     3, "--page: Not a valid integer: 'one'."),
    ("API error", ["customers", "get_customer_by_id", "--id", CUSTOMER_ID], {}, 4,
     "HTTP 404 from customers.get_customer_by_id: Customer not found"),
    ("connection refused", ["customers", "get_customer_by_id", "--id", CUSTOMER_ID],
     {"SENTDM_BASE_URL": "closed"}, 5, "Connection refused"),
    ("no credentials", ["customers", "get_customer_by_id", "--id", CUSTOMER_ID],
     {"SENTDM_API_KEY": ""}, 6, "no credentials"),
])
def test_each_kind_of_failure_has_its_exit_code(server, case, args, env, code, message):
    server.respond = lambda r: json_answer(404, {"error": "Customer not found"})
    if env.get("SENTDM_BASE_URL") == "closed":
        env = {"SENTDM_BASE_URL": f"http://127.0.0.1:{_closed_port()}"}
    done = sentdm(*args, server=server, env=env)
    assert (done.returncode, done.stdout) == (code, "")
    assert message in done.stderr
    if code in (2, 3, 6):
        assert server.received == []


def write_csv(path, header, rows):
    with open(path, "w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)


def read_csv(path):
    with open(path, newline="") as handle:
        return list(csv.DictReader(handle))


def test_bulk_from_csv_with_good_and_bad_numbers(server, tmp_path):
    server.respond = lambda r: (
        json_answer(400, {"error": "Invalid phone number"})
        if r.json()["phoneNumber"] == "+14155550003" else json_answer(200, SENT_TO_PHONE))
    numbers = ["+14155550001", "not-a-number", "+14155550003", "+14155550004", "+14155550001",
               "", "+14155550007"]
    source = tmp_path / "numbers.csv"
    write_csv(source, ["name", "phone_number"], [[f"n{i}", n] for i, n in enumerate(numbers)])
    done = sentdm("bulk", "--csv", str(source), "--customer-id", CUSTOMER_ID,
                  "--template-id", TEMPLATE_ID, "--progress", "--concurrency", "3",
                  server=server)

    assert done.returncode == 7, done.stderr
    summary = json.loads(done.stdout)
    assert {k: summary[k] for k in ("total", "sent", "failed", "duplicate", "not_sent")} == {
        "total": 7, "sent": 3, "failed": 3, "duplicate": 1, "not_sent": 0}
    assert summary["results_file"] == str(tmp_path / "numbers.results.csv")
    assert "7/7" in done.stderr and "[" + "#" * 30 + "]" in done.stderr

    rows = read_csv(tmp_path / "numbers.results.csv")
    assert [(r["name"], r["phone_number"], r["result"]) for r in rows] == [
        ("n0", "+14155550001", "sent"), ("n1", "not-a-number", "failed"),
        ("n2", "+14155550003", "failed"), ("n3", "+14155550004", "sent"),
        ("n4", "+14155550001", "duplicate"), ("n5", "", "failed"), ("n6", "+14155550007", "sent")]
    assert "Not a valid E.164" in rows[1]["detail"] and rows[1]["http_status"] == ""
    assert rows[2]["http_status"] == "400" and "Invalid phone number" in rows[2]["detail"]
    assert rows[4]["detail"] == "same request as row 1: sent once"
    assert "Missing required parameter" in rows[5]["detail"]
    assert rows[0]["message_id"] == SENT_TO_PHONE["messageId"]
    assert rows[0]["idempotency_key"] == ""   # v1.1 does not honour keys: none is generated
    sent_numbers = sorted(r.json()["phoneNumber"] for r in server.received)
    assert sent_numbers == ["+14155550001", "+14155550003", "+14155550004", "+14155550007"]
    assert {r.json()["templateId"] for r in server.received} == {TEMPLATE_ID}


def test_bulk_columns_set_their_row_and_contact_ids_pick_the_contact_operation(server,
                                                                            tmp_path):
    server.respond = lambda r: json_answer(200, {"messageId": "m", "status": "queued"})
    other_template = "11111111-2222-3333-4444-555555555555"
    source = tmp_path / "contacts.csv"
    write_csv(source, ["contact_id", "template_id"],
              [["7c11e821-c839-4c3d-8a89-1f78b71a0c38", ""],
               ["8c11e821-c839-4c3d-8a89-1f78b71a0c38", other_template]])
    results = tmp_path / "out.csv"
    done = sentdm("bulk", "--csv", str(source), "--results", str(results),
                  "--customer-id", CUSTOMER_ID, "--template-id", TEMPLATE_ID, server=server)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""  # no progress bar when stderr is not a terminal
    bodies = sorted((r.json() for r in server.received), key=lambda b: b["contactId"])
    assert {r.target for r in server.received} == {"/messages"}
    assert [b["templateId"] for b in bodies] == [TEMPLATE_ID, other_template]
    assert [r["result"] for r in read_csv(results)] == ["sent", "sent"]


def test_bulk_refuses_an_idempotency_key_the_api_does_not_honour(server, tmp_path):
    source = tmp_path / "numbers.csv"
    write_csv(source, ["phone_number"], [["+14155550001"], ["+14155550002"]])
    done = sentdm("bulk", "--csv", str(source), "--customer-id", CUSTOMER_ID,
                  "--template-id", TEMPLATE_ID, "--idempotency-key", "run-7", server=server)
    assert done.returncode == 3, done.stderr
    assert "--idempotency-key" in done.stderr and "does not deduplicate" in done.stderr
    assert server.received == []


def test_bulk_idempotency_key_names_each_rows_key_where_the_api_honours_keys(server, tmp_path):
    server.respond = lambda r: json_answer(200, SENT_TO_PHONE)
    source = tmp_path / "numbers.csv"
    write_csv(source, ["phone_number", "idempotency_key"],
              [["+14155550001", ""], ["+14155550002", "own-key"], ["+14155550003", ""]])
    done = sentdm("bulk", "--csv", str(source), "--customer-id", CUSTOMER_ID,
                  "--template-id", TEMPLATE_ID, "--idempotency-key", "run-7", server=server,
                  env={"SENTDM_ENDPOINTS": str(HONOURED_KEYS)})
    assert done.returncode == 0, done.stderr
    keys = {r.json()["phoneNumber"]: r.headers["Idempotency-Key"] for r in server.received}
    assert keys == {"+14155550001": "run-7-1", "+14155550002": "own-key",
                    "+14155550003": "run-7-3"}
    rows = read_csv(tmp_path / "numbers.results.csv")
    assert [r["idempotency_key"] for r in rows] == ["run-7-1", "own-key", "run-7-3"]


def test_bulk_without_a_recipient_column_is_invalid(server, tmp_path):
    source = tmp_path / "bad.csv"
    write_csv(source, ["phone"], [["+14155550001"]])
    done = sentdm("bulk", "--csv", str(source), "--customer-id", CUSTOMER_ID,
                  "--template-id", TEMPLATE_ID, server=server)
    assert done.returncode == 3
    assert "needs a header row with a contact_id or phone_number column" in done.stderr
    assert server.received == []


def test_an_interrupted_bulk_run_writes_what_was_sent_and_exits_130(server, tmp_path):
    def slow(received):
        time.sleep(0.2)
        return json_answer(200, SENT_TO_PHONE)

    server.respond = slow
    source = tmp_path / "many.csv"
    write_csv(source, ["phone_number"], [[f"+1415555{i:04d}"] for i in range(20)])
    environment = {k: v for k, v in os.environ.items() if not k.startswith("SENTDM_")}
    environment.update(SENTDM_API_KEY="k", SENTDM_BASE_URL=server.url)
    process = subprocess.Popen(
        [sys.executable, "-m", "sentdm", "bulk", "--csv", str(source), "--concurrency", "1",
         "--customer-id", CUSTOMER_ID, "--template-id", TEMPLATE_ID],
        cwd=ROOT, env=environment, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 30
    while len(server.received) < 2 and time.monotonic() < deadline:
        time.sleep(0.01)
    process.send_signal(signal.SIGINT)
    stdout, stderr = process.communicate(timeout=30)
    assert process.returncode == 130, stderr
    rows = read_csv(tmp_path / "many.results.csv")
    sent = [r["phone_number"] for r in rows if r["result"] == "sent"]
    assert sorted(sent) == sorted(r.json()["phoneNumber"] for r in server.received)
    assert [r["result"] for r in rows].count("not_sent") == 20 - len(sent) > 0
    assert json.loads(stdout)["sent"] == len(sent)


def test_the_command_line_works_against_prism(prism_url, tmp_path):
    at_prism = {"SENTDM_BASE_URL": prism_url}
    done = sentdm("contact", "get_contact_by_phone", "--customer-id", CUSTOMER_ID,
                  "--phone-number", PHONE, env=at_prism)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["phoneNumber"] == CONTACT["phoneNumber"]  # Prism's example
    every = sentdm("customers", "get_all_customers", "--all", env=at_prism)
    assert every.returncode == 0, every.stderr
    assert len(every.stdout.splitlines()) == 2  # the example page is short: one request
    source = tmp_path / "numbers.csv"
    write_csv(source, ["phone_number"], [["+14155550001"], ["bad"], ["+14155550002"]])
    bulk = sentdm("bulk", "--csv", str(source), "--customer-id", CUSTOMER_ID,
                  "--template-id", TEMPLATE_ID, env=at_prism)
    assert bulk.returncode == 7, bulk.stderr
    assert [r["result"] for r in read_csv(tmp_path / "numbers.results.csv")] == [
        "sent", "failed", "sent"]


def test_the_command_line_works_against_the_sandbox(sentdm_sandbox, tmp_path):
    client = sentdm_sandbox.client
    customers = [client.customers.create_customer(body=f"c{i}") for i in range(5)]
    template = client.templates.create_template(customer_id=customers[0].id, name="Welcome")
    at_sandbox = {"SENTDM_BASE_URL": sentdm_sandbox.url, "SENTDM_API_KEY": sentdm_sandbox.api_key}
    every = sentdm("customers", "get_all_customers", "--all", "--page-size", "2", env=at_sandbox)
    assert every.returncode == 0, every.stderr
    assert sorted(json.loads(line)["name"] for line in every.stdout.splitlines()) == [
        f"c{i}" for i in range(5)]
    source = tmp_path / "numbers.csv"
    write_csv(source, ["phone_number"], [["+14155550001"], ["bad"], ["+14155550002"]])
    bulk = sentdm("bulk", "--csv", str(source), "--customer-id", customers[0].id,
                  "--template-id", template.id, env=at_sandbox)
    assert bulk.returncode == 7, bulk.stderr
    assert [r["result"] for r in read_csv(tmp_path / "numbers.results.csv")] == [
        "sent", "failed", "sent"]
    assert sorted((m.phone_number, m.template_id) for m in sentdm_sandbox.messages) == [
        ("+14155550001", template.id), ("+14155550002", template.id)]


# In-process: help text and flag handling


def run_main(capsys, *args):
    try:
        code = cli.main(list(args))
    except SystemExit as exit:
        code = exit.code
    out, err = capsys.readouterr()
    return code, out, err


def test_flags_win_over_the_environment_and_values_get_their_types(server, capsys,
                                                                    monkeypatch):
    monkeypatch.setenv("SENTDM_API_KEY", "env-key")
    monkeypatch.setenv("SENTDM_BASE_URL", server.url)
    code, out, err = run_main(capsys, "sms", "get_contact_info", "--phone-number", PHONE,
                              "--retrieve-if-does-not-exists", "TRUE", "--api-key", "flag-key",
                              "--access-token", "flag-token")
    assert (code, json.loads(out)) == (0, {}), err
    [received] = server.received
    assert received.target == "/sms?phoneNumber=%2B14155552671&retrieveIfDoesNotExists=true"
    assert received.headers["x-api-key"] == "flag-key"
    assert received.headers["Authorization"] == "Bearer flag-token"


def test_operations_of_extra_tables_in_sentdm_endpoints_get_commands(server, capsys,
                                                                     monkeypatch, tmp_path):
    extra = tmp_path / "extra.toml"
    extra.write_text('[endpoint.templates.delete_template]\nmethod = "DELETE"\n'
                     'uri = "/templates/{id}"\nsummary = "Delete a template"\n\n'
                     '[[endpoint.templates.delete_template.params]]\nname = "id"\nin = "path"\n'
                     'type = "string"\nformat = "uuid"\nrequired = true\n')
    monkeypatch.setenv("SENTDM_ENDPOINTS", str(extra))
    monkeypatch.setenv("SENTDM_API_KEY", "k")
    monkeypatch.setenv("SENTDM_BASE_URL", server.url)
    server.respond = lambda r: (204, {}, b"")
    code, out, err = run_main(capsys, "templates", "delete-template", "--id", TEMPLATE_ID)
    assert (code, out) == (0, "null\n"), err
    assert [(r.method, r.target) for r in server.received] == [
        ("DELETE", f"/templates/{TEMPLATE_ID}")]

    monkeypatch.setenv("SENTDM_ENDPOINTS", str(tmp_path / "missing.toml"))  # reported on use
    code, out, err = run_main(capsys, "customers", "get_customer_by_id", "--id", CUSTOMER_ID)
    assert (code, out) == (6, "") and "cannot read the table" in err


def test_help_comes_from_the_table(capsys):
    code, out, _ = run_main(capsys, "customers", "get_all_customers", "--help")
    out = " ".join(out.split())  # undo argparse's line wrapping
    assert code == 0
    assert "Returns a paginated list of all customers." in out
    assert "Number of items to return per page [required; query 'pageSize'" in out
    assert "--all" in out and "endpoint: GET /customers{?page,pageSize}" in out
    code, out, _ = run_main(capsys, "sms", "get_contact_info", "--help")
    out = " ".join(out.split())
    assert "--retrieve-if-does-not-exists [{true,false}]" in out and "--sent-id UUID" in out


def test_operations_lists_all_thirteen(capsys):
    code, out, _ = run_main(capsys, "operations")
    assert code == 0 and len(out.splitlines()) == 13
    assert out.splitlines()[0].split()[:2] == ["contact.get_contact_by_id", "GET"]
    code, out, _ = run_main(capsys, "operations", "--json")
    assert [op["key"] for op in json.loads(out)][4] == "customers.get_all_customers"
    assert json.loads(out)[4]["uri"] == "/customers{?page,pageSize}"


@pytest.mark.parametrize("args,code,message", [
    (["describe", "customers.get_all_customer"], 2, "did you mean 'customers.get_all_customers'"),
    (["customers", "get_customer_by_id", "--all"], 2, "unrecognized arguments: --all"),
    (["customers"], 2, "get_all_customers"),
    (["customers", "get_all_customers", "--all", "--page", "2"], 3,
     "--page: iter_all_customers() fetches every page itself"),
    (["sms", "get_contact_info", "--phone-number", PHONE, "--retrieve-if-does-not-exists", "yes"],
     3, "--retrieve-if-does-not-exists: Must be true or false, not 'yes'."),
    (["customers", "get_customer_by_id"], 3, "--id: Missing required parameter."),
])
def test_usage_and_validation_errors(capsys, monkeypatch, args, code, message):
    monkeypatch.setenv("SENTDM_API_KEY", "k")
    monkeypatch.setenv("SENTDM_BASE_URL", f"http://127.0.0.1:{_closed_port()}")
    got, out, err = run_main(capsys, *args)
    assert (got, out) == (code, "")
    assert message in err


def test_an_answer_that_is_not_what_the_operation_returns_is_an_api_error(server, capsys,
                                                                          monkeypatch):
    server.respond = lambda r: (200, {"Content-Type": "text/html"}, b"<html>oops</html>")
    monkeypatch.setenv("SENTDM_API_KEY", "k")
    monkeypatch.setenv("SENTDM_BASE_URL", server.url)
    code, out, err = run_main(capsys, "customers", "get_customer_by_id", "--id", CUSTOMER_ID)
    assert (code, out) == (4, "")
    assert "expected a JSON object but got a body that is not JSON" in err


@pytest.mark.parametrize("type_,items,text,value", [
    ("string", None, " as is ", " as is "),
    ("integer", None, "-12", -12),
    ("number", None, "2.5", 2.5),
    ("boolean", None, "False", False),
    ("object", None, '{"a": [1]}', {"a": [1]}),
    ("array", "integer", "7", 7),  # one item: the flag is repeated for each
    ("Customer", None, '{"name": "Acme"}', {"name": "Acme"}),
])
def test_values_convert_to_the_tables_types(type_, items, text, value):
    field = FieldSpec("x", "x", type_, "query", items=items)
    assert convert(field, text) == value


@pytest.mark.parametrize("type_,text", [
    ("integer", "1.5"), ("integer", "1_000"), ("number", "nan"), ("number", "ten"),
    ("boolean", "yes"), ("object", "{not json"),
])
def test_values_that_do_not_convert_say_why(type_, text):
    with pytest.raises(ValueError, match=repr(text).replace("{", r"\{")):
        convert(FieldSpec("x", "x", type_, "query"), text)


# --- issue 10, "also found" -------------------------------------------------------------------

def test_error_details_do_not_show_the_key(server):
    server.respond = lambda r: json_answer(400, {"error": "Bad request", "details": [
        "key env-key is not allowed here", {"x-api-key": "env-key", "field": "id"}]})
    done = sentdm("customers", "get_customer_by_id", "--id", CUSTOMER_ID, server=server)
    assert done.returncode == 4
    assert "env-key" not in done.stderr and "***" in done.stderr
    assert "is not allowed here" in done.stderr and "'field': 'id'" in done.stderr


def test_bulk_without_a_required_flag_stops_before_sending(server, tmp_path):
    source = tmp_path / "numbers.csv"
    write_csv(source, ["phone_number"], [["+14155550001"], ["+14155550002"]])
    done = sentdm("bulk", "--csv", str(source), "--template-id", TEMPLATE_ID, server=server)
    assert done.returncode == 3, done.stderr
    assert "--customer-id" in done.stderr and "customer_id column" in done.stderr
    assert server.received == [] and not (tmp_path / "numbers.results.csv").exists()


@pytest.mark.parametrize("args, unknown, suggestion", [
    (["customers", "get_all_customers", "--page", "1", "--page-sise", "5"], "--page-sise",
     "--page-size"),
    (["bulk", "--csv", "x.csv", "--custmer-id", "x"], "--custmer-id", "--customer-id"),
    (["sandbox", "--api-kye", "k"], "--api-kye", "--api-key"),
])
def test_an_unknown_flag_gets_a_did_you_mean(capsys, args, unknown, suggestion):
    with pytest.raises(SystemExit) as exited:
        cli.main(args)
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert f"unrecognized arguments: {unknown}" in err and f"did you mean {suggestion!r}" in err


@pytest.mark.parametrize("args", [
    ["sandbox", "--api-k", "v3"],                            # would be read as --api-key v3
    ["--ap", "v3", "operations"],
    ["customers", "get_all_customers", "--page", "1", "--page-si", "5"],
    ["bulk", "--csv", "x.csv", "--customer", CUSTOMER_ID],
    ["--vers"],
])
def test_abbreviated_flags_are_refused(args):
    done = sentdm(*args)   # a sandbox started by mistake would run until the timeout
    assert done.returncode == 2, done.stdout
    assert "error:" in done.stderr


def test_a_reader_that_leaves_early_is_success():
    """``sentdm operations | head -1``: the reader had what it wanted."""
    process = subprocess.Popen([sys.executable, "-m", "sentdm", "operations"], cwd=ROOT,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    process.stdout.close()                       # gone before the first line is written
    _, errors = process.communicate(timeout=60)
    assert process.returncode == 0, errors
    assert b"Traceback" not in errors
