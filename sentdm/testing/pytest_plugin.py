"""pytest fixtures for code built on sentdm. Enable them in your top-level ``conftest.py``::

    pytest_plugins = ["sentdm.testing.pytest_plugin"]

* ``sentdm_sandbox``: a fresh in-memory :class:`~sentdm.testing.Sandbox` per test, serving;
* ``sentdm_client``: a :class:`sentdm.Client` bound to it;
* ``sentdm_sandbox_v3`` and ``sentdm_client_v3``: the same for the v3 API (its sandbox delivers
  webhook events);
* ``sentdm_stubber``: a :class:`~sentdm.testing.Stubber`, active, for a client of its own
  (``sentdm_stubber.client``); calls left unmade fail the test at teardown.
"""

from __future__ import annotations

from typing import Iterator

import pytest

from ..client import Client
from ..sandbox import Sandbox
from .stubber import Stubber


@pytest.fixture
def sentdm_sandbox() -> Iterator[Sandbox]:
    with Sandbox() as sandbox:
        yield sandbox


@pytest.fixture
def sentdm_client(sentdm_sandbox: Sandbox) -> Client:
    return sentdm_sandbox.client


@pytest.fixture
def sentdm_sandbox_v3() -> Iterator[Sandbox]:
    with Sandbox(api="v3") as sandbox:
        yield sandbox


@pytest.fixture
def sentdm_client_v3(sentdm_sandbox_v3: Sandbox) -> Client:
    return sentdm_sandbox_v3.client


@pytest.fixture
def sentdm_stubber() -> Iterator[Stubber]:
    with Client(api_key="stubbed", base_url="https://api.sent.dm") as client:
        with Stubber(client) as stubber:
            yield stubber
