# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.anthropic_cache_control_directive` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "AnthropicCacheControlDirectiveDict",
]


class AnthropicCacheControlDirectiveDict(TypedDict, total=False):
    """The dict form of :class:`AnthropicCacheControlDirective`."""

    ttl: Literal["5m", "1h"] | str | None
    type: Required[Literal["ephemeral"]]
