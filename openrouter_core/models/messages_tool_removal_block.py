# Generated from the OpenRouter OpenAPI spec (components/schemas/MessagesToolRemovalBlock) by `python -m codegen`; do not edit.
"""Removes a tool from the conversation mid-conversation without invalidating the prompt cache."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeAlias

import attrs

from openrouter_core._codec.readers import register_union

if TYPE_CHECKING:
    from openrouter_core.models.anthropic_cache_control_directive import (
        AnthropicCacheControlDirective,
    )


@attrs.frozen(kw_only=True)
class MessagesToolRemovalBlockToolMcpToolReference:
    """One of the shapes of :class:`MessagesToolRemovalBlockTool`."""

    name: str
    server_name: str
    type: str = "mcp_tool_reference"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        name: str,
        server_name: str,
        type: str = "mcp_tool_reference",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("name", name)
        _setattr("server_name", server_name)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"name={self.name!r}, "
            f"server_name={self.server_name!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.name, self.server_name, self.type, self.extra_fields) == (
            other.name,
            other.server_name,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "MessagesToolRemovalBlockToolMcpToolReference",
                self.name,
                self.server_name,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class MessagesToolRemovalBlockToolMcpToolsetReference:
    """One of the shapes of :class:`MessagesToolRemovalBlockTool`."""

    server_name: str
    type: str = "mcp_toolset_reference"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        server_name: str,
        type: str = "mcp_toolset_reference",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("server_name", server_name)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}(server_name={self.server_name!r}, type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.server_name, self.type, self.extra_fields) == (
            other.server_name,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "MessagesToolRemovalBlockToolMcpToolsetReference",
                self.server_name,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class MessagesToolRemovalBlockToolToolReference:
    """One of the shapes of :class:`MessagesToolRemovalBlockTool`."""

    name: str
    type: str = "tool_reference"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        name: str,
        type: str = "tool_reference",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("name", name)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(name={self.name!r}, type={self.type!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.name, self.type, self.extra_fields) == (
            other.name,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            ("MessagesToolRemovalBlockToolToolReference", self.name, self.type, self.extra_fields)
        )

    # --- end of attrs methods ---


MessagesToolRemovalBlockTool: TypeAlias = (
    MessagesToolRemovalBlockToolToolReference
    | MessagesToolRemovalBlockToolMcpToolReference
    | MessagesToolRemovalBlockToolMcpToolsetReference
    | dict[str, Any]
)
"""The ``tool`` of a :class:`MessagesToolRemovalBlock`."""


_MESSAGES_TOOL_REMOVAL_BLOCK_TOOL_BY_TYPE: dict[Any, Any] = {
    "mcp_tool_reference": MessagesToolRemovalBlockToolMcpToolReference,
    "mcp_toolset_reference": MessagesToolRemovalBlockToolMcpToolsetReference,
    "tool_reference": MessagesToolRemovalBlockToolToolReference,
}


def _choose_messages_tool_removal_block_tool(data: Any) -> Any:
    """The member of :data:`MessagesToolRemovalBlockTool` that ``data`` is, by its ``type``.

    An unknown ``type`` keeps the object as a plain dict.
    """
    if isinstance(data, dict):
        return _MESSAGES_TOOL_REMOVAL_BLOCK_TOOL_BY_TYPE.get(data.get("type"), dict)
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(f"MessagesToolRemovalBlockTool: expected an object, got {type(data).__name__}")


register_union(MessagesToolRemovalBlockTool, _choose_messages_tool_removal_block_tool)


@attrs.frozen(kw_only=True)
class MessagesToolRemovalBlock:
    """Removes a tool from the conversation mid-conversation without invalidating the prompt cache."""

    cache_control: AnthropicCacheControlDirective | None = None
    tool: MessagesToolRemovalBlockTool
    type: str = "tool_removal"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        cache_control: AnthropicCacheControlDirective | None = None,
        tool: MessagesToolRemovalBlockTool,
        type: str = "tool_removal",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("cache_control", cache_control)
        _setattr("tool", tool)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"cache_control={self.cache_control!r}, "
            f"tool={self.tool!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.cache_control, self.tool, self.type, self.extra_fields) == (
            other.cache_control,
            other.tool,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "MessagesToolRemovalBlock",
                self.cache_control,
                self.tool,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
