# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.anthropic_base64_image_source` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "AnthropicBase64ImageSourceDict",
]


class AnthropicBase64ImageSourceDict(TypedDict, total=False):
    """The dict form of :class:`AnthropicBase64ImageSource`."""

    data: Required[str]
    media_type: Required[Literal["image/jpeg", "image/png", "image/gif", "image/webp"] | str]
    type: Required[Literal["base64"]]
