# Generated from the OpenRouter OpenAPI spec (components/schemas/StopServerToolsWhenMaxTokensUsed) by `python -m codegen`; do not edit.
"""Stop once cumulative token usage across the loop exceeds this threshold."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class StopServerToolsWhenMaxTokensUsed:
    """Stop once cumulative token usage across the loop exceeds this threshold."""

    max_tokens: int
    type: str = "max_tokens_used"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        max_tokens: int,
        type: str = "max_tokens_used",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("max_tokens", max_tokens)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(max_tokens={self.max_tokens!r}, type={self.type!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.max_tokens, self.type, self.extra_fields) == (
            other.max_tokens,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            ("StopServerToolsWhenMaxTokensUsed", self.max_tokens, self.type, self.extra_fields)
        )

    # --- end of attrs methods ---
