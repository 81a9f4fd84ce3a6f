"""sentdm: a Python client for the Sent.dm messaging API (SMS and WhatsApp through one API).

The whole API is described by one table, ``endpoints.toml``; at import it becomes the resource
classes, the marshmallow schemas and the models (``sentdm.Customer``, ``sentdm.Contact``, ...)::

    import sentdm

    client = sentdm.Client(api_key="...")
    customers = client.customers.get_all_customers(page=1, page_size=20)

``sentdm.meta`` lists and describes what the table offers (``client.meta`` does the same for a
client's tables, extensions included).
"""

from typing import TYPE_CHECKING, Any, List

from .client import Client, Configuration
from .envelope import RateLimit
from .errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RedirectError,
    SentdmError,
    TableError,
    UnprocessableEntityError,
    ValidationError,
    WebhookVerificationError,
)
from .models import Model, ModelList
from .operations import ApiResponse
from .pagination import AsyncPaginator, Paginator
from .service import load_service
from .version import __version__

#: The built-in API: spec, models, compiled operations and resource classes.
service = load_service()

if TYPE_CHECKING:  # the same models, typed by the stubs generated from the table
    from ._generated import *  # noqa: F401,F403
    from . import webhooks
    from .aio import AsyncClient
    from .bulk import BulkResult, BulkSummary
    from .inspection import Inspector

    meta: Inspector
else:
    def __getattr__(name: str) -> Any:
        """Made or imported on first use: the models (``sentdm.Customer``, where pickle finds
        them too), ``sentdm.meta``, ``sentdm.AsyncClient`` (which brings in asyncio), the bulk
        results and ``sentdm.webhooks`` (which a client that sends messages has no use for)."""
        if name in service.models:
            return service.models[name]
        if name == "meta":  # lists and describes the built-in API's operations and models
            return service.meta
        if name == "__all__":
            return [*_NAMES, *service.models]
        if name == "AsyncClient":
            from .aio import AsyncClient

            return AsyncClient
        if name in ("BulkResult", "BulkSummary"):
            from . import bulk

            return getattr(bulk, name)
        if name == "webhooks":
            import importlib  # not "from . import": that would ask this function again

            return importlib.import_module(".webhooks", __name__)
        raise AttributeError(f"module 'sentdm' has no attribute {name!r}")

    def __dir__() -> List[str]:
        return sorted({*globals(), *__getattr__("__all__")})

__all__ = [
    "Client",
    "Configuration",
    "AsyncClient",
    "Paginator",
    "AsyncPaginator",
    "BulkResult",
    "BulkSummary",
    "ApiResponse",
    "RateLimit",
    "Model",
    "ModelList",
    "service",
    "meta",
    "__version__",
    "SentdmError",
    "ConfigurationError",
    "TableError",
    "ValidationError",
    "WebhookVerificationError",
    "APIError",
    "APIConnectionError",
    "APITimeoutError",
    "APIResponseValidationError",
    "APIStatusError",
    "RedirectError",
    "BadRequestError",
    "AuthenticationError",
    "PermissionDeniedError",
    "NotFoundError",
    "ConflictError",
    "UnprocessableEntityError",
    "RateLimitError",
    "InternalServerError",
]
if not TYPE_CHECKING:
    # ``sentdm.__all__``, asked for, adds the built-in table's models (see __getattr__): listing
    # them builds every schema's spec, which an import need not do
    _NAMES = __all__
    del __all__
