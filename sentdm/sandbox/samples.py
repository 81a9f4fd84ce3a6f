"""Realistic values made from the table's schemas, for answers the sandbox has no state for
(a number lookup, a call) and for the fields of new records that the request does not give
(ids, timestamps, counters).

A value follows the field's declaration first (its enum, its format, its type) and then, for
plain strings, its name: ``*_id`` is a UUID, ``*_at`` a timestamp, ``*phone*`` a phone number,
``*secret`` a ``whsec_`` signing secret. Lists are empty and booleans false, so that a sample
never claims more than it has (no next page, nothing opted out).
"""

from __future__ import annotations

import base64
import secrets
import uuid
from typing import Any, Callable, Dict, Mapping, Optional

from ..spec import FieldSpec, SchemaSpec, snake_case
from .store import now

__all__ = ["sample_object", "sample_value", "new_secret", "made_by_server", "SAMPLE_PHONE"]

#: The phone number samples carry where nothing better is known.
SAMPLE_PHONE = "+14155550100"

#: How deep samples of nested schemas go (schemas may refer to themselves).
MAX_DEPTH = 4


def new_secret() -> str:
    """A webhook signing secret as the API issues them: ``whsec_`` and 32 random bytes, base64."""
    return "whsec_" + base64.b64encode(secrets.token_bytes(32)).decode()


def made_by_server(field: FieldSpec) -> bool:
    """Whether a new record gets this field from the server whatever the request says: its id,
    its timestamps, a signing secret, a field with a declared default."""
    name = snake_case(field.wire_name)
    return (name in ("id", "created_at", "updated_at") or name.endswith("secret")
            or field.default is not None)


def sample_object(schema: SchemaSpec, schemas: Mapping[str, SchemaSpec],
                  given: Optional[Mapping[str, Any]] = None, depth: int = 0,
                  only: Callable[[FieldSpec], bool] = lambda field: True) -> Dict[str, Any]:
    """A record of ``schema`` with the fields ``only`` picks set; fields in ``given`` take its
    values."""
    given = given or {}
    record: Dict[str, Any] = {}
    for field in schema.fields:
        if field.wire_name in given:
            record[field.wire_name] = given[field.wire_name]
            continue
        if not only(field):
            continue
        value = sample_value(field, schemas, depth)
        if value is not None:
            record[field.wire_name] = value
    return record


def sample_value(field: FieldSpec, schemas: Mapping[str, SchemaSpec], depth: int = 0) -> Any:
    """A plausible value for one field, or ``None`` where none can be made (too deep)."""
    if field.enum:
        return field.enum[0]
    if field.default is not None:
        return field.default
    type_ = field.type
    if type_ == "string":
        return _sample_text(field)
    if type_ == "integer":
        return max(int(field.minimum or 0), 1 if snake_case(field.wire_name) == "page" else 0)
    if type_ == "number":
        return float(field.minimum or 0)
    if type_ == "boolean":
        return False
    if type_ == "array":
        return []
    if type_ == "object":
        return {}
    schema = schemas[type_]
    if depth >= MAX_DEPTH:
        return None
    if not schema.is_object:
        return sample_value(FieldSpec(field.wire_name, field.python_name, schema.type,
                                      items=schema.items), schemas, depth + 1)
    return sample_object(schema, schemas, depth=depth + 1)


def _sample_text(field: FieldSpec) -> str:
    name = snake_case(field.wire_name)
    if field.format == "uuid" or name == "id" or name.endswith("_id"):
        return str(uuid.uuid4())
    if field.format == "date-time" or name.endswith("_at") or name in ("timestamp", "date"):
        return now()
    if field.format == "e164" or "phone" in name or name in ("number", "from", "to"):
        return SAMPLE_PHONE
    if name.endswith("secret"):
        return new_secret()
    if "email" in name:
        return "developer@example.com"
    if "url" in name or "link" in name:
        return "https://example.com/" + name.replace("_", "-")
    if "country" in name or name == "region_code":
        return "US"
    if name == "status":
        return "ACTIVE"
    return f"sandbox {name.replace('_', ' ')}"
