"""pytest-httpx helpers: register an OpenRouter-shaped answer for an operation in one line."""

from __future__ import annotations

import importlib
import json
import os
import re
from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import urlsplit

from openrouter_core._core import DEFAULT_SERVER_URL
from openrouter_core._generated.testing_examples import FUNCTIONS, example_for
from openrouter_core._routes import OperationRef, resolve

__all__ = ["EXAMPLE", "add_openrouter_response"]


class _Example:
    def __repr__(self) -> str:
        return "EXAMPLE"


#: The default body: the spec's documented example for the status.
EXAMPLE: Any = _Example()


def _operation_table(operation: OperationRef) -> tuple[str, Any]:
    """The operation id and the ``OPERATION`` table of the function that calls it."""
    operation_id = resolve(operation)
    if callable(operation):
        name = operation.__name__.removesuffix("_async")
    elif operation in FUNCTIONS.get(operation_id, ()):
        name = operation.removesuffix("_async")
    else:
        name = FUNCTIONS[operation_id][0]
    module = importlib.import_module(f"openrouter_funcs.{name}")
    return operation_id, module.OPERATION


def _url_pattern(table: Any, server_url: str | None) -> re.Pattern[str]:
    base = (server_url or os.environ.get("OPENROUTER_BASE_URL") or DEFAULT_SERVER_URL).rstrip("/")
    if table.from_origin:
        parts = urlsplit(base)
        base = f"{parts.scheme}://{parts.netloc}"
    pieces = re.split(r"(\{[^}]+\})", table.path)
    path = "".join("[^/?]+" if p.startswith("{") else re.escape(p) for p in pieces)
    return re.compile(re.escape(base) + path + r"/?(\?.*)?$")


def add_openrouter_response(
    httpx_mock: Any,
    operation: OperationRef,
    *,
    body: Any = EXAMPLE,
    status: int | None = None,
    headers: Mapping[str, str] | None = None,
    stream: bool = False,
    events: Sequence[Any] | None = None,
    server_url: str | None = None,
    **options: Any,
) -> None:
    """Register with pytest-httpx's ``httpx_mock`` an answer to ``operation``.

    ``operation`` is an operation id (``"getCredits"``), a function name or the function
    (``credits_get_credits``); its method and URL come from the operation table (below
    ``server_url``, by default ``OPENROUTER_BASE_URL`` or the API's). ``body`` defaults to
    the spec's example for ``status`` (default: the documented success); ``stream=True``
    (or ``events=[...]``) answers with server-sent events, each event's data as JSON,
    ending with ``[DONE]``. ``options`` go to ``httpx_mock.add_response`` (``is_optional``,
    ``is_reusable``, ``match_json``, ...).
    """
    operation_id, table = _operation_table(operation)
    entry = example_for(operation_id)
    status = entry["status"] if status is None else status
    answer: dict[str, Any] = {"headers": dict(headers or {})}
    if stream or events is not None:
        events = entry.get("events") if events is None else events
        if events is None:
            raise ValueError(f"{operation_id} does not stream; give its events= to fake one")
        lines = [f"data: {json.dumps(e, separators=(',', ':'))}\n\n" for e in events]
        answer["content"] = ("".join(lines) + "data: [DONE]\n\n").encode()
        answer["headers"].setdefault("content-type", "text/event-stream")
    elif body is EXAMPLE and status == entry["status"]:
        if entry["kind"] == "bytes":
            answer["content"] = str(entry["body"]).encode()
            answer["headers"].setdefault("content-type", entry["content_type"])
        elif entry["kind"] == "json":
            answer["json"] = entry["body"]
    elif body is EXAMPLE:
        message = f"Error {status} (added by add_openrouter_response)"
        answer["json"] = entry["errors"].get(
            str(status), {"error": {"code": status, "message": message}}
        )
    elif isinstance(body, bytes):
        answer["content"] = body
    else:
        answer["json"] = body
    httpx_mock.add_response(
        method=table.method,
        url=_url_pattern(table, server_url),
        status_code=status,
        **answer,
        **options,
    )
