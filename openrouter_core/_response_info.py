"""What the HTTP exchange behind a successful call said: status, headers, request id, timing.

A success hands back the body's model, not the response, yet the headers matter (rate limits,
the request id to quote in a support ticket, the provider that served a generation). The
pipeline records them once per call as a :class:`ResponseInfo` on the value it returns: on a
top-level model it rides on ``extra_fields`` as ``spec_problems`` does (see
:mod:`openrouter_core._codec.decoding`), so it takes no part in equality or unstructuring and
survives ``pickle``; on a stream it is the stream's ``response_info`` attribute.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import attrs

from openrouter_core._codec import EXTRA_FIELDS
from openrouter_core._codec.decoding import ExtraFields

__all__ = ["ResponseInfo", "attach_response_info", "response_info"]

#: Response headers that carry credentials of their own; their values are never shown.
_SECRET_HEADERS = frozenset(
    {"set-cookie", "authorization", "proxy-authorization", "cookie", "x-api-key"}
)
_MASK = "[REDACTED]"


def _int_header(text: str | None) -> int | None:
    try:
        return int(text) if text is not None else None
    except ValueError:
        return None


@attrs.frozen(kw_only=True)
class ResponseInfo:
    """The HTTP side of a successful call: read it with :func:`response_info`."""

    #: The response's status (200, 201, ...).
    status_code: int
    #: The raw header lines as received, the credential already masked; read through
    #: :attr:`headers` or :meth:`header`.
    raw_headers: Sequence[tuple[bytes, bytes]] = attrs.field(repr=False)
    #: How many attempts the call made (1 when the first one answered).
    attempts: int
    #: Milliseconds from the first attempt's start to the answer (headers of a stream).
    elapsed_ms: float

    @property
    def headers(self) -> dict[str, str]:
        """The response headers, names lower-cased; repeated headers joined with ``", "``.

        Header values that are credentials of their own (``set-cookie``, ...) read
        ``[REDACTED]``; a key the server echoed was masked when the response arrived.
        """
        found: dict[str, str] = {}
        for raw_name, raw_value in self.raw_headers:
            name = raw_name.decode("latin-1").lower()
            value = _MASK if name in _SECRET_HEADERS else raw_value.decode("latin-1")
            found[name] = f"{found[name]}, {value}" if name in found else value
        return found

    def header(self, name: str) -> str | None:
        """One header's value (``name`` in any case), or None when the response had none."""
        return self.headers.get(name.lower())

    @property
    def request_id(self) -> str | None:
        """The id the server gave this request (``x-request-id`` or ``request-id``)."""
        headers = self.headers
        return headers.get("x-request-id") or headers.get("request-id")

    @property
    def generation_id(self) -> str | None:
        """OpenRouter's ``X-Generation-Id``: the id ``generations_get_generation`` looks up."""
        return self.header("x-generation-id")

    @property
    def provider_name(self) -> str | None:
        """OpenRouter's ``X-Provider-Name``: the provider that served the request."""
        return self.header("x-provider-name")

    @property
    def rate_limit_limit(self) -> int | None:
        """``X-RateLimit-Limit``: requests allowed in the current window, when sent."""
        return _int_header(self.header("x-ratelimit-limit"))

    @property
    def rate_limit_remaining(self) -> int | None:
        """``X-RateLimit-Remaining``: requests left in the current window, when sent."""
        return _int_header(self.header("x-ratelimit-remaining"))

    @property
    def rate_limit_reset(self) -> int | None:
        """``X-RateLimit-Reset``: when the window resets, as the server writes it (OpenRouter
        sends a Unix time in milliseconds), when sent."""
        return _int_header(self.header("x-ratelimit-reset"))

    @property
    def retry_after(self) -> str | None:
        """``Retry-After`` as sent (seconds or an HTTP date), when sent."""
        return self.header("retry-after")


def response_info(value: object) -> ResponseInfo | None:
    """The status, headers, request id, attempts and time of the call that returned ``value``.

    Pass what a successful call returned: a response model, or a stream (``EventStream``,
    ``ByteStream`` and their async twins). None for a value that cannot carry it (``None``
    from an empty 204, raw ``bytes``, a plain list) or was not returned by a call (a model
    you built, or one :func:`openrouter_core.from_dict` read).
    """
    extra = getattr(value, EXTRA_FIELDS, None)
    if isinstance(extra, ExtraFields):
        carried: ResponseInfo | None = extra.response_info
        return carried
    info = getattr(value, "response_info", None)
    return info if isinstance(info, ResponseInfo) else None


def attach_response_info(value: Any, info: ResponseInfo) -> None:
    """Record ``info`` on ``value``, a model the call decoded a moment ago (no one else holds
    it yet), or do nothing when ``value`` cannot carry it."""
    extra = getattr(value, EXTRA_FIELDS, None)
    if not isinstance(extra, dict) or not attrs.has(type(value)):
        return
    if not isinstance(extra, ExtraFields):
        extra = ExtraFields(extra)
        object.__setattr__(value, EXTRA_FIELDS, extra)
    extra.response_info = info
