"""The table format's API-level keys ([api] name/auth/idempotency/sandbox and its sub-tables)
and endpoint keys (positional, idempotency_honoured, pagination items, bulk, nested resources):
what they load into, and a TableError naming file, place and field for each mistake."""

import textwrap
from pathlib import Path

import pytest

import sentdm
from sentdm.loader import load_api
from sentdm.spec import (ERROR_KINDS, AuthSpec, BulkSpec, ConflictRetrySpec, EnvelopeSpec,
                         ErrorEnvelopeSpec, PaginationSpec, RateLimitSpec)
from tests.support.versions import SAMPLE_TABLE

V3_TABLE = Path(sentdm.__file__).with_name("apis") / "v3.toml"
API = '[api]\ntitle = "T"\nversion = "1"\nbase_url = "https://api.example.test"\n'
LIST = '''
[endpoint.things.list]
method = "GET"
uri = "/things{?page,page_size}"
%s
[[endpoint.things.list.params]]
name = "page"
in = "query"
type = "integer"
[[endpoint.things.list.params]]
name = "page_size"
in = "query"
type = "integer"
'''
SEND = '''
[endpoint.things.send]
method = "POST"
uri = "/things"
body = "SendParams"
%s
[schemas.SendParams.fields]
to = { type = "array", items = "string" }
one = { type = "string" }
'''


def load(tmp_path, text, api=API):
    path = tmp_path / "extra.toml"
    path.write_text(api + textwrap.dedent(text))
    return load_api([path])


def fails(tmp_path, text, *expected, api=API):
    with pytest.raises(sentdm.TableError) as info:
        load(tmp_path, text, api)
    message = str(info.value)
    assert message.startswith(str(tmp_path / "extra.toml") + ": ")
    for part in expected:
        assert part in message, message


def test_the_sample_table_loads_every_api_key():
    api = load_api([SAMPLE_TABLE])
    assert api.name == "v3-sample"
    assert api.auth == AuthSpec("x-api-key", bearer=False)
    assert api.idempotency_honoured and api.idempotency_key_pattern == "^[a-zA-Z0-9_-]{1,255}$"
    assert api.sandbox_field == "sandbox"
    assert api.envelope == EnvelopeSpec("data", "meta", success="success")
    assert api.error_envelope == ErrorEnvelopeSpec("error.code", "error.message",
                                                   "error.details", "error.doc_url",
                                                   "meta.request_id")
    assert api.rate_limit == RateLimitSpec("X-RateLimit-Limit", "X-RateLimit-Remaining",
                                           "X-RateLimit-Reset")
    assert api.conflict_retry == ConflictRetrySpec(409, "CONFLICT_001", 0.01,
                                                   "Idempotent-Replayed")


def test_the_builtin_table_keeps_the_defaults():
    api = sentdm.service.api
    assert (api.name, api.auth, api.envelope, api.rate_limit, api.conflict_retry) == (
        "v1.1", AuthSpec("x-api-key", bearer=True), None, None, None)
    assert not api.idempotency_honoured
    assert not any(op.idempotency_honoured or op.positional for op in api.operations)


def test_the_v3_table_declares_a_sandbox_error_code_for_every_kind():
    api = load_api([V3_TABLE])
    assert sorted(api.error_envelope.codes) == sorted(ERROR_KINDS)
    assert api.error_envelope.codes["missing_key"] == "AUTH_001"
    assert api.conflict_retry.original_request_id_header == "X-Original-Request-Id"


def test_nested_resources_and_their_implied_parents():
    api = load_api([SAMPLE_TABLE])
    assert sorted(api.resources) == ["messages", "profiles", "profiles.campaigns", "templates",
                                     "voice", "voice.calls", "voice.calls.participants"]
    assert api.resources["voice"].children == ("calls",)
    assert api.resources["voice"].operations == {}
    assert api.resources["profiles.campaigns"].description == "Campaigns of a profile."
    assert api.operation("voice.calls.participants.add").resource == "voice.calls.participants"
    assert [r.name for r in api.top_resources] == ["messages", "profiles", "templates", "voice"]


def test_positional_honoured_pagination_and_bulk_load():
    api = load_api([SAMPLE_TABLE])
    update = api.operation("profiles.campaigns.update")
    assert update.positional == ("campaign_id",)
    assert update.idempotency_honoured and update.param("idempotency_key").pattern
    assert not api.operation("voice.calls.participants.add").idempotency_honoured
    assert api.operation("templates.list").pagination == PaginationSpec(
        "page", "page_size", "templates", "pagination.has_more")
    assert api.operation("messages.send").bulk == BulkSpec(None, "to", 100, "recipients")


def test_an_idempotent_operation_that_honours_keys_takes_one(tmp_path):
    api = load(tmp_path, '''
        [endpoint.things.put]
        method = "PUT"
        uri = "/things"
        idempotency_honoured = true
        ''', api=API + 'idempotency_header = "Idempotency-Key"\n')
    assert api.operation("things.put").param("idempotency_key").location == "header"


@pytest.mark.parametrize("api_lines, expected", [
    ('nmae = "v3"\n', "unknown key 'nmae' (did you mean 'name'?)"),
    ('auth = { api_key_header = "x", bearer = "no" }\n',
     "[api.auth]: field 'bearer': must be true or false, not a string"),
    ('envelope = { meta = "meta" }\n', "[api.envelope]: field 'data': missing"),
    ('error_envelope = { code = "error..code" }\n', "is not a name or a dotted path"),
    ('rate_limit = { limitt = "X" }\n', "[api.rate_limit]: unknown key 'limitt'"),
    ('conflict_retry = { wait = -1 }\n', "[api.conflict_retry]: field 'wait': must not be"),
    ('conflict_retry = { status = "409" }\n', "field 'status': must be a whole number"),
    ('envelope = "data"\n', "[api.envelope]: must be a table, not a string"),
    ('envelope = { data = "data", success = true }\n',
     "[api.envelope]: field 'success': must be a string, not a boolean"),
    ('envelope = { data = "data", success = "ok..yes" }\n',
     "[api.envelope]: field 'success': 'ok..yes' is not a name or a dotted path"),
    ('idempotency_honoured = true\n', "needs an idempotency_header"),
    ('idempotency_header = "K"\nidempotency_key_pattern = "([a-z"\n',
     "field 'idempotency_key_pattern': not a valid regular expression"),
    ('pagination = { items = "x" }\n', "[api.pagination]: unknown key 'items'"),
    ('error_envelope = { codes = "AUTH_001" }\n',
     "[api.error_envelope]: codes: must be a table, not a string"),
    ('error_envelope = { codes = { missing_kye = "AUTH_001" } }\n',
     "[api.error_envelope]: codes: unknown key 'missing_kye' (did you mean 'missing_key'?)"),
    ('error_envelope = { codes = { internal = 500 } }\n',
     "[api.error_envelope]: codes: field 'internal': must be a string, not an integer"),
    ('error_envelope = { codes = { internal = " " } }\n',
     "[api.error_envelope]: codes: field 'internal': must not be empty"),
    ('conflict_retry = { original_request_id_header = 1 }\n',
     "[api.conflict_retry]: field 'original_request_id_header': must be a string"),
    ('conflict_retry = { original_request_id_header = "" }\n',
     "[api.conflict_retry]: field 'original_request_id_header': '' is not a name"),
])
def test_api_key_mistakes(tmp_path, api_lines, expected):
    fails(tmp_path, "", expected, api=API + api_lines)


@pytest.mark.parametrize("text, expected", [
    (LIST % 'pagination = { items = "things", page = "pages" }',
     "pagination: field 'page': 'pages' is not a query parameter"),
    (LIST % 'pagination = { items = "things" }', "pagination: field 'page': missing"),
    (LIST % 'pagination = { items = "a..b", page = "page", page_size = "page_size" }',
     "field 'items': 'a..b' is not a name or a dotted path"),
    (SEND % 'positional = ["to"]', "field 'positional': 'to' is not a path parameter"),
    (SEND % 'positional = "to"', "field 'positional': must be a list of parameter names"),
    (SEND % 'bulk = { recipient = "one", recipients = "to" }', "give exactly one of"),
    (SEND % 'bulk = { recipients = "too" }',
     "bulk: field 'recipients': 'too' is not a parameter of this endpoint (did you mean 'to'"),
    (SEND % 'bulk = { recipient = "one", batch_size = 5 }', "a whole number >= 1, with 'recip"),
    (SEND % 'bulk = { recipients = "to", batch_size = 0 }', "a whole number >= 1"),
    (SEND % 'bulk = { recipients = "to", size = 5 }', "unknown key 'size'"),
    (SEND % 'idempotency_honoured = true', "the API has no idempotency_header"),
    ('[endpoint.x]\nmethod = "GET"\nuri = "/x"\n', "an operation belongs to a resource"),
    ('[endpoint.a.b]\nmethod = "GET"\nuri = "/x"\n[endpoint.a.b_with_http_info.c]\n'
     'method = "GET"\nuri = "/y"\n', "has the same name as this operation"),
    ('[endpoint.a.b]\nmethod = "GET"\nuri = "/x"\n[endpoint.a.b.c]\nmethod = "GET"\n'
     'uri = "/y"\n', "endpoint a.b"),
])
def test_endpoint_key_mistakes(tmp_path, text, expected):
    fails(tmp_path, text, expected)
