# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.web_fetch_plugin` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "WebFetchPluginDict",
]


class WebFetchPluginDict(TypedDict, total=False):
    """The dict form of :class:`WebFetchPlugin`."""

    allowed_domains: list[str] | None
    blocked_domains: list[str] | None
    id: Required[Literal["web-fetch"]]
    max_content_tokens: int | None
    max_uses: int | None
