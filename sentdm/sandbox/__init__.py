"""A local, stateful Sent.dm sandbox built from the same table as the client.

No account, no network, no real phones: ``Sandbox()`` serves the 13 operations on 127.0.0.1 with
real behaviour (customers, templates, contacts, lookups, sends recorded), in memory or in a SQLite
file. ``sentdm sandbox`` serves it from the shell; ``sentdm tour`` runs the README's tour on one.
"""

from .app import DEFAULT_API_KEY, SandboxApp
from .behaviour import SentMessage
from .server import Sandbox

__all__ = ["Sandbox", "SandboxApp", "SentMessage", "DEFAULT_API_KEY"]
