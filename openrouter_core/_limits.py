"""Reading a whole response body with a bound on its size.

``Content-Length`` is checked before a byte is read, and the decoded bytes are counted as they
arrive (so a small gzip body that inflates to gigabytes is cut off too). A body past the bound
raises :class:`BodyTooLarge` in the driver; the exchange turns it into the caller's error.
"""

from __future__ import annotations

from typing import Any

import httpx

from openrouter_core._responses import describe_call
from openrouter_core.errors import OpenRouterDefaultError, OpenRouterError, ResponseValidationError

__all__ = ["BodyTooLarge", "aread_limited", "oversized_body", "read_limited"]


class BodyTooLarge(Exception):
    """A response body is longer than the core's ``max_body_bytes``."""

    def __init__(self, limit: int, declared: int | None) -> None:
        super().__init__(f"the body is longer than max_body_bytes ({limit} bytes)")
        self.limit = limit
        #: The ``Content-Length`` the server declared, when that is how we knew.
        self.declared = declared


def _check_declared(response: httpx.Response, limit: int) -> None:
    declared = response.headers.get("content-length", "")
    if declared.isascii() and declared.isdigit() and int(declared) > limit:
        raise BodyTooLarge(limit, int(declared))


def read_limited(response: httpx.Response, limit: int | None) -> None:
    """``response.read()``, raising BodyTooLarge once the body passes ``limit`` bytes."""
    if limit is None:
        response.read()
        return
    _check_declared(response, limit)
    parts: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > limit:
            raise BodyTooLarge(limit, None)
        parts.append(chunk)
    # What response.read() stores; .content and .json() then work as usual.
    response._content = b"".join(parts)


async def aread_limited(response: httpx.Response, limit: int | None) -> None:
    """``await response.aread()``, raising BodyTooLarge once the body passes ``limit`` bytes."""
    if limit is None:
        await response.aread()
        return
    _check_declared(response, limit)
    parts: list[bytes] = []
    size = 0
    async for chunk in response.aiter_bytes():
        size += len(chunk)
        if size > limit:
            raise BodyTooLarge(limit, None)
        parts.append(chunk)
    response._content = b"".join(parts)


def oversized_body(
    operation: Any, response: httpx.Response, cause: BodyTooLarge
) -> OpenRouterError:
    """The error for a body past ``max_body_bytes``: the status is kept, the body is not."""
    call = describe_call(operation, response)
    size = f"declares {cause.declared} bytes" if cause.declared is not None else "is longer"
    message = (
        f"{call}: the body {size}, past the core's max_body_bytes ({cause.limit}); it was "
        "not read. Raise max_body_bytes, or use the operation's _stream function if it has one."
    )
    if response.is_success:
        return ResponseValidationError(message, response, "", cause)
    return OpenRouterDefaultError(message, response, "")
