# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.tool_search_server_tool` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

    from openrouter_core.dicts.tool_search_server_tool_config import ToolSearchServerToolConfigDict

__all__ = [
    "ToolSearchServerToolDict",
]


class ToolSearchServerToolDict(TypedDict, total=False):
    """The dict form of :class:`ToolSearchServerTool`."""

    parameters: ToolSearchServerToolConfigDict | None
    type: Required[Literal["openrouter:tool_search"]]
