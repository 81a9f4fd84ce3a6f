"""Loader: reads endpoints tables (TOML), checks them and builds the spec objects.

Every problem becomes one :class:`~sentdm.errors.TableError` that names the file, the endpoint or
schema, and the field; nothing from inside the loader (KeyError, TypeError, TOML errors) escapes.
Several tables can be merged: the first is the base, later ones add operations, resources and
schemas, and replace an existing one only where the entry says ``override = true``.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import importlib.util
import keyword
import marshal
import os
import re
import sys
import threading
from pathlib import Path
from typing import (Any, Dict, Iterable, List, Mapping, NamedTuple, Optional, Sequence, Tuple,
                    Union)

from uritemplate import URITemplate

from .errors import TableError
from .spec import (
    ERROR_KINDS,
    FORMATS,
    LOCATIONS,
    PRIMITIVE_TYPES,
    ApiSpec,
    AuthSpec,
    BuiltOnUse,
    BulkSpec,
    ConflictRetrySpec,
    EnvelopeSpec,
    ErrorEnvelopeSpec,
    ErrorSpec,
    EventSpec,
    FieldSpec,
    OperationSpec,
    PaginationSpec,
    RateLimitSpec,
    ResourceSpec,
    ResponseSpec,
    SANDBOX_ACTIONS,
    SEND_FIELDS,
    SandboxSpec,
    SchemaSpec,
    did_you_mean,
    idempotency_key_param,
    snake_case,
)

__all__ = ["load_api", "read_index", "BUILTIN_TABLE"]

BUILTIN_TABLE = Path(__file__).with_name("endpoints.toml")

METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS")
TOP_LEVEL_KEYS = ("api", "resources", "endpoint", "schemas", "events")
#: The sub-tables of ``[api]`` and the spec each becomes (its fields are the keys; a field's
#: default gives its type: a string or absent, a boolean, a whole number, a number).
API_TABLES: Dict[str, type] = {
    "auth": AuthSpec, "envelope": EnvelopeSpec, "error_envelope": ErrorEnvelopeSpec,
    "rate_limit": RateLimitSpec, "conflict_retry": ConflictRetrySpec,
}
#: The keys a table-valued field of an ``[api]`` sub-table may have.
API_TABLE_MAP_KEYS: Dict[str, Tuple[str, ...]] = {"codes": ERROR_KINDS}
API_KEYS = ("name", "title", "version", "base_url", "description", "idempotency_header",
            "idempotency_honoured", "idempotency_key_pattern", "sandbox_field", "pagination",
            *API_TABLES)
OPERATION_KEYS = (
    "method", "uri", "operation_id", "summary", "description", "idempotent", "params", "body",
    "body_description", "response", "errors", "pagination", "override", "positional",
    "idempotency_honoured", "bulk", "sandbox",
)
PAGINATION_KEYS = ("page", "page_size", "items", "has_more")
BULK_KEYS = ("recipient", "recipients", "batch_size", "results")
SANDBOX_KEYS = ("action", "collection", "within", "missing", "unwrap", "defaults", "status",
                "failing_suffix", "fields")
PARAM_KEYS = (
    "name", "python_name", "in", "type", "items", "required", "description", "format", "enum",
    "minimum", "maximum", "minLength", "maxLength", "secret", "default",
)
FIELD_KEYS = tuple(key for key in PARAM_KEYS if key not in ("name", "in"))
SCHEMA_KEYS = ("type", "description", "fields", "all_of", "items", "override")
EVENT_KEYS = ("payload", "key", "description", "override")
#: The keys of a webhook event's envelope that an event's ``key`` may name besides its payload.
EVENT_ENVELOPE_KEYS = ("field", "event", "sub_type", "timestamp", "request_id")
_EVENT_NAME = r"\A[a-z0-9_]+(\.[a-z0-9_]+)*(\.\*)?\Z"  # (compiled by re when first used)
RAW_RESPONSE_SUFFIX = "_with_http_info"

TableSource = Union[str, "os.PathLike[str]"]


def read_index(path: TableSource) -> Dict[str, Any]:
    """One table, parsed and sorted into its parts: ``api`` (its ``[api]`` table or None),
    ``resources`` (descriptions by name), and ``operations`` (by ``(resource, name)``),
    ``schemas`` and ``events`` (by name), each entry an ``(override, raw)`` pair; ``key`` is a
    hash of the file.

    As Python keeps compiled modules in ``__pycache__``, the index is kept there too (marshal,
    keyed by the hash), with each entry marshalled on its own: an unchanged table is not parsed
    again, and an entry is decoded only when its spec is built. The cache obeys
    ``sys.dont_write_bytecode``; where it cannot be written, the table is simply parsed.
    """
    source = os.fspath(path)
    content = _read_bytes(source)
    key = hashlib.sha256(content).digest()
    cache = _cache_path(source, "index")
    index = _read_cache(cache, key)
    if index is None:
        index = _index(source, _parse(source, content))
        _write_cache(cache, key, index)
    index["key"] = key
    return index


def _read_bytes(source: str) -> bytes:
    try:
        with open(source, "rb") as handle:
            return handle.read()
    except OSError as exc:
        raise TableError(source, "", f"cannot read the table: {exc.strerror or exc}") from None


def _parse(source: str, content: bytes) -> Dict[str, Any]:
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - exercised on Python < 3.11 only
        import tomli as tomllib
    try:
        return tomllib.loads(content.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise TableError(source, "", f"not UTF-8 text (byte {exc.start})") from None
    except tomllib.TOMLDecodeError as exc:
        raise TableError(source, "", f"TOML syntax error: {exc}") from None


def _index(source: str, table: Dict[str, Any]) -> Dict[str, Any]:
    """The parts of one table (see :func:`read_index`), its shape checked: what is a resource,
    an operation, a schema or an event. The entries themselves are checked when built."""
    check = _Checker(source, "")
    check.keys(table, TOP_LEVEL_KEYS, "top-level key")
    api = None
    if "api" in table:
        api = check.table(table["api"], "api")
        _Checker(source, "[api]").keys(api, API_KEYS, "key")
    resources = {}
    for name, description in check.table(table.get("resources", {}), "resources").items():
        if not isinstance(description, str):
            raise TableError(source, f"resources.{name}", "must be a description string")
        resources[name] = description
    operations: Dict[Tuple[str, str], Tuple[bool, Any]] = {}
    _index_endpoints(source, check.table(table.get("endpoint", {}), "endpoint"), (), operations)
    parts = {"schemas": {}, "events": {}}
    for part, entries in parts.items():
        for name, raw in check.table(table.get(part, {}), part).items():
            entries[name] = _entry(check.table(raw, f"{part}.{name}"))
    return {"api": api, "resources": resources, "operations": operations, **parts}


def _index_endpoints(source: str, tree: Dict[str, Any], path: Tuple[str, ...],
                     operations: Dict[Tuple[str, str], Tuple[bool, Any]]) -> None:
    """Walk ``[endpoint...]``: a table with a ``method`` (or any other value than tables)
    is an operation of the resource whose path leads to it; a table of tables is a resource
    (possibly nesting others)."""
    for name, raw in tree.items():
        where = ".".join(("endpoint",) + path + (name,))
        if not isinstance(raw, dict):
            raise TableError(source, where, f"must be a table, not {_toml_type(raw)}")
        if not path and "method" in raw:
            raise TableError(source, where, "an operation belongs to a resource: "
                             "[endpoint.<resource>.<operation>]")
        if path and ("method" in raw or not all(isinstance(v, dict) for v in raw.values())):
            operations[(".".join(path), name)] = _entry(raw)
        else:
            _Checker(source, where).identifier(name, "resource name")
            _index_endpoints(source, raw, path + (name,), operations)


def _entry(raw: Dict[str, Any]) -> Tuple[bool, Any]:
    """An entry of the index: whether it replaces an earlier table's, and its raw table."""
    return bool(raw.get("override", False)), raw


def _raw(entry: Any) -> Dict[str, Any]:
    """An entry's raw table: as parsed, or marshalled in the cache (decoded when first built)."""
    return marshal.loads(entry) if isinstance(entry, bytes) else entry


def _cache_path(source: str, kind: str) -> str:
    """Where Python would keep the bytecode of ``<source>.py``, ending ``.<kind>``: beside the
    table in ``__pycache__``, or under ``sys.pycache_prefix`` (``PYTHONPYCACHEPREFIX``) where one
    is set, as for a read-only install."""
    bytecode = importlib.util.cache_from_source(os.path.abspath(source) + ".py", optimization="")
    return f"{bytecode[:-len('.pyc')]}.{kind}"


def _read_cache(cache: str, key: bytes) -> Optional[Dict[str, Any]]:
    try:
        with open(cache, "rb") as handle:
            content = handle.read()  # marshal.load(handle) reads a file object by the object
        stored_key, index = marshal.loads(content)
    except (OSError, EOFError, ValueError, TypeError):
        return None
    return index if stored_key == key and isinstance(index, dict) else None


def _write_cache(cache: str, key: bytes, index: Dict[str, Any]) -> None:
    if sys.dont_write_bytecode:
        return
    partial = f"{cache}.{os.getpid()}.tmp"
    try:
        stored = dict(index)
        for part in ("operations", "schemas", "events"):  # ValueError for TOML dates: not cached
            stored[part] = {name: (override, marshal.dumps(raw))
                            for name, (override, raw) in index[part].items()}
        os.makedirs(os.path.dirname(cache), exist_ok=True)
        with open(partial, "wb") as handle:
            marshal.dump((key, stored), handle)
        os.replace(partial, cache)
    except (OSError, ValueError):
        with contextlib.suppress(OSError):
            os.remove(partial)


def load_api(paths: Sequence[TableSource] = (BUILTIN_TABLE,)) -> ApiSpec:
    """Load and merge the given tables (the first is the base) into an ApiSpec.

    Every entry is checked the first time this loader meets a combination of tables; a file in
    the last table's ``__pycache__`` (an extension's, not the installed base table's) then
    records that the combination passed, and later loads build each operation's and schema's
    spec only when it is first used (as botocore loads its models): a client of a large table
    pays for what it uses.
    """
    merged = _Merged()
    for path in paths:
        merged.add(os.fspath(path), read_index(path))
    marker = _checked_marker(merged)
    checked = marker is not None and os.path.exists(marker)
    api = merged.build(checked)
    if marker is not None and not checked and not sys.dont_write_bytecode:
        with contextlib.suppress(OSError):
            os.makedirs(os.path.dirname(marker), exist_ok=True)
            open(marker, "wb").close()
    return api


def _checked_marker(merged: _Merged) -> Optional[str]:
    """The file that says this loader checked these tables, as they are, together: its name
    hashes the loader's version and every table's path and content."""
    from .version import __version__

    try:
        loader = os.stat(__file__)
    except OSError:  # a loader that cannot say which it is remembers nothing
        return None
    digest = hashlib.sha256(repr((__version__, loader.st_mtime_ns, loader.st_size,
                                  merged.keys)).encode()).hexdigest()[:24]
    return _cache_path(merged.sources[-1], f"{digest}.checked")


class _Merged:
    """Raw entries of all tables, each remembered with the file it came from."""

    def __init__(self) -> None:
        self.api: Dict[str, Any] = {}
        self.api_source = ""
        self.resources: Dict[str, Tuple[str, str]] = {}
        self.operations: Dict[Tuple[str, str], Tuple[str, Any]] = {}
        self.schemas: Dict[str, Tuple[str, Any]] = {}
        self.events: Dict[str, Tuple[str, Any]] = {}
        self.sources: List[str] = []
        self.keys: List[Tuple[str, bytes]] = []

    def add(self, source: str, index: Dict[str, Any]) -> None:
        self.sources.append(source)
        self.keys.append((os.path.abspath(source), index["key"]))
        api = index["api"]
        if api is not None:
            if not self.api:
                self.api, self.api_source = api, source
            elif api.get("name", self.api.get("name")) != self.api.get("name"):
                raise TableError(source, "[api]", f"field 'name': this table extends the API "
                                 f"{api['name']!r}, but the base table ({self.api_source}) is "
                                 f"{self.api.get('name')!r}")
        for name, description in index["resources"].items():
            self.resources.setdefault(name, (source, description))
        for (resource, name), entry in index["operations"].items():
            self._put(self.operations, (resource, name), f"endpoint {resource}.{name}", source,
                      entry)
        for name, entry in index["schemas"].items():
            self._put(self.schemas, name, f"schema {name}", source, entry)
        for name, entry in index["events"].items():
            self._put(self.events, name, f"event {name}", source, entry)

    @staticmethod
    def _put(entries: Dict[Any, Tuple[str, Any]], key: Any, what: str, source: str,
             entry: Tuple[bool, Any]) -> None:
        override, raw = entry
        if key in entries and not override:
            raise TableError(source, what, f"already defined in {entries[key][0]}; "
                                           "set override = true to replace it")
        entries[key] = (source, raw)

    def build(self, checked: bool) -> ApiSpec:
        """The ApiSpec, its operations and schemas built on first use. Unless these tables are
        known to have passed (``checked``), every entry is built now, so that any mistake is
        found at once."""
        source = self.api_source or (self.sources[0] if self.sources else "<no table>")
        check = _Checker(source, "[api]")
        if not self.api:
            raise TableError(source, "", "the base table has no [api] table")
        lock = threading.RLock()  # one spec per entry, and no false cycle, if threads race
        schemas = BuiltOnUse(sorted(self.schemas), _SchemaBuilder(self.schemas).schema, lock)
        idempotency = _idempotency(check, self.api)
        api_tables = {key: _api_table(source, self.api, key, spec_class)
                      for key, spec_class in API_TABLES.items()}
        page_defaults = _api_pagination(source, self.api)

        def operation(resource: str, name: str) -> OperationSpec:
            op_source, raw = self.operations[(resource, name)]
            return _build_operation(op_source, resource, name, _raw(raw), schemas, idempotency,
                                    page_defaults)

        by_resource: Dict[str, List[str]] = {}
        for resource, name in sorted(self.operations):
            by_resource.setdefault(resource, []).append(name)
        resources = self._resources({
            resource: BuiltOnUse(names, functools.partial(operation, resource), lock)
            for resource, names in by_resource.items()})
        if not checked:
            _check_whole(schemas, resources)
        return ApiSpec(
            title=check.string(self.api, "title", required=True),
            version=check.string(self.api, "version", required=True),
            base_url=check.string(self.api, "base_url", required=True),
            description=check.string(self.api, "description"),
            resources=resources,
            schemas=schemas,
            sources=tuple(self.sources),
            idempotency_header=idempotency.header,
            name=check.string(self.api, "name"),
            auth=api_tables["auth"] or AuthSpec(),
            idempotency_honoured=idempotency.honoured,
            idempotency_key_pattern=idempotency.pattern,
            sandbox_field=check.string(self.api, "sandbox_field") or None,
            envelope=api_tables["envelope"],
            error_envelope=api_tables["error_envelope"] or ErrorEnvelopeSpec(),
            rate_limit=api_tables["rate_limit"],
            conflict_retry=api_tables["conflict_retry"],
            events=tuple(_build_event(event_source, name, _raw(raw), schemas)
                         for name, (event_source, raw) in sorted(self.events.items())),
        )

    def _resources(self, by_resource: Dict[str, Mapping[str, OperationSpec]]
                   ) -> Dict[str, ResourceSpec]:
        """Every resource, nested ones and those that only hold nested ones included, each
        knowing its children; no operation is the raw-response form of another, and a child
        may not share a name with an operation of its parent."""
        for resource, operations in by_resource.items():
            for name in operations:
                plain = name[: -len(RAW_RESPONSE_SUFFIX)]
                if name.endswith(RAW_RESPONSE_SUFFIX) and plain in operations:
                    raise TableError(self.operations[(resource, name)][0],
                                     f"endpoint {resource}.{name}", "duplicate operation name: "
                                     f"{resource}.{name} is the raw-response form of "
                                     f"{resource}.{plain}")
        paths = set(by_resource)
        for path in by_resource:
            parts = path.split(".")
            paths.update(".".join(parts[:end]) for end in range(1, len(parts)))
        children: Dict[str, List[str]] = {}
        for path in paths:
            parent, _, child = path.rpartition(".")
            if parent:
                children.setdefault(parent, []).append(child)
        resources = {}
        for path in sorted(paths):
            operations = by_resource.get(path, {})
            for child in children.get(path, ()):
                taken = {name for op_name in operations
                         for name in (op_name, op_name + RAW_RESPONSE_SUFFIX)}
                if child in taken:
                    name = child if child in operations else child[: -len(RAW_RESPONSE_SUFFIX)]
                    raise TableError(self.operations[(path, name)][0], f"endpoint {path}.{child}",
                                     f"a nested resource {path}.{child} has the same name as "
                                     "this operation")
            resources[path] = ResourceSpec(path, self.resources.get(path, ("", ""))[1],
                                           operations, tuple(sorted(children.get(path, ()))))
        return resources


def _check_whole(schemas: Mapping[str, SchemaSpec], resources: Mapping[str, ResourceSpec]
                 ) -> None:
    """Build every schema and operation (each checks itself), and check what no single entry
    can: that operation ids are unique."""
    for name in schemas:
        schemas[name]  # building a spec checks it
    seen_ids: Dict[str, str] = {}
    for resource in resources.values():
        for op in resource.operations.values():
            if op.operation_id in seen_ids:
                raise TableError(op.source, f"endpoint {op.key}", f"operation_id "
                                 f"{op.operation_id!r} is also used by {seen_ids[op.operation_id]}")
            if op.operation_id:
                seen_ids[op.operation_id] = op.key


class _Checker:
    """Typed reads of raw TOML values that raise TableError naming source, place and field."""

    def __init__(self, source: str, where: str):
        self.source = source
        self.where = where

    def fail(self, problem: str) -> TableError:
        return TableError(self.source, self.where, problem)

    def keys(self, raw: Mapping[str, Any], allowed: Sequence[str], what: str) -> None:
        for key in raw:
            if key not in allowed:
                raise self.fail(f"unknown {what} {key!r}{did_you_mean(key, allowed)}; "
                                f"expected one of {', '.join(allowed)}")

    def table(self, value: Any, name: str) -> Dict[str, Any]:
        if not isinstance(value, dict):
            raise TableError(self.source, name, f"must be a table, not {_toml_type(value)}")
        return value

    def identifier(self, value: str, what: str) -> str:
        if not value.isidentifier() or keyword.iskeyword(value) or value.startswith("_"):
            raise self.fail(f"{what} {value!r} is not a usable Python name")
        return value

    def value(self, raw: Mapping[str, Any], key: str, kinds: Tuple[type, ...], kind_name: str,
              required: bool = False, default: Any = None) -> Any:
        if key not in raw:
            if required:
                raise self.fail(f"field {key!r}: missing")
            return default
        value = raw[key]
        if not isinstance(value, kinds) or (bool not in kinds and isinstance(value, bool)):
            raise self.fail(f"field {key!r}: must be {kind_name}, not {_toml_type(value)}")
        return value

    def string(self, raw: Mapping[str, Any], key: str, required: bool = False) -> str:
        return self.value(raw, key, (str,), "a string", required, "").strip()

    def boolean(self, raw: Mapping[str, Any], key: str, default: bool = False) -> bool:
        return self.value(raw, key, (bool,), "true or false", default=default)

    def number(self, raw: Mapping[str, Any], key: str) -> Optional[float]:
        return self.value(raw, key, (int, float), "a number")

    def whole(self, raw: Mapping[str, Any], key: str) -> Optional[int]:
        value = self.value(raw, key, (int,), "a whole number")
        if value is not None and value < 0:
            raise self.fail(f"field {key!r}: must not be negative")
        return value

    def choice(self, raw: Mapping[str, Any], key: str, choices: Sequence[str],
               required: bool = False) -> Optional[str]:
        value = self.value(raw, key, (str,), "a string", required)
        if value is not None and value not in choices:
            raise self.fail(f"field {key!r}: unknown value {value!r}{did_you_mean(value, choices)};"
                            f" expected one of {', '.join(choices)}")
        return value


class _SchemaBuilder:
    """Builds SchemaSpecs, resolving ``all_of`` so that each schema lists all its fields."""

    def __init__(self, raw_schemas: Mapping[str, Tuple[str, Dict[str, Any]]]):
        self.raw = raw_schemas
        self.built: Dict[str, SchemaSpec] = {}
        self.in_progress: List[str] = []

    def schema(self, name: str) -> SchemaSpec:
        if name in self.built:
            return self.built[name]
        source, raw = self.raw[name]
        check = _Checker(source, f"schema {name}")
        if name in self.in_progress:
            raise check.fail(f"all_of forms a cycle: {' -> '.join(self.in_progress + [name])}")
        self.in_progress.append(name)
        try:
            self.built[name] = self._build(check, name, _raw(raw))
        finally:
            self.in_progress.pop()
        return self.built[name]

    def _build(self, check: _Checker, name: str, raw: Dict[str, Any]) -> SchemaSpec:
        check.identifier(name, "schema name")
        check.keys(raw, SCHEMA_KEYS, "key")
        type_ = check.choice(raw, "type", PRIMITIVE_TYPES) or "object"
        all_of = check.value(raw, "all_of", (list,), "a list of schema names", default=[])
        fields: Dict[str, FieldSpec] = {}
        for base in all_of:
            if base not in self.raw:
                raise check.fail(f"field 'all_of': unknown schema {base!r}"
                                 f"{did_you_mean(str(base), list(self.raw))}")
            for inherited in self.schema(base).fields:
                fields[inherited.wire_name] = inherited
        raw_fields = check.table(raw.get("fields", {}), f"{check.where}: fields")
        if raw_fields and type_ != "object":
            raise check.fail(f"field 'fields': a schema of type {type_!r} has no fields")
        for wire_name, raw_field in raw_fields.items():
            where = f"{check.where}: field {wire_name!r}"
            fields[wire_name] = _build_field(_Checker(check.source, where),
                                             check.table(raw_field, where),
                                             wire_name, None, FIELD_KEYS, self.raw)
        items = _check_items(check, raw, type_, self.raw)
        _check_unique_python_names(check, fields.values())
        return SchemaSpec(name, type_, check.string(raw, "description"), tuple(fields.values()),
                          tuple(all_of), items)


def _build_event(source: str, name: str, raw: Dict[str, Any],
                 schemas: Mapping[str, SchemaSpec]) -> EventSpec:
    """``[events."<type>"]`` or ``[events."<field>.*"]``: the schema of the payload, and the
    parts of the event (``payload.<field>`` or an envelope key) that identify one occurrence."""
    check = _Checker(source, f"event {name}")
    if not re.match(_EVENT_NAME, name):
        raise check.fail("an event is named by its type (\"message.received\") or by its field "
                         "and .* (\"message.*\"): lower-case words separated by dots")
    check.keys(raw, EVENT_KEYS, "key")
    payload = _schema_ref(check, "payload", check.value(raw, "payload", (str,), "a schema name",
                                                        required=True), schemas)
    if not payload.is_object:
        raise check.fail(f"field 'payload': schema {payload.name!r} is not an object")
    key = check.value(raw, "key", (list,), "a list of names", default=[])
    in_payload = {f.wire_name for f in payload.fields}
    for part in key:
        part = part if isinstance(part, str) else repr(part)
        inside, dot, field = part.partition(".")
        known = (field in in_payload) if inside == "payload" and dot else part in EVENT_ENVELOPE_KEYS
        if not known:
            choices = [f"payload.{f}" for f in sorted(in_payload)] + list(EVENT_ENVELOPE_KEYS)
            raise check.fail(f"field 'key': {part!r} is neither a field of {payload.name} "
                             f"(payload.<field>) nor a key of the envelope"
                             f"{did_you_mean(part, choices)}")
    return EventSpec(name, payload.name, tuple(key), check.string(raw, "description"), source)


def _build_field(check: _Checker, raw: Mapping[str, Any], wire_name: str,
                 location: Optional[str], allowed: Sequence[str],
                 schemas: Mapping[str, Any]) -> FieldSpec:
    check.keys(raw, allowed, "key")
    type_ = check.value(raw, "type", (str,), "a string", required=True)
    if type_ not in PRIMITIVE_TYPES and type_ not in schemas:
        raise check.fail(f"field 'type': unknown type {type_!r}"
                         f"{did_you_mean(type_, list(PRIMITIVE_TYPES) + list(schemas))}; expected "
                         f"one of {', '.join(PRIMITIVE_TYPES)} or a schema name")
    enum = check.value(raw, "enum", (list,), "a list")
    if enum is not None and not enum:
        raise check.fail("field 'enum': must list at least one value")
    python_name = check.string(raw, "python_name") or snake_case(wire_name)
    check.identifier(python_name, "Python name")
    field_format = check.choice(raw, "format", FORMATS)
    if field_format and type_ != "string" and (type_, raw.get("items")) != ("array", "string"):
        raise check.fail(f"field 'format': format {field_format!r} applies to strings (or to "
                         f"each item of an array of strings), not to {type_}")
    return FieldSpec(
        wire_name=wire_name,
        python_name=python_name,
        type=type_,
        location=location,
        required=check.boolean(raw, "required"),
        description=check.string(raw, "description"),
        items=_check_items(check, raw, type_, schemas),
        format=field_format,
        enum=tuple(enum) if enum is not None else None,
        minimum=check.number(raw, "minimum"),
        maximum=check.number(raw, "maximum"),
        min_length=check.whole(raw, "minLength"),
        max_length=check.whole(raw, "maxLength"),
        secret=check.boolean(raw, "secret"),
        default=raw.get("default"),
    )


def _check_items(check: _Checker, raw: Mapping[str, Any], type_: str,
                 schemas: Mapping[str, Any]) -> Optional[str]:
    items = check.value(raw, "items", (str,), "a type name")
    if type_ == "array" and items is None:
        raise check.fail("field 'items': missing (an array says what it holds)")
    if items is not None and type_ != "array":
        raise check.fail(f"field 'items': only an array has items, not {type_}")
    if items is not None and items not in PRIMITIVE_TYPES and items not in schemas:
        raise check.fail(f"field 'items': unknown type {items!r}"
                         f"{did_you_mean(items, list(PRIMITIVE_TYPES) + list(schemas))}")
    return items


class _Idempotency(NamedTuple):
    """The ``[api]`` keys about idempotency keys."""

    header: Optional[str] = None
    honoured: bool = False
    pattern: Optional[str] = None


def _idempotency(check: _Checker, api: Mapping[str, Any]) -> _Idempotency:
    header = check.string(api, "idempotency_header") or None
    if header:
        check.identifier(snake_case(header), "idempotency_header's Python name")
    pattern = check.string(api, "idempotency_key_pattern") or None
    if pattern is not None:
        _check_pattern(check, "idempotency_key_pattern", pattern)
    honoured = check.boolean(api, "idempotency_honoured")
    if not header and (honoured or pattern):
        raise check.fail("field 'idempotency_honoured'/'idempotency_key_pattern': needs an "
                         "idempotency_header (which header carries the key)")
    return _Idempotency(header, honoured, pattern)


def _check_pattern(check: _Checker, key: str, pattern: str) -> None:
    try:
        re.compile(pattern)
    except re.error as exc:
        raise check.fail(f"field {key!r}: not a valid regular expression: {exc}") from None


def _api_table(source: str, api: Mapping[str, Any], key: str, spec_class: Any) -> Any:
    """``[api.<key>]`` as ``spec_class``, or None when absent. Each field of the spec is a key;
    its default says its type, and a field without a default is required."""
    if key not in api:
        return None
    where = f"[api.{key}]"
    check = _Checker(source, where)
    raw = check.table(api[key], where)
    check.keys(raw, spec_class._fields, "key")
    values = {}
    for field in spec_class._fields:
        default = spec_class._field_defaults.get(field)
        required = field not in spec_class._field_defaults
        if isinstance(default, dict):
            values[field] = _string_map(check, raw, field, API_TABLE_MAP_KEYS[field])
        elif isinstance(default, bool):
            values[field] = check.boolean(raw, field, default)
        elif isinstance(default, int):
            values[field] = check.value(raw, field, (int,), "a whole number", default=default)
        elif isinstance(default, float):
            value = check.value(raw, field, (int, float), "a number", default=default)
            if value < 0:
                raise check.fail(f"field {field!r}: must not be negative")
            values[field] = float(value)
        else:
            values[field] = _dotted(check, raw, field, required) or default
    return spec_class(**values)


def _string_map(check: _Checker, raw: Mapping[str, Any], key: str, allowed: Sequence[str]
                ) -> Dict[str, str]:
    """A table of non-empty strings (``{ missing_key = "AUTH_001" }``) keyed by ``allowed``."""
    where = f"{check.where}: {key}"
    values = check.table(raw.get(key, {}), where)
    map_check = _Checker(check.source, where)
    map_check.keys(values, allowed, "key")
    for name in values:
        if not map_check.string(values, name):
            raise map_check.fail(f"field {name!r}: must not be empty")
    return dict(values)


def _dotted(check: _Checker, raw: Mapping[str, Any], key: str, required: bool = False
            ) -> Optional[str]:
    """A non-empty name or dotted path (``error.code``), or None when absent."""
    value = check.value(raw, key, (str,), "a string", required)
    if value is not None and not all(part.strip() for part in value.split(".")):
        raise check.fail(f"field {key!r}: {value!r} is not a name or a dotted path "
                         "such as 'error.code'")
    return value


def _api_pagination(source: str, api: Mapping[str, Any]) -> Dict[str, str]:
    """``[api.pagination]``: defaults for every endpoint's ``pagination``."""
    if "pagination" not in api:
        return {}
    check = _Checker(source, "[api.pagination]")
    raw = check.table(api["pagination"], "[api.pagination]")
    allowed = tuple(key for key in PAGINATION_KEYS if key != "items")
    check.keys(raw, allowed, "key")
    return {key: str(_dotted(check, raw, key)) for key in allowed if key in raw}


def _build_operation(source: str, resource: str, name: str, raw: Dict[str, Any],
                     schemas: Mapping[str, SchemaSpec],
                     idempotency: _Idempotency = _Idempotency(),
                     page_defaults: Mapping[str, str] = {}) -> OperationSpec:
    check = _Checker(source, f"endpoint {resource}.{name}")
    check.identifier(name, "operation name")
    check.keys(raw, OPERATION_KEYS, "key")
    method = check.value(raw, "method", (str,), "a string", required=True).upper()
    if method not in METHODS:
        raise check.fail(f"field 'method': unknown HTTP method {method!r}; "
                         f"expected one of {', '.join(METHODS)}")
    uri = check.value(raw, "uri", (str,), "a string", required=True)
    if not uri.startswith("/"):
        raise check.fail(f"field 'uri': {uri!r} must start with '/'")

    params: List[FieldSpec] = []
    for index, raw_param in enumerate(check.value(raw, "params", (list,), "a list of tables",
                                                  default=[])):
        where = f"{check.where}: params[{index}]"
        raw_param = check.table(raw_param, where)
        param_check = _Checker(source, where)
        wire_name = param_check.value(raw_param, "name", (str,), "a string", required=True)
        param_check = _Checker(source, f"{check.where}: param {wire_name!r}")
        location = param_check.choice(raw_param, "in", LOCATIONS, required=True)
        params.append(_build_field(param_check, raw_param, wire_name, location, PARAM_KEYS, schemas))

    body_schema = check.value(raw, "body", (str,), "a schema name")
    scalar_body = False
    if body_schema is not None:
        body = _schema_ref(check, "body", body_schema, schemas)
        if body.is_object:
            params.extend(_body_param(f) for f in body.fields)
        else:
            scalar_body = True
            params.append(FieldSpec("body", "body", body.type, "body", required=True,
                                    description=body.description, items=body.items))

    idempotent = check.boolean(raw, "idempotent", default=method != "POST" and method != "PATCH")
    # whether the server deduplicates this operation's calls by idempotency key
    honoured = check.boolean(raw, "idempotency_honoured", default=idempotency.honoured)
    if honoured and not idempotency.header:
        raise check.fail("field 'idempotency_honoured': the API has no idempotency_header "
                         "to carry the key")
    if idempotency.header and (honoured or not idempotent):
        params.append(idempotency_key_param(idempotency.header, honoured, idempotency.pattern))

    _check_unique_python_names(check, params)
    _check_uri(check, uri, params)
    response = _response(check, raw.get("response"), schemas)
    return OperationSpec(
        resource=resource,
        name=name,
        method=method,
        uri=uri,
        params=tuple(sorted(params, key=lambda p: not p.required)),
        summary=check.string(raw, "summary"),
        description=check.string(raw, "description"),
        operation_id=check.string(raw, "operation_id"),
        body_schema=body_schema,
        body_description=check.string(raw, "body_description"),
        scalar_body=scalar_body,
        response=response,
        errors=_errors(check, raw.get("errors", {}), schemas),
        idempotent=idempotent,
        pagination=_pagination(check, raw.get("pagination"), params, page_defaults),
        source=source,
        idempotency_honoured=honoured,
        positional=_positional(check, raw, params),
        bulk=_bulk(check, raw.get("bulk"), params),
        sandbox=_sandbox(check, raw.get("sandbox")),
    )


def _positional(check: _Checker, raw: Mapping[str, Any], params: Sequence[FieldSpec]
                ) -> Tuple[str, ...]:
    """``positional = ["profile_id"]``: path parameters (Python names) that may also be passed
    positionally, in this order."""
    names = check.value(raw, "positional", (list,), "a list of parameter names", default=[])
    path_params = [p.python_name for p in params if p.location == "path"]
    for index, name in enumerate(names):
        if name not in path_params:
            raise check.fail(f"field 'positional': {name!r} is not a path parameter of this "
                             f"endpoint{did_you_mean(str(name), path_params)}; expected Python "
                             f"names of path parameters ({', '.join(path_params) or 'none'})")
        if name in names[:index]:
            raise check.fail(f"field 'positional': {name!r} is listed twice")
    return tuple(names)


def _body_param(field: FieldSpec) -> FieldSpec:
    return field._replace(location="body")


def _schema_ref(check: _Checker, key: str, name: Any, schemas: Mapping[str, SchemaSpec]) -> SchemaSpec:
    if not isinstance(name, str) or name not in schemas:
        raise check.fail(f"field {key!r}: unknown schema {name!r}"
                         f"{did_you_mean(str(name), list(schemas))}")
    return schemas[name]


def _response(check: _Checker, raw: Any, schemas: Mapping[str, SchemaSpec]) -> Optional[ResponseSpec]:
    if raw is None:
        return None
    if isinstance(raw, list):
        if len(raw) != 1:
            raise check.fail("field 'response': a list response names exactly one schema, "
                             "as in [\"Customer\"]")
        return ResponseSpec(_schema_ref(check, "response", raw[0], schemas).name, many=True)
    return ResponseSpec(_schema_ref(check, "response", raw, schemas).name)


def _errors(check: _Checker, raw: Any, schemas: Mapping[str, SchemaSpec]) -> Tuple[ErrorSpec, ...]:
    errors = []
    for status, entry in check.table(raw, f"{check.where}: errors").items():
        if not status.isdigit() or not 400 <= int(status) <= 599:
            raise check.fail(f"field 'errors': {status!r} is not an HTTP error status (400-599)")
        if isinstance(entry, str):
            errors.append(ErrorSpec(int(status), entry))
            continue
        entry_check = _Checker(check.source, f"{check.where}: errors.{status}")
        entry_check.keys(check.table(entry, entry_check.where), ("description", "schema"), "key")
        schema = entry.get("schema")
        if schema is not None:
            _schema_ref(entry_check, "schema", schema, schemas)
        errors.append(ErrorSpec(int(status), entry_check.string(entry, "description"), schema))
    return tuple(sorted(errors, key=lambda e: e.status))


def _pagination(check: _Checker, raw: Any, params: Iterable[FieldSpec],
                defaults: Mapping[str, str] = {}) -> Optional[PaginationSpec]:
    """``pagination = {...}`` over the ``[api.pagination]`` defaults: page and page_size name
    query parameters (wire names); items and has_more are dotted paths inside the data."""
    if raw is None:
        return None
    raw = check.table(raw, f"{check.where}: pagination")
    pag_check = _Checker(check.source, f"{check.where}: pagination")
    pag_check.keys(raw, PAGINATION_KEYS, "key")
    merged = {**defaults, **raw}
    wire_names = {p.wire_name: p.python_name for p in params if p.location == "query"}
    names = []
    for key in ("page", "page_size"):
        wire = pag_check.value(merged, key, (str,), "a parameter name", required=True)
        if wire not in wire_names:
            raise pag_check.fail(f"field {key!r}: {wire!r} is not a query parameter of this "
                                 f"endpoint{did_you_mean(wire, list(wire_names))}")
        names.append(wire_names[wire])
    return PaginationSpec(*names, items=_dotted(pag_check, merged, "items"),
                          has_more=_dotted(pag_check, merged, "has_more"))


def _bulk(check: _Checker, raw: Any, params: Sequence[FieldSpec]) -> Optional[BulkSpec]:
    """``bulk = { recipient = "phone_number" }`` (one request per recipient) or ``{ recipients =
    "to", batch_size = 100, results = "recipients" }`` (many per request): the named parameters
    must exist, and exactly one of ``recipient`` / ``recipients`` is given."""
    if raw is None:
        return None
    bulk_check = _Checker(check.source, f"{check.where}: bulk")
    raw = bulk_check.table(raw, bulk_check.where)
    bulk_check.keys(raw, BULK_KEYS, "key")
    names = [p.python_name for p in params]
    for key in ("recipient", "recipients"):
        name = bulk_check.value(raw, key, (str,), "a parameter's Python name")
        if name is not None and name not in names:
            raise bulk_check.fail(f"field {key!r}: {name!r} is not a parameter of this "
                                  f"endpoint{did_you_mean(name, names)}")
    if ("recipient" in raw) == ("recipients" in raw):
        raise bulk_check.fail("give exactly one of 'recipient' (one per request) and "
                              "'recipients' (a list per request)")
    batch_size = bulk_check.whole(raw, "batch_size")
    if batch_size is not None and (batch_size < 1 or "recipients" not in raw):
        raise bulk_check.fail("field 'batch_size': a whole number >= 1, with 'recipients'")
    return BulkSpec(raw.get("recipient"), raw.get("recipients"), batch_size,
                    bulk_check.value(raw, "results", (str,), "a dotted path") or None)


def _sandbox(check: _Checker, raw: Any) -> Optional[SandboxSpec]:
    """``sandbox = { action = ..., collection = ... }``: what the local sandbox does for this
    operation (see :mod:`sentdm.sandbox.actions`)."""
    if raw is None:
        return None
    where = f"{check.where}: sandbox"
    raw = check.table(raw, where)
    sandbox_check = _Checker(check.source, where)
    sandbox_check.keys(raw, SANDBOX_KEYS, "key")
    action = sandbox_check.choice(raw, "action", SANDBOX_ACTIONS, required=True)
    collection = sandbox_check.string(raw, "collection") or None
    if collection is None and action not in ("sample", "account"):
        raise sandbox_check.fail(f"field 'collection': the action {action!r} needs one")
    status = sandbox_check.whole(raw, "status")
    if status is not None and not 200 <= status <= 299:
        raise sandbox_check.fail(f"field 'status': {status} is not a success status (200-299)")
    failing_suffix = sandbox_check.string(raw, "failing_suffix")
    if failing_suffix and not failing_suffix.isdigit():
        raise sandbox_check.fail(f"field 'failing_suffix': {failing_suffix!r} is not digits")
    return SandboxSpec(
        action=action or "",
        collection=collection,
        within=sandbox_check.string(raw, "within") or None,
        missing=sandbox_check.string(raw, "missing"),
        unwrap=sandbox_check.string(raw, "unwrap") or None,
        defaults=dict(check.table(raw.get("defaults", {}), f"{where}: defaults")),
        status=status,
        failing_suffix=failing_suffix,
        fields=_string_map(sandbox_check, raw, "fields", SEND_FIELDS),
    )


def _check_unique_python_names(check: _Checker, fields: Iterable[FieldSpec]) -> None:
    seen: Dict[str, str] = {}
    for f in fields:
        if f.python_name in seen:
            raise check.fail(f"parameters {seen[f.python_name]!r} and {f.wire_name!r} both have "
                             f"the Python name {f.python_name!r}; give one a python_name")
        seen[f.python_name] = f.wire_name


def _check_uri(check: _Checker, uri: str, params: Sequence[FieldSpec]) -> None:
    """Every URI variable is a declared parameter in the matching place, and the other way round."""
    try:
        variables = URITemplate(uri).variables
    except Exception as exc:  # uritemplate raises assorted errors on malformed templates
        raise check.fail(f"field 'uri': not a valid RFC 6570 template: {exc}") from None
    by_wire = {p.wire_name: p for p in params if p.location in ("path", "query")}
    in_uri: Dict[str, str] = {}
    for variable in variables:
        operator = getattr(variable.operator, "value", variable.operator)
        for name in variable.variable_names:
            where = "query" if operator in ("?", "&") else "path"
            if operator not in ("", "?", "&"):
                raise check.fail(f"field 'uri': {{{operator}{name}}} is not supported; "
                                 f"use {{{name}}} in the path or {{?{name}}} in the query")
            param = by_wire.get(name)
            if param is None:
                raise check.fail(f"field 'uri': variable {name!r} has no parameter"
                                 f"{did_you_mean(name, list(by_wire))}; declare it in params "
                                 f"with in = \"{where}\"")
            if param.location != where:
                raise check.fail(f"field 'uri': {name!r} is a {param.location} parameter but "
                                 f"appears in the {where} part of the URI")
            in_uri[name] = where
    for param in by_wire.values():
        if param.wire_name not in in_uri:
            hint = f"{{{param.wire_name}}}" if param.location == "path" else f"{{?{param.wire_name}}}"
            raise check.fail(f"field 'uri': {param.location} parameter {param.wire_name!r} is "
                             f"missing from the URI {uri!r} (add {hint})")


def _toml_type(value: Any) -> str:
    return {dict: "a table", list: "a list", str: "a string", bool: "a boolean",
            int: "an integer", float: "a float"}.get(type(value), type(value).__name__)
