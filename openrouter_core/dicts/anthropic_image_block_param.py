# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.anthropic_image_block_param` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

    from openrouter_core.dicts.anthropic_base64_image_source import AnthropicBase64ImageSourceDict
    from openrouter_core.dicts.anthropic_cache_control_directive import (
        AnthropicCacheControlDirectiveDict,
    )
    from openrouter_core.dicts.anthropic_url_image_source import AnthropicUrlImageSourceDict

__all__ = [
    "AnthropicImageBlockParamDict",
    "AnthropicImageBlockParamSourceDict",
]


class AnthropicImageBlockParamDict(TypedDict, total=False):
    """The dict form of :class:`AnthropicImageBlockParam`."""

    cache_control: AnthropicCacheControlDirectiveDict | None
    source: Required[AnthropicImageBlockParamSourceDict]
    type: Required[Literal["image"]]


AnthropicImageBlockParamSourceDict: TypeAlias = (
    "AnthropicBase64ImageSourceDict | AnthropicUrlImageSourceDict"
)
