# Generated from the OpenRouter OpenAPI spec (components/schemas/WebFetchPlugin) by `python -m codegen`; do not edit.
"""The ``WebFetchPlugin`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class WebFetchPlugin:
    """The ``WebFetchPlugin`` object."""

    allowed_domains: list[str] | None = None
    """Only fetch from these domains."""
    blocked_domains: list[str] | None = None
    """Never fetch from these domains."""
    id: str = "web-fetch"
    max_content_tokens: int | None = None
    """Maximum content length in approximate tokens."""
    max_uses: int | None = None
    """Maximum number of web fetches per request."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        allowed_domains: list[str] | None = None,
        blocked_domains: list[str] | None = None,
        id: str = "web-fetch",
        max_content_tokens: int | None = None,
        max_uses: int | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("allowed_domains", allowed_domains)
        _setattr("blocked_domains", blocked_domains)
        _setattr("id", id)
        _setattr("max_content_tokens", max_content_tokens)
        _setattr("max_uses", max_uses)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"allowed_domains={self.allowed_domains!r}, "
            f"blocked_domains={self.blocked_domains!r}, "
            f"id={self.id!r}, "
            f"max_content_tokens={self.max_content_tokens!r}, "
            f"max_uses={self.max_uses!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.allowed_domains,
            self.blocked_domains,
            self.id,
            self.max_content_tokens,
            self.max_uses,
            self.extra_fields,
        ) == (
            other.allowed_domains,
            other.blocked_domains,
            other.id,
            other.max_content_tokens,
            other.max_uses,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "WebFetchPlugin",
                self.allowed_domains,
                self.blocked_domains,
                self.id,
                self.max_content_tokens,
                self.max_uses,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
