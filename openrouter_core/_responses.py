"""Reading a complete HTTP response through an operation's status → model / error table."""

from __future__ import annotations

from typing import Any

import attrs
import httpx
from returns.result import Failure, Result, Success

from openrouter_core._codec import EXTRA_FIELDS, declared_wire_names
from openrouter_core._codec.decoding import FORGIVING, Decoding
from openrouter_core._json import loads
from openrouter_core._operation import NAMED_STATUS_ROWS, Operation, Outcome
from openrouter_core._secret import Secret
from openrouter_core.errors import (
    DocumentedStatusError,
    OpenRouterBaseError,
    OpenRouterDefaultError,
    OpenRouterError,
    ResponseValidationError,
)


def media_type(response: httpx.Response) -> str:
    """The response's media type without parameters, lower-cased ("" when absent)."""
    content_type: str = response.headers.get("content-type", "")
    return content_type.split(";", 1)[0].strip().lower()


def choose_outcome(operation: Operation[Any, Any], response: httpx.Response) -> Outcome | None:
    """The table row for this response; among rows for one status, the content type decides."""
    code = response.status_code
    rows = [row for row in operation.responses if row.status == str(code)]
    if not rows:
        rows = [row for row in operation.responses if row.matches(code)]
    if not rows and 200 <= code < 300:
        # A success status the spec does not list (201 for 200, say) still carries the
        # documented success body; refusing it would break on a harmless server change.
        rows = [row for row in operation.responses if row.error is None]
    if not rows and code in NAMED_STATUS_ROWS:
        # A live server sends 429 and 5XX from endpoints that do not document them.
        return NAMED_STATUS_ROWS[code]
    if len(rows) > 1:
        kind = media_type(response)
        for row in rows:
            if row.content_type == kind or (row.kind == "sse" and kind == "text/event-stream"):
                return row
        non_stream = [row for row in rows if row.kind != "sse"]
        return non_stream[0] if non_stream else rows[0]
    return rows[0] if rows else None


def describe_call(operation: Operation[Any, Any], response: httpx.Response) -> str:
    """``"401 Unauthorized from GET /credits"``, for messages."""
    reason = response.reason_phrase or ""
    return f"{response.status_code} {reason} from {operation.method} {operation.path}".replace(
        "  ", " "
    )


def redact(text: str, secret: Secret | None) -> str:
    """``text`` with every occurrence of ``secret`` masked (servers may echo what they got)."""
    return secret.mask(text) if secret is not None else text


def redact_head(response: httpx.Response, secret: Secret | None) -> None:
    """Mask ``secret`` where a server echoed it into the headers or the status line's reason."""
    if not secret:
        return
    raw = response.headers.raw
    if any(secret.found_in(value) for _, value in raw):
        # Bytes in, bytes out: values that are not ASCII survive unchanged.
        response.headers = httpx.Headers([(name, secret.mask_bytes(value)) for name, value in raw])
    reason = response.extensions.get("reason_phrase")
    if isinstance(reason, bytes) and secret.found_in(reason):
        response.extensions["reason_phrase"] = secret.mask_bytes(reason)


def sent_secret(request: httpx.Request) -> Secret | None:
    """The credential a request carries: its Authorization value without the scheme.

    Whatever put it there (the core's key, ``http_headers``, a hook), it is what a server
    can echo back, so it is what errors, bodies and stream events must mask.
    """
    value: str | None = request.headers.get("authorization")
    if not value:
        return None
    scheme, _, token = value.strip().partition(" ")
    return Secret(token.strip() or scheme)


def without_secret(cause: Exception, text: str | bytes, secret: Secret | None) -> Exception:
    """``cause``, or a stand-in with only its message when ``text`` (which it may quote or keep,
    as ``JSONDecodeError.doc`` keeps the whole document) holds ``secret``."""
    if secret is not None and secret.found_in(text):
        return ValueError(redact(f"{type(cause).__name__}: {cause}", secret))
    return cause


def body_text(body: bytes, response: httpx.Response, secret: Secret | None) -> str:
    """The body as text, decoded with the response's charset, with the key masked."""
    try:
        text = body.decode(response.charset_encoding or "utf-8", errors="replace")
    except LookupError:
        text = body.decode("utf-8", errors="replace")
    return redact(text, secret)


def read_response(
    operation: Operation[Any, Any],
    response: httpx.Response,
    body: bytes,
    secret: Secret | None,
    outcome: Outcome | None,
    decoding: Decoding = FORGIVING,
) -> Result[Any, OpenRouterBaseError]:
    """Map a fully read response (and its table row) to the success value or its error."""
    code = response.status_code
    if outcome is None or outcome.error is not None or code >= 300:
        return Failure(_status_error(operation, response, body, outcome, secret, decoding))
    if outcome.kind == "empty":
        return Success(None)
    if outcome.kind == "bytes":
        return Success(body)
    return _parse_success(operation, response, body, outcome, secret, decoding)


def undecodable_body(
    operation: Operation[Any, Any], response: httpx.Response, cause: httpx.DecodingError
) -> OpenRouterError:
    """The error for a body whose ``Content-Encoding`` does not decode (a broken proxy, say)."""
    call = describe_call(operation, response)
    encoding = response.headers.get("content-encoding", "")
    message = f"{call}: the body's {encoding!r} content encoding could not be decoded"
    if response.is_success:
        return ResponseValidationError(
            f"{message}. Retry; report it if it persists.", response, "", cause
        )
    outcome = choose_outcome(operation, response)
    if outcome is not None and outcome.error is not None:
        return outcome.error(f"{message}. {outcome.error.advice}", response, "", None)
    return OpenRouterDefaultError(f"{message}. Retry if it is a 5XX.", response, "")


def _parse_success(
    operation: Operation[Any, Any],
    response: httpx.Response,
    body: bytes,
    outcome: Outcome,
    secret: Secret | None,
    decoding: Decoding,
) -> Result[Any, OpenRouterBaseError]:
    kind = media_type(response)
    if kind and kind != "application/json" and not kind.endswith("+json"):
        return Failure(
            ResponseValidationError(
                f"{describe_call(operation, response)}: expected a JSON body but got {kind!r}. The server or a proxy "
                "answered with something else; check server_url.",
                response,
                body_text(body, response, secret),
                None,
            )
        )
    try:
        data = loads(body)
    except (ValueError, RecursionError) as exc:  # JSON nested past the recursion limit
        # The error keeps exc without its frames (errors detach their causes).
        return Failure(
            ResponseValidationError(
                f"{describe_call(operation, response)}: the body is not valid JSON ({exc}). Retry; report it if it persists.",
                response,
                body_text(body, response, secret),
                without_secret(exc, body, secret),
            )
        )
    if outcome.model is None or outcome.model is Any:
        return Success(data)
    try:
        value, problems = decoding.decode(data, outcome.model)
    except Exception as exc:  # strict mode, or a body that is not even the documented kind
        # Failure paths import their helpers here: a call that succeeds never loads them.
        from openrouter_core._codec.readers import explain_failure

        where, reason = explain_failure(data, outcome.model)
        detail = f"{where}: {reason}" if where else reason
        return Failure(
            ResponseValidationError(
                f"{describe_call(operation, response)}: the body does not fit {getattr(outcome.model, '__name__', 'the model')}"
                f" ({redact(detail, secret)}). The API may have changed; upgrade the SDK or"
                " report it.",
                response,
                body_text(body, response, secret),
                without_secret(exc, body, secret),
            )
        )
    reported = _reported_error(data, value) if problems else None
    if reported is not None:
        # A 200 already sent (with keep-alive whitespace) before the provider failed: the
        # body is an error object, which forgiving decoding must not pass off as a result.
        return Failure(
            ResponseValidationError(
                f"{describe_call(operation, response)}: the body reports {redact(reported, secret)}"
                " instead of a result. Retry if it is transient.",
                response,
                body_text(body, response, secret),
                None,
            )
        )
    decoding.report(f"{operation.method} {operation.path}", problems)
    return Success(value)


def _reported_error(data: Any, value: Any) -> str | None:
    """What a success body's own ``error`` object says, when its model has no such field."""
    error = data.get("error") if isinstance(data, dict) else None
    if not isinstance(error, dict) or "error" not in getattr(value, EXTRA_FIELDS, {}):
        return None
    code = error.get("code")
    shown = f"error {code}" if isinstance(code, (int, str)) and code != "" else "an error"
    return f"{shown}: {error.get('message') or 'no message'}"


#: What an error status becomes: its named class, or the default error.
OpenRouterError_ = OpenRouterDefaultError | DocumentedStatusError[Any]


def _status_error(
    operation: Operation[Any, Any],
    response: httpx.Response,
    body: bytes,
    outcome: Outcome | None,
    secret: Secret | None,
    decoding: Decoding,
) -> OpenRouterError_:
    call = describe_call(operation, response)
    if secret is not None:
        # Servers may echo the credential they rejected; keep it out of .body and .data.
        body = secret.mask_bytes(body)
    text = body_text(body, response, secret)
    error_class = outcome.error if outcome is not None else None
    if error_class is not None:
        # A row may name its own body model (the Anthropic-style errors of /messages).
        own_model = outcome.model if outcome is not None else None
        parsed = _parse_error_body(
            body,
            own_model or error_class.data_type(),
            decoding,
            f"{operation.method} {operation.path}",
        )
        if parsed is not None:
            server_message = redact(_server_message(parsed), secret)
            message = f"{call}: {server_message}. {error_class.advice}".strip()
        else:
            # Still the status's class (a proxy's HTML 503 is a 503), with the text kept.
            message = f"{call}: {_snippet(text) or 'no body'}. {error_class.advice}".strip()
        if response.status_code == 404:
            message += _missing_api_prefix(response)
        return error_class(message, response, text, parsed)
    if 300 <= response.status_code < 400:
        location = response.headers.get("location", "")
        message = f"{call}: redirect to {location!r} not followed; set server_url to the final URL."
    else:
        message = f"{call}: {_snippet(text) or 'no body'}. Check the request; retry if it is a 5XX."
    return OpenRouterDefaultError(message, response, text)


def _missing_api_prefix(response: httpx.Response) -> str:
    """For a 404 from a URL without ``/api/v1``: a ``server_url`` missing it is the likely cause."""
    url = response.request.url
    if "/api/v1/" in url.path:
        return ""
    port = f":{url.port}" if url.port is not None else ""
    base = f"{url.scheme}://{url.host}{port}{url.path}"  # never the userinfo or the query
    return (
        f" The URL {base} has no /api/v1 in its path: check server_url "
        "(OpenRouter's is https://openrouter.ai/api/v1)."
    )


def _parse_error_body(body: bytes, model: Any, decoding: Decoding, call: str) -> Any:
    """The error body as ``model``, or None when it is not JSON or (strict) does not fit."""
    try:
        data = loads(body)
        parsed, problems = decoding.decode(data, model)
    except Exception:
        return None
    if not attrs.has(type(parsed)) or not _declares_any(type(parsed), data):
        # Not the error shape at all (a proxy's JSON, say): no data; .body keeps the text.
        return None
    decoding.report(call, problems)
    return parsed


def _declares_any(model: type[Any], data: dict[str, Any]) -> bool:
    """Whether ``data`` has at least one key ``model`` declares (``error``, for most)."""
    return any(key in data for key in declared_wire_names(model))


def _server_message(parsed: Any) -> str:
    error = getattr(parsed, "error", None)
    message = getattr(error, "message", None)
    return str(message) if message else "no message"


def _snippet(text: str, limit: int = 200) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
