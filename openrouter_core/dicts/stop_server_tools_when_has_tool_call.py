# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.stop_server_tools_when_has_tool_call` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "StopServerToolsWhenHasToolCallDict",
]


class StopServerToolsWhenHasToolCallDict(TypedDict, total=False):
    """The dict form of :class:`StopServerToolsWhenHasToolCall`."""

    tool_name: Required[str]
    type: Required[Literal["has_tool_call"]]
