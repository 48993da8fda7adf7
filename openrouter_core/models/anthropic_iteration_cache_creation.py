# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicIterationCacheCreation) by `python -m codegen`; do not edit.
"""The ``AnthropicIterationCacheCreation`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class AnthropicIterationCacheCreation:
    """The ``AnthropicIterationCacheCreation`` object."""

    ephemeral_1h_input_tokens: int | None = None
    ephemeral_5m_input_tokens: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        ephemeral_1h_input_tokens: int | None = None,
        ephemeral_5m_input_tokens: int | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("ephemeral_1h_input_tokens", ephemeral_1h_input_tokens)
        _setattr("ephemeral_5m_input_tokens", ephemeral_5m_input_tokens)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"ephemeral_1h_input_tokens={self.ephemeral_1h_input_tokens!r}, "
            f"ephemeral_5m_input_tokens={self.ephemeral_5m_input_tokens!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.ephemeral_1h_input_tokens,
            self.ephemeral_5m_input_tokens,
            self.extra_fields,
        ) == (other.ephemeral_1h_input_tokens, other.ephemeral_5m_input_tokens, other.extra_fields)

    def __hash__(self) -> int:
        return hash(
            (
                "AnthropicIterationCacheCreation",
                self.ephemeral_1h_input_tokens,
                self.ephemeral_5m_input_tokens,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
