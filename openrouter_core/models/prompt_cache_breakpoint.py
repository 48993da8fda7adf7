# Generated from the OpenRouter OpenAPI spec (components/schemas/PromptCacheBreakpoint) by `python -m codegen`; do not edit.
"""Marks an explicit prompt-cache boundary on this content block (OpenAI-style)."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class PromptCacheBreakpoint:
    """Marks an explicit prompt-cache boundary on this content block (OpenAI-style)."""

    mode: str = "explicit"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        mode: str = "explicit",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("mode", mode)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(mode={self.mode!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.mode, self.extra_fields) == (other.mode, other.extra_fields)

    def __hash__(self) -> int:
        return hash(("PromptCacheBreakpoint", self.mode, self.extra_fields))

    # --- end of attrs methods ---
