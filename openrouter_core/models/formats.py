# Generated from the OpenRouter OpenAPI spec (components/schemas/Formats) by `python -m codegen`; do not edit.
"""Text response format configuration."""

from __future__ import annotations

from typing import Any, TypeAlias

import attrs

from openrouter_core._codec.readers import register_union
from openrouter_core.models.format_json_object_config import FormatJsonObjectConfig
from openrouter_core.models.format_json_schema_config import FormatJsonSchemaConfig
from openrouter_core.models.format_text_config import FormatTextConfig

Formats: TypeAlias = (
    FormatTextConfig | FormatJsonObjectConfig | FormatJsonSchemaConfig | dict[str, Any]
)
"""Text response format configuration."""


_FORMATS_BY_TYPE: dict[Any, Any] = {
    "json_object": FormatJsonObjectConfig,
    "json_schema": FormatJsonSchemaConfig,
    "text": FormatTextConfig,
}


def _choose_formats(data: Any) -> Any:
    """The member of :data:`Formats` that ``data`` is, by its ``type``.

    An unknown ``type`` keeps the object as a plain dict.
    """
    if isinstance(data, dict):
        return _FORMATS_BY_TYPE.get(data.get("type"), dict)
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(f"Formats: expected an object, got {type(data).__name__}")


register_union(Formats, _choose_formats)
