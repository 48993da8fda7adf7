# Generated from the OpenRouter OpenAPI spec (components/schemas/MessagesToolAdditionBlock) by `python -m codegen`; do not edit.
"""Loads a previously deferred tool (declared in `tools` with `defer_loading: true`)
mid-conversation without invalidating the prompt cache.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeAlias

import attrs

from openrouter_core._codec.readers import register_union

if TYPE_CHECKING:
    from openrouter_core.models.anthropic_cache_control_directive import (
        AnthropicCacheControlDirective,
    )


@attrs.frozen(kw_only=True)
class MessagesToolAdditionBlockToolMcpToolReference:
    """One of the shapes of :class:`MessagesToolAdditionBlockTool`."""

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
                "MessagesToolAdditionBlockToolMcpToolReference",
                self.name,
                self.server_name,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class MessagesToolAdditionBlockToolMcpToolsetReference:
    """One of the shapes of :class:`MessagesToolAdditionBlockTool`."""

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
                "MessagesToolAdditionBlockToolMcpToolsetReference",
                self.server_name,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class MessagesToolAdditionBlockToolToolReference:
    """One of the shapes of :class:`MessagesToolAdditionBlockTool`."""

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
            ("MessagesToolAdditionBlockToolToolReference", self.name, self.type, self.extra_fields)
        )

    # --- end of attrs methods ---


MessagesToolAdditionBlockTool: TypeAlias = (
    MessagesToolAdditionBlockToolToolReference
    | MessagesToolAdditionBlockToolMcpToolReference
    | MessagesToolAdditionBlockToolMcpToolsetReference
    | dict[str, Any]
)
"""The ``tool`` of a :class:`MessagesToolAdditionBlock`."""


_MESSAGES_TOOL_ADDITION_BLOCK_TOOL_BY_TYPE: dict[Any, Any] = {
    "mcp_tool_reference": MessagesToolAdditionBlockToolMcpToolReference,
    "mcp_toolset_reference": MessagesToolAdditionBlockToolMcpToolsetReference,
    "tool_reference": MessagesToolAdditionBlockToolToolReference,
}


def _choose_messages_tool_addition_block_tool(data: Any) -> Any:
    """The member of :data:`MessagesToolAdditionBlockTool` that ``data`` is, by its ``type``.

    An unknown ``type`` keeps the object as a plain dict.
    """
    if isinstance(data, dict):
        return _MESSAGES_TOOL_ADDITION_BLOCK_TOOL_BY_TYPE.get(data.get("type"), dict)
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(f"MessagesToolAdditionBlockTool: expected an object, got {type(data).__name__}")


register_union(MessagesToolAdditionBlockTool, _choose_messages_tool_addition_block_tool)


@attrs.frozen(kw_only=True)
class MessagesToolAdditionBlock:
    """Loads a previously deferred tool (declared in `tools` with `defer_loading: true`)
    mid-conversation without invalidating the prompt cache.
    """

    cache_control: AnthropicCacheControlDirective | None = None
    tool: MessagesToolAdditionBlockTool
    type: str = "tool_addition"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        cache_control: AnthropicCacheControlDirective | None = None,
        tool: MessagesToolAdditionBlockTool,
        type: str = "tool_addition",
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
                "MessagesToolAdditionBlock",
                self.cache_control,
                self.tool,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
