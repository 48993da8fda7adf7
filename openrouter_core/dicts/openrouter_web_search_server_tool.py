# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.openrouter_web_search_server_tool` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

    from openrouter_core.dicts.web_search_config import WebSearchConfigDict

__all__ = [
    "OpenRouterWebSearchServerToolDict",
]


class OpenRouterWebSearchServerToolDict(TypedDict, total=False):
    """The dict form of :class:`OpenRouterWebSearchServerTool`."""

    parameters: WebSearchConfigDict | None
    type: Required[Literal["openrouter:web_search"]]
