# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicUnknownUsageIteration) by `python -m codegen`; do not edit.
"""The ``AnthropicUnknownUsageIteration`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from openrouter_core._unset import UNSET, Unset

if TYPE_CHECKING:
    from openrouter_core.models.anthropic_iteration_cache_creation import (
        AnthropicIterationCacheCreation,
    )


@attrs.frozen(kw_only=True)
class AnthropicUnknownUsageIteration:
    """The ``AnthropicUnknownUsageIteration`` object."""

    cache_creation: AnthropicIterationCacheCreation | Unset | None = UNSET
    cache_creation_input_tokens: int | None = None
    cache_read_input_tokens: int | None = None
    input_tokens: int | None = None
    output_tokens: int | None = None
    type: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
