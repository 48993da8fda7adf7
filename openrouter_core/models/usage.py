# Generated from the OpenRouter OpenAPI spec (components/schemas/Usage) by `python -m codegen`; do not edit.
"""Token usage information for the response."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from openrouter_core._unset import UNSET, Unset

if TYPE_CHECKING:
    from openrouter_core.models.openai_responses_usage import (
        OpenAIResponsesUsageInputTokensDetails,
        OpenAIResponsesUsageOutputTokensDetails,
    )
    from openrouter_core.models.server_tool_use_details import ServerToolUseDetails


@attrs.frozen(kw_only=True)
class UsageCostDetails:
    """The ``cost_details`` of a :class:`Usage`."""

    upstream_inference_cost: float | Unset | None = UNSET
    upstream_inference_input_cost: float
    upstream_inference_output_cost: float
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        upstream_inference_cost: float | Unset | None = UNSET,
        upstream_inference_input_cost: float,
        upstream_inference_output_cost: float,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("upstream_inference_cost", upstream_inference_cost)
        _setattr("upstream_inference_input_cost", upstream_inference_input_cost)
        _setattr("upstream_inference_output_cost", upstream_inference_output_cost)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"upstream_inference_cost={self.upstream_inference_cost!r}, "
            f"upstream_inference_input_cost={self.upstream_inference_input_cost!r}, "
            f"upstream_inference_output_cost={self.upstream_inference_output_cost!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.upstream_inference_cost,
            self.upstream_inference_input_cost,
            self.upstream_inference_output_cost,
            self.extra_fields,
        ) == (
            other.upstream_inference_cost,
            other.upstream_inference_input_cost,
            other.upstream_inference_output_cost,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "UsageCostDetails",
                self.upstream_inference_cost,
                self.upstream_inference_input_cost,
                self.upstream_inference_output_cost,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class Usage:
    """Token usage information for the response."""

    input_tokens: int
    input_tokens_details: OpenAIResponsesUsageInputTokensDetails
    output_tokens: int
    output_tokens_details: OpenAIResponsesUsageOutputTokensDetails
    total_tokens: int
    cost: float | Unset | None = UNSET
    """Cost of the completion."""
    cost_details: UsageCostDetails | None = None
    is_byok: bool | None = None
    """Whether a request was made using a Bring Your Own Key configuration."""
    server_tool_use_details: ServerToolUseDetails | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        input_tokens: int,
        input_tokens_details: OpenAIResponsesUsageInputTokensDetails,
        output_tokens: int,
        output_tokens_details: OpenAIResponsesUsageOutputTokensDetails,
        total_tokens: int,
        cost: float | Unset | None = UNSET,
        cost_details: UsageCostDetails | None = None,
        is_byok: bool | None = None,
        server_tool_use_details: ServerToolUseDetails | Unset | None = UNSET,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("input_tokens", input_tokens)
        _setattr("input_tokens_details", input_tokens_details)
        _setattr("output_tokens", output_tokens)
        _setattr("output_tokens_details", output_tokens_details)
        _setattr("total_tokens", total_tokens)
        _setattr("cost", cost)
        _setattr("cost_details", cost_details)
        _setattr("is_byok", is_byok)
        _setattr("server_tool_use_details", server_tool_use_details)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"input_tokens={self.input_tokens!r}, "
            f"input_tokens_details={self.input_tokens_details!r}, "
            f"output_tokens={self.output_tokens!r}, "
            f"output_tokens_details={self.output_tokens_details!r}, "
            f"total_tokens={self.total_tokens!r}, "
            f"cost={self.cost!r}, "
            f"cost_details={self.cost_details!r}, "
            f"is_byok={self.is_byok!r}, "
            f"server_tool_use_details={self.server_tool_use_details!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.input_tokens,
            self.input_tokens_details,
            self.output_tokens,
            self.output_tokens_details,
            self.total_tokens,
            self.cost,
            self.cost_details,
            self.is_byok,
            self.server_tool_use_details,
            self.extra_fields,
        ) == (
            other.input_tokens,
            other.input_tokens_details,
            other.output_tokens,
            other.output_tokens_details,
            other.total_tokens,
            other.cost,
            other.cost_details,
            other.is_byok,
            other.server_tool_use_details,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "Usage",
                self.input_tokens,
                self.input_tokens_details,
                self.output_tokens,
                self.output_tokens_details,
                self.total_tokens,
                self.cost,
                self.cost_details,
                self.is_byok,
                self.server_tool_use_details,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
