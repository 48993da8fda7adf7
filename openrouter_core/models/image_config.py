# Generated from the OpenRouter OpenAPI spec (components/schemas/ImageConfig) by `python -m codegen`; do not edit.
"""Provider-specific image configuration options."""

from __future__ import annotations

from typing import Any, TypeAlias

from openrouter_core._codec.readers import register_union

ImageConfigValue: TypeAlias = str | float | list[Any]
"""One of :class:`str`, :class:`float`, ``list[Any]``."""


def _choose_image_config_value(data: Any) -> Any:
    """The member of :data:`ImageConfigValue` that ``data`` is, by its JSON type."""
    if isinstance(data, (int, float)):
        return float
    if isinstance(data, str):
        return str
    if isinstance(data, list):
        return list[Any]
    raise TypeError(
        f"ImageConfigValue: expected a number, a string or an array, got {type(data).__name__}"
    )


register_union(ImageConfigValue, _choose_image_config_value)


ImageConfig: TypeAlias = dict[str, ImageConfigValue]
"""Provider-specific image configuration options."""
