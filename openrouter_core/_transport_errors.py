"""Which client-side error an exception from httpx (or the OS) becomes, decided in one place.

The pipeline, event streams and byte streams word their messages for their own moment (sending,
reading a stream, reading a file); the classification itself must not drift between them.
"""

from __future__ import annotations

import httpx

from openrouter_core.errors import (
    ConnectionError,
    HTTPClientError,
    InvalidRequestError,
    RequestAbortedError,
    RequestTimeoutError,
    UnexpectedClientError,
)

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


#: Failures that prove the request never left: no connection was made or came free in time.
_NEVER_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, ConnectionRefusedError)


def never_reached_server(exc: BaseException) -> bool:
    """Whether ``exc`` proves the server cannot have seen the request (so re-sending is safe).

    A reset, a close or a read timeout may come after the server read the whole request.
    """
    return isinstance(exc, _NEVER_SENT)
