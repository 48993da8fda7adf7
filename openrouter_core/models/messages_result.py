# Generated from the OpenRouter OpenAPI spec (components/schemas/MessagesResult) by `python -m codegen`; do not edit.
"""Non-streaming response from the Anthropic Messages API with OpenRouter extensions."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from openrouter_core._unset import UNSET, Unset

if TYPE_CHECKING:
    from openrouter_core.models.anthropic_cache_creation import AnthropicCacheCreation
    from openrouter_core.models.anthropic_container import AnthropicContainer
    from openrouter_core.models.anthropic_output_tokens_details import AnthropicOutputTokensDetails
    from openrouter_core.models.anthropic_refusal_stop_details import AnthropicRefusalStopDetails
    from openrouter_core.models.anthropic_server_tool_usage import AnthropicServerToolUsage
    from openrouter_core.models.anthropic_usage_iteration import AnthropicUsageIteration
    from openrouter_core.models.cost_details import CostDetails
    from openrouter_core.models.openrouter_metadata import OpenRouterMetadata
    from openrouter_core.models.or_anthropic_content_block import ORAnthropicContentBlock


@attrs.frozen(kw_only=True)
class MessagesResultContextManagementAppliedEdits:
    """The ``applied_edits`` of a :class:`MessagesResultContextManagement`."""

    type: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self, *, type: str, extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(type={self.type!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.type, self.extra_fields) == (other.type, other.extra_fields)

    def __hash__(self) -> int:
        return hash(("MessagesResultContextManagementAppliedEdits", self.type, self.extra_fields))

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class MessagesResultContextManagement:
    """The ``context_management`` of a :class:`MessagesResult`."""

    applied_edits: list[MessagesResultContextManagementAppliedEdits]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        applied_edits: list[MessagesResultContextManagementAppliedEdits],
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("applied_edits", applied_edits)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(applied_edits={self.applied_edits!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.applied_edits, self.extra_fields) == (other.applied_edits, other.extra_fields)

    def __hash__(self) -> int:
        return hash(("MessagesResultContextManagement", self.applied_edits, self.extra_fields))

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class MessagesResultUsage:
    """The ``usage`` of a :class:`MessagesResult`."""

    cache_creation: AnthropicCacheCreation | None
    cache_creation_input_tokens: int | None
    cache_read_input_tokens: int | None
    inference_geo: str | None
    input_tokens: int
    output_tokens: int
    output_tokens_details: AnthropicOutputTokensDetails | None
    server_tool_use: AnthropicServerToolUsage | None
    service_tier: str | None
    cost: float | Unset | None = UNSET
    cost_details: CostDetails | Unset | None = UNSET
    is_byok: bool | None = None
    iterations: list[AnthropicUsageIteration] | None = None
    speed: str | Unset | None = UNSET
    """Known values: :class:`AnthropicSpeed`."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        cache_creation: AnthropicCacheCreation | None,
        cache_creation_input_tokens: int | None,
        cache_read_input_tokens: int | None,
        inference_geo: str | None,
        input_tokens: int,
        output_tokens: int,
        output_tokens_details: AnthropicOutputTokensDetails | None,
        server_tool_use: AnthropicServerToolUsage | None,
        service_tier: str | None,
        cost: float | Unset | None = UNSET,
        cost_details: CostDetails | Unset | None = UNSET,
        is_byok: bool | None = None,
        iterations: list[AnthropicUsageIteration] | None = None,
        speed: str | Unset | None = UNSET,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("cache_creation", cache_creation)
        _setattr("cache_creation_input_tokens", cache_creation_input_tokens)
        _setattr("cache_read_input_tokens", cache_read_input_tokens)
        _setattr("inference_geo", inference_geo)
        _setattr("input_tokens", input_tokens)
        _setattr("output_tokens", output_tokens)
        _setattr("output_tokens_details", output_tokens_details)
        _setattr("server_tool_use", server_tool_use)
        _setattr("service_tier", service_tier)
        _setattr("cost", cost)
        _setattr("cost_details", cost_details)
        _setattr("is_byok", is_byok)
        _setattr("iterations", iterations)
        _setattr("speed", speed)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"cache_creation={self.cache_creation!r}, "
            f"cache_creation_input_tokens={self.cache_creation_input_tokens!r}, "
            f"cache_read_input_tokens={self.cache_read_input_tokens!r}, "
            f"inference_geo={self.inference_geo!r}, "
            f"input_tokens={self.input_tokens!r}, "
            f"output_tokens={self.output_tokens!r}, "
            f"output_tokens_details={self.output_tokens_details!r}, "
            f"server_tool_use={self.server_tool_use!r}, "
            f"service_tier={self.service_tier!r}, "
            f"cost={self.cost!r}, "
            f"cost_details={self.cost_details!r}, "
            f"is_byok={self.is_byok!r}, "
            f"iterations={self.iterations!r}, "
            f"speed={self.speed!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.cache_creation,
            self.cache_creation_input_tokens,
            self.cache_read_input_tokens,
            self.inference_geo,
            self.input_tokens,
            self.output_tokens,
            self.output_tokens_details,
            self.server_tool_use,
            self.service_tier,
            self.cost,
            self.cost_details,
            self.is_byok,
            self.iterations,
            self.speed,
            self.extra_fields,
        ) == (
            other.cache_creation,
            other.cache_creation_input_tokens,
            other.cache_read_input_tokens,
            other.inference_geo,
            other.input_tokens,
            other.output_tokens,
            other.output_tokens_details,
            other.server_tool_use,
            other.service_tier,
            other.cost,
            other.cost_details,
            other.is_byok,
            other.iterations,
            other.speed,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "MessagesResultUsage",
                self.cache_creation,
                self.cache_creation_input_tokens,
                self.cache_read_input_tokens,
                self.inference_geo,
                self.input_tokens,
                self.output_tokens,
                self.output_tokens_details,
                self.server_tool_use,
                self.service_tier,
                self.cost,
                self.cost_details,
                self.is_byok,
                self.iterations,
                self.speed,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class MessagesResult:
    """Non-streaming response from the Anthropic Messages API with OpenRouter extensions."""

    container: AnthropicContainer | None
    content: list[ORAnthropicContentBlock]
    id: str
    model: str
    role: str = "assistant"
    stop_details: AnthropicRefusalStopDetails | None
    stop_reason: str | None
    """Known values: :class:`ORAnthropicStopReason`."""
    stop_sequence: str | None
    type: str = "message"
    usage: MessagesResultUsage
    context_management: MessagesResultContextManagement | Unset | None = UNSET
    openrouter_metadata: OpenRouterMetadata | None = None
    provider: str | None = None
    """Known values: :class:`ProviderName`."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        container: AnthropicContainer | None,
        content: list[ORAnthropicContentBlock],
        id: str,
        model: str,
        role: str = "assistant",
        stop_details: AnthropicRefusalStopDetails | None,
        stop_reason: str | None,
        stop_sequence: str | None,
        type: str = "message",
        usage: MessagesResultUsage,
        context_management: MessagesResultContextManagement | Unset | None = UNSET,
        openrouter_metadata: OpenRouterMetadata | None = None,
        provider: str | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("container", container)
        _setattr("content", content)
        _setattr("id", id)
        _setattr("model", model)
        _setattr("role", role)
        _setattr("stop_details", stop_details)
        _setattr("stop_reason", stop_reason)
        _setattr("stop_sequence", stop_sequence)
        _setattr("type", type)
        _setattr("usage", usage)
        _setattr("context_management", context_management)
        _setattr("openrouter_metadata", openrouter_metadata)
        _setattr("provider", provider)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"container={self.container!r}, "
            f"content={self.content!r}, "
            f"id={self.id!r}, "
            f"model={self.model!r}, "
            f"role={self.role!r}, "
            f"stop_details={self.stop_details!r}, "
            f"stop_reason={self.stop_reason!r}, "
            f"stop_sequence={self.stop_sequence!r}, "
            f"type={self.type!r}, "
            f"usage={self.usage!r}, "
            f"context_management={self.context_management!r}, "
            f"openrouter_metadata={self.openrouter_metadata!r}, "
            f"provider={self.provider!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.container,
            self.content,
            self.id,
            self.model,
            self.role,
            self.stop_details,
            self.stop_reason,
            self.stop_sequence,
            self.type,
            self.usage,
            self.context_management,
            self.openrouter_metadata,
            self.provider,
            self.extra_fields,
        ) == (
            other.container,
            other.content,
            other.id,
            other.model,
            other.role,
            other.stop_details,
            other.stop_reason,
            other.stop_sequence,
            other.type,
            other.usage,
            other.context_management,
            other.openrouter_metadata,
            other.provider,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "MessagesResult",
                self.container,
                self.content,
                self.id,
                self.model,
                self.role,
                self.stop_details,
                self.stop_reason,
                self.stop_sequence,
                self.type,
                self.usage,
                self.context_management,
                self.openrouter_metadata,
                self.provider,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
