# Generated from the OpenRouter OpenAPI spec (components/schemas/MessagesStartEvent) by `python -m codegen`; do not edit.
"""Event sent at the start of a streaming message."""

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
    from openrouter_core.models.or_anthropic_content_block import ORAnthropicContentBlock


@attrs.frozen(kw_only=True)
class MessagesStartEventMessageUsage:
    """The ``usage`` of a :class:`MessagesStartEventMessage`."""

    cache_creation: AnthropicCacheCreation | None
    cache_creation_input_tokens: int | None
    cache_read_input_tokens: int | None
    inference_geo: str | None
    input_tokens: int
    output_tokens: int
    output_tokens_details: AnthropicOutputTokensDetails | None
    server_tool_use: AnthropicServerToolUsage | None
    service_tier: str | None
    """Known values: :class:`AnthropicServiceTier`."""
    iterations: list[AnthropicUsageIteration] | None = None
    speed: str | Unset | None = UNSET
    """Known values: :class:`AnthropicSpeed`."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class MessagesStartEventMessage:
    """The ``message`` of a :class:`MessagesStartEvent`."""

    container: AnthropicContainer | None
    content: list[ORAnthropicContentBlock]
    id: str
    model: str
    provider: str | None = None
    role: str = "assistant"
    stop_details: AnthropicRefusalStopDetails | None
    stop_reason: Any
    stop_sequence: Any
    type: str = "message"
    usage: MessagesStartEventMessageUsage
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class MessagesStartEvent:
    """Event sent at the start of a streaming message."""

    message: MessagesStartEventMessage
    type: str = "message_start"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
