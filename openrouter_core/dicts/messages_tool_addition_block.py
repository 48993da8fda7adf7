# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.messages_tool_addition_block` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

    from openrouter_core.dicts.anthropic_cache_control_directive import (
        AnthropicCacheControlDirectiveDict,
    )

__all__ = [
    "MessagesToolAdditionBlockDict",
    "MessagesToolAdditionBlockToolDict",
    "MessagesToolAdditionBlockToolMcpToolReferenceDict",
    "MessagesToolAdditionBlockToolMcpToolsetReferenceDict",
    "MessagesToolAdditionBlockToolToolReferenceDict",
]


class MessagesToolAdditionBlockDict(TypedDict, total=False):
    """The dict form of :class:`MessagesToolAdditionBlock`."""

    cache_control: AnthropicCacheControlDirectiveDict | None
    tool: Required[MessagesToolAdditionBlockToolDict]
    type: Required[Literal["tool_addition"]]


MessagesToolAdditionBlockToolDict: TypeAlias = "MessagesToolAdditionBlockToolToolReferenceDict | MessagesToolAdditionBlockToolMcpToolReferenceDict | MessagesToolAdditionBlockToolMcpToolsetReferenceDict"


class MessagesToolAdditionBlockToolMcpToolReferenceDict(TypedDict, total=False):
    """The dict form of :class:`MessagesToolAdditionBlockToolMcpToolReference`."""

    name: Required[str]
    server_name: Required[str]
    type: Required[Literal["mcp_tool_reference"]]


class MessagesToolAdditionBlockToolMcpToolsetReferenceDict(TypedDict, total=False):
    """The dict form of :class:`MessagesToolAdditionBlockToolMcpToolsetReference`."""

    server_name: Required[str]
    type: Required[Literal["mcp_toolset_reference"]]


class MessagesToolAdditionBlockToolToolReferenceDict(TypedDict, total=False):
    """The dict form of :class:`MessagesToolAdditionBlockToolToolReference`."""

    name: Required[str]
    type: Required[Literal["tool_reference"]]
