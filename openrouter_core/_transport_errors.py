"""What an exception from httpx (or the OS) becomes for the caller, decided and worded once.

Sending a request, reading an event stream and reading a streamed body all meet the same
failures (timeouts, broken connections, a closed stream); :func:`client_error` classifies the
exception, words the message for the moment it happened, and masks the API key wherever the
exception's text could carry it, so no call site can forget to.
"""

from __future__ import annotations

import httpx

from openrouter_core._call_context import Attempt, credential_of
from openrouter_core.errors import (
    ConnectionError,
    HTTPClientError,
    InvalidRequestError,
    RequestAbortedError,
    RequestTimeoutError,
    UnexpectedClientError,
)

__all__ = ["client_error", "client_error_class", "never_reached_server"]

_CONNECTION = (httpx.NetworkError, httpx.RemoteProtocolError, OSError)
_INVALID = (httpx.UnsupportedProtocol, httpx.InvalidURL, httpx.LocalProtocolError)


def client_error_class(exc: BaseException) -> type[HTTPClientError]:
    """The error class for ``exc``: timeout, closed stream, broken connection, bad request."""
    if isinstance(exc, httpx.TimeoutException):
        return RequestTimeoutError
    if isinstance(exc, httpx.StreamClosed):
        return RequestAbortedError
    if isinstance(exc, _CONNECTION):
        return ConnectionError
    if isinstance(exc, _INVALID):
        return InvalidRequestError
    return UnexpectedClientError


def client_error(
    exc: BaseException,
    call: str,
    attempt: Attempt | None,
    *,
    reading: bool = False,
    maybe_processed: bool = False,
    base_url: str = "",
) -> HTTPClientError:
    """The error a caller receives for ``exc``, raised during ``call`` ("POST /chat/completions").

    ``reading``: the response had arrived and its body (or event stream) was being read.
    ``maybe_processed``: the request may have reached the server and was not sent again.
    ``base_url``: the server the request was for, named when it could not be reached.
    ``attempt``: the attempt whose credential is masked in the message and, when the
    exception's text echoes it, in the cause (then a stand-in holding only the masked message).
    """
    credential = credential_of(attempt)
    detail = f"{type(exc).__name__}: {credential.mask(str(exc) or type(exc).__name__)}"
    kind = client_error_class(exc)
    if reading and kind is InvalidRequestError:
        # The request went out and was answered: what broke was the connection under the body.
        kind = ConnectionError
    if reading:
        message = _reading_message(kind, call, detail)
    else:
        message = _sending_message(kind, call, detail, maybe_processed, base_url)
    cause = exc if not isinstance(exc, Exception) else credential.mask_cause(exc, str(exc))
    return kind(message, cause)


def _sending_message(
    kind: type[HTTPClientError], call: str, detail: str, maybe_processed: bool, base_url: str
) -> str:
    if maybe_processed and kind in (RequestTimeoutError, ConnectionError):
        what = "timed out" if kind is RequestTimeoutError else "lost its connection"
        return (
            f"{call} {what} after the request was sent ({detail}). It may have been "
            "processed, so it was not sent again: check before repeating it, or set "
            "RetryConfig(retry_non_idempotent_after_send=True) to re-send such requests."
        )
    if kind is RequestTimeoutError:
        return f"{call} timed out ({detail}); raise timeout_ms or retry."
    if kind is ConnectionError:
        return f"{call} could not reach {base_url} ({detail}); check the network and server_url."
    if kind is InvalidRequestError:
        return f"{call} could not be sent ({detail}); check server_url and headers."
    if kind is RequestAbortedError:
        return f"{call} was closed before it finished."
    return f"{call} failed unexpectedly ({detail})."


def _reading_message(kind: type[HTTPClientError], call: str, detail: str) -> str:
    if kind is RequestTimeoutError:
        return (
            f"{call}: the response stalled past its timeout ({detail}); retry, or raise "
            "timeout_ms (stream_idle_timeout_ms for a stream)."
        )
    if kind is ConnectionError:
        return f"{call}: the connection broke while the response was read ({detail}); retry."
    if kind is RequestAbortedError:
        return f"{call}: the response was closed before it was read to the end."
    return f"{call}: reading the response failed ({detail}); see .cause."


#: Failures that prove the request never left: no connection was made or came free in time.
_NEVER_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, ConnectionRefusedError)


def never_reached_server(exc: BaseException) -> bool:
    """Whether ``exc`` proves the server cannot have seen the request (so re-sending is safe).

    A reset, a close or a read timeout may come after the server read the whole request.
    """
    return isinstance(exc, _NEVER_SENT)
