# Generated from the OpenRouter OpenAPI spec (components/schemas/MessagesDeltaEvent) by `python -m codegen`; do not edit.
"""Event sent when the message metadata changes (e.g., stop_reason)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from openrouter_core._unset import UNSET, Unset

if TYPE_CHECKING:
    from openrouter_core.models.anthropic_cache_creation import AnthropicCacheCreation
    from openrouter_core.models.anthropic_container import AnthropicContainer
    from openrouter_core.models.anthropic_output_tokens_details import AnthropicOutputTokensDetails
    from openrouter_core.models.anthropic_refusal_stop_details import AnthropicRefusalStopDetails
    from openrouter_core.models.anthropic_usage_iteration import AnthropicUsageIteration


@attrs.frozen(kw_only=True)
class MessagesDeltaEventDelta:
    """The ``delta`` of a :class:`MessagesDeltaEvent`."""

    container: AnthropicContainer | None
    stop_details: AnthropicRefusalStopDetails | None
    stop_reason: str | None
    """Known values: :class:`ORAnthropicStopReason`."""
    stop_sequence: str | None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class MessagesDeltaEventUsageServerToolUse:
    """The ``server_tool_use`` of a :class:`MessagesDeltaEventUsage`."""

    web_fetch_requests: int
    web_search_requests: int
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class MessagesDeltaEventUsage:
    """The ``usage`` of a :class:`MessagesDeltaEvent`."""

    cache_creation: AnthropicCacheCreation | Unset | None = UNSET
    cache_creation_input_tokens: int | None
    cache_read_input_tokens: int | None
    input_tokens: int | None
    iterations: list[AnthropicUsageIteration] | None = None
    output_tokens: int
    output_tokens_details: AnthropicOutputTokensDetails | None
    server_tool_use: MessagesDeltaEventUsageServerToolUse | None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class MessagesDeltaEvent:
    """Event sent when the message metadata changes (e.g., stop_reason)."""

    delta: MessagesDeltaEventDelta
    type: str = "message_delta"
    usage: MessagesDeltaEventUsage
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
