# Generated from the OpenRouter OpenAPI spec (components/schemas/MessagesRequest) by `python -m codegen`; do not edit.
"""Request schema for Anthropic Messages API endpoint."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeAlias

import attrs

from openrouter_core._codec.readers import register_union
from openrouter_core._unset import UNSET, Unset
from openrouter_core.models.anthropic_input_tokens_trigger import AnthropicInputTokensTrigger
from openrouter_core.models.anthropic_text_block_param import AnthropicTextBlockParam
from openrouter_core.models.anthropic_thinking_turns import AnthropicThinkingTurns
from openrouter_core.models.anthropic_tool_search_tool_bm25 import AnthropicToolSearchToolBm25
from openrouter_core.models.anthropic_tool_search_tool_regex import AnthropicToolSearchToolRegex
from openrouter_core.models.anthropic_tool_uses_trigger import AnthropicToolUsesTrigger
from openrouter_core.models.auto_beta_router_plugin import AutoBetaRouterPlugin
from openrouter_core.models.auto_router_plugin import AutoRouterPlugin
from openrouter_core.models.bash_server_tool import BashServerTool
from openrouter_core.models.context_compression_plugin import ContextCompressionPlugin
from openrouter_core.models.datetime_server_tool import DatetimeServerTool
from openrouter_core.models.file_parser_plugin import FileParserPlugin
from openrouter_core.models.fusion_plugin import FusionPlugin
from openrouter_core.models.image_generation_server_tool_openrouter import (
    ImageGenerationServerToolOpenRouter,
)
from openrouter_core.models.messages_search_models_server_tool import MessagesSearchModelsServerTool
from openrouter_core.models.moderation_plugin import ModerationPlugin
from openrouter_core.models.openrouter_web_search_server_tool import OpenRouterWebSearchServerTool
from openrouter_core.models.pareto_router_plugin import ParetoRouterPlugin
from openrouter_core.models.response_healing_plugin import ResponseHealingPlugin
from openrouter_core.models.shell_server_tool_openrouter import ShellServerToolOpenRouter
from openrouter_core.models.tool_search_server_tool import ToolSearchServerTool
from openrouter_core.models.web_fetch_plugin import WebFetchPlugin
from openrouter_core.models.web_fetch_server_tool import WebFetchServerTool
from openrouter_core.models.web_search_plugin import WebSearchPlugin

if TYPE_CHECKING:
    from openrouter_core.models.anthropic_cache_control_directive import (
        AnthropicCacheControlDirective,
    )
    from openrouter_core.models.anthropic_input_tokens_clear_at_least import (
        AnthropicInputTokensClearAtLeast,
    )
    from openrouter_core.models.anthropic_tool_uses_keep import AnthropicToolUsesKeep
    from openrouter_core.models.anthropic_web_search_tool_user_location import (
        AnthropicWebSearchToolUserLocation,
    )
    from openrouter_core.models.messages_fallback_param import MessagesFallbackParam
    from openrouter_core.models.messages_message_param import MessagesMessageParam
    from openrouter_core.models.messages_output_config import MessagesOutputConfig
    from openrouter_core.models.provider_preferences import ProviderPreferences
    from openrouter_core.models.stop_server_tools_when_condition import StopServerToolsWhenCondition
    from openrouter_core.models.trace_config import TraceConfig


@attrs.frozen(kw_only=True)
class MessagesRequestContextManagementEditsClearThinking20251015KeepAll:
    """One of the shapes of :class:`MessagesRequestContextManagementEditsClearThinking20251015Keep`."""

    type: str = "all"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self, *, type: str = "all", extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING
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
        return hash(
            (
                "MessagesRequestContextManagementEditsClearThinking20251015KeepAll",
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


MessagesRequestContextManagementEditsClearThinking20251015Keep: TypeAlias = (
    AnthropicThinkingTurns
    | MessagesRequestContextManagementEditsClearThinking20251015KeepAll
    | str
    | dict[str, Any]
)
"""The ``keep`` of a :class:`MessagesRequestContextManagementEditsClearThinking20251015`."""


_MESSAGES_REQUEST_CONTEXT_MANAGEMENT_EDITS_CLEAR_THINKING20251015_KEEP_BY_TYPE: dict[Any, Any] = {
    "all": MessagesRequestContextManagementEditsClearThinking20251015KeepAll,
    "thinking_turns": AnthropicThinkingTurns,
}


def _choose_messages_request_context_management_edits_clear_thinking20251015_keep(data: Any) -> Any:
    """The member of :data:`MessagesRequestContextManagementEditsClearThinking20251015Keep` that
    ``data`` is, by its ``type``.

    An unknown ``type`` keeps the object as a plain dict.
    """
    if isinstance(data, str):
        return str
    if isinstance(data, dict):
        return _MESSAGES_REQUEST_CONTEXT_MANAGEMENT_EDITS_CLEAR_THINKING20251015_KEEP_BY_TYPE.get(
            data.get("type"), dict
        )
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(
        f"MessagesRequestContextManagementEditsClearThinking20251015Keep: expected a string or an object, got {type(data).__name__}"
    )


register_union(
    MessagesRequestContextManagementEditsClearThinking20251015Keep,
    _choose_messages_request_context_management_edits_clear_thinking20251015_keep,
)


@attrs.frozen(kw_only=True)
class MessagesRequestContextManagementEditsClearThinking20251015:
    """One of the shapes of :class:`MessagesRequestContextManagementEdits`."""

    keep: MessagesRequestContextManagementEditsClearThinking20251015Keep | None = None
    type: str = "clear_thinking_20251015"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        keep: MessagesRequestContextManagementEditsClearThinking20251015Keep | None = None,
        type: str = "clear_thinking_20251015",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("keep", keep)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(keep={self.keep!r}, type={self.type!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.keep, self.type, self.extra_fields) == (
            other.keep,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "MessagesRequestContextManagementEditsClearThinking20251015",
                self.keep,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


MessagesRequestContextManagementEditsClearToolUses20250919ClearToolInputs: TypeAlias = (
    bool | list[str]
)
"""The ``clear_tool_inputs`` of a
:class:`MessagesRequestContextManagementEditsClearToolUses20250919`.
"""


def _choose_messages_request_context_management_edits_clear_tool_uses20250919_clear_tool_inputs(
    data: Any,
) -> Any:
    """The member of
    :data:`MessagesRequestContextManagementEditsClearToolUses20250919ClearToolInputs` that
    ``data`` is, by its JSON type.
    """
    if isinstance(data, bool):
        return bool
    if isinstance(data, list):
        return list[str]
    raise TypeError(
        f"MessagesRequestContextManagementEditsClearToolUses20250919ClearToolInputs: expected a boolean or an array, got {type(data).__name__}"
    )


register_union(
    MessagesRequestContextManagementEditsClearToolUses20250919ClearToolInputs,
    _choose_messages_request_context_management_edits_clear_tool_uses20250919_clear_tool_inputs,
)


MessagesRequestContextManagementEditsClearToolUses20250919Trigger: TypeAlias = (
    AnthropicInputTokensTrigger | AnthropicToolUsesTrigger | dict[str, Any]
)
"""The ``trigger`` of a :class:`MessagesRequestContextManagementEditsClearToolUses20250919`."""


_MESSAGES_REQUEST_CONTEXT_MANAGEMENT_EDITS_CLEAR_TOOL_USES20250919_TRIGGER_BY_TYPE: dict[
    Any, Any
] = {
    "input_tokens": AnthropicInputTokensTrigger,
    "tool_uses": AnthropicToolUsesTrigger,
}


def _choose_messages_request_context_management_edits_clear_tool_uses20250919_trigger(
    data: Any,
) -> Any:
    """The member of :data:`MessagesRequestContextManagementEditsClearToolUses20250919Trigger` that
    ``data`` is, by its ``type``.

    An unknown ``type`` keeps the object as a plain dict.
    """
    if isinstance(data, dict):
        return (
            _MESSAGES_REQUEST_CONTEXT_MANAGEMENT_EDITS_CLEAR_TOOL_USES20250919_TRIGGER_BY_TYPE.get(
                data.get("type"), dict
            )
        )
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(
        f"MessagesRequestContextManagementEditsClearToolUses20250919Trigger: expected an object, got {type(data).__name__}"
    )


register_union(
    MessagesRequestContextManagementEditsClearToolUses20250919Trigger,
    _choose_messages_request_context_management_edits_clear_tool_uses20250919_trigger,
)


@attrs.frozen(kw_only=True)
class MessagesRequestContextManagementEditsClearToolUses20250919:
    """One of the shapes of :class:`MessagesRequestContextManagementEdits`."""

    clear_at_least: AnthropicInputTokensClearAtLeast | Unset | None = UNSET
    clear_tool_inputs: (
        MessagesRequestContextManagementEditsClearToolUses20250919ClearToolInputs | Unset | None
    ) = UNSET
    exclude_tools: list[str] | Unset | None = UNSET
    keep: AnthropicToolUsesKeep | None = None
    trigger: MessagesRequestContextManagementEditsClearToolUses20250919Trigger | None = None
    type: str = "clear_tool_uses_20250919"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        clear_at_least: AnthropicInputTokensClearAtLeast | Unset | None = UNSET,
        clear_tool_inputs: MessagesRequestContextManagementEditsClearToolUses20250919ClearToolInputs
        | Unset
        | None = UNSET,
        exclude_tools: list[str] | Unset | None = UNSET,
        keep: AnthropicToolUsesKeep | None = None,
        trigger: MessagesRequestContextManagementEditsClearToolUses20250919Trigger | None = None,
        type: str = "clear_tool_uses_20250919",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("clear_at_least", clear_at_least)
        _setattr("clear_tool_inputs", clear_tool_inputs)
        _setattr("exclude_tools", exclude_tools)
        _setattr("keep", keep)
        _setattr("trigger", trigger)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"clear_at_least={self.clear_at_least!r}, "
            f"clear_tool_inputs={self.clear_tool_inputs!r}, "
            f"exclude_tools={self.exclude_tools!r}, "
            f"keep={self.keep!r}, "
            f"trigger={self.trigger!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.clear_at_least,
            self.clear_tool_inputs,
            self.exclude_tools,
            self.keep,
            self.trigger,
            self.type,
            self.extra_fields,
        ) == (
            other.clear_at_least,
            other.clear_tool_inputs,
            other.exclude_tools,
            other.keep,
            other.trigger,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "MessagesRequestContextManagementEditsClearToolUses20250919",
                self.clear_at_least,
                self.clear_tool_inputs,
                self.exclude_tools,
                self.keep,
                self.trigger,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class MessagesRequestContextManagementEditsCompact20260112Trigger:
    """The ``trigger`` of a :class:`MessagesRequestContextManagementEditsCompact20260112`."""

    type: str = "input_tokens"
    value: int
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        type: str = "input_tokens",
        value: int,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("type", type)
        _setattr("value", value)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(type={self.type!r}, value={self.value!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.type, self.value, self.extra_fields) == (
            other.type,
            other.value,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "MessagesRequestContextManagementEditsCompact20260112Trigger",
                self.type,
                self.value,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class MessagesRequestContextManagementEditsCompact20260112:
    """One of the shapes of :class:`MessagesRequestContextManagementEdits`."""

    instructions: str | Unset | None = UNSET
    pause_after_compaction: bool | None = None
    trigger: MessagesRequestContextManagementEditsCompact20260112Trigger | Unset | None = UNSET
    type: str = "compact_20260112"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        instructions: str | Unset | None = UNSET,
        pause_after_compaction: bool | None = None,
        trigger: MessagesRequestContextManagementEditsCompact20260112Trigger | Unset | None = UNSET,
        type: str = "compact_20260112",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("instructions", instructions)
        _setattr("pause_after_compaction", pause_after_compaction)
        _setattr("trigger", trigger)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"instructions={self.instructions!r}, "
            f"pause_after_compaction={self.pause_after_compaction!r}, "
            f"trigger={self.trigger!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.instructions,
            self.pause_after_compaction,
            self.trigger,
            self.type,
            self.extra_fields,
        ) == (
            other.instructions,
            other.pause_after_compaction,
            other.trigger,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "MessagesRequestContextManagementEditsCompact20260112",
                self.instructions,
                self.pause_after_compaction,
                self.trigger,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


MessagesRequestContextManagementEdits: TypeAlias = (
    MessagesRequestContextManagementEditsClearToolUses20250919
    | MessagesRequestContextManagementEditsClearThinking20251015
    | MessagesRequestContextManagementEditsCompact20260112
    | dict[str, Any]
)
"""The ``edits`` of a :class:`MessagesRequestContextManagement`."""


_MESSAGES_REQUEST_CONTEXT_MANAGEMENT_EDITS_BY_TYPE: dict[Any, Any] = {
    "clear_thinking_20251015": MessagesRequestContextManagementEditsClearThinking20251015,
    "clear_tool_uses_20250919": MessagesRequestContextManagementEditsClearToolUses20250919,
    "compact_20260112": MessagesRequestContextManagementEditsCompact20260112,
}


def _choose_messages_request_context_management_edits(data: Any) -> Any:
    """The member of :data:`MessagesRequestContextManagementEdits` that ``data`` is, by its
    ``type``.

    An unknown ``type`` keeps the object as a plain dict.
    """
    if isinstance(data, dict):
        return _MESSAGES_REQUEST_CONTEXT_MANAGEMENT_EDITS_BY_TYPE.get(data.get("type"), dict)
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(
        f"MessagesRequestContextManagementEdits: expected an object, got {type(data).__name__}"
    )


register_union(
    MessagesRequestContextManagementEdits, _choose_messages_request_context_management_edits
)


@attrs.frozen(kw_only=True)
class MessagesRequestContextManagement:
    """The ``context_management`` of a :class:`MessagesRequest`."""

    edits: list[MessagesRequestContextManagementEdits] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        edits: list[MessagesRequestContextManagementEdits] | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("edits", edits)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(edits={self.edits!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.edits, self.extra_fields) == (other.edits, other.extra_fields)

    def __hash__(self) -> int:
        return hash(("MessagesRequestContextManagement", self.edits, self.extra_fields))

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class MessagesRequestMetadata:
    """The ``metadata`` of a :class:`MessagesRequest`."""

    user_id: str | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        user_id: str | Unset | None = UNSET,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("user_id", user_id)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(user_id={self.user_id!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.user_id, self.extra_fields) == (other.user_id, other.extra_fields)

    def __hash__(self) -> int:
        return hash(("MessagesRequestMetadata", self.user_id, self.extra_fields))

    # --- end of attrs methods ---


MessagesRequestPlugins: TypeAlias = (
    AutoRouterPlugin
    | AutoBetaRouterPlugin
    | ModerationPlugin
    | WebSearchPlugin
    | WebFetchPlugin
    | FileParserPlugin
    | ResponseHealingPlugin
    | ContextCompressionPlugin
    | ParetoRouterPlugin
    | FusionPlugin
    | dict[str, Any]
)
"""Plugins you want to enable for this request, including their settings."""


_MESSAGES_REQUEST_PLUGINS_BY_ID: dict[Any, Any] = {
    "auto-beta-router": AutoBetaRouterPlugin,
    "auto-router": AutoRouterPlugin,
    "context-compression": ContextCompressionPlugin,
    "file-parser": FileParserPlugin,
    "fusion": FusionPlugin,
    "moderation": ModerationPlugin,
    "pareto-router": ParetoRouterPlugin,
    "response-healing": ResponseHealingPlugin,
    "web": WebSearchPlugin,
    "web-fetch": WebFetchPlugin,
}


def _choose_messages_request_plugins(data: Any) -> Any:
    """The member of :data:`MessagesRequestPlugins` that ``data`` is, by its ``id``.

    An unknown ``id`` keeps the object as a plain dict.
    """
    if isinstance(data, dict):
        return _MESSAGES_REQUEST_PLUGINS_BY_ID.get(data.get("id"), dict)
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(f"MessagesRequestPlugins: expected an object, got {type(data).__name__}")


register_union(MessagesRequestPlugins, _choose_messages_request_plugins)


MessagesRequestSystem: TypeAlias = str | list[AnthropicTextBlockParam]
"""The ``system`` of a :class:`MessagesRequest`."""


def _choose_messages_request_system(data: Any) -> Any:
    """The member of :data:`MessagesRequestSystem` that ``data`` is, by its JSON type."""
    if isinstance(data, str):
        return str
    if isinstance(data, list):
        return list[AnthropicTextBlockParam]
    raise TypeError(
        f"MessagesRequestSystem: expected a string or an array, got {type(data).__name__}"
    )


register_union(MessagesRequestSystem, _choose_messages_request_system)


@attrs.frozen(kw_only=True)
class MessagesRequestThinkingAdaptive:
    """One of the shapes of :class:`MessagesRequestThinking`."""

    display: str | Unset | None = UNSET
    """Known values: :class:`AnthropicThinkingDisplay`."""
    type: str = "adaptive"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        display: str | Unset | None = UNSET,
        type: str = "adaptive",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("display", display)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(display={self.display!r}, type={self.type!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.display, self.type, self.extra_fields) == (
            other.display,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(("MessagesRequestThinkingAdaptive", self.display, self.type, self.extra_fields))

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class MessagesRequestThinkingDisabled:
    """One of the shapes of :class:`MessagesRequestThinking`."""

    type: str = "disabled"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        type: str = "disabled",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
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
        return hash(("MessagesRequestThinkingDisabled", self.type, self.extra_fields))

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class MessagesRequestThinkingEnabled:
    """One of the shapes of :class:`MessagesRequestThinking`."""

    budget_tokens: int
    display: str | Unset | None = UNSET
    """Known values: :class:`AnthropicThinkingDisplay`."""
    type: str = "enabled"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        budget_tokens: int,
        display: str | Unset | None = UNSET,
        type: str = "enabled",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("budget_tokens", budget_tokens)
        _setattr("display", display)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"budget_tokens={self.budget_tokens!r}, "
            f"display={self.display!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.budget_tokens, self.display, self.type, self.extra_fields) == (
            other.budget_tokens,
            other.display,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "MessagesRequestThinkingEnabled",
                self.budget_tokens,
                self.display,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


MessagesRequestThinking: TypeAlias = (
    MessagesRequestThinkingEnabled
    | MessagesRequestThinkingDisabled
    | MessagesRequestThinkingAdaptive
    | dict[str, Any]
)
"""The ``thinking`` of a :class:`MessagesRequest`."""


_MESSAGES_REQUEST_THINKING_BY_TYPE: dict[Any, Any] = {
    "adaptive": MessagesRequestThinkingAdaptive,
    "disabled": MessagesRequestThinkingDisabled,
    "enabled": MessagesRequestThinkingEnabled,
}


def _choose_messages_request_thinking(data: Any) -> Any:
    """The member of :data:`MessagesRequestThinking` that ``data`` is, by its ``type``.

    An unknown ``type`` keeps the object as a plain dict.
    """
    if isinstance(data, dict):
        return _MESSAGES_REQUEST_THINKING_BY_TYPE.get(data.get("type"), dict)
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(f"MessagesRequestThinking: expected an object, got {type(data).__name__}")


register_union(MessagesRequestThinking, _choose_messages_request_thinking)


@attrs.frozen(kw_only=True)
class MessagesRequestToolChoiceAny:
    """One of the shapes of :class:`MessagesRequestToolChoice`."""

    disable_parallel_tool_use: bool | None = None
    type: str = "any"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        disable_parallel_tool_use: bool | None = None,
        type: str = "any",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("disable_parallel_tool_use", disable_parallel_tool_use)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"disable_parallel_tool_use={self.disable_parallel_tool_use!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.disable_parallel_tool_use, self.type, self.extra_fields) == (
            other.disable_parallel_tool_use,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "MessagesRequestToolChoiceAny",
                self.disable_parallel_tool_use,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class MessagesRequestToolChoiceAuto:
    """One of the shapes of :class:`MessagesRequestToolChoice`."""

    disable_parallel_tool_use: bool | None = None
    type: str = "auto"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        disable_parallel_tool_use: bool | None = None,
        type: str = "auto",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("disable_parallel_tool_use", disable_parallel_tool_use)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"disable_parallel_tool_use={self.disable_parallel_tool_use!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.disable_parallel_tool_use, self.type, self.extra_fields) == (
            other.disable_parallel_tool_use,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "MessagesRequestToolChoiceAuto",
                self.disable_parallel_tool_use,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class MessagesRequestToolChoiceNone:
    """One of the shapes of :class:`MessagesRequestToolChoice`."""

    type: str = "none"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        type: str = "none",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
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
        return hash(("MessagesRequestToolChoiceNone", self.type, self.extra_fields))

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class MessagesRequestToolChoiceTool:
    """One of the shapes of :class:`MessagesRequestToolChoice`."""

    disable_parallel_tool_use: bool | None = None
    name: str
    type: str = "tool"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        disable_parallel_tool_use: bool | None = None,
        name: str,
        type: str = "tool",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("disable_parallel_tool_use", disable_parallel_tool_use)
        _setattr("name", name)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"disable_parallel_tool_use={self.disable_parallel_tool_use!r}, "
            f"name={self.name!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.disable_parallel_tool_use, self.name, self.type, self.extra_fields) == (
            other.disable_parallel_tool_use,
            other.name,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "MessagesRequestToolChoiceTool",
                self.disable_parallel_tool_use,
                self.name,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


MessagesRequestToolChoice: TypeAlias = (
    MessagesRequestToolChoiceAuto
    | MessagesRequestToolChoiceAny
    | MessagesRequestToolChoiceNone
    | MessagesRequestToolChoiceTool
    | dict[str, Any]
)
"""The ``tool_choice`` of a :class:`MessagesRequest`."""


_MESSAGES_REQUEST_TOOL_CHOICE_BY_TYPE: dict[Any, Any] = {
    "any": MessagesRequestToolChoiceAny,
    "auto": MessagesRequestToolChoiceAuto,
    "none": MessagesRequestToolChoiceNone,
    "tool": MessagesRequestToolChoiceTool,
}


def _choose_messages_request_tool_choice(data: Any) -> Any:
    """The member of :data:`MessagesRequestToolChoice` that ``data`` is, by its ``type``.

    An unknown ``type`` keeps the object as a plain dict.
    """
    if isinstance(data, dict):
        return _MESSAGES_REQUEST_TOOL_CHOICE_BY_TYPE.get(data.get("type"), dict)
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(f"MessagesRequestToolChoice: expected an object, got {type(data).__name__}")


register_union(MessagesRequestToolChoice, _choose_messages_request_tool_choice)


@attrs.frozen(kw_only=True)
class MessagesRequestToolsAdvisor20260301:
    """One of the shapes of :class:`MessagesRequestTools`."""

    allowed_callers: list[str] | None = None
    cache_control: AnthropicCacheControlDirective | None = None
    caching: AnthropicCacheControlDirective | Unset | None = UNSET
    defer_loading: bool | None = None
    max_uses: int | None = None
    model: str
    name: str = "advisor"
    type: str = "advisor_20260301"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        allowed_callers: list[str] | None = None,
        cache_control: AnthropicCacheControlDirective | None = None,
        caching: AnthropicCacheControlDirective | Unset | None = UNSET,
        defer_loading: bool | None = None,
        max_uses: int | None = None,
        model: str,
        name: str = "advisor",
        type: str = "advisor_20260301",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("allowed_callers", allowed_callers)
        _setattr("cache_control", cache_control)
        _setattr("caching", caching)
        _setattr("defer_loading", defer_loading)
        _setattr("max_uses", max_uses)
        _setattr("model", model)
        _setattr("name", name)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"allowed_callers={self.allowed_callers!r}, "
            f"cache_control={self.cache_control!r}, "
            f"caching={self.caching!r}, "
            f"defer_loading={self.defer_loading!r}, "
            f"max_uses={self.max_uses!r}, "
            f"model={self.model!r}, "
            f"name={self.name!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.allowed_callers,
            self.cache_control,
            self.caching,
            self.defer_loading,
            self.max_uses,
            self.model,
            self.name,
            self.type,
            self.extra_fields,
        ) == (
            other.allowed_callers,
            other.cache_control,
            other.caching,
            other.defer_loading,
            other.max_uses,
            other.model,
            other.name,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "MessagesRequestToolsAdvisor20260301",
                self.allowed_callers,
                self.cache_control,
                self.caching,
                self.defer_loading,
                self.max_uses,
                self.model,
                self.name,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class MessagesRequestToolsBash20250124:
    """One of the shapes of :class:`MessagesRequestTools`."""

    cache_control: AnthropicCacheControlDirective | None = None
    name: str = "bash"
    type: str = "bash_20250124"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        cache_control: AnthropicCacheControlDirective | None = None,
        name: str = "bash",
        type: str = "bash_20250124",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("cache_control", cache_control)
        _setattr("name", name)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"cache_control={self.cache_control!r}, "
            f"name={self.name!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.cache_control, self.name, self.type, self.extra_fields) == (
            other.cache_control,
            other.name,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "MessagesRequestToolsBash20250124",
                self.cache_control,
                self.name,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class MessagesRequestToolsCustomInputSchema:
    """The ``input_schema`` of a :class:`MessagesRequestToolsCustom`."""

    properties: Any = None
    required: list[str] | Unset | None = UNSET
    type: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        properties: Any = None,
        required: list[str] | Unset | None = UNSET,
        type: str | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("properties", properties)
        _setattr("required", required)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"properties={self.properties!r}, "
            f"required={self.required!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.properties, self.required, self.type, self.extra_fields) == (
            other.properties,
            other.required,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "MessagesRequestToolsCustomInputSchema",
                self.properties,
                self.required,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class MessagesRequestToolsCustom:
    """One of the shapes of :class:`MessagesRequestTools`."""

    cache_control: AnthropicCacheControlDirective | None = None
    defer_loading: bool | None = None
    description: str | None = None
    input_schema: MessagesRequestToolsCustomInputSchema
    name: str
    type: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        cache_control: AnthropicCacheControlDirective | None = None,
        defer_loading: bool | None = None,
        description: str | None = None,
        input_schema: MessagesRequestToolsCustomInputSchema,
        name: str,
        type: str | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("cache_control", cache_control)
        _setattr("defer_loading", defer_loading)
        _setattr("description", description)
        _setattr("input_schema", input_schema)
        _setattr("name", name)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"cache_control={self.cache_control!r}, "
            f"defer_loading={self.defer_loading!r}, "
            f"description={self.description!r}, "
            f"input_schema={self.input_schema!r}, "
            f"name={self.name!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.cache_control,
            self.defer_loading,
            self.description,
            self.input_schema,
            self.name,
            self.type,
            self.extra_fields,
        ) == (
            other.cache_control,
            other.defer_loading,
            other.description,
            other.input_schema,
            other.name,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "MessagesRequestToolsCustom",
                self.cache_control,
                self.defer_loading,
                self.description,
                self.input_schema,
                self.name,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class MessagesRequestToolsTextEditor20250124:
    """One of the shapes of :class:`MessagesRequestTools`."""

    cache_control: AnthropicCacheControlDirective | None = None
    name: str = "str_replace_editor"
    type: str = "text_editor_20250124"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        cache_control: AnthropicCacheControlDirective | None = None,
        name: str = "str_replace_editor",
        type: str = "text_editor_20250124",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("cache_control", cache_control)
        _setattr("name", name)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"cache_control={self.cache_control!r}, "
            f"name={self.name!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.cache_control, self.name, self.type, self.extra_fields) == (
            other.cache_control,
            other.name,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "MessagesRequestToolsTextEditor20250124",
                self.cache_control,
                self.name,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class MessagesRequestToolsVariant13:
    """One of the shapes of :class:`MessagesRequestTools`."""

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
        return hash(("MessagesRequestToolsVariant13", self.type, self.extra_fields))

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class MessagesRequestToolsWebSearch20250305:
    """One of the shapes of :class:`MessagesRequestTools`."""

    allowed_domains: list[str] | Unset | None = UNSET
    blocked_domains: list[str] | Unset | None = UNSET
    cache_control: AnthropicCacheControlDirective | None = None
    max_uses: int | Unset | None = UNSET
    name: str = "web_search"
    type: str = "web_search_20250305"
    user_location: AnthropicWebSearchToolUserLocation | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        allowed_domains: list[str] | Unset | None = UNSET,
        blocked_domains: list[str] | Unset | None = UNSET,
        cache_control: AnthropicCacheControlDirective | None = None,
        max_uses: int | Unset | None = UNSET,
        name: str = "web_search",
        type: str = "web_search_20250305",
        user_location: AnthropicWebSearchToolUserLocation | Unset | None = UNSET,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("allowed_domains", allowed_domains)
        _setattr("blocked_domains", blocked_domains)
        _setattr("cache_control", cache_control)
        _setattr("max_uses", max_uses)
        _setattr("name", name)
        _setattr("type", type)
        _setattr("user_location", user_location)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"allowed_domains={self.allowed_domains!r}, "
            f"blocked_domains={self.blocked_domains!r}, "
            f"cache_control={self.cache_control!r}, "
            f"max_uses={self.max_uses!r}, "
            f"name={self.name!r}, "
            f"type={self.type!r}, "
            f"user_location={self.user_location!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.allowed_domains,
            self.blocked_domains,
            self.cache_control,
            self.max_uses,
            self.name,
            self.type,
            self.user_location,
            self.extra_fields,
        ) == (
            other.allowed_domains,
            other.blocked_domains,
            other.cache_control,
            other.max_uses,
            other.name,
            other.type,
            other.user_location,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "MessagesRequestToolsWebSearch20250305",
                self.allowed_domains,
                self.blocked_domains,
                self.cache_control,
                self.max_uses,
                self.name,
                self.type,
                self.user_location,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class MessagesRequestToolsWebSearch20260209:
    """One of the shapes of :class:`MessagesRequestTools`."""

    allowed_callers: list[str] | None = None
    allowed_domains: list[str] | Unset | None = UNSET
    blocked_domains: list[str] | Unset | None = UNSET
    cache_control: AnthropicCacheControlDirective | None = None
    max_uses: int | Unset | None = UNSET
    name: str = "web_search"
    type: str = "web_search_20260209"
    user_location: AnthropicWebSearchToolUserLocation | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        allowed_callers: list[str] | None = None,
        allowed_domains: list[str] | Unset | None = UNSET,
        blocked_domains: list[str] | Unset | None = UNSET,
        cache_control: AnthropicCacheControlDirective | None = None,
        max_uses: int | Unset | None = UNSET,
        name: str = "web_search",
        type: str = "web_search_20260209",
        user_location: AnthropicWebSearchToolUserLocation | Unset | None = UNSET,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("allowed_callers", allowed_callers)
        _setattr("allowed_domains", allowed_domains)
        _setattr("blocked_domains", blocked_domains)
        _setattr("cache_control", cache_control)
        _setattr("max_uses", max_uses)
        _setattr("name", name)
        _setattr("type", type)
        _setattr("user_location", user_location)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"allowed_callers={self.allowed_callers!r}, "
            f"allowed_domains={self.allowed_domains!r}, "
            f"blocked_domains={self.blocked_domains!r}, "
            f"cache_control={self.cache_control!r}, "
            f"max_uses={self.max_uses!r}, "
            f"name={self.name!r}, "
            f"type={self.type!r}, "
            f"user_location={self.user_location!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.allowed_callers,
            self.allowed_domains,
            self.blocked_domains,
            self.cache_control,
            self.max_uses,
            self.name,
            self.type,
            self.user_location,
            self.extra_fields,
        ) == (
            other.allowed_callers,
            other.allowed_domains,
            other.blocked_domains,
            other.cache_control,
            other.max_uses,
            other.name,
            other.type,
            other.user_location,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "MessagesRequestToolsWebSearch20260209",
                self.allowed_callers,
                self.allowed_domains,
                self.blocked_domains,
                self.cache_control,
                self.max_uses,
                self.name,
                self.type,
                self.user_location,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


MessagesRequestTools: TypeAlias = (
    MessagesRequestToolsCustom
    | MessagesRequestToolsBash20250124
    | MessagesRequestToolsTextEditor20250124
    | MessagesRequestToolsWebSearch20250305
    | MessagesRequestToolsWebSearch20260209
    | MessagesRequestToolsAdvisor20260301
    | BashServerTool
    | DatetimeServerTool
    | ImageGenerationServerToolOpenRouter
    | MessagesSearchModelsServerTool
    | WebFetchServerTool
    | OpenRouterWebSearchServerTool
    | MessagesRequestToolsVariant13
    | AnthropicToolSearchToolBm25
    | AnthropicToolSearchToolRegex
    | ShellServerToolOpenRouter
    | ToolSearchServerTool
)
"""The ``tools`` of a :class:`MessagesRequest`."""


_MESSAGES_REQUEST_TOOLS_BY_TYPE: dict[Any, Any] = {
    "advisor_20260301": MessagesRequestToolsAdvisor20260301,
    "bash_20250124": MessagesRequestToolsBash20250124,
    "custom": MessagesRequestToolsCustom,
    "openrouter:bash": BashServerTool,
    "openrouter:datetime": DatetimeServerTool,
    "openrouter:experimental__search_models": MessagesSearchModelsServerTool,
    "openrouter:image_generation": ImageGenerationServerToolOpenRouter,
    "openrouter:shell": ShellServerToolOpenRouter,
    "openrouter:tool_search": ToolSearchServerTool,
    "openrouter:web_fetch": WebFetchServerTool,
    "openrouter:web_search": OpenRouterWebSearchServerTool,
    "text_editor_20250124": MessagesRequestToolsTextEditor20250124,
    "tool_search_tool_bm25": AnthropicToolSearchToolBm25,
    "tool_search_tool_bm25_20251119": AnthropicToolSearchToolBm25,
    "tool_search_tool_regex": AnthropicToolSearchToolRegex,
    "tool_search_tool_regex_20251119": AnthropicToolSearchToolRegex,
    "web_search_20250305": MessagesRequestToolsWebSearch20250305,
    "web_search_20260209": MessagesRequestToolsWebSearch20260209,
}


def _choose_messages_request_tools(data: Any) -> Any:
    """The member of :data:`MessagesRequestTools` that ``data`` is, by its ``type``.

    An unknown ``type`` goes to :class:`MessagesRequestToolsVariant13`.
    """
    if isinstance(data, dict):
        return _MESSAGES_REQUEST_TOOLS_BY_TYPE.get(data.get("type"), MessagesRequestToolsVariant13)
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(f"MessagesRequestTools: expected an object, got {type(data).__name__}")


register_union(MessagesRequestTools, _choose_messages_request_tools)


@attrs.frozen(kw_only=True)
class MessagesRequest:
    """Request schema for Anthropic Messages API endpoint."""

    cache_control: AnthropicCacheControlDirective | None = None
    context_management: MessagesRequestContextManagement | Unset | None = UNSET
    fallbacks: list[MessagesFallbackParam] | Unset | None = UNSET
    """Fallback models to try if the primary model fails or refuses, in order."""
    max_tokens: int | None = None
    messages: list[MessagesMessageParam] | None
    metadata: MessagesRequestMetadata | None = None
    model: str
    models: list[str] | None = None
    output_config: MessagesOutputConfig | None = None
    plugins: list[MessagesRequestPlugins] | None = None
    """Plugins you want to enable for this request, including their settings."""
    provider: ProviderPreferences | Unset | None = UNSET
    route: str | Unset | None = UNSET
    """**DEPRECATED** Use providers.sort.partition instead. Known values: :class:`DeprecatedRoute`.
    """
    service_tier: str | None = None
    session_id: str | None = None
    """A unique identifier for grouping related requests (e.g., a conversation or agent workflow).
    """
    speed: str | Unset | None = UNSET
    """Controls output generation speed. Known values: :class:`AnthropicSpeed`."""
    stop_sequences: list[str] | None = None
    stop_server_tools_when: list[StopServerToolsWhenCondition] | None = None
    """Stop conditions for the server-tool agent loop."""
    stream: bool | None = None
    system: MessagesRequestSystem | None = None
    temperature: float | None = None
    thinking: MessagesRequestThinking | None = None
    tool_choice: MessagesRequestToolChoice | None = None
    tools: list[MessagesRequestTools] | None = None
    top_k: int | None = None
    top_p: float | None = None
    trace: TraceConfig | None = None
    user: str | None = None
    """A unique identifier representing your end-user, which helps distinguish between different
    users of your app.
    """
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        cache_control: AnthropicCacheControlDirective | None = None,
        context_management: MessagesRequestContextManagement | Unset | None = UNSET,
        fallbacks: list[MessagesFallbackParam] | Unset | None = UNSET,
        max_tokens: int | None = None,
        messages: list[MessagesMessageParam] | None,
        metadata: MessagesRequestMetadata | None = None,
        model: str,
        models: list[str] | None = None,
        output_config: MessagesOutputConfig | None = None,
        plugins: list[MessagesRequestPlugins] | None = None,
        provider: ProviderPreferences | Unset | None = UNSET,
        route: str | Unset | None = UNSET,
        service_tier: str | None = None,
        session_id: str | None = None,
        speed: str | Unset | None = UNSET,
        stop_sequences: list[str] | None = None,
        stop_server_tools_when: list[StopServerToolsWhenCondition] | None = None,
        stream: bool | None = None,
        system: MessagesRequestSystem | None = None,
        temperature: float | None = None,
        thinking: MessagesRequestThinking | None = None,
        tool_choice: MessagesRequestToolChoice | None = None,
        tools: list[MessagesRequestTools] | None = None,
        top_k: int | None = None,
        top_p: float | None = None,
        trace: TraceConfig | None = None,
        user: str | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("cache_control", cache_control)
        _setattr("context_management", context_management)
        _setattr("fallbacks", fallbacks)
        _setattr("max_tokens", max_tokens)
        _setattr("messages", messages)
        _setattr("metadata", metadata)
        _setattr("model", model)
        _setattr("models", models)
        _setattr("output_config", output_config)
        _setattr("plugins", plugins)
        _setattr("provider", provider)
        _setattr("route", route)
        _setattr("service_tier", service_tier)
        _setattr("session_id", session_id)
        _setattr("speed", speed)
        _setattr("stop_sequences", stop_sequences)
        _setattr("stop_server_tools_when", stop_server_tools_when)
        _setattr("stream", stream)
        _setattr("system", system)
        _setattr("temperature", temperature)
        _setattr("thinking", thinking)
        _setattr("tool_choice", tool_choice)
        _setattr("tools", tools)
        _setattr("top_k", top_k)
        _setattr("top_p", top_p)
        _setattr("trace", trace)
        _setattr("user", user)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"cache_control={self.cache_control!r}, "
            f"context_management={self.context_management!r}, "
            f"fallbacks={self.fallbacks!r}, "
            f"max_tokens={self.max_tokens!r}, "
            f"messages={self.messages!r}, "
            f"metadata={self.metadata!r}, "
            f"model={self.model!r}, "
            f"models={self.models!r}, "
            f"output_config={self.output_config!r}, "
            f"plugins={self.plugins!r}, "
            f"provider={self.provider!r}, "
            f"route={self.route!r}, "
            f"service_tier={self.service_tier!r}, "
            f"session_id={self.session_id!r}, "
            f"speed={self.speed!r}, "
            f"stop_sequences={self.stop_sequences!r}, "
            f"stop_server_tools_when={self.stop_server_tools_when!r}, "
            f"stream={self.stream!r}, "
            f"system={self.system!r}, "
            f"temperature={self.temperature!r}, "
            f"thinking={self.thinking!r}, "
            f"tool_choice={self.tool_choice!r}, "
            f"tools={self.tools!r}, "
            f"top_k={self.top_k!r}, "
            f"top_p={self.top_p!r}, "
            f"trace={self.trace!r}, "
            f"user={self.user!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.cache_control,
            self.context_management,
            self.fallbacks,
            self.max_tokens,
            self.messages,
            self.metadata,
            self.model,
            self.models,
            self.output_config,
            self.plugins,
            self.provider,
            self.route,
            self.service_tier,
            self.session_id,
            self.speed,
            self.stop_sequences,
            self.stop_server_tools_when,
            self.stream,
            self.system,
            self.temperature,
            self.thinking,
            self.tool_choice,
            self.tools,
            self.top_k,
            self.top_p,
            self.trace,
            self.user,
            self.extra_fields,
        ) == (
            other.cache_control,
            other.context_management,
            other.fallbacks,
            other.max_tokens,
            other.messages,
            other.metadata,
            other.model,
            other.models,
            other.output_config,
            other.plugins,
            other.provider,
            other.route,
            other.service_tier,
            other.session_id,
            other.speed,
            other.stop_sequences,
            other.stop_server_tools_when,
            other.stream,
            other.system,
            other.temperature,
            other.thinking,
            other.tool_choice,
            other.tools,
            other.top_k,
            other.top_p,
            other.trace,
            other.user,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "MessagesRequest",
                self.cache_control,
                self.context_management,
                self.fallbacks,
                self.max_tokens,
                self.messages,
                self.metadata,
                self.model,
                self.models,
                self.output_config,
                self.plugins,
                self.provider,
                self.route,
                self.service_tier,
                self.session_id,
                self.speed,
                self.stop_sequences,
                self.stop_server_tools_when,
                self.stream,
                self.system,
                self.temperature,
                self.thinking,
                self.tool_choice,
                self.tools,
                self.top_k,
                self.top_p,
                self.trace,
                self.user,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
