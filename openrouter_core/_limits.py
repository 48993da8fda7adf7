"""Reading a whole response body with bounds on its size and on the time it takes.

``Content-Length`` is checked before a byte is read, and the decoded bytes are counted as they
are produced: an encoded body is inflated in bounded steps (:mod:`openrouter_core._inflate`),
so a small gzip body that inflates to gigabytes is cut off at about the limit, with about the
limit in memory. A body past the bound raises :class:`BodyTooLarge` in the driver; the exchange
turns it into the caller's error. The attempt's deadline (:mod:`openrouter_core._deadlines`)
bounds every read and is checked between them.
"""

from __future__ import annotations

from typing import Any

import httpx

from openrouter_core._deadlines import check_deadline, reads_until
from openrouter_core._inflate import Decoder, decoder_for
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


class _Body:
    """A body being read, whichever the driver: its pieces so far, its decoder, its bounds."""

    __slots__ = ("deadline", "decoder", "limit", "parts", "response", "size")

    def __init__(self, response: httpx.Response, limit: int | None, deadline: float | None) -> None:
        if limit is not None:
            declared = response.headers.get("content-length", "")
            if declared.isascii() and declared.isdigit() and int(declared) > limit:
                raise BodyTooLarge(limit, int(declared))
        if response.is_stream_consumed:
            deadline = None  # the body is in memory already: nothing to wait for
        reads_until(response, deadline)
        self.response = response
        self.limit = limit
        self.deadline = deadline
        #: None: the chunks arrive decoded (``iter_bytes``).
        self.decoder: Decoder | None = decoder_for(response)
        self.parts: list[bytes] = []
        self.size = 0

    def add(self, chunk: bytes) -> None:
        """Take the next chunk (raw, or decoded when there is no decoder)."""
        check_deadline(self.response, self.deadline)
        if self.decoder is None:
            self._keep(chunk)
        else:
            for piece in self.decoder.decode(chunk):
                self._keep(piece)

    def _keep(self, piece: bytes) -> None:
        self.size += len(piece)
        if self.limit is not None and self.size > self.limit:
            raise BodyTooLarge(self.limit, None)
        self.parts.append(piece)

    def finish(self) -> None:
        """Store the body where ``response.read()`` would; .content and .json() then work."""
        if self.decoder is not None:
            for piece in self.decoder.flush():
                self._keep(piece)
        self.response._content = b"".join(self.parts)


def read_limited(
    response: httpx.Response, limit: int | None, deadline: float | None = None
) -> None:
    """``response.read()``, raising BodyTooLarge once the body passes ``limit`` bytes and
    httpx.ReadTimeout once ``deadline`` (on the monotonic clock) has passed."""
    body = _Body(response, limit, deadline)
    for chunk in response.iter_bytes() if body.decoder is None else response.iter_raw():
        body.add(chunk)
    body.finish()


async def aread_limited(
    response: httpx.Response, limit: int | None, deadline: float | None = None
) -> None:
    """``await response.aread()`` with the bounds of :func:`read_limited`."""
    body = _Body(response, limit, deadline)
    async for chunk in response.aiter_bytes() if body.decoder is None else response.aiter_raw():
        body.add(chunk)
    body.finish()


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
