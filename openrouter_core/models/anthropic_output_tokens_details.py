# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicOutputTokensDetails) by `python -m codegen`; do not edit.
"""The ``AnthropicOutputTokensDetails`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class AnthropicOutputTokensDetails:
    """The ``AnthropicOutputTokensDetails`` object."""

    thinking_tokens: int
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        thinking_tokens: int,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("thinking_tokens", thinking_tokens)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(thinking_tokens={self.thinking_tokens!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.thinking_tokens, self.extra_fields) == (
            other.thinking_tokens,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(("AnthropicOutputTokensDetails", self.thinking_tokens, self.extra_fields))

    # --- end of attrs methods ---
