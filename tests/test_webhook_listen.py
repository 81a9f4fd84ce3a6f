"""``sentdm listen`` end to end: the command runs as a subprocess on 127.0.0.1, receives events
signed in the test (hmac), prints them, and forwards them to a real server standing in for the
user's application."""

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
import requests

from tests.support.server import LocalServer, Received
from tests.test_webhook_receivers import event_body, signed
from tests.test_webhooks import OTHER_KEY, SECRET

ROOT = Path(__file__).resolve().parents[1]


def environment(**extra):
    env = {k: v for k, v in os.environ.items() if not k.startswith("SENTDM_")}
    env.update(extra)
    return env


def start_listen(*args, env=None):
    """The running command, and the URL it announced on stderr."""
    process = subprocess.Popen([sys.executable, "-m", "sentdm", "listen", *args], cwd=ROOT,
                               env=env or environment(), stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    announced = process.stderr.readline()
    assert "receiving at http://127.0.0.1:" in announced, announced + process.stderr.read()
    return process, announced.split("receiving at ")[1].split()[0].rstrip(";,")


def post(url, body, headers):
    response = requests.post(url, data=body, headers=headers, timeout=30)
    return response.status_code, response.text


def test_listen_prints_verified_events_and_forwards_them_with_their_original_headers():
    def app(received: Received):
        failing = received.json()["payload"]["message_id"] == "m-2"
        return (500, {}, b"app is down") if failing else (200, {}, b"thanks")

    with LocalServer(app) as user_app:
        process, url = start_listen("--secret", SECRET, "--forward-to", user_app.url + "/hook",
                                    "--count", "3")
        first, second = event_body("m-1"), event_body("m-2")
        first_headers = signed(first)
        assert post(url, first, first_headers) == (200, "thanks")
        assert post(url, first, signed(first, key=OTHER_KEY)) == (400, "signature mismatch")
        assert post(url, second, signed(second)) == (500, "app is down")
        assert post(url, first, signed(first)) == (200, "thanks")  # a redelivery: shown again
        out, err = process.communicate(timeout=60)
    assert process.returncode == 0, err
    printed = [json.loads(line) for line in out.splitlines()]
    assert [e["payload"]["message_id"] for e in printed] == ["m-1", "m-2", "m-1"]
    assert printed[0] == json.loads(first)
    assert "refused (signature mismatch)" in err and "forwarded to" in err and ": 500" in err
    assert len(user_app.received) == 3  # the refused delivery was not passed on
    forwarded = user_app.received[0]
    assert forwarded.target == "/hook" and forwarded.body == first
    assert {k.lower(): v for k, v in forwarded.headers.items()
            if k.lower().startswith("x-webhook")} == first_headers


def test_an_application_that_cannot_be_reached_is_a_502_for_the_sender():
    with LocalServer(listening=False) as closed:
        process, url = start_listen("--forward-to", closed.url, "--count", "1",
                                    env=environment(SENTDM_WEBHOOK_SECRET=SECRET))
        body = event_body()
        assert post(url, body, signed(body)) == (502, "forward failed")
        out, err = process.communicate(timeout=60)
    assert process.returncode == 0 and json.loads(out)["event"] == "message.delivered"
    assert "forwarding to" in err and "failed" in err


def test_without_forwarding_each_event_is_acknowledged_and_ctrl_c_stops_it():
    process, url = start_listen("--secret", SECRET)
    body = event_body()
    assert post(url, body, signed(body)) == (200, "ok")
    assert requests.get(url, timeout=30).status_code == 405
    process.send_signal(signal.SIGINT)
    out, _ = process.communicate(timeout=60)
    assert process.returncode == 130 and json.loads(out) == json.loads(body)


@pytest.mark.parametrize("args, env, says", [
    ([], {}, "no secret: pass --secret or set SENTDM_WEBHOOK_SECRET"),
    (["--secret", "sk_Zq8xV3"], {}, "starting with 'whsec_'"),
    ([], {"SENTDM_WEBHOOK_SECRET": "whsec_Zq8x!V3"}, "not valid base64"),
    (["--secret", SECRET, "--forward-to", "localhost:8000"], {}, "not an http(s) URL"),
    (["--secret", SECRET, "--count", "0"], {}, "count: must be 1 or more"),
    (["--secret", SECRET, "--tolerance", "-5"], {}, "tolerance: must be a number of seconds"),
])
def test_set_up_mistakes_exit_6_without_showing_the_secret(args, env, says):
    done = subprocess.run([sys.executable, "-m", "sentdm", "listen", *args], cwd=ROOT,
                          env=environment(**env), capture_output=True, text=True, timeout=60)
    assert done.returncode == 6 and says in done.stderr
    assert "Zq8x" not in done.stderr and done.stdout == ""
