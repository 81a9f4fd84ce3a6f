"""How the sandbox's answers look on the wire, as the table's ``[api]`` declares.

Without an envelope (v1.1) a success is the data itself and an error is
``{"error": message, "details": ["field: what is wrong", ...]}``. With ``[api.envelope]`` a success
is ``{<success>: true, <data>: ..., <meta>: {request_id, timestamp, version}}`` and an error puts
its code, message, details and documentation link where ``[api.error_envelope]`` says.
"""

from __future__ import annotations

import json
import uuid
from typing import Any, Dict, Optional

from ..spec import ApiSpec
from .behaviour import Problem
from .store import now

__all__ = ["Wire", "DOC_URL"]

#: Where an error's documentation link points (the code is appended).
DOC_URL = "https://docs.sent.dm/errors#"


class Wire:
    """Builds answer bodies and headers in the API's shape."""

    def __init__(self, api: ApiSpec):
        self.api = api
        self.envelope = api.envelope
        self.errors = api.error_envelope

    @staticmethod
    def new_request_id() -> str:
        return "req_" + uuid.uuid4().hex

    def success(self, data: Any, request_id: str) -> Any:
        if self.envelope is None:
            return data
        body: Dict[str, Any] = {}
        self._put_success(body, True)
        _put(body, self.envelope.data, data)
        self._put_meta(body, self.envelope.request_id or self.errors.request_id, request_id)
        return body

    def error(self, problem: Problem, request_id: str) -> Any:
        if self.envelope is None:
            details = problem.details
            if isinstance(details, dict):
                details = [f"{name}: {' '.join(texts)}" for name, texts in sorted(details.items())]
            return {"error": problem.error, "details": details}
        body: Dict[str, Any] = {}
        self._put_success(body, False)
        _put(body, self.envelope.data, None)
        paths = self.errors
        details = problem.details
        if isinstance(details, list):
            details = {"request": details} if details else None
        for path, value in ((paths.code, problem.code), (paths.message, problem.error),
                            (paths.details, details),
                            (paths.doc_url, DOC_URL + problem.code if problem.code else None)):
            if path:
                _put(body, path, value)
        self._put_meta(body, paths.request_id or self.envelope.request_id, request_id)
        return body

    def _put_success(self, body: Dict[str, Any], success: bool) -> None:
        if self.envelope is not None and self.envelope.success:
            _put(body, self.envelope.success, success)

    def _put_meta(self, body: Dict[str, Any], request_id_path: Optional[str],
                  request_id: str) -> None:
        """The meta object (time and version of the answer) and the request id."""
        if self.envelope is not None and self.envelope.meta:
            _put(body, self.envelope.meta, {"timestamp": now(),
                                            "version": self.api.name or self.api.version})
        if request_id_path:
            _put(body, request_id_path, request_id)

    @staticmethod
    def encode(body: Any) -> bytes:
        return json.dumps(body).encode()


def _put(body: Dict[str, Any], path: str, value: Any) -> None:
    """Set ``value`` at the dotted ``path`` inside ``body``, making the objects on the way."""
    *parents, last = path.split(".")
    for name in parents:
        body = body.setdefault(name, {})
    body[last] = value
