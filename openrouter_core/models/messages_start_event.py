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
            other.iterations,
            other.speed,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "MessagesStartEventMessageUsage",
                self.cache_creation,
                self.cache_creation_input_tokens,
                self.cache_read_input_tokens,
                self.inference_geo,
                self.input_tokens,
                self.output_tokens,
                self.output_tokens_details,
                self.server_tool_use,
                self.service_tier,
                self.iterations,
                self.speed,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        container: AnthropicContainer | None,
        content: list[ORAnthropicContentBlock],
        id: str,
        model: str,
        provider: str | None = None,
        role: str = "assistant",
        stop_details: AnthropicRefusalStopDetails | None,
        stop_reason: Any,
        stop_sequence: Any,
        type: str = "message",
        usage: MessagesStartEventMessageUsage,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("container", container)
        _setattr("content", content)
        _setattr("id", id)
        _setattr("model", model)
        _setattr("provider", provider)
        _setattr("role", role)
        _setattr("stop_details", stop_details)
        _setattr("stop_reason", stop_reason)
        _setattr("stop_sequence", stop_sequence)
        _setattr("type", type)
        _setattr("usage", usage)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"container={self.container!r}, "
            f"content={self.content!r}, "
            f"id={self.id!r}, "
            f"model={self.model!r}, "
            f"provider={self.provider!r}, "
            f"role={self.role!r}, "
            f"stop_details={self.stop_details!r}, "
            f"stop_reason={self.stop_reason!r}, "
            f"stop_sequence={self.stop_sequence!r}, "
            f"type={self.type!r}, "
            f"usage={self.usage!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.container,
            self.content,
            self.id,
            self.model,
            self.provider,
            self.role,
            self.stop_details,
            self.stop_reason,
            self.stop_sequence,
            self.type,
            self.usage,
            self.extra_fields,
        ) == (
            other.container,
            other.content,
            other.id,
            other.model,
            other.provider,
            other.role,
            other.stop_details,
            other.stop_reason,
            other.stop_sequence,
            other.type,
            other.usage,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "MessagesStartEventMessage",
                self.container,
                self.content,
                self.id,
                self.model,
                self.provider,
                self.role,
                self.stop_details,
                self.stop_reason,
                self.stop_sequence,
                self.type,
                self.usage,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class MessagesStartEvent:
    """Event sent at the start of a streaming message."""

    message: MessagesStartEventMessage
    type: str = "message_start"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        message: MessagesStartEventMessage,
        type: str = "message_start",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("message", message)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(message={self.message!r}, type={self.type!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.message, self.type, self.extra_fields) == (
            other.message,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(("MessagesStartEvent", self.message, self.type, self.extra_fields))

    # --- end of attrs methods ---
