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


@attrs.frozen(kw_only=True)
class MessagesResultContextManagement:
    """The ``context_management`` of a :class:`MessagesResult`."""

    applied_edits: list[MessagesResultContextManagementAppliedEdits]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


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
