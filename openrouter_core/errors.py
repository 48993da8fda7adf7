"""Every way an OpenRouter call can fail, as values a function returns (and a user may raise).

    OpenRouterBaseError
    ├── OpenRouterError                  the server answered; carries status, headers, body
    │   ├── <Status>ResponseError         a status with a named class (429, 503, ...) from any
    │   │                                 operation; ``.data`` is the parsed error body or None
    │   ├── OpenRouterDefaultError        an error status without a named class (418, 599, ...)
    │   └── ResponseValidationError       a success status whose body we could not read
    ├── StreamEventError                 a stream that had started reported a failure
    ├── PaginationError                  a page walk could not go on (a server repeating a page)
    ├── BudgetExceededError              a ledger's budget was spent: the call was not sent
    ├── BatchIncompleteError             a batch ended failed, expired or cancelled, or a wait
    │                                    for it timed out; ``.batch`` keeps what it holds
    ├── HTTPClientError                  no usable answer arrived
    │   ├── ConnectionError, RequestTimeoutError, RequestAbortedError,
    │   └── InvalidRequestError, UnexpectedClientError
    ├── SDKValidationError               the caller's input does not fit the operation
    ├── ToolExecutionError               a tool raised and the run was told to stop on it
    ├── OutputValidationError            the model's reply does not fit the requested type
    └── OutputRefusedError               the model refused to give the requested output

``partial_run`` is set by ``call_model`` (and its twins) on any error that ends a run: the
``ModelRun`` of the steps done before it, so a failure loses nothing. It is None elsewhere.

No message, ``repr``, ``.body``, ``.data`` or ``.headers`` here holds the API key: messages
are built from the method, path and status, and the credential the request carried (whatever
set its Authorization header) is masked as ``[REDACTED]`` where the server echoes it, reason
phrase included. ``raw_response`` is httpx's own object, kept for power users: its ``request``
still carries the Authorization header (httpx masks it in ``repr``) and ``raw_response.text``
is the body as received; a pickled error drops it. A ``cause`` keeps the exception and its
message, never its traceback: the frames that raised it hold the request, its key and the
stream it came from (see ``_causes``).
"""

from __future__ import annotations

import builtins
import importlib
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeAlias, TypeVar, get_args

import httpx

if TYPE_CHECKING:  # the models load only when an error of their kind arrives
    from openrouter_core.models.bad_gateway_response import BadGatewayResponse  # noqa: F401
    from openrouter_core.models.bad_request_response import BadRequestResponse  # noqa: F401
    from openrouter_core.models.conflict_response import ConflictResponse  # noqa: F401
    from openrouter_core.models.edge_network_timeout_response import EdgeNetworkTimeoutResponse  # noqa: F401
    from openrouter_core.models.forbidden_response import ForbiddenResponse  # noqa: F401
    from openrouter_core.models.gone_response import GoneResponse  # noqa: F401
    from openrouter_core.models.internal_server_response import InternalServerResponse  # noqa: F401
    from openrouter_core.models.not_found_response import NotFoundResponse  # noqa: F401
    from openrouter_core.models.payload_too_large_response import PayloadTooLargeResponse  # noqa: F401
    from openrouter_core.models.payment_required_response import PaymentRequiredResponse  # noqa: F401
    from openrouter_core.models.provider_overloaded_response import ProviderOverloadedResponse  # noqa: F401
    from openrouter_core.models.request_timeout_response import RequestTimeoutResponse  # noqa: F401
    from openrouter_core.models.service_unavailable_response import ServiceUnavailableResponse  # noqa: F401
    from openrouter_core.models.too_many_requests_response import TooManyRequestsResponse  # noqa: F401
    from openrouter_core.models.unauthorized_response import UnauthorizedResponse  # noqa: F401
    from openrouter_core.models.unprocessable_entity_response import UnprocessableEntityResponse  # noqa: F401

DataT = TypeVar("DataT")

__all__ = [
    "NAMED_STATUS_ERRORS",
    "STATUS_ERROR_TABLE",
    "AnyStatusError",
    "BadGatewayResponseError",
    "BadRequestResponseError",
    "BatchIncompleteError",
    "BudgetExceededError",
    "ConflictResponseError",
    "ConnectionError",
    "DocumentedStatusError",
    "EdgeNetworkTimeoutResponseError",
    "ForbiddenResponseError",
    "GoneResponseError",
    "HTTPClientError",
    "InternalServerResponseError",
    "InvalidRequestError",
    "NotFoundResponseError",
    "OpenRouterBaseError",
    "OpenRouterDefaultError",
    "OpenRouterError",
    "OutputRefusedError",
    "OutputValidationError",
    "PaginationError",
    "PayloadTooLargeResponseError",
    "PaymentRequiredResponseError",
    "ProviderOverloadedResponseError",
    "RequestAbortedError",
    "RequestTimeoutError",
    "RequestTimeoutResponseError",
    "ResponseValidationError",
    "SDKValidationError",
    "ServiceUnavailableResponseError",
    "StreamEventError",
    "TooManyRequestsResponseError",
    "ToolExecutionError",
    "UnauthorizedResponseError",
    "UnexpectedClientError",
    "UnprocessableEntityResponseError",
]


class OpenRouterBaseError(Exception):
    """Any failure an OpenRouter function can return; ``str(err)`` says what to do next.

    Errors pickle (for process pools, Ray, Dask) without the key: the copy keeps the message
    and every attribute except ``raw_response`` (None in the copy; its request holds the
    Authorization header), and a ``cause`` that is not a plain builtin error becomes a
    ``RuntimeError`` naming its type (an httpx error keeps the request, too).
    """

    #: The steps a ``call_model`` run had done when this error ended it (a ``ModelRun``), or
    #: None: the loop sets it on the error it returns; plain function calls leave it None.
    partial_run: Any = None

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.message!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        # Exception's own reduce calls cls(*args), which our constructors do not accept.
        state = dict(vars(self))
        if "raw_response" in state:
            state["raw_response"] = None
        if state.get("cause") is not None:
            state["cause"] = _portable_cause(state["cause"])
        return (_restore, (type(self), self.args, state))


def _frameless(cause: BaseException | None) -> BaseException | None:
    """``cause`` without its traceback: its frames hold the request, its key, a stream."""
    if cause is None:
        return None
    from openrouter_core._causes import detached  # only a failure with a cause loads it

    return detached(cause)


def _restore(cls: type[OpenRouterBaseError], args: tuple[Any, ...], state: dict[str, Any]) -> Any:
    """Rebuild a pickled error without running its constructor."""
    error = cls.__new__(cls, *args)
    error.args = args
    error.__dict__.update(state)
    return error


def _portable_cause(cause: Any) -> Any:
    """``cause`` if it is a plain builtin error with text arguments, else a stand-in."""
    if (
        isinstance(cause, BaseException)
        and type(cause).__module__ == "builtins"
        and all(isinstance(arg, str) for arg in cause.args)
        and not vars(cause)
    ):
        return cause
    kind = type(cause)
    return RuntimeError(f"{kind.__module__}.{kind.__qualname__} (not pickled; see the message)")


# --- the server answered with an error ----------------------------------------------------


class OpenRouterError(OpenRouterBaseError):
    """The server answered with an error status; keeps the status, headers, body and response.

    ``retry_after_ms`` is the wait the server asked for (``retry-after-ms`` or ``Retry-After``,
    in milliseconds, at most a year), or None. A wait longer than the retry config's
    ``max_interval`` is never slept inside a call: the error comes back at once and the caller
    decides.
    """

    def __init__(self, message: str, response: httpx.Response, body: str) -> None:
        super().__init__(message)
        self.status_code = response.status_code
        self.headers = response.headers
        self.body = body
        self.raw_response = response
        self.retry_after_ms: int | None = None


class OpenRouterDefaultError(OpenRouterError):
    """An error status without a named class (418, 599, ...), or a redirect not followed."""


class ResponseValidationError(OpenRouterError):
    """A success status whose body is not valid JSON or does not fit the documented model."""

    def __init__(
        self, message: str, response: httpx.Response, body: str, cause: BaseException | None
    ) -> None:
        super().__init__(message, response, body)
        self.cause = _frameless(cause)


class DocumentedStatusError(OpenRouterError, Generic[DataT]):
    """An error status with a named class, from any operation (a live server sends 429 and
    5XX everywhere, documented or not).

    ``.data`` is the parsed JSON error body (``data.error.message``), or None when the body is
    not in that form (an HTML page from a proxy, say); ``.body`` always keeps the text.
    """

    #: The HTTP status this class stands for.
    status: ClassVar[int]
    #: What the caller can do about it, appended to the message.
    advice: ClassVar[str] = ""

    def __init__(
        self, message: str, response: httpx.Response, body: str, data: DataT | None
    ) -> None:
        super().__init__(message, response, body)
        self.data: DataT | None = data

    @classmethod
    def data_type(cls) -> type[Any]:
        """Import and return the model of this error's JSON body (its status table row's)."""
        # Looked up when such an error arrives, not at import (see openrouter_core._codec).
        body_model = next(row[2] for row in STATUS_ERROR_TABLE if row[0] == cls.status)
        module_name, _, class_name = body_model.partition(":")
        home = importlib.import_module(f"openrouter_core.models.{module_name}")
        model: type[Any] = getattr(home, class_name)
        return model


# The status table is data so that codegen reads the same rows to write each function's
# errors, rather than looking through this module's classes; each class below finds its body
# model in its row when such an error arrives, and a test checks the classes and the rows agree.

#: Every error status with a named class: (status, the class's name below, its JSON body's
#: model as ``"module:Class"``, the module relative to ``openrouter_core.models``).
STATUS_ERROR_TABLE: tuple[tuple[int, str, str], ...] = (
    (400, "BadRequestResponseError", "bad_request_response:BadRequestResponse"),
    (401, "UnauthorizedResponseError", "unauthorized_response:UnauthorizedResponse"),
    (402, "PaymentRequiredResponseError", "payment_required_response:PaymentRequiredResponse"),
    (403, "ForbiddenResponseError", "forbidden_response:ForbiddenResponse"),
    (404, "NotFoundResponseError", "not_found_response:NotFoundResponse"),
    (408, "RequestTimeoutResponseError", "request_timeout_response:RequestTimeoutResponse"),
    (409, "ConflictResponseError", "conflict_response:ConflictResponse"),
    (410, "GoneResponseError", "gone_response:GoneResponse"),
    (413, "PayloadTooLargeResponseError", "payload_too_large_response:PayloadTooLargeResponse"),
    (
        422,
        "UnprocessableEntityResponseError",
        "unprocessable_entity_response:UnprocessableEntityResponse",
    ),
    (429, "TooManyRequestsResponseError", "too_many_requests_response:TooManyRequestsResponse"),
    (500, "InternalServerResponseError", "internal_server_response:InternalServerResponse"),
    (502, "BadGatewayResponseError", "bad_gateway_response:BadGatewayResponse"),
    (
        503,
        "ServiceUnavailableResponseError",
        "service_unavailable_response:ServiceUnavailableResponse",
    ),
    (
        524,
        "EdgeNetworkTimeoutResponseError",
        "edge_network_timeout_response:EdgeNetworkTimeoutResponse",
    ),
    (
        529,
        "ProviderOverloadedResponseError",
        "provider_overloaded_response:ProviderOverloadedResponse",
    ),
)


class BadRequestResponseError(DocumentedStatusError["BadRequestResponse"]):
    """400: the request was malformed or had invalid parameters."""

    status = 400
    advice = "Fix the request parameters named in the message."


class UnauthorizedResponseError(DocumentedStatusError["UnauthorizedResponse"]):
    """401: the API key is missing, invalid or revoked."""

    status = 401
    advice = "Check the API key (OPENROUTER_API_KEY or OpenRouterCore(api_key=...))."


class PaymentRequiredResponseError(DocumentedStatusError["PaymentRequiredResponse"]):
    """402: the account or key has too few credits for this request."""

    status = 402
    advice = "Add credits or raise the key's limit, or request fewer tokens."


class ForbiddenResponseError(DocumentedStatusError["ForbiddenResponse"]):
    """403: the key is valid but may not perform this operation."""

    status = 403
    advice = "Use a key with the needed permission (some operations need a management key)."


class NotFoundResponseError(DocumentedStatusError["NotFoundResponse"]):
    """404: the resource or model does not exist."""

    status = 404
    advice = "Check the identifiers in the request."


class RequestTimeoutResponseError(DocumentedStatusError["RequestTimeoutResponse"]):
    """408: the server gave up waiting for the request."""

    status = 408
    advice = "Try again; send smaller requests if it keeps happening."


class ConflictResponseError(DocumentedStatusError["ConflictResponse"]):
    """409: the request conflicts with the resource's current state."""

    status = 409
    advice = "Fetch the current state and retry with consistent values."


class GoneResponseError(DocumentedStatusError["GoneResponse"]):
    """410: the resource existed but is gone for good."""

    status = 410
    advice = "Stop using this resource's identifier."


class PayloadTooLargeResponseError(DocumentedStatusError["PayloadTooLargeResponse"]):
    """413: the request body is larger than the server accepts."""

    status = 413
    advice = "Send a smaller body (fewer messages, smaller files)."


class UnprocessableEntityResponseError(DocumentedStatusError["UnprocessableEntityResponse"]):
    """422: the request was well-formed but its values cannot be processed."""

    status = 422
    advice = "Fix the values named in the message."


class TooManyRequestsResponseError(DocumentedStatusError["TooManyRequestsResponse"]):
    """429: a rate limit was hit."""

    status = 429
    advice = 'Wait and retry (RequestOptions(retry_codes=["429", "5XX"]) does it for you).'


class InternalServerResponseError(DocumentedStatusError["InternalServerResponse"]):
    """500: the server failed unexpectedly."""

    status = 500
    advice = "Retry later; report it to OpenRouter if it persists."


class BadGatewayResponseError(DocumentedStatusError["BadGatewayResponse"]):
    """502: the upstream provider returned an invalid answer."""

    status = 502
    advice = "Retry, or route to another provider."


class ServiceUnavailableResponseError(DocumentedStatusError["ServiceUnavailableResponse"]):
    """503: the service or every eligible provider is unavailable."""

    status = 503
    advice = "Retry later, or allow more providers."


class EdgeNetworkTimeoutResponseError(DocumentedStatusError["EdgeNetworkTimeoutResponse"]):
    """524: the edge network timed out waiting for the origin."""

    status = 524
    advice = "Retry; consider streaming long requests."


class ProviderOverloadedResponseError(DocumentedStatusError["ProviderOverloadedResponse"]):
    """529: the provider is overloaded."""

    status = 529
    advice = "Retry with backoff, or route to another provider."


#: Every error status with a named class: any operation returns one of these for its status.
AnyStatusError: TypeAlias = (
    BadRequestResponseError
    | UnauthorizedResponseError
    | PaymentRequiredResponseError
    | ForbiddenResponseError
    | NotFoundResponseError
    | RequestTimeoutResponseError
    | ConflictResponseError
    | GoneResponseError
    | PayloadTooLargeResponseError
    | UnprocessableEntityResponseError
    | TooManyRequestsResponseError
    | InternalServerResponseError
    | BadGatewayResponseError
    | ServiceUnavailableResponseError
    | EdgeNetworkTimeoutResponseError
    | ProviderOverloadedResponseError
)

#: Status code → its named class, for the statuses an operation's own table does not list.
NAMED_STATUS_ERRORS: Mapping[int, type[DocumentedStatusError[Any]]] = {
    error.status: error for error in get_args(AnyStatusError)
}


class StreamEventError(OpenRouterBaseError):
    """An open stream reported a failure in an error event; the stream ended after it.

    ``code`` is the error's code (an HTTP-like number for chat, a string for the Responses
    API) or None; ``data`` is the decoded error object; ``raw_response`` is the stream's response.
    """

    def __init__(
        self,
        message: str,
        *,
        code: int | str | None,
        data: dict[str, Any],
        response: httpx.Response,
    ) -> None:
        super().__init__(message)
        self.code = code
        self.data = data
        self.raw_response = response


# --- a walk over a paginated list -------------------------------------------------------


class PaginationError(OpenRouterBaseError):
    """A page walk stopped because its pages make no progress; ``page`` is the page's number.

    Every page before it was good; the server answered, but going on would loop forever (it
    repeated an earlier page, or named a cursor already followed) or lose pages (it said more
    remain without a cursor).
    """

    def __init__(self, message: str, page: int) -> None:
        super().__init__(message)
        self.page = page


# --- no usable answer arrived -------------------------------------------------------------


class HTTPClientError(OpenRouterBaseError):
    """The request did not produce a usable HTTP response; ``cause`` is the underlying error."""

    def __init__(self, message: str, cause: BaseException | None = None) -> None:
        super().__init__(message)
        self.cause = _frameless(cause)


class ConnectionError(HTTPClientError, builtins.ConnectionError):
    """The connection could not be made or broke before the answer was complete."""


class RequestTimeoutError(HTTPClientError, builtins.TimeoutError):
    """Connecting, sending, or waiting for the next bytes took longer than ``timeout_ms``."""


class RequestAbortedError(HTTPClientError):
    """The request or its stream was closed or aborted before it finished."""


class InvalidRequestError(HTTPClientError):
    """The request could not be sent as built (bad URL, scheme or header)."""


class UnexpectedClientError(HTTPClientError):
    """Something failed that none of the other errors describe; ``cause`` says what."""


# --- refused before it was sent ------------------------------------------------------------


class BudgetExceededError(OpenRouterBaseError):
    """A ledger's budget is spent, so the call was refused unsent; ``budget`` is the
    ``Budget``, ``spent_usd`` and ``spent_tokens`` what its calls had used by then."""

    def __init__(self, message: str, *, budget: Any, spent_usd: float, spent_tokens: int) -> None:
        super().__init__(message)
        self.budget = budget
        self.spent_usd = spent_usd
        self.spent_tokens = spent_tokens


# --- a batch of requests run by the server ---------------------------------------------


class BatchIncompleteError(OpenRouterBaseError):
    """A batch ended without completing (failed, expired, cancelled) or was still running when
    a wait for it timed out; ``status`` is its status then, ``batch`` the ``BatchObject`` last
    seen, whose ``results`` keep whatever requests did finish."""

    def __init__(self, message: str, *, batch: Any) -> None:
        super().__init__(message)
        self.batch = batch
        self.status: str = batch.status


# --- the caller's input -------------------------------------------------------------------


class SDKValidationError(OpenRouterBaseError):
    """The input does not fit the operation; ``field`` names the offending field, if known."""

    def __init__(self, message: str, field: str | None = None, cause: Any = None) -> None:
        super().__init__(message)
        self.field = field
        self.cause = _frameless(cause) if isinstance(cause, BaseException) else cause


# --- the tool-calling layer: call_model, tools, structured output -------------------------


class ToolExecutionError(OpenRouterBaseError):
    """A tool raised while the run was told to stop on it (``tool_errors="fail"``).

    ``tool_name`` and ``tool_call_id`` name the call; ``cause`` is the tool's exception, kept
    without its traceback (a pickled copy holds a stand-in naming its type, unless it is a plain
    builtin error).
    """

    def __init__(self, tool_name: str, tool_call_id: str, cause: BaseException) -> None:
        from openrouter_core._causes import detached

        super().__init__(
            f"Tool {tool_name!r} raised {type(cause).__name__}: {cause} (call {tool_call_id}); "
            'the run stopped because tool_errors="fail". With the default, "return", the '
            "error goes back to the model instead."
        )
        self.tool_name = tool_name
        self.tool_call_id = tool_call_id
        self.cause: BaseException | None = detached(cause)


class OutputValidationError(OpenRouterBaseError):
    """The model's reply is not JSON, or does not fit the requested output type.

    ``raw_text`` is the reply as received; ``path`` is where it does not fit (``"$"`` for the
    whole reply, ``"$.items[2].price"`` deeper in), ``problem`` what is wrong there.
    """

    def __init__(self, raw_text: str, path: str, problem: str, *, output_name: str) -> None:
        shown = raw_text if len(raw_text) <= 200 else raw_text[:200] + "..."
        super().__init__(
            f"The model's reply does not fit {output_name} at {path}: {problem}. "
            f"Reply: {shown!r} (all of it is in .raw_text)."
        )
        self.raw_text = raw_text
        self.path = path
        self.problem = problem
        self.output_name = output_name


class OutputRefusedError(OpenRouterBaseError):
    """The model refused to produce the requested output; ``refusal`` is its explanation."""

    def __init__(self, refusal: str) -> None:
        super().__init__(f"The model refused to give the requested output: {refusal}")
        self.refusal = refusal
