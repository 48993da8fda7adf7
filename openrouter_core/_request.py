"""Building a call's HTTP request: validated input → method, URL, headers and body (no I/O)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs
import httpx
from returns.result import Failure

from openrouter_core._call_context import CallContext, resolve_key
from openrouter_core._encoding import (
    UnencodableRequest,
    check_header,
    header_value,
    json_body,
    path_segment,
    query_pairs,
)
from openrouter_core._inputs import WireRequest, coerce_request, wire_request
from openrouter_core._masking import Secret, masked_headers
from openrouter_core._operation import Body, Operation
from openrouter_core._request_shortcut import shortcut_request
from openrouter_core.errors import SDKValidationError


@attrs.frozen
class Prepared:
    """Everything needed to build the HTTP request for each attempt."""

    method: str
    url: str
    params: list[tuple[str, str | int | float | bool | None]]
    #: Shown masked: a traceback's captured locals print this object by its repr.
    headers: dict[str, str] = attrs.field(repr=masked_headers)
    content: bytes | None
    files: Any
    data: Any
    timeout: httpx.Timeout
    base_url: str
    stream: bool
    #: False when the body holds a file that cannot be rewound: it may be sent only once.
    replayable: bool = True


def prepare(
    operation: Operation[Any, Any],
    request: Any,
    context: CallContext,
    *,
    stream: bool | None = None,
) -> Prepared:
    """Validate the caller's input and build the request's parts (no I/O).

    Raises the OpenRouterBaseError (an SDKValidationError) the call returns as its Failure.
    """
    try:
        model = _checked_request(operation, request)
        if stream is None and operation.streams and not isinstance(request, Mapping):
            refused = _stream_needs_keyword(operation, model)
            if refused is not None:
                raise refused
        return _build(operation, model, context, stream)
    except UnencodableRequest as raised:
        from openrouter_core._unencodable import explain_unencodable

        # Named in the caller's own terms: the keys of a dict request, the fields of a model.
        given = request if isinstance(request, Mapping) else model
        raise explain_unencodable(given, raised) from None


def _checked_request(operation: Operation[Any, Any], request: Any) -> Any:
    """The request as a model, or a dict request as the wire dict it sends (no model built)."""
    request_type = operation.request_type
    if request_type is not None and isinstance(request, Mapping):
        return wire_request(request, request_type, operation.body)
    coerced = coerce_request(request, request_type, operation.body)
    if isinstance(coerced, Failure):
        raise coerced.failure()
    return coerced.unwrap()


def _stream_needs_keyword(operation: Operation[Any, Any], model: Any) -> SDKValidationError | None:
    """A request class asking for a stream in its body alone: its call is typed as the body.

    A dict says ``stream: True`` where the type checker sees it; an instance's field does not
    reach the type, so only the ``stream=True`` keyword may turn its result into a stream.
    """
    if getattr(_body_source(operation, model), "stream", None) is not True:
        return None
    return SDKValidationError(
        "the request asks for a stream (stream=True in its body); pass stream=True to the"
        " call as well, so the result is typed as a stream",
        field="stream",
    )


def _nests_body(operation: Operation[Any, Any]) -> bool:
    """Whether the request class holds its JSON body as a ``body`` model (else it is flat)."""
    return operation.body is not None and operation.body.model is not None


def _body_source(operation: Operation[Any, Any], model: Any) -> Any:
    """What the body is made from: the nested ``body`` model, or the flat request itself;
    for a dict request, the wire dict it sends."""
    if isinstance(model, WireRequest):
        return model.body
    return getattr(model, "body", None) if _nests_body(operation) else model


def _build(
    operation: Operation[Any, Any],
    model: Any,
    context: CallContext,
    stream: bool | None,
) -> Prepared:
    """The request's parts, step by step: credential, parameters, body, per-call overrides."""
    source = _body_source(operation, model)
    wants_stream = bool(
        operation.streams and (stream if stream is not None else _asks_stream(source))
    )
    headers = _base_headers(context, operation, wants_stream)
    path, query = _place_parameters(operation, model, headers)
    body = _encode_body(operation, source, stream, headers)
    _override_headers(headers, context.http_headers or {})
    base_url = _base_url(context, operation)
    return Prepared(
        method=operation.method,
        url=base_url + path,
        params=query,
        headers=headers,
        content=body.content,
        files=body.files,
        data=body.data,
        timeout=context.timeout,
        base_url=base_url,
        stream=wants_stream,
        replayable=body.replayable,
    )


def _base_headers(
    context: CallContext, operation: Operation[Any, Any], wants_stream: bool
) -> dict[str, str]:
    """Accept, the credential, then the core's fixed headers (User-Agent and the like)."""
    key = _core_key(context)
    if context.header_problem is not None:
        problem = context.header_problem  # found when the core was made; a copy per call
        raise SDKValidationError(problem.message, field=problem.field)
    headers = {"Accept": "text/event-stream" if wants_stream else operation.accept}
    if key:
        headers["Authorization"] = f"Bearer {key.reveal()}"
    headers.update(context.fixed_headers)
    return headers


def _place_parameters(
    operation: Operation[Any, Any], model: Any, headers: dict[str, str]
) -> tuple[str, list[tuple[str, str | int | float | bool | None]]]:
    """The path with its parameters filled in and the query pairs; header parameters go
    into ``headers``, where the request's value beats the core's."""
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
                headers[param.wire] = text
    return path, query


def _asks_stream(source: Any) -> Any:
    """The body's own ``stream`` field (a dict request's wire dict holds it as a key)."""
    return source.get("stream") if isinstance(source, dict) else getattr(source, "stream", False)


@attrs.frozen
class _EncodedBody:
    """A request body in the form httpx takes it: bytes, or multipart data and files."""

    content: bytes | None = None
    data: Any = None
    files: Any = None
    #: False when the body holds a file that cannot be rewound: it may be sent only once.
    replayable: bool = True


_NO_BODY = _EncodedBody()


def _encode_body(
    operation: Operation[Any, Any], source: Any, stream: bool | None, headers: dict[str, str]
) -> _EncodedBody:
    """The body as JSON, a form or multipart; its Content-Type goes into ``headers``."""
    if operation.body is None or source is None:
        return _NO_BODY
    spec = operation.body
    body = _wire_body(operation, spec, source, stream)
    if spec.kind == "json":
        try:
            content = json_body(body)
        except (TypeError, ValueError, RecursionError) as exc:
            raise UnencodableRequest(exc, json=True) from None
        headers["Content-Type"] = spec.content_type
        return _EncodedBody(content=content)
    if spec.kind == "form":
        from urllib.parse import urlencode

        from openrouter_core._multipart import split_multipart

        fields, _ = split_multipart(body)  # the same field texts; a form has no files
        headers["Content-Type"] = spec.content_type
        return _EncodedBody(content=urlencode(fields, doseq=True).encode("ascii"))
    from openrouter_core._multipart import can_replay, split_multipart

    data, files = split_multipart(body)
    return _EncodedBody(data=data, files=files, replayable=can_replay(files))


def _wire_body(
    operation: Operation[Any, Any], spec: Body, source: Any, stream: bool | None
) -> dict[str, Any]:
    """The body's fields under wire names, without the parameters a flat request holds."""
    if isinstance(source, dict):
        body: dict[str, Any] = source  # a dict request, already written by its check
    else:
        body = _written(source, spec)
    if not _nests_body(operation):
        for param in operation.params:
            body.pop(param.wire, None)
    if operation.streams and stream is not None:
        body["stream"] = stream  # the keyword beats the request's own field
    return body


def _written(model: Any, spec: Body) -> dict[str, Any]:
    # Only a request with a body needs the writer: a GET never loads it.
    from openrouter_core._codec.writer import write

    try:
        body: dict[str, Any] = write(model)
    except SDKValidationError:
        raise
    except Exception as exc:  # a cycle, a key that is not a string, too deep a nesting
        raise UnencodableRequest(exc, json=spec.kind == "json") from None
    return body


def _override_headers(headers: dict[str, str], overrides: Mapping[str, Any]) -> None:
    """The call's ``http_headers`` replace ours case-insensitively ("authorization" too)."""
    for name, value in overrides.items():
        check_header(name, name)
        check_header(name, str(value))
        for existing in [key for key in headers if key.lower() == name.lower()]:
            del headers[existing]
        headers[name] = str(value)


def _base_url(context: CallContext, operation: Operation[Any, Any]) -> str:
    """The call's server URL (its origin for operations outside the API's path)."""
    base_url = context.server_url
    if operation.from_origin:
        base_url = _origin(base_url)
    if context.logger is not None and _is_plain_http_off_host(base_url):
        context.logger.warning(
            "openrouter: server_url %s is plain http:// to a non-local host; the API key "
            "travels unencrypted. Use https://.",
            base_url,
        )
    return base_url


def _core_key(context: CallContext) -> Secret | None:
    """The core's key for this request, checked, and held where no repr shows it."""
    try:
        key = resolve_key(context.api_key)
    except Exception as exc:
        raise SDKValidationError(
            f"the api_key function raised {type(exc).__name__}; fix it or pass a string",
            field="api_key",
        ) from None
    if key is None or key == "":
        return None
    if not isinstance(key, str):
        raise SDKValidationError("the API key must be a string", field="api_key")
    check_header("Authorization", key)
    return Secret(key)


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
    """The request for one attempt: the one ``client.build_request`` would make.

    A body in memory usually takes the shortcut (see ``_request_shortcut``); multipart bodies
    and clients the shortcut cannot stand in for go through ``build_request``. Auth and event
    hooks run in ``send`` either way.
    """
    if prepared.data is None and prepared.files is None:
        request = shortcut_request(
            client,
            prepared.method,
            prepared.url,
            prepared.params,
            prepared.headers,
            prepared.content,
            prepared.timeout,
        )
        if request is not None:
            return request
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
