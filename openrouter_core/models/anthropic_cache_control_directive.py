# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicCacheControlDirective) by `python -m codegen`; do not edit.
"""Enable automatic prompt caching."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class AnthropicCacheControlDirective:
    """Enable automatic prompt caching."""

    ttl: str | None = None
    """Known values: :class:`AnthropicCacheControlTtl`."""
    type: str = "ephemeral"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        ttl: str | None = None,
        type: str = "ephemeral",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("ttl", ttl)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(ttl={self.ttl!r}, type={self.type!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.ttl, self.type, self.extra_fields) == (
            other.ttl,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(("AnthropicCacheControlDirective", self.ttl, self.type, self.extra_fields))

    # --- end of attrs methods ---
