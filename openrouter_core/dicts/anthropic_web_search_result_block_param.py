# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.anthropic_web_search_result_block_param` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "AnthropicWebSearchResultBlockParamDict",
]


class AnthropicWebSearchResultBlockParamDict(TypedDict, total=False):
    """The dict form of :class:`AnthropicWebSearchResultBlockParam`."""

    encrypted_content: Required[str]
    page_age: str | None
    title: Required[str]
    type: Required[Literal["web_search_result"]]
    url: Required[str]
