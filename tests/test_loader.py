"""The loader checks tables and fails with one clear TableError naming file, place and field."""

import textwrap

import pytest

import sentdm
from sentdm.loader import BUILTIN_TABLE, load_api
from sentdm.service import build_service

API = '[api]\ntitle = "T"\nversion = "1"\nbase_url = "https://api.example.test"\n'


def load(tmp_path, text, name="extra.toml"):
    path = tmp_path / name
    path.write_text(API + textwrap.dedent(text))
    return load_api([path])


def fails(tmp_path, text, *expected):
    with pytest.raises(sentdm.TableError) as info:
        load(tmp_path, text)
    message = str(info.value)
    assert message.startswith(str(tmp_path / "extra.toml") + ": ")
    for part in expected:
        assert part in message, message
    return info.value


def test_builtin_table_loads_all_resources_and_schemas():
    api = load_api()
    assert sorted(api.resources) == ["contact", "customers", "messages", "sms", "templates",
                                     "whatsapp"]
    assert len(api.operations) == 13
    assert api.sources == (str(BUILTIN_TABLE),)
    assert BUILTIN_TABLE.resolve().read_bytes() == (
        BUILTIN_TABLE.parent.parent / "endpoints.toml").read_bytes()


def test_toml_syntax_error(tmp_path):
    fails(tmp_path, '[endpoint.a.b]\nmethod = "GET\n', "TOML syntax error", "line")


def test_table_that_is_not_utf8(tmp_path):
    path = tmp_path / "extra.toml"
    path.write_bytes(API.encode() + b'# caf\xe9\n')
    with pytest.raises(sentdm.TableError, match="not UTF-8"):
        load_api([path])


def test_missing_file():
    with pytest.raises(sentdm.TableError, match="cannot read the table"):
        load_api(["/nonexistent/endpoints.toml"])


def test_missing_method(tmp_path):
    fails(tmp_path, '[endpoint.things.get_thing]\nuri = "/things"\n',
          "endpoint things.get_thing", "field 'method': missing")


def test_missing_uri(tmp_path):
    fails(tmp_path, '[endpoint.things.get_thing]\nmethod = "GET"\n',
          "endpoint things.get_thing", "field 'uri': missing")


def test_unknown_method(tmp_path):
    fails(tmp_path, '[endpoint.things.get_thing]\nmethod = "FETCH"\nuri = "/t"\n',
          "unknown HTTP method 'FETCH'")


def test_unknown_location(tmp_path):
    fails(tmp_path, '''
        [endpoint.things.get_thing]
        method = "GET"
        uri = "/t"
        params = [{ name = "x", in = "cookie", type = "string" }]
        ''', "endpoint things.get_thing: param 'x'", "field 'in'", "unknown value 'cookie'")


def test_unknown_type(tmp_path):
    fails(tmp_path, '''
        [endpoint.things.get_thing]
        method = "GET"
        uri = "/t{?x}"
        params = [{ name = "x", in = "query", type = "strng" }]
        ''', "param 'x'", "field 'type'", "unknown type 'strng'", "did you mean 'string'")


def test_uri_variable_without_parameter(tmp_path):
    fails(tmp_path, '''
        [endpoint.things.get_thing]
        method = "GET"
        uri = "/t/{thingId}"
        ''', "endpoint things.get_thing", "variable 'thingId' has no parameter")


def test_path_parameter_missing_from_uri(tmp_path):
    fails(tmp_path, '''
        [endpoint.things.get_thing]
        method = "GET"
        uri = "/t"
        params = [{ name = "id", in = "path", type = "string", required = true }]
        ''', "path parameter 'id' is missing from the URI", "add {id}")


def test_query_parameter_in_path_position(tmp_path):
    fails(tmp_path, '''
        [endpoint.things.get_thing]
        method = "GET"
        uri = "/t/{id}"
        params = [{ name = "id", in = "query", type = "string" }]
        ''', "'id' is a query parameter but appears in the path part")


def test_unknown_schema_reference(tmp_path):
    fails(tmp_path, '''
        [endpoint.things.get_thing]
        method = "GET"
        uri = "/t"
        response = "Thin"
        [schemas.Thing.fields]
        id = { type = "string" }
        ''', "field 'response': unknown schema 'Thin'", "did you mean 'Thing'")


def test_unknown_all_of_reference(tmp_path):
    fails(tmp_path, '''
        [schemas.Thing]
        all_of = ["Base"]
        ''', "schema Thing", "unknown schema 'Base'")


def test_duplicate_operation_in_one_file(tmp_path):
    fails(tmp_path, '''
        [endpoint.things.get_thing]
        method = "GET"
        uri = "/t"
        [endpoint.things.get_thing]
        method = "GET"
        uri = "/t"
        ''', "TOML syntax error")


def test_duplicate_operation_across_tables(tmp_path):
    extra = tmp_path / "extra.toml"
    extra.write_text('[endpoint.customers.get_customer_by_id]\nmethod = "GET"\nuri = "/c"\n')
    with pytest.raises(sentdm.TableError) as info:
        load_api([BUILTIN_TABLE, extra])
    assert "endpoint customers.get_customer_by_id" in str(info.value)
    assert "already defined in" in str(info.value) and "override = true" in str(info.value)


def test_override_replaces_an_operation(tmp_path):
    extra = tmp_path / "extra.toml"
    extra.write_text('[endpoint.customers.get_customer_by_id]\noverride = true\nmethod = "GET"\n'
                     'uri = "/v2/customers"\n')
    api = load_api([BUILTIN_TABLE, extra])
    assert api.operation("customers.get_customer_by_id").uri == "/v2/customers"


def test_duplicate_operation_id(tmp_path):
    fails(tmp_path, '''
        [endpoint.things.a]
        method = "GET"
        uri = "/a"
        operation_id = "Same"
        [endpoint.things.b]
        method = "GET"
        uri = "/b"
        operation_id = "Same"
        ''', "operation_id 'Same' is also used by things.a")


def test_operation_named_like_a_raw_response_twin(tmp_path):
    fails(tmp_path, '''
        [endpoint.things.get]
        method = "GET"
        uri = "/a"
        [endpoint.things.get_with_http_info]
        method = "GET"
        uri = "/b"
        ''', "duplicate operation name")


def test_unknown_key_suggests(tmp_path):
    fails(tmp_path, '''
        [endpoint.things.get]
        method = "GET"
        uri = "/a"
        reponse = "X"
        ''', "unknown key 'reponse'", "did you mean 'response'")


def test_wrong_value_types(tmp_path):
    fails(tmp_path, '[endpoint.things.get]\nmethod = 3\nuri = "/a"\n',
          "field 'method': must be a string, not an integer")
    fails(tmp_path, '[endpoint.things]\nget = "x"\n', "endpoint.things.get", "must be a table")


def test_python_names_must_not_clash(tmp_path):
    fails(tmp_path, '''
        [endpoint.things.get]
        method = "GET"
        uri = "/a{?pageSize,page_size}"
        params = [{ name = "pageSize", in = "query", type = "integer" },
                  { name = "page_size", in = "query", type = "integer" }]
        ''', "both have the Python name 'page_size'")


def test_no_api_table(tmp_path):
    path = tmp_path / "extra.toml"
    path.write_text('[endpoint.things.get]\nmethod = "GET"\nuri = "/a"\n')
    with pytest.raises(sentdm.TableError, match="no \\[api\\] table"):
        load_api([path])


def test_a_table_with_enums_and_headers_validates_requests(tmp_path):
    api = load(tmp_path, '''
        [endpoint.things.list_things]
        method = "GET"
        uri = "/things{?kind}"
        params = [{ name = "kind", in = "query", type = "string", enum = ["a", "b"] },
                  { name = "X-Trace", in = "header", type = "string", python_name = "trace" }]
        ''')
    op = build_service(api).operations["things.list_things"]
    with pytest.raises(sentdm.ValidationError) as info:
        op.build_request({"kind": "c", "trace": "x\r\ny"})
    assert info.value.errors == {"kind": ["Must be one of: a, b."],
                                 "trace": ["Must be printable ASCII (no line breaks or control "
                                           "characters, no spaces at either end)."]}
    request = op.build_request({"kind": "a", "trace": "t-1"})
    assert request.target == "/things?kind=a" and request.headers == {"X-Trace": "t-1"}


def test_loader_never_leaks_internal_exceptions(tmp_path):
    broken = [
        '[endpoint]\nthings = 1\n',
        '[endpoint.things.get]\nmethod = "GET"\nuri = "/a"\nparams = [1]\n',
        '[endpoint.things.get]\nmethod = "GET"\nuri = "/a"\nparams = [{ in = "query" }]\n',
        '[endpoint.things.get]\nmethod = "GET"\nuri = "/a"\nerrors = { 200 = "ok" }\n',
        '[endpoint.things.get]\nmethod = "GET"\nuri = "/a"\nresponse = ["A", "B"]\n',
        '[endpoint.things.get]\nmethod = "GET"\nuri = "/a"\npagination = { page = "p" }\n',
        '[endpoint.things.get]\nmethod = "GET"\nuri = "a"\n',
        '[endpoint.things.get]\nmethod = "GET"\nuri = "/a/{+x}"\n',
        '[schemas.A]\nall_of = ["B"]\n[schemas.B]\nall_of = ["A"]\n',
        '[schemas.A.fields]\nx = { type = "array" }\n',
        '[schemas.A.fields]\nx = { type = "integer", format = "uuid" }\n',
        '[schemas.A.fields]\nx = { type = "array", items = "integer", format = "uuid" }\n',
        '[schemas.A.fields]\nx = { type = "string", minLength = -1 }\n',
        'resources = 3\n',
        '[resources]\nthings = 3\n',
        '[nonsense]\n',
    ]
    for text in broken:
        with pytest.raises(sentdm.TableError):
            load(tmp_path, text)


def test_a_format_on_an_array_of_strings_checks_each_item(tmp_path):
    api = load(tmp_path, """
        [endpoint.messages.send]
        method = "POST"
        uri = "/messages"
        body = "Send"
        [schemas.Send.fields]
        to = { type = "array", items = "string", format = "e164" }
        """)
    op = build_service(api).operations["messages.send"]
    assert op.build_request({"to": ["+14155550001", "+442079460000"]}).body == \
        b'{"to":["+14155550001","+442079460000"]}'
    with pytest.raises(sentdm.ValidationError) as info:
        op.build_request({"to": ["+14155550001", "0044 20 7946"]})
    assert info.value.errors == {"to.1": [
        "Not a valid E.164 phone number ('+' then 2 to 15 digits)."]}
    assert op.build_request({"to": ["0044 20 7946"]}, check_formats=False).body


def test_parsed_table_is_cached_beside_it_and_refreshed_when_it_changes(tmp_path, monkeypatch):
    import sys

    from sentdm import loader

    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    table = tmp_path / "extra.toml"
    table.write_text(API)
    assert load_api([table]).title == "T"
    cache = tmp_path / "__pycache__" / f"extra.toml.{sys.implementation.cache_tag}.index"
    assert cache.exists()

    parsed = []
    monkeypatch.setattr(loader, "_parse", lambda source: parsed.append(source) or {})
    assert load_api([table]).title == "T" and parsed == []  # served from the cache

    monkeypatch.undo()
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    table.write_text(API.replace('"T"', '"Changed title"'))
    assert load_api([table]).title == "Changed title"


def test_a_corrupt_cache_is_ignored(tmp_path, monkeypatch):
    import sys

    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    table = tmp_path / "extra.toml"
    table.write_text(API)
    load_api([table])
    cache = next((tmp_path / "__pycache__").glob("*.index"))
    cache.write_bytes(b"\x00garbage")
    assert load_api([table]).title == "T"


def test_no_cache_is_written_when_bytecode_is_not(tmp_path, monkeypatch):
    import sys

    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    table = tmp_path / "extra.toml"
    table.write_text(API)
    load_api([table])
    assert not (tmp_path / "__pycache__").exists()


# --- checked once, then built on first use -------------------------------------------------

@pytest.fixture
def builds(monkeypatch):
    """Counts the operation and schema specs the loader builds, with caches written."""
    import sys

    from sentdm import loader

    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    counted = {"operations": 0, "schemas": 0}

    def counting(kind, build):
        def wrapper(*args, **kwargs):
            counted[kind] += 1
            return build(*args, **kwargs)
        return wrapper

    monkeypatch.setattr(loader, "_build_operation", counting("operations", loader._build_operation))
    monkeypatch.setattr(loader._SchemaBuilder, "_build",
                        counting("schemas", loader._SchemaBuilder._build))

    def take():
        taken = dict(counted)
        counted.update(operations=0, schemas=0)
        return taken
    return take


def generated(tmp_path, operations=60, schemas=30, name="generated.toml"):
    from benchmarks.big_table import table

    path = tmp_path / name
    path.write_text(table(operations=operations, schemas=schemas), encoding="utf-8")
    return path


def test_a_table_is_checked_whole_once_then_each_spec_is_built_when_first_used(tmp_path, builds):
    path = generated(tmp_path)
    load_api([path])
    assert builds() == {"operations": 60, "schemas": 30}  # first meeting: every entry checked
    api = load_api([path])
    assert builds() == {"operations": 0, "schemas": 0}
    assert len(api.resources["resource0"].operations) == 20 and len(api.schemas) == 30
    assert api.operation("resource0.get_item_7").response.schema == "Item7"
    assert builds() == {"operations": 1, "schemas": 1}  # Item7 (its parent, Item6, is by name)
    assert api.schemas["Item7"].fields[-1].type == "Item6"


def test_specs_built_on_first_use_equal_those_built_at_once(tmp_path, builds):
    path = generated(tmp_path)
    eager = load_api([path])
    lazy = load_api([path])
    assert builds()["operations"] == 60
    assert lazy.operation_keys == eager.operation_keys
    assert lazy.operations == eager.operations and dict(lazy.schemas) == dict(eager.schemas)
    assert lazy == eager


def test_a_changed_table_is_checked_whole_again_and_its_mistake_reported(tmp_path, builds):
    path = generated(tmp_path)
    load_api([path]), load_api([path])
    builds()
    path.write_text(path.read_text().replace('uri = "/items59"', 'uri = "items59"'))
    with pytest.raises(sentdm.TableError, match="create_item_59: field 'uri': 'items59' must "
                                                "start with '/'"):
        load_api([path])
    with pytest.raises(sentdm.TableError, match="create_item_59"):
        load_api([path])  # a table that failed is never taken as checked


def test_a_table_and_its_extension_are_checked_together(tmp_path, builds):
    base = generated(tmp_path)
    load_api([base])
    (tmp_path / "extension").mkdir()
    extension = tmp_path / "extension" / "extension.toml"
    extension.write_text(textwrap.dedent("""
        [endpoint.resource0.get_item_0_again]
        method = "GET"
        uri = "/again/{id}"
        response = "Item0"
        params = [{ name = "id", in = "path", type = "string", required = true }]
    """))
    builds()
    load_api([base, extension])
    assert builds() == {"operations": 61, "schemas": 30}
    load_api([base, extension])
    assert builds() == {"operations": 0, "schemas": 0}
    # what passed together is recorded beside the extension, not beside the (installed) base
    assert len(list((tmp_path / "__pycache__").glob("*.checked"))) == 1
    assert len(list((tmp_path / "extension" / "__pycache__").glob("*.checked"))) == 1
    extension.write_text(extension.read_text().replace('"Item0"', '"NoSuchItem"'))
    with pytest.raises(sentdm.TableError, match="unknown schema 'NoSuchItem'"):
        load_api([base, extension])


def test_without_bytecode_every_load_checks_the_whole_table(tmp_path, builds, monkeypatch):
    import sys

    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    path = generated(tmp_path)
    load_api([path]), load_api([path])
    assert builds() == {"operations": 120, "schemas": 60}
    assert not (tmp_path / "__pycache__").exists()


def test_caches_go_under_the_pycache_prefix_where_one_is_set(tmp_path, builds, monkeypatch):
    import sys

    monkeypatch.setattr(sys, "pycache_prefix", str(tmp_path / "prefix"))
    (tmp_path / "installed").mkdir()
    path = generated(tmp_path / "installed")  # as in a read-only site-packages
    load_api([path])
    api = load_api([path])
    assert builds() == {"operations": 60, "schemas": 30}  # checked once, then lazy
    assert api.operation("resource0.get_item_1").name == "get_item_1"
    assert not (tmp_path / "installed" / "__pycache__").exists()
    kept = (tmp_path / "prefix" / str(tmp_path / "installed").lstrip("/"))
    assert sorted(p.suffix for p in kept.iterdir()) == [".checked", ".index"]


def test_threads_racing_for_specs_build_each_once(tmp_path, builds):
    from concurrent.futures import ThreadPoolExecutor

    path = generated(tmp_path)
    load_api([path])
    api = load_api([path])
    builds()
    keys = list(api.operation_keys) * 4  # every operation asked for by four threads at once
    with ThreadPoolExecutor(8) as pool:
        specs = list(pool.map(api.operation, keys))
    assert builds() == {"operations": 60, "schemas": 30}  # (every schema is some response's)
    assert all(spec is api.operation(key) for spec, key in zip(specs, keys))


def test_a_client_of_a_checked_table_builds_only_what_its_call_needs(tmp_path, builds,
                                                                      monkeypatch):
    import importlib

    path = generated(tmp_path, operations=1000, schemas=500)
    registry = importlib.import_module("sentdm.service")._REGISTERED  # (not sentdm.service,
    monkeypatch.setitem(registry, "checked", str(path))               # the built-in Service)
    load_api([path])
    builds()
    client = sentdm.Client(api_key="k", api="checked")
    assert builds() == {"operations": 0, "schemas": 0}
    assert "iter_list_items_3" in dir(client.resource0)
    assert builds()["operations"] == 20  # listing resource0 reads each of its operations' specs
    assert hasattr(client.resource0, "iter_list_items_3")
    assert builds()["operations"] == 0  # (the iterator made, its operation's models were built)
    client.resource7.create_item_149.__doc__
    assert builds()["operations"] == 1
    # (a name no method has: its error reads the other API versions' tables for a hint)
    assert not hasattr(client.resource0, "iter_item_1")  # get_item_1 does not page
    assert not hasattr(client.resource0, "get_item_100")


# --- idempotency semantics and bulk declarations --------------------------------------------

KEYED_API = API + 'idempotency_header = "Idempotency-Key"\n'


def keyed(tmp_path, api_lines, endpoints):
    path = tmp_path / "keyed.toml"
    path.write_text(KEYED_API + api_lines + textwrap.dedent(endpoints))
    return load_api([path])


THREE_OPERATIONS = '''
    [endpoint.things.create]
    method = "POST"
    uri = "/things"
    [endpoint.things.create_again]
    method = "POST"
    uri = "/things/again"
    idempotency_honoured = false
    [endpoint.things.get]
    method = "GET"
    uri = "/things/one"
    '''


def test_keys_are_not_honoured_unless_the_table_says_so(tmp_path):
    api = keyed(tmp_path, "", THREE_OPERATIONS)
    create = api.operation("things.create")
    assert not api.idempotency_honoured and not create.idempotency_honoured
    assert not create.safe_to_resend                  # a key would not make it safe
    assert "idempotency_key" in [p.python_name for p in create.params]
    assert "does not deduplicate" in create.param("idempotency_key").description
    assert api.operation("things.get").safe_to_resend
    assert "idempotency_key" not in [p.python_name for p in api.operation("things.get").params]


def test_the_api_default_and_the_endpoint_override(tmp_path):
    api = keyed(tmp_path, "idempotency_honoured = true\n", THREE_OPERATIONS)
    assert api.operation("things.create").safe_to_resend
    assert not api.operation("things.create_again").safe_to_resend
    get = api.operation("things.get")   # honours keys: takes one although it is idempotent
    assert get.idempotency_honoured and "idempotency_key" in [p.python_name for p in get.params]


def test_honoured_keys_need_a_header_to_carry_them(tmp_path):
    fails(tmp_path, '[endpoint.things.a]\nmethod = "POST"\nuri = "/a"\n'
                    'idempotency_honoured = true\n',
          "idempotency_honoured", "no idempotency_header")


def test_the_builtin_send_operations_declare_their_bulk_recipient():
    api = load_api()
    assert {op.key: op.bulk for op in api.operations if op.bulk} == {
        "messages.send_message_to_contact": (("contact_id", None, None, None)),
        "messages.send_message_to_phone_number": (("phone_number", None, None, None))}
    assert not api.idempotency_honoured


@pytest.mark.parametrize("bulk, expected", [
    ('{ recipient = "phone" }', "'phone' is not a parameter of this endpoint"),
    ('{ recipients = "name", recipient = "name" }', "exactly one of"),
    ("{ }", "exactly one of"),
    ('{ recipient = "name", batch_size = 10 }', "batch_size"),
    ('{ recipients = "name", batch_size = 0 }', "batch_size"),
    ('{ recipient = "name", size = 3 }', "unknown key 'size'"),
    ('"name"', "must be a table"),
])
def test_bad_bulk_declarations(tmp_path, bulk, expected):
    fails(tmp_path, f'''
        [endpoint.things.a]
        method = "POST"
        uri = "/a/{{name}}"
        bulk = {bulk}
        [[endpoint.things.a.params]]
        name = "name"
        in = "path"
        type = "string"
        required = true
        ''', "bulk", expected)


@pytest.mark.parametrize("declaration, expected", [
    ('{ action = "creat", collection = "things" }', "unknown value 'creat' (did you mean 'create'?)"),
    ('{ action = "retrieve" }', "field 'collection': the action 'retrieve' needs one"),
    ('{ action = "sample", status = 404 }', "field 'status': 404 is not a success status"),
    ('{ action = "sample", colection = "x" }', "unknown key 'colection' (did you mean 'collection'?)"),
    ('{ collection = "things" }', "field 'action': missing"),
    ('{ action = "sample", failing_suffix = 0 }', "field 'failing_suffix': must be a string"),
    ('{ action = "sample", failing_suffix = "00a" }', "field 'failing_suffix': '00a' is not digits"),
    ('{ action = "sample", fields = "to" }', "sandbox: fields: must be a table, not a string"),
    ('{ action = "sample", fields = { recipient = "to" } }',
     "unknown key 'recipient' (did you mean 'recipients'?)"),
    ('{ action = "sample", fields = { text = 1 } }', "fields: field 'text': must be a string"),
    ('{ action = "sample", fields = { text = "" } }', "fields: field 'text': must not be empty"),
])
def test_a_sandbox_declaration_is_checked(tmp_path, declaration, expected):
    fails(tmp_path, f"""
        [endpoint.things.get]
        method = "GET"
        uri = "/things"
        sandbox = {declaration}
    """, "endpoint things.get: sandbox", expected)


def test_a_sandbox_declaration_becomes_the_operations_sandbox_spec(tmp_path):
    api = load(tmp_path, """
        [endpoint.things.create]
        method = "POST"
        uri = "/things"
        sandbox = { action = "create", collection = "things", status = 201, defaults = { a = 1 } }
    """)
    spec = api.operation("things.create").sandbox
    assert (spec.action, spec.collection, spec.status, dict(spec.defaults)) == (
        "create", "things", 201, {"a": 1})
    assert spec.within is None and spec.missing == ""
    assert spec.failing_suffix == "" and spec.fields == {}


def test_a_send_declaration_names_its_fields_and_failing_suffix(tmp_path):
    api = load(tmp_path, """
        [endpoint.things.send]
        method = "POST"
        uri = "/things"
        sandbox = { action = "send", collection = "things", failing_suffix = "99", fields = { recipients = "to", text = "body" } }
    """)
    spec = api.operation("things.send").sandbox
    assert (spec.failing_suffix, dict(spec.fields)) == ("99", {"recipients": "to", "text": "body"})
