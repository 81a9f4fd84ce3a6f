"""Pagination declared in the table: every operation with ``pagination = { page = ...,
page_size = ... }`` gets an ``iter_<name>`` twin on its resource (``get_all_customers`` ->
``iter_all_customers``, ``list`` -> ``iter_list``) that yields every item across pages.

A page is the operation's data itself (a list), or, where the table names ``items``, the list at
that path inside the data (``templates`` of a ``TemplatePage``).

The iterator is lazy: it asks for the next page only when the items of the previous one have been
consumed, and stops after a page whose ``has_more`` flag (where the table names one) is false, or
else at the first page shorter than the page size (an empty page included), so listing N items
with page size P costs ``N // P + 1`` requests at most and taking the first few costs one.
"""

from __future__ import annotations

import inspect
import typing
from typing import Any, AsyncIterator, Callable, Dict, Generic, Iterator, List, Optional, TypeVar

from .envelope import dig
from .errors import ValidationError
from .operations import Operation
from .spec import OperationSpec, PaginationSpec

__all__ = ["Paginator", "AsyncPaginator", "iterator_name", "iterator_method", "DEFAULT_PAGE_SIZE"]

T = TypeVar("T")

#: Page size when the table gives the page-size parameter neither a default nor a maximum.
DEFAULT_PAGE_SIZE = 100


def iterator_name(spec: OperationSpec) -> str:
    """``get_all_customers`` -> ``iter_all_customers``; a name without ``get_`` keeps it whole."""
    name = spec.name
    return "iter_" + (name[len("get_"):] if name.startswith("get_") else name)


class Paginator(Generic[T]):
    """Iterates over every item of a paginated operation, one page request at a time.

    ``fetch(**kwargs)`` is the operation's method; ``kwargs`` the fixed arguments. A paginator can
    be iterated more than once; each iteration starts again from the first page.
    """

    def __init__(self, fetch: Callable[..., Any], kwargs: Dict[str, Any],
                 pagination: PaginationSpec, page_size: int, first_page: int):
        self._fetch = fetch
        self._kwargs = kwargs
        self._pagination = pagination
        self.page_size = page_size
        self.first_page = first_page

    def _request(self, page: int) -> Dict[str, Any]:
        return {**self._kwargs, self._pagination.page: page,
                self._pagination.page_size: self.page_size}

    def _items(self, data: Any) -> List[Any]:
        """The items of one page's data."""
        items = dig(data, self._pagination.items) if self._pagination.items else data
        return items if isinstance(items, list) else []

    def _next_page(self, page: int, data: Any, items: List[Any]) -> Optional[int]:
        """The page after ``page``, or ``None`` when the page shows it was the last one."""
        if self._pagination.has_more:
            more = dig(data, self._pagination.has_more)
            if more is not None:
                return page + 1 if more and items else None
        return page + 1 if len(items) >= self.page_size else None

    def __iter__(self) -> Iterator[T]:
        page: Optional[int] = self.first_page
        while page is not None:
            data = self._fetch(**self._request(page))
            items = self._items(data)
            yield from items
            page = self._next_page(page, data, items)

    def __repr__(self) -> str:
        return (f"{type(self).__name__}({getattr(self._fetch, '__name__', self._fetch)}, "
                f"page_size={self.page_size})")


class AsyncPaginator(Paginator[T]):
    """The same for an async client: ``async for item in client.customers.iter_all_customers()``;
    ``fetch`` is an awaitable operation."""

    __iter__ = None  # type: ignore[assignment]  # iterating it synchronously is a mistake

    async def __aiter__(self) -> AsyncIterator[T]:  # type: ignore[override]
        page: Optional[int] = self.first_page
        while page is not None:
            data = await self._fetch(**self._request(page))
            items = self._items(data)
            for item in items:
                yield item
            page = self._next_page(page, data, items)


def iterator_method(op: Operation, page_method: Callable[..., Any],
                    paginator: type = Paginator) -> Callable[..., Any]:
    """The ``iter_<name>`` method of a paginated operation whose method is ``page_method``.

    The method returns a ``paginator`` (Paginator, or AsyncPaginator on async resources) around
    the resource's own ``<name>`` method, after checking the arguments once so that bad input
    fails at the call, not at the first ``next()``.
    """
    spec = op.spec
    pagination = spec.pagination
    assert pagination is not None
    size_param = spec.param(pagination.page_size)
    page_param = spec.param(pagination.page)
    default_size = int(_first_set(size_param.default, size_param.maximum, DEFAULT_PAGE_SIZE))
    first_page = int(_first_set(page_param.default, page_param.minimum, 1))
    name = iterator_name(spec)

    def iterate(self: Any, *args: Any, **kwargs: Any) -> Paginator[Any]:
        if args:  # the table's positional path parameters, as the page method takes them
            kwargs = op.by_name(name, args, kwargs)
        # the page-size parameter keeps the table's name (page_size here, per_page elsewhere)
        page_size = kwargs.pop(pagination.page_size, default_size)
        if pagination.page in kwargs:
            raise ValidationError(op.key, {pagination.page: [
                f"{name}() fetches every page itself; call {spec.name}() for one page."]})
        op.validate({**kwargs, pagination.page: first_page, pagination.page_size: page_size},
                    self._client.check_formats)
        return paginator(getattr(self, spec.name), kwargs, pagination, page_size, first_page)

    page_signature = inspect.signature(page_method)
    item = _page_item_type(op, page_signature.return_annotation)
    params = [p for p in page_signature.parameters.values()
              if p.name not in (pagination.page, pagination.page_size)]
    size = inspect.Parameter(pagination.page_size, inspect.Parameter.KEYWORD_ONLY,
                             default=default_size, annotation=int)
    iterate.__name__ = name
    iterate.__qualname__ = page_method.__qualname__.rsplit(".", 1)[0] + "." + name
    iterate.__signature__ = page_signature.replace(  # type: ignore[attr-defined]
        parameters=[*params, size], return_annotation=paginator[item])  # type: ignore[index]
    others = ", ".join(p.name for p in params[1:])
    iterate.__doc__ = (
        f"Every item of {spec.name}(), page after page: {spec.summary or spec.name}.\n\n"
        f"Pages of ``{pagination.page_size}`` items (default {default_size}) are fetched lazily, "
        f"one when the previous one is used up, from page {first_page} until "
        + (f"a page's ``{pagination.has_more}`` is false (or, without it, " if pagination.has_more
           else "") + "the first short or empty page" + (")." if pagination.has_more else ".")
        + (f" The other arguments ({others}) are those of {spec.name}()." if others else "")
        + f"\n\nReturns:\n    {paginator.__name__}[{getattr(item, '__name__', 'Any')}]: "
        + ("``async for`` over it" if issubclass(paginator, AsyncPaginator) else "iterate over it")
        + ".\n\nRaises:\n    sentdm.ValidationError: bad arguments, at the call (nothing is sent).")
    return iterate


def _first_set(*values: Any) -> Any:
    return next(value for value in values if value is not None)


def _item_type(annotation: Any) -> Any:
    """``List[Customer]`` -> ``Customer``; anything else -> ``Any``."""
    args = typing.get_args(annotation)
    return args[0] if typing.get_origin(annotation) is list and args else Any


def _page_item_type(op: Operation, annotation: Any) -> Any:
    """The type of one item: the element type of the list the operation returns or, with the
    table's ``items`` path, of the list at that path in its response schema."""
    spec = op.spec
    if spec.pagination is None or not spec.pagination.items or spec.response is None:
        return _item_type(annotation)
    schemas = op.api.schemas
    schema: Optional[str] = spec.response.schema
    field = None
    for part in spec.pagination.items.split("."):
        fields = {f.wire_name: f for f in schemas[schema].fields} if schema in schemas else {}
        field = fields.get(part)
        if field is None:
            return Any
        schema = field.type
    if field is None or field.type != "array":
        return Any
    return op.models.get(field.items or "", Any)
