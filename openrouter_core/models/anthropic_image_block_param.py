# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicImageBlockParam) by `python -m codegen`; do not edit.
"""The ``AnthropicImageBlockParam`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeAlias

import attrs

from openrouter_core._converter import register_union
from openrouter_core.models.anthropic_base64_image_source import AnthropicBase64ImageSource
from openrouter_core.models.anthropic_url_image_source import AnthropicUrlImageSource

if TYPE_CHECKING:
    from openrouter_core.models.anthropic_cache_control_directive import (
        AnthropicCacheControlDirective,
    )

AnthropicImageBlockParamSource: TypeAlias = (
    AnthropicBase64ImageSource | AnthropicUrlImageSource | dict[str, Any]
)
"""The ``source`` of a :class:`AnthropicImageBlockParam`."""


_ANTHROPIC_IMAGE_BLOCK_PARAM_SOURCE_BY_TYPE: dict[Any, Any] = {
    "base64": AnthropicBase64ImageSource,
    "url": AnthropicUrlImageSource,
}


def _choose_anthropic_image_block_param_source(data: Any) -> Any:
    """The member of :data:`AnthropicImageBlockParamSource` that ``data`` is, by its ``type``.

    An unknown ``type`` keeps the object as a plain dict.
    """
    if isinstance(data, dict):
        return _ANTHROPIC_IMAGE_BLOCK_PARAM_SOURCE_BY_TYPE.get(data.get("type"), dict)
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(
        f"AnthropicImageBlockParamSource: expected an object, got {type(data).__name__}"
    )


register_union(AnthropicImageBlockParamSource, _choose_anthropic_image_block_param_source)


@attrs.frozen(kw_only=True)
class AnthropicImageBlockParam:
    """The ``AnthropicImageBlockParam`` object."""

    cache_control: AnthropicCacheControlDirective | None = None
    source: AnthropicImageBlockParamSource
    type: str = "image"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
