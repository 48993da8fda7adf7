# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.messages_tool_removal_block` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

    from openrouter_core.dicts.anthropic_cache_control_directive import (
        AnthropicCacheControlDirectiveDict,
    )

__all__ = [
    "MessagesToolRemovalBlockDict",
    "MessagesToolRemovalBlockToolDict",
    "MessagesToolRemovalBlockToolMcpToolReferenceDict",
    "MessagesToolRemovalBlockToolMcpToolsetReferenceDict",
    "MessagesToolRemovalBlockToolToolReferenceDict",
]


class MessagesToolRemovalBlockDict(TypedDict, total=False):
    """The dict form of :class:`MessagesToolRemovalBlock`."""

    cache_control: AnthropicCacheControlDirectiveDict | None
    tool: Required[MessagesToolRemovalBlockToolDict]
    type: Required[Literal["tool_removal"]]


MessagesToolRemovalBlockToolDict: TypeAlias = "MessagesToolRemovalBlockToolToolReferenceDict | MessagesToolRemovalBlockToolMcpToolReferenceDict | MessagesToolRemovalBlockToolMcpToolsetReferenceDict"


class MessagesToolRemovalBlockToolMcpToolReferenceDict(TypedDict, total=False):
    """The dict form of :class:`MessagesToolRemovalBlockToolMcpToolReference`."""

    name: Required[str]
    server_name: Required[str]
    type: Required[Literal["mcp_tool_reference"]]


class MessagesToolRemovalBlockToolMcpToolsetReferenceDict(TypedDict, total=False):
    """The dict form of :class:`MessagesToolRemovalBlockToolMcpToolsetReference`."""

    server_name: Required[str]
    type: Required[Literal["mcp_toolset_reference"]]


class MessagesToolRemovalBlockToolToolReferenceDict(TypedDict, total=False):
    """The dict form of :class:`MessagesToolRemovalBlockToolToolReference`."""

    name: Required[str]
    type: Required[Literal["tool_reference"]]
