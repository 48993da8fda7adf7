"""A loopback HTTP server that serves one list in real pages, by offset/limit or by cursor.

Real sockets on 127.0.0.1, so a page walk goes through the whole pipeline (httpx, retries,
parsing). The server can misbehave the ways pagination must survive: ignore ``limit``,
ignore the offset or cursor (answering the same page forever), go round in a cycle of pages
(A, B, A, B, ...), or fail a given request.

    with PageServer(items, style="offset", default_limit=50) as server:
        core = server.core()
        pages = list(byok_list_pages(core, {"limit": 10}))
        server.queries   # the query of every request, in order
"""

from __future__ import annotations

import copy
import importlib
import json
import threading
from collections.abc import Mapping, Sequence
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Literal
from urllib.parse import parse_qs, urlsplit

import attrs
from returns.result import Success

from openrouter_core import OpenRouterCore, RetryConfig
from openrouter_core._generated.testing_examples import example_for
from openrouter_core.pagination import items, items_async

Style = Literal["offset", "cursor"]


class PageServer:
    """Serves ``items`` under any path; ``extra`` fields go into every page's body."""

    def __init__(
        self,
        items: Sequence[Mapping[str, Any]],
        *,
        style: Style = "offset",
        default_limit: int = 50,
        extra: Mapping[str, Any] | None = None,
        total: bool = True,
        ignore_limit: bool = False,
        ignore_position: bool = False,
        fail: Mapping[int, int] | None = None,
        cursor_without_more: bool = False,
        cursor_param: str = "cursor",
        cursor_output: str = "cursor",
        wrap_at: int | None = None,
    ) -> None:
        self.items = list(items)
        self.style = style
        self.default_limit = default_limit
        self.extra = dict(extra or {})
        self.total = total
        self.ignore_limit = ignore_limit
        #: Answer every request as if it asked for the first page (ignores offset / cursor).
        self.ignore_position = ignore_position
        #: Request number (1-based) → the error status to answer it with.
        self.fail = dict(fail or {})
        #: Cursor pages claim ``has_more`` but carry no cursor.
        self.cursor_without_more = cursor_without_more
        #: The query parameter a cursor request names its position with.
        self.cursor_param = cursor_param
        #: Where a page gives the next cursor: ``"cursor"`` (an opaque token) or ``"last_id"``
        #: (the last result's id; the next page starts after it, as the batches API does).
        self.cursor_output = cursor_output
        #: Positions wrap round to the start here: an offset counts modulo ``wrap_at``, and the
        #: page that reaches it names the first page's cursor (``c0``) as the next one.
        self.wrap_at = wrap_at
        #: The query parameters of every request, in order.
        self.queries: list[dict[str, str]] = []
        #: The headers of every request, in order.
        self.headers: list[dict[str, str]] = []
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True
        )

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    @property
    def request_count(self) -> int:
        return len(self.queries)

    def core(self, **kwargs: Any) -> OpenRouterCore:
        """A core talking to this server (retries off unless ``retry_config`` is given)."""
        kwargs.setdefault("api_key", "sk-or-test")
        kwargs.setdefault("retry_config", RetryConfig(strategy="none"))
        return OpenRouterCore(server_url=self.url, **kwargs)

    def __enter__(self) -> PageServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    # --- answering ---

    def answer(self, query: dict[str, str], headers: dict[str, str]) -> tuple[int, Any]:
        with self._lock:
            self.queries.append(query)
            self.headers.append(headers)
            number = len(self.queries)
        if number in self.fail:
            status = self.fail[number]
            return status, {"error": {"code": status, "message": f"failed request {number}"}}
        limit = self.default_limit
        if "limit" in query and not self.ignore_limit:
            limit = int(query["limit"])
        if self.style == "offset":
            start = 0 if self.ignore_position else int(query.get("offset", 0))
        else:
            cursor = query.get(self.cursor_param)
            start = 0 if self.ignore_position or not cursor else self._after(cursor)
        if self.wrap_at is not None:
            start %= self.wrap_at
        page = self.items[start : start + limit]
        body: dict[str, Any] = {**self.extra, "data": page}
        if self.style == "offset":
            if self.total:
                body["total_count"] = len(self.items)
            return 200, body
        following = start + limit if start + limit < len(self.items) else None
        if self.wrap_at is not None and following is not None:
            following %= self.wrap_at
        body["has_more"] = following is not None
        if self.cursor_output == "cursor":
            body["cursor"] = None if following is None else f"c{following}"
        if self.cursor_without_more:
            body["cursor"], body["has_more"] = None, True
        body["first_id"] = page[0].get("id") if page else None
        body["last_id"] = page[-1].get("id") if page else None
        return 200, body

    def _after(self, cursor: str) -> int:
        """The index a cursor request starts at."""
        if self.cursor_output == "last_id":
            ids = [item.get("id") for item in self.items]
            return ids.index(cursor) + 1
        return int(cursor.removeprefix("c"))

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            # Headers and body go out in two writes; with Nagle on, each page would wait
            # for a delayed ACK (40 ms).
            disable_nagle_algorithm = True

            def do_GET(self) -> None:
                split = urlsplit(self.path)
                query = {key: values[-1] for key, values in parse_qs(split.query).items()}
                status, body = server.answer(query, dict(self.headers.items()))
                payload = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        return Handler


# --- the walk every paginated function must pass (tests/test_paginated_functions.py) ------


def distinct_items(template: Mapping[str, Any], count: int) -> list[dict[str, Any]]:
    """``count`` copies of an example result, told apart by their ``id`` (or first plain
    string or integer field that is not a timestamp)."""
    key = "id" if "id" in template else None
    if key is None:
        key = next(
            name
            for name, value in template.items()
            # A timestamp with a suffix would no longer parse: tell items apart by another field.
            if isinstance(value, (str, int))
            and not isinstance(value, bool)
            and not name.endswith("_at")
        )
    out = []
    for number in range(count):
        item = copy.deepcopy(dict(template))
        value = template[key]
        item[key] = f"{value}-{number}" if isinstance(value, str) else number + 1
        out.append(item)
    return out


def _setup(
    function: str, operation_id: str, style: Style
) -> tuple[Any, PageServer, dict[str, Any]]:
    module = importlib.import_module(f"openrouter_funcs.{function}_pages")
    example = example_for(operation_id)["body"]
    results = distinct_items(example["data"][0], 3)
    extra = {key: value for key, value in example.items() if key != "data"}
    cursor: dict[str, str] = {}
    if style == "cursor":
        table = module.PAGINATION
        wire = {param.name: param.wire for param in module.OPERATION.params}
        cursor = {
            "cursor_param": wire[table.cursor],
            "cursor_output": table.next_cursor.removeprefix("$."),
        }
    server = PageServer(
        results,
        style=style,
        extra=extra,
        total="total_count" in example,
        default_limit=2,
        **cursor,
    )
    request_type = module.OPERATION.request_type
    request: dict[str, Any] = {
        field.name: "x" for field in attrs.fields(request_type) if field.default is attrs.NOTHING
    }
    request["limit"] = 2
    return module, server, request


def _check(server: PageServer, pages: list[Any], flat: list[Any], style: Style) -> None:
    assert [type(page) for page in pages] == [Success, Success], pages
    assert server.request_count == 4  # two pages, walked twice (pages, then items)
    if style == "offset":
        assert [query.get("offset") for query in server.queries[:2]] == [None, "2"]
    else:
        second = "c2" if server.cursor_output == "cursor" else server.items[1]["id"]
        assert [query.get(server.cursor_param) for query in server.queries[:2]] == [None, second]
    assert all(isinstance(result, Success) for result in flat)
    assert len(flat) == 3


def walk_two_pages(function: str, operation_id: str, style: Style) -> None:
    """``<function>_pages`` walks a 3-result list in pages of 2: two pages, then the end."""
    module, server, request = _setup(function, operation_id, style)
    walk = getattr(module, f"{function}_pages")
    with server:
        core = server.core()
        pages = list(walk(core, request))
        flat = list(items(walk(core, request)))
    _check(server, pages, flat, style)


async def walk_two_pages_async(function: str, operation_id: str, style: Style) -> None:
    """The async twin of :func:`walk_two_pages`."""
    module, server, request = _setup(function, operation_id, style)
    walk = getattr(module, f"{function}_pages_async")
    with server:
        core = server.core()
        pages = [page async for page in walk(core, request)]
        flat = [item async for item in items_async(walk(core, request))]
        await core.aclose()
    _check(server, pages, flat, style)
