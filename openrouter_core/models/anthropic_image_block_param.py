# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicImageBlockParam) by `python -m codegen`; do not edit.
"""The ``AnthropicImageBlockParam`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeAlias

import attrs

from openrouter_core._codec.readers import register_union
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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        cache_control: AnthropicCacheControlDirective | None = None,
        source: AnthropicImageBlockParamSource,
        type: str = "image",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("cache_control", cache_control)
        _setattr("source", source)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"cache_control={self.cache_control!r}, "
            f"source={self.source!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.cache_control, self.source, self.type, self.extra_fields) == (
            other.cache_control,
            other.source,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "AnthropicImageBlockParam",
                self.cache_control,
                self.source,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
