# Generated from the OpenRouter OpenAPI spec (components/schemas/PromptCacheOptions) by `python -m codegen`; do not edit.
"""Request-level prompt-cache controls."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class PromptCacheOptions:
    """Request-level prompt-cache controls."""

    mode: str = "explicit"
    ttl: str | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        mode: str = "explicit",
        ttl: str | Unset | None = UNSET,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("mode", mode)
        _setattr("ttl", ttl)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(mode={self.mode!r}, ttl={self.ttl!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.mode, self.ttl, self.extra_fields) == (
            other.mode,
            other.ttl,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(("PromptCacheOptions", self.mode, self.ttl, self.extra_fields))

    # --- end of attrs methods ---
