"""Service: everything built from one set of tables (spec, models, operations, resource classes,
and the inspector that describes them), made once and shared by every client that uses the same
tables.

Each API version has its own base table, found by name in a registry: ``v1.1`` is the built-in
``endpoints.toml``, any other name ``sentdm/apis/<name>.toml`` (or a table given to
:func:`register_api`). ``Client(api=...)``, else ``SENTDM_API_VERSION``, else ``v1.1`` picks
one; a table is read only when a client of its API is first made.

Users extend a base table without touching the installed files: tables named by
``Client(endpoints=[...])`` and by the ``SENTDM_ENDPOINTS`` environment variable (paths
separated by ``os.pathsep``) are merged after it (see :func:`sentdm.loader.load_api`).
"""

from __future__ import annotations

import functools
import os
import re
from pathlib import Path
from typing import TYPE_CHECKING, Dict, Iterable, Mapping, Optional, Tuple, Union

from .errors import ConfigurationError, TableError
from .loader import BUILTIN_TABLE, TableSource, load_api, read_index
from .models import build_models
from .operations import Operation, build_operations
from .resources import build_resource_classes
from .spec import ApiSpec

if TYPE_CHECKING:
    from .inspection import Inspector

__all__ = ["Service", "build_service", "load_service", "table_paths", "ENDPOINTS_ENV",
           "API_ENV", "DEFAULT_API", "register_api", "api_names", "api_table", "select_api"]

#: Environment variable naming extra tables, separated by os.pathsep.
ENDPOINTS_ENV = "SENTDM_ENDPOINTS"
#: Environment variable naming the API version a client speaks by default.
API_ENV = "SENTDM_API_VERSION"
DEFAULT_API = "v1.1"
#: Where the base tables of the other API versions are: ``<name>.toml``.
APIS_DIR = Path(__file__).with_name("apis")

BUILTIN_PATHS = (os.fspath(BUILTIN_TABLE),)

_REGISTERED: Dict[str, str] = {DEFAULT_API: BUILTIN_PATHS[0]}
_SIMPLE_NAME = r"\A[A-Za-z0-9][A-Za-z0-9._-]*\Z"  # (compiled by re when first used)


def register_api(name: str, path: TableSource) -> None:
    """Make ``Client(api=name)`` use the base table at ``path`` (an API version of your own,
    or a test table)."""
    _REGISTERED[name] = os.path.abspath(os.fspath(path))


def api_names() -> Tuple[str, ...]:
    """Every API version a client can speak: the registered ones and ``sentdm/apis/*.toml``."""
    shipped = [path.stem for path in APIS_DIR.glob("*.toml")] if APIS_DIR.is_dir() else []
    return tuple(sorted(set(_REGISTERED) | set(shipped)))


def api_table(name: str) -> str:
    """The base table of the API version ``name``; ConfigurationError for an unknown one."""
    if name in _REGISTERED:
        return _REGISTERED[name]
    shipped = APIS_DIR / f"{name}.toml"
    if isinstance(name, str) and re.match(_SIMPLE_NAME, name) and shipped.is_file():
        return os.fspath(shipped)
    raise ConfigurationError(f"unknown API version {name!r}; expected one of "
                             f"{', '.join(api_names())}")


def models_namespace(name: str) -> str:
    """Where the models of API version ``name`` live in ``sentdm.apis``: ``v3`` -> ``v3``,
    ``v1.1`` -> ``v1_1``."""
    return re.sub(r"\W", "_", name)


def select_api(api: Optional[str] = None, environ: Mapping[str, str] = os.environ) -> str:
    """The API version asked for: ``api``, else ``SENTDM_API_VERSION``, else ``v1.1``."""
    return api or environ.get(API_ENV) or DEFAULT_API

Endpoints = Union[None, TableSource, Iterable[TableSource]]


class Service:
    """Everything built from one set of tables: ``api`` (the spec), ``models``, ``operations``,
    ``resource_classes`` (every resource by its path, ``profiles.campaigns`` too) and ``meta``,
    the Inspector that describes them (made on first use: ``help()`` and listings need it, a
    call needs it once, to write its method). ``name`` is the API version (``v1.1``, ``v3``)."""

    def __init__(self, api: ApiSpec, models: Mapping[str, type],
                 operations: Mapping[str, Operation], name: str = DEFAULT_API):
        self.api = api
        self.models = models
        self.operations = operations
        self.name = name
        self.resource_classes = build_resource_classes(api, operations, lambda: self.meta)

    def __repr__(self) -> str:
        return f"<Service {self.name}: {len(self.operations)} operations>"

    @functools.cached_property
    def meta(self) -> Inspector:
        from .inspection import Inspector  # describing needs it; importing sentdm does not

        return Inspector(self.api, self.models)

    @property
    def top_resource_classes(self) -> Dict[str, type]:
        """The resources that are attributes of a client, by name."""
        return {name: cls for name, cls in self.resource_classes.items() if "." not in name}

    @property
    def operation_names(self) -> Tuple[str, ...]:
        """``resource.operation`` for every operation, sorted."""
        return tuple(sorted(self.operations))


def build_service(api: ApiSpec, base: Optional[Service] = None, name: str = DEFAULT_API
                  ) -> Service:
    """Build everything for ``api``; model classes whose schemas are as in ``base`` are reused
    from it, so that an extended client still returns ``sentdm.Customer``."""
    reuse = base.models if base else {}
    if (base.api.sources[0] if base else api.sources[0]) == BUILTIN_PATHS[0]:
        models = build_models(api.schemas, reuse=reuse)  # exported as sentdm.<Name>
    else:
        models = build_models(api.schemas, "sentdm.apis", reuse, models_namespace(name))
    return Service(api, models, build_operations(api, models), name)


def table_paths(endpoints: Endpoints = None, environ: Mapping[str, str] = os.environ,
                api: Optional[str] = None) -> Tuple[str, ...]:
    """The base table of the API version (see :func:`select_api`), then the
    ``SENTDM_ENDPOINTS`` tables, then ``endpoints`` (one path or several), as absolute paths."""
    if endpoints is None:
        extra = []
    elif isinstance(endpoints, (str, os.PathLike)):
        extra = [endpoints]
    else:
        extra = list(endpoints)
    name = select_api(api, environ)
    from_env = [path for path in environ.get(ENDPOINTS_ENV, "").split(os.pathsep)
                if path and _extends(os.path.abspath(path), name)]
    base = api_table(name)
    return (base,) + tuple(os.path.abspath(os.fspath(path)) for path in from_env + extra)


def _extends(path: str, api: str) -> bool:
    """Whether a ``SENTDM_ENDPOINTS`` table extends API version ``api``: the one its ``[api]
    name`` names, or, without a name (tables written before there were versions), v1.1. A table
    that cannot be read is kept, so that loading it reports the problem."""
    try:
        stat = os.stat(path)
    except OSError:
        return True
    declared = _declared_api(path, stat.st_mtime_ns, stat.st_size)
    if declared is None:
        return True
    return declared == api if declared else api == DEFAULT_API


@functools.lru_cache(maxsize=64)
def _declared_api(path: str, mtime_ns: int, size: int) -> Optional[str]:
    """The ``[api] name`` a table declares ("" for none), or None if it cannot be read (read
    once per version of the file)."""
    try:
        api = read_index(path)["api"] or {}
    except TableError:
        return None
    name = api.get("name", "") if isinstance(api, dict) else ""
    return name if isinstance(name, str) else None


def load_service(paths: Tuple[str, ...] = BUILTIN_PATHS) -> Service:
    """The service for these tables (the first is the base), built once per distinct list."""
    return _cached_service(tuple(paths))


def api_service(name: str) -> Service:
    """The service of the API version ``name`` alone (its base table, no extensions)."""
    return load_service((api_table(name),))


@functools.lru_cache(maxsize=None)
def _cached_service(paths: Tuple[str, ...]) -> Service:
    base = _cached_service(paths[:1]) if len(paths) > 1 else None
    names = [name for name, path in _REGISTERED.items() if path == paths[0]]
    name = names[0] if names else Path(paths[0]).stem
    return build_service(load_api(paths), base, name)
