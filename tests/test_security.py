"""Secrets stay out of repr, str, logs and exception messages; TLS is verified; credentials never
go over plain http to another host; path and query values are always encoded."""

import logging
import os
import pickle
import ssl
import subprocess
import sys
import textwrap

import pytest
import trustme

import sentdm
from sentdm.loader import load_api
from sentdm.logs import Redactor, SecretFields, secret_field_names
from tests.support.data import CUSTOMER, CUSTOMER_ID
from tests.support.faults import ACCESS_TOKEN, API_KEY, client_for, reset, sequence, status
from tests.support.server import LocalServer, json_answer

SMS_TOKEN_SENT = "sms-secret-42"
SMS_TOKEN_RECEIVED = CUSTOMER["smsBearerToken"]
SECRETS = (API_KEY, ACCESS_TOKEN, SMS_TOKEN_SENT, SMS_TOKEN_RECEIVED)


def assert_no_secret(text):
    for secret in SECRETS:
        assert secret not in text


def test_repr_and_str_mask_credentials(server):
    client = client_for(server)
    configuration = sentdm.Configuration(api_key=API_KEY, access_token=ACCESS_TOKEN)
    for thing in (client, client.with_options(timeout=1), pickle.loads(pickle.dumps(client)),
                  configuration, sentdm.Client(configuration, base_url=server.url)):
        assert_no_secret(repr(thing))
        assert_no_secret(str(thing))
        assert "***" in repr(thing)


def test_debug_logs_of_calls_carry_no_secret(server, caplog):
    caplog.set_level(logging.DEBUG)  # every logger: sentdm's, urllib3's, requests'
    client = client_for(server, max_retries=1)
    server.respond = sequence(status(503), json_answer(200, CUSTOMER))
    client.customers.update_customer(id=CUSTOMER_ID, sms_bearer_token=SMS_TOKEN_SENT)
    server.respond = sequence(json_answer(401, {"error": f"key {API_KEY} is not valid"}))
    with pytest.raises(sentdm.AuthenticationError) as caught:
        client.customers.get_customer_by_id(id=CUSTOMER_ID)
    assert_no_secret(str(caught.value))
    server.respond = sequence(reset)
    with pytest.raises(sentdm.APIConnectionError) as caught:
        client.customers.get_customer_by_id(id=CUSTOMER_ID)
    assert_no_secret(str(caught.value))

    messages = [record.getMessage() for record in caplog.records]
    for message in messages:
        assert_no_secret(message)
    put = next(m for m in messages if m.startswith("request PUT"))
    assert "'x-api-key': '***'" in put and "'Authorization': '***'" in put
    assert '"smsBearerToken": "***"' in put
    assert any(m.startswith("retrying PUT") for m in messages)
    assert any(m.startswith("response 200 PUT") and '"smsBearerToken": "***"' in m
               for m in messages)


def test_exception_messages_mask_secrets_the_server_echoes(server):
    client = client_for(server, max_retries=0)
    for answer in (json_answer(401, {"error": f"Bearer {ACCESS_TOKEN} expired"}),
                   json_answer(400, {"smsBearerToken": SMS_TOKEN_SENT, "problem": "bad"}),
                   status(500, f"<pre>x-api-key: {API_KEY}</pre>".encode())):
        server.respond = sequence(answer)
        with pytest.raises(sentdm.APIStatusError) as caught:
            client.customers.update_customer(id=CUSTOMER_ID, sms_bearer_token=SMS_TOKEN_SENT)
        assert_no_secret(str(caught.value))
        assert "***" in str(caught.value)


def test_validation_and_configuration_errors_do_not_echo_secret_values():
    client = sentdm.Client(api_key=API_KEY)
    with pytest.raises(sentdm.ValidationError) as caught:
        client.customers.update_customer(id=CUSTOMER_ID, sms_bearer_token=[SMS_TOKEN_SENT])
    assert_no_secret(str(caught.value))
    with pytest.raises(sentdm.ConfigurationError) as caught:
        sentdm.Client(api_key=API_KEY + "\n")
    assert_no_secret(str(caught.value))


def test_secret_fields_come_from_the_table(tmp_path):
    extra = tmp_path / "extra.toml"
    extra.write_text('[schemas.Webhook.fields]\nsigningKey = { type = "string", secret = true }\n')
    api = load_api([sentdm.service.api.sources[0], extra])
    assert secret_field_names(api) == {"smsBearerToken", "signingKey"}
    # worked out from the table when first needed, and pickled as the names
    for redactor in (Redactor(secret_field_names(api)), Redactor(SecretFields(api)),
                     pickle.loads(pickle.dumps(Redactor(SecretFields(api))))):
        assert redactor.body(b'[{"signingKey": "s", "n": {"smsBearerToken": "t"}}]') == \
            '[{"signingKey": "***", "n": {"smsBearerToken": "***"}}]'


LOGGING_SCRIPT = textwrap.dedent(f"""
    import sys, sentdm
    client = sentdm.Client(api_key={API_KEY!r}, access_token={ACCESS_TOKEN!r},
                           base_url=sys.argv[1])
    client.customers.update_customer(id={CUSTOMER_ID!r}, sms_bearer_token={SMS_TOKEN_SENT!r})
""")


@pytest.mark.parametrize("level", ["debug", ""])
def test_sentdm_log_environment_variable_turns_on_redacted_debug_logs(server, level):
    server.respond = sequence(json_answer(200, CUSTOMER))
    env = {**os.environ, "SENTDM_LOG": level}
    done = subprocess.run([sys.executable, "-c", LOGGING_SCRIPT, server.url], env=env,
                          capture_output=True, text=True, timeout=60, cwd=os.getcwd())
    assert done.returncode == 0, done.stderr
    assert_no_secret(done.stderr)
    if level:
        assert "sentdm DEBUG request PUT" in done.stderr
        assert "sentdm DEBUG response 200 PUT" in done.stderr
    else:
        assert done.stderr == ""


# --- TLS and plain http ----------------------------------------------------------------------

@pytest.fixture
def tls_server():
    """An HTTPS server on 127.0.0.1 with a certificate from a throwaway CA, and that CA."""
    ca = trustme.CA()
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ca.issue_cert("127.0.0.1").configure_cert(context)
    with LocalServer(sequence(json_answer(200, CUSTOMER)), listening=False) as server:
        server._server.socket = context.wrap_socket(server._server.socket, server_side=True)
        server.listen()
        server.url = "https" + server.url[len("http"):]
        yield server, ca


def test_tls_certificates_are_verified_by_default(tls_server):
    server, _ = tls_server
    with pytest.raises(sentdm.APIConnectionError) as caught:
        client_for(server).customers.get_customer_by_id(id=CUSTOMER_ID)
    assert "CERTIFICATE_VERIFY_FAILED" in str(caught.value)
    assert server.received == []


def test_a_ca_bundle_can_be_given(tls_server):
    server, ca = tls_server
    with ca.cert_pem.tempfile() as bundle:
        client = client_for(server, verify=bundle)
        assert client.customers.get_customer_by_id(id=CUSTOMER_ID).name == "Acme Corp"
    assert server.received[0].headers["x-api-key"] == API_KEY


@pytest.mark.parametrize("url", ["http://api.sent.dm", "http://10.0.0.1:8080",
                                 "http://localhost.example.com", "http://127.0.0.1.nip.io"])
def test_credentials_never_go_over_plain_http_to_another_host(url):
    with pytest.raises(sentdm.ConfigurationError) as caught:
        sentdm.Client(api_key=API_KEY, base_url=url)
    assert "allow_insecure_http=True" in str(caught.value)
    assert sentdm.Client(api_key=API_KEY, base_url=url, allow_insecure_http=True).base_url == url


@pytest.mark.parametrize("url", ["http://127.0.0.1:8080", "http://localhost:8080",
                                 "http://[::1]:8080", "http://127.5.6.7", "https://api.sent.dm"])
def test_https_and_plain_http_to_loopback_are_allowed(url):
    assert sentdm.Client(api_key=API_KEY, base_url=url).base_url == url


def test_a_proxy_in_the_environment_never_sees_loopback_traffic(server, monkeypatch):
    """Plain http to 127.0.0.1 carries the key in the clear: it must go straight there."""
    with LocalServer() as proxy:
        for name in ("HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy"):
            monkeypatch.setenv(name, proxy.url)
        for name in ("NO_PROXY", "no_proxy"):
            monkeypatch.delenv(name, raising=False)
        server.respond = sequence(json_answer(200, CUSTOMER))
        client_for(server).customers.get_customer_by_id(id=CUSTOMER_ID)
        assert proxy.received == [] and len(server.received) == 1


# --- encoding ----------------------------------------------------------------------------------

def test_path_and_query_values_are_always_encoded(server):
    server.respond = sequence(json_answer(200, CUSTOMER))
    client = client_for(server, check_formats=False)
    client.customers.get_customer_by_id(id="a/b?c#d %+é")
    client.sms.get_contact_info(phone_number="+1 &x=y", retrieve_if_does_not_exists=True,
                                sent_id="#/..")
    client.customers.get_customer_by_id(id="..%2F")
    assert [r.target for r in server.received] == [
        "/customers/a%2Fb%3Fc%23d%20%25%2B%C3%A9",
        "/sms?phoneNumber=%2B1%20%26x%3Dy&retrieveIfDoesNotExists=true&sentId=%23%2F..",
        "/customers/..%252F",
    ]
