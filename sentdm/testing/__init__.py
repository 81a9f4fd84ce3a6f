"""Tools for testing code built on sentdm: no account, no network, no real messages.

* :class:`Sandbox`: the stateful sandbox over real HTTP on 127.0.0.1, as a context manager;
  ``sandbox.client`` is a client bound to it and ``sandbox.messages`` what was sent.
* :class:`Stubber`: a client answers from a queue of expected calls (botocore-style).
* pytest fixtures ``sentdm_sandbox``, ``sentdm_client`` and ``sentdm_stubber``: add
  ``pytest_plugins = ["sentdm.testing.pytest_plugin"]`` to your top-level ``conftest.py``.
"""

from unittest.mock import ANY

from ..sandbox import DEFAULT_API_KEY, Sandbox, SentMessage
from .stubber import StubAssertionError, Stubber, StubResponseError

__all__ = ["ANY", "DEFAULT_API_KEY", "Sandbox", "SentMessage", "Stubber", "StubAssertionError",
           "StubResponseError"]
