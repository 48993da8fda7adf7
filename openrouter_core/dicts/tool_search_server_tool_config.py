# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.tool_search_server_tool_config` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TypedDict

__all__ = [
    "ToolSearchServerToolConfigDict",
]


class ToolSearchServerToolConfigDict(TypedDict, total=False):
    """The dict form of :class:`ToolSearchServerToolConfig`."""

    max_results: int | None
