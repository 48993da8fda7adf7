# Generated from the OpenRouter OpenAPI spec (components/schemas/PrivateEndpointPricing) by `python -m codegen`; do not edit.
"""Negotiated per-token rates reported for requests routed to this endpoint."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class PrivateEndpointPricing:
    """Negotiated per-token rates reported for requests routed to this endpoint."""

    completion: str
    """USD per completion token, as a decimal string."""
    prompt: str
    """USD per prompt token, as a decimal string."""
    cache_read: str | None = None
    """USD per cache-read prompt token, as a decimal string."""
    cache_write: str | None = None
    """USD per cache-write prompt token, as a decimal string."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        completion: str,
        prompt: str,
        cache_read: str | None = None,
        cache_write: str | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("completion", completion)
        _setattr("prompt", prompt)
        _setattr("cache_read", cache_read)
        _setattr("cache_write", cache_write)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"completion={self.completion!r}, "
            f"prompt={self.prompt!r}, "
            f"cache_read={self.cache_read!r}, "
            f"cache_write={self.cache_write!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.completion,
            self.prompt,
            self.cache_read,
            self.cache_write,
            self.extra_fields,
        ) == (
            other.completion,
            other.prompt,
            other.cache_read,
            other.cache_write,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "PrivateEndpointPricing",
                self.completion,
                self.prompt,
                self.cache_read,
                self.cache_write,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
