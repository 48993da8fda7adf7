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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        container: AnthropicContainer | None,
        stop_details: AnthropicRefusalStopDetails | None,
        stop_reason: str | None,
        stop_sequence: str | None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("container", container)
        _setattr("stop_details", stop_details)
        _setattr("stop_reason", stop_reason)
        _setattr("stop_sequence", stop_sequence)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"container={self.container!r}, "
            f"stop_details={self.stop_details!r}, "
            f"stop_reason={self.stop_reason!r}, "
            f"stop_sequence={self.stop_sequence!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.container,
            self.stop_details,
            self.stop_reason,
            self.stop_sequence,
            self.extra_fields,
        ) == (
            other.container,
            other.stop_details,
            other.stop_reason,
            other.stop_sequence,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "MessagesDeltaEventDelta",
                self.container,
                self.stop_details,
                self.stop_reason,
                self.stop_sequence,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class MessagesDeltaEventUsageServerToolUse:
    """The ``server_tool_use`` of a :class:`MessagesDeltaEventUsage`."""

    web_fetch_requests: int
    web_search_requests: int
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        web_fetch_requests: int,
        web_search_requests: int,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("web_fetch_requests", web_fetch_requests)
        _setattr("web_search_requests", web_search_requests)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"web_fetch_requests={self.web_fetch_requests!r}, "
            f"web_search_requests={self.web_search_requests!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.web_fetch_requests, self.web_search_requests, self.extra_fields) == (
            other.web_fetch_requests,
            other.web_search_requests,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "MessagesDeltaEventUsageServerToolUse",
                self.web_fetch_requests,
                self.web_search_requests,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        cache_creation: AnthropicCacheCreation | Unset | None = UNSET,
        cache_creation_input_tokens: int | None,
        cache_read_input_tokens: int | None,
        input_tokens: int | None,
        iterations: list[AnthropicUsageIteration] | None = None,
        output_tokens: int,
        output_tokens_details: AnthropicOutputTokensDetails | None,
        server_tool_use: MessagesDeltaEventUsageServerToolUse | None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("cache_creation", cache_creation)
        _setattr("cache_creation_input_tokens", cache_creation_input_tokens)
        _setattr("cache_read_input_tokens", cache_read_input_tokens)
        _setattr("input_tokens", input_tokens)
        _setattr("iterations", iterations)
        _setattr("output_tokens", output_tokens)
        _setattr("output_tokens_details", output_tokens_details)
        _setattr("server_tool_use", server_tool_use)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"cache_creation={self.cache_creation!r}, "
            f"cache_creation_input_tokens={self.cache_creation_input_tokens!r}, "
            f"cache_read_input_tokens={self.cache_read_input_tokens!r}, "
            f"input_tokens={self.input_tokens!r}, "
            f"iterations={self.iterations!r}, "
            f"output_tokens={self.output_tokens!r}, "
            f"output_tokens_details={self.output_tokens_details!r}, "
            f"server_tool_use={self.server_tool_use!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.cache_creation,
            self.cache_creation_input_tokens,
            self.cache_read_input_tokens,
            self.input_tokens,
            self.iterations,
            self.output_tokens,
            self.output_tokens_details,
            self.server_tool_use,
            self.extra_fields,
        ) == (
            other.cache_creation,
            other.cache_creation_input_tokens,
            other.cache_read_input_tokens,
            other.input_tokens,
            other.iterations,
            other.output_tokens,
            other.output_tokens_details,
            other.server_tool_use,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "MessagesDeltaEventUsage",
                self.cache_creation,
                self.cache_creation_input_tokens,
                self.cache_read_input_tokens,
                self.input_tokens,
                self.iterations,
                self.output_tokens,
                self.output_tokens_details,
                self.server_tool_use,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class MessagesDeltaEvent:
    """Event sent when the message metadata changes (e.g., stop_reason)."""

    delta: MessagesDeltaEventDelta
    type: str = "message_delta"
    usage: MessagesDeltaEventUsage
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        delta: MessagesDeltaEventDelta,
        type: str = "message_delta",
        usage: MessagesDeltaEventUsage,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("delta", delta)
        _setattr("type", type)
        _setattr("usage", usage)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"delta={self.delta!r}, "
            f"type={self.type!r}, "
            f"usage={self.usage!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.delta, self.type, self.usage, self.extra_fields) == (
            other.delta,
            other.type,
            other.usage,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(("MessagesDeltaEvent", self.delta, self.type, self.usage, self.extra_fields))

    # --- end of attrs methods ---
