"""Service: everything built from one set of tables (spec, models, operations, resource classes),
made once and shared by every client that uses the same tables."""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass
from typing import Mapping, Tuple

from .loader import BUILTIN_TABLE, load_api
from .models import build_models
from .operations import Operation, build_operations
from .resources import build_resource_classes
from .spec import ApiSpec

__all__ = ["Service", "build_service", "load_service"]


@dataclass(frozen=True)
class Service:
    api: ApiSpec
    models: Mapping[str, type]
    operations: Mapping[str, Operation]
    resource_classes: Mapping[str, type]

    @property
    def operation_names(self) -> Tuple[str, ...]:
        """``resource.operation`` for every operation, sorted."""
        return tuple(sorted(self.operations))


def build_service(api: ApiSpec) -> Service:
    models = build_models(api.schemas)
    operations = build_operations(api, models)
    return Service(api, models, operations,
                   build_resource_classes(api.resources, operations, models))


@functools.lru_cache(maxsize=None)
def load_service(paths: Tuple[str, ...] = (os.fspath(BUILTIN_TABLE),)) -> Service:
    """The service for these tables (the first is the base), built once per distinct list."""
    return build_service(load_api(paths))
