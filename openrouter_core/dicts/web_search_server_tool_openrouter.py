# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.web_search_server_tool_openrouter` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

    from openrouter_core.dicts.web_search_server_tool_config import WebSearchServerToolConfigDict

__all__ = [
    "WebSearchServerToolOpenRouterDict",
]


class WebSearchServerToolOpenRouterDict(TypedDict, total=False):
    """The dict form of :class:`WebSearchServerToolOpenRouter`."""

    parameters: WebSearchServerToolConfigDict | None
    type: Required[Literal["openrouter:web_search"]]
