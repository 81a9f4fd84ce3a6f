"""Static typing: the committed stubs are what the table gives, agree with the runtime, and let
mypy check programs that use the client."""

import ast
import inspect
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import sentdm
import sentdm.cli
from sentdm.aio import async_resource_class
from sentdm.inspection import type_text
from sentdm.service import APIS_DIR, api_service
from sentdm.stubs import STUB_PATH, main, render_stubs, stub_path

ROOT = Path(__file__).resolve().parents[1]


def test_the_committed_stubs_are_what_the_table_gives():
    assert STUB_PATH.read_text(encoding="utf-8") == render_stubs(sentdm.service), (
        "sentdm/_generated.pyi is out of date: run python -m sentdm.stubs")


def test_the_check_option_reports_stale_stubs(tmp_path, capsys):
    stale = tmp_path / "stale.pyi"
    stale.write_text("# old\n")
    assert main(["--check", "-o", str(stale)]) == 1
    assert "out of date" in capsys.readouterr().err
    assert main(["-o", str(stale)]) == 0
    assert main(["--check", "-o", str(stale)]) == 0


def _stub_classes():
    tree = ast.parse(STUB_PATH.read_text(encoding="utf-8"))
    return {node.name: node for node in tree.body if isinstance(node, ast.ClassDef)}


def _stub_signature(function):
    """The stub's parameters as (name, kind, annotation, default) and its return annotation."""
    args = function.args
    defaults = dict(zip([a.arg for a in args.kwonlyargs],
                        [d and ast.unparse(d) for d in args.kw_defaults]))
    params = [(a.arg, "KEYWORD_ONLY", ast.unparse(a.annotation), defaults[a.arg])
              for a in args.kwonlyargs]
    return params, ast.unparse(function.returns)


def _runtime_signature(method):
    signature = inspect.signature(method)
    params = [(p.name, p.kind.name, type_text(p.annotation),
               None if p.default is p.empty else repr(p.default))
              for p in list(signature.parameters.values())[1:]]
    return params, type_text(signature.return_annotation)


def test_stub_methods_have_the_runtime_signatures():
    classes = _stub_classes()
    resources = {node.target.id: ast.unparse(node.annotation)
                 for node in classes["Resources"].body if isinstance(node, ast.AnnAssign)}
    runtime = sentdm.service.resource_classes
    assert resources == {name: cls.__name__ for name, cls in runtime.items()}
    for name, cls in runtime.items():
        stub_methods = {f.name: f for f in classes[cls.__name__].body
                        if isinstance(f, ast.FunctionDef)}
        runtime_methods = {m for m in vars(cls) if not m.startswith("_") and m != "operations"}
        assert set(stub_methods) == runtime_methods
        for method_name in runtime_methods:
            assert _stub_signature(stub_methods[method_name]) == _runtime_signature(
                getattr(cls, method_name)), f"{name}.{method_name}"


def test_async_stub_methods_have_the_runtime_signatures():
    classes = _stub_classes()
    runtime = {name: async_resource_class(cls)
               for name, cls in sentdm.service.resource_classes.items()}
    resources = {node.target.id: ast.unparse(node.annotation)
                 for node in classes["AsyncResources"].body if isinstance(node, ast.AnnAssign)}
    assert resources == {name: cls.__name__ for name, cls in runtime.items()}
    for cls in runtime.values():
        stubs = {f.name: f for f in classes[cls.__name__].body
                 if isinstance(f, (ast.FunctionDef, ast.AsyncFunctionDef))}
        methods = {m: f for m, f in vars(cls).items()
                   if inspect.isfunction(f) and not m.startswith("_")}
        assert set(stubs) == set(methods)
        for name, method in methods.items():
            assert isinstance(stubs[name], ast.AsyncFunctionDef) == (
                inspect.iscoroutinefunction(method)), name
            assert _stub_signature(stubs[name]) == _runtime_signature(method), name


def test_stub_models_have_the_runtime_fields():
    classes = _stub_classes()
    for name, model in sentdm.service.models.items():
        stub = classes[name]
        assert [ast.unparse(base) for base in stub.bases] == [
            base.__name__ for base in model.__bases__]
        properties = [f.name for f in stub.body
                      if isinstance(f, ast.FunctionDef) and f.name != "__init__"]
        assert properties == [f for f in model._fields if f not in vars(model.__bases__[0]).get(
            "_fields", {})]
        init = next(f for f in stub.body if isinstance(f, ast.FunctionDef) and f.name == "__init__")
        assert [a.arg for a in init.args.kwonlyargs] == list(model._fields)


def test_py_typed_and_the_stubs_ship_with_the_package():
    setup = (ROOT / "setup.cfg").read_text()
    package_data = setup.split("[options.package_data]", 1)[1].split("[", 1)[0]
    assert "py.typed" in package_data and "_generated.pyi" in package_data
    assert (ROOT / "sentdm" / "py.typed").exists()


PROGRAMS = {
    "correct.py": """
        import datetime
        import uuid
        from typing import List, Optional

        from typing_extensions import assert_type

        import sentdm

        client = sentdm.Client(api_key="key", endpoints=["extra.toml"])
        customers = client.customers.get_all_customers(page=1, page_size=20)
        assert_type(customers, List[sentdm.Customer])
        assert_type(customers[0].created_at, Optional[datetime.datetime])
        contact = client.contact.get_contact_by_id(customer_id=uuid.uuid4(), id="c-1")
        assert_type(contact, sentdm.Contact)
        info = client.sms.get_contact_info_with_http_info(
            phone_number="+14155552671", retrieve_if_does_not_exists=True)
        assert_type(info, sentdm.ApiResponse[sentdm.SMSPayload])
        assert_type(info.data.valid_number, Optional[bool])
        assert_type(client.customers.delete_customer(id="c-1"), None)
        names: List[str] = [op.key for op in client.meta.operations] + list(sentdm.meta.operation_names)
        built = sentdm.Customer(name="Acme", created_at=datetime.datetime.now(datetime.timezone.utc))
        for listed in client.customers.iter_all_customers(page_size=50):
            assert_type(listed, sentdm.Customer)


        async def use_the_async_client() -> None:
            async with sentdm.AsyncClient(api_key="key", max_workers=4) as aclient:
                assert_type(await aclient.customers.get_customer_by_id(id="c-1"), sentdm.Customer)
                async for each in aclient.customers.iter_all_customers():
                    assert_type(each, sentdm.Customer)
                summary = await aclient.send_bulk(customer_id="c", template_id="t",
                                                  phone_numbers=["+14155552671"])
                assert_type(summary, sentdm.BulkSummary)
    """,
    "misspelt.py": """
        import sentdm

        client = sentdm.Client(api_key="key")
        client.customers.get_all_customers(page=1, pagesize=20)
    """,
    "wrong_type.py": """
        import sentdm

        client = sentdm.Client(api_key="key")
        client.customers.get_all_customers(page="1", page_size=20)
    """,
    "v3_correct.py": """
        from typing import TYPE_CHECKING, List, Optional

        from typing_extensions import assert_type

        import sentdm

        if TYPE_CHECKING:
            from sentdm._generated_v3 import Client as V3Client, Message, Template

        client = sentdm.Client(api_key="key", api="v3", sandbox=True)
        assert_type(client, "V3Client")
        sent = client.messages.send(to=["+14155552671"], template={"name": "welcome"},
                                    idempotency_key="order-1")
        ids: List[str] = [r.message_id or "" for r in sent.recipients or []]
        assert_type(client.messages.retrieve_status("m-1"), "Message")
        for template in client.templates.iter_list(page_size=50):
            assert_type(template, "Template")
        info = client.messages.send_with_http_info(to=["+14155552671"], template={"id": "t"})
        print(info.request_id, info.rate_limit, info.replayed, info.idempotency_key)
        client.profiles.campaigns.update("c-1", profile_id="p-1", campaign={})
        with sentdm.Client(api_key="key", api="v3") as other:
            assert_type(other, "V3Client")
        old = sentdm.Client(api_key="key", api="v1.1")
        assert_type(old.customers.get_all_customers(page=1, page_size=2), List[sentdm.Customer])


        async def use_the_async_v3_client() -> None:
            async with sentdm.AsyncClient(api_key="key", api="v3", max_workers=2) as aclient:
                assert_type(await aclient.messages.retrieve_status("m-1"), "Message")
                await aclient.voice.calls.participants.add("call-1")
                async for each in aclient.templates.iter_list(page_size=10):
                    assert_type(each, "Template")
    """,
    "v3_misspelt.py": """
        import sentdm

        client = sentdm.Client(api_key="key", api="v3")
        client.messages.send(too=["+14155552671"])
    """,
    "v3_wrong_type.py": """
        import sentdm

        client = sentdm.Client(api_key="key", api="v3")
        client.templates.list(page="1")
    """,
    "wrong_use.py": """
        from typing import List

        from typing_extensions import assert_type

        import sentdm

        client = sentdm.Client(api_key="key")
        customer = client.customers.get_customer_by_id(id="c-1")
        customer.nmae
        client.customers.get_all_customer(page=1, page_size=20)
        client.sms.get_contact_info(phone_number="+14155552671")
        assert_type(customer, List[sentdm.Customer])
        customer.name = "Beta"
    """,
}


@pytest.fixture(scope="module")
def mypy_output(tmp_path_factory):
    """mypy --strict over the sample programs, once: its output lines by program."""
    folder = tmp_path_factory.mktemp("typed")
    for name, source in PROGRAMS.items():
        (folder / name).write_text(textwrap.dedent(source).lstrip())
    env = {**os.environ, "MYPYPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--follow-imports=silent", "--no-color-output",
         "--no-error-summary", "--cache-dir", str(folder / ".cache"), *PROGRAMS],
        cwd=folder, env=env, capture_output=True, text=True, timeout=300)
    assert result.stderr == ""
    lines = {name: [] for name in PROGRAMS}
    for line in result.stdout.splitlines():
        # notes may point into the stubs ("defined here"); errors are only ever in the programs
        lines.setdefault(line.split(":", 1)[0], []).append(line)
    assert [line for name in set(lines) - set(PROGRAMS) for line in lines[name]
            if ": error: " in line] == []
    return lines


def test_mypy_accepts_a_correct_program_and_knows_the_return_types(mypy_output):
    assert mypy_output["correct.py"] == []


def _errors(lines):
    return [line for line in lines if ": error: " in line]


def test_mypy_reports_a_misspelt_parameter_name(mypy_output):
    (error,) = _errors(mypy_output["misspelt.py"])
    assert error.startswith('misspelt.py:4: error: Unexpected keyword argument "pagesize" for '
                            '"get_all_customers" of "CustomersResource"')
    assert error.endswith("[call-arg]")


def test_mypy_reports_a_wrong_argument_type(mypy_output):
    assert _errors(mypy_output["wrong_type.py"]) == [
        'wrong_type.py:4: error: Argument "page" to "get_all_customers" of "CustomersResource" '
        'has incompatible type "str"; expected "int"  [arg-type]']


def test_mypy_accepts_a_correct_v3_program(mypy_output):
    assert mypy_output["v3_correct.py"] == []


def test_mypy_reports_a_misspelt_v3_parameter_and_a_wrong_v3_type(mypy_output):
    (misspelt,) = _errors(mypy_output["v3_misspelt.py"])
    assert misspelt.startswith('v3_misspelt.py:4: error: Unexpected keyword argument "too" for '
                               '"send" of "MessagesResource"')
    # mypy spells the optional int as Python spells it where it runs: Optional[int] before 3.10
    (wrong_type,) = _errors(mypy_output["v3_wrong_type.py"])
    assert re.fullmatch(
        r'v3_wrong_type\.py:4: error: Argument "page" to "list" of "TemplatesResource" has '
        r'incompatible type "str"; expected "(int \| None|Optional\[int\])"  \[arg-type\]',
        wrong_type), wrong_type


def test_every_api_versions_committed_stub_is_what_its_table_gives():
    shipped = ["v1.1", *(path.stem for path in APIS_DIR.glob("*.toml"))]
    assert "v3" in shipped
    for api in shipped:
        assert stub_path(api).read_text(encoding="utf-8") == render_stubs(api_service(api)), (
            f"{stub_path(api).name} is out of date: run python -m sentdm.stubs")


def test_mypy_reports_unknown_names_missing_arguments_and_wrong_types(mypy_output):
    errors = _errors(mypy_output["wrong_use.py"])
    assert [line.split(": error: ")[0] for line in errors] == [
        f"wrong_use.py:{line}" for line in range(9, 14)]
    assert '"Customer" has no attribute "nmae"' in errors[0]
    assert '"CustomersResource" has no attribute "get_all_customer"' in errors[1]
    assert 'Missing named argument "retrieve_if_does_not_exists"' in errors[2]
    assert errors[3].endswith("[assert-type]")  # so the assert_type lines above can fail
    assert '"name"' in errors[4] and "read-only" in errors[4]


def test_stubs_for_extra_tables_include_their_operations(tmp_path):
    extra = tmp_path / "extra.toml"
    extra.write_text('[endpoint.templates.delete_template]\nmethod = "DELETE"\n'
                     'uri = "/templates/{id}"\n\n[[endpoint.templates.delete_template.params]]\n'
                     'name = "id"\nin = "path"\ntype = "string"\nformat = "uuid"\n'
                     'required = true\n')
    output = tmp_path / "_generated.pyi"
    assert sentdm.cli.main(["stubs", "--endpoints", str(extra), "-o", str(output)]) == 0
    text = output.read_text()
    assert "    def delete_template(self, *, id: Union[str, UUID]) -> None:" in text
    assert "    async def delete_template(self, *, id: Union[str, UUID]) -> None:" in text
    for define in ("    def ", "    async def "):  # the sync resource, then the async one
        text = text.replace(text[text.index(define + "delete_template("):text.index(
            define + "get_templates_for_customer(")], "")
    assert text == STUB_PATH.read_text()
