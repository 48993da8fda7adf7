"""Building a call's HTTP request: validated input → method, URL, headers and body (no I/O)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs
import httpx
from returns.result import Failure, Result, Success

from openrouter_core._converter import unstructure
from openrouter_core._core import OpenRouterCore
from openrouter_core._encoding import (
    check_header,
    header_value,
    json_body,
    path_segment,
    query_pairs,
)
from openrouter_core._inputs import coerce_request
from openrouter_core._operation import Operation
from openrouter_core._options import CallSettings
from openrouter_core.errors import OpenRouterBaseError, SDKValidationError


@attrs.frozen
class Prepared:
    """Everything needed to build the HTTP request for each attempt."""

    method: str
    url: str
    params: list[tuple[str, str | int | float | bool | None]]
    headers: dict[str, str]
    content: bytes | None
    files: Any
    data: Any
    timeout: httpx.Timeout
    base_url: str
    stream: bool
    #: False when the body holds a file that cannot be rewound: it may be sent only once.
    replayable: bool = True


def prepare(
    core: OpenRouterCore,
    operation: Operation[Any, Any],
    request: Any,
    settings: CallSettings,
    *,
    stream: bool | None = None,
) -> Result[Prepared, OpenRouterBaseError]:
    """Validate the caller's input and build the request's parts (no I/O)."""
    coerced = coerce_request(request, operation.request_type, operation.body)
    if isinstance(coerced, Failure):
        return coerced
    model = coerced.unwrap()
    if stream is None and operation.streams and not isinstance(request, Mapping):
        refused = _stream_needs_keyword(operation, model)
        if refused is not None:
            return Failure(refused)
    try:
        return Success(_build(core, operation, model, settings, stream))
    except OpenRouterBaseError as exc:
        return Failure(exc)


def _stream_needs_keyword(operation: Operation[Any, Any], model: Any) -> SDKValidationError | None:
    """A request class asking for a stream in its body alone: its call is typed as the body.

    A dict says ``stream: True`` where the type checker sees it; an instance's field does not
    reach the type, so only the ``stream=True`` keyword may turn its result into a stream.
    """
    nested = operation.body is not None and operation.body.model is not None
    source = getattr(model, "body", None) if nested else model
    if getattr(source, "stream", None) is not True:
        return None
    return SDKValidationError(
        "the request asks for a stream (stream=True in its body); pass stream=True to the"
        " call as well, so the result is typed as a stream",
        field="stream",
    )


def _build(
    core: OpenRouterCore,
    operation: Operation[Any, Any],
    model: Any,
    settings: CallSettings,
    stream: bool | None,
) -> Prepared:
    try:
        secret = core.resolve_api_key()
    except Exception as exc:
        raise SDKValidationError(
            f"the api_key function raised {type(exc).__name__}; fix it or pass a string",
            field="api_key",
        ) from None
    if secret is not None and not isinstance(secret, str):
        raise SDKValidationError("the API key must be a string", field="api_key")

    nested = operation.body is not None and operation.body.model is not None
    source = getattr(model, "body", None) if nested else model
    wants_stream = bool(
        operation.streams and (stream if stream is not None else getattr(source, "stream", False))
    )
    headers = {"Accept": "text/event-stream" if wants_stream else operation.accept}
    if secret:
        check_header("Authorization", secret)
        headers["Authorization"] = f"Bearer {secret}"
    headers.update(core.fixed_headers())

    path = operation.path
    query: list[tuple[str, str | int | float | bool | None]] = []
    for param in operation.params:
        value = getattr(model, param.name)
        if param.location == "path":
            path = path.replace("{" + param.wire + "}", path_segment(param.name, value))
        elif param.location == "query":
            query.extend(query_pairs(param.name, param.wire, value, param.explode))
        else:
            text = header_value(param.wire, value)
            if text is not None:
                headers[param.wire] = text  # the request's value beats the core's

    content: bytes | None = None
    files: Any = None
    data: Any = None
    replayable = True
    if operation.body is not None and source is not None:
        body = unstructure(source)
        if not nested:
            for param in operation.params:
                body.pop(param.wire, None)
        if operation.streams and stream is not None:
            body["stream"] = stream  # the keyword beats the request's own field
        if operation.body.kind == "json":
            content = json_body(body)
            headers["Content-Type"] = operation.body.content_type
        elif operation.body.kind == "form":
            from urllib.parse import urlencode

            from openrouter_core._multipart import split_multipart

            fields, _ = split_multipart(body)  # the same field texts; a form has no files
            content = urlencode(fields, doseq=True).encode("ascii")
            headers["Content-Type"] = operation.body.content_type
        else:
            from openrouter_core._multipart import can_replay, split_multipart

            data, files = split_multipart(body)
            replayable = can_replay(files)

    for name, value in (settings.http_headers or {}).items():
        check_header(name, name)
        check_header(name, str(value))
        # Replace case-insensitively, so "authorization" overrides "Authorization".
        for existing in [key for key in headers if key.lower() == name.lower()]:
            del headers[existing]
        headers[name] = str(value)

    base_url = settings.server_url
    if operation.from_origin:
        base_url = _origin(base_url)
    if core.debug_logger is not None and _is_plain_http_off_host(base_url):
        core.debug_logger.warning(
            "openrouter: server_url %s is plain http:// to a non-local host; the API key "
            "travels unencrypted. Use https://.",
            base_url,
        )
    return Prepared(
        method=operation.method,
        url=base_url + path,
        params=query,
        headers=headers,
        content=content,
        files=files,
        data=data,
        timeout=settings.timeout,
        base_url=base_url,
        stream=wants_stream,
        replayable=replayable,
    )


_LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1", "[::1]"})


def _origin(base_url: str) -> str:
    """``https://openrouter.ai/api/v1`` → ``https://openrouter.ai``."""
    scheme, sep, rest = base_url.partition("://")
    return scheme + sep + rest.split("/", 1)[0] if sep else base_url


def _is_plain_http_off_host(base_url: str) -> bool:
    if base_url[:7].lower() != "http://":
        return False
    host = base_url[7:].split("/", 1)[0].rsplit("@", 1)[-1]
    host = host.rsplit(":", 1)[0] if not host.endswith("]") else host
    return host.lower() not in _LOCAL_HOSTS and not host.endswith(".localhost")


def new_request(client: httpx.Client | httpx.AsyncClient, prepared: Prepared) -> httpx.Request:
    return client.build_request(
        prepared.method,
        prepared.url,
        params=prepared.params or None,
        headers=prepared.headers,
        content=prepared.content,
        data=prepared.data,
        files=prepared.files,
        timeout=prepared.timeout,
    )
