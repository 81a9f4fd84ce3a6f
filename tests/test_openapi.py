"""The OpenAPI export: a valid OpenAPI 3 document that says what the vendor's does.

The comparison reduces both documents to what a client depends on: paths and methods; each
parameter's name, location, required flag and type; request bodies; the schema of every response
status; and every schema's fields with allOf merged. Types are compared as type, array items,
enum, bounds, and the formats the table can express (uuid, date-time): the vendor's ``int32``
hint and examples have no place in the table. The vendor names two list responses as schemas
(``CustomersGetAllCustomersResponse``...) where the table says ``response = ["Customer"]``;
references are followed, so both read as "an array of Customer".
"""

import json
from pathlib import Path

import pytest
import yaml
from openapi_spec_validator import validate

import sentdm
import sentdm.cli
from sentdm.openapi import dumps, main, to_openapi
from sentdm.spec import FORMATS

VENDOR_SPEC = Path(__file__).resolve().parents[1].parent / "shared" / "sentdm-api" / "openapi.yaml"
TYPE_KEYS = ("type", "enum", "minimum", "maximum", "minLength", "maxLength")


@pytest.fixture(scope="module")
def exported():
    return to_openapi(sentdm.meta)


@pytest.fixture(scope="module")
def vendor():
    assert VENDOR_SPEC.exists(), f"the vendor spec is expected at {VENDOR_SPEC}"
    return yaml.safe_load(VENDOR_SPEC.read_text(encoding="utf-8"))


class Reader:
    """Reads one OpenAPI document into comparable plain data."""

    def __init__(self, document):
        self.schemas = document["components"]["schemas"]
        self.document = document

    def target(self, schema):
        """A referenced schema's name and definition, or (None, schema)."""
        if "$ref" in schema:
            name = schema["$ref"].rsplit("/", 1)[1]
            return name, self.schemas[name]
        return None, schema

    def shape(self, schema):
        """A schema as compared: a named object/scalar schema by name, anything else inline."""
        if list(schema) == ["allOf"] and len(schema["allOf"]) == 1:
            return self.shape(schema["allOf"][0])
        name, definition = self.target(schema)
        if name is not None and definition.get("type") != "array":
            return name
        described = {key: definition[key] for key in TYPE_KEYS if key in definition}
        if definition.get("format") in FORMATS:
            described["format"] = definition["format"]
        if "items" in definition:
            described["items"] = self.shape(definition["items"])
        return described

    def fields(self, schema):
        """Wire name -> (shape, required) of an object schema, allOf parts merged."""
        _, schema = self.target(schema)
        merged = {}
        for part in schema.get("allOf", []):
            merged.update(self.fields(part))
        required = set(schema.get("required", []))
        merged.update({name: (self.shape(prop), name in required)
                       for name, prop in schema.get("properties", {}).items()})
        return merged

    def operations(self):
        found = {}
        for path, item in self.document["paths"].items():
            for method, op in item.items():
                body = op.get("requestBody")
                found[(path, method)] = {
                    "parameters": {(p["name"], p["in"]): (p.get("required", False),
                                                          self.shape(p["schema"]))
                                   for p in op.get("parameters", [])
                                   # the client's addition (see the test below), not the vendor's
                                   if p["name"] != sentdm.service.api.idempotency_header},
                    "body": body and (body.get("required", False),
                                      {ctype: self.shape(c["schema"])
                                       for ctype, c in body["content"].items()}),
                    "responses": {status: {ctype: self.shape(c["schema"])
                                           for ctype, c in response.get("content", {}).items()}
                                  for status, response in op["responses"].items()},
                }
        return found

    def named_schemas(self):
        """Every named schema but the array wrappers (compared where they are used)."""
        return {name: (schema.get("type", "object"), self.fields(schema) or self.shape(schema))
                for name, schema in self.schemas.items() if schema.get("type") != "array"}


def test_the_export_is_a_valid_openapi_3_document(exported):
    validate(exported)
    assert exported["openapi"].startswith("3.")


def test_paths_and_methods_match_the_vendor_spec(exported, vendor):
    assert sorted(Reader(exported).operations()) == sorted(Reader(vendor).operations())


@pytest.mark.parametrize("part", ["parameters", "body", "responses"])
def test_each_operation_matches_the_vendor_spec(exported, vendor, part):
    ours, theirs = Reader(exported).operations(), Reader(vendor).operations()
    differences = {key: (ours[key][part], theirs[key][part]) for key in theirs
                   if key in ours and ours[key][part] != theirs[key][part]}
    assert differences == {}


def test_operations_that_are_not_idempotent_take_an_idempotency_key(exported):
    header = {"name": "Idempotency-Key", "in": "header", "required": False}
    takes_key = sorted((path, method) for path, item in exported["paths"].items()
                       for method, op in item.items()
                       if any(header.items() <= p.items() for p in op.get("parameters", [])))
    assert takes_key == [("/customers", "post"), ("/messages", "post"),
                         ("/messages/phone-number", "post"), ("/templates", "post")]


def test_schemas_and_their_fields_match_the_vendor_spec(exported, vendor):
    ours, theirs = Reader(exported).named_schemas(), Reader(vendor).named_schemas()
    assert sorted(ours) == sorted(theirs)
    assert {name: (ours[name], theirs[name]) for name in theirs if ours[name] != theirs[name]} == {}


def test_all_of_stays_inheritance_and_merges_the_base_fields(exported):
    sms = exported["components"]["schemas"]["SMSPayload"]
    assert sms["allOf"][0] == {"$ref": "#/components/schemas/PayloadPhoneNumber"}
    assert set(Reader(exported).fields(sms)) == {
        "id", "sentId", "phoneNumber", "countryCode", "validNumber", "nationalFormat", "payload"}


def test_the_comparison_notices_a_difference(exported, vendor):
    changed = json.loads(json.dumps(exported))
    params = changed["paths"]["/customers"]["get"]["parameters"]
    params[1]["schema"]["maximum"] = 50
    contact = changed["components"]["schemas"]["Contact"]["properties"]
    contact["verified"]["type"] = "string"
    assert Reader(changed).operations() != Reader(vendor).operations()
    assert Reader(changed).named_schemas() != Reader(vendor).named_schemas()


def test_the_command_writes_json_and_yaml(tmp_path, exported):
    main(["-o", str(tmp_path / "api.yaml")])
    main(["-o", str(tmp_path / "api.json")])
    assert yaml.safe_load((tmp_path / "api.yaml").read_text()) == exported
    assert json.loads((tmp_path / "api.json").read_text()) == exported
    assert dumps(exported) == (tmp_path / "api.json").read_text()


def test_the_command_exports_extra_tables(tmp_path, capsys):
    extra = tmp_path / "extra.toml"
    extra.write_text('[endpoint.templates.delete_template]\nmethod = "DELETE"\n'
                     'uri = "/templates/{id}"\n\n[[endpoint.templates.delete_template.params]]\n'
                     'name = "id"\nin = "path"\ntype = "string"\nrequired = true\n')
    sentdm.cli.main(["openapi", "--endpoints", str(extra)])
    document = json.loads(capsys.readouterr().out)
    validate(document)
    assert document["paths"]["/templates/{id}"]["delete"]["x-sentdm-method"] == (
        "templates.delete_template")
