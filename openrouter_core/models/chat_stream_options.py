# Generated from the OpenRouter OpenAPI spec (components/schemas/ChatStreamOptions) by `python -m codegen`; do not edit.
"""Streaming configuration options."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ChatStreamOptions:
    """Streaming configuration options."""

    include_usage: bool | None = None
    """Deprecated. Deprecated: This field has no effect."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        include_usage: bool | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("include_usage", include_usage)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(include_usage={self.include_usage!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.include_usage, self.extra_fields) == (other.include_usage, other.extra_fields)

    def __hash__(self) -> int:
        return hash(("ChatStreamOptions", self.include_usage, self.extra_fields))

    # --- end of attrs methods ---
