# Generated from the OpenRouter OpenAPI spec (components/schemas/OpenAIResponsesUsage) by `python -m codegen`; do not edit.
"""The ``OpenAIResponsesUsage`` object."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class OpenAIResponsesUsageInputTokensDetails:
    """The ``input_tokens_details`` of a :class:`OpenAIResponsesUsage`."""

    cache_write_tokens: int | Unset | None = UNSET
    cached_tokens: int
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class OpenAIResponsesUsageOutputTokensDetails:
    """The ``output_tokens_details`` of a :class:`OpenAIResponsesUsage`."""

    reasoning_tokens: int
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class OpenAIResponsesUsage:
    """The ``OpenAIResponsesUsage`` object."""

    input_tokens: int
    input_tokens_details: OpenAIResponsesUsageInputTokensDetails
    output_tokens: int
    output_tokens_details: OpenAIResponsesUsageOutputTokensDetails
    total_tokens: int
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
