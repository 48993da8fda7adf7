"""Walking a paginated list one page at a time, every page a Result, and flattening it.

Each ``openrouter_funcs/<function>_pages.py`` module describes its operation's pagination
(the spec's ``x-speakeasy-pagination``) as an :class:`OffsetLimit` or :class:`Cursor` table
and hands it to :func:`walk_pages` / :func:`walk_pages_async` with a call of its function::

    from openrouter_core.pagination import items
    from openrouter_funcs.byok_list_pages import byok_list_pages

    for result in byok_list_pages(core, {"limit": 100}):   # one request per page, lazily
        page = result.unwrap()                            # or match Success / Failure
    for key in items(byok_list_pages(core)):               # each result of each page
        ...

The first page is requested exactly as the caller asked (offset, limit and cursor included).
The walk ends after a page with fewer results than the limit asked for (or than the server's
documented default page size when none was asked), after an empty page, at a null or missing
cursor, once ``total_count`` says every result was received, or just after a ``Failure``,
which is then the last item. Only the current page is kept, plus a 16-byte digest of each page
and cursor met: a server that answers with a page it gave before (the previous one, or an
earlier one: A, B, A, B) or names a cursor already followed ends the walk with a
:class:`~openrouter_core.errors.PaginationError` instead of looping forever.
"""

from __future__ import annotations

import hashlib
from collections.abc import (
    AsyncGenerator,
    AsyncIterator,
    Awaitable,
    Callable,
    Generator,
    Iterator,
    Mapping,
    Sequence,
)
from typing import Any, Generic, TypeVar

import attrs
from returns.result import Failure, Result, Success

from openrouter_core._codec import value_of
from openrouter_core._inputs import coerce_request
from openrouter_core._operation import Operation
from openrouter_core.errors import PaginationError

__all__ = [
    "AsyncPages",
    "Cursor",
    "OffsetLimit",
    "Pages",
    "PaginationError",
    "items",
    "items_async",
    "walk_pages",
    "walk_pages_async",
]

PageT = TypeVar("PageT")
ItemT = TypeVar("ItemT")
ErrorT = TypeVar("ErrorT")


# --- how an operation pages (its x-speakeasy-pagination, as a table) ----------------------


@attrs.frozen(kw_only=True)
class OffsetLimit(Generic[ItemT]):
    """Pages chosen by ``offset`` and ``limit`` request fields; ``ItemT`` is a result's type.

    ``results`` and ``total`` are JSONPaths into a page (``$.data``); ``default_limit`` is the
    page size the server uses when no limit is asked (None: unknown); ``max_offset`` is the
    largest offset the server accepts, where the walk must stop.
    """

    operation: Operation[Any, Any]
    offset: str
    limit: str
    results: str
    total: str | None = None
    default_limit: int | None = None
    max_offset: int | None = None

    def next_request(self, request: Any, page: Any, received: int, number: int) -> Any:
        """The request for the page after ``page`` (which had ``received`` results), or None."""
        if received == 0:
            return None
        offset = (getattr(request, self.offset) or 0) + received
        total = _read(page, self.total) if self.total else None
        if isinstance(total, int) and not isinstance(total, bool) and offset >= total:
            return None
        asked = getattr(request, self.limit)
        expected = asked if asked is not None else self.default_limit
        if expected is not None and received < expected:
            return None
        if self.max_offset is not None and offset > self.max_offset:
            return None
        return attrs.evolve(request, **{self.offset: offset})


@attrs.frozen(kw_only=True)
class Cursor(Generic[ItemT]):
    """Pages chained by a cursor: each page names, at ``next_cursor``, the request field's
    value for the next page; ``more`` is where a page says whether more remain, if it does."""

    operation: Operation[Any, Any]
    cursor: str
    next_cursor: str
    results: str
    more: str | None = None

    def next_request(
        self, request: Any, page: Any, received: int, number: int
    ) -> Any | PaginationError:
        """The request for the page after ``page``, None at the end, or why the walk cannot
        go on."""
        if received == 0:
            return None
        more = _read(page, self.more) if self.more else None
        if more is False:
            return None
        cursor = _read(page, self.next_cursor)
        if cursor is None or cursor == "":
            if more is True:
                return PaginationError(
                    f"{_label(self)}: page {number} says more results remain but has no cursor"
                    f" at {self.next_cursor}; the walk cannot reach them",
                    page=number,
                )
            return None
        return attrs.evolve(request, **{self.cursor: cursor})


def results_of(paging: OffsetLimit[Any] | Cursor[Any], page: Any) -> Sequence[Any]:
    """The results a page holds at the table's ``results`` path (none when it has no list)."""
    value = _read(page, paging.results)
    return value if isinstance(value, (list, tuple)) else ()


# --- the page iterators -------------------------------------------------------------------


class _PageIterator(Generic[ItemT]):
    """What both page iterators hold: their walk, and how the operation pages."""

    __slots__ = ("_walk", "paging")

    def __init__(self, walk: object, paging: OffsetLimit[ItemT] | Cursor[ItemT]) -> None:
        self._walk = walk
        #: How this operation pages.
        self.paging = paging


class Pages(_PageIterator[ItemT], Generic[PageT, ItemT, ErrorT]):
    """The pages of one paginated call, each requested when the loop asks for it."""

    __slots__ = ()
    _walk: Generator[Result[PageT, ErrorT | PaginationError], None, None]

    def __iter__(self) -> Pages[PageT, ItemT, ErrorT]:
        return self

    def __next__(self) -> Result[PageT, ErrorT | PaginationError]:
        return next(self._walk)

    def close(self) -> None:
        """Stop the walk early; no further page is requested."""
        self._walk.close()


class AsyncPages(_PageIterator[ItemT], Generic[PageT, ItemT, ErrorT]):
    """The pages of one paginated ``_async`` call, each requested when the loop asks for it."""

    __slots__ = ()
    _walk: AsyncGenerator[Result[PageT, ErrorT | PaginationError], None]

    def __aiter__(self) -> AsyncPages[PageT, ItemT, ErrorT]:
        return self

    async def __anext__(self) -> Result[PageT, ErrorT | PaginationError]:
        return await self._walk.__anext__()

    async def aclose(self) -> None:
        """Stop the walk early; no further page is requested."""
        await self._walk.aclose()


def walk_pages(
    fetch: Callable[[Any], Result[PageT, ErrorT]],
    request: Any,
    paging: OffsetLimit[ItemT] | Cursor[ItemT],
) -> Pages[PageT, ItemT, ErrorT]:
    """The pages ``fetch`` (one call of the operation's function) returns, starting at
    ``request``; nothing is sent until the first page is asked for."""
    return Pages(_walk(fetch, request, paging), paging)


def walk_pages_async(
    fetch: Callable[[Any], Awaitable[Result[PageT, ErrorT]]],
    request: Any,
    paging: OffsetLimit[ItemT] | Cursor[ItemT],
) -> AsyncPages[PageT, ItemT, ErrorT]:
    """The async twin of :func:`walk_pages`."""
    return AsyncPages(_walk_async(fetch, request, paging), paging)


def items(pages: Pages[Any, ItemT, ErrorT]) -> Iterator[Result[ItemT, ErrorT | PaginationError]]:
    """Each result of each page as a ``Success``; a failed page is the last item."""
    for result in pages:
        page_items = _page_items(pages.paging, result)
        del result  # keep only the current page's results while handing them out
        yield from page_items


async def items_async(
    pages: AsyncPages[Any, ItemT, ErrorT],
) -> AsyncIterator[Result[ItemT, ErrorT | PaginationError]]:
    """The async twin of :func:`items`."""
    async for result in pages:
        page_items = _page_items(pages.paging, result)
        del result
        for item in page_items:
            yield item


def _page_items(paging: OffsetLimit[Any] | Cursor[Any], result: Result[Any, Any]) -> Iterator[Any]:
    """What :func:`items` hands out for one page's result: each of the page's results as a
    ``Success``, or the failure itself (the walk ends after it)."""
    if not isinstance(result, Success):
        return iter((result,))
    return map(Success, results_of(paging, result.unwrap()))


# --- the walk -----------------------------------------------------------------------------


class _Walk:
    """Where a walk stands: the next request, the page count, and which pages and cursors it
    has met (as fixed-size digests, so a long walk keeps a few bytes per page, no page)."""

    def __init__(
        self, paging: OffsetLimit[Any] | Cursor[Any], request: Any, *, valid: bool = True
    ) -> None:
        self.paging = paging
        #: The request for the next page; None once the list is done.
        self.request: Any = request
        self.number = 0
        #: False: ``request`` is the caller's bad input (None, say), sent once so that the
        #: function reports it exactly as a plain call would (nothing goes out); the walk
        #: ends there.
        self._valid = valid
        #: Whether another page is to be fetched, with :attr:`request`.
        self.more = True
        #: Each page's digest → its number: a server that cycles (A, B, A, B) is seen at the
        #: first page it repeats, not only when it repeats the previous one.
        self._pages: dict[bytes, int] = {}
        #: Each cursor followed → the number of the page it was asked for.
        self._cursors: dict[bytes, int] = {}
        first_cursor = (
            getattr(request, paging.cursor) if valid and isinstance(paging, Cursor) else None
        )
        if first_cursor is not None:
            self._cursors[_digest(first_cursor)] = 1
        #: Why the walk cannot go past the page just taken, if it cannot.
        self.stuck: PaginationError | None = None

    @classmethod
    def begin(cls, paging: OffsetLimit[Any] | Cursor[Any], request: Any) -> _Walk:
        """The walk from the caller's ``request`` (a model, a dict, or bad input)."""
        start = coerce_request(request, paging.operation.request_type)
        if isinstance(start, Success):
            return cls(paging, start.unwrap())
        return cls(paging, request, valid=False)

    def answer(self, result: Result[Any, Any]) -> tuple[Result[Any, Any], ...]:
        """The items to hand out for ``result`` (what :attr:`request` fetched), in order; the
        walk ends with them (:attr:`more` False) after a failure, a repeated page, or a page
        nothing can follow."""
        if not self._valid or not isinstance(result, Success):
            self.request, self.more = None, False
            return (result,)
        repeated = self.take(result.unwrap())
        self.more = self.request is not None
        if repeated is not None:
            return (Failure(repeated),)
        if self.stuck is not None:
            return (result, Failure(self.stuck))
        return (result,)

    def take(self, page: Any) -> PaginationError | None:
        """Account for ``page`` and prepare the next request; an error if the walk must stop.

        A page that repeats an earlier one is refused (the error replaces it); an error about
        what follows a page (a cursor already followed, say) is returned after :attr:`request`
        is cleared.
        """
        self.number += 1
        paging = self.paging
        results = results_of(paging, page)
        field = "offset" if isinstance(paging, OffsetLimit) else "cursor"
        if results:
            digest = _digest(results)
            earlier = self._pages.setdefault(digest, self.number)
            if earlier != self.number:
                self.request = None
                return PaginationError(
                    f"{_label(paging)}: page {self.number} repeats page {earlier} (the same"
                    f" {len(results)} results); {_ignored(field, earlier, self.number)}, so the"
                    " walk stopped instead of looping",
                    page=self.number,
                )
        following = paging.next_request(self.request, page, len(results), self.number)
        if isinstance(paging, Cursor) and following is not None:
            following = self._unless_followed(paging, following)
        if isinstance(following, PaginationError):
            self.request = None
            self.stuck = following
        else:
            self.request = following
            self.stuck = None
        return None

    def _unless_followed(self, paging: Cursor[Any], following: Any) -> Any | PaginationError:
        """``following``, or an error if its cursor was followed before (so the next pages
        would be ones already walked)."""
        if isinstance(following, PaginationError):
            return following
        asked_for = self.number + 1
        earlier = self._cursors.setdefault(_digest(getattr(following, paging.cursor)), asked_for)
        if earlier == asked_for:
            return following
        return PaginationError(
            f"{_label(paging)}: page {self.number}'s next cursor is the one page {earlier} was"
            " asked with; the server's cursors go round in a cycle, so the walk stopped instead"
            " of looping",
            page=self.number,
        )


def _ignored(field: str, earlier: int, number: int) -> str:
    if earlier == number - 1:
        return f"the server ignored the {field}"
    return f"the server went back to an earlier page whatever the {field}"


def _digest(value: Any) -> bytes:
    """A 16-byte digest of ``value``'s repr: equal pages (or cursors) give equal digests, and
    keeping one costs the same whatever the page's size."""
    digest = hashlib.blake2b(digest_size=16)
    if isinstance(value, (list, tuple)):
        for item in value:
            digest.update(repr(item).encode("utf-8", "surrogatepass"))
            digest.update(b"\x00")
    else:
        digest.update(repr(value).encode("utf-8", "surrogatepass"))
    return digest.digest()


def _walk(
    fetch: Callable[[Any], Result[PageT, ErrorT]],
    request: Any,
    paging: OffsetLimit[Any] | Cursor[Any],
) -> Generator[Result[PageT, ErrorT | PaginationError], None, None]:
    # The walk decides what to ask for and what to hand out; this driver and the async one
    # only fetch. Handed out from a tuple, the page is not kept through the next request.
    walk = _Walk.begin(paging, request)
    while walk.more:
        yield from walk.answer(fetch(walk.request))


async def _walk_async(
    fetch: Callable[[Any], Awaitable[Result[PageT, ErrorT]]],
    request: Any,
    paging: OffsetLimit[Any] | Cursor[Any],
) -> AsyncGenerator[Result[PageT, ErrorT | PaginationError], None]:
    walk = _Walk.begin(paging, request)
    while walk.more:
        for item in walk.answer(await fetch(walk.request)):
            yield item
            del item  # the caller holds the page now; do not keep it through the next request


# --- reading a page -----------------------------------------------------------------------


def _read(value: Any, path: str) -> Any:
    """The value at a JSONPath of the form ``$.name.name`` (wire names), or None if absent.

    Works on models (by their fields' wire names, then ``extra_fields``) and on plain dicts
    (a page of a shape this SDK does not know).
    """
    for name in _steps(path):
        if isinstance(value, Mapping):
            value = value.get(name)
        elif attrs.has(type(value)):
            value = value_of(value, name)
        else:
            return None
    return value


_STEPS: dict[str, tuple[str, ...]] = {}


def _steps(path: str) -> tuple[str, ...]:
    """A path's keys, split on its first use (the paths are the generated declarations)."""
    steps = _STEPS.get(path)
    if steps is None:
        steps = _STEPS[path] = tuple(path.removeprefix("$.").split("."))
    return steps


def _label(paging: OffsetLimit[Any] | Cursor[Any]) -> str:
    return f"{paging.operation.method} {paging.operation.path}"
