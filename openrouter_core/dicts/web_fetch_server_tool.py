# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.web_fetch_server_tool` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

    from openrouter_core.dicts.web_fetch_server_tool_config import WebFetchServerToolConfigDict

__all__ = [
    "WebFetchServerToolDict",
]


class WebFetchServerToolDict(TypedDict, total=False):
    """The dict form of :class:`WebFetchServerTool`."""

    parameters: WebFetchServerToolConfigDict | None
    type: Required[Literal["openrouter:web_fetch"]]
