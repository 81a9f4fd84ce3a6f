"""The Flask, Django and FastAPI recipes of docs/webhooks.rst (docs/examples/webhooks_*.py, shown
there as they are), each served by a real server on 127.0.0.1 and sent signed events."""

import importlib.util
import sys
from pathlib import Path

import pytest
import requests

from tests.support.apps import serve_asgi, serve_wsgi
from tests.test_webhook_receivers import event_body, signed
from tests.test_webhooks import OTHER_KEY, SECRET

EXAMPLES = Path(__file__).resolve().parents[1] / "docs" / "examples"


def load_recipe(name, monkeypatch):
    monkeypatch.setenv("SENT_WEBHOOK_SECRET", SECRET)
    spec = importlib.util.spec_from_file_location(name, EXAMPLES / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, name, module)
    spec.loader.exec_module(module)
    return module


def flask_app(monkeypatch):
    return serve_wsgi(load_recipe("webhooks_flask", monkeypatch).app)


def django_app(monkeypatch):
    from django.conf import settings

    module = load_recipe("webhooks_django", monkeypatch)
    if not settings.configured:
        settings.configure(ROOT_URLCONF="webhooks_django", ALLOWED_HOSTS=["127.0.0.1"],
                           SECRET_KEY="tests only", MIDDLEWARE=[
                               "django.middleware.common.CommonMiddleware",
                               "django.middleware.csrf.CsrfViewMiddleware"])
        import django

        django.setup()
    from django.core.handlers.wsgi import WSGIHandler
    from django.urls import clear_url_caches

    clear_url_caches()  # this test's module, not an earlier one
    assert module.urlpatterns
    return serve_wsgi(WSGIHandler())


def fastapi_app(monkeypatch):
    return serve_asgi(load_recipe("webhooks_fastapi", monkeypatch).app)


@pytest.mark.parametrize("serve", [flask_app, django_app, fastapi_app], ids=lambda f: f.__name__)
def test_the_recipe_verifies_deduplicates_and_hands_over(serve, monkeypatch, capsys):
    with serve(monkeypatch) as url:
        def post(body, headers):
            response = requests.post(url + "/webhooks/sent", data=body, headers=headers, timeout=30)
            return response.status_code, response.text

        body = event_body()
        assert post(body, signed(body)) == (200, "ok")
        assert post(body, signed(body)) == (200, "duplicate")
        assert post(body, signed(body, key=OTHER_KEY)) == (400, "signature mismatch")
        read = event_body(status="READ")
        assert post(read, signed(read)) == (200, "ok")
    handed_over = [line.split()[1] for line in capsys.readouterr().out.splitlines()
                   if line.startswith("received")]
    assert handed_over == ["message.delivered", "message.read"]


def python_block(text, starting):
    """The Python code block of a page (rst or Markdown) whose code starts with ``starting``."""
    lines = text.splitlines()
    first = next(i for i, line in enumerate(lines) if line.strip() == starting)
    indent = len(lines[first]) - len(lines[first].lstrip())
    block = []
    for line in lines[first:]:
        if line.strip() == "```" or (line.strip() and len(line) - len(line.lstrip()) < indent):
            break
        block.append(line[indent:])
    return "\n".join(block)


@pytest.mark.parametrize("page, starting", [("docs/webhooks.rst", "import sentdm"),
                                            ("README.md", "import sentdm, sentdm.webhooks")])
def test_the_construct_event_examples_answer_as_they_say(page, starting, capsys):
    text = (EXAMPLES.parents[1] / page).read_text(encoding="utf-8")
    namespace = {}
    exec(python_block(text, starting).replace('"whsec_..."', repr(SECRET)), namespace)
    body = event_body()
    assert namespace["receive"](body, signed(body)) == 200
    assert namespace["receive"](body, signed(body, key=OTHER_KEY)) == 400
    printed = capsys.readouterr().out.split()
    assert printed[0] in ("m-1", "message.delivered") and len(printed) == 2  # the genuine one only
