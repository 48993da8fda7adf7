"""Reading a complete HTTP response through an operation's status → model / error table."""

from __future__ import annotations

from typing import Any

import attrs
import httpx
from returns.result import Failure, Result, Success

from openrouter_core._call_context import Attempt, credential_of
from openrouter_core._codec import EXTRA_FIELDS, declared_wire_names
from openrouter_core._codec.decoding import FORGIVING, Decoding
from openrouter_core._json import loads
from openrouter_core._operation import NAMED_STATUS_ROWS, Operation, Outcome
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


def read_response(
    operation: Operation[Any, Any],
    response: httpx.Response,
    body: bytes,
    attempt: Attempt | None,
    outcome: Outcome | None,
) -> Result[Any, OpenRouterBaseError]:
    """Map a fully read response (and its table row) to the success value or its error.

    ``attempt`` says how to decode and what credential to mask; None (a response that no
    attempt sent, such as a batch's result line) decodes forgivingly and masks nothing.
    """
    code = response.status_code
    if outcome is None or outcome.error is not None or code >= 300:
        return Failure(_status_error(operation, response, body, outcome, attempt))
    if outcome.kind == "empty":
        return Success(None)
    if outcome.kind == "bytes":
        return Success(body)
    return _parse_success(operation, response, body, outcome, attempt)


def _decoding(attempt: Attempt | None) -> Decoding:
    return attempt.context.decoding if attempt is not None else FORGIVING


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


def _parse_success(
    operation: Operation[Any, Any],
    response: httpx.Response,
    body: bytes,
    outcome: Outcome,
    attempt: Attempt | None,
) -> Result[Any, OpenRouterBaseError]:
    """The success value of a JSON body, or why it cannot be read."""
    kind = media_type(response)
    if kind and kind != "application/json" and not kind.endswith("+json"):
        problem = (
            f"expected a JSON body but got {kind!r}. The server or a proxy answered with "
            "something else; check server_url."
        )
        return _invalid(operation, response, body, attempt, problem, None)
    try:
        data = loads(body)
    except (ValueError, RecursionError) as exc:  # JSON nested past the recursion limit
        # The error keeps exc without its frames (errors detach their causes).
        problem = f"the body is not valid JSON ({exc}). Retry; report it if it persists."
        return _invalid(
            operation,
            response,
            body,
            attempt,
            problem,
            credential_of(attempt).mask_cause(exc, body),
        )
    if outcome.model is None or outcome.model is Any:
        return Success(data)
    decoding = _decoding(attempt)
    try:
        value, problems = decoding.decode(data, outcome.model)
    except Exception as exc:  # strict mode, or a body that is not even the documented kind
        problem = _misfit(data, outcome.model, attempt)
        return _invalid(
            operation,
            response,
            body,
            attempt,
            problem,
            credential_of(attempt).mask_cause(exc, body),
        )
    reported = _reported_error(data, value) if problems else None
    if reported is not None:
        # A 200 already sent (with keep-alive whitespace) before the provider failed: the
        # body is an error object, which forgiving decoding must not pass off as a result.
        problem = (
            f"the body reports {credential_of(attempt).mask(reported)} instead of a result. Retry if "
            "it is transient."
        )
        return _invalid(operation, response, body, attempt, problem, None)
    decoding.report(f"{operation.method} {operation.path}", problems)
    return Success(value)


def _misfit(data: Any, model: Any, attempt: Attempt | None) -> str:
    """Where and why ``data`` does not fit ``model``, for the message."""
    # Failure paths import their helpers here: a call that succeeds never loads them.
    from openrouter_core._codec.readers import explain_failure

    where, reason = explain_failure(data, model)
    detail = f"{where}: {reason}" if where else reason
    return (
        f"the body does not fit {getattr(model, '__name__', 'the model')}"
        f" ({credential_of(attempt).mask(detail)}). The API may have changed; upgrade the SDK or"
        " report it."
    )


def _invalid(
    operation: Operation[Any, Any],
    response: httpx.Response,
    body: bytes,
    attempt: Attempt | None,
    problem: str,
    cause: Exception | None,
) -> Failure[ResponseValidationError]:
    """A success status whose body cannot be read: ``problem`` says why."""
    return Failure(
        ResponseValidationError(
            f"{describe_call(operation, response)}: {problem}",
            response,
            credential_of(attempt).masked_body_text(body, response),
            cause,
        )
    )


def _status_error(
    operation: Operation[Any, Any],
    response: httpx.Response,
    body: bytes,
    outcome: Outcome | None,
    attempt: Attempt | None,
) -> OpenRouterError_:
    """The error for an error status (or a success the table has no row for)."""
    credential = credential_of(attempt)
    call = describe_call(operation, response)
    # Servers may echo the credential they rejected; keep it out of .body and .data.
    body = credential.mask_bytes(body)
    text = credential.masked_body_text(body, response)
    error_class = outcome.error if outcome is not None else None
    if error_class is None:
        return _undocumented_status(call, response, text)
    # A row may name its own body model (the Anthropic-style errors of /messages).
    own_model = outcome.model if outcome is not None else None
    parsed = _parse_error_body(
        body,
        own_model or error_class.data_type(),
        _decoding(attempt),
        f"{operation.method} {operation.path}",
    )
    if parsed is not None:
        server_message = credential.mask(_server_message(parsed))
        message = f"{call}: {server_message}. {error_class.advice}".strip()
    else:
        # Still the status's class (a proxy's HTML 503 is a 503), with the text kept.
        message = f"{call}: {_snippet(text) or 'no body'}. {error_class.advice}".strip()
    if response.status_code == 404:
        message += _missing_api_prefix(response)
    return error_class(message, response, text, parsed)


def _undocumented_status(call: str, response: httpx.Response, text: str) -> OpenRouterError_:
    """The default error for a status the operation's table does not name."""
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
