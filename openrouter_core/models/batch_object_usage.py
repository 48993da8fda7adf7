# Generated from the OpenRouter OpenAPI spec (components/schemas/BatchObjectUsage) by `python -m codegen`; do not edit.
"""The ``BatchObjectUsage`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from openrouter_core._unset import UNSET, Unset

if TYPE_CHECKING:
    from openrouter_core.models.anthropic_cache_creation import AnthropicCacheCreation
    from openrouter_core.models.anthropic_usage_iteration import AnthropicUsageIteration
    from openrouter_core.models.batch_object_completion_tokens_details import (
        BatchObjectCompletionTokensDetails,
    )
    from openrouter_core.models.batch_object_prompt_tokens_details import (
        BatchObjectPromptTokensDetails,
    )
    from openrouter_core.models.batch_object_server_tool_use import BatchObjectServerToolUse
    from openrouter_core.models.cost_details import CostDetails


@attrs.frozen(kw_only=True)
class BatchObjectUsage:
    """The ``BatchObjectUsage`` object."""

    completion_tokens: int
    """The tokens generated."""
    prompt_tokens: int
    """Including images, input audio, and tools if any."""
    total_tokens: int
    """Sum of the above two fields."""
    cache_creation: AnthropicCacheCreation | Unset | None = UNSET
    completion_tokens_details: BatchObjectCompletionTokensDetails | Unset | None = UNSET
    cost: float | Unset | None = UNSET
    """Cost of the completion."""
    cost_details: CostDetails | Unset | None = UNSET
    """Breakdown of upstream inference costs."""
    is_byok: bool | None = None
    """Whether a request was made using a Bring Your Own Key configuration."""
    iterations: list[AnthropicUsageIteration] | Unset | None = UNSET
    prompt_tokens_details: BatchObjectPromptTokensDetails | Unset | None = UNSET
    """Breakdown of tokens used in the prompt."""
    server_tool_use: BatchObjectServerToolUse | Unset | None = UNSET
    """Usage for server-side tool execution (e.g., web search)."""
    service_tier: str | Unset | None = UNSET
    """The service tier used by the upstream provider for this request."""
    speed: str | Unset | None = UNSET
    """Known values: ``"fast"``, ``"standard"``."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        completion_tokens: int,
        prompt_tokens: int,
        total_tokens: int,
        cache_creation: AnthropicCacheCreation | Unset | None = UNSET,
        completion_tokens_details: BatchObjectCompletionTokensDetails | Unset | None = UNSET,
        cost: float | Unset | None = UNSET,
        cost_details: CostDetails | Unset | None = UNSET,
        is_byok: bool | None = None,
        iterations: list[AnthropicUsageIteration] | Unset | None = UNSET,
        prompt_tokens_details: BatchObjectPromptTokensDetails | Unset | None = UNSET,
        server_tool_use: BatchObjectServerToolUse | Unset | None = UNSET,
        service_tier: str | Unset | None = UNSET,
        speed: str | Unset | None = UNSET,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("completion_tokens", completion_tokens)
        _setattr("prompt_tokens", prompt_tokens)
        _setattr("total_tokens", total_tokens)
        _setattr("cache_creation", cache_creation)
        _setattr("completion_tokens_details", completion_tokens_details)
        _setattr("cost", cost)
        _setattr("cost_details", cost_details)
        _setattr("is_byok", is_byok)
        _setattr("iterations", iterations)
        _setattr("prompt_tokens_details", prompt_tokens_details)
        _setattr("server_tool_use", server_tool_use)
        _setattr("service_tier", service_tier)
        _setattr("speed", speed)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"completion_tokens={self.completion_tokens!r}, "
            f"prompt_tokens={self.prompt_tokens!r}, "
            f"total_tokens={self.total_tokens!r}, "
            f"cache_creation={self.cache_creation!r}, "
            f"completion_tokens_details={self.completion_tokens_details!r}, "
            f"cost={self.cost!r}, "
            f"cost_details={self.cost_details!r}, "
            f"is_byok={self.is_byok!r}, "
            f"iterations={self.iterations!r}, "
            f"prompt_tokens_details={self.prompt_tokens_details!r}, "
            f"server_tool_use={self.server_tool_use!r}, "
            f"service_tier={self.service_tier!r}, "
            f"speed={self.speed!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.completion_tokens,
            self.prompt_tokens,
            self.total_tokens,
            self.cache_creation,
            self.completion_tokens_details,
            self.cost,
            self.cost_details,
            self.is_byok,
            self.iterations,
            self.prompt_tokens_details,
            self.server_tool_use,
            self.service_tier,
            self.speed,
            self.extra_fields,
        ) == (
            other.completion_tokens,
            other.prompt_tokens,
            other.total_tokens,
            other.cache_creation,
            other.completion_tokens_details,
            other.cost,
            other.cost_details,
            other.is_byok,
            other.iterations,
            other.prompt_tokens_details,
            other.server_tool_use,
            other.service_tier,
            other.speed,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "BatchObjectUsage",
                self.completion_tokens,
                self.prompt_tokens,
                self.total_tokens,
                self.cache_creation,
                self.completion_tokens_details,
                self.cost,
                self.cost_details,
                self.is_byok,
                self.iterations,
                self.prompt_tokens_details,
                self.server_tool_use,
                self.service_tier,
                self.speed,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
