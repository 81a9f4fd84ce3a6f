"""Service: everything built from one set of tables (spec, models, operations, resource classes,
and the inspector that describes them), made once and shared by every client that uses the same
tables.

Users extend the built-in table without touching the installed files: tables named by
``Client(endpoints=[...])`` and by the ``SENTDM_ENDPOINTS`` environment variable (paths
separated by ``os.pathsep``) are merged after it (see :func:`sentdm.loader.load_api`).
"""

from __future__ import annotations

import functools
import os
from typing import Iterable, Mapping, NamedTuple, Optional, Tuple, Union

from .inspection import Inspector
from .loader import BUILTIN_TABLE, TableSource, load_api
from .models import build_models
from .operations import Operation, build_operations
from .resources import build_resource_classes
from .spec import ApiSpec

__all__ = ["Service", "build_service", "load_service", "table_paths", "ENDPOINTS_ENV"]

#: Environment variable naming extra tables, separated by os.pathsep.
ENDPOINTS_ENV = "SENTDM_ENDPOINTS"

BUILTIN_PATHS = (os.fspath(BUILTIN_TABLE),)

Endpoints = Union[None, TableSource, Iterable[TableSource]]


class Service(NamedTuple):
    api: ApiSpec
    models: Mapping[str, type]
    operations: Mapping[str, Operation]
    resource_classes: Mapping[str, type]
    meta: Inspector

    @property
    def operation_names(self) -> Tuple[str, ...]:
        """``resource.operation`` for every operation, sorted."""
        return tuple(sorted(self.operations))


def build_service(api: ApiSpec, base: Optional[Service] = None) -> Service:
    """Build everything for ``api``; model classes whose schemas are as in ``base`` are reused
    from it, so that an extended client still returns ``sentdm.Customer``."""
    models = build_models(api.schemas, reuse=base.models if base else {})
    operations = build_operations(api, models)
    meta = Inspector(api, models)
    return Service(api, models, operations, build_resource_classes(meta, operations), meta)


def table_paths(endpoints: Endpoints = None, environ: Mapping[str, str] = os.environ
                ) -> Tuple[str, ...]:
    """The built-in table, then the ``SENTDM_ENDPOINTS`` tables, then ``endpoints`` (one path
    or several), as absolute paths."""
    if endpoints is None:
        extra = []
    elif isinstance(endpoints, (str, os.PathLike)):
        extra = [endpoints]
    else:
        extra = list(endpoints)
    from_env = [path for path in environ.get(ENDPOINTS_ENV, "").split(os.pathsep) if path]
    return BUILTIN_PATHS + tuple(os.path.abspath(os.fspath(path)) for path in from_env + extra)


def load_service(paths: Tuple[str, ...] = BUILTIN_PATHS) -> Service:
    """The service for these tables (the first is the base), built once per distinct list."""
    return _cached_service(tuple(paths))


@functools.lru_cache(maxsize=None)
def _cached_service(paths: Tuple[str, ...]) -> Service:
    base = _cached_service(BUILTIN_PATHS) if paths != BUILTIN_PATHS else None
    return build_service(load_api(paths), base)
