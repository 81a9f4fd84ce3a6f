"""The base tables of the API versions besides the built-in v1.1 (``<name>.toml``; see
:mod:`sentdm.service`), and, as attributes, each version's model classes
(``sentdm.apis.v3.Template``), which is where pickle finds them. An attribute reads its table on
first use, so importing this package reads none."""

from types import SimpleNamespace
from typing import Any


def __getattr__(name: str) -> Any:
    from ..service import api_names, api_service, models_namespace

    for api in api_names():
        if models_namespace(api) == name:
            return SimpleNamespace(**api_service(api).models)
    raise AttributeError(f"module 'sentdm.apis' has no attribute {name!r}")
