# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.chat_content_cache_control` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "ChatContentCacheControlDict",
]


class ChatContentCacheControlDict(TypedDict, total=False):
    """The dict form of :class:`ChatContentCacheControl`."""

    ttl: Literal["5m", "1h"] | str | None
    type: Required[Literal["ephemeral"]]
