"""The settings one call runs with, once its options are laid over the core's.

A module of its own so that the core can cache its default settings (typed) without importing
the option resolution, which itself reads the core.
"""

from __future__ import annotations

from collections.abc import Mapping

import attrs
import httpx

from openrouter_core._forgiving import Decoding
from openrouter_core._retries import RetryRules


@attrs.frozen
class CallSettings:
    """What one call runs with: its options over the core's settings, resolved once."""

    retry: RetryRules
    timeout: httpx.Timeout
    #: The server's base URL, without a trailing slash.
    server_url: str
    #: The call's extra headers, which replace the SDK's own of the same name.
    http_headers: Mapping[str, str] | None
    decoding: Decoding

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        retry: RetryRules,
        timeout: httpx.Timeout,
        server_url: str,
        http_headers: Mapping[str, str] | None,
        decoding: Decoding,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("retry", retry)
        _setattr("timeout", timeout)
        _setattr("server_url", server_url)
        _setattr("http_headers", http_headers)
        _setattr("decoding", decoding)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"retry={self.retry!r}, "
            f"timeout={self.timeout!r}, "
            f"server_url={self.server_url!r}, "
            f"http_headers={self.http_headers!r}, "
            f"decoding={self.decoding!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.retry, self.timeout, self.server_url, self.http_headers, self.decoding) == (
            other.retry,
            other.timeout,
            other.server_url,
            other.http_headers,
            other.decoding,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "CallSettings",
                self.retry,
                self.timeout,
                self.server_url,
                self.http_headers,
                self.decoding,
            )
        )

    # --- end of attrs methods ---
