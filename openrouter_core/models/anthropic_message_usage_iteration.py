# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicMessageUsageIteration) by `python -m codegen`; do not edit.
"""The ``AnthropicMessageUsageIteration`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from openrouter_core._unset import UNSET, Unset

if TYPE_CHECKING:
    from openrouter_core.models.anthropic_iteration_cache_creation import (
        AnthropicIterationCacheCreation,
    )


@attrs.frozen(kw_only=True)
class AnthropicMessageUsageIteration:
    """The ``AnthropicMessageUsageIteration`` object."""

    cache_creation: AnthropicIterationCacheCreation | Unset | None = UNSET
    cache_creation_input_tokens: int | None = None
    cache_read_input_tokens: int | None = None
    input_tokens: int | None = None
    output_tokens: int | None = None
    model: str | None = None
    type: str = "message"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        cache_creation: AnthropicIterationCacheCreation | Unset | None = UNSET,
        cache_creation_input_tokens: int | None = None,
        cache_read_input_tokens: int | None = None,
        input_tokens: int | None = None,
        output_tokens: int | None = None,
        model: str | None = None,
        type: str = "message",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("cache_creation", cache_creation)
        _setattr("cache_creation_input_tokens", cache_creation_input_tokens)
        _setattr("cache_read_input_tokens", cache_read_input_tokens)
        _setattr("input_tokens", input_tokens)
        _setattr("output_tokens", output_tokens)
        _setattr("model", model)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"cache_creation={self.cache_creation!r}, "
            f"cache_creation_input_tokens={self.cache_creation_input_tokens!r}, "
            f"cache_read_input_tokens={self.cache_read_input_tokens!r}, "
            f"input_tokens={self.input_tokens!r}, "
            f"output_tokens={self.output_tokens!r}, "
            f"model={self.model!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.cache_creation,
            self.cache_creation_input_tokens,
            self.cache_read_input_tokens,
            self.input_tokens,
            self.output_tokens,
            self.model,
            self.type,
            self.extra_fields,
        ) == (
            other.cache_creation,
            other.cache_creation_input_tokens,
            other.cache_read_input_tokens,
            other.input_tokens,
            other.output_tokens,
            other.model,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "AnthropicMessageUsageIteration",
                self.cache_creation,
                self.cache_creation_input_tokens,
                self.cache_read_input_tokens,
                self.input_tokens,
                self.output_tokens,
                self.model,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
