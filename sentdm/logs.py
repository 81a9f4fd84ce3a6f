"""Logging and redaction: everything sentdm logs goes to ``logging.getLogger("sentdm")``, and
nothing it logs or raises carries a credential or a secret field.

``SENTDM_LOG=debug`` (or ``info``) in the environment turns the logger on at import, writing to
stderr: at ``info`` a line per retry, at ``debug`` also every request and response, with the
credential headers and the fields the table marks ``secret = true`` masked.
"""

from __future__ import annotations

import json
import logging
import os
from typing import Any, Callable, Dict, FrozenSet, Iterable, Mapping, Optional, Tuple, Union

from .spec import ApiSpec

__all__ = ["logger", "MASK", "CREDENTIAL_HEADERS", "Redactor", "secret_field_names",
           "SecretFields", "credentials_in", "copy_json", "configure_from_environment"]

logger = logging.getLogger("sentdm")

MASK = "***"
#: Headers whose values are credentials, lower-cased: always masked, and their values are scrubbed
#: from any other text that is logged or put in an exception message.
CREDENTIAL_HEADERS = frozenset({"authorization", "proxy-authorization", "x-api-key", "cookie",
                                "set-cookie"})
#: How much of a body a debug log line shows.
LOGGED_BODY_CHARS = 4096


def secret_field_names(api: ApiSpec) -> FrozenSet[str]:
    """Wire names of every schema field and parameter that the table marks ``secret = true``."""
    fields = [f for schema in api.schemas.values() for f in schema.fields]
    fields += [p for op in api.operations for p in op.params]
    return frozenset(f.wire_name for f in fields if f.secret)


class SecretFields:
    """:func:`secret_field_names`, read from the whole table when first needed (to mask an
    error or a log line) rather than when a client is made: that reads every spec."""

    def __init__(self, api: ApiSpec):
        self._api = api
        self._names: Optional[FrozenSet[str]] = None

    def __call__(self) -> FrozenSet[str]:
        if self._names is None:
            self._names = secret_field_names(self._api)
        return self._names


def credentials_in(headers: Mapping[str, str]) -> Tuple[str, ...]:
    """The credential values in a set of headers (a bearer token with and without "Bearer ")."""
    values = []
    for name, value in headers.items():
        if name.lower() in CREDENTIAL_HEADERS and value:
            values.append(value)
            scheme, _, token = value.partition(" ")
            if token and scheme.lower() == "bearer":
                values.append(token)
    return tuple(values)


class Redactor:
    """Masks secret fields of JSON bodies, credential headers, and known secret values in text."""

    def __init__(self, secret_fields: Union[Iterable[str], Callable[[], FrozenSet[str]]] = (),
                 secret_values: Iterable[Optional[str]] = ()):
        self._secret_fields = secret_fields if callable(secret_fields) else frozenset(
            secret_fields)
        # longest first, so that a token is masked whole even when it contains a shorter secret
        self.secret_values = tuple(sorted({v for v in secret_values if v}, key=len, reverse=True))

    @property
    def secret_fields(self) -> FrozenSet[str]:
        """The field names to mask; given as a function (:class:`SecretFields`), asked once."""
        if callable(self._secret_fields):
            self._secret_fields = self._secret_fields()
        return self._secret_fields

    def __reduce__(self) -> Tuple[Any, ...]:
        return Redactor, (self.secret_fields, self.secret_values)

    def text(self, text: str) -> str:
        for value in self.secret_values:
            text = text.replace(value, MASK)
        return text

    def headers(self, headers: Mapping[str, Any]) -> Dict[str, str]:
        return {name: MASK if name.lower() in CREDENTIAL_HEADERS or name in self.secret_fields
                else self.text(str(value)) for name, value in headers.items()}

    def data(self, data: Any) -> Any:
        """Parsed JSON with the value of every secret field masked, at any depth."""
        return copy_json(data, self.secret_fields)

    def body(self, body: Optional[bytes], limit: int = LOGGED_BODY_CHARS) -> str:
        """A body as text fit to log or show: JSON with secrets masked, else the decoded text."""
        if not body:
            return ""
        try:
            text = json.dumps(self.data(json.loads(body)), ensure_ascii=False)
        except (ValueError, TypeError, RecursionError):
            text = body.decode("utf-8", errors="replace")
        text = self.text(text)
        return text if len(text) <= limit else f"{text[:limit]}... ({len(text)} characters)"


def copy_json(value: Any, masked: FrozenSet[str] = frozenset()) -> Any:
    """A deep copy of parsed JSON, with the value of every key in ``masked`` replaced by MASK,
    made without recursion: data nested thousands of levels deep (as a server may send) copies
    like any other. Values that are not dicts or lists are shared, not copied."""
    def empty_like(item: Any) -> Any:
        return {} if isinstance(item, dict) else [] if isinstance(item, list) else item

    top = empty_like(value)
    pending = [(value, top)] if isinstance(value, (dict, list)) else []
    while pending:
        source, target = pending.pop()
        for key, item in (source.items() if isinstance(source, dict) else enumerate(source)):
            copied = MASK if key in masked and item is not None else empty_like(item)
            if copied is not item and copied is not MASK:
                pending.append((item, copied))
            if isinstance(target, dict):
                target[key] = copied
            else:
                target.append(copied)
    return top


def configure_from_environment(environ: Mapping[str, str] = os.environ) -> None:
    """Apply ``SENTDM_LOG`` (debug, info, warning or error): the logger's level, and a stderr
    handler unless the application has given the logger one."""
    wanted = environ.get("SENTDM_LOG", "").strip().upper()
    if wanted not in ("DEBUG", "INFO", "WARNING", "ERROR"):
        return
    logger.setLevel(wanted)
    if not logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        logger.addHandler(handler)


configure_from_environment()
