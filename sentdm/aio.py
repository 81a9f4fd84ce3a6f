"""asyncio: :class:`AsyncClient`, the same resources with awaitable operations.

The async resource classes are made from the generated (sync) ones, so they follow the table the
same way: each operation and ``_with_http_info`` twin becomes a coroutine function with the same
signature and docstring that runs the sync method in the client's own bounded thread pool, over the
one pooled ``requests`` session; each ``iter_<name>`` returns an :class:`AsyncPaginator`
(``async for``). Many tasks can call one client at once: at most ``max_workers`` requests are in
flight, the rest wait their turn without blocking the event loop.
"""

from __future__ import annotations

import asyncio
import functools
import inspect
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, Any, Callable, Dict, Mapping, Type, TypeVar

from . import bulk
from .bulk import DEFAULT_CONCURRENCY, BulkSummary
from .client import Client
from .errors import ConfigurationError
from .operations import Operation
from .pagination import AsyncPaginator, iterator_method, iterator_name
from .resources import RAW_SUFFIX, Resource

__all__ = ["AsyncClient", "AsyncResource", "async_resource_class", "DEFAULT_MAX_WORKERS"]

T = TypeVar("T")
_AsyncSelf = TypeVar("_AsyncSelf", bound="AsyncClient")

#: The client's default pool keeps 10 connections: one per worker thread.
DEFAULT_MAX_WORKERS = 10

_ASYNC_CLASSES: Dict[Type[Resource], type] = {}


class AsyncResource:
    """Base of the async resources: each method awaits its sync twin in the client's threads."""

    operations: Mapping[str, Operation] = {}
    _children: Mapping[str, type] = {}

    def __init__(self, client: "AsyncClient", sync_resource: Any):
        self._client = client
        self._sync = sync_resource
        for attribute, child in self._children.items():
            setattr(self, attribute, child(client, getattr(sync_resource, attribute)))

    if not TYPE_CHECKING:
        def __getattr__(self, name: str) -> Any:
            if name.startswith("_"):
                raise AttributeError(name)
            return _missing(self._sync, name)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} operations={sorted(self.operations)}>"


def _missing(sync: Any, name: str) -> Any:
    """Raise the AttributeError of the sync twin, which names the API version that has
    ``name``, if any (reached only for a name the async object lacks)."""
    if hasattr(type(sync), name):
        raise AttributeError(name)
    return getattr(sync, name)


def async_resource_class(sync_class: Type[Resource]) -> type:
    """The async twin of a generated resource class (made once per class)."""
    if sync_class not in _ASYNC_CLASSES:
        name = "Async" + sync_class.__name__
        namespace: Dict[str, Any] = {
            "__doc__": sync_class.__doc__, "__module__": __name__,
            "operations": sync_class.operations,
            "_children": {attribute: async_resource_class(child)
                          for attribute, child in sync_class._children.items()}}
        for op_name, op in sync_class.operations.items():
            for method_name in (op_name, op_name + RAW_SUFFIX):
                namespace[method_name] = _awaitable(getattr(sync_class, method_name), name)
            if op.spec.pagination is not None:
                namespace[iterator_name(op.spec)] = iterator_method(op, namespace[op_name],
                                                                    AsyncPaginator)
        _ASYNC_CLASSES[sync_class] = type(name, (AsyncResource,), namespace)
    return _ASYNC_CLASSES[sync_class]


def _awaitable(function: Callable[..., Any], class_name: str) -> Callable[..., Any]:
    async def method(self: AsyncResource, *args: Any, **kwargs: Any) -> Any:
        return await self._client._run(function, self._sync, *args, **kwargs)

    method.__name__ = function.__name__
    method.__qualname__ = f"{class_name}.{function.__name__}"
    method.__doc__ = function.__doc__
    method.__signature__ = inspect.signature(function)  # type: ignore[attr-defined]
    return method


def _as_method(signature: inspect.Signature) -> inspect.Signature:
    """``(client, *, ...)`` -> ``(self, *, ...)``."""
    first, *rest = signature.parameters.values()
    return signature.replace(parameters=[first.replace(name="self"), *rest])


if TYPE_CHECKING:  # the resource attributes, typed by the stubs generated from the table
    from ._generated import AsyncResources
else:
    AsyncResources = object


class AsyncClient(AsyncResources):
    """A Sent.dm API client for asyncio: ``await client.customers.get_customer_by_id(id=...)``.

    Takes the arguments of :class:`sentdm.Client` (credentials, base URL, timeout, ...) plus
    ``max_workers``, the number of threads, and so of requests in flight at once. Use it as
    ``async with sentdm.AsyncClient(...) as client:`` or call ``await client.aclose()``.
    """

    # as for Client, type checkers read the constructor from the stubs (overloaded on api=)
    if not TYPE_CHECKING:
        def __init__(self, *args: Any, max_workers: int = DEFAULT_MAX_WORKERS, **options: Any):
            if not isinstance(max_workers, int) or isinstance(max_workers, bool) \
                    or max_workers < 1:
                raise ConfigurationError("max_workers must be a whole number of at least 1")
            # a connection for every worker thread, unless the caller sized the pool
            options.setdefault("max_connections", max(max_workers, DEFAULT_MAX_WORKERS))
            self.sync = Client(*args, **options)
            self._executor = ThreadPoolExecutor(max_workers, thread_name_prefix="sentdm-async")
            self.max_workers = max_workers
            for name, sync_class in self.sync.service.top_resource_classes.items():
                setattr(self, name,
                        async_resource_class(sync_class)(self, getattr(self.sync, name)))

    @property
    def base_url(self) -> str:
        return self.sync.base_url

    if not TYPE_CHECKING:
        def __getattr__(self, name: str) -> Any:
            if name.startswith("_") or name == "sync":  # sync: not set yet
                raise AttributeError(name)
            return _missing(self.sync, name)

    @property
    def check_formats(self) -> bool:
        return self.sync.check_formats

    async def _run(self, function: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor,
                                          functools.partial(function, *args, **kwargs))

    async def send_bulk(self, *, concurrency: int = DEFAULT_CONCURRENCY, **options: Any
                        ) -> BulkSummary:
        batch = bulk.message_batch(self.sync, **options)
        return await batch.run_async(self._executor, concurrency)

    send_bulk.__doc__ = ("Awaitable Client.send_bulk: the items go out from this client's "
                         "threads and ``on_progress`` runs in the event loop.\n\n"
                         + str(bulk.send_bulk.__doc__))
    send_bulk.__signature__ = _as_method(inspect.signature(bulk.send_bulk))  # type: ignore

    async def aclose(self) -> None:
        """Wait for the requests in flight, then close the threads and connections."""
        await asyncio.get_running_loop().run_in_executor(None, self._executor.shutdown)
        self.sync.close()

    async def __aenter__(self: _AsyncSelf) -> _AsyncSelf:
        return self

    async def __aexit__(self, *exc_info: Any) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        return f"Async{self.sync!r}"
